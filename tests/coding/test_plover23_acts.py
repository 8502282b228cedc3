"""PLOVER round 23 (issue 13): the type of acts of armed groups, state bodies and agencies in news.

Each case quotes a development row of the real-news sets (tests/fixtures/coding/plover_news_*.tsv);
the expected categories and targets are those the sets label by hand (tests/fixtures/coding/README.md),
not the coder's output. The guards quote prose sets whose labelled launches must stay launches.
"""

from pathlib import Path

from latitude.coding import gold
from latitude.coding.coder import classify, code_sentence

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "coding"


def _row(name: str, start: str) -> gold.NewsEvent:
    return next(r for r in gold.news_records(FIXTURES / f"plover_news_{name}.tsv") if r.text.startswith(start))


def _first(text: str) -> dict:
    return code_sentence(text)[0]


def test_a_missile_fired_toward_or_targeting_a_place_is_an_attack_not_toward_the_sea_or_a_coast():
    # Dev K: "Houthi rebels fired an anti-ship cruise missile toward an American destroyer" (YEM > USA
    # ASSAULT); "launched a missile targeting a facility of oil firm Aramco in Asir, southern Saudi Arabia"
    # (YEM > SAU); "fire two anti-ship ballistic missiles from southern Yemen into the Gulf, hitting ...";
    # "after the Palestinians launched a rocket attack"; dev L: "fired six rockets toward Israel".
    toward = _row("k", "Earlier on Sunday, Houthi rebels fired an anti-ship cruise missile")
    assert classify(toward.text).plover == "ASSAULT"
    assert _first(toward.text)["target"] == "USA"
    aramco = _row("k", "The Houthi movement in Yemen said it had launched a missile targeting")
    assert classify(aramco.text).plover == "ASSAULT"
    assert _first(aramco.text)["target"] == "SAU"
    assert classify(_row("k", "The attack Thursday in the Gulf of Aden saw the Houthis fire").text).plover == "ASSAULT"
    assert classify(_row("k", "The Israeli Air Force (IAF), conducted several airstrikes").text).plover == "ASSAULT"
    assert classify(_row("l", "JERUSALEM, March 2 — Hezbollah militants in Lebanon fired six rockets").text).plover == "ASSAULT"
    # Guards, prose sets (U059, U046, H018): North Korean launches "toward the East Sea", "toward its eastern
    # coast", "toward the east coast" are labelled PRK>- MOBILIZE (CAMEO 150).
    for text in (
        "North Korea fired multiple short-range ballistic missiles toward the East Sea on Tuesday, South Korea's Joint Chiefs of Staff (JCS) said, several hours ahead of the U.S. presidential election.",
        "SUWON, South Korea — North Korea launched several short-range ballistic missiles toward its eastern coast Tuesday morning, the South’s Joint Chiefs of Staff said in a message to reporters.",
        "North Korea fired an unspecified ballistic missile toward the east coast, South Korea's Joint Chiefs of Staff said, following joint missile drills by South Korea and the United States and a return of a U.S. aircraft carrier to the sea between Korea and Japan in response to North Korea's recent missile tests.",
    ):
        assert classify(text).plover == "MOBILIZE", text
        assert _first(text)["target"] is None, text


def test_force_told_first_is_the_event_not_the_rockets_that_provoked_it():
    # Dev K: "The Israeli military said it struck Hamas targets in the Gaza Strip early Sunday after
    # militants fired two rockets from the Palestinian territory." (ISR > PSE ASSAULT, not the launch).
    struck = _row("k", "The Israeli military said it struck Hamas targets")
    assert classify(struck.text).plover == "ASSAULT"
    # Prose held-out 19 (G121, PAK>IND and IND>PAK labelled): an act that is no use of force told first
    # leaves the exchange of fire after "after" its event.
    traded = (
        "The test comes after Pakistani and Indian troops traded gunfire in the disputed Himalayan region of Kashmir on "
        "Thursday, leaving three civilians and a soldier dead amid increasing tensions between the two nuclear-armed "
        "neighbors, officials from both sides said."
    )
    assert classify(traded).plover == "ASSAULT"


def test_spies_agents_and_nationals_arrested_and_ships_seized_are_coercion():
    # Dev K and L (COERCE): FSB and SBU arrests, Iran's arrests of "Mossad spies", the IRGC's tanker seizure.
    for name, start, target in (
        ("k", "Russia’s Federal Security Service (FSB) said Thursday it has detained three alleged Ukrainian spies", "UKR"),
        ("l", "Iran’s intelligence ministry has said it had arrested three Mossad spies", "ISR"),
        ("l", "Employees of the Ukrainian Security Service (SBU) in the Odesa region detained", "RUS"),
        ("k", "Iran’s Islamic Revolutionary Guard Corps (IRGC) has announced the seizure of a British oil tanker", "GBR"),
    ):
        row = _row(name, start)
        assert classify(row.text).plover == "COERCE", start
        assert _first(row.text)["target"] == target, start


def test_expulsions_told_by_a_noun_or_of_embassy_employees_are_sanctions():
    # Dev G: "... have announced the expulsion of the Russian embassy staff in their capitals" and
    # "Russia is expelling two employees of the Lithuanian Embassy ..." (SANCTION); dev D: "to proceed
    # with the expulsion of the French Ambassador" (NER > FRA SANCTION).
    assert classify(_row("g", "The Foreign Ministries of Latvia, Lithuania and Estonia have announced the expulsion").text).plover == "SANCTION"
    assert classify(_row("g", "Russia is expelling two employees of the Lithuanian Embassy").text).plover == "SANCTION"
    assert classify(_row("d", "The ruling military authorities in Niger announced").text).plover == "SANCTION"


def test_an_envoy_summoned_to_a_ministry_is_an_official_complaint():
    # Dev K: "The ambassadors of France and the United Kingdom have been summoned to the Russian Foreign
    # Ministry" (RUS > FRA;GBR ACCUSE); dev E: "was summoned by Peru's foreign ministry" (PER > MEX ACCUSE).
    assert classify(_row("k", "The ambassadors of France and the United Kingdom have been summoned").text).plover == "ACCUSE"
    assert classify(_row("e", "The Mexican ambassador to Peru, Pablo Monroy, was summoned").text).plover == "ACCUSE"
