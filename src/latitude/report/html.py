"""The diplomatic-map report: one self-contained HTML file (scripts, styles, charts and map
geometry inline; no network), built from a profile and the map data."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape
from importlib import resources
from typing import Mapping, Sequence

import duckdb
import pandas as pd

import latitude
from latitude import countries, store
from latitude.profile import DEFAULT_YEARS, DIMENSIONS, Profile, build_profile, spine_wide
from latitude.report import charts, geometry
from latitude.report.mapdata import map_payload

TREND_LABELS = {"first_year": "first year", "first": "first value", "last_year": "last year", "last": "last value",
                "slope_per_decade": "slope per decade", "change_points": "change points"}
HEADLINE_FORMAT = {"trade": "pct", "products": "int", "alliance": "pact", "arms": "pct", "un": "pct",
                   "events": "int"}


@dataclass
class ReportData:
    """What a report shows: the profile, the map payload and the store's provenance."""

    profile: Profile
    map: dict
    provenance: pd.DataFrame


def gather(con: duckdb.DuckDBPyConnection, focal: str, poles: Sequence[str],
           years: tuple[int, int] = DEFAULT_YEARS, weights: Mapping[str, float] | None = None,
           patron: str | None = None, rival: str | None = None, with_idealpoints: bool = True) -> ReportData:
    """Compute everything the report needs from the store."""
    prof = build_profile(con, focal, poles, years, weights, patron, rival, with_idealpoints)
    return ReportData(prof, map_payload(con, prof), store.provenance(con))


def _asset(name: str) -> str:
    return resources.files("latitude.report").joinpath(f"assets/{name}").read_text(encoding="utf-8")


def _name(iso3: str) -> str:
    try:
        return countries.resolve(iso3).name
    except Exception:  # names are decoration: an unknown code shows as itself
        return iso3


def _fmt(value: float | None, kind: str = "pct") -> str:
    if value is None or pd.isna(value):
        return "–"
    if kind == "pact":
        return "yes" if value >= 0.5 else "no"
    if kind == "pct":
        return f"{100 * value:.1f}%"
    if kind == "int":
        return f"{int(value):,}"
    return f"{value:.2f}"


