"""Triad measures: Burt's constraint and effective size computed by hand (Burt 1992, formulas in
docs/events.md), Gould-Fernandez roles on a toy network, trilateral meetings and first visits on
synthetic events, and the same triad table on DuckDB and PySpark."""
from __future__ import annotations

import duckdb
import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

from latitude import engine, events_ingest, store
from latitude.cameo import quad_class
from latitude.errors import LatitudeError
from latitude.measures import triads
from latitude.sources import atop


def test_burt_on_star_triangle_and_weighted_toy():
    star = nx.Graph([("E", "A"), ("E", "B"), ("E", "C")])
    nx.set_edge_attributes(star, 1.0, "weight")
    out = triads.burt(star, ["E"]).iloc[0]
    # Three unconnected alters: p = 1/3 each, c = 3 * (1/3)^2 = 1/3; no redundancy, ES = 3.
    assert out["constraint"] == pytest.approx(1 / 3) and out["effective_size"] == pytest.approx(3.0)
    triangle = nx.Graph([("E", "A"), ("E", "B"), ("A", "B")])
    nx.set_edge_attributes(triangle, 1.0, "weight")
    out = triads.burt(triangle, ["E"]).iloc[0]
    # p = 1/2, indirect 1/2 * 1/2: c = 2 * (3/4)^2 = 9/8; each alter half redundant: ES = 1.
    assert out["constraint"] == pytest.approx(9 / 8) and out["effective_size"] == pytest.approx(1.0)
    weighted = nx.Graph()
    weighted.add_edge("E", "A", weight=2.0)
    weighted.add_edge("E", "B", weight=1.0)
    weighted.add_edge("A", "B", weight=1.0)
    out = triads.burt(weighted, ["E", "Z"])
    # p_EA = 2/3, p_EB = 1/3, p_AB = 1/3, p_BA = 1/2:
    # c_E = (2/3 + 1/3*1/2)^2 + (1/3 + 2/3*1/3)^2 = 25/36 + 25/81 = 325/324;
    # m_AB = 1/2, m_BA = 1: ES_E = (1 - 1/3*1/2) + (1 - 2/3*1) = 7/6.
    assert out.iloc[0]["constraint"] == pytest.approx(325 / 324)
    assert out.iloc[0]["effective_size"] == pytest.approx(7 / 6)
    assert pd.isna(out.iloc[1]["constraint"])     # not in the network: missing, not 0


def test_burt_matches_networkx_reference_on_random_weighted_graph():
    import random

    rng = random.Random(7)
    graph = nx.Graph()
    for i in range(10):
        for j in range(i + 1, 10):
            if rng.random() < 0.45:
                graph.add_edge(f"n{i}", f"n{j}", weight=float(rng.randint(1, 9)))
    ours = triads.burt(graph, list(graph.nodes)).set_index("iso3")
    for node in graph.nodes:
        # networkx's per-node path (its vectorised all-nodes path disagrees with it in 3.6).
        assert ours.loc[node, "constraint"] == pytest.approx(nx.constraint(graph, [node], weight="weight")[node])
        assert ours.loc[node, "effective_size"] == pytest.approx(
            nx.effective_size(graph, [node], weight="weight")[node])


def test_gould_fernandez_roles_on_toy_network():
    groups = {"a1": "G1", "b1": "G1", "c1": "G1",      # coordinator: all in one group
              "a2": "G2", "b2": "G1", "c2": "G2",      # itinerant: a, c together, b outside
              "a3": "G2", "b3": "G1", "c3": "G1",      # gatekeeper: b in c's group
              "a4": "G1", "b4": "G1", "c4": "G2",      # representative: b in a's group
              "a5": "G1", "b5": "G2", "c5": "G3"}      # liaison: three groups
    graph = nx.DiGraph([(f"a{i}", f"b{i}") for i in range(1, 6)] + [(f"b{i}", f"c{i}") for i in range(1, 6)])
    roles = triads.brokerage_roles(graph, groups, [f"b{i}" for i in range(1, 6)]).set_index("iso3")
    for i, role in enumerate(triads.ROLES, start=1):
        assert roles.loc[f"b{i}", role] == 1 and roles.loc[f"b{i}", "total"] == 1, role
    graph.add_edge("a1", "c1")          # closing the triad removes the brokerage opportunity
    graph.add_edge("c2", "b2")          # a reciprocated tie is not a two-path to oneself
    roles = triads.brokerage_roles(graph, groups, ["b1", "b2"]).set_index("iso3")
    assert roles.loc["b1", "total"] == 0 and roles.loc["b2", "itinerant"] == 1


