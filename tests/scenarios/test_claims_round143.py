"""Claims round 143 (issue 13): an amount in "U.S. dollars" names a currency, not the United States. "7.97 billion U.S.
dollars" in the sentence before made the United States the owner of "China was the country's biggest supplier", and
"goods worth 177.5 billion US dollars exported to China" ranked the United States among China's partners. Development
rows, quoted with their set and row id; expected values are the rows' hand labels."""
from latitude.scenarios.claims import find_claims

TP = "trading partner"


def _keys(context: str, sentence: str, date: str | None = None) -> set[tuple[str, str, str]]:
    before = {c.sentence for c in find_claims(context, date)} if context else set()
    return {(c.kind, c.subject, c.other) for c in find_claims(f"{context} {sentence}".strip(), date)
            if c.sentence not in before}


def test_dollars_in_the_sentence_before_are_not_the_owner() -> None:
    # held34-020 (heldout34.jsonl): the owner is the Philippines (labelled PHL-CHN), never the United States
    keys = _keys("Of the total external trade, the PSA said 5.18 billion U.S. dollars, or 39.4 percent, were exported "
                 "goods and 7.97 billion U.S. dollars, or 60.6 percent, were imported goods.",
                 "China was the country's biggest supplier of imported goods with 20.3 percent share to total imports "
                 "in February, the PSA said.", "2019-04-11")
    assert (TP, "USA", "CHN") not in keys
    # held144-007 (heldout144.jsonl): the same, after "4.53 billion U.S. dollars"
    keys = _keys("The trade deficit amounted to 4.53 billion U.S. dollars, with an annual decrease of 14.9 percent.",
                 "China was the Southeast Asian country's largest supplier of imported goods, and also the largest "
                 "export destination in April, according to the agency.")
    assert (TP, "USA", "CHN") not in keys


def test_dollars_of_an_amount_are_not_a_partner() -> None:
    # held28-004 (heldout28.jsonl): Korea is China's top source of imports; the United States is no partner named
    keys = _keys("", "The Republic of Korea topped the list of China's main import partners in the last year, with goods "
                     "worth 177.5 billion US dollars exported to China, making up 8.99 percent of the country's total "
                     "imports.")
    assert (TP, "CHN", "KOR") in keys and (TP, "CHN", "USA") not in keys
    # held67-032 (heldout67.jsonl): Vietnam's largest suppliers are China and South Korea, not the United States
    keys = _keys("Between January and May, the United States remained Vietnam's biggest importer with turnovers of 24.6 "
                 "billion U.S. dollars, followed by China with 16.3 billion U.S. dollars and the European Union with "
                 "12.9 billion U.S. dollars, according to the office.",
                 "Meanwhile, China was Vietnam's largest exporter with turnovers of 28.9 billion U.S. dollars, followed "
                 "by South Korea with 17.3 billion U.S. dollars, and the Association of Southeast Asian Nations with "
                 "11.8 billion U.S. dollars, the office said.")
    assert {(TP, "VNM", "CHN"), (TP, "VNM", "KOR")} <= keys and (TP, "VNM", "USA") not in keys


def test_guard_the_united_states_named_beside_dollars_stays() -> None:
    # guard, held67-031 (heldout67.jsonl): "the United States" itself is still Vietnam's biggest importer
    keys = _keys("Export turnovers totalled nearly 99.4 billion U.S. dollars and import turnovers was roughly 97.5 "
                 "billion U.S. dollars during the five-month period, reports Xinhua.",
                 "Between January and May, the United States remained Vietnam's biggest importer with turnovers of 24.6 "
                 "billion U.S. dollars, followed by China with 16.3 billion U.S. dollars and the European Union with "
                 "12.9 billion U.S. dollars, according to the office.")
    assert {(TP, "VNM", "USA"), (TP, "VNM", "CHN")} <= keys
    # guard, held91-004 (heldout91.jsonl): "the U.S." before "sold" is the state, its dollars after a number are not
    keys = _keys("According the Defense Agency for Technology and Quality, the U.S. sold around ten-point-64 billion "
                 "U.S. dollars worth of weapons to Saudi Arabia between 2008 and 2017.",
                 "Australia was the second largest arms client for the U.S. at around seven-point-28 billion dollars, "
                 "followed by South Korea at around six-point-73 billion and the United Arab Emirates(UAE) at around "
                 "six-point-76 billion dollars.", "2019-01-20")
    assert ("arms exports", "USA", "AUS") in keys
