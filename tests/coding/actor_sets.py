"""The layout every held-out actors set shares (actors rounds 18 to 20): its columns, one id per row, cited pages,
dates that parse, and each labelled name in its sentence with its state among the row's states."""

import datetime as dt
from functools import cache
from pathlib import Path

import pandas as pd

from substrings import SubstringIndex

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "coding"


def read_actor_set(name: str, rows: int, pages: int, dated: int) -> tuple[pd.DataFrame, list[str]]:
    """The set's rows (checked: columns, `rows` unique ids, `pages` cited pages, `dated` rows with a date that
    parses) and its labelled "name=ISO3" items, in order."""
    frame = pd.read_csv(FIXTURES / name, sep="\t", dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["id", "url", "article_date", "text", "names", "states"]
    assert len(frame) == rows and frame["id"].is_unique
    assert frame["url"].str.startswith(("http://", "https://")).all()
    assert frame["url"].nunique() == pages
    assert (frame["article_date"] != "").sum() == dated
    for value in frame["article_date"]:
        if value:
            dt.date.fromisoformat(value)
    return frame, [item for names in frame["names"] for item in names.split(";")]


def check_runs_name_the_person_first(frame: pd.DataFrame, longest: int) -> None:
    """Each page's rows stand together, two to `longest` of them, and each one-word name of a later row is a word of a
    name an earlier row of its page gave (a surname after the full name: actors rounds 89 and 90's sets)."""
    urls = list(frame["url"])
    for url in set(urls):
        first, count = urls.index(url), urls.count(url)
        assert urls[first : first + count] == [url] * count and 2 <= count <= longest
        seen: set[str] = set()
        for position in range(first, first + count):
            names = [item.rsplit("=", 1)[0] for item in frame.iloc[position]["names"].split(";")]
            if position > first:
                assert all(name in seen for name in names if " " not in name)
            seen |= {word for name in names for word in name.split()}


def check_names_in_rows(frame: pd.DataFrame, codes: set[str]) -> None:
    """Every row's states are known codes, and each labelled name (a place marked "@") stands in the row's text
    with its state among the row's states."""
    for row in frame.itertuples():
        states = row.states.split()
        assert set(states) <= codes
        for item in row.names.split(";"):
            name, code = item.rsplit("=", 1)
            assert name.lstrip("@") in row.text and code in states


@cache
def _fixture_index() -> tuple[tuple[str, ...], SubstringIndex]:
    """Every coding fixture's file name and an index of their texts, built once per run (each held-out actors set is
    checked against all)."""
    paths = sorted(FIXTURES.glob("*.tsv"))
    return tuple(path.name for path in paths), SubstringIndex([path.read_text(encoding="utf-8") for path in paths])


def check_shares_no_page_or_sentence(name: str) -> None:
    """No other coding fixture holds a page (its address past the scheme) or a sentence of the held-out actors set
    `name`."""
    frame = pd.read_csv(FIXTURES / name, sep="\t", dtype=str, keep_default_na=False)
    names, index = _fixture_index()
    for row in frame.itertuples():
        assert not [names[n] for n in index.holders(row.url.split("://", 1)[1]) if names[n] != name]
        assert not [names[n] for n in index.holders(row.text) if names[n] != name]
