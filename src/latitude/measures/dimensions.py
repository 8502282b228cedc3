"""The dimension registry: each dimension of a state's ties to a pole, defined once.

A dimension has one key, a label, its measures (with units and definitions), the headline
measure compared across poles, the precomputed store table that holds it for every state, the
sources behind it, and its coverage rules:

- `absent`: what a missing row means inside the source's coverage: "zero" (alliance files list
  only allied pairs; SIPRI lists only deliveries) or "missing" (trade and UN votes: no row is
  no observation, never zero). Outside coverage every value is missing.
- `max_age`: how many years the composite may carry a dimension's last observed value forward
  (its age is shown); beyond it the year is "not comparable" rather than computed without it.
- `sample` and `min_sample`: the measure that counts the observations behind a value and the
  count below which the value is flagged as a small sample (left out of headlines and the
  composite unless asked for).

`profile`, `dependence`, the report, the map layers, the dashboard and `check` all read this
registry, so a figure has one name, one unit and one definition everywhere.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from latitude.errors import LatitudeError


@dataclass(frozen=True)
class Measure:
    """One figure of a dimension, as stored in its table and shown in the spine."""

    key: str
    label: str
    unit: str           # "share" (0-1), "flag" (0/1), "musd", "tiv", "count", "ratio", "score"
    definition: str


@dataclass(frozen=True)
class Dimension:
    """One dimension of the profile (see the module docstring for the coverage rules)."""

    key: str
    label: str
    headline: str
    measures: tuple[Measure, ...]
    table: str                      # precomputed store table: year, iso3, partner, measures..., source
    inputs: tuple[str, ...]         # store tables it is computed from
    sources: tuple[str, ...]        # store sources (provenance names) behind it
    definition: str
    absent: str                     # "zero" | "missing"
    max_age: int
    weight: float                   # default composite weight
    caveat: str
    sample: str | None = None
    min_sample: int | None = None
    any_input: bool = False         # one of `inputs` suffices
    precomputed: bool = True        # its table holds every directed pair of states (compared and ranked
                                    # across states); False: read or computed per focal
    also_reads: tuple[str, ...] = ()  # tables read when loaded (a stored table built without them is stale)
    load: str = ""                  # command that loads its data, where `latitude data build` does not
    extra: dict[str, str] = field(default_factory=dict)

    def measure(self, key: str) -> Measure:
        for m in self.measures:
            if m.key == key:
                return m
        raise LatitudeError(f"dimension '{self.key}' has no measure '{key}': choose from "
                            f"{', '.join(m.key for m in self.measures)}")

    @property
    def measure_keys(self) -> tuple[str, ...]:
        return tuple(m.key for m in self.measures)

    @property
    def headline_label(self) -> str:
        """What the headline figure is, for captions ("(exports + imports with the pole) / ...")."""
        return self.measure(self.headline).definition


TRADE = Dimension(
    key="trade", label="Trade", headline="trade_share",
    measures=(
        Measure("exports", "exports", "musd", "the focal's goods exports to the pole, million current USD"),
        Measure("imports", "imports", "musd", "the focal's goods imports from the pole, million current USD"),
        Measure("export_share", "export share", "share",
                "exports to the pole / the focal's total exports to the world"),
        Measure("import_share", "import share", "share",
                "imports from the pole / the focal's total imports from the world"),
        Measure("trade_share", "trade share", "share",
                "(exports + imports with the pole) / (total exports + total imports)"),
        Measure("export_share_states", "export share (of exports to states)", "share",
                "exports to the pole / exports to every partner state in the same source"),
        Measure("import_share_states", "import share (of imports from states)", "share",
                "imports from the pole / imports from every partner state in the same source"),
        Measure("trade_share_states", "trade share (of trade with states)", "share",
                "(exports + imports with the pole) / trade with every partner state in the same source "
                "(shares add up to 1 over states; the denominator of the HHI)"),
    ),
    table="dim_trade", inputs=("cow_trade_dyadic", "cow_trade_national", "dots_flows", "comtrade_totals"),
    sources=("cow_trade", "imf_dots", "comtrade_totals"), any_input=True,
    definition="Goods trade with the pole from one spliced bilateral series: COW Trade 4.0 to 2014, IMF "
               "Direction of Trade Statistics 2015-2020, UN Comtrade 2021 on; partner-reported (mirror) "
               "flows where the focal did not report. Each row names the source that answered.",
    absent="missing", max_age=3, weight=0.30,
    caveat="Shares divide by the focal's total trade with the world as reported in the same source (COW "
           "national totals, DOTS or Comtrade 'World'); years where the focal reported no totals have flows "
           "(partner-reported) but no shares.",
)

ALLIANCE = Dimension(
    key="alliance", label="Alliances", headline="defense_pact",
    measures=(
        Measure("defense_pact", "defence pact", "flag",
                "1 if an ATOP defence obligation links focal and pole, in either direction"),
        Measure("any_pact", "any ATOP obligation", "flag",
                "1 if any ATOP obligation (defence, offence, neutrality, non-aggression, consultation) links them"),
        Measure("cow_defense", "COW defence pact", "flag", "1 if a COW formal defence pact links them"),
        Measure("defends_partner", "obliged to defend the pole", "flag",
                "1 if the focal has an ATOP defence obligation to the pole"),
        Measure("defended_by_partner", "defended by the pole", "flag",
                "1 if the pole has an ATOP defence obligation to the focal (Japan by the USA)"),
    ),
    table="dim_alliance", inputs=("atop_alliance", "cow_alliance"), sources=("atop", "cow_alliance"),
    definition="Alliance obligations between focal and pole from ATOP 5.1 (to 2018) and COW formal "
               "alliances (to 2012).",
    absent="zero", max_age=10, weight=0.20,
    caveat="Inside a file's years a pair it does not list has no obligation (0); treaties change rarely, so "
           "the composite carries the last ATOP year forward up to 10 years, with its age shown.",
)

ARMS = Dimension(
    key="arms", label="Arms transfers", headline="arms_import_share_5y",
    measures=(
        Measure("arms_imports", "arms imports", "tiv", "TIV delivered by the pole to the focal in the year"),
        Measure("arms_import_share", "arms import share", "share",
                "TIV from the pole / TIV from all suppliers to the focal in the year"),
        Measure("arms_import_share_5y", "arms import share, 5 years", "share",
                "TIV from the pole / TIV from all suppliers over the five years ending in the year "
                "(SIPRI's windows, e.g. 2017-2021)"),
        Measure("arms_exports", "arms exports", "tiv", "TIV delivered by the focal to the pole in the year"),
        Measure("arms_export_share", "arms export share", "share",
                "TIV the focal delivered to the pole / TIV it delivered to all recipients in the year"),
    ),
    table="dim_arms", inputs=("sipri_tiv", "sipri_deliveries"), sources=("sipri", "sipri_register_2024"),
    definition="Major conventional arms deliveries (SIPRI trend-indicator values): the SIPRI register of "
               "deliveries (2026 release) for 1995-2024, the SIPRI TIV table before 1995.",
    absent="zero", max_age=3, weight=0.15, any_input=True,
    caveat="TIV measures the volume of deliveries, not their price; deliveries are lumpy, so the 5-year share "
           "is the headline. Inside coverage a pole that delivered nothing has 0; a year in which the focal "
           "received nothing at all has no share.",
)

UN = Dimension(
    key="un", label="UN alignment", headline="agreement",
    measures=(
        Measure("agreement", "UN agreement", "share",
                "Voeten percent agreement over the session's contested roll calls both cast a vote on "
                "(same vote 1, one abstains 0.5, opposite 0)"),
        Measure("n_votes", "UN votes", "count", "contested roll calls on which both cast a vote"),
    ),
    table="dim_un", inputs=("un_votes", "un_roll_calls"), sources=("unvotes",),
    definition="UN General Assembly voting agreement, session years (a session opening in September of "
               "year y counts as y), unanimous roll calls left out: the convention of Voeten's published "
               "agreement scores, which latitude reproduces.",
    absent="missing", max_age=2, weight=0.15, sample="n_votes", min_sample=20,
    caveat="A session with fewer than 20 contested roll calls both voted on is a small sample: flagged and "
           "left out of headlines and the composite.",
)

CAPABILITIES = Dimension(
    key="capabilities", label="Capabilities", headline="cinc_ratio",
    measures=(
        Measure("cinc_focal", "focal CINC", "score", "the focal's composite index of national capability"),
        Measure("cinc_partner", "pole CINC", "score", "the pole's composite index of national capability"),
        Measure("cinc_ratio", "CINC ratio", "ratio", "focal CINC / pole CINC (< 1: the pole is stronger)"),
    ),
    table="dim_capabilities", inputs=("cow_nmc",), sources=("cow_nmc",),
    definition="COW National Material Capabilities 6.0 (to 2016).",
    absent="missing", max_age=5, weight=0.0,
    caveat="A ratio of power, not a tie: shown beside the profile, weight 0 in the composite by default.",
)

EVENTS = Dimension(
    key="events", label="Events and diplomacy", headline="cooperative_events",
    measures=(
        Measure("events", "events", "count", "events between focal and pole, either direction"),
        Measure("cooperative_events", "cooperative events", "count", "events in CAMEO quad classes 1-2"),
        Measure("conflict_events", "conflict events", "count", "events in CAMEO quad classes 3-4"),
        Measure("goldstein_mean", "mean Goldstein", "score", "mean Goldstein (1992) score of those events"),
        Measure("source_days", "days covered", "count", "days with any event in the loaded event data that year"),
    ),
    table="dim_events", inputs=("events",), sources=("gdelt_sample", "icews_sample"),
    definition="Coded events (GDELT, ICEWS or latitude's own coder) between focal and pole per year.",
    absent="zero", max_age=1, weight=0.10, sample="source_days", min_sample=300,
    load="latitude events load FILE...",
    caveat="Event counts follow news coverage. The mirror holds only a 1-day GDELT and a 3-day ICEWS sample: "
           "samples never feed the profile, composite, map or triads unless asked for (--include-samples), and "
           "a year with fewer than 300 covered days is a small sample.",
)

PRODUCTS = Dimension(
    key="products", label="Critical products", headline="dependent_products",
    measures=(
        Measure("dependent_products", "dependent products", "count",
                "HS6 products meeting the EU strategic-dependency test whose top supplier is the pole"),
    ),
    table="dim_products", inputs=("baci_flows", "comtrade_flows"), sources=("baci", "comtrade"),
    also_reads=("critical_minerals_exports",),
    definition="EU strategic-dependency test (SWD(2021) 352) on CEPII BACI, else the Comtrade extracts.",
    absent="zero", max_age=3, weight=0.10, any_input=True, precomputed=False,
    load="latitude products load-baci DIR",
    caveat="Stored at build per importing state, year and top supplier (not for every pair of states, so not "
           "ranked across states); the Comtrade extracts cover few reporters, so most states have no product "
           "data without BACI.",
)

DIMENSIONS: dict[str, Dimension] = {d.key: d for d in (TRADE, PRODUCTS, ALLIANCE, ARMS, UN, CAPABILITIES, EVENTS)}
DEFAULT_WEIGHTS: dict[str, float] = {d.key: d.weight for d in DIMENSIONS.values()}


def dimension(key: str) -> Dimension:
    """A dimension by key (one-line error listing the keys)."""
    if key not in DIMENSIONS:
        raise LatitudeError(f"unknown dimension '{key}': choose from {', '.join(DIMENSIONS)}")
    return DIMENSIONS[key]


def measure_of(key: str) -> tuple[Dimension, Measure]:
    """The dimension and measure a measure key belongs to ('trade_share' -> trade)."""
    for dim in DIMENSIONS.values():
        for m in dim.measures:
            if m.key == key:
                return dim, m
    raise LatitudeError(f"unknown measure '{key}'")


def parse_weights(text: str | None) -> dict[str, float]:
    """'trade=2,un=1' -> the default weights with those replaced (one-line error if malformed)."""
    weights = dict(DEFAULT_WEIGHTS)
    if not text:
        return weights
    for part in text.split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        key = key.strip()
        if not sep or key not in DIMENSIONS:
            raise LatitudeError(f"bad weight '{part.strip()}': write dimension=number with a dimension "
                                f"from {', '.join(DIMENSIONS)}")
        try:
            weights[key] = float(value)
        except ValueError as exc:
            raise LatitudeError(f"bad weight '{part.strip()}': '{value.strip()}' is not a number") from exc
        if weights[key] < 0 or not math.isfinite(weights[key]):
            raise LatitudeError(f"bad weight '{part.strip()}': weights must be finite and not negative")
    if sum(weights.values()) <= 0:
        raise LatitudeError("all weights are 0: give at least one dimension a positive weight")
    return weights
