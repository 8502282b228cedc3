"""The `latitude` command line.

Each area of latitude adds its commands in `latitude/commands/<area>.py` through a
`register(app)` function. This module lists them (`COMMANDS`) without importing them, so
`latitude --help` and light commands start fast: a command's module, and whatever heavy
library it needs, is imported only when that command runs. A module in `latitude/commands/`
that is not listed is still found and registered (at start-up cost; `tests/test_cli.py`
fails until it is listed).

`run` is the one place where every failure becomes one line on stderr: `LatitudeError`
(bad input, exit 1), usage errors (exit 2), a damaged or locked store (exit 1), and anything
unexpected (exit 70, "internal error"; `LATITUDE_DEBUG=1` shows the traceback). Text quoted
from user input is escaped there, so an error message cannot carry terminal control codes.
"""
from __future__ import annotations

import os
import pkgutil
import sys
from importlib import import_module

import typer
from typer.core import TyperArgument, TyperGroup

import latitude.commands
from latitude.errors import LatitudeError, printable

# command -> (module in latitude.commands, one-line help shown by `latitude --help`)
COMMANDS: dict[str, tuple[str, str]] = {
    "profile": ("profile", "The autonomy profile: trade, pacts, UN votes, arms per pole."),
    "report": ("report", "Write the diplomatic-map report (HTML, PDF or PNG)."),
    "align": ("align", "UN General Assembly voting agreement, per year."),
    "idealpoints": ("idealpoints", "UN ideal points of every member state."),
    "compare": ("compare", "States side by side on every dimension and the composite."),
    "rank": ("compare", "Every state ranked by closeness to each pole."),
    "dependence": ("dependence", "Trade, alliance, arms and capability dependence."),
    "products": ("products", "Critical HS6 products; load BACI or Comtrade files."),
    "events": ("events", "Event data: load GDELT/ICEWS, code news, dyad series."),
    "triad": ("triad", "Mediation and brokerage in a triad, from events."),
    "stress": ("scenarios", "Coercion stress test of a scenario file."),
    "diversify": ("scenarios", "Trade reallocation that cuts exposure to the poles."),
    "check": ("scenarios", "Check an article's claims against the store."),
    "countries": ("countries", "Resolve country names and codes."),
    "data": ("data", "Fetch source files, build and inspect the store."),
    "cite": ("data", "How to cite the sources behind the figures."),
    "serve": ("serve", "Start the dashboard and JSON API."),
}
# modules that add commands to another command's group (module -> the command that registers them)
GROUP_MODULES: dict[str, str] = {"coding": "events"}
EXIT_INPUT, EXIT_USAGE, EXIT_INTERNAL = 1, 2, 70


class _PlainArgument(TyperArgument):
    """An argument shown as FOCAL or FILES... in usage lines (Typer writes {focal})."""

    def _usage_display_name(self) -> str:
        return self.metavar if self.required else f"[{self.metavar}]"

    def display_type_rich(self, ctx: typer.Context) -> str | None:
        return None


def _metavar(param) -> str:
    """How an option's value is shown in help: a choice list, PATH, or the option's name."""
    described = getattr(param, "type_descriptor", None)
    if described is not None and described.is_choice:
        return "|".join(str(getattr(c, "value", c)) for c in described.choices or ())
    if (described is not None and described.is_path) or (param.name or "").endswith("_path"):
        return "PATH"
    return (param.name or "value").upper()


def _tidy(command):
    """Readable help for a command and its subcommands: plain text (keeps [brackets] that rich
    markup would eat), FOCAL and FILES... for arguments, --years YEARS for options, nothing
    after flags such as --help."""
    command.rich_markup_mode = None
    for param in command.params:
        if isinstance(param, TyperArgument):
            param.__class__ = _PlainArgument
            param.metavar = (param.name or "arg").upper() + ("..." if param.nargs != 1 else "")
        elif param.param_type_name == "option":
            param.metavar = "" if getattr(param, "is_flag", False) else _metavar(param)
    for sub in getattr(command, "commands", {}).values():
        _tidy(sub)
    return command


def _typer() -> typer.Typer:
    return typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)


