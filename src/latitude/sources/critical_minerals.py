"""World export shares of ~42 critical-mineral HS6 products, 1995–2023, derived from CEPII BACI
(the EPQ project's `pivotal1` table).

The published file holds, per year and exporting country, each product's exports relative to the
largest exporter of that product that year (largest = 100; EPQ `analysis.py`, `make_pivotal1`).
Dividing by the column sum recovers each country's share of world exports exactly, which is what
the world-concentration criterion of the dependency test needs (`latitude.measures.products`).

Tables:
- `critical_minerals_exports`: year, iso3 (BACI's codes; S19 "Other Asia, nes" as TWN), hs6,
  relative_to_top (0–100 as published), world_share (0–1; sums to 1 per product and year).
- `critical_minerals_products`: hs6, description (HS 1992 wording from the same project's
  `hs_pivotal.csv`), mineral (EPQ's label for why the code is on the list).
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import _base, baci
from latitude.sources._base import SourceInfo, github_file

REPO, COMMIT = "Wendyyu-08/EPQ", "99247413"

INFO = SourceInfo(
    name="critical_minerals",
    title="Critical-mineral export shares by country, HS6, from CEPII BACI (EPQ pivotal1)",
    publisher="Wendy Yu, EPQ project (from CEPII BACI HS92 V202501)",
    version="EPQ 99247413 (BACI HS92 V202501)",
    licence="MIT (EPQ); BACI under Etalab Open Licence 2.0",
    citation=baci.INFO.citation + (" Export shares for critical minerals as compiled by the EPQ project "
                                   "(github.com/Wendyyu-08/EPQ)."),
    bibtex=baci.INFO.bibtex,
    coverage="1995-2023",
    files=(
        github_file(REPO, COMMIT, "output/pivotal1.parquet",
                    "critical_minerals_epq/pivotal1_raw_materials_export_shares_BACI.parquet",
                    "f52d763d031eaddacf81770e108862d3d90593b6adc53b6334defb0a6e312fd9",
                    name="pivotal1_raw_materials_export_shares_BACI.parquet"),
        github_file(REPO, COMMIT, "dep/hs_pivotal.csv", "critical_minerals_epq/hs_pivotal.csv",
                    "f445cb64644c7680c1c6b3a5188297a0c2abd2b58f8fa1f9d0fea14d50fb0309"),
    ),
    tables=("critical_minerals_exports", "critical_minerals_products"),
    homepage="https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37",
    notes="Values are relative to the top exporter; world shares are recovered by normalising each column.",
)

# EPQ's `dep/hs_list.py`: the minerals each HS6 code stands for.
MINERALS = {
    "732690": "steel (articles n.e.c.)", "260600": "aluminium/bauxite", "261710": "antimony",
    "280480": "arsenic", "251110": "barite", "811211": "beryllium", "810600": "bismuth",
    "252890": "borates", "280530": "rare-earth metals", "280519": "caesium, rubidium",
    "261000": "chromium", "260500": "cobalt", "270111": "coal", "270112": "coal", "270119": "coal",
    "260300": "copper", "252910": "feldspar", "252921": "fluorspar",
    "811291": "gallium, germanium, hafnium, indium, rhenium", "261690": "gold, platinum-group metals",
    "250410": "graphite", "250490": "graphite", "280429": "helium", "260111": "iron ore",
    "260112": "iron ore", "253010": "lithium (vermiculite, perlite)", "253020": "lithium (kieserite)",
    "253090": "lithium (mineral substances n.e.c.)", "251910": "magnesite", "810411": "magnesium",
    "810419": "magnesium", "260200": "manganese", "260400": "nickel", "261590": "niobium, tantalum, vanadium",
    "251010": "phosphate rock", "251020": "phosphate rock", "280470": "phosphorus", "310420": "potash",
    "310430": "potash", "310490": "potash", "261220": "rare earths (monazite)", "261510": "zirconium",
}

# BACI/Comtrade code 490 "Other Asia, nes" is Taiwan; the other BACI-specific codes stay as published.
ISO3_FIXES = {"S19": "TWN"}


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def read_exports(path: Path) -> pd.DataFrame:
    """The wide parquet as a long table with world shares recovered per product and year."""
    try:
        wide = pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises several types for truncated files
        raise LatitudeError(f"cannot read {path}: truncated or not a parquet file ({exc.__class__.__name__})") from exc
    _base.require_columns(wide, ["year", "country"], path)
    codes = [c for c in wide.columns if c.isdigit() and len(c) == 6]
    if not codes:
        raise LatitudeError(f"{path}: no six-digit HS columns; is this EPQ's pivotal1 table?")
    long = wide.melt(id_vars=["year", "country"], value_vars=codes, var_name="hs6", value_name="relative_to_top")
    long = long.rename(columns={"country": "iso3"})
    long["iso3"] = long["iso3"].replace(ISO3_FIXES)
    long["year"] = long["year"].astype("int32")
    total = long.groupby(["year", "hs6"])["relative_to_top"].transform("sum")
    long["world_share"] = (long["relative_to_top"] / total).where(total > 0)
    return long[["year", "iso3", "hs6", "relative_to_top", "world_share"]]


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    files = _base.local_files(INFO, raw)
    exports = read_exports(files["pivotal1_raw_materials_export_shares_BACI.parquet"])
    path = files["hs_pivotal.csv"]
    products = pd.read_csv(path, dtype=str, keep_default_na=False)
    _base.require_columns(products, ["hs", "description"], path)
    products = products.rename(columns={"hs": "hs6"})
    products = products[products["hs6"].isin(set(exports["hs6"]))][["hs6", "description"]]
    products["mineral"] = products["hs6"].map(MINERALS)
    return store.replace_source(con, INFO, {"critical_minerals_exports": exports,
                                            "critical_minerals_products": products},
                                coverage=_base.year_span(exports["year"]))
