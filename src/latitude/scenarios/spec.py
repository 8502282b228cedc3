"""Coercion scenarios: small TOML files (or the same as Python objects) describing shocks.

A scenario names a focal country and one or more shocks a pole could impose on it:

    name = "Japan's 2019 export controls on Korea"
    focal = "KOR"
    year = 2019                      # optional default year

    [[shock]]
    kind = "export_restriction"      # the pole stops selling the listed products to the focal
    by = "JPN"
    products = ["281111", "370790", "392099"]
    share = 1.0                      # fraction of the flow stopped (default 1)

    [[shock]]
    kind = "import_cut"              # the pole cuts its imports from the focal
    by = "CHN"
    share = 0.2
    products = ["33", "XVI"]         # optional: HS6, HS4, HS2 codes or HS sections (I-XXI); all goods if absent

    [[shock]]
    kind = "tariff"                  # the pole taxes imports from the focal
    by = "USA"
    rate = 0.25
    elasticity = 4.0                 # optional trade elasticity (default 4, see docs/scenarios.md)

Every key is checked: unknown keys, values of the wrong type (`year = true`, `sources = 5`),
unknown countries or products, shares outside [0, 1], rates and elasticities that are not
finite or out of range, more than 100 shocks, and files that are not UTF-8 TOML each get one
line naming the file, the shock and the fix.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from latitude import countries, validate
from latitude.errors import LatitudeError, printable

KINDS = ("import_cut", "export_restriction", "tariff")
SCENARIO_KEYS = {"name", "focal", "year", "description", "sources", "shock", "hypothetical"}
SHOCK_KEYS = {"kind", "by", "share", "products", "rate", "elasticity", "note"}
DEFAULT_ELASTICITY = 4.0
MAX_RATE = 10.0           # a tariff of 1,000%: above it a "rate" is a typo for a percentage
MAX_ELASTICITY = 50.0     # trade elasticities in the literature run from about 1 to 20

# HS sections (Roman numerals) as ranges of HS2 chapters, from the WCO Harmonized System nomenclature.
HS_SECTIONS: dict[str, tuple[int, int]] = {
    "I": (1, 5), "II": (6, 14), "III": (15, 15), "IV": (16, 24), "V": (25, 27), "VI": (28, 38),
    "VII": (39, 40), "VIII": (41, 43), "IX": (44, 46), "X": (47, 49), "XI": (50, 63), "XII": (64, 67),
    "XIII": (68, 70), "XIV": (71, 71), "XV": (72, 83), "XVI": (84, 85), "XVII": (86, 89), "XVIII": (90, 92),
    "XIX": (93, 93), "XX": (94, 96), "XXI": (97, 97),
}


@dataclass(frozen=True)
class Shock:
    """One measure a pole takes against the focal."""

    kind: str
    by: str
    share: float = 1.0
    products: tuple[str, ...] = ()
    rate: float = 0.0
    elasticity: float = DEFAULT_ELASTICITY
    note: str = ""

    def label(self) -> str:
        what = {"import_cut": f"cuts imports by {self.share:.0%}",
                "export_restriction": f"restricts exports ({self.share:.0%})",
                "tariff": f"tariff {self.rate:.0%}"}[self.kind]
        scope = f" on {', '.join(self.products)}" if self.products else " on all goods"
        return f"{self.by} {what}{scope}"

    def reduction(self) -> float:
        """Fraction of the affected flow that disappears.

        Cuts and restrictions remove `share` of the flow; a tariff t with trade elasticity σ
        lowers the flow by 1 − (1 + t)^(−σ) (constant-elasticity import demand).
        """
        if self.kind == "tariff":
            return 1.0 - (1.0 + self.rate) ** (-self.elasticity)
        return self.share


@dataclass(frozen=True)
class Scenario:
    """A named set of shocks against a focal country."""

    name: str
    focal: str
    shocks: tuple[Shock, ...]
    year: int | None = None
    description: str = ""
    sources: tuple[str, ...] = field(default_factory=tuple)
    hypothetical: bool = False      # a what-if built from an episode, not an episode itself


def product_matches(code: str, selector: str) -> bool:
    """Does HS6 `code` fall under `selector` (an HS2/HS4/HS6 prefix or an HS section)?"""
    if selector in HS_SECTIONS:
        lo, hi = HS_SECTIONS[selector]
        return code[:2].isdigit() and lo <= int(code[:2]) <= hi
    return code.startswith(selector)


def _check_products(products: object, where: str) -> tuple[str, ...]:
    if not isinstance(products, list) or not all(isinstance(p, (str, int)) and not isinstance(p, bool)
                                                 for p in products):
        raise LatitudeError(f"{where}: 'products' must be a list of HS codes such as [\"281111\", \"XVI\"]")
    if len(products) > validate.MAX_PRODUCTS:
        raise LatitudeError(f"{where}: 'products' lists {len(products):,} codes, more than {validate.MAX_PRODUCTS:,}: "
                            "use HS2 or HS4 prefixes or HS sections")
    out = []
    for raw in products:
        code = str(raw).strip().upper()
        if code in HS_SECTIONS:
            out.append(code)
        elif re.fullmatch(r"\d{2}|\d{4}|\d{6}", code) and 1 <= int(code[:2]) <= 97:
            out.append(code)
        else:
            raise LatitudeError(f"{where}: unknown product code '{printable(str(raw))[:20]}': use HS2, HS4 "
                                "or HS6 digits (e.g. \"85\", \"8542\", \"854231\") or an HS section I-XXI")
    return tuple(out)


def _check_keys(data: dict, allowed: set[str], where: str) -> None:
    unknown = set(data) - allowed
    if unknown:
        shown = ", ".join(printable(k)[:30] for k in sorted(unknown)[:5])
        raise LatitudeError(f"{where}: unknown key(s) {shown} (allowed: {', '.join(sorted(allowed))})")


def _text(data: dict, key: str, where: str, default: str = "") -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise LatitudeError(f"{where}: '{key}' must be text in quotes, got {type(value).__name__}")
    return value


def _fraction(value: object, key: str, where: str) -> float:
    number = validate.number(value, f"{where}: '{key}'")
    if not 0.0 <= number <= 1.0:
        raise LatitudeError(f"{where}: '{key}' = {value} is outside 0-1 (write 20% as 0.2)")
    return number


def _country(value: object, key: str, where: str) -> str:
    if not isinstance(value, str):
        raise LatitudeError(f"{where}: '{key}' must be a country name or code in quotes, e.g. \"KOR\"")
    try:
        return countries.iso3(value)
    except LatitudeError as exc:
        raise LatitudeError(f"{where}: {exc}") from exc


def shock_from_dict(data: dict, where: str = "shock") -> Shock:
    """Validate one shock table."""
    if not isinstance(data, dict):
        raise LatitudeError(f"{where}: a shock must be a [[shock]] table with kind, by, ...")
    _check_keys(data, SHOCK_KEYS, where)
    kind = data.get("kind")
    if kind not in KINDS:
        raise LatitudeError(f"{where}: 'kind' must be one of {', '.join(KINDS)}, got "
                            f"{printable(repr(kind))[:40]}")
    if "by" not in data:
        raise LatitudeError(f"{where}: 'by' (the pole imposing the shock, e.g. \"CHN\") is missing")
    by = _country(data["by"], "by", where)
    share = _fraction(data.get("share", 1.0), "share", where)
    rate = 0.0
    if kind == "tariff":
        if "rate" not in data:
            raise LatitudeError(f"{where}: a tariff needs 'rate' (e.g. rate = 0.25 for 25%)")
        rate = validate.number(data["rate"], f"{where}: 'rate'", 0.0, MAX_RATE, hint="write 25% as 0.25")
    elif "rate" in data:
        raise LatitudeError(f"{where}: 'rate' applies to tariffs only: use 'share' for a {kind}")
    elasticity = validate.number(data.get("elasticity", DEFAULT_ELASTICITY), f"{where}: 'elasticity'", 0.0,
                                 MAX_ELASTICITY, low_open=True, hint="trade elasticities run from about 1 to 20")
    products = _check_products(data["products"], where) if "products" in data else ()
    return Shock(kind=kind, by=by, share=share, products=products, rate=rate,
                 elasticity=elasticity, note=_text(data, "note", where))


def scenario_from_dict(data: dict, where: str = "scenario") -> Scenario:
    """Validate a whole scenario (as parsed from TOML)."""
    if not isinstance(data, dict):
        raise LatitudeError(f"{where}: a scenario is a table of keys (name, focal, [[shock]], ...)")
    _check_keys(data, SCENARIO_KEYS, where)
    shocks = data.get("shock")
    if not isinstance(shocks, list) or not shocks:
        raise LatitudeError(f"{where}: no [[shock]] tables: add at least one shock")
    if len(shocks) > validate.MAX_SHOCKS:
        raise LatitudeError(f"{where}: {len(shocks):,} shocks, more than {validate.MAX_SHOCKS}: split the scenario "
                            "or use HS sections and all-goods shocks")
    if data.get("focal") is None:
        raise LatitudeError(f"{where}: 'focal' (the country under pressure, e.g. \"KOR\") is missing")
    focal_iso3 = _country(data["focal"], "focal", where)
    year = data.get("year")
    if year is not None:
        if not isinstance(year, int) or isinstance(year, bool):
            raise LatitudeError(f"{where}: 'year' must be a whole year such as 2014, got "
                                f"{printable(repr(year))[:40]}")
        year = validate.year(year, f"{where}: 'year'")
    parsed = tuple(shock_from_dict(s, f"{where}, shock {i + 1}") for i, s in enumerate(shocks))
    for shock in parsed:
        if shock.by == focal_iso3:
            raise LatitudeError(f"{where}: a shock by {shock.by} against itself makes no sense: change 'by'")
    sources = data.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise LatitudeError(f"{where}: 'sources' must be a list of texts, e.g. [\"METI, 1 July 2019\"]")
    hypothetical = data.get("hypothetical", False)
    if not isinstance(hypothetical, bool):
        raise LatitudeError(f"{where}: 'hypothetical' must be true or false")
    return Scenario(name=_text(data, "name", where, where), focal=focal_iso3, shocks=parsed, year=year,
                    description=_text(data, "description", where), sources=tuple(sources),
                    hypothetical=hypothetical)


def load_scenario(path: str | Path) -> Scenario:
    """Read and validate a scenario TOML file (a regular UTF-8 file of at most 10 MB)."""
    path = Path(path)
    text = validate.text_file(path, "scenario file")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LatitudeError(f"{path}: not valid TOML ({exc})") from exc
    except RecursionError as exc:
        raise LatitudeError(f"{path}: not a scenario (arrays or tables nested too deeply)") from exc
    return scenario_from_dict(data, printable(str(path)))


def example_scenarios() -> dict[str, Path]:
    """The scenarios shipped with latitude (documented episodes), by file stem."""
    from importlib import resources

    folder = resources.files("latitude.scenarios").joinpath("examples")
    return {Path(str(p)).stem: Path(str(p)) for p in folder.iterdir() if str(p).endswith(".toml")}
