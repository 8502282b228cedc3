"""CEPII BACI: bilateral trade by HS6 product for every country pair, from release files a user
downloads (the year files are too large for the mirror; BACI is not part of `latitude data build`).

Published layout, one CSV per year (`BACI_HS92_Y2022_V202401b.csv`): t (year), i (exporter) and
j (importer) as BACI's numeric country codes, k (HS6 code, text with leading zeros), v (value,
thousands of current USD), q (quantity, metric tons; missing for ~2% of flows, written NA). Each
release ships `country_codes_V*.csv` (country_code, country_name, country_iso2, country_iso3;
releases up to V202301 name them country_name_abbreviation, iso_2digit_alpha, iso_3digit_alpha)
and `product_codes_HS*_V*.csv` (code, description).

`load_files(con, paths)` streams every year file into the store through DuckDB (`read_csv` with
explicit types, `INSERT ... SELECT`), never holding a year in memory, inside one transaction: a
malformed or partial file (wrong header, non-numeric value, cut-off last line, country code missing
from the dictionary) raises a one-line error naming the file (and line where DuckDB reports it) and
leaves the previous BACI tables as they were.

Tables: `baci_flows` (year, exporter_iso3, importer_iso3, hs6, value_kusd, quantity_t),
`baci_products` (hs6, description), `baci_countries` (country_code, country_name, iso2, iso3).
BACI's code 490 "Other Asia, nes" (ISO3 written S19) is Taiwan and is keyed TWN.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from latitude import store
from latitude.errors import LatitudeError
from latitude.events_ingest import lookups_as_build_side
from latitude.sources import _base
from latitude.sources._base import SourceInfo

INFO = SourceInfo(
    name="baci",
    title="CEPII BACI: international trade database at the product level (HS6)",
    publisher="CEPII",
    version="user-supplied release",
    licence="Etalab Open Licence 2.0 (cite CEPII)",
    citation=("Gaulier, Guillaume and Soledad Zignago. 2010. BACI: International Trade Database at the "
              "Product-Level. The 1994-2007 Version. CEPII Working Paper 2010-23."),
    bibtex="""@techreport{gaulierzignago2010baci,
  author = {Gaulier, Guillaume and Zignago, Soledad},
  title = {BACI: International Trade Database at the Product-Level. The 1994-2007 Version},
  institution = {CEPII}, type = {Working Paper}, number = {2010-23}, year = {2010}}""",
    coverage="1995- (HS92 release); depends on the files loaded",
    files=(),
    tables=("baci_flows", "baci_products", "baci_countries"),
    homepage="https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37",
    notes="Not in the mirror: download a release from CEPII and run `latitude products load-baci DIR`.",
)

FLOW_HEADER = ["t", "i", "j", "k", "v", "q"]
COUNTRY_LAYOUTS = (
    ["country_code", "country_name", "country_iso2", "country_iso3"],
    ["country_code", "country_name_abbreviation", "country_name_full", "iso_2digit_alpha", "iso_3digit_alpha"],
)
PRODUCT_HEADER = ["code", "description"]
ISO3_FIXES = {"S19": "TWN"}
# q read as text (padded files): blank or NA -> missing, anything else must be a number.
QUANTITY_TEXT = ("CASE WHEN trim(q) IN ('', 'NA') THEN NULL ELSE coalesce(TRY_CAST(trim(q) AS DOUBLE), "
                 """error('BACI: quantity "' || q || '" is not a number')) END""")
HOW_TO = "download a release from https://www.cepii.fr (BACI) and run `latitude products load-baci DIR`"
# BACI's country codes are ISO 3166-1 numeric codes (three digits) plus a few of its own (490 Other
# Asia, 899 Areas n.e.s.): anything else in a dictionary is not a BACI code.
MAX_COUNTRY_CODE = 999


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    """BACI has no fixed published file list: the user downloads a release (see `load_files`)."""
    folder = Path(dest) if dest else _base.source_dir(INFO)
    if not folder.exists() or not any(folder.glob("*.csv")):
        raise LatitudeError(f"BACI files are not in the mirror or in {folder}: {HOW_TO}")
    return folder


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    """Load the release files placed in the raw folder (`<raw>/baci/`)."""
    return load_files(con, [fetch(_base.source_dir(INFO, raw))], show_progress=False)


def _header(path: Path) -> list[str]:
    with open(path, "rb") as fh:
        first = fh.readline(4096).decode("utf-8-sig", errors="replace")
    return [c.strip().strip('"').strip().lower() for c in first.strip().split(",")]


def _padded_quantities(path: Path) -> bool:
    """Does the file pad missing quantities ("      NA"), as fixed-width exports do?

    Such files take a slower text path for q; the others are read with q typed as DOUBLE."""
    with open(path, "rb") as fh:
        head = fh.read(1 << 16).decode("utf-8", errors="replace")
    return any(re.search(r",\s*NA\s*$", line) and not line.endswith(",NA") for line in head.splitlines()[1:])


def _ends_with_newline(path: Path) -> bool:
    size = path.stat().st_size
    if size == 0:
        return False
    with open(path, "rb") as fh:
        fh.seek(size - 1)
        return fh.read(1) == b"\n"


def classify(paths: Iterable[str | Path]) -> dict[str, list[Path]]:
    """Sort inputs (files or release folders) into year files, country and product dictionaries."""
    found: dict[str, list[Path]] = {"flows": [], "countries": [], "products": []}
    for given in paths:
        path = Path(given).expanduser()
        if not path.exists():
            raise LatitudeError(f"{path} does not exist: {HOW_TO}")
        candidates = sorted(path.rglob("*.csv")) if path.is_dir() else [path]
        for file in candidates:
            header = _header(file)
            name = file.name.lower()
            if header == FLOW_HEADER:
                found["flows"].append(file)
            elif header in COUNTRY_LAYOUTS:
                found["countries"].append(file)
            elif header == PRODUCT_HEADER:
                found["products"].append(file)
            elif name.startswith(("country_codes", "product_codes", "baci_")) or not path.is_dir():
                expected = {"country": ",".join(COUNTRY_LAYOUTS[0]), "product": ",".join(PRODUCT_HEADER)}.get(
                    name.split("_")[0], ",".join(FLOW_HEADER))
                raise LatitudeError(f"{file}: line 1: header '{','.join(header)}' is not BACI's '{expected}'")
    if not found["flows"]:
        raise LatitudeError(f"no BACI year file (header t,i,j,k,v,q) among {', '.join(map(str, paths))}")
    if not found["countries"]:
        raise LatitudeError("no BACI country dictionary (country_codes_V*.csv) among the inputs: "
                            "pass the release folder or that file too")
    if len(found["countries"]) > 1 or len(found["products"]) > 1:
        raise LatitudeError("several BACI releases among the inputs: load one release (one country_codes and "
                            "one product_codes file) at a time")
    return found


def _csv_error(path: Path, exc: duckdb.Error) -> LatitudeError:
    """DuckDB's multi-line CSV error -> one line naming the file and line."""
    text = str(exc)
    line = re.search(r"CSV Error on Line: (\d+)", text)
    custom = re.search(r"BACI: (.*)", text)
    if custom:
        reason = custom.group(1).strip()
    else:
        body = [ln.strip() for ln in text.splitlines() if ln.strip()]
        detail = [ln for ln in body[1:] if not ln.startswith("Original Line")]
        reason = detail[0] if detail else body[0]
    where = f"line {line.group(1)}: " if line else ""
    return LatitudeError(f"{path}: {where}{reason.rstrip('.')}; is the file complete and in BACI's layout?")


