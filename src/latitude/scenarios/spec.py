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

Every key is checked: unknown keys, unknown countries or products, shares outside [0, 1] and
negative rates each get one line naming the file, the shock and the fix.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from latitude import countries
from latitude.errors import LatitudeError

KINDS = ("import_cut", "export_restriction", "tariff")
SCENARIO_KEYS = {"name", "focal", "year", "description", "sources", "shock", "hypothetical"}
SHOCK_KEYS = {"kind", "by", "share", "products", "rate", "elasticity", "note"}
DEFAULT_ELASTICITY = 4.0

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
    if not isinstance(products, list) or not all(isinstance(p, (str, int)) for p in products):
        raise LatitudeError(f"{where}: 'products' must be a list of HS codes such as [\"281111\", \"XVI\"]")
    out = []
    for raw in products:
        code = str(raw).strip().upper()
        if code in HS_SECTIONS:
            out.append(code)
        elif re.fullmatch(r"\d{2}|\d{4}|\d{6}", code) and 1 <= int(code[:2]) <= 97:
            out.append(code)
        else:
            raise LatitudeError(f"{where}: unknown product code '{raw}': use HS2, HS4 or HS6 digits "
                                "(e.g. \"85\", \"8542\", \"854231\") or an HS section I-XXI")
    return tuple(out)


def _check_keys(data: dict, allowed: set[str], where: str) -> None:
    unknown = set(data) - allowed
    if unknown:
        raise LatitudeError(f"{where}: unknown key(s) {', '.join(sorted(unknown))} "
                            f"(allowed: {', '.join(sorted(allowed))})")


def _fraction(value: object, key: str, where: str) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise LatitudeError(f"{where}: '{key}' must be a number, got {value!r}")
    if not 0.0 <= float(value) <= 1.0:
        raise LatitudeError(f"{where}: '{key}' = {value} is outside 0-1 (write 20% as 0.2)")
    return float(value)


def shock_from_dict(data: dict, where: str = "shock") -> Shock:
    """Validate one shock table."""
    _check_keys(data, SHOCK_KEYS, where)
    kind = data.get("kind")
    if kind not in KINDS:
        raise LatitudeError(f"{where}: 'kind' must be one of {', '.join(KINDS)}, got {kind!r}")
    if "by" not in data:
        raise LatitudeError(f"{where}: 'by' (the pole imposing the shock, e.g. \"CHN\") is missing")
    try:
        by = countries.iso3(str(data["by"]))
    except LatitudeError as exc:
        raise LatitudeError(f"{where}: {exc}") from exc
    share = _fraction(data.get("share", 1.0), "share", where)
    rate = data.get("rate", 0.0)
    if kind == "tariff":
        if "rate" not in data:
            raise LatitudeError(f"{where}: a tariff needs 'rate' (e.g. rate = 0.25 for 25%)")
        if not isinstance(rate, (int, float)) or rate < 0:
            raise LatitudeError(f"{where}: 'rate' must be a non-negative number, got {rate!r}")
    elasticity = data.get("elasticity", DEFAULT_ELASTICITY)
    if not isinstance(elasticity, (int, float)) or elasticity <= 0:
        raise LatitudeError(f"{where}: 'elasticity' must be a positive number, got {elasticity!r}")
    products = _check_products(data["products"], where) if "products" in data else ()
    return Shock(kind=kind, by=by, share=share, products=products, rate=float(rate),
                 elasticity=float(elasticity), note=str(data.get("note", "")))


def scenario_from_dict(data: dict, where: str = "scenario") -> Scenario:
    """Validate a whole scenario (as parsed from TOML)."""
    _check_keys(data, SCENARIO_KEYS, where)
    shocks = data.get("shock")
    if not isinstance(shocks, list) or not shocks:
        raise LatitudeError(f"{where}: no [[shock]] tables: add at least one shock")
    focal = data.get("focal")
    if focal is None:
        raise LatitudeError(f"{where}: 'focal' (the country under pressure, e.g. \"KOR\") is missing")
    try:
        focal_iso3 = countries.iso3(str(focal))
    except LatitudeError as exc:
        raise LatitudeError(f"{where}: {exc}") from exc
    year = data.get("year")
    if year is not None and not isinstance(year, int):
        raise LatitudeError(f"{where}: 'year' must be an integer year, got {year!r}")
    parsed = tuple(shock_from_dict(s, f"{where}, shock {i + 1}") for i, s in enumerate(shocks))
    for shock in parsed:
        if shock.by == focal_iso3:
            raise LatitudeError(f"{where}: a shock by {shock.by} against itself makes no sense: change 'by'")
    sources = data.get("sources", [])
    return Scenario(name=str(data.get("name", where)), focal=focal_iso3, shocks=parsed, year=year,
                    description=str(data.get("description", "")), sources=tuple(str(s) for s in sources),
                    hypothetical=bool(data.get("hypothetical", False)))


def load_scenario(path: str | Path) -> Scenario:
    """Read and validate a scenario TOML file."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LatitudeError(f"scenario file {path} not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise LatitudeError(f"{path}: not valid TOML ({exc})") from exc
    return scenario_from_dict(data, str(path))


def example_scenarios() -> dict[str, Path]:
    """The scenarios shipped with latitude (documented episodes), by file stem."""
    from importlib import resources

    folder = resources.files("latitude.scenarios").joinpath("examples")
    return {Path(str(p)).stem: Path(str(p)) for p in folder.iterdir() if str(p).endswith(".toml")}
