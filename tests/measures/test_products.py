"""HS6 dependency test and supply risk: a toy BACI release with figures computed by hand, the real
Comtrade extracts (Thai shrimp, EU-27 wood) checked against the raw `.rda` files, and the default
political distance from UN ideal points."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyreadr
import pytest

from latitude import store
from latitude.catalogue import catalogue
from latitude.errors import LatitudeError
from latitude.measures import precompute, products
from latitude.measures.dimensions import DIMENSIONS
from latitude.sources import baci, comtrade, critical_minerals

COUNTRIES = ("country_code,country_name,country_iso2,country_iso3\n36,Australia,AU,AUS\n156,China,CN,CHN\n"
             "180,DR Congo,CD,COD\n251,France,FR,FRA\n276,Germany,DE,DEU\n392,Japan,JP,JPN\n"
             "410,Rep. of Korea,KR,KOR\n490,\"Other Asia, nes\",,S19\n842,USA,US,USA\n")
PRODUCTS = ("code,description\n010121,\"Horses: live, pure-bred breeding animals\"\n260500,Cobalt ores\n"
            "280530,Rare-earth metals\n854231,Processors and controllers\n")
# (exporter code, importer code, hs6, value in thousands of USD)
FLOWS = {
    2020: [(156, 410, "280530", 90), (392, 410, "280530", 10), (410, 842, "280530", 10), (156, 842, "280530", 300)],
    2021: [(156, 410, "280530", 40), (392, 410, "280530", 30), (842, 410, "280530", 30), (410, 842, "280530", 10),
           (156, 842, "280530", 300), (490, 410, "854231", 50), (156, 410, "854231", 30), (842, 410, "854231", 20),
           (410, 156, "854231", 500)],
    2022: [(156, 410, "280530", 80), (392, 410, "280530", 20), (410, 842, "280530", 10), (156, 842, "280530", 300),
           (490, 410, "854231", 50), (156, 410, "854231", 30), (842, 410, "854231", 20), (410, 156, "854231", 500),
           (36, 410, "010121", 5), (36, 392, "010121", 95),
           (251, 276, "260500", 60), (180, 276, "260500", 40), (276, 842, "260500", 10)],
}


def write_toy(folder: Path) -> Path:
    """The toy release in BACI's published layout."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "country_codes_V202401b.csv").write_text(COUNTRIES)
    (folder / "product_codes_HS92_V202401b.csv").write_text(PRODUCTS)
    for year, rows in FLOWS.items():
        text = "t,i,j,k,v,q\n" + "".join(f'{year},{i},{j},"{k}",{v},NA\n' for i, j, k, v in rows)
        (folder / f"BACI_HS92_Y{year}_V202401b.csv").write_text(text)
    return folder


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory):
    folder = write_toy(tmp_path_factory.mktemp("toy_baci"))
    con = store.connect(folder / "store.duckdb")
    baci.load_files(con, [folder], show_progress=False)
    yield con
    con.close()


def row(frame: pd.DataFrame, hs6: str, year: int = 2022) -> pd.Series:
    hit = frame[(frame["hs6"] == hs6) & (frame["year"] == year)]
    assert len(hit) == 1
    return hit.iloc[0]


