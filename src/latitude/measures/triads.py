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
event (a proxy: events carry no meeting identifier). First visits: for each effective leader of
the focal state taking office (the store's `leaders` table: Archigos to 2015, then latitude's own
table, also readable without a store as `latitude.leaders`), the first "make a visit" (CAMEO 042,
focal -> partner) or "host a visit" (043, partner -> focal) event with each partner after the
start date, and their order; by default any actor of the focal state counts, with `leader_only`
only events naming the leader in person (the visitor's name in ICEWS "Source Name" / GDELT
"Actor1Name" matches the leader's).

The event counts are Ibis expressions over the catalogue's tables (DuckDB or PySpark); the small
networks and the leaders' windows are finished in networkx and pandas. The bundled samples are
left out unless `include_samples=True`.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

import ibis
import networkx as nx
import numpy as np
import pandas as pd

from latitude import countries
from latitude.catalogue import CatalogueLike, catalogue
from latitude.errors import LatitudeError
from latitude.measures.events import EventScope, event_scope
from latitude.years import Years, year_range

ROLES = ("coordinator", "itinerant", "gatekeeper", "representative", "liaison")
TRIAD_COLUMNS = ("iso3", "measure", "network", "partner", "leader", "date", "value", "source")
VISIT_COLUMNS = ["iso3", "leader", "startdate", "partner", "first_visit", "days_after_start", "order", "leader_source"]
NETWORKS = ("cooperation", "meetings")


# ---------------------------------------------------------------- networks

def _dyadic(scope: EventScope):
    """Events between two different, known countries."""
    t = scope.table
    return t.filter(t.source_iso3.notnull(), t.target_iso3.notnull(), t.source_iso3 != t.target_iso3)


def _kind(t, kind: str):
    if kind == "cooperation":
        return t.quad_class.isin([1, 2])
    if kind == "meetings":
        return t.root_code == "04"
    raise LatitudeError(f"unknown network '{kind}': use cooperation or meetings")


def directed_counts(con: CatalogueLike, kind: str = "cooperation", years: Years = None,
                    origins: Iterable[str] | None = None, include_samples: bool = False) -> pd.DataFrame:
    """source_iso3, target_iso3, events: cooperative (quad 1-2) or consultation (root 04) events."""
    return _directed_counts(event_scope(con, years, origins, include_samples), kind)


def _directed_counts(scope: EventScope, kind: str) -> pd.DataFrame:
    t = _dyadic(scope)
    t = t.filter(_kind(t, kind))
    counts = t.group_by("source_iso3", "target_iso3").aggregate(events=t.count()).to_pandas()
    counts["events"] = counts["events"].astype("int64")
    return counts.sort_values(["source_iso3", "target_iso3"], ignore_index=True)


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


def bloc_groups(con: CatalogueLike, codes: Iterable[str], year: int) -> dict[str, str]:
    """'US allies' (the USA and states in an ATOP defence pact with it in `year`, capped at ATOP's
    last year) and 'others'."""
    cat = catalogue(con)
    atop = cat.table("atop_alliance")
    last = cat.coverage("atop_alliance")[1]
    chosen = min(year, last) if last is not None else year
    allies = atop.filter(atop.ccode1 == 2, atop.atop_defense == 1, atop.year == chosen).select("ccode2").distinct()
    ally_iso3 = {countries.cow_to_iso3(int(code)) for code in allies.to_pandas()["ccode2"]} | {"USA"}
    return {c: "US allies" if c in ally_iso3 else "others" for c in codes}


# ---------------------------------------------------------------- meetings and visits

def trilateral_meeting_days(con: CatalogueLike, a: str, b: str, c: str, years: Years = None,
                            origins: Iterable[str] | None = None, include_samples: bool = False) -> pd.DataFrame:
    """year, days: days on which all three pairs of the triad have a consultation (CAMEO 04) event."""
    return _trilateral_days(event_scope(con, years, origins, include_samples), (a, b, c))


def _trilateral_days(scope: EventScope, triad: tuple[str, str, str]) -> pd.DataFrame:
    t = _dyadic(scope)
    members = list(triad)
    pairs = t.filter(t.root_code == "04", t.source_iso3.isin(members), t.target_iso3.isin(members))
    frame = pairs.select("date", "source_iso3", "target_iso3").distinct().to_pandas()
    frame["pair"] = [tuple(sorted(p)) for p in zip(frame["source_iso3"], frame["target_iso3"])]
    per_day = frame.drop_duplicates(["date", "pair"]).groupby("date")["pair"].nunique()
    years_of_days = pd.to_datetime(pd.Series(per_day[per_day == 3].index, dtype="object")).dt.year
    out = years_of_days.value_counts().sort_index()
    return pd.DataFrame({"year": out.index.astype(int), "days": out.values.astype(int)})


def leader_starts(con: CatalogueLike, iso3: str) -> pd.DataFrame:
    """leader, startdate, source, next_start: the spells of the state's effective leaders.

    From the store's `leaders` table (Archigos 4.1 to 2015 and, in stores built since it gained
    them, latitude's rows from 2016); without those rows, latitude's packaged table
    (`latitude.leaders.since_2016`) supplies the leaders from 2016. Acting holders (not effective)
    are left out; a spell that appears in both sources is kept once.
    """
    from latitude import leaders as latest

    cat = catalogue(con)
    frames = []
    has_latest = False
    if cat.has("leaders"):
        table = cat.table("leaders")
        rows = table.filter(table.iso3 == iso3)
        if "effective" in table.columns:
            rows = rows.filter(rows.effective.fill_null(True))
        extra = [c for c in ("origin", "source") if c in table.columns]
        stored = rows.select("leader", "startdate", *extra).to_pandas()
        origin = stored["origin"] if "origin" in stored else pd.Series("archigos", index=stored.index)
        given = stored["source"] if "source" in stored else pd.Series(None, index=stored.index, dtype=object)
        stored["source"] = given.where(origin.eq("latitude"), "Archigos 4.1")
        frames.append(stored[["leader", "startdate", "source"]])
        if "origin" in table.columns:
            has_latest = bool(table.filter(table.origin == "latitude").count().execute())
    if not has_latest:
        packaged = latest.since_2016()
        packaged = packaged[(packaged["iso3"] == iso3) & packaged["effective"]]
        frames.append(packaged[["leader", "startdate", "source"]])
    starts = pd.concat([f for f in frames if len(f)] or [pd.DataFrame(columns=["leader", "startdate", "source"])],
                       ignore_index=True)
    starts["startdate"] = pd.to_datetime(starts["startdate"])
    starts = starts.drop_duplicates("startdate").sort_values("startdate", ignore_index=True)
    starts["next_start"] = starts["startdate"].shift(-1)
    return starts


_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "–": "-", "—": "-"})
_NAME_PART = re.compile(r"[a-z0-9]+")


