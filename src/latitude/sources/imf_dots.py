"""IMF Direction of Trade Statistics (DOTS): exports FOB and imports CIF by partner, million US
dollars, as exported from the IMF portal in early 2022 (SamLeBlanc/Direction-of-Trade-Map).

Table `dots_flows`: year, reporter, reporter_iso3, partner, partner_iso3, flow ('X' exports FOB,
'M' imports CIF, as reported by the reporter), value_musd (million current USD), estimated (the
IMF's 'e' flag: an IMF estimate, often from partner data), workbook (the IMF workbook the row
comes from, e.g. DOTS_106.xlsx for Korea).

Two inputs: the long table the data mirror derived from all 235 workbooks (2010-2020, every
reporter), and four of the original workbooks (Korea DOTS_106, China DOTS_40, Japan DOTS_101,
the USA DOTS_208; 1960-2020), read with the same method (`workbook_rows`) and loaded for the
years the long table lacks (1960-2009). Nicaragua's two identical workbooks are kept once.
IMF country groups (World, Advanced Economies, Euro Area, "... not specified", ...) keep their
name with iso3 NULL. The USSR is RUS and Yugoslavia SRB (latitude's COW-continuity convention).
"""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import _base, _names
from latitude.sources._base import SourceFile, SourceInfo, github_file

REPO, COMMIT = "SamLeBlanc/Direction-of-Trade-Map", "a0b40afbac7cefc59a4b35c1ebe541ac546aafad"
FOLDER = "imf_dots_samleblanc"
LONG = "imf_dots_2010_2020_from_DOTS_xlsx.csv.gz"
WORKBOOKS = {  # workbook -> (reporter, SHA-256)
    "DOTS_106.xlsx": ("KOR", "9aabba7a061cd82382d430b162c20fb8013d61ba3d30a363a06b359a64df2792"),
    "DOTS_40.xlsx": ("CHN", "6d22b33ad43337962f0dd9915ced38c620d1c77c2f502580d9d04523db49ae00"),
    "DOTS_101.xlsx": ("JPN", "f167aec734c59ab725f9e9a1e1e6b291c1b74139449b9de163402364b9fd5c7e"),
    "DOTS_208.xlsx": ("USA", "afe79ff512982fd5e3d525326c34823f24458075d724615454b48fdb8470a1cd"),
}

INFO = SourceInfo(
    name="imf_dots",
    title="IMF Direction of Trade Statistics: exports FOB and imports CIF by partner",
    publisher="International Monetary Fund; portal export by SamLeBlanc (Direction-of-Trade-Map)",
    version="IMF DOTS portal export of early 2022 (SamLeBlanc a0b40afb); long table 2010-2020 derived in the "
            "data mirror",
    licence="(c) IMF, IMF copyright and usage terms (attribution required); repository code MIT",
    citation="International Monetary Fund. Direction of Trade Statistics (DOTS), exports FOB and imports CIF by "
             "partner, US dollars. https://data.imf.org/ (portal export of early 2022, via "
             "SamLeBlanc/Direction-of-Trade-Map).",
    bibtex="""@misc{imf2022dots,
  author = {{International Monetary Fund}}, title = {Direction of Trade Statistics ({DOTS})},
  year = {2022}, note = {Portal export of early 2022}, url = {https://data.imf.org/}}""",
    coverage="2010-2020 (every reporter); 1960-2020 for KOR, CHN, JPN, USA",
    files=(
        SourceFile(name=LONG, mirror_path=f"{FOLDER}/{LONG}", url="",
                   sha256="55e6c5e4dbe1578da41e28e96188b616b0fa863f85936e5c58f5d70c569759de",
                   published=f"derived in the data mirror from {REPO} @ {COMMIT[:8]} : data/DOTS/DOTS_1.xlsx ... "
                             "DOTS_235.xlsx (method in the mirror's SUMMARY.md and latitude.sources.imf_dots)"),
        *(github_file(REPO, COMMIT, f"data/DOTS/{name}", f"{FOLDER}/{name}", sha)
          for name, (_, sha) in WORKBOOKS.items()),
    ),
    tables=("dots_flows",),
    homepage="https://data.imf.org/",
    notes="IMF estimates flagged (estimated = TRUE); reporter-declared; IMF country groups have iso3 NULL.",
)