def test_eu_and_cepii_criteria_by_hand(toy) -> None:
    deps = products.strategic_dependencies(toy, "KOR", (2020, 2022))
    rare = row(deps, "280530")
    assert rare["imports_extra"] == pytest.approx(100_000.0)          # USD: 80 + 20 thousand
    assert rare["supplier_hhi"] == pytest.approx(0.8 ** 2 + 0.2 ** 2)   # 0.68 > 0.4
    assert rare["dependence"] == 1.0                                  # one country: all imports extra-bloc
    assert rare["substitutability"] == pytest.approx(100 / 10)
    assert rare["world_hhi"] == pytest.approx((380 ** 2 + 20 ** 2 + 10 ** 2) / 410 ** 2)
    assert (rare["top_supplier"], rare["top_share"]) == ("CHN", pytest.approx(0.8))
    assert rare["eu_dependency"] and rare["world_concentrated"]
    # 2020 holds (HHI .82), 2021 fails (CHN 40, JPN 30, USA 30: HHI .34), 2022 holds: 2 of 3 years.
    assert not row(deps, "280530", 2021)["concentrated"]
    assert row(deps, "280530", 2021)["supplier_hhi"] == pytest.approx(0.16 + 0.09 + 0.09)
    assert rare["years_held"] == 2 and rare["cepii_dependency"]
    # The 2021 window lacks 2019 (outside the data) and holds once: undecided, not False.
    assert pd.isna(row(deps, "280530", 2021)["cepii_dependency"])
    chips = row(deps, "854231")
    assert chips["supplier_hhi"] == pytest.approx(0.5 ** 2 + 0.3 ** 2 + 0.2 ** 2)   # 0.38: not concentrated
    assert chips["substitutability"] == pytest.approx(100 / 500)
    assert chips["top_supplier"] == "TWN"                             # BACI 490 "Other Asia, nes"
    assert chips["eu_dependency"] == False and chips["cepii_dependency"] == False  # noqa: E712 (NA would raise)
    horses = row(deps, "010121")
    assert horses["exports_extra"] == 0 and horses["substitutability"] == products.NO_EXPORTS_RATIO
    assert horses["world_hhi"] == pytest.approx(1.0) and horses["eu_dependency"]
    assert horses["years_held"] == 1 and horses["cepii_dependency"] == False  # noqa: E712 (pandas NA-aware)
    assert set(deps["source"]) == {"baci"} and set(deps["focal"]) == {"KOR"}


def test_bloc_counts_intra_bloc_imports_as_not_dependent(toy) -> None:
    deps = products.strategic_dependencies(toy, ["DEU", "FRA"], 2022)
    cobalt = row(deps, "260500")
    assert cobalt["imports_total"] == pytest.approx(100_000.0)   # FRA 60 (intra) + COD 40 (extra)
    assert cobalt["imports_extra"] == pytest.approx(40_000.0)
    assert cobalt["dependence"] == pytest.approx(0.4) and not cobalt["dependent"]
    assert cobalt["supplier_hhi"] == 1.0
    assert cobalt["substitutability"] == pytest.approx(40 / 10)  # intra-bloc FRA->DEU is not an export
    assert not cobalt["eu_dependency"] and cobalt["focal"] == "DEU+FRA"
    assert "280530" not in set(deps["hs6"])                      # nothing imported from outside the bloc


def test_supply_risk_with_user_distance(toy) -> None:
    risk = products.supply_risk(toy, "KOR", 2022, distance={"CHN": 0.8, "JPN": 0.1, "AUS": 0.05})
    rare = row(risk, "280530")
    world = (380 ** 2 + 20 ** 2 + 10 ** 2) / 410 ** 2
    assert rare["weighted_distance"] == pytest.approx(0.8 * 0.8 + 0.1 * 0.2)
    assert rare["supply_risk"] == pytest.approx(world * 0.66) and rare["distance_coverage"] == 1.0
    chips = row(risk, "854231")                                   # TWN and USA have no distance here
    assert chips["weighted_distance"] == pytest.approx(0.8 * 0.3) and chips["distance_coverage"] == pytest.approx(0.3)
    assert chips["supply_risk"] == pytest.approx((50 ** 2 + 30 ** 2 + 20 ** 2 + 500 ** 2) / 600 ** 2 * 0.24)
    table = pd.DataFrame({"iso3": ["CHN", "JPN"], "year": [2022, 2022], "distance": [0.8, 0.1]})
    again = products.supply_risk(toy, "KOR", 2022, distance=table)
    assert row(again, "280530")["supply_risk"] == pytest.approx(rare["supply_risk"])


def test_default_distance_needs_un_votes(toy) -> None:
    with pytest.raises(LatitudeError, match=r"distance=\{iso3: value\}"):
        products.supply_risk(toy, "KOR", 2022)
    top = products.exposed_products(toy, "KOR", 2022)
    assert top["supply_risk"].isna().all() and "UN votes" in top.attrs["risk_note"]


def test_exposed_products_ranking_and_suppliers(toy) -> None:
    top = products.exposed_products(toy, "KOR", top=3, distance={"CHN": 0.8, "JPN": 0.1, "AUS": 0.05})
    assert top["year"].unique().tolist() == [2022]                # default: last year of the data
    assert top["hs6"].tolist() == ["280530", "010121", "854231"]  # CEPII, then EU test, then the rest
    first = top.iloc[0]
    assert first["suppliers"] == "CHN 80%, JPN 20%" and first["description"] == "Rare-earth metals"
    assert top.iloc[2]["suppliers"] == "TWN 50%, CHN 30%, USA 20%"
    assert first["imports_usd"] == pytest.approx(100_000.0)
    assert products.exposed_products(toy, "KOR", top=1)["hs6"].tolist() == ["280530"]


