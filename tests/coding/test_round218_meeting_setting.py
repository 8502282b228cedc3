"""Issue 13, coder round 218: the article's own meeting or visit named by its noun as the subject of "comes" / "came"
telling its setting ("... came as Japan and South Korea bolstered ...", "The meetings came on the sidelines of ...",
"... comes at a time when ...", "... comes amid ...") is that meeting or visit, as coder round 199's "comes a day
after" is. Development rows are quoted from cited sets (tests/fixtures/coding/, row ids given), expectations their hand
labels; each of the first three tests fails with main's code (no record); the guards hold on both."""

from prose_rows import article_records, row_pairs


def _sentence_codes(text: str, start: str) -> set[tuple[str, str | None, str]]:
    return {(r["source"], r["target"], r["cameo"]) for r in article_records(text) if r["sentence"].startswith(start)}


def test_the_meetings_came_on_the_sidelines():
    # held-out 201 XW015: "The meetings came on the sidelines of the G-20 Foreign Ministers Meeting in Brazil."
    # (labelled TUR<>SAU and TUR<>FRA CONSULT; main: no record)
    assert frozenset(("TUR", "FRA")) in row_pairs("heldout201_prose.tsv", "XW015")


def test_the_announced_meetings_came_as():
    # held-out 174 QI002: "The upcoming three-way meetings came as Japan and South Korea bolstered security and economic
    # ties with the United States in the face of increasing threats from the Chinese Communist Party (CCP) and its
    # ally, North Korea." (labelled the three pairs' AGREE/CONSULT; main: no record)
    assert frozenset(("JPN", "KOR")) in row_pairs("heldout174_prose.tsv", "QI002")


def test_a_general_setting_after_two_meetings():
    lead = ("Turkish Foreign Minister Hakan Fidan met his Saudi counterpart Prince Faisal bin Farhan on Wednesday. "
            "Fidan also held talks with French Foreign Minister Jean-Noel Barrot. ")
    s = "The meetings came on the sidelines of the G20 foreign ministers' gathering in Rio de Janeiro."
    assert {(a, b) for a, b, _ in _sentence_codes(lead + s, "The meetings came")} == {("TUR", "FRA")}
    lead = ("Chinese Premier Li Qiang will meet South Korean President Lee Jae-myung and Japanese Prime Minister "
            "Shigeru Ishiba in Seoul next week. ")
    s = "The upcoming three-way meetings came as Japan and South Korea bolstered security ties with the United States."
    assert _sentence_codes(lead + s, "The upcoming three-way")


def test_guards_a_sentence_alone_another_meeting_and_a_condition():
    s = "The meetings came on the sidelines of the G20 foreign ministers' gathering in Rio de Janeiro."
    assert not _sentence_codes(s, "The meetings came")
    lead = ("Turkish Foreign Minister Hakan Fidan met his Saudi counterpart Prince Faisal bin Farhan on Wednesday. "
            "Fidan also held talks with French Foreign Minister Jean-Noel Barrot. ")
    nxt = "The next meeting comes at a time of rising tension in the Gulf."
    assert not _sentence_codes(lead + nxt, "The next meeting")
    cond = "If the meeting comes as planned, the two sides could sign a deal."
    assert not _sentence_codes(lead + cond, "If the meeting")
