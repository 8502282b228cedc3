"""`latitude data pull|build|status|update` and `latitude cite`."""
from __future__ import annotations

from typing import Annotated, Optional

import typer

from latitude import store
from latitude.commands._common import (FormatOption, MirrorOption, OutputFormat, StoreOption, YearsOption, console,
                                       emit)
from latitude.errors import LatitudeError


def _mirror(path):
    """--mirror must name an existing directory (None: LATITUDE_MIRROR or the publishers)."""
    if path is not None and not path.is_dir():
        raise LatitudeError(f"--mirror {path} is not a directory: give the folder holding the source files")
    return path


def register(app: typer.Typer) -> None:
    data_app = typer.Typer(help="Fetch source files and build the store.", no_args_is_help=True)

    @data_app.command("pull")
    def pull(sources: Annotated[Optional[list[str]], typer.Argument(help="Sources (default: all).")] = None,
             mirror: MirrorOption = None) -> None:
        """Fetch source files (from --mirror DIR or where they are published), verified by SHA-256."""
        from latitude import build as builder

        folders = builder.pull(sources, _mirror(mirror))
        for name, folder in folders.items():
            console.print(f"[green]✓[/green] {name}: {folder}")

    @data_app.command("build")
    def build(sources: Annotated[Optional[list[str]], typer.Argument(help="Sources (default: all).")] = None,
              mirror: MirrorOption = None, store_path: StoreOption = None,
              force: Annotated[bool, typer.Option("--force", help="Reload sources whose files have not changed.")] = False,
              ) -> None:
        """Pull if needed, load every changed source into the store (one transaction per source), then
        refresh the precomputed dimension tables."""
        from latitude import build as builder

        con = store.connect(store_path)
        try:
            results = builder.build(con, sources, _mirror(mirror), force=force)
        finally:
            con.close()
        loaded = {name: rows for name, rows in results.items() if rows}
        total = sum(sum(t.values()) for t in loaded.values())
        kept = len(results) - len(loaded)
        console.print(f"loaded {len(loaded)} sources, {total:,} rows into {store_path or store.default_store_path()}"
                      + (f"; {kept} unchanged sources kept" if kept else ""))

    @data_app.command("status")
    def status(store_path: StoreOption = None, format: FormatOption = OutputFormat.table) -> None:
        """Each source: files present and intact, rows loaded, years covered."""
        from latitude import build as builder

        path = store_path or store.default_store_path()
        con = store.connect(path, read_only=True) if path.exists() else None
        try:
            emit(builder.status(con), format, title=f"Store {path}")
        finally:
            if con is not None:
                con.close()

    @data_app.command("update")
    def update(sources: Annotated[list[str], typer.Argument(help="comtrade, gdelt, sipri, unvotes and/or baci.")],
               reporters: Annotated[Optional[str], typer.Option(help="Comtrade reporters, e.g. KOR,CHN,USA.")] = None,
               partners: Annotated[Optional[str], typer.Option(help="Comtrade HS6 partners, e.g. USA,World.")] = None,
               years: YearsOption = None,
               freq: Annotated[str, typer.Option(help="Comtrade frequency: A (annual) or M (monthly).")] = "A",
               hs6: Annotated[bool, typer.Option("--hs6", help="Comtrade HS6 by partner (else goods totals).")] = False,
               cmd: Annotated[Optional[str], typer.Option(help="Comtrade HS6 codes, e.g. 854232,280530.")] = None,
               start: Annotated[Optional[str], typer.Option(help="GDELT first day (UTC), YYYY-MM-DD.")] = None,
               end: Annotated[Optional[str], typer.Option(help="GDELT last day (UTC), YYYY-MM-DD.")] = None,
               latest: Annotated[bool, typer.Option("--latest", help="GDELT: the newest 15-minute export.")] = False,
               max_days: Annotated[Optional[int], typer.Option(help="GDELT: most days in one run (31).")] = None,
               release: Annotated[Optional[str], typer.Option(help="BACI release, e.g. V202501.")] = None,
               hs: Annotated[str, typer.Option(help="BACI HS revision: HS92 ... HS22.")] = "HS92",
               url: Annotated[Optional[str], typer.Option(help="Base URL of a mirror for the one source.")] = None,
               store_path: StoreOption = None) -> None:
        """Bring sources up to date from their publishers (network needed; see docs/updates.md), then
        recompute the stored dimension tables whose inputs changed."""
        from latitude import build as builder
        from latitude import update as updates

        con = store.connect(store_path)
        try:
            results = updates.run(con, sources, reporters=reporters, partners=partners, years=years, freq=freq,
                                  hs6=hs6, commodities=cmd, start=start, end=end, latest=latest, release=release,
                                  hs=hs, url=url, max_days=max_days, show_progress=True)
            builder.refresh_dimensions(con)
        finally:
            con.close()
        for result in results:
            console.print(result.summary(), highlight=False)

    app.add_typer(data_app, name="data")

    @app.command("cite")
    def cite(sources: Annotated[Optional[list[str]], typer.Argument(help="Sources (default: those loaded).")] = None,
             store_path: StoreOption = None,
             bibtex: Annotated[bool, typer.Option("--bibtex/--text", help="BibTeX or plain text.")] = False,
             format: FormatOption = OutputFormat.table) -> None:
        """How to cite the sources behind latitude's numbers (plain text and BibTeX)."""
        path = store_path or store.default_store_path()
        if not sources and path.is_file():
            # The loaded sources as the store records them: no source module (and no pandas) needed.
            rows = store.citations_of(path)
            if format is OutputFormat.table and rows and (not bibtex or all(row["bibtex"] for row in rows)):
                for row in rows:
                    console.print(f"[bold]{row['source']}[/bold] — {row['title']} ({row['version']}; {row['licence']})",
                                  highlight=False)
                    console.print(row["bibtex"] if bibtex else row["citation"], highlight=False, markup=False)
                    console.print()
                return
            sources = [row["source"] for row in rows] or None
        from latitude import build as builder

        infos = builder.source_info(sources)
        if format is OutputFormat.table:
            for info in infos:
                console.print(f"[bold]{info.name}[/bold] — {info.title} ({info.version}; {info.licence})",
                              highlight=False)
                console.print(info.bibtex if bibtex else info.citation, highlight=False, markup=False)
                console.print()
            return
        emit([{"source": i.name, "title": i.title, "version": i.version, "licence": i.licence,
               "citation": i.citation, "bibtex": i.bibtex} for i in infos], format)
