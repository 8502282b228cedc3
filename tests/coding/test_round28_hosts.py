"""Issue 13, coder round 28: hosts, guests, courtesy calls, tours and returns, and openings that confuse the
actor (`diplomacy._by_agent`, `_welcomed_to`, `_called_on`, `_red_carpet`, `_stop_on`, `_fronted_passive`, the
return verbs of `MOVEMENT_VERBS`, a visit noun in a phrase of time, "the countries of"). The probes are unit
tests of the lexicon; the other sentences are quoted from cited development sets (tests/fixtures/coding/, row ids
given) and their expectations are their hand labels. Each test fails with main's coder (what main gives is said)."""

from pathlib import Path

import pytest

from latitude.coding import gold
from latitude.coding.coder import code, code_sentence
from latitude.coding.evaluate import _news_date
from prose_rows import labels_found

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "coding"


@pytest.fixture(autouse=True)
def _mirror(gold_folder):  # leaders' names come from the mirror (skipped without it)
    return gold_folder


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(r["source"], r["target"], r["plover"], r["cameo"]) for r in code(text, date="2024-06-01")]


def _news_first(name: str, start: str) -> dict:
    (record,) = [r for r in gold.news_records(FIXTURES / name) if r.text.startswith(start)]
    return code_sentence(record.text, _news_date(record.date), model="fast")[0]


def test_a_leader_back_from_a_place_visited_it_a_ship_back_from_patrol_did_not():
    # main: "returned from Washington" is RETREAT 084, "is back from China" nothing
    assert _events("Modi returned from Washington on Friday.") == [("IND", "USA", "CONSULT", "042")]
    assert _events("Lula is back from China.") == [("BRA", "CHN", "CONSULT", "042")]
    assert _events("The frigate returned from patrol in the South China Sea.") == []


def test_a_call_on_a_leader_is_a_meeting_a_call_on_a_state_to_act_a_demand():
    # main: both are REQUEST 020
    assert _events("Putin called on Xi in Beijing on Monday.") == [("RUS", "CHN", "CONSULT", "040")]
    assert _events("Putin called on President Xi to stop the war.")[0][2] == "REQUEST"
    assert _events("Modi paid a courtesy call on President Biden at the White House.") == [("IND", "USA", "CONSULT", "040")]


def test_playing_host_and_rolling_out_the_red_carpet_are_hosting():
    # main: nothing for either; a country hosting troops stays no event
    # in the host's own capital the guest visits too (coder round 47)
    assert _events("Macron played host to Modi in Paris.") == [("FRA", "IND", "CONSULT", "043"), ("IND", "FRA", "CONSULT", "042")]
    assert _events("China rolled out the red carpet for President Biden.") == [("CHN", "USA", "CONSULT", "043"), ("USA", "CHN", "CONSULT", "042")]  # (coder round 51)
    assert _events("Japan hosts 50,000 US troops.") == []


def test_an_opening_passive_participle_does_not_make_its_agent_the_traveller():
    # main: the visit only; the greeting's agent was read as the subject of the main clause, so no hosting
    events = _events("Greeted at the airport by Xi Jinping, Modi began a visit to China.")
    assert ("IND", "CHN", "CONSULT", "042") in events and ("CHN", "IND", "CONSULT", "043") in events
    assert not any(e[0] == "CHN" and e[3] == "042" for e in events)


def test_erdogan_s_earlier_visit_is_his_not_kenya_s():
    # held-out 25 L060 (Daily Sabah column, 2016): "Accompanied by nearly 130 business figures, President Recep
    # Tayyip Erdoğan paid a second visit to the East African countries of Uganda, Kenya and Somalia following a
    # recent visit to Nigeria, Ivory Coast, Ghana and Guinea in West Africa." labelled TUR > each of the seven
    # (main: KEN > NGA, CIV, GHA, GIN and none of the seven)
    assert labels_found("heldout25_prose.tsv", "L060") == [True] * 7


@pytest.mark.parametrize(
    "name, row_id",
    [
        # "The Prime Minister was received at the Bandaranaike International Airport in Colombo by his Sri Lankan
        # counterpart Ranil Wickremesinghe." IND <> LKA (main: nothing; the "by" agent was too far)
        ("heldout29_prose.tsv", "Y014"),
        # "Indian Prime Minister Manmohan Singh was formally welcomed to the White House this morning, ..." IND > USA
        ("heldout15_prose.tsv", "O073"),
        # "For the first time in years, Pakistan's leadership was received at the White House for a dedicated
        # discussion ..." PAK > USA
        ("heldout28_prose.tsv", "z002"),
        # "Saudi Arabia was destined to be the most controversial stop on Joe Biden's first trip to the Middle
        # East as President of the United States." USA > SAU
        ("heldout27_prose.tsv", "V008"),
        # "Qatar is the third stop on a tour of Gulf Arab states by Mohammed bin Salman ahead of a Gulf summit
        # later this month." SAU > QAT
        ("heldout29_prose.tsv", "Y080"),
        # "Egypt's president Abdel Fatthah al-Sissi welcomed Sunday (Apr. 30), Fumio Kishida." JPN <> EGY
        ("heldout27_prose.tsv", "V037"),
        # "The Prime Minister of Japan arrived at the Kotoka International Airport in Accra, Ghana and is expected
        # to hold a bilateral discussion with President Nana Akufo-Addo." JPN > GHA (the place after the airport)
        ("heldout27_prose.tsv", "V036"),
        # "President Sirisena first landed at Jinnah International Airport in Karachi, where he was received by
        # Sindh Chief Minister Syed Qaim Ali Shah and senior officials." LKA > PAK (main: only PAK > LKA hosting)
        ("heldout29_prose.tsv", "Y019"),
    ],
)
def test_development_hosts_guests_and_stops_arelabels_found(name, row_id):
    assert labels_found(name, row_id) == [True]  # main: not found


def test_a_scheduled_call_on_the_president_is_an_announced_meeting():
    # held-out 29 Y038: "The Sri Lankan President, who arrived here with a high-level delegation on Thursday, will
    # later call on President Kovind." labelled LKA > IND (the arrival) and LKA <> IND AGREE/CONSULT (main:
    # LKA > IND REQUEST, neither)
    assert labels_found("heldout29_prose.tsv", "Y038")[1] is True


def test_the_host_of_a_passive_reception_in_news_is_the_receiving_president():
    # development news set B (B094): "President Uhuru Kenyatta who is on a two day State visit to Tanzania was
    # officially received Friday morning by his Tanzanian counterpart Samia Suluhu Hassan ...", labelled source
    # TZA, target KEN (main: KEN > TZA, the visit)
    first = _news_first("plover_news_b.tsv", "President Uhuru Kenyatta who is on a two day State visit")
    assert (first["source"], first["target"]) == ("TZA", "KEN")


def test_the_talks_hosted_by_borrell_are_serbia_s_and_kosovo_s():
    # development news set D: "Hosted by EU foreign policy chief Josep Borrell, Serbian President Aleksandar Vucic
    # and Kosovo's Prime Minister Albin Kurti held talks in Brussels ...", labelled sources SRB and XKX (main: the
    # first record's source is ESP, Borrell's state, as if he held the talks)
    first = _news_first("plover_news_d.tsv", "Hosted by EU foreign policy chief Josep Borrell")
    assert {first["source"], first["target"]} == {"SRB", "XKX"}
