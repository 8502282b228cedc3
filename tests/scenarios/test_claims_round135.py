"""Claims round 135 (issue 13): an exporter's clients listed in a clause of "with" are read as its clients. "with the
main buyers being A, B and C" and "with A, B and C its three largest clients" name each listed state among the
exporter's top clients (the top the clause numbers, else the top five or as many as it lists); the exporter is the
first state the sentence names before the clause. On main no claim was read from either clause."""
from latitude.scenarios.claims import find_claims


def _clients(text: str, date: str | None = None) -> dict[tuple[str, str], object]:
    return {(c.subject, c.others[0]): c for c in find_claims(text, date) if c.kind == "arms exports"}


def test_the_main_buyers_being_a_list() -> None:
    # held35-021 (development): none of the three was read on main
    got = _clients("Of all the arms exported by the United States, almost half ended up in the Middle East, with the main "
                   "buyers being Saudi Arabia, the UAE and Turkey.")
    assert {("USA", "SAU"), ("USA", "ARE"), ("USA", "TUR")} <= set(got)
    assert got[("USA", "TUR")].within == 5


def test_a_list_then_its_three_largest_clients() -> None:
    # held50-018 (development): the count bounds the ranking
    got = _clients("Israel is the world’s eighth-largest weapons exporter, with India, Azerbaijan and Vietnam its three "
                   "largest clients in 2014-2018, according to a report from the Stockholm International Peace Research "
                   "Institute released Monday.")
    assert {("ISR", "IND"), ("ISR", "AZE"), ("ISR", "VNM")} <= set(got)
    assert got[("ISR", "VNM")].within == 3


def test_client_countries_with_their_shares() -> None:
    # held59-001 (development): the shares in brackets are each state's own
    got = _clients("New Delhi: India ranked second after Saudi Arabia in arms imports while it was ranked 23rd in arms "
                   "exports with the main client countries being Myanmar (46 per cent), Sri Lanka (25 per cent) and "
                   "Mauritius (14 per crnt), according to a Stockholm international Peace Research Institute (SIPRI) "
                   "Report.")
    assert got[("IND", "MMR")].share == 46 and got[("IND", "LKA")].share == 25


def test_written_sentences_of_the_shape() -> None:
    got = _clients("France sold major arms to 65 states in 2020-24, with the top three recipients being India, Qatar "
                   "and Greece.", "2025-03-10")
    assert {("FRA", "IND"), ("FRA", "QAT"), ("FRA", "GRC")} <= set(got) and got[("FRA", "GRC")].within == 3
    got = _clients("China remained the fourth largest arms exporter, with Pakistan and Serbia as its two biggest "
                   "customers.", "2025-03-10")
    assert {("CHN", "PAK"), ("CHN", "SRB")} <= set(got) and got[("CHN", "SRB")].within == 2


def test_a_with_clause_of_suppliers_is_no_client_list() -> None:
    # guard (the same on main): the states listed as suppliers are not the exporter's clients
    got = _clients("India was the largest arms importer, with Russia, France and Israel its main suppliers.", "2024-03-11")
    assert ("IND", "RUS") not in got and ("IND", "FRA") not in got