def test_bad_inputs(toy) -> None:
    with pytest.raises(LatitudeError, match="outside the product data"):
        products.strategic_dependencies(toy, "KOR", 1990)
    with pytest.raises(LatitudeError, match="unknown country"):
        products.strategic_dependencies(toy, "Atlantis", 2022)
    with pytest.raises(LatitudeError, match="not in the store"):
        products.strategic_dependencies(toy, "KOR", 2022, table="comtrade_flows")


def test_eu27_expands() -> None:
    assert len(products.parse_focal("EU27")) == 27 and "DEU" in products.parse_focal("eu27")
    assert products.parse_focal("Japan, KOR") == ["JPN", "KOR"]


# --------------------------------------------------------------------------- real Comtrade extracts


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory, mirror: Path):
    folder = tmp_path_factory.mktemp("products_real")
    con = store.connect(folder / "store.duckdb")
    for module in (comtrade, critical_minerals):
        module.fetch(folder / "raw" / module.INFO.name, mirror)
        module.load(con, folder / "raw")
    yield con
    con.close()


def rda(mirror: Path, n: int) -> pd.DataFrame:
    return next(iter(pyreadr.read_r(str(mirror / "comtrade_comtradr" / f"vignette_data_{n}.rda")).values()))


def test_thai_shrimp_against_raw_rda(real, mirror: Path) -> None:
    raw = rda(mirror, 3)
    # Flows are between two countries: Thailand's "imports from Thailand" and trade with "areas n.e.s."
    # (no country to attribute) are left out; "Other Asia, nes" (S19) is Taiwan.
    raw = raw.assign(partner_iso=raw["partner_iso"].replace({"S19": "TWN"}))
    raw = raw[(raw["partner_iso"] != "THA") & raw["partner_iso"].str.fullmatch(r"[A-Z]{3}")]
    deps = products.strategic_dependencies(real, "THA", (2009, 2011))
    for year in (2009, 2010, 2011):
        for code in ("030613", "030623", "160520"):
            m = raw[(raw["ref_year"] == year) & (raw["cmd_code"] == code) & (raw["flow_code"] == "M")]
            x = raw[(raw["ref_year"] == year) & (raw["cmd_code"] == code) & (raw["flow_code"] == "X")]
            shares = m.groupby("partner_iso")["primary_value"].sum() / m["primary_value"].sum()
            got = row(deps, code, year)
            assert got["imports_extra"] == pytest.approx(m["primary_value"].sum())
            assert got["supplier_hhi"] == pytest.approx(float((shares ** 2).sum()))
            assert got["substitutability"] == pytest.approx(m["primary_value"].sum() / x["primary_value"].sum())
            assert got["top_supplier"] == shares.idxmax()
    assert set(deps["source"]) == {"comtrade"} and deps["world_hhi"].isna().all()


def test_eu27_wood_dependence_against_raw_rda(real, mirror: Path) -> None:
    raw = rda(mirror, 4)
    raw = raw.assign(partner_iso=raw["partner_iso"].replace({"S19": "TWN"}))     # "Other Asia, nes"
    eu = set(products.BLOCS["EU27"])
    hs6 = raw[(raw["cmd_code"].str.len() == 6) & (raw["ref_year"] == 2021)
              & raw["partner_iso"].str.fullmatch(r"[A-Z]{3}") & (raw["partner_iso"] != raw["reporter_iso"])]
    deps = products.strategic_dependencies(real, "EU27", 2021)
    assert set(deps["hs6"]) == set(hs6.loc[~hs6["partner_iso"].isin(eu), "cmd_code"])
    biggest = hs6[~hs6["partner_iso"].isin(eu)].groupby("cmd_code")["primary_value"].sum().nlargest(3).index
    for code in biggest:
        rows = hs6[hs6["cmd_code"] == code]
        extra = rows[~rows["partner_iso"].isin(eu)]
        shares = extra.groupby("partner_iso")["primary_value"].sum()
        shares = shares / shares.sum()
        got = row(deps, code, 2021)
        assert got["dependence"] == pytest.approx(extra["primary_value"].sum() / rows["primary_value"].sum())
        assert got["supplier_hhi"] == pytest.approx(float((shares ** 2).sum()))
        assert pd.isna(got["substitutability"]) and pd.isna(got["eu_dependency"]) or not got["eu_dependency"]
    assert deps["substitutability"].isna().all()           # the extract has no EU export reports


