"""Derive latitude's country table (src/latitude/data/countries.csv) from the COW and
Gleditsch–Ward state lists (peacesciencer's copies in the data mirror) and country_converter.

Run once when the state lists change: python tools/build_countries.py ../shared/data
The result is committed; latitude itself never needs the mirror to resolve a country.
"""
from __future__ import annotations

import sys
from pathlib import Path

import country_converter as coco
import pandas as pd
import pyreadr

# COW states whose ISO 3166 code cannot be read off their name: ended states take
# their ISO 3166-3 (withdrawn) code where one exists, otherwise a documented private code.
ISO3_OVERRIDES = {
    255: "DEU", 260: "DEU", 265: "DDR", 315: "CSK", 316: "CZE", 345: "SRB", 347: "XKX",
    365: "RUS", 678: "YEM", 679: "YEM", 680: "YMD", 816: "VNM", 817: "RVN", 511: "ZZB",
    730: "KOR", 731: "PRK", 732: "KOR", 713: "TWN", 710: "CHN", 300: "AUT", 305: "AUT",
    # pre-1920 states with no ISO code: none
}
# ISO3 that a COW code stands for in its own era, where it differs from today's key.
HISTORIC_ISO3 = {365: "SUN", 345: "YUG", 730: "KOR"}
# COW 730 (Korea, 1887–1905) keeps iso3 KOR only as its historic code; South Korea is 732.
NO_ISO3 = {730, 300}
# COW -> Gleditsch–Ward, where the codes differ.
GW_OVERRIDES = {255: 260, 260: 260, 345: 345, 347: 347, 365: 365, 678: 678, 679: 678, 680: 680,
                816: 816, 817: 817, 316: 316, 315: 315}


def main(mirror: Path) -> None:
    def read(name: str) -> pd.DataFrame:
        return next(iter(pyreadr.read_r(str(mirror / "peacesciencer" / f"{name}.rda")).values()))

    cow = read("cow_states")
    gw = read("gw_states")
    # Spells with full dates ("1816-01-01/1945-05-08"), open at the list's last release.
    cow["spell"] = [
        f"{int(y):04d}-{int(m):02d}-{int(d):02d}/" + ("" if ey >= 2016 else f"{int(ey):04d}-{int(em):02d}-{int(ed):02d}")
        for y, m, d, ey, em, ed in zip(cow.styear, cow.stmonth, cow.stday, cow.endyear, cow.endmonth, cow.endday)]
    spells = cow.groupby("ccode").agg(
        spells=("spell", lambda s: ";".join(s)),
        cowc=("stateabb", "first"), name=("statenme", "first"),
        start=("styear", "min"), end=("endyear", "max")).reset_index()
    spells["ccode"] = spells["ccode"].astype(int)
    cc = coco.CountryConverter()
    iso3 = cc.convert(spells["name"].tolist(), to="ISO3", not_found=None)
    spells["iso3"] = [None if isinstance(x, list) else x for x in iso3]
    for code, value in ISO3_OVERRIDES.items():
        spells.loc[spells.ccode == code, "iso3"] = value
    spells.loc[spells.ccode.isin(NO_ISO3), "iso3"] = None
    # Pre-1920 states whose names country_converter maps to a modern state by accident.
    spells.loc[(spells.end < 1920) & ~spells.ccode.isin(ISO3_OVERRIDES), "iso3"] = None
    spells["historic_iso3"] = spells["ccode"].map(HISTORIC_ISO3)
    gwcodes = set(gw["gwcode"].astype(int))
    spells["gw"] = spells["ccode"].map(lambda c: GW_OVERRIDES.get(c, c if c in gwcodes else None))
    spells["end"] = spells["end"].where(spells["end"] < 2016, None)
    meta = cc.data.set_index("ISO3")
    # country_converter stores a few ISO2 codes as regexes ("^GB$|^UK$"): keep the first code.
    spells["iso2"] = spells["iso3"].map(meta["ISO2"]).str.extract(r"([A-Z]{2})", expand=False)
    spells["isonum"] = spells["iso3"].map(meta["ISOnumeric"])
    spells["short_name"] = spells["iso3"].map(meta["name_short"]).fillna(spells["name"])
    out = spells[["ccode", "cowc", "gw", "iso3", "historic_iso3", "iso2", "isonum",
                  "name", "short_name", "start", "end", "spells"]].rename(columns={"ccode": "cow"})
    for col in ("gw", "isonum", "start", "end"):
        out[col] = out[col].astype("Int64")
    dest = Path(__file__).resolve().parents[1] / "src" / "latitude" / "data" / "countries.csv"
    out.to_csv(dest, index=False)
    print(f"wrote {len(out)} states to {dest}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
