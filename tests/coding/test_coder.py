"""Realistic news sentences about Korea, China, Japan and the USA, hand-coded with CAMEO (Schrodt,
CAMEO codebook 1.1b3): expected source, target and CAMEO root of the event each reports."""

import pytest

from latitude.coding import FIELDS, code, code_sentence
from latitude.coding.coder import classify, goldstein, plover_of

# sentence, article date, source, target, CAMEO root
SENTENCES = [
    ("South Korean President Lee Jae-myung met Chinese President Xi Jinping in Gyeongju on Saturday.", "2025-11-03", "KOR", "CHN", "04"),
    ("North Korea fired two short-range ballistic missiles into the East Sea on Thursday, the Joint Chiefs of Staff said.", "2025-11-08", "PRK", None, "15"),
    ("Japan lodged a protest with China over the coast guard incursion near the Senkaku Islands.", "2025-11-03", "JPN", "CHN", "11"),
    ("The United States imposed new sanctions on North Korean banks and shipping firms.", "2025-11-03", "USA", "PRK", "16"),
    ("Prime Minister Takaichi will visit Seoul in early January for talks with President Lee.", "2025-12-01", "JPN", "KOR", "03"),  # intent to meet, 036
    ("China condemned the joint military drills by the United States and South Korea.", "2025-11-03", "CHN", "USA", "11"),
    ("Chinese Foreign Minister Wang Yi accused Japan of interfering in China's internal affairs.", "2025-11-20", "CHN", "JPN", "11"),
    ("Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang.", "2024-06-19", "RUS", "PRK", "05"),
    ("Washington urged Beijing to use its influence to rein in Pyongyang.", "2025-11-03", "USA", "CHN", "02"),
    ("President Yoon Suk Yeol praised Japan's decision to lift export restrictions on South Korea.", "2023-03-20", "KOR", "JPN", "05"),
    ("Kim Jong Un threatened to use nuclear weapons against South Korea and the United States.", "2024-10-08", "PRK", "KOR", "13"),
    ("South Korean police arrested three Chinese nationals for filming a US aircraft carrier in Busan.", "2025-11-03", "KOR", "CHN", "17"),
    ("Japan and South Korea agreed to resume shuttle diplomacy between their leaders.", "2023-03-17", "JPN", "KOR", "03"),
    ("Trump met Kim Jong Un at the demilitarized zone in June 2019.", "2019-07-02", "USA", "PRK", "04"),
    ("Beijing rejected Tokyo's demand to lift its ban on Japanese seafood imports.", "2023-09-01", "CHN", "JPN", "12"),
    ("Chinese warships conducted live-fire exercises near Taiwan last week.", "2025-11-03", "CHN", "TWN", "15"),
    ("US Secretary of State Marco Rubio will travel to Tokyo next week to meet Japanese Foreign Minister Toshimitsu Motegi.", "2025-11-03", "USA", "JPN", "03"),
    ("Seoul will provide humanitarian aid to North Korea through the World Food Programme.", "2025-11-03", "KOR", "PRK", "03"),
]


@pytest.mark.parametrize(("sentence", "date", "source", "target", "root"), SENTENCES)
def test_news_sentence(sentence, date, source, target, root):
    import datetime as dt

    records = code_sentence(sentence, dt.date.fromisoformat(date))
    assert records, "no event coded"
    record = records[0]
    assert (record["source"], record["target"], record["cameo"][:2]) == (source, target, root)


def test_record_fields_and_consistency():
    records = list(code("Japan lodged a protest with China on Tuesday. The weather was fine.", date="2026-01-15"))
    assert len(records) == 1  # the second sentence names no actor
    record = records[0]
    assert tuple(record) == FIELDS
    assert record["date"] == "2026-01-13"
    assert record["goldstein"] == goldstein(record["cameo"])
    assert record["plover"] == plover_of(record["cameo"])
    assert 0.0 <= record["confidence"] <= 1.0
    assert (record["source_sector"], record["target_sector"]) == (None, None)


def test_leader_resolution_uses_article_date():
    sentence = "President Lee visited Tokyo."
    import datetime as dt

    now = code_sentence(sentence, dt.date(2025, 8, 23))[0]
    between = code_sentence(sentence, dt.date(2020, 1, 1))[0]
    assert (now["source"], now["source_sector"]) == ("KOR", "government")
    assert (between["source"], between["source_sector"]) == ("KOR", None)


def test_jsonl_articles(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(
        '{"id": "a1", "date": "2026-01-15", "text": "Seoul summoned the Japanese ambassador on Monday."}\n'
        '{"text": "Beijing condemned the drills."}\n',
        encoding="utf-8",
    )
    records = list(code(path, date="2026-02-01"))
    assert [r["file"] for r in records] == ["news.jsonl:a1", "news.jsonl:2"]
    assert [r["date"] for r in records] == ["2026-01-12", "2026-02-01"]


def test_article_dicts_and_lists():
    articles = [
        {"id": "x", "date": "2026-01-15", "text": "Tokyo protested to Beijing yesterday."},
        "Seoul summoned the Japanese ambassador.",
    ]
    records = list(code(articles, date="2026-01-20"))
    assert [(r["file"], r["date"], r["source"], r["target"]) for r in records] == [
        ("x", "2026-01-14", "JPN", "CHN"),
        ("<text>", "2026-01-20", "KOR", "JPN"),
    ]


def test_bad_inputs_raise_one_line_errors(tmp_path):
    from latitude.errors import LatitudeError

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\nnot json\n', encoding="utf-8")
    with pytest.raises(LatitudeError, match=r"bad.jsonl:2: not valid JSON"):
        list(code(bad))
    with pytest.raises(LatitudeError, match="no such file"):
        list(code(tmp_path / "missing.txt"))
    with pytest.raises(LatitudeError, match="bad date"):
        list(code("Seoul protested.", date="15/01/2026"))


def test_wire_dateline_is_not_an_actor():
    from latitude.coding.text import strip_dateline

    assert strip_dateline("SEOUL, Jan. 14 (Yonhap) -- South Korea and Japan agreed.") == "South Korea and Japan agreed."
    assert strip_dateline("WASHINGTON (Reuters) - The U.S. said.") == "The U.S. said."
    assert strip_dateline("US - China talks resumed.") == "US - China talks resumed."
    text = "SEOUL, Jan. 14 (Yonhap) -- South Korea and Japan agreed Wednesday to step up security cooperation."
    (record,) = code(text, date="2026-01-14")
    assert (record["source"], record["source_sector"], record["target"]) == ("KOR", None, "JPN")


def test_title_words_join_one_actor():
    import datetime as dt

    (record,) = code_sentence("Foreign Minister Cho Hyun held talks with his Japanese counterpart Toshimitsu Motegi.",
                           dt.date(2026, 1, 14))
    assert (record["source"], record["target"], record["target_sector"]) == ("KOR", "JPN", "government")


def test_conflibert_classes_put_reduced_relations_in_verbal_conflict():
    from latitude.coding.classifier import conflibert_class, conflibert_of_root

    # GDELT / PLOVER: CAMEO 16 is material conflict; ConfliBERT's annotators label it verbal conflict.
    assert [conflibert_of_root(c) for c in ("162", "163", "190")] == ["4", "4", "4"]
    assert [conflibert_class(c) for c in ("162", "163", "190", "143", "120", "0871", "010")] == \
        ["3", "3", "4", "4", "3", "2", "0"]
    event = classify("Canberra suspended military aid to Fiji after the coup.")
    assert (event.cameo, event.plover, event.quad) == ("162", "SANCTION", "3")