def _table(frame: pd.DataFrame, formats: Mapping[str, str] | None = None, left: Sequence[str] = ()) -> str:
    formats = formats or {}
    head = "".join(f'<th class="{"l" if c in left else ""}">{escape(str(c))}</th>' for c in frame.columns)
    body = []
    for row in frame.itertuples(index=False):
        cells = []
        for col, value in zip(frame.columns, row):
            text = _fmt(value, formats[col]) if col in formats else ("–" if value is None or (
                not isinstance(value, (list, str)) and pd.isna(value)) else str(value))
            cells.append(f'<td class="{"l" if col in left else ""}">{escape(text)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def best_year(prof: Profile) -> int:
    """The year the map and headline cards open on: the latest year with the largest composite
    weight of dimensions that have a non-zero headline value (so sparse samples do not win)."""
    head = prof.headline[prof.headline["value"] > 0]
    if head.empty:
        return prof.years[1]
    dims = head.groupby("year")["dimension"].unique()
    weight = dims.map(lambda ds: sum(prof.weights.get(d, 0.0) for d in ds) + 1e-9 * len(ds))
    return int(weight[weight >= weight.max() - 1e-12].index.max())


def _latest(prof: Profile, dimension: str) -> tuple[int | None, pd.DataFrame]:
    head = prof.headline[(prof.headline["dimension"] == dimension)].dropna(subset=["value"])
    if head.empty:
        return None, head
    year = int(head["year"].max())
    return year, head[head["year"] == year]


def glance_table(prof: Profile) -> str:
    """Per dimension: latest year with data, each pole's headline value, spread and trend."""
    rows = []
    ent = prof.entropy.set_index(["dimension", "year"])["entropy"]
    for key in DIMENSIONS:
        year, latest = _latest(prof, key)
        if year is None:
            continue
        kind = HEADLINE_FORMAT[key]
        row = {"dimension": DIMENSIONS[key].label, "year": str(year)}
        values = latest.set_index("pole")["value"]
        for pole in prof.poles:
            row[pole] = _fmt(values.get(pole), kind)
        row["spread (entropy)"] = _fmt(ent.get((key, year)), "num")
        tr = prof.trends[prof.trends["dimension"] == key].set_index("pole")
        leader = values.idxmax() if values.notna().any() and values.max() > 0 else None
        row["leading pole"] = leader or "–"
        row["change points"] = "; ".join(f"{p}: {', '.join(map(str, tr.loc[p, 'change_points']))}"
                                         for p in prof.poles if p in tr.index and tr.loc[p, "change_points"]) or "none"
        rows.append(row)
    return _table(pd.DataFrame(rows), left=["dimension", "change points"]) if rows else "<p>No figures.</p>"


def _cards(prof: Profile) -> str:
    cards = []
    auto = prof.composite[(prof.composite["index"] == "autonomy")].dropna(subset=["value"]).set_index("year")
    year = best_year(prof)
    if year in auto.index:
        first = auto.iloc[0]
        cards.append(("Autonomy index (0–100)", f"{auto.loc[year, 'value']:.0f}",
                      f"{year}, over {auto.loc[year, 'dimensions'].replace(',', ', ')} · "
                      f"{first['value']:.0f} in {int(auto.index[0])}"))
    for key in ("trade", "un", "arms"):
        year, latest = _latest(prof, key)
        if year is None:
            continue
        values = latest.set_index("pole")["value"]
        top = values.idxmax()
        cards.append((f"{DIMENSIONS[key].label}: leading pole", f"{top} {_fmt(values[top])}", f"{year}"))
    year, latest = _latest(prof, "alliance")
    if year is not None:
        allies = [p for p, v in latest.set_index("pole")["value"].items() if v >= 0.5]
        cards.append(("Defence pacts", ", ".join(allies) or "none", f"ATOP, {year}"))
    return '<div class="cards">' + "".join(
        f'<div class="card"><div class="k">{escape(k)}</div><div class="v">{escape(v)}</div>'
        f'<div class="n">{escape(n)}</div></div>' for k, v, n in cards) + "</div>"


def _coverage_note(prof: Profile, dimension: str) -> str:
    """Title, version and years of the source(s) behind a dimension's figures."""
    names = {part.strip() for s in prof.spine.loc[prof.spine["dimension"] == dimension, "source"].unique()
             for part in str(s).split(";")}
    notes = [f"{c.title} ({c.version}), covers {c.start}–{c.end}" for c in prof.sources if c.source in names]
    return "; ".join(notes) or ", ".join(sorted(names))


def _map_svg(prof: Profile) -> str:
    top = geometry.equal_earth(0, 84)[1]
    bottom = geometry.equal_earth(0, geometry.SOUTH_CUT)[1]
    paths = "".join(
        f'<path class="country" data-iso3="{escape(s.iso3)}" data-name="{escape(s.name)}" d="{s.path}">'
        f'<title>{escape(s.name)}</title></path>' for s in geometry.world())
    return (f'<svg id="worldmap" viewBox="0 {top:.0f} {geometry.WIDTH:.0f} {bottom - top:.0f}" '
            f'role="img" aria-label="World map coloured by alignment with the poles">{paths}</svg>')


def _map_section(data: ReportData) -> str:
    prof = data.profile
    colours = charts.pole_colours(prof.poles)
    payload = dict(data.map)
    payload["colours"] = colours
    payload["anchors"] = {s.iso3: s.anchor for s in geometry.world()}
    payload["names"] = {c: _name(c) for c in [prof.focal, *prof.poles]}
    start = best_year(prof)
    layers = payload["layers"]
    options = "".join(f'<option value="{k}">{escape(v["label"])}</option>' for k, v in layers.items())
    legend = "".join(f'<div><span class="swatch" style="background:{colours[p]}"></span>closest to '
                     f'{escape(_name(p))}</div>' for p in prof.poles)
    data_json = json.dumps(payload, separators=(",", ":")).replace("</", "<\\/")
    return f"""
<section id="map"><h2>Diplomatic map</h2>
<p class="lead">Each country takes the colour of the pole it is closest to in the chosen layer and year; a paler
shade means a closer call (relative margin between its top two poles). Lines are {escape(_name(prof.focal))}'s
ties: width ∝ its trade share with the pole, solid when an ATOP defence pact holds, dashed otherwise.</p>
<div class="controls"><label>Year <input type="range" id="year" min="{prof.years[0]}" max="{prof.years[1]}"
 value="{start}" step="1"></label><span id="year-label">{start}</span><button id="play" type="button">▶ Play</button>
<label>Layer <select id="layer">{options}</select></label><span id="layer-note" class="legend"></span></div>
<div class="mapwrap"><div>{_map_svg(prof)}<div id="map-info">Hover over a country.</div></div>
<div><div class="legend">{legend}<div><span class="swatch" style="background:#111827"></span>{escape(_name(prof.focal))}
 (focal)</div><div><span class="swatch" style="background:#e5e7eb"></span>no data</div></div>
<h3 style="font-size:14px;margin:14px 0 4px">Ties in the selected year</h3>
<table><thead><tr><th>pole</th><th>trade</th><th>UN</th><th>arms</th><th>pact</th></tr></thead>
<tbody id="tie-rows"></tbody></table>
<p class="legend">trade: share of {escape(prof.focal)}'s total trade (COW); UN: percent agreement (Voeten);
arms: share of its arms imports (SIPRI TIV); pact: ATOP defence pact.</p></div></div>
<script type="application/json" id="map-data">{data_json}</script>
</section>"""


def _figure(fig_svg: str, caption: str) -> str:
    return f"<figure>{fig_svg}<figcaption>{caption}</figcaption></figure>"


def _dimension_sections(prof: Profile, figs: dict[str, str]) -> str:
    parts = []
    for key, dim in DIMENSIONS.items():
        if key in figs:
            caption = (f"Source: {escape(_coverage_note(prof, key))}. {escape(dim.caveat)} "
                       f"Circles mark change points in the mean (PELT).")
            parts.append(_figure(figs[key], caption))
    missing = "".join(f'<div class="missing"><b>{escape(m["label"])}</b> is not shown: {escape(m["reason"])}. '
                      f'Load it with <code>{escape(m["fix"])}</code>.</div>' for m in prof.missing)
    empty = [k for k in DIMENSIONS if k not in figs and k in set(prof.spine["dimension"])]
    missing += "".join(f'<div class="missing"><b>{escape(DIMENSIONS[k].label)}</b> is not shown: the store has no '
                       f'figures for {escape(prof.focal)} in {prof.years[0]}–{prof.years[1]} '
                       f'({escape(_coverage_note(prof, k))}).</div>' for k in empty)
    return f'<div class="grid2">{"".join(parts)}</div>{missing}'


def _weights_table(prof: Profile) -> str:
    total = sum(prof.weights.values())
    rows = "".join(f"<tr><td>{escape(DIMENSIONS[k].label)}</td><td>{w:g}</td><td>{100 * w / total:.0f}%</td></tr>"
                   for k, w in prof.weights.items() if k in DIMENSIONS)
    return f'<table class="weights"><thead><tr><th>dimension</th><th>weight</th><th>share</th></tr></thead>' \
           f"<tbody>{rows}</tbody></table>"


def _sources_section(data: ReportData) -> str:
    prof = data.profile
    used = {c.source for c in prof.sources}
    cites = "".join(f'<p class="cite"><b>{escape(c.title)}</b> ({escape(c.version)}; years {c.start}–{c.end}). '
                    f"{escape(c.citation)}</p>" for c in prof.sources)
    prov = data.provenance.copy()
    if len(prov):
        prov["used"] = prov["source"].map(lambda s: "yes" if s in used else "")
        prov["files"] = prov["files"].map(lambda f: "; ".join(
            f"{x.get('name')} sha256 {str(x.get('sha256'))[:12]}…" for x in json.loads(f or "[]")))
        prov["loaded_at"] = prov["loaded_at"].astype(str).str[:19]
        prov = prov[["source", "used", "version", "licence", "coverage_start", "coverage_end", "rows", "files",
                     "loaded_at"]]
        versions = _table(prov, {"rows": "int"}, left=["source", "version", "licence", "files"])
    else:
        versions = "<p>No provenance recorded.</p>"
    return f"""<section id="sources"><h2>Sources and citations</h2>
<p class="lead">Cite these when you use the figures (also <code>latitude cite</code>). Data versions below come from
the store's provenance table.</p>{cites}
<h3 style="font-size:14px">Data versions in the store</h3><div class="scroll">{versions}</div></section>"""


def _tables_section(prof: Profile) -> str:
    year = best_year(prof)
    bal = prof.balance[prof.balance["year"] == year].dropna(subset=["balance"])
    bal = bal.assign(dimension=bal["dimension"].map(lambda d: DIMENSIONS[d].label))
    trends = prof.trends.assign(
        dimension=prof.trends["dimension"].map(lambda d: DIMENSIONS[d].label),
        change_points=prof.trends["change_points"].map(lambda c: ", ".join(map(str, c)) or "none"))
    spine = spine_wide(prof.spine)
    pct_cols = {c: "pct" for c in ("export share", "import share", "UN agreement", "arms import share")}
    return f"""<section id="tables"><h2>Figures</h2>
<h3 style="font-size:14px">Balance between pairs of poles, {year}</h3>
<p class="lead">1 − |a − b| / (a + b): 1 when the two poles weigh the same, 0 when one has it all.</p>
{_table(bal[["dimension", "pole_a", "pole_b", "balance"]], {"balance": "num"}, left=["dimension"])}
<h3 style="font-size:14px">Trends</h3><p class="lead">Slope per decade of an ordinary least-squares line;
change points from PELT on the mean (penalty 2·var·ln n).</p>
{_table(trends[["dimension", "pole", "first_year", "first", "last_year", "last", "slope_per_decade", "change_points"]]
        .rename(columns=TREND_LABELS), {"first value": "num", "last value": "num", "slope per decade": "num"},
        left=["dimension", "change points"])}
<details><summary>All spine figures, year by year</summary><div class="scroll">
{_table(spine, {**pct_cols, "UN votes": "int"})}</div></details></section>"""


def render(data: ReportData) -> str:
    """The report as one HTML document (no external resources)."""
    prof = data.profile
    figs = {name: charts.to_svg(fig) for name, fig in charts.all_charts(prof).items()}
    title = f"{_name(prof.focal)} between {', '.join(_name(p) for p in prof.poles)}"
    present = [DIMENSIONS[d].label for d in DIMENSIONS if d in set(prof.spine["dimension"])]
    shown = " · ".join(present) if present else "no dimension in the store"
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    composite = figs.get("composite", "<p>No composite: no dimension has data.</p>")
    discipline = figs.get("discipline")
    disc_html = _figure(discipline, f"Split votes: roll calls on which {escape(prof.patron or '')} and "
                        f"{escape(prof.rival or '')} voted differently; share on which {escape(prof.focal)} cast the "
                        f"same vote as each (abstaining between a yes and a no sides with neither). Ideal points: "
                        f"dynamic ordinal IRT on UNGA votes (latitude.measures.idealpoints).") \
        if discipline else "<p>No UN votes in the store for these years.</p>"
    entropy = figs.get("entropy", "")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Strategic autonomy: {escape(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<style>{_asset("report.css")}</style></head>
<body>
<header class="top"><h1>Strategic autonomy profile: {escape(title)}</h1>
<div class="sub">{prof.years[0]}–{prof.years[1]} · {escape(shown)}</div>
<div class="meta">latitude {escape(latitude.__version__)} · generated {stamp} · focal {escape(prof.focal)} ·
poles {escape(", ".join(prof.poles))}</div></header>
<nav class="toc"><a href="#glance">At a glance</a><a href="#map">Diplomatic map</a><a href="#composite">Composite</a>
<a href="#dimensions">Dimensions</a><a href="#discipline">Alliance discipline</a><a href="#tables">Figures</a>
<a href="#sources">Sources</a></nav>
<main>
<section id="glance"><h2>At a glance</h2><p class="lead">Latest year with data in each dimension.</p>
{_cards(prof)}{glance_table(prof)}</section>
{_map_section(data)}
<section id="composite"><h2>Composite indices</h2>
<p class="lead">Closeness to a pole: weighted mean of each dimension's headline figure, min–max normalised over all
pole-years shown. Autonomy: weighted mean of the normalised entropy across poles (100 = ties spread evenly). In the
style of the Lowy Institute Asia Power Index; set the weights with <code>--weights</code>.</p>
<div class="grid2"><figure>{composite}</figure><div>{_weights_table(prof)}{entropy}</div></div></section>
<section id="dimensions"><h2>Dimensions over time</h2>
<p class="lead">One chart per dimension; each caption names its source, coverage and caveats.</p>
{_dimension_sections(prof, figs)}</section>
<section id="discipline"><h2>Alliance discipline towards {escape(_name(prof.patron or ""))}</h2>
<p class="lead">Against {escape(_name(prof.rival or ""))}, in UN General Assembly votes.</p>
<div style="max-width:920px">{disc_html}</div></section>
{_tables_section(prof)}
{_sources_section(data)}
<footer>Formulas: docs/profile.md in the latitude repository. Map: Natural Earth 1:110m (public domain), Equal Earth
projection.</footer>
</main>
<script>{_asset("map.js")}</script>
</body></html>"""
