"""`latitude countries resolve NAME...`."""
from __future__ import annotations

from typing import Annotated, Optional

import typer

from latitude import countries, validate
from latitude.commands._common import FormatOption, OutputFormat, emit
from latitude.errors import LatitudeError


def register(app: typer.Typer) -> None:
    countries_app = typer.Typer(help="Country names and codes.", no_args_is_help=True)

    @countries_app.command("resolve")
    def resolve(names: Annotated[list[str], typer.Argument(help="Names or codes, e.g. 'Rep. of Korea' ROK 732.")],
                year: Annotated[Optional[int], typer.Option(help="Year, where a code changed (DEU 1970 -> COW 260).")] = None,
                format: FormatOption = OutputFormat.table) -> None:
        """Resolve names and codes to ISO3, COW code and English short name."""
        year = None if year is None else validate.year(year, "--year")
        if len(names) > validate.MAX_COUNTRIES:
            raise LatitudeError(f"{len(names)} names given, more than {validate.MAX_COUNTRIES}: "
                                         "resolve them in smaller batches")
        rows = []
        for position, name in enumerate(names, start=1):
            found = countries.resolve(validate.name(name, f"NAME {position}"), year)
            rows.append({"input": name, "iso3": found.iso3, "cow": found.cow, "name": found.name})
        emit(rows, format, title="Countries")

    app.add_typer(countries_app, name="countries")
