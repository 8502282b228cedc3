"""COW IGO 3.0 dyadic and state tables against the raw peacesciencer files."""
from __future__ import annotations

import pyreadr


def test_korea_japan_shared_igos_and_counts(store_con, mirror) -> None:
    dyadic = pyreadr.read_r(str(mirror / "peacesciencer" / "cow_igo_ndy.rda"))["cow_igo_ndy"]
    state = pyreadr.read_r(str(mirror / "peacesciencer" / "cow_igo_sy.rda"))["cow_igo_sy"]
    expected = dyadic[(dyadic.ccode1 == 732) & (dyadic.ccode2 == 740) & (dyadic.year == 2014)].dyadigos.iloc[0]
    assert store_con.execute("SELECT dyadigos, iso3_1, iso3_2 FROM cow_igo_dyadic "
                             "WHERE ccode1 = 732 AND ccode2 = 740 AND year = 2014").fetchall() == \
        [(int(expected), "KOR", "JPN")]
    assert store_con.execute("SELECT count(*) FROM cow_igo_dyadic").fetchall()[0][0] == len(dyadic)
    assert store_con.execute("SELECT count(*) FROM cow_igo_state").fetchall()[0][0] == len(state)
    kor = state[(state.ccode == 732) & (state.year == 1949)].iloc[0]
    assert store_con.execute("SELECT sum_igo_full, sum_igo_anytype, iso3 FROM cow_igo_state "
                             "WHERE ccode = 732 AND year = 1949").fetchall() == \
        [(int(kor.sum_igo_full), int(kor.sum_igo_anytype), "KOR")]