def name_tokens(name: object) -> frozenset[str]:
    """Lower-case name parts, accents folded, hyphens splitting, initials dropped
    ('G.W. Bush' -> {'bush'}; 'Moon Jae-in' -> {'moon', 'jae', 'in'}; 'Erdoğan' -> {'erdogan'})."""
    if name is None or pd.isna(name):
        return frozenset()
    text = unicodedata.normalize("NFKD", str(name).translate(_QUOTES)).encode("ascii", "ignore").decode("ascii")
    return frozenset(t for t in _NAME_PART.findall(text.lower().replace("-", " ")) if len(t) > 1 or t.isdigit())


def is_leader(actor: object, leader: str) -> bool:
    """True when an event actor's name names the leader: every part of the leader's name (initials
    aside) is in it, in any order ('Barack Obama' for Archigos 'Obama', 'Yukio Hatoyama' for
    'Hatoyama Yukio', 'Kim Dae-jung' for 'Kim Dae Jung')."""
    wanted = name_tokens(leader)
    return bool(wanted) and wanted <= name_tokens(actor)


def first_visits(con: CatalogueLike, focal: str, partners: Iterable[str], years: Years = None,
                 origins: Iterable[str] | None = None, government_only: bool = False, leader_only: bool = False,
                 include_samples: bool = False) -> pd.DataFrame:
    """For each leader of `focal` taking office within the events' dates: first visit to each partner.

    A visit is a CAMEO 042 event focal -> partner or 043 partner -> focal (the host is the source).
    `leader_only`: only visits whose focal-side actor is the leader in person (see `is_leader`);
    events without actor names (latitude's coder) then never count. The events' dates are those
    of the chosen loads (from the load registry, clipped to `years`).
    Columns: iso3, leader, startdate, partner, first_visit, days_after_start, order (1 = first
    partner visited; missing if no visit before the next leader), leader_source.
    """
    focal = countries.iso3(focal)
    partner_list = [countries.iso3(p) for p in partners]
    return _first_visits(con, event_scope(con, years, origins, include_samples), focal, partner_list,
                         government_only, leader_only)


