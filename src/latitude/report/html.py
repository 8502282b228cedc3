"""The diplomatic-map report: one self-contained HTML file (scripts, styles, charts and map
geometry inline; no network), built from a profile and the map data. The same page reads on a
phone, a tablet and a desktop, and prints (or is printed to PDF by Chromium) with print styles."""
from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape
from importlib import resources
from typing import Mapping, Sequence

import duckdb
import pandas as pd

import latitude
from latitude.catalogue import catalogue
from latitude.errors import LatitudeError
from latitude.profile import DEFAULT_YEARS, DIMENSIONS, Profile, build_profile, spine_wide
from latitude.profile import compare as comparing
from latitude.report import charts, geometry
from latitude.report.mapdata import map_payload

TREND_LABELS = {"first_year": "first year", "first": "first value", "last_year": "last year", "last": "last value",
                "slope_per_decade": "slope per decade", "change_points": "change points"}
UNIT_FORMAT = {"share": "pct", "flag": "pact", "count": "int"}     # other units show as plain numbers


def headline_format(dimension: str) -> str:
    """How a dimension's headline figure is written, from its measure's unit."""
    dim = DIMENSIONS[dimension]
    return UNIT_FORMAT.get(dim.measure(dim.headline).unit, "num")


@dataclass
class ReportData:
    """What a report shows: the profile, the map payload and the store's provenance."""

    profile: Profile
    map: dict
    provenance: pd.DataFrame
    rank: pd.DataFrame | None = None       # every state ranked in the map's opening year (`rank_data`)


def gather(con: duckdb.DuckDBPyConnection, focal: str, poles: Sequence[str],
           years: tuple[int, int] = DEFAULT_YEARS, weights: Mapping[str, float] | None = None,
           patron: str | None = None, rival: str | None = None, with_idealpoints: bool = True,
           include_samples: bool = False) -> ReportData:
    """Compute everything the report needs from the store."""
    cat = catalogue(con)
    prof = build_profile(cat, focal, poles, years, weights, patron, rival, with_idealpoints, include_samples)
    return ReportData(prof, map_payload(cat, prof), cat.provenance(), rank_data(cat, prof))


def rank_data(con, prof: Profile) -> pd.DataFrame | None:
    """Every state ranked against the profile's poles in the year the map opens on
    (`profile.compare.rank`); None when the store cannot rank that year."""
    try:
        return comparing.rank(con, prof.poles, best_year(prof), prof.weights)
    except LatitudeError:
        return None


SCRIPTS = ("map.js", "tables.js")      # the report's inline scripts, in page order


def _asset(name: str) -> str:
    return resources.files("latitude.report").joinpath(f"assets/{name}").read_text(encoding="utf-8")


def script_hash(text: str) -> str:
    """The CSP source expression allowing one inline script with exactly this text."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def content_security_policy() -> str:
    """The report's Content-Security-Policy: nothing is fetched; only its own inline scripts run
    (by hash), inline styles and data: images are allowed."""
    scripts = " ".join(script_hash(_asset(name)) for name in SCRIPTS)
    return (f"default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


_name = charts.country_name


def _css_string(text: str) -> str:
    """Text safe inside a double-quoted CSS string in a <style> element."""
    return "".join(c if c.isalnum() or c in " ,.;:()-–'" else f"\\{ord(c):x} " for c in text)


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


def _cell_text(value: object, kind: str | None) -> str:
    if kind is not None:
        return _fmt(value, kind)
    if value is None or (not isinstance(value, (list, str)) and pd.isna(value)):
        return "–"
    return str(value)


def _table(frame: pd.DataFrame, formats: Mapping[str, str] | None = None, left: Sequence[str] = (),
           sortable: bool = False, stack: bool = False, css: str = "") -> str:
    """An HTML table in a box that scrolls sideways when too wide for the screen. `sortable`: a click
    on a header sorts by that column (tables.js); `stack`: on a phone each row becomes a block of
    "column: value" lines."""
    formats = formats or {}
    classes = " ".join(c for c in (css, "sortable" if sortable else "", "stack" if stack else "") if c)
    head = "".join(f'<th class="{"l" if c in left else ""}" scope="col">{escape(str(c))}</th>' for c in frame.columns)
    body = []
    for row in frame.itertuples(index=False):
        cells = "".join(f'<td class="{"l" if col in left else ""}" data-label="{escape(str(col))}">'
                        f'{escape(_cell_text(value, formats.get(col)))}</td>' for col, value in zip(frame.columns, row))
        body.append(f"<tr>{cells}</tr>")
    return (f'<div class="table-wrap"><table class="{classes}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table></div>")


def leaders_table(prof: Profile) -> str:
    """Who is in office in the focal state and each pole, with the date the table was checked and
    the page each row can be checked on."""
    leaders = prof.leaders
    if leaders is None or leaders.empty:
        return ""
    shown = pd.DataFrame({"state": [_name(c) for c in leaders["iso3"]], "office": leaders["title"],
                          "in office": leaders["leader"], "since": [str(d) for d in leaders["startdate"]]})
    # plain text, not links: the report references nothing outside itself
    pages = "; ".join(f"{escape(_name(code))} {escape(url)}"
                      for code, url in dict(zip(leaders["iso3"], leaders["source"])).items())
    return (f"<h3>In office</h3>{_table(shown, left=list(shown.columns), stack=True)}"
            f'<p class="note sources-urls">Heads of state and government as checked on {escape(leaders.attrs.get("checked", "?"))} '
            f"(latitude's leaders table after Archigos 4.1; sources: {pages}).</p>")


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
        kind = headline_format(key)
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
    return _table(pd.DataFrame(rows), left=["dimension", "change points"], stack=True) if rows else \
        "<p>No figures.</p>"


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


def _map_svg() -> str:
    top = geometry.equal_earth(0, 84)[1]
    bottom = geometry.equal_earth(0, geometry.SOUTH_CUT)[1]
    paths = "".join(
        f'<path class="country" data-iso3="{escape(s.iso3)}" data-name="{escape(s.name)}" d="{s.path}">'
        f'<title>{escape(s.name)}</title></path>' for s in geometry.world())
    return (f'<svg id="worldmap" viewBox="0 {top:.0f} {geometry.WIDTH:.0f} {bottom - top:.0f}" '
            f'role="img" aria-label="World map coloured by alignment with the poles"><g id="countries">{paths}</g></svg>')


def _legend_panel(prof: Profile, colours: Mapping[str, str]) -> str:
    poles = "".join(f'<div><span class="swatch" style="background:{colours[p]}"></span>closest to '
                    f'{escape(_name(p))}</div>' for p in prof.poles)
    return f"""<div class="legend map-legend">{poles}
