"""Coder round 82 (issue 13): a visit or meeting announced, scheduled, expected or planned ("Kerry will visit the United
Kingdom", "is expected to meet", "is scheduled to meet") keeps its CAMEO code 036 (express intent to meet) but is PLOVER
CONSULT, the category of meetings and visits, as the labelled prose sets take the visit an article announces
(`SRC>TGT CONSULT`); an invitation extended stays AGREE. Expected types are the hand labels of development rows."""

import datetime as dt

from latitude.coding.coder import code_sentence


def _typed(sentence: str, date: dt.date | None = None) -> set[tuple[str, str, str]]:
    return {(r["source"], r["target"], r["plover"]) for r in code_sentence(sentence, date)}


def test_an_announced_visit_is_consult_an_invitation_agree():
    # held-out 43 r036 (development), labelled USA>GBR ... USA>QAT CONSULT
    found = _typed("Kerry will visit the United Kingdom, Germany, France, Italy, Turkey, Egypt, Saudi Arabia, the United "
                   "Arab Emirates, and Qatar from Feb. 24 to March 6.")
    assert {("USA", "GBR", "CONSULT"), ("USA", "QAT", "CONSULT")} <= found
    assert not any(plover == "AGREE" for _, _, plover in found)
    # held-out 9 W084 (development), labelled JPN>IND CONSULT | JPN>IND AGREE: the invitation stays AGREE
    invited = _typed("During his visit to Delhi, Japanese Prime Minister Fumio Kishida had invited Prime Minister Modi "
                     "to attend the G7 leaders’ summit in Hiroshima.", dt.date(2023, 4, 30))
    assert ("JPN", "IND", "AGREE") in invited


def test_an_expected_or_scheduled_meeting_is_consult():
    # held-out 43 r045 (development), labelled USA<>GBR ... USA<>ITA CONSULT
    found = _typed("The U.S. secretary of state is expected to meet officials of Britain, Germany, France and Italy on "
                   "bilateral ties and international cooperation.", dt.date(2013, 2, 25))
    assert ("USA", "DEU", "CONSULT") in found
    # held-out 9 W032 (development), labelled JPN>KOR CONSULT | JPN<>KOR AGREE/CONSULT
    stay = _typed("During his two-day stay, Iwaya is scheduled to meet with Acting President Choi Sang-mok and other "
                  "officials.", dt.date(2025, 1, 13))
    assert ("JPN", "KOR", "CONSULT") in stay

