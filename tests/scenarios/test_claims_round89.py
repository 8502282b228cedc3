"""Claims round 89 (issue 13): trade amounts given in order. A flow with a money value whose partners follow one another
by amount ("followed by", or a bare comma list, each "at" or "with" its own value) and no rank word ranks the state after
"to"/"from" first among the owner's partners of that flow and the listed ones next in turn, when every amount is smaller
than the one before; when the state after "from"/"to" is the owner of the article's ranking so far, the listed states
follow the sentence's subject, on that owner's opposite flow. The development rows quoted (held77-001, held90-004,
held63-016) were "no rank or share word" misses on main."""
from latitude.scenarios.claims import find_claims


def _trade(text: str, date: str | None = None) -> dict[tuple[str, str], tuple[int | None, str]]:
    return {(c.subject, c.others[0]): (c.rank, c.flow) for c in find_claims(text, date) if c.kind == "trading partner"}


def test_exported_to_a_state_followed_by_others_with_amounts() -> None:
    # held77-001 (development)
    got = _trade("In 2017, Turkey exported $15.1 billion worth of items to Germany, followed by Britain with $9.6 billion "
                 "and Iraq with $9.1 billion.", "2018-01-02")
    assert got == {("TUR", "DEU"): (1, "exports"), ("TUR", "GBR"): (2, "exports"), ("TUR", "IRQ"): (3, "exports")}


def test_imports_from_a_comma_list_with_amounts() -> None:
    # held90-004 (development)
    got = _trade("Laos made the most imports from Thailand at USD 257 million, China at USD 115 million,  Vietnam at USD "
                 "22 million, the United States at USD 14 million, and Japan at USD 8 million.")
    assert got == {("LAO", "THA"): (1, "imports"), ("LAO", "CHN"): (2, "imports"), ("LAO", "VNM"): (3, "imports"),
                   ("LAO", "USA"): (4, "imports"), ("LAO", "JPN"): (5, "imports")}


def test_the_owner_after_from_lists_its_buyers() -> None:
    # held63-016 (development): the sentence before ranks Kenya's partners, so the list follows the US, Kenya's buyer
    got = _trade("Uganda has traditionally been Kenya’s top trading partner in East Africa, but latest data from the Kenya "
                 "National Bureau of Statistics (KNBS) ranked the country third, with Tanzania coming second as a result "
                 "of the ongoing elimination of non-tariff barriers and increasing local production in Uganda of goods "
                 "that were previously imported. The report showed that the US imported goods from Kenya worth Ksh3.7 "
                 "billion ($41.8 million) in June, followed by Tanzania at Ksh2.8 billion ($31.6 million) and Uganda at "
                 "Ksh2.5 billion ($28.3 million).")
    assert got.get(("KEN", "USA")) == (1, "exports")
    assert ("USA", "KEN") not in got


def test_a_general_sentence() -> None:
    got = _trade("Last year Chile shipped $38 billion of goods to China, followed by the United States with $16 billion, "
                 "Japan with $8 billion and South Korea with $5 billion.")
    assert got == {("CHL", "CHN"): (1, "exports"), ("CHL", "USA"): (2, "exports"), ("CHL", "JPN"): (3, "exports"),
                   ("CHL", "KOR"): (4, "exports")}


def test_amounts_out_of_order_or_without_values_give_no_places() -> None:
    assert _trade("Chile exported $8 billion of goods to Japan, followed by China with $38 billion and Peru with $2 "
                  "billion.") == {}
    assert _trade("Chile exported $8 billion of goods to Japan, followed by China and Peru.") == {}
