"""PLOVER round 24 (issue 13): the target of a news act.

Each case quotes a development row of the real-news sets (tests/fixtures/coding/plover_news_*.tsv); the
expected targets are those the sets label by hand (tests/fixtures/coding/README.md), not the coder's
output. Guards quote rows whose labelled target (or its absence) must stay.
"""

from pathlib import Path

from latitude.coding import gold
from latitude.coding.coder import code_sentence
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens
from prose_rows import ungated_record

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "coding"


def _row(name: str, start: str) -> gold.NewsEvent:
    return next(r for r in gold.news_records(FIXTURES / f"plover_news_{name}.tsv") if r.text.startswith(start))


def _first(row: gold.NewsEvent) -> dict:
    return code_sentence(row.text)[0]


def test_a_strike_in_another_state_targets_that_state_not_the_sources_own():
    # Dev J: "Turkish jets destroyed ... depots used by PKK terrorists in northern Iraq" (TUR > IRQ; the
    # coder took the Turkish Defense Ministry that reports it); dev M: "Israel has targeted at least two
    # military installations in air strikes in neighbouring Syria, according to the Israeli military"
    # (ISR > SYR; no target); "Iran launched a series of attacks using missiles and drones in Pakistan's
    # Balochistan" (IRN > PAK, read as a launch with no target).
    jets = _row("j", "Turkish jets destroyed weapon emplacements")
    assert (_first(jets)["source"], _first(jets)["target"]) == ("TUR", "IRQ")
    syria = _row("m", "Israel has targeted at least two military installations")
    assert (_first(syria)["source"], _first(syria)["target"]) == ("ISR", "SYR")
    assert _first(_row("m", "Iran launched a series of attacks using missiles and drones"))["target"] == "PAK"


def test_an_act_on_the_sources_own_state_takes_the_other_state_named_after_it():
    # Dev I: "Netanyahu had recalled Israel's ambassadors to Senegal and New Zealand" (ISR > SEN, NZL; the
    # coder's target was Israel); dev F: "Moscow demanded an end to 'a chain of provocations' against Russian
    # representatives initiated by the U.S. special services" (RUS > USA; the coder's target was Russia).
    recall = _row("i", "Netanyahu had recalled Israel")
    assert _first(recall)["target"] in recall.targets
    assert _first(_row("f", "Moscow demanded an end to"))["target"] == "USA"


def test_the_party_named_after_to_is_the_target_of_an_act_with_none():
    # Dev F: "The State Department approved a 'Possible Foreign Military Sale' to Israel" (USA > ISR).
    assert _first(_row("f", "The State Department approved a"))["target"] == "ISR"


def test_a_sea_a_reporter_and_a_later_clauses_actor_are_no_target():
    # Guards, dev F, G and D (no labelled target): "North Korea fired a ballistic missile into the Sea of
    # Japan"; "North Korea launched a ballistic missile into waters off its east coast on Sunday, according
    # to South Korean and Japanese officials"; "Pakistan test-fired a nuclear-capable ballistic missile
    # Wednesday, just days after archrival India tested its own long-range missile"; the strike of dev M
    # "in neighbouring Syria, according to the Israeli military" still reads Syria.
    for name, start in (("f", "North Korea fired a ballistic missile into the Sea of Japan"),
                        ("g", "North Korea launched a ballistic missile into waters off its east coast"),
                        ("d", "Pakistan test-fired a nuclear-capable ballistic missile")):
        row = _row(name, start)
        assert not row.targets and code_sentence(row.text)[0]["target"] is None
    assert _first(_row("m", "Israel has targeted at least two military installations"))["target"] == "SYR"


def test_congo_alone_is_the_democratic_republic_of_the_congo():
    # Dev B, E, H and I name the DRC "Congo" ("Congo has repeatedly accused Rwanda of backing the rebels",
    # COD > RWA); "Republic of (the) Congo" and "Congo Republic" stay the Republic of the Congo (COG).
    row = _row("b", "Congo has repeatedly accused Rwanda")
    assert _first(row)["source"] == "COD" and _first(row)["target"] == "RWA"
    # (the target, not the gate: this lead's is-it-an-event probability, 0.254 before the refit of 2026-12-06 after
    # coder rounds 119 and 121 and 0.248 after it, sits at the boundary 0.25 a lone sentence with a hand rule needs)
    row = _row("b", "GOMA, Congo (AP) — Rwanda’s government is accusing neighboring Congo")
    assert ungated_record(row.text, None)["target"] == "COD"
    for text in ("the Republic of the Congo", "the Republic of Congo", "Congo Republic", "Congo-Brazzaville"):
        assert [m.code for m in find_actors(raw_tokens(text))] == ["COG"]