def test_mirror_reports_alone_do_not_make_a_supplier_set(real) -> None:
    # Korea appears in the extracts only as a partner of Thailand's exports: one supplier seen out of
    # all of them, so its imports must not be read as single-sourced.
    assert products.strategic_dependencies(real, "KOR", (2007, 2011)).empty
    with pytest.raises(LatitudeError, match="KOR has no HS6 imports in comtrade_flows: load CEPII BACI"):
        products.exposed_products(real, "KOR")


def test_comtrade_prefers_importer_report(real, tmp_path: Path) -> None:
    records = [
        {"refYear": 2021, "reporterCode": 410, "reporterISO": "KOR", "flowCode": "M", "partnerCode": 156,
         "partnerISO": "CHN", "cmdCode": "854231", "primaryValue": 100.0},
        {"refYear": 2021, "reporterCode": 156, "reporterISO": "CHN", "flowCode": "X", "partnerCode": 410,
         "partnerISO": "KOR", "cmdCode": "854231", "primaryValue": 90.0},
        {"refYear": 2021, "reporterCode": 156, "reporterISO": "CHN", "flowCode": "X", "partnerCode": 392,
         "partnerISO": "JPN", "cmdCode": "854231", "primaryValue": 50.0},
        {"refYear": 2021, "reporterCode": 410, "reporterISO": "KOR", "flowCode": "M", "partnerCode": 0,
         "partnerISO": "W00", "cmdCode": "854231", "primaryValue": 100.0},
    ]
    path = tmp_path / "chips.json"
    path.write_text(json.dumps({"data": records}))
    comtrade.load_extracts(real, [path])
    flows = products.flows(real, "comtrade_flows").to_pandas()
    chips = flows[flows["hs6"] == "854231"].set_index(["exporter", "importer"])["value"].sort_index()
    assert chips.to_dict() == {("CHN", "JPN"): 50.0, ("CHN", "KOR"): 100.0}


def test_world_concentration_from_critical_minerals(real, mirror: Path, tmp_path: Path) -> None:
    records = [{"refYear": 2020, "reporterCode": 410, "reporterISO": "KOR", "flowCode": "M", "partnerCode": p,
                "partnerISO": iso, "cmdCode": "280530", "primaryValue": v}
               for p, iso, v in ((156, "CHN", 900.0), (392, "JPN", 100.0))]
    records.append({"refYear": 2020, "reporterCode": 410, "reporterISO": "KOR", "flowCode": "X", "partnerCode": 842,
                    "partnerISO": "USA", "cmdCode": "280530", "primaryValue": 50.0})
    path = tmp_path / "kor_rare_earths.json"
    path.write_text(json.dumps({"data": records}))
    comtrade.load_extracts(real, [path])
    wide = pd.read_parquet(mirror / "critical_minerals_epq" / "pivotal1_raw_materials_export_shares_BACI.parquet")
    column = wide.loc[wide["year"] == 2020, "280530"]
    got = row(products.strategic_dependencies(real, "KOR", 2020), "280530", 2020)
    assert got["world_hhi"] == pytest.approx(float(((column / column.sum()) ** 2).sum()))
    assert got["supplier_hhi"] == pytest.approx(0.9 ** 2 + 0.1 ** 2) and got["substitutability"] == 20.0
    assert got["source"] == "comtrade+critical_minerals"
    risk = products.supply_risk(real, "KOR", 2020, distance={"CHN": 0.5, "JPN": 0.0})
    assert row(risk, "280530", 2020)["supply_risk"] == pytest.approx(got["world_hhi"] * 0.45)


def test_political_distance_from_un_ideal_points(store_con) -> None:
    distance = products.political_distance(store_con, "KOR", 2019)
    assert distance["KOR"] == 0.0 and distance.between(0, 1).all() and distance.max() <= 1.0
    assert distance["JPN"] < distance["PRK"] and distance["JPN"] < distance["IRN"]
    risk = products.supply_risk(store_con, "THA", 2011)             # default distance: ideal points
    # Greenland (13% of frozen-shrimp imports in 2011) casts no UN votes: its share has no distance.
    assert risk["weighted_distance"].notna().all() and risk["distance_coverage"].between(0.8, 1.0).all()
    assert risk["supply_risk"].isna().all()                         # no world concentration for shrimp


