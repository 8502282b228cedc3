"""Coder round 77 (issue 13): meetings whose partners stand in the next comma clause — people met, named by a plural
people noun that closes the verb's clause ("met global leaders", "held bilateral talks with several world leaders"),
are the named people of the "including" list right after it. Expected pairs read by hand from the sentences."""

import datetime as dt

from latitude.coding.coder import Article, code


def _meetings(sentence: str, date: dt.date | None = None) -> set[frozenset[str]]:
    # coded as a one-sentence article, as a user's file is (the article context resolves "he")
    return {frozenset((r["source"], r["target"])) for r in code(Article("t", sentence, date)) if r["cameo"] == "040"}


def test_people_of_an_including_list_are_met():
    # held-out 75's NV025 (development): a meeting verb whose object is "global leaders"
    met = _meetings(
        "From Nigeria, PM Modi travelled to Brazil to attend the G20 Summit, where he met global leaders, including US "
        "President Joe Biden, French President Emmanuel Macron and UK Prime Minister Keir Starmer.", dt.date(2024, 11, 19)
    )
    assert {frozenset(("IND", "USA")), frozenset(("IND", "FRA")), frozenset(("IND", "GBR"))} <= met
    # held-out 29's Y030 (development): "held bilateral talks with several world leaders, including ..."
    held = _meetings(
        "Modi attended the BIMSTEC Summit and held bilateral talks with several world leaders, including Thai Prime "
        "Minister Paetongtarn Shinawatra, Bhutan PM Tshering Tobgay and Nepal PM KP Sharma Oli.", dt.date(2025, 4, 5)
    )
    assert {frozenset(("IND", "THA")), frozenset(("IND", "BTN")), frozenset(("IND", "NPL"))} <= held
    # a people noun with a state of its own ("the leaders of ASEAN") keeps its state; the list adds no one
    assert _meetings("Modi met the leaders of ASEAN, including Indonesian President Joko Widodo.", dt.date(2019, 6, 1)) == {
        frozenset(("IND", "IGO"))
    }