<div><span class="swatch" style="background:#111827"></span>{escape(_name(prof.focal))} (focal)</div>
<div><span class="swatch" style="background:#e5e7eb"></span>no data</div>
<div><span class="line"></span>tie with a defence pact (ATOP)</div><div><span class="line dashed"></span>tie without one</div>
<div>line width: share of {escape(_name(prof.focal))}'s trade with the pole</div></div>"""


def _inset_panel(prof: Profile) -> str:
    return f"""<div class="panel" id="inset-panel"><h3>Around {escape(_name(prof.focal))}</h3>
<svg id="inset" viewBox="0 0 1000 500" role="img" aria-label="Close-up of the ties near {escape(_name(prof.focal))}"></svg></div>"""


def _ties_panel(prof: Profile) -> str:
    return f"""<div class="panel"><h3>Ties in the selected year</h3>
<div class="table-wrap"><table><thead><tr><th>pole</th><th>trade</th><th>UN</th><th>arms</th><th>pact</th></tr></thead>
<tbody id="tie-rows"></tbody></table></div>
<p class="legend">trade: share of {escape(_name(prof.focal))}'s total trade (COW); UN: percent agreement (Voeten);
arms: share of its arms imports (SIPRI TIV); pact: ATOP defence pact.</p></div>"""


def _rank_panel(data: ReportData) -> str:
    """Every state's composite closeness to each pole and autonomy in one year, as a sortable table."""
    prof, frame = data.profile, data.rank
    comp = frame[frame["dimension"] == comparing.COMPOSITE]
    table = comparing.wide(comp)
    table["state"] = [f"{n} (focal)" if c == prof.focal else n for c, n in zip(table["iso3"], table["state"])]
    first = f"closeness {prof.poles[0]}"
    if first in table:
        table = table.sort_values(first, ascending=False, na_position="last")
    values = [c for c in table.columns if c.startswith("closeness ") or c == "autonomy"]
    shown = table[["state", *values]].rename(columns={c: c.removeprefix("closeness ") for c in values})
    for column in shown.columns[1:]:
        shown[column] = [f"{v:.1f}" if pd.notna(v) else "–" for v in shown[column]]
    year = int(comp["year"].iloc[0]) if len(comp) else best_year(prof)
    ranked = comp.loc[comp["measure"] == "closeness", "ranked"].max()
    note = (f"Closeness to each pole and autonomy (0–100), every state with data in {year}; closeness is normalised "
            f"across {int(ranked) if pd.notna(ranked) else 0} states and the poles. “–”: not comparable. Reasons, "
            f"dimensions observed and sources per state: <code>latitude rank --poles {escape(','.join(prof.poles))} "
            f"--year {year} --format csv</code>.")
    # min-width:0 keeps the table from widening the 320 px column (it scrolls inside its box instead);
    # tighter cells fit three poles and autonomy in that column
    return (f'<div class="panel" id="rank-panel" style="min-width:0"><style>#rank-panel th, #rank-panel td '
            f'{{ padding:4px 5px; }}</style><h3>All states ranked, {year}</h3>'
            f'<div class="scroll" style="max-width:100%;max-height:300px">'
            f'{_table(shown, left=["state"], sortable=True)}</div><p class="legend">{note}</p></div>')


