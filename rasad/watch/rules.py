"""Watch rules (``watch.yaml``): which fused events an analyst wants to hear about, and where alerts go.

A rule matches an event when every criterion it names holds (a list matches when any of its entries does):
actors (knowledge-base id, English or Persian name; an actor also matches its members — a rule on Iran matches
Iran's foreign minister), PLOVER types, places, outlets that reported it, a minimum number of sources, a Goldstein
range and quad classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from rasad.errors import WatchConfigError
from rasad.export.files import actor_ids
from rasad.kb.knowledge import KnowledgeBase
from rasad.kb.scales import QUAD_CLASSES, quad_table
from rasad.text.normalize import match_key


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    actors: list[str] = Field(default_factory=list)
    types: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)
    min_sources: int = Field(default=0, ge=0)  # distinct outlets (0 counts events whose outlet is unknown)
    min_goldstein: float | None = Field(default=None, ge=-10, le=10)
    max_goldstein: float | None = Field(default=None, ge=-10, le=10)
    quad_classes: list[str] = Field(default_factory=list)

    @field_validator("types")
    @classmethod
    def _known_types(cls, value: list[str]) -> list[str]:
        out = [t.strip().upper() for t in value]
        bad = [t for t in out if t not in quad_table()]
        if bad:
            raise ValueError(f"unknown PLOVER type {', '.join(bad)}")
        return out

    @field_validator("quad_classes")
    @classmethod
    def _known_quads(cls, value: list[str]) -> list[str]:
        bad = [q for q in value if q not in QUAD_CLASSES]
        if bad:
            raise ValueError(f"unknown quad class {', '.join(bad)}; one of {', '.join(QUAD_CLASSES)}")
        return value


class Webhook(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str = Field(pattern=r"^https?://")
    retries: int = Field(default=3, ge=0, le=10)
    backoff: float = Field(default=1.0, ge=0)  # seconds before the first retry, doubled each time
    timeout: float = Field(default=10.0, gt=0)
    headers: dict[str, str] = Field(default_factory=dict)


class Email(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    host: str
    port: int = 25
    security: str = Field(default="none", pattern="^(none|starttls|ssl)$")
    username: str | None = None
    password_env: str | None = None  # the name of the environment variable holding the password
    sender: str = Field(alias="from")
    to: list[str] = Field(min_length=1)
    timeout: float = Field(default=20.0, gt=0)


class Outputs(BaseModel):
    model_config = ConfigDict(extra="forbid")
    jsonl: str | None = None
    webhook: Webhook | None = None
    email: Email | None = None


class WatchRules(BaseModel):
    model_config = ConfigDict(extra="forbid")
    link_base: str = "http://127.0.0.1:8000"  # where `rasad serve` runs: alerts link to its event page
    realert_sources: int = Field(default=2, ge=0)  # re-alert when an event gained this many sources (0: never)
    outputs: Outputs = Field(default_factory=Outputs)
    rules: list[Rule] = Field(default_factory=list)


def load_rules(path: str | Path) -> WatchRules:
    """A watch.yaml file, validated; a relative JSON Lines path is taken relative to the file. Raises
    WatchConfigError naming the file and entry."""
    path = Path(path)
    try:
        parsed = WatchRules.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    except (OSError, yaml.YAMLError) as exc:
        raise WatchConfigError(f"{path}: {exc}") from exc
    except ValidationError as exc:
        err = exc.errors()[0]
        raise WatchConfigError(f"{path}: {'.'.join(str(p) for p in err['loc'])}: {err['msg']}") from exc
    if parsed.outputs.jsonl and not Path(parsed.outputs.jsonl).is_absolute():
        parsed.outputs.jsonl = str(path.parent / parsed.outputs.jsonl)
    return parsed


@dataclass
class _Compiled:
    """A rule with its names resolved against the knowledge base once."""

    rule: Rule
    actors: set[str]
    places: set[str]
    outlets: set[str]


class Matcher:
    """Rules compiled against a knowledge base; ``match(event)`` names the rules a fused event satisfies."""

    def __init__(self, rules: list[Rule], kb: KnowledgeBase):
        self.kb = kb
        self.compiled = [_Compiled(r, set().union(*(actor_ids(kb, a) for a in r.actors)) if r.actors else set(),
                                   {p for q in r.places for p in _place_names(kb, q)},
                                   {_outlet_name(kb, o) for o in r.outlets}) for r in rules]

    def match(self, event: dict[str, Any]) -> list[str]:
        """Names of the rules ``event`` (a fused event row with ``outlets``, a set of outlet names) matches."""
        actors = self._actors(event)
        return [c.rule.name for c in self.compiled if _matches(c, event, actors)]

    def _actors(self, event: dict[str, Any]) -> set[str]:
        """The event's actors as ids and names, with the organisations and states they belong to."""
        ids = {i for i in (event.get("source_ids") or []) + (event.get("target_ids") or []) if i}
        return self.kb.with_groups(ids) | set(event.get("source") or []) | set(event.get("target") or [])


def _matches(c: _Compiled, ev: dict[str, Any], actors: set[str]) -> bool:
    r, score = c.rule, ev.get("goldstein")
    checks = (
        not c.actors or bool(c.actors & actors),
        not r.types or ev.get("type") in r.types,
        not c.places or (ev.get("location") or "").casefold() in c.places,
        not c.outlets or bool(c.outlets & {o.casefold() for o in ev.get("outlets") or ()}),
        (ev.get("num_sources") or 0) >= r.min_sources,
        r.min_goldstein is None or (score is not None and score >= r.min_goldstein),
        r.max_goldstein is None or (score is not None and score <= r.max_goldstein),
        not r.quad_classes or ev.get("quad_class") in r.quad_classes,
    )
    return all(checks)


def _place_names(kb: KnowledgeBase, query: str) -> set[str]:
    """English place names (folded) a rule's place can mean: a place id, an English or a Persian name."""
    key, fold = match_key(query), query.casefold()
    names = {p.name.casefold() for p in kb.places.values()
             if p.id == query or p.name.casefold() == fold or key in {match_key(f) for f in p.fa}}
    return names or {fold}


def _outlet_name(kb: KnowledgeBase, query: str) -> str:
    """An outlet as stored on articles (its English name), from any of its names."""
    found = kb.outlets.get(query.lower()) or kb.outlet_by_key().get(match_key(query).casefold())
    return (found.name if found else query).casefold()