def ev(date, source, target, cameo):
    root = cameo[:2]
    return {"date": date, "source_iso3": source, "source_sector": "GOV", "target_iso3": target, "target_sector": "GOV",
            "cameo": cameo, "root_code": root, "quad_class": quad_class(root), "goldstein": 1.0,
            "source_id": None, "url": None, "origin": "gdelt2"}


VISITS = pd.DataFrame([
    ev("2013-01-10", "KOR", "USA", "057"),   # events start before Park took office, so she is covered
    ev("2013-06-27", "KOR", "CHN", "042"),   # Park Geun-hye in Beijing (Archigos leader from 2013-02-25)
    ev("2017-04-01", "KOR", "JPN", "042"),   # before Moon took office: counts for Park, not for him
    ev("2017-06-28", "KOR", "USA", "042"),   # Moon in Washington
    ev("2017-12-13", "KOR", "CHN", "042"),   # Moon in Beijing
    ev("2018-05-09", "JPN", "KOR", "043"),   # Japan hosts Moon (Tokyo trilateral summit)
    ev("2018-05-09", "KOR", "JPN", "040"),
    ev("2018-05-09", "CHN", "JPN", "040"),
    ev("2018-05-09", "KOR", "CHN", "046"),
    ev("2018-07-01", "KOR", "JPN", "040"),   # only two of the three pairs: not trilateral
    ev("2018-07-01", "CHN", "JPN", "040"),
    ev("2019-06-01", "KOR", "USA", "057"),
    ev("2019-06-02", "USA", "JPN", "057"),
])


@pytest.fixture()
def con():
    connection = duckdb.connect()
    connection.execute("CREATE TABLE leaders (leader VARCHAR, iso3 VARCHAR, startdate DATE, enddate DATE)")
    connection.execute("INSERT INTO leaders VALUES ('Park Geun-hye', 'KOR', '2013-02-25', '2015-12-31')")
    events_ingest.insert_events_frame(connection, VISITS, file="visits.json")
    yield connection
    connection.close()


def test_first_visit_sequencing(con):
    late = triads.first_visits(con, "KOR", ["CHN"], years=(2014, 2019))
    assert "Park Geun-hye" not in set(late["leader"])   # took office before the events begin: not sequenced
    visits = triads.first_visits(con, "KOR", ["CHN", "JPN", "USA"])
    moon = visits[visits["leader"] == "Moon Jae-in"].set_index("partner")
    assert list(moon.sort_values("order").index) == ["USA", "CHN", "JPN"]
    assert str(moon.loc["CHN", "first_visit"]) == "2017-12-13" and moon.loc["CHN", "days_after_start"] == 217
    park = visits[visits["leader"] == "Park Geun-hye"].set_index("partner")
    # Park's window runs to the next leader's start (Archigos censors her spell at 2015-12-31).
    assert park.loc["CHN", "order"] == 1 and park.loc["JPN", "order"] == 2 and pd.isna(park.loc["USA", "order"])
    sequence = triads.visit_sequence(visits).set_index("leader")["sequence"]
    assert sequence["Moon Jae-in"] == "first USA (2017-06-28), then CHN (2017-12-13), then JPN (2018-05-09)"
    assert sequence["Park Geun-hye"] == "first CHN (2013-06-27), then JPN (2017-04-01); none to USA"


def test_trilateral_days_and_triad_table(con):
    days = triads.trilateral_meeting_days(con, "KOR", "CHN", "JPN")
    assert days.to_dict("records") == [{"year": 2018, "days": 1}]
    table = triads.triad_measures(con, "KOR", "CHN", "JPN", groups={"KOR": "US", "JPN": "US", "USA": "US"})
    assert list(table.columns) == list(triads.TRIAD_COLUMNS)
    measures = set(table["measure"])
    assert {"constraint", "effective_size", "betweenness", "broker_gatekeeper", "brokers_between",
            "trilateral_meeting_days", "first_visit", "first_visit_order"} <= measures
    first = table[(table["measure"] == "first_visit_order") & (table["leader"] == "Moon Jae-in")]
    assert dict(zip(first["partner"], first["value"])) == {"CHN": 1.0, "JPN": 2.0}


def test_betweenness_of_a_bridge():
    counts = pd.DataFrame({"source_iso3": ["KOR", "KOR"], "target_iso3": ["CHN", "JPN"], "events": [3, 5]})
    graph = triads.undirected_network(counts)
    # KOR lies on the only path between CHN and JPN: normalised betweenness 1.
    assert nx.betweenness_centrality(graph, weight="distance", normalized=True)["KOR"] == pytest.approx(1.0)
    ties = triads.directed_ties(pd.DataFrame({"source_iso3": ["CHN", "KOR", "KOR"], "target_iso3": ["KOR", "JPN", "USA"],
                                              "events": [10, 9, 1]}), tie_share=0.2)
    assert ties.has_edge("KOR", "JPN") and not ties.has_edge("KOR", "USA")


