"""The headline table's share of the poles and carry-forward, on a small spine worked by hand."""
from __future__ import annotations

import math

import pandas as pd

from latitude.profile.indices import entropies, headline


def _spine(rows: list[tuple[int, str, float | None]]) -> pd.DataFrame:
    return pd.DataFrame([{"year": y, "focal": "KOR", "pole": p, "dimension": "trade", "measure": "trade_share",
                          "value": v, "source": "test", "flag": ""} for y, p, v in rows])


def test_share_of_poles_is_value_over_the_poles_total_and_missing_when_a_pole_is() -> None:
    spine = _spine([(2000, "USA", 0.20), (2000, "CHN", 0.05),
                    (2001, "USA", 0.18), (2001, "CHN", None),
                    (2002, "USA", 0.0), (2002, "CHN", 0.0)])
    head = headline(spine).set_index(["year", "pole"])
    # 2000: 0.20 / 0.25 and 0.05 / 0.25 (by hand)
    assert math.isclose(head.loc[(2000, "USA"), "share_of_poles"], 0.8)
    assert math.isclose(head.loc[(2000, "CHN"), "share_of_poles"], 0.2)
    # 2001: China missing, so the poles' total is unknown and neither share is given
    assert head.loc[[(2001, "USA"), (2001, "CHN")], "share_of_poles"].isna().all()
    # ... while China's 2000 value is carried one year for the composite
    assert head.loc[(2001, "CHN"), "carried"] == 0.05 and head.loc[(2001, "CHN"), "age"] == 1
    # 2002: a zero total gives no share (not a division by zero)
    assert head.loc[[(2002, "USA"), (2002, "CHN")], "share_of_poles"].isna().all()


def test_entropy_of_ties_on_one_pole_is_plain_zero() -> None:
    # all of the weight on one pole: -(1 ln 1 + 0) / ln 3 = 0 by hand, and printed "0.00", not "-0.00"
    head = headline(_spine([(2018, "USA", 1.0), (2018, "CHN", 0.0), (2018, "JPN", 0.0)]))
    value = entropies(head, ["USA", "CHN", "JPN"])["entropy"].iloc[0]
    assert value == 0.0 and math.copysign(1.0, value) == 1.0
    # an even spread over three poles is 1 (ln 3 / ln 3)
    even = headline(_spine([(2018, "USA", 0.2), (2018, "CHN", 0.2), (2018, "JPN", 0.2)]))
    assert math.isclose(entropies(even, ["USA", "CHN", "JPN"])["entropy"].iloc[0], 1.0)
