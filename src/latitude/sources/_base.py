"""What every source module shares: its description, fetching with checksums, safe readers.

A source module defines `INFO = SourceInfo(...)` and three functions with the same shape:
`info()`, `fetch(dest=None, mirror=None)` and `load(con, raw=None)`. Adding a source means
copying that pattern (see `sources/atop.py`, the shortest one).
"""
from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from latitude.errors import LatitudeError
from latitude.store import raw_dir


@dataclass(frozen=True)
class SourceFile:
    """One published file: where it is published, its path in a mirror, its SHA-256."""

    name: str           # file name under the source's raw folder
    mirror_path: str    # path relative to a mirror directory
    url: str            # download address of the published file
    sha256: str
    published: str     # human-readable: "owner/repo @ commit : path"
    mirror_sha256: str = ""  # checksum of the mirror's copy when it differs (gzipped there, plain when published)

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "sha256": self.sha256, "published": self.published, "url": self.url}


@dataclass(frozen=True)
class SourceInfo:
    """Description of a data source: what it is, who publishes it, how to cite it."""

    name: str
    title: str
    publisher: str
    version: str
    licence: str
    citation: str
    bibtex: str
    coverage: str
    files: tuple[SourceFile, ...]
    tables: tuple[str, ...]
    homepage: str = ""
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def github_file(repo: str, commit: str, path: str, mirror_path: str, sha256: str,
                name: str | None = None, mirror_sha256: str = "") -> SourceFile:
    """A file published in a GitHub repository at a given commit (`mirror_sha256`: the checksum of
    the mirror's gzipped copy, when the mirror keeps it gzipped)."""
    return SourceFile(
        name=name or Path(path).name, mirror_path=mirror_path,
        url=f"https://github.com/{repo}/raw/{commit}/{path}", sha256=sha256,
        published=f"{repo} @ {commit} : {path}", mirror_sha256=mirror_sha256)


def mirror_dir(mirror: str | Path | None = None) -> Path | None:
    """The mirror directory given explicitly, else LATITUDE_MIRROR, else none."""
    value = mirror or os.environ.get("LATITUDE_MIRROR")
    return Path(value).expanduser() if value else None


def source_dir(info: SourceInfo, raw: str | Path | None = None) -> Path:
    """The folder holding a source's fetched files."""
    return Path(raw or raw_dir()) / info.name


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(path: Path, expected: str, origin: str | Path | None = None) -> None:
    """Raise a one-line error if `path` does not have the published checksum. `origin` is
    where the bytes came from (a mirror file or URL), named in the message when `path` is a
    temporary copy that is deleted after the check."""
    actual = sha256_of(path)
    if actual != expected:
        fix = ("replace it in the mirror with the published file" if origin is not None and not str(origin).startswith(
            ("http://", "https://")) else "delete it and run `latitude data pull` again")
        raise LatitudeError(
            f"checksum mismatch for {origin or path}: expected {expected[:12]}…, got {actual[:12]}… "
            f"(corrupt or different release; {fix})")


def _download(url: str, target: Path, timeout: float = 30.0) -> None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response, open(target, "wb") as out:
            shutil.copyfileobj(response, out)
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        raise LatitudeError(
            f"cannot download {url} ({exc.__class__.__name__}): no network? "
            "pass --mirror DIR or set LATITUDE_MIRROR to a directory holding the files") from exc


def fetch(info: SourceInfo, dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    """Put a source's files in `dest` (default: its raw folder), verified by SHA-256.

    Files already present with the right checksum are kept; otherwise each is copied from the
    mirror directory if one is given (argument or LATITUDE_MIRROR), else downloaded from where
    it is published. A mirror copy gzipped where the published file is plain (`.gz` in the mirror
    only) is checked against `mirror_sha256` and decompressed. A file is moved into place only
    after its checksum matches.
    """
    folder = Path(dest) if dest else source_dir(info)
    folder.mkdir(parents=True, exist_ok=True)
    base = mirror_dir(mirror)
    for file in info.files:
        target = folder / file.name
        if target.exists() and sha256_of(target) == file.sha256:
            continue
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{file.name}.", delete=False) as tmp:
            tmp_path = Path(tmp.name)
        try:
            origin: Path | str
            if base is not None:
                origin = base / file.mirror_path
                if not origin.exists():
                    raise LatitudeError(f"{origin} is missing from the mirror {base}: check --mirror / LATITUDE_MIRROR")
                if file.mirror_sha256:
                    verify(origin, file.mirror_sha256)
                if origin.suffix == ".gz" and not file.name.endswith(".gz"):
                    _gunzip(origin, tmp_path)
                else:
                    shutil.copyfile(origin, tmp_path)
            elif not file.url:
                raise LatitudeError(f"{file.name} is not published for download ({file.published}): "
                                    "pass --mirror DIR or set LATITUDE_MIRROR to a directory holding it")
            else:
                origin = file.url
                _download(file.url, tmp_path)
            verify(tmp_path, file.sha256, origin)
            os.replace(tmp_path, target)
        finally:
            tmp_path.unlink(missing_ok=True)
    return folder


def _gunzip(origin: Path, target: Path) -> None:
    try:
        with gzip.open(origin, "rb") as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out)
    except (OSError, EOFError) as exc:
        raise LatitudeError(f"cannot decompress {origin}: truncated or not gzip ({exc})") from exc


def local_files(info: SourceInfo, raw: str | Path | None = None) -> dict[str, Path]:
    """Paths of a source's fetched files, checking each is present and intact."""
    folder = source_dir(info, raw)
    paths: dict[str, Path] = {}
    for file in info.files:
        path = folder / file.name
        if not path.exists():
            raise LatitudeError(f"{path} is missing: run `latitude data pull {info.name} --mirror DIR`")
        verify(path, file.sha256)
        paths[file.name] = path
    return paths


def read_rda(path: Path, obj: str | None = None) -> pd.DataFrame:
    """Read one data frame from an R `.rda`/`.RData` file, with a one-line error if unreadable."""
    import pyreadr

    try:
        result = pyreadr.read_r(str(path), use_objects=[obj] if obj else None)
    except Exception as exc:  # pyreadr raises its own and zlib/OS errors on truncated files
        raise LatitudeError(f"cannot read {path}: truncated or not an R data file ({exc})") from exc
    if not result:
        raise LatitudeError(f"{path} holds no data frame{f' named {obj!r}' if obj else ''}")
    return next(iter(result.values()))


def require_columns(df: pd.DataFrame, columns: list[str] | tuple[str, ...], path: Path | str) -> None:
    """One-line error naming the file and the columns it lacks."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise LatitudeError(f"{path}: missing column(s) {', '.join(missing)}; is this the published layout?")


def year_span(series: pd.Series) -> tuple[int | None, int | None]:
    """(first, last) year of a column, ignoring missing values."""
    values = pd.to_numeric(series, errors="coerce").dropna()
    return (int(values.min()), int(values.max())) if len(values) else (None, None)


def to_int(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Cast R doubles holding codes and years to nullable integers."""
    for col in columns:
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("Float64").round().astype("Int64")
    return df
