"""PLOVER round 22 (issue 13): armed organisations and state agencies with their state.

Each case quotes a development row (news sets A-K) or the cited table it comes from (Phoenix's
country and armed-group dictionaries in the mirror, Wikipedia for groups formed after 2014); the
expected codes are those the sets label (tests/fixtures/coding/README.md: an armed group by the state
it fights in or comes from, an agency by its state), not the coder's output.
"""

from latitude.coding.build import _institutions
from latitude.coding.coder import code_sentence
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _actors(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in find_actors(raw_tokens(text))]


def test_agencies_and_armed_groups_resolve_to_their_state():
    # Dev K: "Der Spiegel reported on Monday that the Mossad was behind the assassination ..." (ISR);
    # "The Russian Federal Security Service (FSB) said Monday ..." (RUS); "Iran's Islamic Revolutionary
    # Guard Corps (IRGC) says its naval forces have struck ..." (IRN); "Houthi militants targeted an oil
    # refinery ..." (YEM); "SBU cyber specialists detained an FSB agent" (UKR, RUS); al-Shabaab (SOM).
    assert _actors("the Mossad was behind the assassination") == [("Mossad", "ISR")]
    assert _actors("Houthi militants targeted an oil refinery") == [("Houthi", "YEM")]
    assert _actors("the IRGC says its naval forces have struck") == [("IRGC", "IRN")]
    assert _actors("SBU cyber specialists detained an FSB agent") == [("SBU", "UKR"), ("FSB", "RUS")]
    assert _actors("al-Shabab fighters attacked") == [("al Shabab", "SOM")]


def test_a_name_several_states_share_or_a_common_word_resolves_to_none():
    # "Wagner" alone is a surname of people of several states (Phoenix: Jaques Wagner BRA, Marek Wagner
    # POL ...): only "Wagner Group" is Russia's; "the Senate" is a body many states have (agents.tsv);
    # "RSF" is also Reporters Without Borders; the "Rapid Support Forces" are Sudan's (dev K).
    assert _actors("the Wagner Group deployed to Mali") == [("Wagner Group", "RUS"), ("Mali", "MLI")]
    assert _actors("Wagner said") == []
    assert _actors("the Senate voted") == []
    assert _actors("the RSF said") == []
    assert _actors("the Rapid Support Forces said") == [("Rapid Support Forces", "SDN")]


def test_phoenix_institutions_are_read_without_persons_or_dated_codes():
    # Lines in the layout of Phoenix.Countries.actors.txt (mirror: petrarch2): an agency with its
    # aliases and one undated code is kept; a person (CountryInfo comment, dated or ELI codes) is not.
    lines = [
        "FEDERAL_SECURITY_SERVICE_",
        "+FSB_  # hmm... Could get false positives",
        "\t[RUSCOP] # Or SPY?",
        "NIKITA_KHRUSHCHEV_  # CountryInfo.txt",
        "\t[RUSGOV 530907-641014]",
        "MOSSAD",
        "\t[ISRSPY]",
        "JOHN_DOE_",
        "\t[USAELI]",
    ]
    assert _institutions(lines) == {
        "Federal Security Service": {("RUS", "police")},
        "Fsb": {("RUS", "police")},
        "Mossad": {("ISR", "government")},
    }


def test_the_own_agency_that_reports_an_act_is_not_its_target():
    # Dev H: "Russia has detained a US citizen in Moscow accused of spying, the FSB security service said
    # on Monday." (RUS > USA): the FSB, Russia's, reports the act.
    record = code_sentence("Russia has detained a US citizen in Moscow accused of spying, the FSB security service said on Monday.")[0]
    assert (record["source"], record["target"]) == ("RUS", "USA")
