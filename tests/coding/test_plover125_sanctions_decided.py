"""PLOVER round 125 (issue 13): sanctions decided — a hand rule of sanctions (CAMEO 163) read at the sanctions' noun
("a new regime / round / package of sanctions") or at an infinitive ("to impose new sanctions") after a verb of
agreeing, approving, issuing or introducing is the act that verb tells (`coder._sanctions_decided`); the coder typed
these sentences by the deciding verb's own reading (approve, issue: COOPERATE; introduce: CONSULT; agree: AGREE or
SUPPORT). The development rows quoted are from the real-news sets R, BR, CS and DI (`COERCE/SANCTION`); the general
sentence and the guards are made up."""

import datetime as dt

from latitude.coding.coder import classify, code_sentence


def _first(sentence: str, date: dt.date | None = None) -> tuple:
    records = code_sentence(sentence, date)
    assert records
    return records[0]["plover"], records[0]["source"], records[0]["target"]


def test_new_regime_of_sanctions_approved():
    # R051 (COERCE/SANCTION IGO > RUS; main's code: COOPERATE)
    assert _first(
        "The Council of the European Union approved a new regime of sanctions against Russia in response to Moscowʼs "
        '"destabilizing" actions abroad.'
    ) == ("SANCTION", "IGO", "RUS")


def test_new_round_of_sanctions_issued():
    # BR006 (COERCE/SANCTION USA > RUS; main's code: COOPERATE)
    assert _first(
        "The Treasury Department last Friday issued a new round of sanctions against individuals who have supported "
        "Russian President Vladimir Putin’s invasion of Ukraine, including the management board of VTB Bank, which was "
        "also previously sanctioned.",
        dt.date(2022, 3, 17),
    ) == ("SANCTION", "USA", "RUS")


def test_package_of_sanctions_introduced():
    # DI014 (COERCE/SANCTION IGO > RUS; main's code: CONSULT)
    assert _first(
        "On 23 February, the European Union introduced its thirteenth package of sanctions against the Russian "
        "Federation.",
        dt.date(2024, 2, 26),
    ) == ("SANCTION", "IGO", "RUS")


def test_new_round_of_sanctions_agreed():
    # R050 (COERCE/SANCTION IGO > RUS; main's code: SUPPORT)
    assert _first(
        'EU countries on Thursday agreed a "powerful and substantial" new round of sanctions against Russia in a bid to '
        "further choke off Moscow's war effort against Ukraine, Belgium, which holds the bloc's presidency, said.",
        dt.date(2024, 6, 20),
    ) == ("SANCTION", "IGO", "RUS")


def test_agreed_on_a_new_package_of_sanctions():
    # R048 (COERCE/SANCTION IGO > RUS; main's code: AGREE, and `classify` AGREE)
    sentence = (
        "Ambassadors of the European Union member states have agreed on a new package of sanctions in response to "
        "Russian aggression against Ukraine, the Belgian presidency of the Council announced on X on Thursday."
    )
    assert _first(sentence) == ("SANCTION", "IGO", "RUS")
    assert classify(sentence).plover == "SANCTION"


def test_agreed_to_impose_new_sanctions():
    # CS002 and DI016 (COERCE/SANCTION IGO > IRN; main's code: AGREE)
    assert _first(
        "European Union countries have agreed to impose new sanctions on 10 individuals and entities linked to Iran, "
        "sources with knowledge of the matter revealed to Reuters on Wednesday.",
        dt.date(2024, 7, 21),
    ) == ("SANCTION", "IGO", "IRN")
    assert _first(
        "The European Union agreed Thursday to impose new sanctions on entities supplying Iranian drones to Russia that "
        "were used to strike Ukraine."
    ) == ("SANCTION", "IGO", "IRN")


def test_general_package_of_sanctions_approved():
    assert _first("Japan approved a new package of sanctions against North Korea.") == ("SANCTION", "JPN", "PRK")


def test_guards_sanctions_lifted_negated_or_not_sanctions():
    # passing on main's code too: an easing, a negated agreement and a non-sanctions rule of CAMEO 163 keep their reading
    assert _first("The European Union agreed to lift sanctions on Belarus.")[0] == "AGREE"
    assert classify("The European Union did not agree to impose new sanctions on Iran.").plover != "SANCTION"
    assert _first("Russia agreed to close the border with Georgia.")[0] == "AGREE"
