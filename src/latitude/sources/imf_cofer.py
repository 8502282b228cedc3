"""IMF Currency Composition of Official Foreign Exchange Reserves (COFER): what share of the
world's reserves is held in dollars, euros, yen, renminbi, ... annual and quarterly, 1995-2025Q1.

Context for the "dollar's shadow" pillar, reported as such: COFER publishes only the World and
two country groups; each country's own reserve composition (Korea's included) is confidential.

Table `cofer_shares`: area ('World', 'Advanced Economies', 'Emerging Market and Developing
Economies'), freq ('A' | 'Q'), period ('2024' | '2024-Q4'), year, quarter (NULL for annual),
currency (ISO 4217: USD, EUR, JPY, GBP, CNY, CAD, AUD, CHF, and the legacy DEM, FRF, NLG, XEU for
the ECU; 'other' for other currencies; 'allocated', 'unallocated' and 'total' for reserves in all
currencies), measure ('share_allocated': percent of allocated reserves; 'share_total': allocated
or unallocated reserves in percent of total reserves; 'amount_usd': US dollars), value.
Annual figures are end-of-year positions (the annual 2024 value equals 2024-Q4). The export
stores amounts in US dollars; its SCALE column ('Millions') is the portal's display scale.
"""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import _base, _codes
from latitude.sources._base import SourceInfo, github_file

REPO, COMMIT = "mfrischmuth/Humble-Conviction-Portfolio", "ec840e3e7cfbb7f8af262b171193df226197f7dd"
FILE = "dataset_2025-09-07T20_18_24.972351557Z_DEFAULT_INTEGRATION_IMF.STA_COFER_7.0.0.csv"

INFO = SourceInfo(
    name="imf_cofer",
    title="IMF Currency Composition of Official Foreign Exchange Reserves (COFER)",
    publisher="International Monetary Fund (data portal export shared by mfrischmuth)",
    version="IMF.STA:COFER 7.0.0, published 2025-07-09 (downloaded 2025-09-07)",
    licence="(c) IMF, IMF copyright and usage terms (attribution required)",
    citation="International Monetary Fund. Currency Composition of Official Foreign Exchange Reserves (COFER), "
             "IMF.STA:COFER 7.0.0, published 9 July 2025. https://data.imf.org/en/datasets/IMF.STA:COFER",
    bibtex="""@misc{imf2025cofer,
  author = {{International Monetary Fund}},
  title = {Currency Composition of Official Foreign Exchange Reserves ({COFER})},
  year = {2025}, note = {IMF.STA:COFER 7.0.0, published 2025-07-09},
  url = {https://data.imf.org/en/datasets/IMF.STA:COFER}}""",
    coverage="1995-2025Q1, annual and quarterly; World, advanced and emerging economies only",
    files=(github_file(REPO, COMMIT, f"data_collector/Historical Data/{FILE}", f"imf_cofer/{FILE}.gz",
                       "86e9305cede7ef0e75d200cd928fdcec368754735b5d425dcd60d1b0e5a52e1e",
                       mirror_sha256="1a0b7e54ce00ca3835a1d74c855510f304fcc7790620e6c4f948930ad0a9df97"),),
    tables=("cofer_shares",),
    homepage="https://data.imf.org/en/datasets/IMF.STA:COFER",
    notes="Context only: country-level COFER data are confidential (no Korea).",
)

META = ["SERIES_CODE", "COUNTRY", "INDICATOR", "FXR_CURRENCY", "TYPE_OF_TRANSFORMATION", "FREQUENCY", "UNIT",
        "SCALE"]
CURRENCIES = {"US dollar": "USD", "Euro": "EUR", "Japanese yen": "JPY", "Pound sterling": "GBP",
              "Chinese yuan renminbi": "CNY", "Canadian dollar": "CAD", "Australian dollar": "AUD",
              "Swiss franc": "CHF", "Deutsche mark": "DEM", "French franc": "FRF", "Dutch guilder": "NLG",
              "ECU": "XEU", "Other currencies": "other"}
TOTALS = {"Allocated foreign exchange reserves": "allocated", "Unallocated foreign exchange reserves": "unallocated",
          "Total foreign exchange reserves": "total"}
PERIOD = re.compile(r"^(\d{4})(?:-Q([1-4]))?$")


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def parse(path: Path) -> pd.DataFrame:
    """The portal export (one row per series, one column per period) as one row per series and period."""
    try:
        wide = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise LatitudeError(f"cannot read {path}: truncated or not CSV ({str(exc).splitlines()[0]})") from exc
    _base.require_columns(wide, META, path)
    periods = [c for c in wide.columns if PERIOD.match(c)]
    if not periods:
        raise LatitudeError(f"{path}: no period columns (1995, 1995-Q1, ...); is this a COFER export?")
    claims = wide["FXR_CURRENCY"].str.removeprefix("Claims in ").str.strip()
    currency = claims.map(CURRENCIES)
    all_currencies = claims.eq("All currencies")
    currency = currency.mask(all_currencies, wide["INDICATOR"].map(TOTALS))
    unknown = wide.loc[currency.isna(), "FXR_CURRENCY"]
    if len(unknown):
        raise LatitudeError(f"{path}: unknown currency {unknown.iloc[0]!r} (series "
                            f"{wide.loc[unknown.index[0], 'SERIES_CODE']})")
    share = wide["TYPE_OF_TRANSFORMATION"].eq("Shares")
    amount = wide["TYPE_OF_TRANSFORMATION"].eq("Nominal value") & wide["UNIT"].eq("US dollar")
    if not (share | amount).all():
        odd = wide.loc[~(share | amount), "TYPE_OF_TRANSFORMATION"].iloc[0]
        raise LatitudeError(f"{path}: unexpected transformation {odd!r}; expected Shares or Nominal value in USD")
    _codes.check_allowed(wide["FREQUENCY"], {"Annual", "Quarterly"}, path, "FREQUENCY")
    measure = pd.Series("amount_usd", index=wide.index).mask(share & ~all_currencies, "share_allocated") \
        .mask(share & all_currencies, "share_total")
    series = pd.DataFrame({"area": wide["COUNTRY"], "freq": wide["FREQUENCY"].str[0], "currency": currency,
                           "measure": measure})
    long = pd.concat([series, wide[periods]], axis=1).melt(
        id_vars=list(series.columns), value_vars=periods, var_name="period", value_name="raw")
    long = long[long["raw"].str.strip().ne("")]
    value = pd.to_numeric(long["raw"], errors="coerce")
    if value.isna().any():
        raise LatitudeError(f"{path}: {long.loc[value.isna(), 'raw'].iloc[0]!r} in period "
                            f"{long.loc[value.isna(), 'period'].iloc[0]} is not a number")
    parts = long["period"].str.extract(PERIOD)
    out = pd.DataFrame({
        "area": long["area"], "freq": long["freq"], "period": long["period"],
        "year": parts[0].astype("int32"), "quarter": pd.to_numeric(parts[1]).astype("Int32"),
        "currency": long["currency"], "measure": long["measure"], "value": value})
    mismatch = out[(out["freq"] == "A") != out["quarter"].isna()]
    if len(mismatch):
        raise LatitudeError(f"{path}: period {mismatch['period'].iloc[0]} does not match frequency "
                            f"{mismatch['freq'].iloc[0]}")
    return out.sort_values(["area", "freq", "currency", "measure", "year", "quarter"], ignore_index=True)


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    path = _base.local_files(INFO, raw)[FILE]
    table = parse(path)
    return store.replace_source(con, INFO, {"cofer_shares": table},
                                coverage=(int(table["year"].min()), int(table["year"].max())))