def map_side_panels(data: ReportData) -> list[str]:
    """The panels in the column beside the map, in order (each a `<div class="panel">`); below
    1100 px they go under the map, side by side."""
    panels = [_inset_panel(data.profile), _ties_panel(data.profile)]
    if data.rank is not None and len(data.rank):
        panels.append(_rank_panel(data))
    return panels


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
    data_json = json.dumps(payload, separators=(",", ":")).replace("</", "<\\/")
    return f"""
<section id="map"><h2>Diplomatic map</h2>
<p class="lead">Each country takes the colour of the pole it is closest to in the chosen layer and year; a paler
shade means a closer call (relative margin between its top two poles). Lines are {escape(_name(prof.focal))}'s
ties: width ∝ its trade share with the pole, solid when an ATOP defence pact holds, dashed otherwise.</p>
<div class="controls"><label>Year <input type="range" id="year" min="{prof.years[0]}" max="{prof.years[1]}"
 value="{start}" step="1"></label><span id="year-label">{start}</span><button id="play" type="button">▶ Play</button>
<label>Layer <select id="layer">{options}</select></label><span id="layer-note" class="legend print-only"></span></div>
<div class="mapgrid"><div class="map-main">{_map_svg()}<div id="map-info">Hover over (or tap) a country.</div>
{_legend_panel(prof, colours)}</div>
<div class="map-side">{"".join(map_side_panels(data))}</div></div>
<script type="application/json" id="map-data">{data_json}</script>
</section>"""


def _figure(fig_svg: str, caption: str) -> str:
    return f"<figure>{fig_svg}<figcaption>{caption}</figcaption></figure>"


