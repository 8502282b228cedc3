"""Issue 13, coder round 80 (launches coded with the wrong launcher: the reporting, detecting or condemning state): a
state named where the weapon came down ("the missile landed within what Japan describes as its exclusive economic
zone", "landed in seas off Oga Peninsula, to the west of Akita Prefecture, in Northern Honshu") is not the article's
launcher. Each sentence is a development row of held-out 67 (an excerpt of a piece on a North Korean launch told by
Japan's defence minister, which names North Korea only in its last rows), coded in its article as the prose scores code
it; its hand labels are PRK>- MOBILIZE with JPN>- STATEMENT, so a Japanese launch is a wrong record."""

from __future__ import annotations

from prose_rows import row_records


def _japanese_launches(row_id: str, text: str) -> list[dict]:
    records = row_records("heldout67_prose.tsv", row_id, text)
    return [r for r in records if r["source"] == "JPN" and r["plover"] == "MOBILIZE"]


def test_the_state_where_the_missile_landed_is_no_launcher():
    assert _japanese_launches(
        "MY022",
        "Defense Minister Gen Nakatani told a press briefing that what was believed to be a Nodong medium-range class "
        "ballistic missile flew for around 1,000 kilometers and landed in seas off Oga Peninsula, to the west of Akita "
        "Prefecture, in Northern Honshu.",
    ) == []
    assert _japanese_launches(
        "MY023",
        "Nakatani said that the missile landed within what Japan describes as its exclusive economic zone in the Sea of "
        "Japan and said his agency is currently \"analyzing the situation.\"",
    ) == []