class LazyGroup(TyperGroup):
    """The top-level group: lists `COMMANDS` from the table and imports a command's module
    only when that command is run (or its help asked for)."""

    _loaded: dict[str, object] = {}

    def list_commands(self, ctx: typer.Context) -> list[str]:
        return [*COMMANDS, *(name for name in super().list_commands(ctx) if name not in COMMANDS)]

    def get_command(self, ctx: typer.Context, cmd_name: str):
        if cmd_name not in COMMANDS:
            return super().get_command(ctx, cmd_name)
        if cmd_name not in self._loaded:
            module = COMMANDS[cmd_name][0]
            holder = _typer()
            import_module(f"latitude.commands.{module}").register(holder)
            built = typer.main.get_command(holder)
            found = getattr(built, "commands", None) or {cmd_name: built}
            for name, command in found.items():
                self._loaded[name] = _tidy(command)
        return self._loaded.get(cmd_name)

    def format_commands(self, ctx: typer.Context, formatter) -> None:
        rows = [(name, COMMANDS[name][1] if name in COMMANDS else
                 (super().get_command(ctx, name).get_short_help_str(60)))  # type: ignore[union-attr]
                for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


app = typer.Typer(name="latitude", cls=LazyGroup, no_args_is_help=True, add_completion=False,
                  rich_markup_mode=None, pretty_exceptions_enable=False,
                  context_settings={"help_option_names": ["--help", "-h"]})


@app.callback()
def _root() -> None:
    """Measure, map and stress-test a state's strategic autonomy between great powers.

    Run `latitude COMMAND --help` for a command's options. Bad input gets one line on stderr
    and exit status 1 (2 for a mistyped command line).
    """


def _register_unlisted() -> None:
    """Register command modules missing from COMMANDS the slow way, so none is lost."""
    listed = {module for module, _ in COMMANDS.values()} | set(GROUP_MODULES)
    for module in sorted(pkgutil.iter_modules(latitude.commands.__path__), key=lambda m: m.name):
        if not module.name.startswith("_") and module.name not in listed:
            import_module(f"latitude.commands.{module.name}").register(app)


_register_unlisted()


def _one_line(text: str) -> str:
    return printable(" ".join(part.strip() for part in str(text).splitlines() if part.strip()))


def _explain(exc: BaseException) -> tuple[str, int]:
    """The one line and exit status for an exception that escaped a command."""
    if isinstance(exc, LatitudeError):
        return f"error: {_one_line(str(exc))}", EXIT_INPUT
    if isinstance(exc, typer.TyperException):   # typer's (vendored click's) usage and parameter errors
        ctx = getattr(exc, "ctx", None)
        if getattr(exc, "exit_code", 1) == EXIT_USAGE:
            where = ctx.command_path if ctx is not None else "latitude"
            return f"error: {_one_line(exc.format_message())} (see `{where} --help`)", EXIT_USAGE
        return f"error: {_one_line(exc.format_message())}", EXIT_INPUT
    if isinstance(exc, typer.Abort):
        return "error: aborted", EXIT_INPUT
    if isinstance(exc, MemoryError):
        return ("error: out of memory: ask for fewer years or countries, or close other programs "
                "(--memory-limit caps DuckDB where a command offers it)"), EXIT_INPUT
    if "duckdb" in sys.modules:
        from latitude import store

        known = store.explain_error(exc)
        if known is not None:
            return f"error: {_one_line(str(known))}", EXIT_INPUT
    return (f"internal error: {type(exc).__name__}: {_one_line(str(exc))[:300]} (a bug in latitude: please report "
            "it; LATITUDE_DEBUG=1 shows the traceback)"), EXIT_INTERNAL


def run(argv: list[str] | None = None) -> int:
    """Run the command line on `argv` (default: sys.argv[1:]) and return the exit status;
    every failure is one line on stderr."""
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="latitude", standalone_mode=False)
        return result if isinstance(result, int) else 0
    except typer.Exit as exc:
        return exc.exit_code
    except typer.TyperException as exc:
        if type(exc).__name__ != "NoArgsIsHelpError":   # a group run without a command: its help, exit 0
            return _report(exc)
        typer.echo(exc.ctx.get_help())
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader (`| head`) went away: stop quietly, as other Unix tools do
        sys.stdout = open(os.devnull, "w")
        return 141
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        return _report(exc)


def _report(exc: Exception) -> int:
    if os.environ.get("LATITUDE_DEBUG"):
        raise exc
    line, status = _explain(exc)
    sys.stdout.flush()
    print(line, file=sys.stderr, flush=True)
    return status


def main() -> None:
    """Console entry point."""
    sys.exit(run())


if __name__ == "__main__":
    main()
