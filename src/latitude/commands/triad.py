"""`latitude triad KOR CHN JPN`: mediation and balance in a triad, from event data.

Table output shows network positions, Gould-Fernandez broker roles, trilateral meeting days and
the order of first visits; csv and json print the long table of
`latitude.measures.triads.triad_measures` (iso3, measure, network, partner, leader, date, value,
source).
"""
from __future__ import annotations

from typing import Annotated

import pandas as pd
import typer

from latitude import countries, store, validate
from latitude.commands._common import (FormatOption, OutputFormat, StoreOption, YearsOption, console, emit,
                                       err_console)
from latitude.validate import parse_years
from latitude.errors import LatitudeError
from latitude.measures import triads


def _parse_groups(text: str) -> str | dict[str, str]:
    """'region', 'bloc', or explicit 'KOR=US,JPN=US,USA=US,CHN=CN' (others: their own group)."""
    if text in ("region", "bloc"):
        return text
    mapping = {}
    for item in text.split(","):
        code, sep, group = item.partition("=")
        if not sep or not group.strip():
            raise LatitudeError(f"bad --groups item '{item}': write region, bloc or KOR=A,JPN=A,CHN=B")
        mapping[countries.iso3(code.strip())] = group.strip()
    return mapping


def register(app: typer.Typer) -> None:
    @app.command("triad")
    def triad(
        focal: Annotated[str, typer.Argument(help="Focal country, e.g. KOR.")],
        second: Annotated[str, typer.Argument(help="Second country, e.g. CHN.")],
        third: Annotated[str, typer.Argument(help="Third country, e.g. JPN.")],
        years: YearsOption = None,
        groups: Annotated[str, typer.Option(
            "--groups", help="Broker groups: region (UN subregions), bloc (ATOP defence pacts with the USA) "
                             "or KOR=A,JPN=A,CHN=B.")] = "region",
        tie_share: Annotated[float, typer.Option(
            "--tie-share", help="Directed tie a->b if b gets at least this share of a's cooperative events.")] = 0.05,
        origin: Annotated[str | None, typer.Option(
            "--origin", help="Only these origins, comma-separated: gdelt1, gdelt2, icews, latitude-coder.",
            show_default=False)] = None,
        leader_only: Annotated[bool, typer.Option(
            "--leader-only", help="First visits by the leader in person (actor names from ICEWS/GDELT), "
                                  "not by any official.")] = False,
        include_samples: Annotated[bool, typer.Option(
            "--include-samples", help="Count the bundled GDELT/ICEWS samples too (a few days: not a series).")] = False,
        format: FormatOption = OutputFormat.table,
        store_path: StoreOption = None,
    ) -> None:
        """Constraint, effective size, betweenness, broker roles, trilateral meetings and first visits."""
        origins = [o.strip() for o in origin.split(",")] if origin else None
        tie_share = validate.fraction(tie_share, "--tie-share", hint="e.g. 0.05 for 5% of cooperative events")
        con = store.connect(store_path, read_only=True)
        try:
            with err_console.status("building the event networks and their betweenness…"):
                frame = triads.triad_measures(con, focal, second, third, years=parse_years(years),
                                              groups=_parse_groups(groups), tie_share=tie_share, origins=origins,
                                              include_samples=include_samples)
                visits = triads.first_visits(con, focal, [second, third], years=parse_years(years),
                                             origins=origins, leader_only=leader_only, include_samples=include_samples)
        finally:
            con.close()
        if format is not OutputFormat.table:
            emit(frame, format)
            return
        source = frame["source"].iloc[0]
        network = frame[frame["measure"].isin(["constraint", "effective_size", "betweenness"])]
        emit(network.pivot_table(index=["network", "iso3"], columns="measure", values="value", sort=False)
             .reset_index(), format, title=f"Network position ({source} events)",
             caption="cooperation: quad classes 1-2; meetings: CAMEO root 04. Burt (1992); betweenness with "
                     "distance = 1/events")
        roles = frame[frame["measure"].str.startswith("broker_")]
        wide = roles.pivot_table(index="iso3", columns="measure", values="value", sort=False).reset_index()
        wide.columns = [c.removeprefix("broker_") for c in wide.columns]
        between = frame[frame["measure"] == "brokers_between"].set_index("iso3")["value"]
        wide["brokers_the_other_two"] = wide["iso3"].map(between).map({1.0: "yes", 0.0: "no"})
        emit(wide, format, title=f"Gould-Fernandez broker roles (groups: {groups}, ties >= {tie_share:.0%})")
        meetings = frame[frame["measure"] == "trilateral_meeting_days"]
        if len(meetings):
            emit(pd.DataFrame({"year": meetings["date"], "days": meetings["value"].astype(int)}), format,
                 title="Days with consultation events among all three pairs")
        if len(visits):
            emit(triads.visit_sequence(visits), format, title=f"First visits after taking office ({frame['iso3'].iloc[0]})",
                 caption="CAMEO 042 (make a visit) / 043 (host a visit) events"
                         + (" naming the leader in person" if leader_only else ", any actor of the state"))
        else:
            console.print("No leader of the focal state took office within the events' dates.")
