"""Mediation and balance in a triad (e.g. KOR between CHN and JPN), from event data.

Two networks are built from the `events` table over the chosen years:
- cooperation: undirected, weight = cooperative events (CAMEO quad classes 1-2) between two
  countries in either direction;
- meetings: undirected, weight = consultation events (CAMEO root 04: consult, visit, host,
  meet at a third location, mediate, negotiate).

On each network, for every member of the triad:
- Burt's (1992) constraint c_i = sum_j (p_ij + sum_q p_iq p_qj)^2 with p_ij = (a_ij + a_ji) /
  sum_k (a_ik + a_ki), and effective size ES_i = sum_j (1 - sum_q p_iq m_jq) with m_jq = a_jq /
  max_k a_jk (the definitions of networkx `constraint` and `effective_size`, in matrix form);
- betweenness centrality over all countries in the events (weighted, distance = 1 / weight,
  normalised; Brandes 2001, Opsahl et al. 2010).

Gould & Fernandez (1989) brokerage roles are counted on the directed cooperation network: a
tie a -> b exists when b receives at least `tie_share` of a's cooperative events (b is one of a's
main partners). Each open two-path a -> b -> c (no tie a -> c) makes b a broker whose role
depends on the groups of a, b and c: coordinator (all in one group), itinerant (a and c share a
group, b outside), gatekeeper (b in c's group, a outside), representative (b in a's group, c
outside), liaison (all three in different groups). Groups are UN geoscheme regions, ATOP
defence-pact blocs around the United States, or a mapping the caller gives.

Trilateral meetings: days on which each of the three pairs has at least one consultation
event (a proxy: events carry no meeting identifier). First visits: for each leader of the focal
state taking office, the first "make a visit" (CAMEO 042, focal -> partner) or "host a visit"
(043, partner -> focal) event with each partner after the start date, and their order; by
default any actor of the focal state counts, with `leader_only` only events naming the leader in
person (the visitor's name in ICEWS "Source Name" / GDELT "Actor1Name" matches the leader's).
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterable, Mapping

import duckdb
import networkx as nx
import numpy as np
import pandas as pd

from latitude import countries, store
from latitude.errors import LatitudeError
from latitude.measures.events import require_events
from latitude.years import Years, year_range

ROLES = ("coordinator", "itinerant", "gatekeeper", "representative", "liaison")
TRIAD_COLUMNS = ("iso3", "measure", "network", "partner", "leader", "date", "value", "source")

# Heads of government / state who took office after Archigos 4.1 ends (2015), for first-visit
# sequencing. Dates of inauguration or appointment as given in each office's official list.
LATER_LEADERS = pd.DataFrame([
    ("KOR", "Moon Jae-in", "2017-05-10", "Office of the President of Korea, list of presidents"),
    ("KOR", "Yoon Suk Yeol", "2022-05-10", "Office of the President of Korea, list of presidents"),
    ("KOR", "Lee Jae-myung", "2025-06-04", "Office of the President of Korea, list of presidents"),
    ("JPN", "Suga Yoshihide", "2020-09-16", "Prime Minister's Office of Japan, successive prime ministers"),
    ("JPN", "Kishida Fumio", "2021-10-04", "Prime Minister's Office of Japan, successive prime ministers"),
    ("JPN", "Ishiba Shigeru", "2024-10-01", "Prime Minister's Office of Japan, successive prime ministers"),
    ("JPN", "Takaichi Sanae", "2025-10-21", "Prime Minister's Office of Japan, successive prime ministers"),
    ("USA", "Donald Trump", "2017-01-20", "US National Archives, presidential inaugurations"),
    ("USA", "Joe Biden", "2021-01-20", "US National Archives, presidential inaugurations"),
    ("USA", "Donald Trump", "2025-01-20", "US National Archives, presidential inaugurations"),
    ("GBR", "Theresa May", "2016-07-13", "gov.uk, past prime ministers"),
    ("GBR", "Boris Johnson", "2019-07-24", "gov.uk, past prime ministers"),
    ("GBR", "Liz Truss", "2022-09-06", "gov.uk, past prime ministers"),
    ("GBR", "Rishi Sunak", "2022-10-25", "gov.uk, past prime ministers"),
    ("GBR", "Keir Starmer", "2024-07-05", "gov.uk, past prime ministers"),
    ("FRA", "Emmanuel Macron", "2017-05-14", "Élysée, presidents of the Republic"),
    ("DEU", "Olaf Scholz", "2021-12-08", "Bundesregierung, federal chancellors"),
    ("DEU", "Friedrich Merz", "2025-05-06", "Bundesregierung, federal chancellors"),
    ("AUS", "Scott Morrison", "2018-08-24", "National Archives of Australia, prime ministers"),
    ("AUS", "Anthony Albanese", "2022-05-23", "National Archives of Australia, prime ministers"),
    ("PHL", "Rodrigo Duterte", "2016-06-30", "Presidential Museum and Library, presidents"),
    ("PHL", "Ferdinand Marcos Jr.", "2022-06-30", "Presidential Museum and Library, presidents"),
    ("TWN", "Tsai Ing-wen", "2016-05-20", "Office of the President (Taiwan), presidents"),
    ("TWN", "Lai Ching-te", "2024-05-20", "Office of the President (Taiwan), presidents"),
], columns=["iso3", "leader", "startdate", "source"])


# ---------------------------------------------------------------- networks

def _where(years: Years, origins: Iterable[str] | None) -> tuple[str, list]:
    clause, args = ["source_iso3 IS NOT NULL", "target_iso3 IS NOT NULL", "source_iso3 <> target_iso3"], []
    years = year_range(years)
    if years is not None:
        clause.append("year(date) BETWEEN ? AND ?")
        args += [int(years[0]), int(years[1])]
    if origins:
        values = list(origins)
        clause.append(f"origin IN ({', '.join('?' for _ in values)})")
        args += values
    return " AND ".join(clause), args


def directed_counts(con: duckdb.DuckDBPyConnection, kind: str = "cooperation",
                    years: Years = None, origins: Iterable[str] | None = None) -> pd.DataFrame:
    """source_iso3, target_iso3, events: cooperative (quad 1-2) or consultation (root 04) events."""
    require_events(con)
    selector = {"cooperation": "quad_class IN (1, 2)", "meetings": "root_code = '04'"}
    if kind not in selector:
        raise LatitudeError(f"unknown network '{kind}': use cooperation or meetings")
    where, args = _where(years, origins)
    return con.execute(f"""SELECT source_iso3, target_iso3, count(*) AS events FROM events
                           WHERE {where} AND {selector[kind]} GROUP BY ALL""", args).df()


def undirected_network(counts: pd.DataFrame) -> nx.Graph:
    """Weighted undirected graph: weight = events in either direction, distance = 1 / weight."""
    graph = nx.Graph()
    for source, target, events in counts[["source_iso3", "target_iso3", "events"]].itertuples(index=False):
        weight = graph[source][target]["weight"] + events if graph.has_edge(source, target) else events
        graph.add_edge(source, target, weight=float(weight))
    for _, _, data in graph.edges(data=True):
        data["distance"] = 1.0 / data["weight"]
    return graph


def directed_ties(counts: pd.DataFrame, tie_share: float = 0.05) -> nx.DiGraph:
    """a -> b when b receives at least `tie_share` of a's events (b is one of a's main partners)."""
    graph = nx.DiGraph()
    totals = counts.groupby("source_iso3")["events"].transform("sum")
    kept = counts[counts["events"] >= tie_share * totals]
    graph.add_nodes_from(pd.unique(counts[["source_iso3", "target_iso3"]].values.ravel()))
    graph.add_edges_from(kept[["source_iso3", "target_iso3"]].itertuples(index=False, name=None))
    return graph


def burt(graph: nx.Graph, nodes: Iterable[str]) -> pd.DataFrame:
    """Burt's constraint and effective size of `nodes` (weights `weight`); missing if not in the graph.

    Same definitions as networkx `constraint` / `effective_size` with weights, in matrix form
    (networkx recomputes every normalised weight per term and takes minutes on a dense event
    network): M = A + A^T, P = M / row sums, c_i = sum_{j in N(i)} (P_ij + (P P)_ij)^2 and
    ES_i = sum_{j in N(i)} (1 - sum_q P_iq M_jq / max_k M_jk).
    """
    nodes = list(nodes)
    order = list(graph.nodes)
    index = {n: i for i, n in enumerate(order)}
    adjacency = nx.to_numpy_array(graph, nodelist=order, weight="weight") if order else np.zeros((0, 0))
    np.fill_diagonal(adjacency, 0.0)
    mutual = adjacency + adjacency.T
    totals = mutual.sum(axis=1, keepdims=True)
    share = np.divide(mutual, totals, out=np.zeros_like(mutual), where=totals > 0)
    peaks = mutual.max(axis=1, keepdims=True) if len(order) else np.zeros((0, 1))
    marginal = np.divide(mutual, peaks, out=np.zeros_like(mutual), where=peaks > 0)
    constraint, size = [], []
    for node in nodes:
        if node not in index or not (mutual[index[node]] > 0).any():
            constraint.append(float("nan"))
            size.append(float("nan"))
            continue
        i = index[node]
        alters = np.flatnonzero(mutual[i] > 0)
        indirect = share[i] @ share[:, alters]
        constraint.append(float(((share[i, alters] + indirect) ** 2).sum()))
        redundancy = marginal[alters] @ share[i]
        size.append(float((1.0 - redundancy).sum()))
    return pd.DataFrame({"iso3": nodes, "constraint": constraint, "effective_size": size})


# ---------------------------------------------------------------- brokerage

def broker_role(group_a: str, group_b: str, group_c: str) -> str:
    """Gould-Fernandez role of broker b on the path a -> b -> c."""
    if group_a == group_b == group_c:
        return "coordinator"
    if group_a == group_c:
        return "itinerant"
    if group_b == group_c:
        return "gatekeeper"
    if group_a == group_b:
        return "representative"
    return "liaison"


def brokerage_roles(graph: nx.DiGraph, groups: Mapping[str, str], brokers: Iterable[str] | None = None) -> pd.DataFrame:
    """Counts of each Gould-Fernandez role per broker over open two-paths a -> b -> c (no a -> c).

    Countries without a group get their own singleton group (their ISO3 code).
    """
    chosen = list(brokers) if brokers is not None else list(graph.nodes)
    rows = []
    for b in chosen:
        counts = dict.fromkeys(ROLES, 0)
        if b in graph:
            for a in graph.predecessors(b):
                for c in graph.successors(b):
                    if a == c or graph.has_edge(a, c):
                        continue
                    counts[broker_role(groups.get(a, a), groups.get(b, b), groups.get(c, c))] += 1
        rows.append({"iso3": b, **counts, "total": sum(counts.values())})
    return pd.DataFrame(rows, columns=["iso3", *ROLES, "total"])


def region_groups(codes: Iterable[str]) -> dict[str, str]:
    """UN geoscheme subregion of each ISO3 code (country_converter's UNregion)."""
    import country_converter as coco

    table = coco.CountryConverter().data[["ISO3", "UNregion"]].dropna()
    lookup = dict(zip(table["ISO3"], table["UNregion"]))
    return {c: lookup[c] for c in codes if c in lookup}


def bloc_groups(con: duckdb.DuckDBPyConnection, codes: Iterable[str], year: int) -> dict[str, str]:
    """'US allies' (the USA and states in an ATOP defence pact with it in `year`) and 'others'."""
    from latitude import store

    store.require(con, "atop_alliance")
    last = con.execute("SELECT max(year) FROM atop_alliance").fetchall()[0][0]
    allies = con.execute("SELECT DISTINCT ccode2 FROM atop_alliance WHERE ccode1 = 2 AND atop_defense = 1 "
                         "AND year = ?", [min(year, last)]).fetchall()
    ally_iso3 = {countries.cow_to_iso3(int(code)) for (code,) in allies} | {"USA"}
    return {c: "US allies" if c in ally_iso3 else "others" for c in codes}


# ---------------------------------------------------------------- meetings and visits

def trilateral_meeting_days(con: duckdb.DuckDBPyConnection, a: str, b: str, c: str,
                            years: Years = None,
                            origins: Iterable[str] | None = None) -> pd.DataFrame:
    """year, days: days on which all three pairs of the triad have a consultation (CAMEO 04) event."""
    require_events(con)
    where, args = _where(years, origins)
    pairs = [tuple(sorted(p)) for p in combinations((a, b, c), 2)]
    frame = con.execute(f"""
        SELECT date, least(source_iso3, target_iso3) AS x, greatest(source_iso3, target_iso3) AS y
        FROM events WHERE {where} AND root_code = '04'
          AND source_iso3 IN (?, ?, ?) AND target_iso3 IN (?, ?, ?)
        GROUP BY ALL""", [*args, a, b, c, a, b, c]).df()
    frame["pair"] = list(zip(frame["x"], frame["y"]))
    per_day = frame[frame["pair"].isin(pairs)].groupby("date")["pair"].nunique()
    years_of_days = pd.to_datetime(pd.Series(per_day[per_day == 3].index, dtype="object")).dt.year
    out = years_of_days.value_counts().sort_index()
    return pd.DataFrame({"year": out.index.astype(int), "days": out.values.astype(int)})


def leader_starts(con: duckdb.DuckDBPyConnection, iso3: str) -> pd.DataFrame:
    """leader, startdate, source for a state: Archigos 4.1 (`leaders` table, to 2015) then LATER_LEADERS."""
    frames = []
    if store.has_table(con, "leaders"):
        archigos = con.execute("SELECT leader, startdate FROM leaders WHERE iso3 = ?", [iso3]).df()
        frames.append(archigos.assign(source="Archigos 4.1"))
    later = LATER_LEADERS[LATER_LEADERS["iso3"] == iso3][["leader", "startdate", "source"]]
    frames.append(later)
    starts = pd.concat(frames, ignore_index=True)
    starts["startdate"] = pd.to_datetime(starts["startdate"])
    starts = starts.drop_duplicates("startdate").sort_values("startdate", ignore_index=True)
    starts["next_start"] = starts["startdate"].shift(-1)
    return starts


def _name_tokens(name: object) -> frozenset[str]:
    """Lower-case name parts without initials ('G.W. Bush' -> {'bush'}; 'Moon Jae-in' -> {'moon', 'jae', 'in'})."""
    if name is None or pd.isna(name):
        return frozenset()
    from latitude.coding.text import tokens

    return frozenset(t for t in tokens(str(name)) if len(t) > 1 or t.isdigit())


def is_leader(actor: object, leader: str) -> bool:
    """True when an event actor's name names the leader: every part of the leader's name (initials
    aside) is in it, in any order ('Barack Obama' for Archigos 'Obama', 'Yukio Hatoyama' for
    'Hatoyama Yukio', 'Kim Dae-jung' for 'Kim Dae Jung')."""
    wanted = _name_tokens(leader)
    return bool(wanted) and wanted <= _name_tokens(actor)


def first_visits(con: duckdb.DuckDBPyConnection, focal: str, partners: Iterable[str],
                 years: Years = None, origins: Iterable[str] | None = None,
                 government_only: bool = False, leader_only: bool = False) -> pd.DataFrame:
    """For each leader of `focal` taking office within the events' dates: first visit to each partner.

    A visit is a CAMEO 042 event focal -> partner or 043 partner -> focal (the host is the source).
    `leader_only`: only visits whose focal-side actor is the leader in person (see `is_leader`);
    events without actor names (latitude's coder) then never count.
    Columns: iso3, leader, startdate, partner, first_visit, days_after_start, order (1 = first
    partner visited; missing if no visit before the next leader), leader_source.
    """
    require_events(con)
    focal = countries.iso3(focal)
    partner_list = [countries.iso3(p) for p in partners]
    where, args = _where(years, origins)
    sector = ""
    if government_only:
        sector = (" AND ((cameo = '042' AND (source_sector ILIKE '%GOV%' OR source_sector ILIKE '%Executive%'))"
                  " OR (cameo = '043' AND (target_sector ILIKE '%GOV%' OR target_sector ILIKE '%Executive%')))")
    has_names = "source_name" in store.column_types(con, "events")
    if leader_only and not has_names:
        raise LatitudeError("the events table predates actor names: reload the events (latitude data build, "
                            "or latitude events load --replace) to use leader-only first visits")
    visitor = "CASE WHEN cameo = '042' THEN source_name ELSE target_name END" if has_names else "NULL"
    marks = ", ".join("?" for _ in partner_list)
    visits = con.execute(f"""
        SELECT date, CASE WHEN cameo = '042' THEN target_iso3 ELSE source_iso3 END AS partner,
               {visitor} AS visitor FROM events
        WHERE {where}{sector} AND ((cameo = '042' AND source_iso3 = ? AND target_iso3 IN ({marks}))
                           OR (cameo = '043' AND target_iso3 = ? AND source_iso3 IN ({marks})))""",
                         [*args, focal, *partner_list, focal, *partner_list]).df()
    visits["date"] = pd.to_datetime(visits["date"])
    span = con.execute(f"SELECT min(date), max(date) FROM events WHERE {where}", args).fetchall()[0]
    if span[0] is None:
        return pd.DataFrame(columns=["iso3", "leader", "startdate", "partner", "first_visit", "days_after_start",
                                     "order", "leader_source"])
    first_date, last_date = pd.Timestamp(span[0]), pd.Timestamp(span[1])
    starts = leader_starts(con, focal)
    starts = starts[(starts["startdate"] >= first_date) & (starts["startdate"] <= last_date)]
    rows = []
    for leader in starts.itertuples(index=False):
        window = visits[(visits["date"] >= leader.startdate)
                        & ((visits["date"] < leader.next_start) if pd.notna(leader.next_start) else True)]
        if leader_only:
            window = window[window["visitor"].map(lambda name: is_leader(name, leader.leader)).astype(bool)]
        firsts = window.groupby("partner")["date"].min()
        ranks = firsts.rank(method="min")
        for partner in partner_list:
            seen = partner in firsts.index
            rows.append({"iso3": focal, "leader": leader.leader, "startdate": leader.startdate.date(),
                         "partner": partner, "first_visit": firsts[partner].date() if seen else None,
                         "days_after_start": int((firsts[partner] - leader.startdate).days) if seen else None,
                         "order": int(ranks[partner]) if seen else None, "leader_source": leader.source})
    out = pd.DataFrame(rows, columns=["iso3", "leader", "startdate", "partner", "first_visit", "days_after_start",
                                      "order", "leader_source"])
    out["days_after_start"] = out["days_after_start"].astype("Int64")
    out["order"] = out["order"].astype("Int64")
    return out


def visit_sequence(visits: pd.DataFrame) -> pd.DataFrame:
    """One line per leader: 'first CHN (2017-12-13), then JPN (2018-05-09)'; unvisited partners last."""
    lines = []
    for (leader, start), rows in visits.groupby(["leader", "startdate"], sort=False):
        seen = rows.dropna(subset=["order"]).sort_values(["order", "partner"])
        parts = [f"{r.partner} ({r.first_visit})" for r in seen.itertuples()]
        text = ("first " + ", then ".join(parts)) if parts else "no recorded visit"
        missing = sorted(set(rows["partner"]) - set(seen["partner"]))
        if missing and parts:
            text += f"; none to {', '.join(missing)}"
        lines.append({"leader": leader, "startdate": start, "sequence": text})
    return pd.DataFrame(lines, columns=["leader", "startdate", "sequence"])


# ---------------------------------------------------------------- the triad

def triad_measures(con: duckdb.DuckDBPyConnection, a: str, b: str, c: str, years: Years = None,
                   groups: str | Mapping[str, str] = "region", tie_share: float = 0.05,
                   origins: Iterable[str] | None = None) -> pd.DataFrame:
    """Long table of triad measures: iso3, measure, network, partner, leader, date, value, source.

    Measures: constraint, effective_size, betweenness (networks 'cooperation' and 'meetings');
    broker_<role> counts and broker_total (network 'cooperation', directed ties); brokers_between
    (1 if iso3 brokers an open two-path between the other two, 0 if not); trilateral_meeting_days
    per year (iso3 = the triad as 'A-B-C', date = year); first_visit (partner visited, date, value =
    days after the leader took office; measure first_visit_order gives the rank).
    """
    years = year_range(years)
    triad = [countries.iso3(x) for x in (a, b, c)]
    if len(set(triad)) != 3:
        raise LatitudeError(f"a triad needs three different countries, got {', '.join(triad)}")
    require_events(con)
    where, args = _where(years, origins)
    origin_text = "+".join(r[0] for r in con.execute(
        f"SELECT DISTINCT origin FROM events WHERE {where} ORDER BY 1", args).fetchall())
    if not origin_text:
        raise LatitudeError("no dyadic events in the chosen years: check --years against `latitude events status`")
    rows: list[dict] = []

    def add(iso3, measure, network, value, partner=None, leader=None, date=None):
        rows.append({"iso3": iso3, "measure": measure, "network": network, "partner": partner, "leader": leader,
                     "date": date, "value": value, "source": origin_text})

    coop_counts = pd.DataFrame()
    for kind in ("cooperation", "meetings"):
        counts = directed_counts(con, kind, years, origins)
        if kind == "cooperation":
            coop_counts = counts
        graph = undirected_network(counts)
        between = nx.betweenness_centrality(graph, weight="distance", normalized=True) if len(graph) else {}
        for row in burt(graph, triad).itertuples(index=False):
            add(row.iso3, "constraint", kind, row.constraint)
            add(row.iso3, "effective_size", kind, row.effective_size)
            add(row.iso3, "betweenness", kind, between.get(row.iso3, float("nan")))
    ties = directed_ties(coop_counts, tie_share)
    nodes = list(ties.nodes)
    if isinstance(groups, str):
        if groups == "region":
            mapping = region_groups(nodes)
        elif groups == "bloc":
            mapping = bloc_groups(con, nodes, years[1] if years else int(con.execute(
                f"SELECT max(year(date)) FROM events WHERE {where}", args).fetchall()[0][0]))
        else:
            raise LatitudeError(f"unknown grouping '{groups}': use region or bloc")
    else:
        mapping = dict(groups)
    roles = brokerage_roles(ties, mapping, triad)
    for row in roles.itertuples(index=False):
        for role in (*ROLES, "total"):
            add(row.iso3, f"broker_{role}", "cooperation", float(getattr(row, role)))
    for broker in triad:
        x, y = [t for t in triad if t != broker]
        open_path = any(ties.has_edge(s, broker) and ties.has_edge(broker, t) and not ties.has_edge(s, t)
                        for s, t in ((x, y), (y, x)))
        add(broker, "brokers_between", "cooperation", float(open_path) if broker in ties else float("nan"),
            partner=f"{x}-{y}")
    for row in trilateral_meeting_days(con, *triad, years=years, origins=origins).itertuples(index=False):
        add("-".join(triad), "trilateral_meeting_days", "meetings", float(row.days), date=str(row.year))
    visits = first_visits(con, triad[0], triad[1:], years=years, origins=origins)
    for row in visits.itertuples(index=False):
        seen = row.first_visit is not None
        add(row.iso3, "first_visit", "visits", float(row.days_after_start) if seen else float("nan"),
            partner=row.partner, leader=row.leader, date=str(row.first_visit) if seen else None)
        add(row.iso3, "first_visit_order", "visits", float(row.order) if seen else float("nan"),
            partner=row.partner, leader=row.leader, date=str(row.startdate))
    return pd.DataFrame(rows, columns=list(TRIAD_COLUMNS))
