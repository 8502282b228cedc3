"""World Bank WITS trade summaries (all years, by reporter) for KOR, CHN, JPN and USA, and Korea's
monthly trade with China from KOSIS.

Tables:
- `wits_trade_summary` (long): reporter, reporter_iso3, partner, partner_iso3 (NULL for totals,
  "World", "Unspecified" and "nes" groups), product (NULL where WITS prints "..."), indicator_type,
  indicator, year, value — as published (units are in the indicator name, e.g. "US$ Mil").
  Empty cells have no row.
- `kosis_monthly_trade`: month (DATE), reporter_iso3 (KOR), partner, partner_iso3, exports,
  imports (thousand current US dollars, not seasonally adjusted).
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from latitude import countries, store
from latitude.errors import LatitudeError
from latitude.sources import _base, _codes
from latitude.sources._base import SourceInfo, github_file

WITS_REPO, WITS_COMMIT = "mpawliuk/Statistical-Ramsey-Economic-Data", "c4166cd5"
WITS_SHA256 = {"KOR": "a922b33d480880c74336fa96a21c2a6089f62271faa0d5eb6b8685987225bd5e",
               "CHN": "32b2b10fd19da60ce4b9b00c86df8ab5839da8cf7239d26397dfbe1789d81de0",
               "JPN": "54dc81177295dc6c77a88e9b57ed30c012e9a87ee3ac4633191f90e3c365d41d",
               "USA": "2efd4c98af873b31d81fbd0ee0b402686ad01de50c5111e323b90ccbe5a02daf"}
KOSIS_FILE = "korea-china-trade-data.csv"
ID_COLUMNS = ["Reporter", "Partner", "Product categories", "Indicator Type", "Indicator"]
NOT_A_PARTNER = {"...", "world", "unspecified"}

INFO = SourceInfo(
    name="wits",
    title="World Bank WITS trade summaries (KOR, CHN, JPN, USA) and KOSIS monthly Korea-China trade",
    publisher="World Bank, World Integrated Trade Solution (files kept in mpawliuk/Statistical-Ramsey-Economic-"
              "Data); Statistics Korea, KOSIS (file kept in mizydorczyk/relationship-between-trade-and-the-"
              "exchange-rate)",
    version="WITS all-years summaries to 2015 (c4166cd5); KOSIS 2001-01 to 2019-12 accessed 2025-05-23 (0826f6ea)",
    licence="WITS: World Bank terms of use (attribution); KOSIS: free use with source stated",
    citation=("World Bank. World Integrated Trade Solution (WITS), Trade Summary, all years. "
              "https://wits.worldbank.org. Statistics Korea. Korean Statistical Information Service (KOSIS), "
              "table DT_1R11006_FRM101 (exports and imports by country). https://kosis.kr."),
    bibtex="""@misc{worldbank_wits,
  author = {{World Bank}}, title = {World Integrated Trade Solution ({WITS}): Trade Summary},
  url = {https://wits.worldbank.org}, note = {all-years country summaries}}
@misc{kosis_trade,
  author = {{Statistics Korea}}, title = {Korean Statistical Information Service ({KOSIS}): exports and imports
  by country, DT\\_1R11006\\_FRM101}, url = {https://kosis.kr}, note = {accessed 2025-05-23}}""",
    coverage="WITS 1988-2015; KOSIS monthly 2001-2019",
    files=tuple(
        github_file(WITS_REPO, WITS_COMMIT, f"en_{iso3}_AllYears_WITS_Trade_Summary.CSV",
                    f"trade_korea_misc/WITS_en_{iso3}_AllYears_Trade_Summary.csv", sha,
                    name=f"WITS_en_{iso3}_AllYears_Trade_Summary.csv")
        for iso3, sha in WITS_SHA256.items()) + (
        github_file("mizydorczyk/relationship-between-trade-and-the-exchange-rate", "0826f6ea",
                    f"assets/{KOSIS_FILE}", f"trade_korea_misc/mizydorczyk_{KOSIS_FILE}",
                    "fa03e5802beff6e4f6ac4c375ece565238acff75025595b00c341848ae34c3aa", name=KOSIS_FILE),),
    tables=("wits_trade_summary", "kosis_monthly_trade"),
    homepage="https://wits.worldbank.org/CountryProfile/en/",
)


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def partner_iso3(names: pd.Series) -> pd.Series:
    """ISO3 of WITS partner names; missing for totals, 'World', 'Unspecified' and '... nes' groups."""
    keep = ~(names.str.strip().str.lower().isin(NOT_A_PARTNER) | names.str.contains(r"\bnes\b", regex=True))
    return countries.names_to_iso3(names.where(keep))


def parse_summary(path: Path) -> pd.DataFrame:
    """One WITS all-years summary (years as columns) as a long table."""
    wide = pd.read_csv(path, dtype={c: str for c in ID_COLUMNS})
    _base.require_columns(wide, ID_COLUMNS, path)
    years = [c for c in wide.columns if c not in ID_COLUMNS]
    if not years or not all(str(y).strip().isdigit() for y in years):
        raise LatitudeError(f"{path}: expected year columns after {', '.join(ID_COLUMNS)}; got {years[:3]}")
    long = wide.melt(id_vars=ID_COLUMNS, value_vars=years, var_name="year", value_name="value")
    long["value"] = pd.to_numeric(long["value"].astype(str).str.strip().replace({"": None}), errors="coerce")
    long = long.dropna(subset=["value"])
    reporter_iso3 = countries.names_to_iso3(long["Reporter"])
    if reporter_iso3.isna().any():
        raise LatitudeError(f"{path}: unknown reporter {long.loc[reporter_iso3.isna(), 'Reporter'].iloc[0]!r}")
    product = long["Product categories"].where(long["Product categories"].str.strip() != "...")
    return pd.DataFrame({
        "reporter": long["Reporter"], "reporter_iso3": reporter_iso3,
        "partner": long["Partner"], "partner_iso3": partner_iso3(long["Partner"]),
        "product": product, "indicator_type": long["Indicator Type"], "indicator": long["Indicator"],
        "year": long["year"].astype(int), "value": long["value"]}).reset_index(drop=True)


def parse_kosis(path: Path) -> pd.DataFrame:
    """KOSIS monthly exports and imports of Korea by partner (thousand US dollars)."""
    df = pd.read_csv(path, dtype={"Date": str})
    _base.require_columns(df, ["Country", "Date", "Exports", "Imports"], path)
    months = pd.to_datetime(df["Date"], format="%Y.%m", errors="coerce")
    if months.isna().any():
        raise LatitudeError(f"{path}: unexpected month {df.loc[months.isna(), 'Date'].iloc[0]!r}; expected YYYY.MM")
    names = df["Country"].str.replace("peoples' republic of", "People's Republic", regex=False)
    partners = countries.names_to_iso3(names)
    if partners.isna().any():
        raise LatitudeError(f"{path}: unknown partner {df.loc[partners.isna(), 'Country'].iloc[0]!r}")
    out = pd.DataFrame({"month": months.dt.date, "reporter_iso3": "KOR", "partner": df["Country"],
                        "partner_iso3": partners,
                        "exports": pd.to_numeric(df["Exports"], errors="coerce"),
                        "imports": pd.to_numeric(df["Imports"], errors="coerce")})
    for col in ("exports", "imports"):
        _codes.check_non_negative(out[col], path, col)
    return out


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    paths = _base.local_files(INFO, raw)
    summary = pd.concat([parse_summary(paths[f"WITS_en_{iso3}_AllYears_Trade_Summary.csv"]) for iso3 in WITS_SHA256],
                        ignore_index=True)
    kosis = parse_kosis(paths[KOSIS_FILE])
    return store.replace_source(con, INFO, {"wits_trade_summary": summary, "kosis_monthly_trade": kosis},
                                coverage=_base.year_span(summary["year"]))