def _dimension_sections(prof: Profile, figs: dict[str, str]) -> str:
    parts = []
    for key, dim in DIMENSIONS.items():
        if key in figs:
            caption = (f"{escape(dim.measure(dim.headline).label.capitalize())}: {escape(dim.headline_label)}. "
                       f"Source: {escape(_coverage_note(prof, key))}. {escape(dim.caveat)} "
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
    return ('<div class="table-wrap"><table class="weights"><thead><tr><th>dimension</th><th>weight</th><th>share</th>'
            f"</tr></thead><tbody>{rows}</tbody></table></div>")


def versions_table(provenance: pd.DataFrame, used: set[str]) -> str:
    """The store's provenance as a table that fits its box: years in one column, one file per line
    (name and the first 12 hex digits of its SHA-256), the load date without the time."""
    if not len(provenance):
        return "<p>No provenance recorded.</p>"
    rows = []
    for r in provenance.sort_values("source").itertuples(index=False):
        files = "".join(f"<span>{escape(str(f.get('name')))} · sha256 {escape(str(f.get('sha256'))[:12])}…</span>"
                        for f in json.loads(r.files or "[]"))
        years = "–" if pd.isna(r.coverage_start) else f"{int(r.coverage_start)}–{int(r.coverage_end)}"
        rows.append(f'<tr><td class="l">{escape(str(r.source))}</td><td>{"yes" if r.source in used else ""}</td>'
                    f'<td class="l">{escape(str(r.version))}</td><td class="l">{escape(str(r.licence))}</td>'
                    f"<td>{years}</td><td>{_fmt(r.rows, 'int')}</td><td class=\"l files\">{files}</td>"
                    f"<td>{escape(str(r.loaded_at)[:10])}</td></tr>")
    head = "".join(f'<th class="{c}" scope="col">{n}</th>' for n, c in (
        ("source", "l"), ("used", ""), ("version", "l"), ("licence", "l"), ("years", ""), ("rows", ""),
        ("files (SHA-256)", "l"), ("loaded", "")))
    return (f'<div class="table-wrap"><table class="versions sortable"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>")


def _sources_section(data: ReportData) -> str:
    prof = data.profile
    cites = "".join(f'<p class="cite"><b>{escape(c.title)}</b> ({escape(c.version)}; years {c.start}–{c.end}). '
                    f"{escape(c.citation)}</p>" for c in prof.sources)
    versions = versions_table(data.provenance, {c.source for c in prof.sources})
    return f"""<section id="sources"><h2>Sources and citations</h2>
<p class="lead">Cite these when you use the figures (also <code>latitude cite</code>). Data versions below come from
the store's provenance table.</p>{cites}
<h3>Data versions in the store</h3>{versions}</section>"""


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
<p class="lead">Click a column header to sort a table.</p>
<h3>Balance between pairs of poles, {year}</h3>
<p class="lead">1 − |a − b| / (a + b): 1 when the two poles weigh the same, 0 when one has it all.</p>
{_table(bal[["dimension", "pole_a", "pole_b", "balance"]], {"balance": "num"}, left=["dimension"], sortable=True)}
<h3>Trends</h3><p class="lead">Slope per decade of an ordinary least-squares line;
change points from PELT on the mean (penalty 2·var·ln n).</p>
{_table(trends[["dimension", "pole", "first_year", "first", "last_year", "last", "slope_per_decade", "change_points"]]
        .rename(columns=TREND_LABELS), {"first value": "num", "last value": "num", "slope per decade": "num"},
        left=["dimension", "change points"], sortable=True)}
<details><summary>All spine figures, year by year</summary><div class="scroll">
{_table(spine, {**pct_cols, "UN votes": "int"}, sortable=True)}</div></details>
<p class="print-only lead">The year-by-year figures are in the HTML report (“All spine figures”) and in
<code>latitude profile {escape(prof.focal)} --format csv</code>.</p></section>"""


def render(data: ReportData) -> str:
    """The report as one HTML document (no external resources)."""
    prof = data.profile
    figs = {name: chart.svg() for name, chart in charts.all_charts(prof).items()}
    title = f"{_name(prof.focal)} between {', '.join(_name(p) for p in prof.poles)}"
    present = [DIMENSIONS[d].label for d in DIMENSIONS if d in set(prof.spine["dimension"])]
    shown = " · ".join(present) if present else "no dimension in the store"
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    composite = figs.get("composite", "<p>No composite: no dimension has data.</p>")
    discipline = "".join(
        _figure(figs[name], caption) for name, caption in (
            ("discipline", f"Roll calls on which {escape(prof.patron or '')} and {escape(prof.rival or '')} voted "
                           f"differently; share on which {escape(prof.focal)} cast the same vote as each (abstaining "
                           f"between a yes and a no sides with neither)."),
            ("idealpoints", "Dynamic ordinal IRT ideal points on UNGA votes (latitude.measures.idealpoints).")) if name in figs)
    disc_html = f'<div class="grid2">{discipline}</div>' if discipline else \
        "<p>No UN votes in the store for these years.</p>"
    entropy = figs.get("entropy", "")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Strategic autonomy: {escape(title)}</title>
<meta http-equiv="Content-Security-Policy" content="{content_security_policy()}">
<style>{_asset("report.css")}
@page {{ @bottom-left {{ content:"{_css_string(title)} · latitude report"; font:9px Arial,sans-serif; color:#6b7280; }} }}</style>
</head>
<body>
<header class="top"><h1>Strategic autonomy profile: {escape(title)}</h1>
<div class="sub">{prof.years[0]}–{prof.years[1]} · {escape(shown)}</div>
<div class="meta">latitude {escape(latitude.__version__)} · generated {stamp} · focal {escape(prof.focal)} ·
poles {escape(", ".join(prof.poles))}</div></header>
<nav class="toc" aria-label="Sections"><a href="#glance">At a glance</a><a href="#map">Diplomatic map</a>
<a href="#composite">Composite</a><a href="#dimensions">Dimensions</a><a href="#discipline">Alliance discipline</a>
<a href="#tables">Figures</a><a href="#sources">Sources</a></nav>
<main>
<section id="glance"><h2>At a glance</h2><p class="lead">Latest year with data in each dimension.</p>
{_cards(prof)}{glance_table(prof)}{leaders_table(prof)}</section>
{_map_section(data)}
<section id="composite"><h2>Composite indices</h2>
<p class="lead">Closeness to a pole: weighted mean of each dimension's headline figure, min–max normalised over all
pole-years shown. Autonomy: weighted mean of the normalised entropy across poles (100 = ties spread evenly; a dimension with no tie to any pole, such as no defence pact with any, counts as evenly spread). In the
style of the Lowy Institute Asia Power Index; set the weights with <code>--weights</code>.</p>
<div class="grid2"><figure>{composite}</figure><div>{_weights_table(prof)}{entropy}</div></div></section>
<section id="dimensions"><h2>Dimensions over time</h2>
<p class="lead">One chart per dimension; each caption names its source, coverage and caveats.</p>
{_dimension_sections(prof, figs)}</section>
<section id="discipline"><h2>Alliance discipline towards {escape(_name(prof.patron or ""))}</h2>
<p class="lead">Against {escape(_name(prof.rival or ""))}, in UN General Assembly votes.</p>
{disc_html}</section>
{_tables_section(prof)}
{_sources_section(data)}
<footer>Formulas: docs/profile.md in the latitude repository. Map: Natural Earth 1:110m (public domain), Equal Earth
projection.</footer>
</main>
{"".join(f"<script>{_asset(name)}</script>" for name in SCRIPTS)}
</body></html>"""