def _read(path: Path, columns: dict[str, str]) -> str:
    cols = ", ".join(f"'{k}': '{v}'" for k, v in columns.items())
    return (f"read_csv('{_sql_str(path)}', header=true, auto_detect=false, delim=',', quote='\"', "
            f"escape='\"', strict_mode=true, nullstr=['NA', ''], columns={{{cols}}})")


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


def _release(paths: list[Path]) -> str:
    versions = sorted({m.group(1) for p in paths for m in [re.search(r"_(V\d{6}[a-z]?)", p.name)] if m})
    return ", ".join(versions) if versions else "unknown release"


def load_files(con: duckdb.DuckDBPyConnection, paths: Iterable[str | Path], show_progress: bool = True,
               checksums: bool = True) -> dict[str, int]:
    """Replace the BACI tables with the given release files (folders or CSVs) in one transaction."""
    with lookups_as_build_side(con):
        return _load_release(con, paths, show_progress, checksums)


def _load_release(con: duckdb.DuckDBPyConnection, paths: Iterable[str | Path], show_progress: bool,
                  checksums: bool) -> dict[str, int]:
    paths = list(paths)
    found = classify(paths)
    for file in found["flows"]:
        if not _ends_with_newline(file):
            raise LatitudeError(f"{file}: its last line is cut off (no final newline): the file is truncated; "
                                "download it again")
    country_file = found["countries"][0]
    new_layout = _header(country_file) == COUNTRY_LAYOUTS[0]
    if new_layout:
        country_cols = {"country_code": "BIGINT", "country_name": "VARCHAR", "country_iso2": "VARCHAR",
                        "country_iso3": "VARCHAR"}
        country_select = "country_code, country_name, country_iso2 AS iso2, country_iso3 AS iso3"
    else:
        country_cols = {"country_code": "BIGINT", "country_name_abbreviation": "VARCHAR",
                        "country_name_full": "VARCHAR", "iso_2digit_alpha": "VARCHAR", "iso_3digit_alpha": "VARCHAR"}
        country_select = ("country_code, country_name_abbreviation AS country_name, iso_2digit_alpha AS iso2, "
                          "iso_3digit_alpha AS iso3")
    fixes = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in ISO3_FIXES.items())
    flows = found["flows"]
    inputs = [country_file, *found["products"], *flows]
    # Checksums for provenance run in a thread beside the load (hashlib releases the GIL).
    hasher = ThreadPoolExecutor(max_workers=1)
    digests = [hasher.submit(_base.sha256_of, p) if checksums else None for p in inputs]
    con.execute(store.PROVENANCE_DDL)
    counts: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        current = country_file
        con.execute(f"""CREATE OR REPLACE TABLE baci_countries AS
            SELECT country_code, country_name, iso2,
                   CASE trim(iso3) {fixes} ELSE trim(iso3) END AS iso3
            FROM (SELECT {country_select} FROM {_read(country_file, country_cols)})""")
        _check_country_codes(con, country_file)
        con.execute("ALTER TABLE baci_countries ALTER country_code TYPE INTEGER")
        if found["products"]:
            current = found["products"][0]
            con.execute(f"""CREATE OR REPLACE TABLE baci_products AS
                SELECT lpad(trim(code), 6, '0') AS hs6, description
                FROM {_read(current, {'code': 'VARCHAR', 'description': 'VARCHAR'})}""")
        con.execute("""CREATE OR REPLACE TABLE baci_flows (year SMALLINT, exporter_iso3 VARCHAR,
            importer_iso3 VARCHAR, hs6 VARCHAR, value_kusd DOUBLE, quantity_t DOUBLE)""")
        # Country codes -> ISO3 through two hash joins on the dictionary (a few hundred rows), kept
        # as the build side; a code outside the dictionary gives NULL and so the error below.
        con.execute("CREATE OR REPLACE TEMP TABLE _lat_baci_iso3 AS "
                    "SELECT country_code AS code, iso3 FROM baci_countries WHERE iso3 <> ''")
        with Progress(TextColumn("[bold]BACI {task.description}"), BarColumn(),
                      TextColumn("{task.completed}/{task.total} files"), TimeElapsedColumn(),
                      disable=not show_progress) as progress:
            task = progress.add_task("loading", total=len(flows))
            for file in flows:
                current = file
                progress.update(task, description=file.name)
                padded = _padded_quantities(file)
                source = _read(file, {"t": "SMALLINT", "i": "INTEGER", "j": "INTEGER", "k": "VARCHAR",
                                      "v": "DOUBLE", "q": "VARCHAR" if padded else "DOUBLE"})
                quantity = QUANTITY_TEXT if padded else "q"
                con.execute(f"""INSERT INTO baci_flows
                    SELECT t,
                           coalesce(e.iso3, error('BACI: exporter code ' || i::VARCHAR ||
                                    ' is not in the country dictionary')),
                           coalesce(m.iso3, error('BACI: importer code ' || j::VARCHAR ||
                                    ' is not in the country dictionary')),
                           lpad(k, 6, '0'),
                           CASE WHEN v IS NULL OR t IS NULL OR k IS NULL
                                THEN error('BACI: a row lacks its year, product or value') ELSE v END,
                           {quantity}
                    FROM {source} f
                    LEFT JOIN _lat_baci_iso3 e ON e.code = f.i
                    LEFT JOIN _lat_baci_iso3 m ON m.code = f.j""")
                progress.advance(task)
        if not found["products"]:
            con.execute("""CREATE OR REPLACE TABLE baci_products AS
                SELECT DISTINCT hs6, NULL::VARCHAR AS description FROM baci_flows""")
        current = None
        for table in INFO.tables:
            counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        span = con.execute("SELECT min(year), max(year) FROM baci_flows").fetchall()[0]
        files = [{"name": p.name, "sha256": d.result() if d is not None else "",
                  "published": f"CEPII BACI {_release(inputs)}", "url": INFO.homepage} for p, d in zip(inputs, digests)]
        store.write_provenance(con, INFO, counts, (span[0], span[1]), files, version=f"BACI {_release(inputs)}")
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        if current is None:
            raise
        raise _csv_error(current, exc) from exc
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        hasher.shutdown(cancel_futures=True)
        con.execute("DROP TABLE IF EXISTS _lat_baci_iso3")
    return counts


def _check_country_codes(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """One-line error for a dictionary code that is not a BACI code (missing, negative, above 999)
    or that appears twice (each flow would then be counted twice)."""
    bad = con.execute(f"""SELECT country_code FROM baci_countries
                          WHERE country_code IS NULL OR country_code NOT BETWEEN 0 AND {MAX_COUNTRY_CODE}
                          LIMIT 1""").fetchall()
    if bad:
        code = "a missing code" if bad[0][0] is None else f"code {bad[0][0]}"
        raise LatitudeError(f"{path}: {code} is not a BACI country code (ISO 3166 numeric, 0-{MAX_COUNTRY_CODE}); "
                            "is the file complete and in BACI's layout?")
    twice = con.execute("SELECT country_code, count(*) FROM baci_countries GROUP BY 1 HAVING count(*) > 1 "
                        "ORDER BY 1 LIMIT 1").fetchall()
    if twice:
        raise LatitudeError(f"{path}: country code {twice[0][0]} appears {twice[0][1]} times; each code must appear "
                            "once (is it one release's dictionary?)")