def test_cli_products_csv_json_and_table(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from latitude.cli import app

    path = tmp_path / "cli.duckdb"
    folder = write_toy(tmp_path / "rel")
    runner = CliRunner()
    assert runner.invoke(app, ["products", "load-baci", str(folder), "--store", str(path)]).exit_code == 0
    import duckdb

    with duckdb.connect(str(path), read_only=True) as con:   # the load stored the products dimension
        assert con.execute("SELECT rows FROM dimension_versions WHERE dimension = 'products'").fetchone()[0] > 0
    distances = tmp_path / "d.csv"
    distances.write_text("iso3,distance\nCHN,0.8\nJPN,0.1\n")
    done = runner.invoke(app, ["products", "KOR", "--top", "2", "--distance", str(distances), "--format", "csv",
                               "--store", str(path)])
    assert done.exit_code == 0, done.output
    frame = pd.read_csv(pd.io.common.StringIO(done.output), dtype={"hs6": str})
    assert frame["hs6"].tolist() == ["280530", "010121"] and frame["source"].eq("baci").all()
    world = (380 ** 2 + 20 ** 2 + 10 ** 2) / 410 ** 2
    assert frame.loc[0, "supply_risk"] == pytest.approx(world * 0.66)
    done = runner.invoke(app, ["products", "KOR", "--top", "1", "-f", "json", "--store", str(path)])
    records = json.loads(done.output)
    assert records[0]["suppliers"] == "CHN 80%, JPN 20%" and records[0]["supply_risk"] is None
    done = runner.invoke(app, ["products", "show", "KOR", "--store", str(path)])
    assert done.exit_code == 0 and "CEPII BACI" in done.output


# --------------------------------------------------------------------------- the stored dimension (dim_products)

def counts(con, **options) -> dict[tuple[int, str, str], int]:
    """`dependency_counts` as {(year, importer, top supplier or '*'): dependent products}."""
    frame = products.dependency_counts(con, **options).to_pandas()
    return {(int(y), i, p): int(n) for y, i, p, n in zip(frame["year"], frame["iso3"], frame["partner"],
                                                           frame["dependent_products"])}


@pytest.fixture(scope="module")
def stored_toy(tmp_path_factory: pytest.TempPathFactory):
    """The toy release in a store of its own, with its products dimension stored (`data build` does it)."""
    folder = write_toy(tmp_path_factory.mktemp("toy_baci_stored"))
    con = store.connect(folder / "store.duckdb")
    baci.load_files(con, [folder], show_progress=False)
    assert precompute.refresh(con, keys=["products"]) == {"products": 21}
    yield con
    con.close()


# Each importer of the toy release as its own focal, derived by hand from FLOWS (top supplier,
# supplier HHI > 0.4, all imports extra-bloc, imports / exports > 1 or no exports):
# KOR 2020 rare earths CHN 90 JPN 10 (HHI .82, 100/10 exported); 2021 rare earths HHI .34 and
# chips (TWN 50 CHN 30 USA 20) HHI .38: none; 2022 rare earths CHN 80 JPN 20 (.68, 100/10) and
# horses AUS 5 (1.0, no exports). USA: rare earths CHN 300 KOR 10 every year (HHI .94, no exports),
# 2022 cobalt DEU 10 (1.0, no exports). CHN: chips KOR 500 in 2021 and 2022 (1.0, 500/30 exported).
# JPN 2022 horses AUS 95. DEU 2022 cobalt FRA 60 COD 40 (HHI .52, 100/10 exported).
TOY_COUNTS = {
    (2020, "KOR", "CHN"): 1, (2020, "KOR", "*"): 1, (2021, "KOR", "*"): 0,
    (2022, "KOR", "CHN"): 1, (2022, "KOR", "AUS"): 1, (2022, "KOR", "*"): 2,
    (2020, "USA", "CHN"): 1, (2020, "USA", "*"): 1, (2021, "USA", "CHN"): 1, (2021, "USA", "*"): 1,
    (2022, "USA", "CHN"): 1, (2022, "USA", "DEU"): 1, (2022, "USA", "*"): 2,
    (2021, "CHN", "KOR"): 1, (2021, "CHN", "*"): 1, (2022, "CHN", "KOR"): 1, (2022, "CHN", "*"): 1,
    (2022, "JPN", "AUS"): 1, (2022, "JPN", "*"): 1, (2022, "DEU", "FRA"): 1, (2022, "DEU", "*"): 1,
}


def test_dependency_counts_of_every_importer_by_hand(toy) -> None:
    assert counts(toy) == TOY_COUNTS
    assert counts(toy, importers=["KOR", "DEU"]) == {k: v for k, v in TOY_COUNTS.items() if k[1] in ("KOR", "DEU")}
    assert set(products.dependency_counts(toy).to_pandas()["source"]) == {"baci"}


def test_dependency_counts_equal_each_focals_strategic_dependencies(toy) -> None:
    # another implementation: the per-focal test (pandas criteria), counted by top supplier
    for focal in ("KOR", "USA", "CHN", "JPN", "DEU"):
        deps = products.strategic_dependencies(toy, focal)
        flagged = deps[deps["eu_dependency"].fillna(False).astype(bool)]
        expected = {(int(y), focal, s): int(n) for (y, s), n in flagged.groupby(["year", "top_supplier"]).size().items()}
        expected.update({(int(y), focal, "*"): int(flagged["year"].eq(y).sum()) for y in set(deps["year"])})
        assert counts(toy, importers=[focal]) == expected, focal


def test_profile_reads_the_stored_counts(stored_toy) -> None:
    from latitude.profile import figures

    cat = catalogue(stored_toy)
    assert precompute.is_current(cat, DIMENSIONS["products"])
    spine = figures.spine(stored_toy, "CHN", ["KOR", "USA"], (2020, 2022), dimensions=["products"])
    values = {(y, p): v for y, p, v in zip(spine["year"], spine["pole"], spine["value"])}
    # 2020: China has no HS6 imports in the release (missing, not 0); then KOR is its top supplier of chips
    assert pd.isna(values[(2020, "KOR")]) and pd.isna(values[(2020, "USA")])
    assert values[(2021, "KOR")] == 1 and values[(2021, "USA")] == 0 and values[(2022, "KOR")] == 1
    assert set(spine["source"][2:]) == {"baci"} and set(spine["flag"]) == {""}
    korea = figures.spine(stored_toy, "KOR", ["CHN", "AUS", "JPN"], (2021, 2022), dimensions=["products"])
    assert korea["value"].tolist() == [0, 0, 0, 1, 1, 0]          # 2021 then 2022, poles as given
    france = figures.spine(stored_toy, "FRA", ["CHN"], (2020, 2022), dimensions=["products"])
    assert france.empty and "no HS6 imports of FRA" in france.attrs["failed"][0]["reason"]


def _comtrade_file(folder: Path, name: str, rows: list[tuple]) -> Path:
    """A UN Comtrade API download: (year, reporter, flow, partner, hs6, USD)."""
    code = {"KOR": 410, "CHN": 156, "JPN": 392, "USA": 842, "AUS": 36, "THA": 764}
    records = [{"refYear": y, "reporterCode": code[r], "reporterISO": r, "flowCode": f, "partnerCode": code[p],
                "partnerISO": p, "cmdCode": k, "primaryValue": v} for y, r, f, p, k, v in rows]
    path = folder / name
    path.write_text(json.dumps({"data": records}))
    return path


def test_comtrade_counts_only_reported_imports_and_years_with_exports(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "store.duckdb")
    comtrade.load_extracts(con, [_comtrade_file(tmp_path, "a.json", [
        # Korea 2020: rare earths CHN 900 JPN 100 (HHI .82), exports 50 (1000/50 > 1): dependent on CHN;
        # chips USA 100 (HHI 1) but exports 300 (substitutable); horses AUS 10 (HHI 1, no exports): on AUS
        (2020, "KOR", "M", "CHN", "280530", 900.0), (2020, "KOR", "M", "JPN", "280530", 100.0),
        (2020, "KOR", "X", "USA", "280530", 50.0), (2020, "KOR", "M", "USA", "854231", 100.0),
        (2020, "KOR", "X", "CHN", "854231", 300.0), (2020, "KOR", "M", "AUS", "010121", 10.0),
        # Korea 2021: rare earths CHN 500 JPN 500 (HHI .5) but no export report that year: undecided, 0
        (2021, "KOR", "M", "CHN", "280530", 500.0), (2021, "KOR", "M", "JPN", "280530", 500.0),
        # Japan reports imports in 2021 only (HHI .52, no export report); China and the USA report none
        (2021, "JPN", "M", "CHN", "030613", 60.0), (2021, "JPN", "M", "THA", "030613", 40.0),
        (2020, "CHN", "X", "USA", "030613", 70.0)])])
    try:
        assert counts(con) == {(2020, "KOR", "CHN"): 1, (2020, "KOR", "AUS"): 1, (2020, "KOR", "*"): 2,
                               (2021, "KOR", "*"): 0, (2021, "JPN", "*"): 0}
        assert set(products.dependency_counts(con).to_pandas()["source"]) == {"comtrade"}
        assert precompute.refresh(con, keys=["products"]) == {"products": 5}
        cat = catalogue(con)
        japan = precompute.dimension_records(cat, "products", "JPN", ["CHN", "*"], (2020, 2021))
        assert japan == (["year", "iso3", "partner", "dependent_products", "source"],
                         [(2021, "JPN", "*", 0, "comtrade")])
        # Japan's 2021 import report with exports: the stored table is stale until refreshed; meanwhile the
        # profile computes the same expression for the focal
        comtrade.load_extracts(con, [_comtrade_file(tmp_path, "b.json", [(2021, "JPN", "X", "USA", "000000", 1.0)])])
        cat = catalogue(con)
        assert not precompute.is_current(cat, DIMENSIONS["products"])
        from latitude.profile import figures

        spine = figures.spine(con, "JPN", ["CHN", "THA"], (2020, 2021), dimensions=["products"])
        assert pd.isna(spine["value"][0]) and spine["value"].tolist()[2:] == [1, 0]
        assert precompute.refresh(con) == {"products": 6}        # KOR 3, JPN 2021: CHN and "*"
        assert precompute.is_current(catalogue(con), DIMENSIONS["products"])
        again = figures.spine(con, "JPN", ["CHN", "THA"], (2020, 2021), dimensions=["products"])
        pd.testing.assert_frame_equal(again, spine)
    finally:
        con.close()


def test_stored_counts_equal_strategic_dependencies_on_the_store(store_con) -> None:
    # the table `latitude data build` stored from the Comtrade extracts against the per-focal test
    cat = catalogue(store_con)
    assert precompute.is_current(cat, DIMENSIONS["products"])
    for focal in ("THA", "DEU", "FRA", "POL"):
        deps = products.strategic_dependencies(store_con, focal)
        flagged = deps[deps["eu_dependency"].fillna(False).astype(bool)]
        poles = sorted(set(flagged["top_supplier"]) | {"USA", "CHN", "JPN"})
        _, rows = precompute.dimension_records(cat, "products", focal, [*poles, "*"], (1990, 2024))
        got = {(y, p): n for y, _, p, n, _ in rows}
        expected = {(int(y), s): int(n) for (y, s), n in flagged.groupby(["year", "top_supplier"]).size().items()}
        expected.update({(int(y), "*"): int(flagged["year"].eq(y).sum()) for y in set(deps["year"])})
        assert got == expected and len(expected) >= 5, focal
    assert precompute.dimension_records(cat, "products", "KOR", ["USA", "*"], (1990, 2024))[1] == []


def test_source_names_the_critical_minerals_shares_as_strategic_dependencies_does(tmp_path: Path, mirror: Path) -> None:
    con = store.connect(tmp_path / "store.duckdb")
    try:
        critical_minerals.fetch(tmp_path / "raw" / critical_minerals.INFO.name, mirror)
        critical_minerals.load(con, tmp_path / "raw")
        comtrade.load_extracts(con, [_comtrade_file(tmp_path, "k.json", [
            (2020, "KOR", "M", "CHN", "280530", 900.0), (2020, "KOR", "M", "JPN", "280530", 100.0),
            (2020, "KOR", "X", "USA", "280530", 50.0), (2020, "JPN", "M", "THA", "030613", 60.0)])])
        frame = products.dependency_counts(con).to_pandas()
        # rare-earth metals (280530) are among the critical-minerals codes, frozen shrimp (030613) is not
        assert dict(zip(frame["iso3"], frame["source"])) == {"KOR": "comtrade+critical_minerals", "JPN": "comtrade"}
        for focal in ("KOR", "JPN"):
            assert set(products.strategic_dependencies(con, focal)["source"]) == set(frame.loc[frame["iso3"] == focal,
                                                                                                 "source"])
    finally:
        con.close()
