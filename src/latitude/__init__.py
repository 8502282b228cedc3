"""latitude: measure, map and stress-test a state's strategic autonomy between great powers.

The public API is re-exported here and imported on first use, so `import latitude` (and the
CLI's start-up) stays fast:

    import latitude as lt
    con = lt.connect(read_only=True)
    lt.trade_dependence(con, "KOR", ["USA", "CHN", "JPN"], years=(1990, 2014))
"""
from __future__ import annotations

from latitude.lazy import lazy_exports

__version__ = "0.1.0"

# public name -> module that defines it ("module:attribute" where the public name differs)
_EXPORTS: dict[str, str] = {
    # errors, countries, store (building it: latitude.build.build)
    "LatitudeError": "latitude.errors",
    "Country": "latitude.countries", "resolve": "latitude.countries", "iso3": "latitude.countries",
    "cow": "latitude.countries", "cow_to_iso3": "latitude.countries", "iso3_to_cow": "latitude.countries",
    "cow_codes": "latitude.countries", "parse_country_list": "latitude.countries", "year_range": "latitude.years",
    "connect": "latitude.store", "provenance": "latitude.store",
    # dyad-years and their verbs
    "create_dyadyears": "latitude.dyads", "add_atop_alliance": "latitude.dyads",
    "add_cow_alliance": "latitude.dyads", "add_cow_trade": "latitude.dyads", "add_igos": "latitude.dyads",
    "add_cinc": "latitude.dyads", "add_gdp": "latitude.dyads", "add_capital_distance": "latitude.dyads",
    "add_contiguity": "latitude.dyads", "add_minimum_distance": "latitude.dyads",
    "add_un_agreement": "latitude.measures.alignment", "add_trade_dependence": "latitude.measures.trade",
    "add_trade": "latitude.measures.trade", "add_arms_transfers": "latitude.measures.security",
    "spark_backend": "latitude.engine",
    # UN alignment
    "agreement": "latitude.measures.alignment", "dyadic_agreement": "latitude.measures.alignment",
    "idealpoint_distance": "latitude.measures.alignment", "percent_agreement": "latitude.measures.alignment",
    "coincidence": "latitude.measures.alignment", "s_score": "latitude.measures.alignment",
    "kappa": "latitude.measures.alignment", "scott_pi": "latitude.measures.alignment",
    "idealpoints": "latitude.measures.idealpoints", "static_idealpoints": "latitude.measures.idealpoints",
    "dynamic_idealpoints": "latitude.measures.idealpoints", "vote_matrix": "latitude.measures.idealpoints",
    "VoteMatrix": "latitude.measures.idealpoints",
    # trade, products, security
    "trade_dependence": "latitude.measures.trade", "trade_concentration": "latitude.measures.trade",
    "trade_interdependence": "latitude.measures.trade", "trade_mirror_gap": "latitude.measures.trade",
    "strategic_dependencies": "latitude.measures.products", "supply_risk": "latitude.measures.products",
    "exposed_products": "latitude.measures.products", "political_distance": "latitude.measures.products",
    "alliance_portfolio": "latitude.measures.security", "arms_imports": "latitude.measures.security",
    "arms_concentration": "latitude.measures.security", "arms_deals": "latitude.measures.security",
    "capability_ratios": "latitude.measures.security",
    # events, coding, triads
    "load_events": "latitude.events_ingest", "dyad_series": "latitude.measures.events",
    "triad_measures": "latitude.measures.triads", "first_visits": "latitude.measures.triads",
    "code_events": "latitude.coding.coder:code", "evaluate_coder": "latitude.coding.evaluate:evaluate",
    "coded_events_frame": "latitude.coding.frame",
    # profile, report, dashboard
    "spine": "latitude.profile", "build_profile": "latitude.profile", "balance_index": "latitude.profile",
    "normalised_entropy": "latitude.profile", "write_report": "latitude.report", "create_app": "latitude.web",
    # scenarios
    "Scenario": "latitude.scenarios.spec", "Shock": "latitude.scenarios.spec",
    "load_scenario": "latitude.scenarios.spec", "stress_test": "latitude.scenarios.stress",
    "fit_gravity": "latitude.scenarios.gravity", "diversification": "latitude.scenarios.diversify",
    "check_text": "latitude.scenarios.claims",
}

__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
