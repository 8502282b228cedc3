"""The shared HTTP client against a real server on 127.0.0.1: retries on 429 and 5xx honouring
Retry-After, exponential backoff, resumed downloads (Range / If-Range), checksums, and one clear
line when the host cannot be reached.

The 429 body is the Azure API Management answer UN Comtrade sends ("Rate limit is exceeded. Try
again in N seconds.", quoted in uncomtrade/comtradeapicall issue #3); the 401 body is the one
recorded by rOpenSci comtradr in tests/testthat/ct_perform_request_mocks/.../HS-7db768.R.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from latitude.errors import LatitudeError
from latitude.update.http import Client, base_url, rebase

from .conftest import Reply, closed_port_url

RATE_LIMITED = b'{ "statusCode": 429, "message": "Rate limit is exceeded. Try again in 2 seconds." }'
NO_KEY = (b'{ "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include '
          b'subscription key when making requests to an API." }')


def test_429_waits_as_asked_then_500_backs_off(loopback, client: Client) -> None:
    loopback.add("/api", Reply(429, RATE_LIMITED, {"Retry-After": "2"}), Reply(500, b"oops"), Reply(200, b'{"ok": 1}'))
    assert client.get(loopback.url + "api").json() == {"ok": 1}
    # Retry-After: 2 honoured exactly; then the second try's backoff: 1 s * 2**1 (jitter fixed at 1.0)
    assert client.waits == [2.0, 2.0]
    assert len(loopback.seen) == 3


def test_backoff_grows_exponentially_and_gives_up_in_one_line(loopback) -> None:
    waits: list[float] = []
    client = Client(sleep=waits.append, jitter=lambda: 0.0, retries=3, backoff=0.5)
    loopback.add("/down", Reply(503, b"busy"))
    with pytest.raises(LatitudeError) as err:
        client.get(loopback.url + "down")
    # equal jitter: half the exponential step at jitter 0 -> 0.25, 0.5, 1.0
    assert waits == [0.25, 0.5, 1.0]
    assert "still answers HTTP 503 after 4 tries" in str(err.value) and "\n" not in str(err.value)


def test_retry_after_beyond_the_limit_is_one_line(loopback, client: Client) -> None:
    loopback.add("/quota", Reply(429, RATE_LIMITED, {"Retry-After": "86400"}))
    with pytest.raises(LatitudeError, match="asks to wait 86400 s"):
        client.get(loopback.url + "quota")


def test_client_error_names_the_publishers_message(loopback, client: Client) -> None:
    loopback.add("/data/v1/get/C/A/HS", Reply(401, NO_KEY, {"Content-Type": "application/json"}))
    with pytest.raises(LatitudeError) as err:
        client.get(loopback.url + "data/v1/get/C/A/HS", params={"reporterCode": 156, "period": 2020})
    text = str(err.value)
    assert "HTTP 401" in text and "missing subscription key" in text and "\n" not in text
    assert len(loopback.seen) == 1                      # a 401 is not retried


def test_truncated_body_resumes_with_range(loopback, client: Client, tmp_path: Path) -> None:
    body = bytes(range(256)) * 400                     # 102,400 bytes
    loopback.file("/f.zip", body, cut=30_000)
    path = client.download(loopback.url + "f.zip", tmp_path / "f.zip", size=len(body),
                           md5=hashlib.md5(body).hexdigest())
    assert path.read_bytes() == body
    assert loopback.seen[1].headers["Range"] == "bytes=30000-" and loopback.seen[1].headers["If-Range"] == '"v1"'
    assert not (tmp_path / "f.zip.part").exists()


def test_part_file_survives_a_failed_run_and_resumes_next_time(loopback, tmp_path: Path) -> None:
    body = b"x" * 50_000
    loopback.file("/g.bin", body, cut=20_000)
    impatient = Client(sleep=lambda s: None, retries=0)
    with pytest.raises(LatitudeError, match="run again to resume"):
        impatient.download(loopback.url + "g.bin", tmp_path / "g.bin", size=len(body))
    assert (tmp_path / "g.bin.part").stat().st_size == 20_000
    Client(sleep=lambda s: None).download(loopback.url + "g.bin", tmp_path / "g.bin", size=len(body))
    assert (tmp_path / "g.bin").read_bytes() == body
    assert loopback.seen[-1].headers["Range"] == "bytes=20000-"


def test_changed_file_restarts_instead_of_splicing(loopback, client: Client, tmp_path: Path) -> None:
    old, new = b"a" * 10_000, b"b" * 12_000
    loopback.file("/h.csv", old, cut=4_000, etag='"old"')
    with pytest.raises(LatitudeError):
        Client(sleep=lambda s: None, retries=0).download(loopback.url + "h.csv", tmp_path / "h.csv")
    loopback.file("/h.csv", new, etag='"new"')           # republished meanwhile: If-Range no longer matches
    client.download(loopback.url + "h.csv", tmp_path / "h.csv")
    assert (tmp_path / "h.csv").read_bytes() == new


def test_md5_mismatch_deletes_and_says_so(loopback, client: Client, tmp_path: Path) -> None:
    loopback.file("/e.zip", b"payload")
    with pytest.raises(LatitudeError) as err:
        client.download(loopback.url + "e.zip", tmp_path / "e.zip", md5="0" * 32)
    assert "MD5" in str(err.value) and "nothing was loaded" in str(err.value)
    assert not (tmp_path / "e.zip").exists() and not (tmp_path / "e.zip.part").exists()


def test_offline_is_one_clear_line(client: Client, tmp_path: Path) -> None:
    url = closed_port_url()
    with pytest.raises(LatitudeError) as err:
        client.get(url + "anything")
    assert str(err.value).startswith("cannot reach 127.0.0.1:") and "no network?" in str(err.value)
    assert client.waits == []                           # no pointless retries when nothing listens
    with pytest.raises(LatitudeError, match="cannot reach"):
        client.download(url + "file.zip", tmp_path / "file.zip")


def test_base_url_setting_and_rebase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LATITUDE_TEST_URL", "http://mirror.example.org/gdelt")
    assert base_url(None, "LATITUDE_TEST_URL", "http://data.gdeltproject.org/gdeltv2/") == \
        "http://mirror.example.org/gdelt/"
    assert base_url("https://x.org/a/", "LATITUDE_TEST_URL", "http://d/") == "https://x.org/a/"
    with pytest.raises(LatitudeError, match="is not an http"):
        base_url("ftp://x.org", "LATITUDE_TEST_URL", "http://d/")
    assert rebase("http://data.gdeltproject.org/gdeltv2/20250101000000.export.CSV.zip",
                  "http://127.0.0.1:9/g/", strip="/gdeltv2/") == "http://127.0.0.1:9/g/20250101000000.export.CSV.zip"
