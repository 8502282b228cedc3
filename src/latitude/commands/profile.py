"""`latitude profile FOCAL --poles A,B,C`: the autonomy profile as tables."""
from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import typer
from rich.markup import escape

from latitude import store, validate
from latitude import profile as profiles
from latitude.profile import figures
from latitude.profile.coverage import Coverage, available_dimensions, sources_of
from latitude.profile.leaders import Leader, current_leaders
from latitude.commands._common import FormatOption, OutputFormat, StoreOption, YearsOption, console, emit


class View(str, Enum):
    spine = "spine"
    headline = "headline"
    balance = "balance"
    entropy = "entropy"
    discipline = "discipline"
    trends = "trends"
    composite = "composite"
    leaders = "leaders"


PolesOption = Annotated[str, typer.Option("--poles", help="Poles, comma-separated, e.g. USA,CHN,JPN.")]


def sources_caption(sources: list[Coverage], missing: list[dict[str, str]]) -> str:
    """The sources behind a table, with citations and coverage, and the dimensions left out."""
    lines = ["Sources:"]
    for c in sources:
        span = f"{c.start}–{c.end}" if c.start is not None else "years not recorded"
        lines.append(f"  {escape('[' + c.source + ']')} {c.title} ({c.version}; covers {span}). {c.citation}")
    for m in missing:
        lines.append(f"  missing: {m['label']} — {m['reason']}; load with `{m['fix']}`")
    return "\n".join(lines)


def leaders_line(leaders: list[Leader]) -> str:
    """One line naming who is in office (the leaders table's spells with no end; `--view leaders`
    gives their sources)."""
    from latitude.leaders import CHECKED_THROUGH

    people = "; ".join(f"{r.iso3} {r.title} {r.leader} (since {r.startdate:%Y-%m-%d})" for r in leaders)
    return f"In office, as checked on {CHECKED_THROUGH}: {people} (--view leaders for sources)."


def terminal_view(table):
    """A long view (year, pole, measure or dimension, value) as one row per year and pole and one
    column per measure, in the order the poles were given: a screen rather than six rows per year.
    csv and json keep the long table with every column."""
    key = "measure" if "measure" in table.columns else "dimension"
    if not {"year", "pole", key, "value"} <= set(table.columns) or table.empty:
        return table
    wide = table.pivot_table(index=["year", "pole"], columns=key, values="value", aggfunc="first",
                             sort=False, dropna=False)
    poles = list(dict.fromkeys(table["pole"]))
    wide = wide.reset_index()
    wide["_order"] = wide["pole"].map({p: i for i, p in enumerate(poles)})
    wide = wide.sort_values(["year", "_order"]).drop(columns="_order")
    wide.columns.name = None
    return wide[["year", "pole", *dict.fromkeys(table[key])]]


def register(app: typer.Typer) -> None:
    @app.command("profile")
    def profile(
        focal: Annotated[str, typer.Argument(help="Focal country, e.g. KOR or 'South Korea'.")],
        poles: PolesOption = "USA,CHN,JPN",
        years: YearsOption = None,
        view: Annotated[View, typer.Option("--view", help="Which table to print.")] = View.spine,
        patron: Annotated[Optional[str], typer.Option(help="Patron for alliance discipline (default: first pole).")] = None,
        rival: Annotated[Optional[str], typer.Option(help="Rival for alliance discipline (default: second pole).")] = None,
        weights: Annotated[Optional[str], typer.Option(help="Composite weights, e.g. trade=0.3,un=0.2.")] = None,
        idealpoints: Annotated[bool, typer.Option("--idealpoints/--no-idealpoints",
                                                  help="Add UNGA ideal-point distances to discipline.")] = True,
        include_samples: Annotated[bool, typer.Option("--include-samples",
                                                      help="Show the bundled GDELT/ICEWS samples (a few days) as events.")]
            = False,
        store_path: StoreOption = None,
        format: FormatOption = OutputFormat.table,
    ) -> None:
        """Trade shares, defence pacts, UN agreement and arms-import shares of FOCAL with each pole, per year.

        csv/json give long tables; the spine view has columns year, focal, pole, dimension, measure,
        value, source (docs/profile.md lists every measure).
        """
        span = validate.parse_years(years, figures.DEFAULT_YEARS)
        focal = validate.country(focal, "FOCAL")
        pole_list = validate.country_list(poles, "--poles", exclude={focal: "the focal country"})
        patron = None if patron is None else validate.country(patron, "--patron")
        rival = None if rival is None else validate.country(rival, "--rival")
        weight_map = profiles.parse_weights(weights)
        con = store.connect(store_path, read_only=True)
        try:
            if view is View.spine:   # read and shaped without pandas: the command people run most
                data = figures.spine_data(con, focal, pole_list, span, include_samples=include_samples)
                table = data.frame() if format is not OutputFormat.table else data
                sources = sources_of(con, data)
                missing = available_dimensions(con)[1] + data.failed
                focal_code = focal
                leaders = current_leaders(con, [focal, *pole_list])
            else:
                prof = profiles.build_profile(con, focal, pole_list, span, weight_map, patron, rival,
                                              with_idealpoints=idealpoints, include_samples=include_samples)
                table, sources, missing, focal_code = prof.views()[view.value], prof.sources, prof.missing, prof.focal
                leaders = [Leader(*row) for row in prof.leaders.itertuples(index=False)]
        finally:
            con.close()
        if format is OutputFormat.table:
            shown = figures.spine_wide_rows(table) if view is View.spine else (
                table if view is View.leaders else terminal_view(table))
            title = f"{focal_code} and {', '.join(pole_list)}, {span[0]}–{span[1]} ({view.value})"
            emit(shown, format, title=title)
            console.print(sources_caption(sources, missing), highlight=False)
            if view is not View.leaders and len(leaders):
                console.print(leaders_line(leaders), highlight=False)
            if shown is not table:
                console.print("--format csv gives the long table with every column.", style="dim")
        else:
            emit(table, format)
