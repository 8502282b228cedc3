"""Issue 13, PLOVER round 16: the PLOVER model is also fit on the real-news sets C, D and E (development
data since rounds 14 to 16), as cross-validation over the news sets (folds by page) and the gold records
said it should (docs/coding.md, "PLOVER round 16"). The expected categories are the rows' hand labels
(the fixture's `plover` column), not the coder's output; every test fails on main's coder (4005d02).
"""

from latitude.coding import build
from latitude.coding.coder import classify


def test_the_plover_model_is_fit_on_the_news_sets_a_to_e():
    assert build.NEWS_SETS == tuple(f"plover_news_{n}.tsv" for n in "abcde")
    # 113 + 96 rows of A and B, 100 each of C, D and E
    assert len(build.news_training_rows()) == 509


def test_a_lifted_trade_ban_is_typed_as_a_retreat():
    # D078, labelled RETREAT CHN > AUS (CAMEO 085, eased restrictions); main's classifier gave COOPERATE
    assert classify("China has dropped its last remaining trade bans on Australia’s goods.").plover == "RETREAT"


def test_a_turned_down_extradition_request_is_typed_as_a_rejection():
    # C087, labelled REJECT PAK > IND; main's classifier gave COOPERATE
    sentence = (
        "Pakistan on Monday turned down renewed Indian requests for the extradition of three fugitives while "
        "reiterating its demand for evidence sharing in connection with Mumbai attacks one week ago, diplomatic "
        "sources confirmed to Dawn."
    )
    assert classify(sentence).plover == "REJECT"
