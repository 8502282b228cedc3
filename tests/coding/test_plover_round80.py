"""PLOVER round 80 (issue 13): sanctions imposed by a verb the hand rules did not list, and listings for sanctions.

In the development news rows labelled SANCTION (or COERCE/SANCTION), "approved sanctions against", "issued new
sanctions", "has introduced new sanctions", "set sanctions", "has prepared sanctions", "imposed an entry ban",
"to impose duties" and 'imposed "countermeasures"' were typed CONCEDE, ACCUSE, REJECT, THREATEN or AID, and "placed
... on its sanctions blacklist", "on its trade blacklist", "included ... in the sanctions list" and "added ... to the
list of those subject to restrictive measures" THREATEN, REQUEST, CONCEDE or AID. A verb of imposing, approving,
issuing or preparing whose object is headed by a noun of sanction (`verbs._sanctions_imposed`), and a verb of placing,
adding or including with a sanctions list, blacklist or entity list after "on", "to" or "in" (`verbs._listed_for_
sanctions`), are CAMEO 163 (PLOVER SANCTION). Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv); expected categories, sources and targets their hand labels.
"""

from latitude.coding.coder import classify, code_sentence
from latitude.coding.verbs import rule_match
from prose_rows import ungated_record


def _words(sentence: str) -> list[str]:
    return sentence.lower().replace(".", " ").replace(",", " ").split()


def test_a_verb_whose_object_is_sanctions_imposes_them():
    match, gated = rule_match(_words("The council approved fresh economic sanctions on the regime."))
    assert match.code == "163" and not gated
    match, _ = rule_match(_words("Ottawa issued new sanctions against three generals on Monday."))
    assert match.code == "163"
    match, _ = rule_match(_words("Seoul placed two shipping firms on its sanctions blacklist."))
    assert match.code == "163"


def test_a_ban_or_a_list_of_another_kind_is_no_sanction():
    assert rule_match(_words("The ministry issued a statement on the talks.")) is None
    assert rule_match(_words("The city imposed a ban on rallies near parliament.")) is None
    assert rule_match(_words("He placed the book on the list of bestsellers.")) is None


def test_sanctions_approved_issued_introduced_or_prepared_are_sanction():
    # N053, AN031, AK011, BJ027: typed CONCEDE, ACCUSE, REJECT and ACCUSE before
    assert classify(
        "EU ambassadors on Wednesday approved sanctions against a second list of 15 Belarusian officials, including "
        "President Alexander Lukashenko, whom the bloc accuses of election fraud and repression."
    ).plover == "SANCTION"
    issued = code_sentence(
        "The Treasury Department on Tuesday issued new sanctions for entities and individuals the U.S. accuses of "
        "financing Iran\u2019s military.",
        None,
    )[0]
    assert (issued["source"], issued["target"], issued["plover"]) == ("USA", "IRN", "SANCTION")
    assert classify(
        "Two days after Donald Trump\u2019s announcement of the US withdrawal from the nuclear deal with Iran, the US "
        "Treasury Department has introduced new sanctions against the country."
    ).plover == "SANCTION"
    assert classify(
        "Minsk has prepared sanctions against a number of Ukrainian officials, said Belarusian Foreign Minister "
        "Vladimir Makei, BelTA reports."
    ).plover == "SANCTION"


def test_an_entry_ban_or_countermeasures_imposed_are_sanction():
    # BJ026 (THREATEN before) and AA065 (AID before, the first record USA > TWN)
    assert classify(
        "On Monday, Estonia, Latvia and Lithuania imposed an entry ban on 30 Belarusian officials, including "
        "President Alexander Lukashenko, for falsifying election results and using violence against peaceful "
        "protesters."
    ).plover == "SANCTION"
    first = code_sentence(
        "China on Friday imposed \u201ccountermeasures\u201d against US defence firms and executives after the Donald "
        "Trump administration approved a record arms sale to Taiwan.",
        None,
    )[0]
    assert (first["source"], first["target"], first["plover"]) == ("CHN", "USA", "SANCTION")


def test_a_listing_on_a_sanctions_list_or_blacklist_is_sanction():
    # AN032, BN019, T034, M073: typed THREATEN, REQUEST, CONCEDE and AID before
    for sentence in (
        "The US Treasury on Wednesday placed two Iranian business groups on its sanctions blacklist, saying both were "
        "important suppliers of Tehran's missile program and facilitators of its alleged proliferation activities, "
        "AFP reports.",
        "On Monday, the United States placed over two dozen companies, mainly from Pakistan, China, and the UAE, on "
        "its trade blacklist.",
        "The U.S. Treasury Department has included 33 companies operating in the territory of the People\u2019s "
        "Republic of China in the sanctions list.",
    ):
        assert classify(sentence).plover == "SANCTION", sentence
    added = code_sentence(
        "The European Council has added three Iranian individuals and one Iranian entity to the list of those subject "
        "to restrictive measures for their role in the development and delivery of Unmanned Aerial Vehicles (UAVs) used by Russia in its war against Ukraine.",
        None,
    )[0]
    assert (added["source"], added["target"], added["plover"]) == ("IGO", "IRN", "SANCTION")


def test_a_passive_listing_keeps_its_lister():
    # T038: "Three U.S. companies have been added to China's 'unreliable entity list'" stays CHN > USA (read with the
    # is-it-an-event gate open: the refit of 2026-12-07's third stop moved this lone sentence just under it)
    first = ungated_record(
        "Three U.S. companies have been added to China\u2019s \u201cunreliable entity list,\u201d effectively banning "
        "them from trade with China, according to a statement by the Commerce Ministry.",
        None,
    )
    assert (first["source"], first["target"]) == ("CHN", "USA")
