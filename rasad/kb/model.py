"""The knowledge base's records, validated with pydantic: actors with dated positions and affiliations, places, outlets, titles."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from rasad.text.normalize import char_normalize

ISO3 = re.compile(r"^[A-Z]{3}$")


SLUG = re.compile(r"^[a-z0-9][a-z0-9\-]*$|^[A-Z]{3}$")


def _date(value: Any) -> dt.date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; partial dates cover their whole period (start → first day, end → last)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(_pad(str(value), start=True))


def _pad(value: str, start: bool) -> str:
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01" if start else f"{parts[0]}-12-31"
    if len(parts) == 2:
        if start:
            return f"{parts[0]}-{parts[1]}-01"
        y, m = int(parts[0]), int(parts[1])
        last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
        return f"{parts[0]}-{parts[1]}-{last:02d}"
    return value


class Span(BaseModel):
    model_config = ConfigDict(extra="allow")
    of: str
    at: str | None = None  # the receiving state of an ambassador or envoy

    @model_validator(mode="before")
    @classmethod
    def _place_in_to(cls, data: Any) -> Any:
        # "to: USA" on an ambassador names where, not when: read it as "at"
        if isinstance(data, dict) and isinstance(data.get("to"), str) and not re.match(r"^\d{4}", data["to"]):
            data = {**data, "at": data["to"], "to": None}
        if isinstance(data, dict) and data.get("to_state") and not data.get("at"):  # an older spelling of "at"
            data = {**data, "at": data["to_state"]}
        return data
    start: dt.date | None = Field(default=None, alias="from")
    end: dt.date | None = Field(default=None, alias="to")

    @field_validator("start", mode="before")
    @classmethod
    def _start(cls, v: Any) -> dt.date | None:
        return _date(v)

    @field_validator("end", mode="before")
    @classmethod
    def _end(cls, v: Any) -> dt.date | None:
        if v is None or v == "" or isinstance(v, dt.date):
            return v or None
        return dt.date.fromisoformat(_pad(str(v), start=False))

    def covers(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Position(Span):
    title: str
    # (session 26 H2) which holder of the office this is, counted from its first ("اولین رئیس‌جمهور کنیا": 1)
    nth: int | None = None


class Actor(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    id: str
    name: str
    type: Literal["PERSON", "ORG", "STATE"]
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    fa: list[str]
    short: list[str] = []
    adj: list[str] = []
    capital: str | None = None
    # (session 20) a city the press names for the state's government though it is not the capital: "تل‌آویو" for Israel
    seat: str | None = None
    # (session 23) places a non-state group holds and governs, with the span it has held each (place ids): a strike
    # on one is on the group ("ارتش اسرائیل به صنعا حمله کرد" hits the Houthis, not Yemen)
    holds: list[Span] = []
    lat: float | None = None
    lon: float | None = None
    affiliations: list[Span] = []
    positions: list[Position] = []
    source: str = "curated"  # curated | cldr (rasad/kb/countries.py) | wikidata (an import)
    # (session 21) the day its names began to stand for it: a pope's or a king's regnal name ("پاپ لئو") names
    # someone else before the election or accession
    named_since: dt.date | None = None

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not SLUG.match(v):
            raise ValueError(f"id {v!r} must be a lowercase slug or an ISO alpha-3 code")
        return v

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        if v is not None and not ISO3.match(v):
            raise ValueError(f"country {v!r} must be ISO 3166 alpha-3")
        return v

    @field_validator("fa", "short", "adj", mode="before")
    @classmethod
    def _names(cls, v: Any) -> list[str]:
        if v is None:
            return []
        if isinstance(v, str):
            return [v]
        return [str(x) for x in v]

    @property
    def entity_type(self) -> str:
        return "COUNTRY" if self.type == "STATE" else self.type


class Place(BaseModel):
    """A place with coordinates. Hand-curated places (``source`` "curated") link wherever their names occur; places
    from GeoNames or a Wikidata import share their names with common words and people, so their ``fa`` forms link
    only in a place context ("در X", "شهر X") unless the place is large, their ``contextual`` forms (somewhat
    common words) only in a place context whatever the size, and their ``strict`` forms (frequent Persian words)
    only right after a place noun ("شهر X", "استان X")."""

    id: str
    name: str
    fa: list[str]
    kind: str
    country: str | None = None
    lat: float
    lon: float
    wikidata: str | None = None
    source: str = "curated"
    population: int | None = None
    contextual: list[str] = []
    strict: list[str] = []

    @field_validator("source", mode="before")
    @classmethod
    def _source(cls, v: Any) -> str:
        return v or "curated"

    @field_validator("population", mode="before")
    @classmethod
    def _population(cls, v: Any) -> int | None:
        return int(v) if v not in (None, "") else None

    @field_validator("contextual", "strict", mode="before")
    @classmethod
    def _forms(cls, v: Any) -> list[str]:
        if isinstance(v, str):
            return [f.strip() for f in v.split("|") if f.strip()]
        return list(v or [])

    @property
    def curated(self) -> bool:
        return self.source == "curated"


class Outlet(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    name: str
    full: str | None = None
    fa: list[str]
    ambiguous: list[str] = []
    country: str | None = None
    kind: str | None = None
    domains: list[str] = []
    language: str | None = None
    # how the site's article URLs carry their date, a regex with groups y, m, d over the URL's path (ISNA's and
    # Fars's news ids begin with the Jalali date: /news/1401030604332 → 1401/03/06)
    url_date: str | None = None


class Title(BaseModel):
    model_config = ConfigDict(extra="allow")
    fa: list[str]
    needs: Literal["ORG", "STATE", "ANY", "NONE", "PLACE"] = "ANY"
    place_kind: str | None = None  # needs PLACE: the kind of place named after it ("region": a province)
    of: str | None = None  # fixed organisation/state
    default_of: str | None = None  # used when nothing follows (home country of most outlets: IRN)
    en: str | None = None
    shared: bool = False  # several people hold it at once (ambassadors, spokespeople): never resolved by the office alone
    posted: bool = False  # holders are posted somewhere (an ambassador's `at`): "در X" after the office picks one
    holds: str | None = None  # the title its holders are recorded under ("رئیس کل بانک مرکزی": head of the bank)
    # membership of a body (the Majlis, a council): people known only as its members are linked by name only where
    # the text speaks of the office or the body (rasad.annotate.link.names.one_of_many)
    collegial: bool = False
    # (session 17) words after the title that make it something else: "امیر سرتیپ" is an army rank, not an emir
    not_before: list[str] = []
    # (session 20) the title a place's own office goes by: "دادستان کل استانبول" is Istanbul's prosecutor
    at_place: str | None = None
    # (session 21) titles of the same rank the word also names where the state has no holder of this one: "پادشاه
    # عمان" is Oman's sultan, "پادشاه قطر" its emir
    or_titles: list[str] = []
    # (session 28 R) states or bodies whose every holder of this title the knowledge base records: there the one
    # holder who left it before a day is the former holder ("رهبر پیشین جمهوری اسلامی"), a fact, not a guess
    complete_for: list[str] = []
    # (session 23) a fixed body named by a common noun other states' bodies share ("بانک مرکزی", "گمرک"): a state,
    # foreign body or province named right after the office makes it theirs, not the fixed body's
    generic: bool = False
    # (session 24 U) needs PLACE: only places of this state follow it, and the office is then the title's
    # ``default_of`` body's ("نماینده قم": a member of the Majlis elected in Qom, not an office of Qom)
    place_country: str | None = None
    # (session 25 P) a local post of a state's national body, by state: "فرمانده انتظامی لرستان" is a post of Iran's
    # police, which acts where no holder is named (rather than the state itself)
    body_in: dict[str, str] = {}
    # (session 25 P) needs PLACE: the title the words go by when the place after them is not of ``place_kind`` but of
    # that title's ("فرمانده انتظامی دزفول": a county's commander named by its city, not a province's)
    or_place_title: str | None = None


def fa_forms(values: Iterable[str]) -> list[str]:
    return [char_normalize(v).strip() for v in values if v and v.strip()]