def test_triad_command(tmp_path):
    from latitude.cli import app

    path = tmp_path / "t.duckdb"
    con = duckdb.connect(str(path))
    events_ingest.insert_events_frame(con, VISITS, file="visits.json")
    con.close()
    runner = CliRunner()
    result = runner.invoke(app, ["triad", "KOR", "CHN", "JPN", "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert "first CHN (2017-12-13), then JPN (2018-05-09)" in result.output   # first Beijing, then Tokyo
    csv = runner.invoke(app, ["triad", "KOR", "CHN", "JPN", "--format", "csv", "--groups", "bloc", "--store", str(path)])
    assert csv.exit_code != 0   # bloc groups need ATOP in the store
    json_out = runner.invoke(app, ["triad", "KOR", "CHN", "JPN", "--format", "json", "--store", str(path)])
    assert json_out.exit_code == 0 and '"measure": "constraint"' in json_out.output
    # VISITS carry no actor names: with --leader-only no visit is Moon's own, and the caption says why.
    own = runner.invoke(app, ["triad", "KOR", "CHN", "JPN", "--leader-only", "--store", str(path)])
    assert own.exit_code == 0 and "naming the leader in person" in own.output
    assert "first CHN (2017-12-13)" not in own.output


def add_atop(con) -> None:
    """ATOP rows as the atop source would store them, with provenance (coverage 2017-2018)."""
    # ATOP: US defence pacts with South Korea (1953 treaty) and Japan (1960 treaty); none with China.
    pacts = pd.DataFrame({"ccode1": [2, 2, 2, 2], "ccode2": [732, 740, 710, 732], "year": [2018, 2018, 2018, 2017],
                          "atop_defense": [1, 1, 0, 1]})
    store.replace_source(con, atop.INFO, {"atop_alliance": pacts})


def test_bloc_groups_from_atop_defence_pacts():
    con = duckdb.connect()
    add_atop(con)
    groups = triads.bloc_groups(con, ["KOR", "JPN", "USA", "CHN"], 2020)   # capped at ATOP's last year
    assert groups == {"KOR": "US allies", "JPN": "US allies", "USA": "US allies", "CHN": "others"}
    # With blocs, KOR passing Chinese cooperation on to Japan is a gatekeeper (b in c's group).
    ties = nx.DiGraph([("CHN", "KOR"), ("KOR", "JPN")])
    roles = triads.brokerage_roles(ties, groups, ["KOR"]).iloc[0]
    assert roles["gatekeeper"] == 1 and roles["total"] == 1


def test_first_visits_government_only():
    con = duckdb.connect()
    rows = VISITS.copy()
    business = (rows["date"] == "2017-06-28")
    rows.loc[business, "source_sector"] = "BUS"      # a business delegation, not the government
    events_ingest.insert_events_frame(con, rows, file="visits.json")
    moon = triads.first_visits(con, "KOR", ["USA", "CHN"], government_only=True)
    moon = moon[moon["leader"] == "Moon Jae-in"].set_index("partner")
    assert pd.isna(moon.loc["USA", "order"]) and moon.loc["CHN", "order"] == 1


def test_leader_names_match_archigos_and_icews_spellings():
    assert triads.is_leader("Barack Obama", "Obama") and triads.is_leader("George W. Bush", "G.W. Bush")
    assert triads.is_leader("Recep Tayyip Erdoğan", "Erdogan") and triads.is_leader("Moon Jae–in", "Moon Jae-in")
    assert triads.is_leader("Yukio Hatoyama", "Hatoyama Yukio") and triads.is_leader("Kim Dae-jung", "Kim Dae Jung")
    assert not triads.is_leader("Kim Jong-un", "Kim Dae Jung") and not triads.is_leader("South Korea", "Moon Jae-in")
    assert not triads.is_leader(None, "Moon Jae-in")


def test_first_visits_leader_only():
    con = duckdb.connect()
    rows = VISITS.copy()
    rows["source_name"] = "South Korea"
    rows["target_name"] = rows["target_iso3"]
    rows.loc[rows["date"] == "2017-12-13", "source_name"] = "Moon Jae-in"       # Moon in Beijing in person
    rows.loc[rows["date"] == "2018-05-09", "target_name"] = "Moon Jae-in"       # Japan hosts Moon (043)
    events_ingest.insert_events_frame(con, rows, file="visits.json")
    every = triads.first_visits(con, "KOR", ["USA", "CHN", "JPN"])
    own = triads.first_visits(con, "KOR", ["USA", "CHN", "JPN"], leader_only=True)
    moon, moon_any = (f[f["leader"] == "Moon Jae-in"].set_index("partner") for f in (own, every))
    assert moon_any.loc["USA", "order"] == 1                 # the 2017-06-28 visit by "South Korea"
    assert pd.isna(moon.loc["USA", "order"])                  # ... is not a visit by Moon in person
    assert moon.loc["CHN", "order"] == 1 and moon.loc["JPN", "order"] == 2
    assert str(moon.loc["JPN", "first_visit"]) == "2018-05-09"
    # A leader with no visit of his own in the window (Park: no KOR -> USA visit 2013-2017) is listed, unvisited.
    con.execute("CREATE TABLE leaders (leader VARCHAR, iso3 VARCHAR, startdate DATE, enddate DATE)")
    con.execute("INSERT INTO leaders VALUES ('Park Geun-hye', 'KOR', '2013-02-25', '2015-12-31')")
    usa = triads.first_visits(con, "KOR", ["USA"], leader_only=True).set_index("leader")
    assert pd.isna(usa.loc["Park Geun-hye", "order"]) and pd.isna(usa.loc["Moon Jae-in", "order"])


def test_leaders_come_from_the_store_or_latitudes_own_table(con):
    # No post-2015 rows in this store's `leaders` (Archigos only): latitude's packaged table
    # supplies Moon Jae-in (sworn in 10 May 2017, Office of the President) and leaves out the
    # acting presidents between Park and Moon (Hwang Kyo-ahn is not an effective leader).
    starts = triads.leader_starts(con, "KOR").set_index("leader")
    assert str(starts.loc["Moon Jae-in", "startdate"].date()) == "2017-05-10"
    assert "Hwang Kyo-ahn" not in starts.index and starts.loc["Park Geun-hye", "source"] == "Archigos 4.1"
    assert starts.loc["Moon Jae-in", "source"].startswith("http")
    # A store whose `leaders` holds latitude's rows is read as it is (here, one invented spell).
    con.execute("ALTER TABLE leaders ADD COLUMN origin VARCHAR")
    con.execute("ALTER TABLE leaders ADD COLUMN effective BOOLEAN")
    con.execute("ALTER TABLE leaders ADD COLUMN source VARCHAR")
    con.execute("UPDATE leaders SET origin = 'archigos', effective = true")
    con.execute("INSERT INTO leaders VALUES ('Test Leader', 'KOR', '2017-06-01', NULL, 'latitude', true, 'https://x')")
    assert list(triads.leader_starts(con, "KOR")["leader"]) == ["Park Geun-hye", "Test Leader"]


def test_tie_share_must_be_a_share(con):
    with pytest.raises(LatitudeError, match="tie share 2 is not a share"):
        triads.triad_measures(con, "KOR", "CHN", "JPN", tie_share=2)


@pytest.fixture(scope="module")
def visits_store(tmp_path_factory):
    connection = duckdb.connect(str(tmp_path_factory.mktemp("triad") / "t.duckdb"))
    connection.execute("CREATE TABLE leaders (leader VARCHAR, iso3 VARCHAR, startdate DATE, enddate DATE)")
    connection.execute("INSERT INTO leaders VALUES ('Park Geun-hye', 'KOR', '2013-02-25', '2015-12-31')")
    add_atop(connection)
    rows = VISITS.copy()
    rows["source_name"] = "South Korea"
    rows["target_name"] = rows["target_iso3"]
    rows.loc[rows["date"] == "2017-12-13", "source_name"] = "Moon Jae-in"
    events_ingest.insert_events_frame(connection, rows, file="visits.json")
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def spark(visits_store, spark_session, tmp_path_factory):
    """The visits copied into Spark: a session of its own on the run's Spark context (`spark_session`
    skips without PySpark or Java), so its temporary views stay apart from the store's."""
    return engine.spark_backend(visits_store, tables=("events", "event_files", "leaders", "atop_alliance"),
                                session=spark_session.newSession(),
                                workdir=tmp_path_factory.mktemp("spark"))


def test_spark_gives_duckdbs_triad_and_visits(visits_store, spark):
    assert spark.name == "pyspark"
    ours = triads.triad_measures(visits_store, "KOR", "CHN", "JPN", groups="bloc")
    theirs = triads.triad_measures(spark, "KOR", "CHN", "JPN", groups="bloc")
    assert len(ours) > 40
    pd.testing.assert_frame_equal(ours, theirs, check_dtype=False)
    for options in ({"government_only": True}, {"leader_only": True}):
        ours = triads.first_visits(visits_store, "KOR", ["USA", "CHN", "JPN"], **options)
        pd.testing.assert_frame_equal(ours, triads.first_visits(spark, "KOR", ["USA", "CHN", "JPN"], **options),
                                      check_dtype=False)
    moon = ours[ours["leader"] == "Moon Jae-in"].set_index("partner")   # leader_only: only the Beijing visit
    assert moon.loc["CHN", "order"] == 1 and moon["order"].notna().sum() == 1
