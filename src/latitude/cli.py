"""The `latitude` command line.

Each area of latitude adds its commands in `latitude/commands/<area>.py` through a
`register(app)` function; this module only assembles them and turns LatitudeError into one
line on stderr and exit status 1.
"""
from __future__ import annotations

import pkgutil
import sys
from importlib import import_module

import typer

import latitude.commands
from latitude.errors import LatitudeError

app = typer.Typer(
    name="latitude",
    help="Measure, map and stress-test a state's strategic autonomy between great powers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_all() -> None:
    for module in sorted(pkgutil.iter_modules(latitude.commands.__path__), key=lambda m: m.name):
        if module.name.startswith("_"):
            continue
        import_module(f"latitude.commands.{module.name}").register(app)


_register_all()


def main() -> None:
    """Console entry point: run the app, printing LatitudeError as one line and exiting 1."""
    try:
        app()
    except LatitudeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
