"""`latitude countries resolve NAME...`."""
from __future__ import annotations

from typing import Annotated, Optional

import pandas as pd
import typer

from latitude import countries
from latitude.commands._common import FormatOption, OutputFormat, emit


def register(app: typer.Typer) -> None:
    countries_app = typer.Typer(help="Country names and codes.", no_args_is_help=True)

    @countries_app.command("resolve")
    def resolve(names: Annotated[list[str], typer.Argument(help="Names or codes, e.g. 'Rep. of Korea' ROK 732.")],
                year: Annotated[Optional[int], typer.Option(help="Year, where a code changed (DEU 1970 -> COW 260).")] = None,
                format: FormatOption = OutputFormat.table) -> None:
        """Resolve names and codes to ISO3, COW code and English short name."""
        rows = []
        for name in names:
            found = countries.resolve(name, year)
            rows.append({"input": name, "iso3": found.iso3, "cow": found.cow, "name": found.name})
        frame = pd.DataFrame(rows).astype({"cow": "Int64"})
        emit(frame, format, title="Countries")

    app.add_typer(countries_app, name="countries")
