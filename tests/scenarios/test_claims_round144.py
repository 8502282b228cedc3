"""Claims round 144 (issue 13): a sentence that ranks its own subject as "the country's" partner ("China is the
country's biggest supplier of imported goods") does not hand that subject on as the owner a next sentence carries.
Development rows, quoted with their set and row id; expected values are the rows' hand labels (the owner of each row's
partners is the Philippines, named nowhere in the row, so it stays not found)."""
from latitude.scenarios.claims import find_claims

TP = "trading partner"


def _keys(context: str, sentence: str, date: str | None = None) -> set[tuple[str, str, str]]:
    before = {c.sentence for c in find_claims(context, date)} if context else set()
    return {(c.kind, c.subject, c.other) for c in find_claims(f"{context} {sentence}".strip(), date)
            if c.sentence not in before}


def test_a_partner_ranked_by_the_country_is_not_the_next_owner() -> None:
    # held134-007 (heldout134.jsonl): Japan, Indonesia, the United States and Thailand are the Philippines' partners
    keys = _keys("China is the country's biggest supplier of imported goods at $2.28 billion, or 23.2 percent of the "
                 "country's total imports in September.",
                 "Other major import partners include Japan, Indonesia, the United States, and Thailand.", "2024-01-26")
    assert not {k for k in keys if k[0] == TP and k[1] == "CHN"}
    # held117-004 (heldout117.jsonl): Korea and Japan are the Philippines' suppliers, not China's
    keys = _keys("China has remained the country’s top supplier of imported goods, which amounted to $2 billion in "
                 "January 2019, an increase of 24.5% compared to $1.61 billion in January 2018.",
                 "Korea emerged as the second biggest supplier of imports with $789.56 million, followed by Japan $789 "
                 "million, USA $650.68 million, Thailand $602.67 million, Indonesia $502.46 million, Singapore $439.60 "
                 "million, Taiwan $423.29 million, Vietnam $356.86 million, and Malaysia $316.74 million.", "2019-03-12")
    assert not {k for k in keys if k[0] == TP and k[1] == "CHN"}


def test_a_partner_ranked_mid_sentence_is_not_the_next_owner() -> None:
    # held92-004 (heldout92.jsonl): Singapore is the Philippines' second source of imports, not the United States'
    keys = _keys("Accounting for 13.4% of the total import bill, the US was once more the country’s biggest source of "
                 "imports for January with shipments of $570.72 million from the same month last year’s $578.82 "
                 "million, or a dip of 1.4%.",
                 "Singapore, the second biggest source of imports with a 12.7% share, recorded payments worth $540.01 "
                 "million, up 60.6% from $336.23 million in January 2009.")
    assert (TP, "USA", "SGP") not in keys


def test_guard_the_owner_a_ranking_names_is_still_carried() -> None:
    # guard, held23-017 (heldout23.jsonl): "the country" after a sentence naming Pakistan is Pakistan
    keys = _keys("UK, which stood at the second spot for exports from Pakistan received $4.8 billion worth of "
                 "shipments, exhibiting a 9.2 percent rise.",
                 "And China, the world’s second-largest economy was the country’s third biggest export destination "
                 "receiving $1.74 billion worth of shipments, rising 7.3 percent from last FY17.")
    assert (TP, "PAK", "CHN") in keys
    # guard, held34-013 (heldout34.jsonl): Bangladesh, named before, owns Germany's place
    keys = _keys("EPB data show the export earnings from the United States, the largest export market for Bangladesh, "
                 "in the July-April period of 2018-19 grew by 16.17 per cent to $5.71 billion from $4.92 billion in the "
                 "same period in the previous fiscal.",
                 "The country’s exports to Germany, the second largest destination for its goods, grew by 7.10 per cent "
                 "to $5.26 billion in the same period compared to $4.91 billion in that period of the previous fiscal.")
    assert (TP, "BGD", "DEU") in keys
