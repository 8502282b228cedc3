"""PLOVER round 92 (issue 13): an attack typed as the reporter's statement.

Over the development news sets A to CC, 30 rows labelled ASSAULT have a first coded record with no PLOVER type (CAMEO
010 or 015): the act is told with the military, ministry, agency or media that reports it, and the statement is typed
instead of the act. Sorted by construction: the reporter named first with a reported clause 13 ("Israel's air force
said it carried out airstrikes on Lebanon ..."), the reporting clause after the act 10 ("Israeli warplanes carried out
airstrikes on unidentified targets in south Lebanon, the Israeli army said ..."), a claim of responsibility 6, "as
Israel said it was targeting ..." 1. Behind most of them: the lexicon types the act ASSAULT at a noun ("airstrikes",
"fire", "firing", "targets") that reports no event of its own, so the trigger falls to the reporting verb, which the
lexicon types a statement (010). Now, in a sentence read alone (`code_sentence`), the reporting verb keeps the act's
type when the act is told before it (outside an opening phrase of what provoked the act) or when the clause it reports
has a finite verb of force (`coder._reported_attack`); its parties are read at the reported verb where there is one.
In an article (`code`) the reporter keeps its own STATEMENT record, as the prose sets label it (labels round 8).
Sentences quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv), with their article
dates; expected sources and targets their hand labels.
"""

import datetime as dt

from prose_rows import lone_codes, ungated_record

from latitude.coding.coder import code


def test_an_attack_told_with_its_reporter_is_the_attack_not_the_statement():
    # general sentences: the reporting clause after the act; the reporter first with "reported that"
    text = "Azerbaijani army positions near the border were subjected to heavy fire by Armenian troops on Monday, the defence ministry said."
    assert lone_codes(text) == ("ASSAULT", "ARM", "AZE")
    text = "Ugandan state media reported that Congolese troops carried out an air strike on a border village."
    assert lone_codes(text) == ("ASSAULT", "COD", "UGA")
    # AQ038, labelled ASSAULT ISR > LBN (coded 010 ISR > none)
    text = "Israeli warplanes carried out airstrikes on unidentified targets in south Lebanon, the Israeli army said overnight Wednesday."
    assert lone_codes(text, dt.date(2021, 8, 5)) == ("ASSAULT", "ISR", "LBN")
    # T033, labelled ASSAULT ARM > AZE (coded 010 AZE > none)
    text = ("Azerbaijani army positions in several settlements were subjected to intensive fire by Armenian troops on Tuesday, "
            "Azerbaijan's Defense Ministry said in a statement.")
    assert lone_codes(text) == ("ASSAULT", "ARM", "AZE")
    # BF005, labelled ASSAULT ISR > LBN: the provocation in an opening phrase, the act in the reported clause
    text = ("Following a second day of rocket fire across the border, Israel’s air force said it carried out airstrikes on "
            "Lebanon for the first time in seven years on Thursday.")
    assert lone_codes(text, dt.date(2021, 8, 6)) == ("ASSAULT", "ISR", "LBN")
    # AJ027, labelled ASSAULT ISR > LBN
    text = ("Israeli media sources have reported that the Israeli Air Force carried out, late on Monday evening, various air "
            "strikes targeting what was described as targets that belong to the Lebanon-based Hezbollah party.")
    assert lone_codes(text) == ("ASSAULT", "ISR", "LBN")
    # AB048, labelled ASSAULT SAU > YEM
    text = ("Arab coalition forces have intercepted a Houthi drone laden with explosives targeting Saudi Arabia, state news "
            "agency SPA reported on Friday.")
    assert lone_codes(text) == ("ASSAULT", "SAU", "YEM")


def test_a_reported_stance_or_another_act_stays_no_attack():
    # guards (development rows): a stance on an attack, an accusation of one, and another act reported are no attack
    text = "Iraqi government spokesman Ali al-Dabbagh said on Monday the Turkish air strikes were a violation of Iraq’s sovereignty."
    # AT029, labelled ACCUSE IRQ > TUR: no attack; since PLOVER round 96 the reported clause of blame is the accusation
    assert lone_codes(text) == ("ACCUSE", "IRQ", "TUR")
    text = ("Russia said on Thursday that the United States was behind what it says was a drone attack on the Kremlin that "
            "aimed to kill President Vladimir Putin, while Moscow’s forces fired more combat drones at Ukrainian cities "
            "including the capital Kyiv.")
    assert lone_codes(text)[0] != "ASSAULT"  # G070, labelled ACCUSE RUS > USA
    text = ("France has said that all of its troops battling a long-running insurgency in Mali since 2013 have now left the "
            "country, following a decision in February to withdraw over the deterioration of relations between Paris and Bamako.")
    # AY035, labelled RETREAT FRA > MLI; since the refit of 2026-12-06 with held-out 182-186 the gate drops it when
    # read alone, so the guard reads it with the gate open: still no attack
    assert ungated_record(text)["plover"] != "ASSAULT"


def test_in_an_article_the_reporter_keeps_its_statement():
    # the prose sets label the reporter's own STATEMENT beside the act (labels round 8): `code` reads an article as before
    text = ("Israeli warplanes carried out airstrikes on unidentified targets in south Lebanon, the Israeli army said "
            "overnight Wednesday.")
    records = list(code({"text": text, "date": "2021-08-05"}))
    assert any(r["plover"] is None and r["source"] == "ISR" for r in records)
