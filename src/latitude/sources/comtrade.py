"""UN Comtrade extracts: the comtradr package's stored API output, and files a user downloads.

Two ways in, one table:
- `load(con)` reads the real API extracts that ship with ropensci/comtradr (`vignette_data_*.rda`:
  China→Korea exports 2012–22, Thailand's HS6 shrimp trade with 137 partners 2007–11, EU-27 HS2/4/6
  wood imports 2018–22, US imports 2018–22, an Argentine HS0 bulk sample for 2000).
- `load_extracts(con, paths)` adds Comtrade API JSON (`{"data": [...]}`, camelCase keys such as
  reporterCode, partnerCode, cmdCode, flowCode, primaryValue, refYear) and CSV downloads (camelCase,
  PascalCase, snake_case or the legacy "Trade Value (US$)" headers) to the same table, replacing
  earlier rows from a file of the same name.

Table `comtrade_flows`: year, reporter_code, reporter_iso3, partner_code, partner_iso3 (World is
partner_code 0, ISO "W00"), flow (X export, M import, RX re-export, RM re-import, as published),
cmd_code (text, leading zeros kept), cmd_desc, aggr_level (digits of the code; 0 for TOTAL),
classification, value_usd (Comtrade's primary value: CIF for imports, FOB for exports, in USD),
cif_usd, fob_usd, qty, qty_unit, net_wgt_kg, is_reported, extract (file the row came from).
Comtrade's own code 490 "Other Asia, nes" (ISO alpha S19) is Taiwan and is keyed TWN.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import duckdb
import pandas as pd

from latitude import countries, store
from latitude.errors import LatitudeError
from latitude.sources import _base
from latitude.sources._base import SourceInfo, github_file

REPO, COMMIT = "ropensci/comtradr", "3d5b52d6"

INFO = SourceInfo(
    name="comtrade",
    title="UN Comtrade extracts (comtradr API output; user-downloaded API JSON/CSV)",
    publisher="United Nations Statistics Division (UN Comtrade); extracts stored by rOpenSci comtradr",
    version="comtradr 3d5b52d6 inst/extdata",
    licence="UN Comtrade terms of use (free for non-commercial use with citation); comtradr GPL-3",
    citation=("United Nations. UN Comtrade Database. https://comtradeplus.un.org/. Extracts retrieved with "
              "comtradr (Chamberlain, Buehler et al., rOpenSci)."),
    bibtex="""@misc{uncomtrade,
  author = {{United Nations Statistics Division}}, title = {UN Comtrade Database},
  howpublished = {\\url{https://comtradeplus.un.org/}}, note = {Extracts via the comtradr R package (rOpenSci)}}""",
    coverage="2000-2022 (extracts: 2000, 2007-2011, 2012-2022, 2018-2022)",
    files=tuple(
        github_file(REPO, COMMIT, f"inst/extdata/vignette_data_{n}.rda",
                    f"comtrade_comtradr/vignette_data_{n}.rda", sha)
        for n, sha in (
            ("1", "7ab8470a266ef96cbda82c782556e27a372d574ad110e2a6a7d43632baf39778"),
            ("2", "568d3e8856b302606a8a4b90d704abf311cede325b2d291526031184e7209e61"),
            ("3", "a2c58ff101c2a99a6691e640dc971565e0d5a3d78c25dac236144da6d80e9f14"),
            ("4", "8996a9d67251acd069bc7be64fe2dac70568b25630cae64b1895d28f5d645181"),
            ("10", "c4ef33cb8219427b086c7275d23faa46d42e83c894cb78fa4d749d519af0dd86"),
        )),
    tables=("comtrade_flows",),
    homepage="https://comtradeplus.un.org/",
)

COLUMNS = ["year", "reporter_code", "reporter_iso3", "partner_code", "partner_iso3", "flow", "cmd_code",
           "cmd_desc", "aggr_level", "classification", "value_usd", "cif_usd", "fob_usd", "qty", "qty_unit",
           "net_wgt_kg", "is_reported", "extract"]

# Comtrade (and BACI) numeric codes that are not ISO 3166 numeric codes.
COMTRADE_CODES = {0: "W00", 842: "USA", 251: "FRA", 579: "NOR", 699: "IND", 757: "CHE", 490: "TWN",
                  58: "BLX", 711: "ZA1", 891: "SCG", 530: "ANT", 736: "SDN", 280: "DEU", 381: "ITA"}
ISO_ALPHA_FIXES = {"S19": "TWN"}

# Normalised header (lower case, letters and digits only) -> standard field. Covers comtradr's
# snake_case, the API's camelCase, the download CSVs' PascalCase and the legacy API's headers.
ALIASES = {
    "refyear": "year", "year": "year", "period": "period",
    "reportercode": "reporter_code", "reporteriso": "reporter_iso", "reporterdesc": "reporter_desc",
    "partnercode": "partner_code", "partneriso": "partner_iso", "partnerdesc": "partner_desc",
    "flowcode": "flow", "flowdesc": "flow_desc", "tradeflowcode": "flow_numeric", "tradeflow": "flow_desc",
    "cmdcode": "cmd_code", "commoditycode": "cmd_code", "cmddesc": "cmd_desc", "commodity": "cmd_desc",
    "aggrlevel": "aggr_level", "aggregatelevel": "aggr_level",
    "classificationcode": "classification", "classification": "classification",
    "primaryvalue": "value_usd", "tradevalueus": "value_usd", "tradevalue": "value_usd",
    "cifvalue": "cif_usd", "fobvalue": "fob_usd", "qty": "qty", "qtyunitabbr": "qty_unit",
    "netwgt": "net_wgt_kg", "netweightkg": "net_wgt_kg", "isreported": "is_reported",
    "partner2code": "partner2_code", "motcode": "mot_code", "customscode": "customs_code",
}
FLOW_WORDS = {"import": "M", "export": "X", "re-import": "RM", "re-export": "RX", "imports": "M",
              "exports": "X", "re-imports": "RM", "re-exports": "RX"}


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@lru_cache(maxsize=1)
def _isonum_map() -> dict[int, str]:
    """ISO 3166 numeric -> ISO3 (country_converter's table, then latitude's state table), plus Comtrade's own."""
    import country_converter as coco

    meta = coco.CountryConverter().data[["ISOnumeric", "ISO3"]].dropna()
    mapping = {int(n): str(i) for n, i in zip(meta["ISOnumeric"], meta["ISO3"])}
    table = countries.state_table().dropna(subset=["isonum", "iso3"])
    mapping.update({int(n): str(i) for n, i in zip(table["isonum"], table["iso3"])})
    mapping.update(COMTRADE_CODES)
    return mapping


def code_to_iso3(codes: pd.Series) -> pd.Series:
    """ISO3 for Comtrade numeric country codes (its own exceptions, else ISO 3166 numeric); unknown -> NA."""
    mapping = _isonum_map()
    return codes.map(lambda c: pd.NA if pd.isna(c) else mapping.get(int(c), pd.NA)).astype("string")


def standardise(raw: pd.DataFrame, extract: str) -> pd.DataFrame:
    """Any Comtrade layout -> the `comtrade_flows` columns (one-line error if a key field is missing)."""
    renamed = {}
    for col in raw.columns:
        field = ALIASES.get(_norm(str(col)))
        if field and field not in renamed.values():
            renamed[col] = field
    df = raw.rename(columns=renamed)
    if "year" not in df.columns and "period" in df.columns:
        df["year"] = df["period"].astype(str).str[:4]
    if "flow" not in df.columns:
        if "flow_desc" in df.columns:
            df["flow"] = df["flow_desc"].astype(str).str.strip().str.lower().map(FLOW_WORDS)
        elif "flow_numeric" in df.columns:
            df["flow"] = pd.to_numeric(df["flow_numeric"], errors="coerce").map({1: "M", 2: "X", 3: "RX", 4: "RM"})
    for field in ("reporter", "partner"):
        if f"{field}_code" not in df.columns and f"{field}_iso" not in df.columns:
            raise LatitudeError(f"{extract}: no {field} column ({field}Code or {field}ISO); "
                                "is this a Comtrade extract?")
    _base.require_columns(df, ["year", "flow", "cmd_code", "value_usd"], extract)
    out = pd.DataFrame(index=df.index)
    out["year"] = pd.to_numeric(df["year"], errors="coerce").astype("Int64")
    for field in ("reporter", "partner"):
        code = pd.to_numeric(df[f"{field}_code"], errors="coerce").astype("Int64") if f"{field}_code" in df else \
            pd.Series(pd.NA, index=df.index, dtype="Int64")
        iso = df[f"{field}_iso"].astype("string").str.strip().replace(ISO_ALPHA_FIXES) \
            if f"{field}_iso" in df else code_to_iso3(code)
        if f"{field}_iso" in df and (iso.isna() & code.notna()).any():
            iso = iso.fillna(code_to_iso3(code))
        out[f"{field}_code"] = code
        out[f"{field}_iso3"] = iso.replace({"": pd.NA})
    out["flow"] = df["flow"].astype("string").str.strip().str.upper()
    cmd = df["cmd_code"].astype("string").str.strip()
    cmd = cmd.str.replace(r"\.0$", "", regex=True)
    out["cmd_code"] = cmd
    out["cmd_desc"] = df["cmd_desc"].astype("string") if "cmd_desc" in df else pd.Series(pd.NA, index=df.index,
                                                                                         dtype="string")
    level = cmd.str.len().where(cmd.str.fullmatch(r"\d+").fillna(False), 0)
    out["aggr_level"] = level.astype("Int64")
    out["classification"] = df["classification"].astype("string") if "classification" in df else \
        pd.Series(pd.NA, index=df.index, dtype="string")
    for field in ("value_usd", "cif_usd", "fob_usd", "qty", "net_wgt_kg"):
        out[field] = pd.to_numeric(df[field], errors="coerce").astype("Float64") if field in df else \
            pd.Series(pd.NA, index=df.index, dtype="Float64")
    out["qty_unit"] = df["qty_unit"].astype("string") if "qty_unit" in df else \
        pd.Series(pd.NA, index=df.index, dtype="string")
    if "is_reported" in df:
        out["is_reported"] = df["is_reported"].map(
            lambda v: pd.NA if pd.isna(v) else str(v).strip().lower() in ("true", "1")).astype("boolean")
    else:
        out["is_reported"] = pd.Series(pd.NA, index=df.index, dtype="boolean")
    out["extract"] = extract
    bad = out["year"].isna() | out["flow"].isna() | out["cmd_code"].isna()
    if bad.any():
        first = int(bad.to_numpy().nonzero()[0][0])
        raise LatitudeError(f"{extract}: record {first + 1} lacks a year, flow or commodity code")
    bad_value = df["value_usd"].notna() & out["value_usd"].isna()
    if bad_value.any():
        first = int(bad_value.to_numpy().nonzero()[0][0])
        raise LatitudeError(f"{extract}: record {first + 1} has a non-numeric trade value "
                            f"{df['value_usd'].iloc[first]!r}")
    return out[COLUMNS].reset_index(drop=True)


def read_extract(path: str | Path) -> pd.DataFrame:
    """One downloaded Comtrade file (API JSON or CSV) as `comtrade_flows` rows."""
    path = Path(path)
    if not path.exists():
        raise LatitudeError(f"{path} does not exist")
    if path.suffix.lower() == ".json":
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise LatitudeError(f"{path}: not valid JSON ({exc.__class__.__name__} at line "
                                f"{getattr(exc, 'lineno', '?')}); is the download complete?") from exc
        records = payload.get("data") if isinstance(payload, dict) else payload
        if not isinstance(records, list):
            raise LatitudeError(f"{path}: expected the API's {{\"data\": [...]}} layout")
        if not records:
            raise LatitudeError(f"{path}: the extract holds no records")
        raw = pd.DataFrame.from_records(records)
    else:
        try:
            raw = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8-sig")
        except (pd.errors.ParserError, UnicodeDecodeError) as exc:
            raise LatitudeError(f"{path}: malformed CSV ({str(exc).splitlines()[0]})") from exc
        if raw.empty:
            raise LatitudeError(f"{path}: the extract holds no records")
    return standardise(raw, path.name)


def read_mirror(paths: Iterable[Path]) -> pd.DataFrame:
    frames = [standardise(_base.read_rda(p), p.name) for p in paths]
    return pd.concat(frames, ignore_index=True)


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    files = _base.local_files(INFO, raw)
    flows = read_mirror(files.values())
    return store.replace_source(con, INFO, {"comtrade_flows": flows}, coverage=_base.year_span(flows["year"]))


def load_extracts(con: duckdb.DuckDBPyConnection, paths: Iterable[str | Path]) -> dict[str, int]:
    """Add downloaded Comtrade files to `comtrade_flows` in one transaction (same-named files replaced)."""
    incoming = pd.concat([read_extract(p) for p in paths], ignore_index=True)
    names = sorted(set(incoming["extract"]))
    previous = store.provenance(con)
    files = []
    if len(previous) and (previous["source"] == INFO.name).any():
        files = [f for f in json.loads(previous.loc[previous["source"] == INFO.name, "files"].iloc[0])
                 if f.get("name") not in names]
    files += [{"name": n, "sha256": _base.sha256_of(Path(p)), "published": "user download from UN Comtrade"}
              for n, p in zip(names, sorted(map(Path, paths), key=lambda p: p.name))]
    con.register("_comtrade_incoming", incoming)
    try:
        keep = ""
        if store.has_table(con, "comtrade_flows"):
            quoted = ", ".join("'" + n.replace("'", "''") + "'" for n in names)
            keep = f"SELECT * FROM comtrade_flows WHERE extract NOT IN ({quoted}) UNION ALL BY NAME "
        span = con.execute(f"SELECT min(year), max(year) FROM ({keep}SELECT * FROM _comtrade_incoming)").fetchall()[0]
        return store.replace_source(con, INFO, {"comtrade_flows": f"{keep}SELECT * FROM _comtrade_incoming"},
                                    coverage=(span[0], span[1]), files=files)
    finally:
        con.unregister("_comtrade_incoming")
