"""Issue 13, claims round 33: shares told in list and sentence shapes the readers did not read.

1. Shares listed after "followed by" (trade). A share the sentence states for one owner's flow ("Mexico accounted for
   14.9% of US import and export trade volume", "Some 13 % of Chinese goods imports come from the EU") is often continued
   by a chain of states, each with its own share in brackets or after "at" or "with" ("followed by China at 14.7% and
   Canada at 14.3%"): each listed state holds that share of the same owner's flow, and when a state heads the chain the
   list's order gives the places (the head first). The arms readers already read such chains.
2. A supplier's share told by a verb with the recipient as its object (arms): "The US sold India 14 percent of its
   weapons and Israel supplied 7.2 percent", "China, from which Pakistan acquired 70% of its arms".

The sentences are development rows (tests/fixtures/claims, ids in the tests); the expected owners, partners, flows, places
and shares are read off the text by hand."""
from latitude.scenarios.claims import find_claims

TP, AS = "trading partner", "arms supplier"


def _trade(text: str, date: str | None = None) -> dict[tuple[str, str], tuple]:
    return {(c.subject, c.other): (c.rank, c.share, c.flow) for c in find_claims(text, date) if c.kind == TP}


def test_a_chain_after_a_states_share_gives_each_listed_state_its_share_and_place() -> None:
    # held31-025: Mexico heads the chain (first), China second, Canada third, of US total trade
    read = _trade("Interfax reported that Mexico accounted for 14.9% of US import and export trade volume in the two "
                  "months, followed by China at 14.7% and Canada at 14.3%.")
    assert {pair: read[pair] for pair in [("USA", "MEX"), ("USA", "CHN"), ("USA", "CAN")]} == {
        ("USA", "MEX"): (1, 14.9, "total"), ("USA", "CHN"): (2, 14.7, "total"), ("USA", "CAN"): (3, 14.3, "total")}
    # a chain after a ranking keeps the ranking's places; a chain without shares gives no shares
    ranked = _trade("China was Kenya's largest trading partner, followed by India (10%) and the UAE (8%).")
    assert ranked[("KEN", "IND")][:2] == (2, 10.0) and ranked[("KEN", "ARE")][:2] == (3, 8.0)
    assert ("USA", "CHN") not in _trade("Mexico accounted for 14.9% of US trade, followed by China and Canada.")


def test_a_chain_headed_by_a_group_gives_shares_of_the_flow_the_share_names_and_no_places() -> None:
    # held28-039: the EU heads the chain; the listed states hold their shares of China's goods imports
    assert _trade("Some 13 % of Chinese goods imports come from the EU, followed by South Korea (10 %), Japan (9 %), "
                  "the US (9 %) and Taiwan (8 %).") == {
        ("CHN", "KOR"): (None, 10.0, "imports"), ("CHN", "JPN"): (None, 9.0, "imports"),
        ("CHN", "USA"): (None, 9.0, "imports"), ("CHN", "TWN"): (None, 8.0, "imports")}


def test_the_state_that_leads_the_pack_heads_the_chain_of_an_owners_export_earnings() -> None:
    # held34-009: Bangladesh's receipts (its export earnings), the US first with 17 per cent, then Germany, the UK, Spain
    read = _trade("These five countries reportedly sourced products worth US $ 29 billion in the last fiscal year of "
                  "2022-23, making up more than 52 per cent of Bangladesh's annual receipts of US $ 55.56 billion even "
                  "as the US reportedly led the pack with a 17 per cent share followed by Germany (12.74 per cent), the "
                  "United Kingdom (9.55 per cent), Spain (6.62 per cent) and France accounted for 5.92 per cent of the "
                  "earnings in FY '23.", "2023-07-18")
    assert {pair: read[pair] for pair in [("BGD", "USA"), ("BGD", "DEU"), ("BGD", "GBR"), ("BGD", "ESP")]} == {
        ("BGD", "USA"): (1, 17.0, "exports"), ("BGD", "DEU"): (2, 12.74, "exports"),
        ("BGD", "GBR"): (3, 9.55, "exports"), ("BGD", "ESP"): (4, 6.62, "exports")}


def test_a_supplier_that_sold_a_recipient_a_share_of_its_arms() -> None:
    # held25-006: India's imports, 14 percent from the US and 7.2 percent from Israel
    read = {(c.subject, c.other): c.share for c in find_claims(
        "Sixty-eight percent of India’s imports were from Russia. The US sold India 14 percent of its weapons and Israel "
        "supplied 7.2 percent.", "2017-02-22") if c.kind == AS and "US sold" in c.sentence}
    assert read == {("IND", "USA"): 14.0, ("IND", "ISR"): 7.2}
    # held35-014: the state before "from which" supplied the share of the recipient's arms
    assert {(c.subject, c.other, c.share) for c in find_claims(
        "Its biggest source was China, from which Pakistan acquired 70% of its arms.") if c.kind == AS} == {
        ("PAK", "CHN", 70.0)}