def _first_visits(con: CatalogueLike, scope: EventScope, focal: str, partner_list: list[str],
                  government_only: bool, leader_only: bool) -> pd.DataFrame:
    t = _dyadic(scope)
    has_names = "source_name" in t.columns
    if leader_only and not has_names:
        raise LatitudeError("the events table predates actor names: reload the events (latitude data build, "
                            "or latitude events load --replace) to use leader-only first visits")
    made = (t.cameo == "042") & (t.source_iso3 == focal) & t.target_iso3.isin(partner_list)
    hosted = (t.cameo == "043") & (t.target_iso3 == focal) & t.source_iso3.isin(partner_list)
    if government_only:
        def government(sector):
            text = sector.upper()
            return text.contains("GOV") | text.contains("EXECUTIVE")

        made &= government(t.source_sector)
        hosted &= government(t.target_sector)
    visits = t.filter(made | hosted)
    visits = visits.select(
        date=visits.date,
        partner=(visits.cameo == "042").ifelse(visits.target_iso3, visits.source_iso3),
        visitor=(visits.cameo == "042").ifelse(visits.source_name, visits.target_name) if has_names
        else ibis.null("string")).to_pandas()
    visits["date"] = pd.to_datetime(visits["date"])
    starts = leader_starts(con, focal)
    starts = starts[(starts["startdate"] >= scope.first) & (starts["startdate"] <= scope.last)]
    rows = []
    for leader in starts.itertuples(index=False):
        window = visits[(visits["date"] >= leader.startdate)
                        & ((visits["date"] < leader.next_start) if pd.notna(leader.next_start) else True)]
        if leader_only:
            own = window["visitor"].map(lambda name, who=leader.leader: is_leader(name, who))
            window = window[own.astype(bool)]
        firsts = window.groupby("partner")["date"].min()
        ranks = firsts.rank(method="min")
        for partner in partner_list:
            seen = partner in firsts.index
            rows.append({"iso3": focal, "leader": leader.leader, "startdate": leader.startdate.date(),
                         "partner": partner, "first_visit": firsts[partner].date() if seen else None,
                         "days_after_start": int((firsts[partner] - leader.startdate).days) if seen else None,
                         "order": int(ranks[partner]) if seen else None, "leader_source": leader.source})
    out = pd.DataFrame(rows, columns=VISIT_COLUMNS)
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

def triad_measures(con: CatalogueLike, a: str, b: str, c: str, years: Years = None,
                   groups: str | Mapping[str, str] = "region", tie_share: float = 0.05,
                   origins: Iterable[str] | None = None, include_samples: bool = False) -> pd.DataFrame:
    """Long table of triad measures: iso3, measure, network, partner, leader, date, value, source.

    Measures: constraint, effective_size, betweenness (networks 'cooperation' and 'meetings');
    broker_<role> counts and broker_total (network 'cooperation', directed ties); brokers_between
    (1 if iso3 brokers an open two-path between the other two, 0 if not); trilateral_meeting_days
    per year (iso3 = the triad as 'A-B-C', date = year); first_visit (partner visited, date, value =
    days after the leader took office; measure first_visit_order gives the rank). `source` names
    the origins of the loads behind the networks.
    """
    if not 0 < tie_share <= 1:
        raise LatitudeError(f"tie share {tie_share} is not a share: give a number in (0, 1], e.g. 0.05")
    span = year_range(years)
    triad = [countries.iso3(x) for x in (a, b, c)]
    if len(set(triad)) != 3:
        raise LatitudeError(f"a triad needs three different countries, got {', '.join(triad)}")
    scope = event_scope(con, span, origins, include_samples)
    rows: list[dict] = []

    def add(iso3, measure, network, value, partner=None, leader=None, date=None):
        rows.append({"iso3": iso3, "measure": measure, "network": network, "partner": partner, "leader": leader,
                     "date": date, "value": value, "source": scope.source})

    counts = {kind: _directed_counts(scope, kind) for kind in NETWORKS}
    if all(frame.empty for frame in counts.values()):
        raise LatitudeError("no cooperation or consultation events between two countries in the chosen years and "
                            "origins: check --years against `latitude events status`")
    for kind in NETWORKS:
        graph = undirected_network(counts[kind])
        between = nx.betweenness_centrality(graph, weight="distance", normalized=True) if len(graph) else {}
        for row in burt(graph, triad).itertuples(index=False):
            add(row.iso3, "constraint", kind, row.constraint)
            add(row.iso3, "effective_size", kind, row.effective_size)
            add(row.iso3, "betweenness", kind, between.get(row.iso3, float("nan")))
    ties = directed_ties(counts["cooperation"], tie_share)
    nodes = list(ties.nodes)
    if isinstance(groups, str):
        if groups == "region":
            mapping = region_groups(nodes)
        elif groups == "bloc":
            mapping = bloc_groups(con, nodes, span[1] if span else scope.last.year)
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
    for row in _trilateral_days(scope, tuple(triad)).itertuples(index=False):
        add("-".join(triad), "trilateral_meeting_days", "meetings", float(row.days), date=str(row.year))
    visits = _first_visits(con, scope, triad[0], triad[1:], government_only=False, leader_only=False)
    for row in visits.itertuples(index=False):
        seen = row.first_visit is not None
        add(row.iso3, "first_visit", "visits", float(row.days_after_start) if seen else float("nan"),
            partner=row.partner, leader=row.leader, date=str(row.first_visit) if seen else None)
        add(row.iso3, "first_visit_order", "visits", float(row.order) if seen else float("nan"),
            partner=row.partner, leader=row.leader, date=str(row.startdate))
    return pd.DataFrame(rows, columns=list(TRIAD_COLUMNS))