def test_a_joint_act_on_a_third_state_targets_it_but_a_joint_meeting_or_a_place_does_not():
    # Dev G: "Czech and Georgian soldiers have completed their withdrawal from Afghanistan" (CZE, GEO > AFG
    # RETREAT; read as a joint act of the two); dev F: "Mali and Burkina Faso declared reciprocal travel
    # restrictions on United States nationals" (MLI, BFA > USA). Guards, dev A and F (no labelled target):
    # "America and Russia announced that they had swapped two high-profile prisoners at Abu Dhabi airport
    # in the United Arab Emirates"; "United States, Japan, Australia and Canada recently joined forces for
    # a maritime exercise in the Philippine Sea".
    withdrawal = _first(_row("g", "Czech and Georgian soldiers have completed their withdrawal"))
    assert (withdrawal["source"], withdrawal["target"], withdrawal["joint"]) == ("CZE", "AFG", False)
    # (with the gate open: the lone sentence's is-it-an-event probability sits at the gate's boundary and moved under it
    # with the refit after actors round 36; the row counts as lost in set F's figures)
    travel = _row("f", "In a rapid development on international travel policy, Mali and Burkina Faso")
    assert ungated_record(travel.text)["target"] == "USA"
    for name, start in (("a", "On December 8th America and Russia announced"), ("f", "United States, Japan, Australia and Canada")):
        row = _row(name, start)
        assert not row.targets
        assert all(r["target"] != "ARE" and r["target"] != "PHL" for r in code_sentence(row.text))


def test_the_us_of_a_sum_of_money_is_no_actor():
    # Dev J: "The Government of Japan will provide a grant aid totaling JPY 4,501,000,000 (approximately
    # US$41.4 million) to implement three development projects in Cambodia" (JPN > KHM, not USA); dev H:
    # "China has donated 900,000 euros (1 million U.S. dollars) worth military equipment to Serbian Army"
    # (CHN > SRB).
    grant = _row("j", "The Government of Japan will provide a grant aid totaling")
    assert (_first(grant)["source"], _first(grant)["target"]) == ("JPN", "KHM")
    # read with the gate open: stop 38's fourth refit (gate threshold 0.560 -> 0.570) took this sentence below the news
    # gate; the target is what this test is about
    assert ungated_record(_row("h", "China has donated 900,000 euros").text)["target"] == "SRB"


def test_the_doer_named_after_by_of_a_material_act_is_its_source():
    # Dev I: "A shipment of more than 1.2 million Pfizer-BioNTech COVID-19 vaccine doses donated by the U.S.
    # to Vietnam touched down ..." (USA > VNM); dev M: "Drones attacked an oil refinery in Russia's Leningrad
    # Oblast ... in an operation carried out by Ukraine's military intelligence (HUR)" (UKR > RUS). Guard,
    # dev D: "Foreign Ministry Spokesman Seyyed Abbas Mousavi condemned a recent decision by the US Congress"
    # (IRN > USA ACCUSE): a verbal act's "by" is no doer, the US stays the target.
    shipment = _first(_row("i", "A shipment of more than 1.2 million Pfizer-BioNTech"))
    assert (shipment["source"], shipment["target"]) == ("USA", "VNM")
    drones = _first(_row("m", "Drones attacked an oil refinery in Russia"))
    assert (drones["source"], drones["target"]) == ("UKR", "RUS")
    assert _first(_row("d", "Foreign Ministry Spokesman Seyyed Abbas Mousavi condemned"))["target"] == "USA"
    # Dev J: "Two heavy mortar shells, reportedly fired from Myanmar, landed next to a local mosque on the
    # Bangladesh border" (MMR > BGD): where an act of force comes from is its doer.
    shells = _first(_row("j", "Two heavy mortar shells, reportedly fired from Myanmar"))
    assert (shells["source"], shells["target"]) == ("MMR", "BGD")


def test_a_sponsor_named_before_its_group_is_no_actor():
    # Dev E: "Rwanda accused UN-backed Congolese forces of shelling its territory" (RWA > COD, not the UN);
    # dev M: "... a precision airstrike against a key command and control facility operated by Iran-backed
    # Houthis within Houthi-controlled territory in Sana'a, Yemen" (> YEM, not IRN). Guard, dev K: "The
    # Kremlin on Tuesday accused Ukrainian-backed forces of undermining a peace deal" (RUS > UKR): a group
    # with no state of its own keeps its sponsor.
    assert _first(_row("e", "GOMA, Democratic Republic of Congo (Reuters) – Rwanda accused"))["target"] == "COD"
    assert _first(_row("m", "U.S. Central Command (CENTCOM) said it conducted a precision airstrike"))["target"] == "YEM"
    kremlin = _first(_row("k", "MOSCOW/LONDON/MILAN - The Kremlin on Tuesday accused"))
    assert (kremlin["source"], kremlin["target"]) == ("RUS", "UKR")
