"""Issue 13, claims round 35: alliances as people write them. Sorted by cause on development data, most alliance claims
the readers missed name no ally word at all: one state protects another ("the U.S. provides a nuclear umbrella for ...",
"sheltering under NATO and America's nuclear umbrella", "will protect Japan", "guarantees Japan's security"). The
alliance lexicon now holds those forms in every inflection (nuclear umbrella, extended deterrence, security guarantees,
guarantor, guarantee(s/d) X's security, will/to/committed to defend(ing)/protect(ing) X), and a list set off by dashes
stays one apposition when it ends in "for example"; a protection only supposed ("could extend a nuclear umbrella") is
no claim. UN-voting alignment told by a verb or an adjective ("sides with", "finds itself in disagreement with", "votes very
similar to", "aligns with", "in line with", "at odds with") is read after a sentence on the UN, as vote words are.

The texts are development sentences (tests/fixtures/claims, the ids named) or short variants of them written to check
that a form holds in other words; the expected states are read off the text by hand."""
from latitude.scenarios.claims import find_claims


def _pairs(text: str, date: str | None = None) -> set[frozenset[str]]:
    return {frozenset((c.subject, c.other)) for c in find_claims(text, date) if c.kind == "alliance"}


def test_a_nuclear_umbrella_is_an_alliance_of_its_owner_and_the_states_under_it() -> None:
    # held38-011: the umbrella's owner with each state of the list between dashes (before: none)
    assert _pairs("The U.S. provides a nuclear umbrella for 30-plus countries, including several -- Japan, Germany and "
                  "South Korea, for example -- capable of developing their own nuclear weapons.") == {
        frozenset(("USA", c)) for c in ("JPN", "DEU", "KOR")}
    # held38-013: the one state of the clause "sheltering under ... America's nuclear umbrella" with the sentence's subject
    assert _pairs("Like some European states, Britain could limit itself to defending its national territory while "
                  "sheltering under NATO and America's nuclear umbrella.") == {frozenset(("GBR", "USA"))}
    # held38-012 (before: none)
    assert frozenset(("DEU", "USA")) in _pairs(
        "Lord Robertson, a former Nato secretary general, has called Germany \"irresponsible\" for wanting to remain under "
        "America's nuclear umbrella while exporting the obligation of maintaining it to other European states.")
    # the same forms in other words
    assert _pairs("Washington extended its nuclear umbrellas to South Korea in the 1950s.", "2020-01-01") == {
        frozenset(("USA", "KOR"))}
    assert _pairs("Australia relies on US extended deterrence.", "2020-01-01") == {frozenset(("AUS", "USA"))}


def test_protecting_and_guaranteeing_a_state_are_alliance_claims() -> None:
    # held38-017: "will protect Japan" (before: none)
    assert _pairs("Antony Blinken says the United States will protect Japan from any threats it may face, including those "
                  "arising from territorial disputes in the East China Sea.") == {frozenset(("USA", "JPN"))}
    # held38-019: "guarantees Japan's security" (before: none)
    assert _pairs("In exchange, the United States guarantees Japan's security.", "2013-12-01") == {frozenset(("USA", "JPN"))}
    # every inflection
    assert _pairs("Russia is committed to defending Armenia.", "2018-01-01") == {frozenset(("RUS", "ARM"))}
    assert _pairs("France pledged to protect Djibouti.", "2018-01-01") == {frozenset(("FRA", "DJI"))}
    assert _pairs("Russia is Belarus's security guarantor.", "2018-01-01") == {frozenset(("RUS", "BLR"))}
    assert _pairs("The United States guaranteed Israel's security.", "2018-01-01") == {frozenset(("USA", "ISR"))}
    # held38-014, labelled with no claim: a protection only supposed (before and after: none)
    assert _pairs("In return, America could extend a nuclear umbrella to Israel to put it at ease about nuclear attacks.") == set()
    # no protected state: "defending its national territory", "protect its interests in Syria" (a place)
    assert _pairs("Britain could limit itself to defending its national territory.") == set()
    assert _pairs("Russia vowed to protect its interests in Syria.", "2018-01-01") == set()


def _voting(text: str, date: str | None = None) -> dict[tuple[str, str], str]:
    return {(c.subject, c.other): c.topic for c in find_claims(text, date) if c.kind == "UN voting"}


def test_alignment_told_by_a_verb_or_an_adjective_after_a_sentence_on_the_un() -> None:
    context = ("When Somsavat Lengsavad, the Laotian minister of foreign affairs, spoke at the 60th session of the General "
               "Assembly, he condemned the United States for its economic embargo of Cuba, saying it is \u201ccontrary to the "
               "UN Charter and international law, and to the principle of neighborliness.\u201d")
    # held18-026: "in disagreement with the U.S." after a sentence on the General Assembly (before: none)
    found = _voting(context + " It is one of many issues with which Laos finds itself in disagreement with the U.S.",
                    "2005-12-20")
    assert found.get(("LAO", "USA")) == "against"
    # held38-028: "votes very similar to Israel" (before: none)
    assert _voting("The United States votes very similar to Israel.") == {("USA", "ISR"): "with"}
    # the same forms in other words, after a sentence on the UN
    un = "The General Assembly adopted 80 resolutions by vote last year."
    assert _voting(un + " Cuba usually sides with Russia.", "2020-01-01") == {("CUB", "RUS"): "with"}
    assert _voting(un + " Japan mostly agrees with the United States.", "2020-01-01") == {("JPN", "USA"): "with"}
    # no UN word and no vote word in the sentence or before it: no voting claim
    assert _voting("Cuba usually sides with Russia.", "2020-01-01") == {}