LONG_COLUMNS = ["reporter", "partner", "flow", "year", "value_usd_millions", "status", "source_file"]
TABLE_COLUMNS = ["year", "reporter", "reporter_iso3", "partner", "partner_iso3", "flow", "value_musd", "estimated",
                 "workbook"]
FLOWS = {"exports_fob": "X", "imports_cif": "M"}
SHEETS = {"Exports, FOB": "X", "Imports, CIF": "M"}
# IMF names the resolver would not match, or might match to a state by regular expression.
OVERRIDES = {"Eastern Germany": "DDR", "Aruba, Kingdom of the Netherlands": "ABW", "Curaçao, Kingdom of the Netherlands": "CUW",
             "Sint Maarten, Kingdom of the Netherlands": "SXM", "Netherlands Antilles": None,
             "Belgium-Luxembourg": None}
GROUP = re.compile(r"not specified|not included elsewhere|economies|euro area|european union|hemisphere|"
                   r"^world$|^africa$|^middle east|sub-saharan|special categories|emerging and developing",
                   re.IGNORECASE)


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def names_to_iso3(names: pd.Series) -> pd.Series:
    """ISO3 for IMF economy names; NULL for IMF country groups and residual areas."""
    groups = {n.strip().lower() for n in pd.unique(names.dropna()) if GROUP.search(n)}
    return _names.names_to_iso3(names, groups, OVERRIDES)


