"""The edge validators: each bad value is refused with one line naming the parameter and the fix."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from latitude import validate
from latitude.errors import LatitudeError, printable

THIS_YEAR = dt.date.today().year


def one_line(call, *args, **kwargs) -> str:
    """The message of the LatitudeError `call` raises, checked to be a single printable line."""
    with pytest.raises(LatitudeError) as info:
        call(*args, **kwargs)
    message = str(info.value)
    assert "\n" not in message and message == printable(message), message
    return message


@pytest.mark.parametrize("value, expected", [("0.25", 0.25), (0, 0.0), (1, 1.0), ("1e-3", 0.001), (0.5, 0.5)])
def test_fraction_accepts_shares(value, expected) -> None:
    assert validate.fraction(value, "--cut") == expected


@pytest.mark.parametrize("value, words", [
    ("nan", "finite"), ("inf", "finite"), ("-inf", "finite"), (float("nan"), "finite"), (float("inf"), "finite"),
    (True, "must be a number"), ("true", "must be a number"), ("", "must be a number"), ("0x10", "must be a number"),
    ("1,5", "must be a number"), (None, "must be a number"), ([0.2], "must be a number"),
    (2, "at most 1"), (-0.1, "at least 0"), ("1e309", "finite"),
])
def test_fraction_refuses(value, words) -> None:
    message = one_line(validate.fraction, value, "--tie-share")
    assert message.startswith("--tie-share") and words in message


def test_number_open_bounds() -> None:
    assert validate.number("0.5", "--cut", 0, 1, low_open=True, high_open=True) == 0.5
    assert "above 0" in one_line(validate.number, 0, "--cut", 0, 1, low_open=True, high_open=True)
    assert "below 1" in one_line(validate.number, "1", "--cut", 0, 1, low_open=True, high_open=True)


@pytest.mark.parametrize("value, expected", [("2014", 2014), (1816, 1816), (THIS_YEAR, THIS_YEAR), (" 1990 ", 1990)])
def test_year_accepts_the_data_span(value, expected) -> None:
    assert validate.year(value) == expected


@pytest.mark.parametrize("value", [-1, 0, 1815, THIS_YEAR + 1, 2030 if THIS_YEAR < 2030 else 9999,
                                   99999999999999999999, "99999999999999999999", "-1", "20x4", True, 2014.5, "nan"])
def test_year_refuses_outside_the_data_span(value) -> None:
    message = one_line(validate.year, value, "--year")
    assert message.startswith(f"--year must be a year between 1816 and {THIS_YEAR}")


def test_parse_years_bounds_and_defaults() -> None:
    assert validate.parse_years("1990-2023") == (1990, 2023)
    assert validate.parse_years(None, (1990, 2014)) == (1990, 2014)
    assert validate.parse_years("  ", (1990, 2014)) == (1990, 2014)
    # a range must overlap the data span (each source then checks its own coverage, naming it)
    assert validate.parse_years("1700-1990") == (1700, 1990)
    assert "is outside 1816-" in one_line(validate.parse_years, "1700-1800")
    assert "is outside 1816-" in one_line(validate.parse_years, f"{THIS_YEAR + 1}-{THIS_YEAR + 5}")
    assert "not a range of years" in one_line(validate.parse_years, "2020-99999")
    assert "not a range of years" in one_line(validate.parse_years, "99999999999999999999")
    assert "first year must not exceed" in one_line(validate.parse_years, "2023-1990")
    assert "not understood" in one_line(validate.parse_years, "-1")
    assert "a year or a range" in one_line(validate.parse_years, "1" * 41)   # long input refused before parsing
    assert validate.parse_years("2000-2010", span=(1946, 2023)) == (2000, 2010)
    assert "1946-2023" in one_line(validate.parse_years, "1900-1940", span=(1946, 2023))


def test_date() -> None:
    assert validate.date(" 2014-02-10") == dt.date(2014, 2, 10)
    assert "YYYY-MM-DD" in one_line(validate.date, "10/02/2026")
    assert "not a calendar date" in one_line(validate.date, "2023-02-30")
    assert "outside 1816-" in one_line(validate.date, "1700-01-01")


def test_integer_and_port() -> None:
    assert validate.integer("20", "--bootstrap", 0, validate.MAX_BOOTSTRAP) == 20
    assert f"between 0 and {validate.MAX_BOOTSTRAP}" in one_line(validate.integer, 100_000, "--bootstrap", 0,
                                                                 validate.MAX_BOOTSTRAP)
    assert "whole number" in one_line(validate.integer, 2.5, "--top")
    assert "whole number" in one_line(validate.integer, True, "--top")
    assert validate.port("8000") == 8000
    for bad in (0, 65_536, 99_999, -1, "http"):
        assert one_line(validate.port, bad).startswith("--port must")
    assert validate.host("127.0.0.1") == "127.0.0.1"
    assert "host name" in one_line(validate.host, "a b")


def test_country_names_are_bounded_before_matching() -> None:
    assert validate.country("Rep. of Korea") == "KOR"
    message = one_line(validate.name, "x" * 16_000, "FOCAL")
    assert "16,000 characters" in message and "100" in message
    message = one_line(validate.name, "KOR\x1b[2J", "FOCAL")
    assert "\\x1b[2J" in message and "control characters" in message
    assert "empty" in one_line(validate.name, "  ", "FOCAL")


@pytest.mark.parametrize("text, expected", [("USA,CHN, Japan", ["USA", "CHN", "JPN"]), ("ROK", ["KOR"]),
                                            (["USA", 710], ["USA", "CHN"])])
def test_country_list_accepts(text, expected) -> None:
    assert validate.country_list(text, "--poles") == expected


@pytest.mark.parametrize("text, words", [
    ("KOR,,CHN", "empty item (number 2)"), ("USA,CHN,", "empty item (number 3)"), ("", "is empty"),
    ("USA,United States", "names USA twice"), ("USA,usa", "names USA twice"),
    ("KOR,USA", "includes KOR, the focal country"), ("USA,Narnia", "unknown country 'Narnia'; closest: "),
    (",".join(["USA"] * 61), "more than 60"), ("x" * 7000, "7,000 characters"),
])
def test_country_list_refuses(text, words) -> None:
    message = one_line(validate.country_list, text, "--with", exclude={"KOR": "the focal country"})
    assert words in message
    # the parameter is named: first, or after the resolver's own message ("... (--with, item 2)")
    assert message.startswith("--with") or message.endswith("(--with, item 2)")


def test_weights() -> None:
    key = validate.weights("CHN=3, JPN=2", "--coercion", key=lambda k: validate.country(k))
    assert key == {"CHN": 3.0, "JPN": 2.0}
    assert validate.weights(None, "--coercion") == {}
    assert "finite" in one_line(validate.weights, "CHN=inf", "--coercion")
    assert "at least 0" in one_line(validate.weights, "CHN=-3", "--coercion")
    assert "gives CHN twice" in one_line(validate.weights, "CHN=1,CHN=2", "--coercion")
    assert "bad item" in one_line(validate.weights, "CHN", "--coercion")
    assert "empty item" in one_line(validate.weights, "CHN=1,,JPN=2", "--coercion")


def test_input_files(tmp_path: Path) -> None:
    good = tmp_path / "a.csv"
    good.write_text("iso3,distance\nKOR,0.2\n", encoding="utf-8")
    assert validate.input_file(good, "--distance") == good
    assert validate.text_file(good, "--distance").startswith("iso3")
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbfhello")
    assert validate.text_file(bom, "article") == "hello"
    cases = {
        tmp_path / "missing.csv": "not found",
        tmp_path: "is a directory",
        _write(tmp_path / "empty.csv", b""): "is empty",
        _write(tmp_path / "bin.csv", bytes(range(256))): "binary file, not UTF-8",
        _write(tmp_path / "u16.csv", "iso3\n".encode("utf-16")): "UTF-16 text, not UTF-8",
        _write(tmp_path / "latin1.csv", "Côte d'Ivoire".encode("latin-1")): "not UTF-8",
    }
    for path, words in cases.items():
        assert words in one_line(validate.text_file, path, "--distance"), path
    assert "more than the 5" in one_line(validate.text_file, good, "x", max_bytes=5)
    assert "should end in .json" in one_line(validate.input_file, good, "x", suffixes=(".json",))


def test_input_file_head_may_split_a_character(tmp_path: Path) -> None:
    # 65,536-byte head ends inside a two-byte character: the file itself is valid UTF-8.
    path = _write(tmp_path / "long.txt", ("a" * 65_535 + "é" + "b" * 10).encode("utf-8"))
    assert validate.input_file(path, "article") == path


def test_fifo_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line(validate.input_file, fifo, "article")


def test_output_files(tmp_path: Path) -> None:
    assert validate.output_file(tmp_path / "x.png", "--plot", (".png",)) == tmp_path / "x.png"
    assert validate.output_file(tmp_path / "X.PNG", "--plot", (".png",)).name == "X.PNG"
    missing = tmp_path / "missing" / "deeper"
    assert "does not exist: create it first" in one_line(validate.output_file, missing / "x.png", "--plot", (".png",))
    assert not (tmp_path / "missing").exists()      # never created, even as root
    assert "should end in .png" in one_line(validate.output_file, tmp_path / "x.txt", "--plot", (".png",))
    (tmp_path / "d.png").mkdir()
    assert "is a directory" in one_line(validate.output_file, tmp_path / "d.png", "--plot", (".png",))
    # /proc refuses new files even for root: the probe finds out before any work is done
    assert "cannot write in /proc" in one_line(validate.output_file, Path("/proc/x.png"), "--plot", (".png",))
    assert list(tmp_path.glob(".latitude-probe-*")) == []


def test_printable_escapes_control_characters() -> None:
    assert printable("a\x1b[31mb\x00c\nd\x9b") == "a\\x1b[31mb\\x00c\\nd\\x9b"
    assert printable("Türkiye – Côte d'Ivoire") == "Türkiye – Côte d'Ivoire"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_output_folders(tmp_path: Path) -> None:
    assert validate.output_folder(tmp_path, "--out") == tmp_path                       # an existing folder
    assert validate.output_folder(tmp_path / "charts", "--out") == tmp_path / "charts"  # a new one, parent exists
    assert not (tmp_path / "charts").exists()                                           # the writer creates it
    assert "does not exist" in one_line(validate.output_folder, tmp_path / "a" / "charts", "--out")
    (tmp_path / "file").write_text("x")
    assert "is a file" in one_line(validate.output_folder, tmp_path / "file", "--out")