def read_long(duck: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Read the mirror's long table (2010-2020) into table `dots` of a private DuckDB connection:
    year, reporter, partner, flow (X/M), value_musd, estimated, workbook; Nicaragua's duplicate
    workbook (DOTS_144, identical to DOTS_143) dropped."""
    try:
        duck.execute("CREATE OR REPLACE TEMP TABLE dots_raw AS SELECT * FROM read_csv(?, header = true, "
                     "all_varchar = true)", [str(path)])
    except duckdb.Error as exc:
        raise LatitudeError(f"cannot read {path}: truncated or not CSV ({str(exc).splitlines()[0]})") from exc
    columns = [c for c, *_ in duck.execute("DESCRIBE dots_raw").fetchall()]
    missing = [c for c in LONG_COLUMNS if c not in columns]
    if missing:
        raise LatitudeError(f"{path}: missing column(s) {', '.join(missing)}; is the published layout?")
    problems = duck.execute("""
        SELECT count(*) FILTER (WHERE flow NOT IN ('exports_fob', 'imports_cif') OR flow IS NULL),
               count(*) FILTER (WHERE TRY_CAST(value_usd_millions AS DOUBLE) IS NULL
                                   OR TRY_CAST(year AS INTEGER) IS NULL),
               count(*) FILTER (WHERE coalesce(status, '') NOT IN ('', 'e')),
               count(*) FILTER (WHERE TRY_CAST(value_usd_millions AS DOUBLE) < 0),
               any_value(flow) FILTER (WHERE flow NOT IN ('exports_fob', 'imports_cif') OR flow IS NULL)
          FROM dots_raw""").fetchall()[0]
    if problems[0]:
        raise LatitudeError(f"{path}: flow {problems[4]!r} is not exports_fob or imports_cif")
    if problems[1]:
        raise LatitudeError(f"{path}: {problems[1]} row(s) without a numeric value or year; is the file truncated?")
    if problems[2]:
        raise LatitudeError(f"{path}: {problems[2]} row(s) with a status other than the IMF 'e' flag")
    if problems[3]:
        raise LatitudeError(f"{path}: {problems[3]} negative value(s); is this the published file?")
    duck.execute("""
        CREATE OR REPLACE TEMP TABLE dots AS
        SELECT CAST(year AS INTEGER) AS year, reporter, partner,
               CASE flow WHEN 'exports_fob' THEN 'X' ELSE 'M' END AS flow,
               CAST(value_usd_millions AS DOUBLE) AS value_musd, coalesce(status = 'e', false) AS estimated,
               source_file AS workbook
          FROM dots_raw
        QUALIFY row_number() OVER (PARTITION BY reporter, partner, flow, year
                                   ORDER BY CAST(regexp_extract(source_file, '(\\d+)', 1) AS INTEGER)) = 1""")
    duck.execute("DROP TABLE dots_raw")


def long_table(path: Path) -> pd.DataFrame:
    """The mirror's long table (2010-2020) as a DataFrame (see `read_long`)."""
    duck = duckdb.connect()
    try:
        read_long(duck, path)
        return duck.execute("SELECT * FROM dots ORDER BY reporter, partner, flow, year").df()
    finally:
        duck.close()


def workbook_rows(path: Path) -> pd.DataFrame:
    """One IMF DOTS workbook in the long layout, by the method the mirror used for its long table:
    reporter in cell B4, years in row 7, partners in column B from row 8; exact duplicate rows (the
    export repeats the Australia row first) dropped; a trailing ' e' marks an IMF estimate; empty
    cells dropped; values rounded to 3 decimals (thousand USD)."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        sheets = {name: book.get_sheet_by_name(name).to_python(skip_empty_area=False)
                  for name in book.sheet_names if name in SHEETS}
    except (CalamineError, OSError, ValueError) as exc:
        raise LatitudeError(f"cannot read {path}: truncated or not an Excel workbook ({exc.__class__.__name__})") \
            from exc
    missing = [name for name in SHEETS if name not in sheets]
    if missing:
        raise LatitudeError(f"{path}: no sheet {missing[0]!r}; is this an IMF DOTS workbook?")
    frames = [_sheet_rows(sheets[name], flow, path) for name, flow in SHEETS.items()]
    return pd.concat(frames, ignore_index=True).assign(workbook=path.name)


def _sheet_rows(rows: list[tuple], flow: str, path: Path) -> pd.DataFrame:
    if len(rows) < 8 or len(rows[3]) < 2 or rows[3][1] in (None, ""):
        raise LatitudeError(f"{path}: too few rows or no reporter in B4; is this an IMF DOTS workbook?")
    reporter = str(rows[3][1]).strip()
    header = rows[6]
    years = {i: int(float(v)) for i, v in enumerate(header) if i >= 2 and v not in (None, "")}
    if not years:
        raise LatitudeError(f"{path}: no years in row 7; is this an IMF DOTS workbook?")
    body = pd.DataFrame([r for r in rows[7:] if len(r) > 1 and r[1] not in (None, "")]).drop_duplicates()
    records = []
    for row in body.itertuples(index=False):
        partner = str(row[1]).strip()
        for i, year in years.items():
            value = row[i] if i < len(row) else None
            if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
                continue
            estimated = isinstance(value, str) and value.strip().endswith(" e")
            number = value.strip()[:-2] if estimated else value
            try:
                number = round(float(number), 3)
            except (TypeError, ValueError) as exc:
                raise LatitudeError(f"{path}: {partner} {year}: {value!r} is not a number") from exc
            records.append((year, reporter, partner, flow, number, estimated))
    out = pd.DataFrame(records, columns=["year", "reporter", "partner", "flow", "value_musd", "estimated"])
    return out.astype({"year": "int32"})


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    paths = _base.local_files(INFO, raw)
    duck = duckdb.connect()
    try:
        read_long(duck, paths[LONG])
        early = pd.concat([workbook_rows(paths[name]) for name in WORKBOOKS], ignore_index=True)
        duck.register("early", early)
        # the workbooks fill the reporter-years the long table lacks (1960-2009 for these four)
        duck.execute("""INSERT INTO dots SELECT year, reporter, partner, flow, value_musd, estimated, workbook
                        FROM early WHERE (reporter, year) NOT IN (SELECT DISTINCT reporter, year FROM dots)""")
        names = pd.Series([n for (n,) in duck.execute("SELECT reporter FROM dots UNION SELECT partner FROM dots"
                                                          ).fetchall()], dtype="object")
        duck.register("iso3", pd.DataFrame({"name": names, "iso3": names_to_iso3(names)}))
        table = duck.sql("""
            SELECT d.year, d.reporter, r.iso3 AS reporter_iso3, d.partner, p.iso3 AS partner_iso3, d.flow,
                   d.value_musd, d.estimated, d.workbook
              FROM dots d LEFT JOIN iso3 r ON d.reporter = r.name LEFT JOIN iso3 p ON d.partner = p.name
             ORDER BY d.reporter, d.partner, d.flow, d.year""").to_arrow_table()
        span = duck.execute("SELECT min(year), max(year) FROM dots").fetchall()[0]
    finally:
        duck.close()
    return store.replace_source(con, INFO, {"dots_flows": table}, coverage=(int(span[0]), int(span[1])))
