"""``rasad eval``: scores annotation records against gold files, as ../shared/gold/README.md specifies.

Every part is scored: meta, body, entities, roles, events (strict and lenient, with date and place accuracy over
matched events) and quotes. Parts rasad does not produce score 0; nothing is skipped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasad.annotate.document import annotate_document
from rasad.errors import GoldFormatError
from rasad.kb.knowledge import load_kb
from rasad.read.files import read_file
from rasad.records import RawDocument
from rasad.text.normalize import fold_for_compare

META_FIELDS = ("published", "outlet", "cites", "news_id", "category", "title")
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
_OUTLET_NOISE = re.compile(r"\b(news agency|news|agency|press|tv|network|the)\b")


_NOISE_AFFIX = re.compile(r"^(?:news|press|tv)(?=.{3})|(?<=.{3})(?:newsagency|news|agency|press|tv)$")


def _outlet_key(value: str | None) -> str:
    """An outlet's name without case, spacing and the words that only say it is an outlet, written apart or joined:
    "Shargh Press", "Sharghpress" and "Shargh" are one (session 28: joined, as a site's address spells it)."""
    if value is None:
        return ""
    t = fold_for_compare(value)
    t = _OUTLET_NOISE.sub(" ", t)
    t = re.sub(r"[\W_]+", "", t)
    while (stripped := _NOISE_AFFIX.sub("", t)) != t:
        t = stripped
    return t


def _published_key(value: str | None) -> str | None:
    if not value:
        return None
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return fold_for_compare(value)
    if len(value) <= 10:
        return stamp.date().isoformat()
    return stamp.replace(second=0, microsecond=0).isoformat()


def _meta_equal(field_name: str, gold: Any, system: Any) -> bool:
    if field_name == "published":
        return _published_key(gold) == _published_key(system)
    if field_name == "outlet":
        return _outlet_key(gold) == _outlet_key(system)
    if field_name == "cites":
        return sorted(_outlet_key(x) for x in gold or []) == sorted(_outlet_key(x) for x in system or [])
    if gold is None or system is None:
        return gold is None and (system is None or str(system).strip() == "")
    return fold_for_compare(str(gold)) == fold_for_compare(str(system))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += int(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0


@dataclass
class DocScore:
    doc: str
    meta: Ratio = field(default_factory=Ratio)
    body: Ratio = field(default_factory=Ratio)
    entities: Counts = field(default_factory=Counts)
    roles: Ratio = field(default_factory=Ratio)
    events_strict: Counts = field(default_factory=Counts)
    events_lenient: Counts = field(default_factory=Counts)
    event_dates: Ratio = field(default_factory=Ratio)
    event_places: Ratio = field(default_factory=Ratio)
    quotes: Counts = field(default_factory=Counts)
    # strict event counts per PLOVER type (a hit and a miss under the gold's type, a false event under the coder's)
    events_by_type: dict[str, Counts] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _name_key(name: str) -> str:
    """Canonical names are compared without letter case: "Hormozgan Province" and "Hormozgan province" are one."""
    return name.casefold()


def _names(slot: Any) -> list[str]:
    if slot is None:
        return []
    return [_name_key(slot)] if isinstance(slot, str) else [_name_key(x) for x in slot if x]


def _actor_match(gold: list[str], system: list[str], alts: list[str], affiliation: dict[str, str], lenient: bool) -> bool:
    if not gold:
        return True
    gold_set = set(gold) | set(alts)
    sys_set = set(system)
    if gold_set & sys_set:
        return True
    if lenient:
        gold_aff = gold_set | {affiliation[g] for g in gold_set if g in affiliation}
        sys_aff = sys_set | {affiliation[s] for s in sys_set if s in affiliation}
        return bool(gold_aff & sys_set) or bool(gold_set & sys_aff)
    return False


def _date_ok(gold: dict, system: dict) -> bool:
    if gold.get("date") is None:
        return True
    if system.get("date") is None:
        return True
    try:
        gd = dt.date.fromisoformat(gold["date"])
        sd = dt.date.fromisoformat(str(system["date"])[:10])
    except ValueError:
        return False
    return abs((gd - sd).days) <= int(gold.get("date_tolerance_days") or 0)


def event_matches(gold: dict, system: dict, affiliation: dict[str, str], lenient: bool) -> bool:
    alt = gold.get("also_accept") or {}
    types = {gold["type"], *alt.get("type", [])}
    if system.get("type") not in types:
        return False
    if not _date_ok(gold, system):
        return False
    gs, gt = _names(gold.get("source")), _names(gold.get("target"))
    ss, st = _names(system.get("source")), _names(system.get("target"))
    a_s, a_t = _names(alt.get("source")), _names(alt.get("target"))

    def oriented(src: list[str], tgt: list[str]) -> bool:
        return _actor_match(gs, src, a_s, affiliation, lenient) and _actor_match(gt, tgt, a_t, affiliation, lenient)

    if oriented(ss, st):
        return True
    return gold["type"] in SYMMETRIC and oriented(st, ss)


def score_events(gold: dict, system_events: list[dict], score: DocScore) -> None:
    affiliation = {_name_key(k): _name_key(v) for k, v in (gold.get("affiliation") or {}).items()}
    gold_events = gold.get("events") or []
    for lenient, counts in ((False, score.events_strict), (True, score.events_lenient)):
        matched: set[int] = set()
        for ev in system_events:
            candidates = [i for i, g in enumerate(gold_events) if event_matches(g, ev, affiliation, lenient)]
            free = [i for i in candidates if i not in matched]
            if not candidates or not free:  # no gold event, or a duplicate of one already matched
                counts.fp += 1
                if not lenient:
                    _type_counts(score, ev.get("type")).fp += 1
                continue
            required_free = [i for i in free if gold_events[i].get("required", True)]
            pick = required_free[0] if required_free else free[0]
            matched.add(pick)
            if gold_events[pick].get("required", True):
                counts.tp += 1
                if not lenient:
                    g = gold_events[pick]
                    _type_counts(score, g["type"]).tp += 1
                    score.event_dates.add(_date_accurate(g, ev))
                    places = {g.get("location"), *((g.get("also_accept") or {}).get("location", []))}
                    score.event_places.add(ev.get("location") in places)
            # a system event matching only optional gold events counts neither way
        missed = [g for i, g in enumerate(gold_events) if g.get("required", True) and i not in matched]
        counts.fn += len(missed)
        for g in missed if not lenient else ():
            _type_counts(score, g["type"]).fn += 1


def _type_counts(score: DocScore, event_type: str | None) -> Counts:
    return score.events_by_type.setdefault(event_type or "?", Counts())


def _date_accurate(gold: dict, system: dict) -> bool:
    if gold.get("date") is None:
        return system.get("date") is None
    if system.get("date") is None:
        return False
    return _date_ok(gold, system)


def score_quotes(gold: dict, system_quotes: list[dict], score: DocScore) -> None:
    gold_quotes = gold.get("quotes") or []
    used: set[int] = set()
    for q in system_quotes:
        speakers = set(_names(q.get("speaker")))
        text = fold_for_compare(q.get("text") or "")[:80]
        hit = None
        for i, g in enumerate(gold_quotes):
            if i in used:
                continue
            if speakers & set(_names(g.get("speaker"))) and text.startswith(_gold_fold(g["starts"])[:80]) or (
                speakers & set(_names(g.get("speaker"))) and _gold_fold(g["starts"]) in text
            ):
                hit = i
                break
        if hit is None:
            score.quotes.fp += 1
        else:
            used.add(hit)
            score.quotes.tp += 1
    score.quotes.fn += len(gold_quotes) - len(used)


def _gold_fold(text: str) -> str:
    """A gold string folded as the body rasad writes it: the page's "ۀ" is "ه‌ی" in every body (rasad's normalisation,
    rasad/text/normalize.py), so "وزارت خارجۀ" in a gold role or body string is compared as "وزارت خارجه‌ی"
    (the shared fold, by decomposition alone, would make it "خارجه" and miss the body's ezafe)."""
    return fold_for_compare(text.replace("ۀ", "ه\u200cی"))


def _form_key(form: str) -> str:
    """A Persian surface form compared without spaces and joiners ("محمدرضا" is "محمد رضا")."""
    return fold_for_compare(form).replace(" ", "")


def _unknown_kind(entity_type: str | None) -> str:
    """People match people; a place, a body and an outlet match one another (a hospital is a place to one annotator
    and an organisation to another)."""
    return "PERSON" if entity_type == "PERSON" else "THING"


def _unknown_entities(gold: dict, record: dict) -> dict[str, str]:
    """Each entity rasad found that the knowledge base does not know (a person, or a place, body or outlet named
    by its head word) → the gold entity the text names with the same Persian form (unmatched ones are left out):
    it is that entity in events and quotes too."""
    by_form = {(_unknown_kind(e.get("type")), _form_key(form)): e["name"] for e in gold.get("entities") or []
               if e.get("type") != "COUNTRY" for form in e.get("forms") or []}
    found = {}
    for e in record.get("entities") or []:
        if not e.get("kb_id") and (e.get("type") == "PERSON" or e.get("uid")):
            kind = _unknown_kind(e.get("type"))
            keys = [by_form[(kind, k)] for k in map(_form_key, e.get("forms") or []) if (kind, k) in by_form]
            if keys:
                found[e["name"]] = keys[0]
    return found


_unknown_persons = _unknown_entities  # the name it had when it matched people only


def _system_entities(record: dict, unknown: dict[str, str]) -> set[str]:
    """The entities rasad found, as gold names: linked ones (and outlets) by canonical name; an entity the
    knowledge base does not know as the gold entity with its Persian form (``unknown``), or (no gold entity has
    it) as a name of its own, which counts against precision."""
    found = set()
    for e in record.get("entities") or []:
        if e["name"] in unknown and not e.get("kb_id"):
            found.add(_name_key(unknown[e["name"]]))
        elif e.get("kb_id") or (e.get("type") == "MEDIA" and not e.get("uid")):
            found.add(_name_key(e["name"]))
        elif e.get("type") == "PERSON" or e.get("uid"):
            found.add(f"{_name_key(e['name'])} (unknown {e.get('type', '').lower()})")
    return found


def _renamed(items: list[dict], fields: tuple[str, ...], unknown: dict[str, str]) -> list[dict]:
    """Events or quotes with the names of unknown persons replaced by the gold persons they are."""
    def rename(slot: Any) -> Any:
        if isinstance(slot, str):
            return unknown.get(slot, slot)
        return [unknown.get(x, x) for x in slot] if isinstance(slot, list) else slot

    return [dict(it, **{f: rename(it.get(f)) for f in fields}) for it in items] if unknown else items


def score_document(gold: dict, record: dict) -> DocScore:
    score = DocScore(gold.get("doc", "?"))
    gm, sm = gold.get("meta") or {}, record.get("meta") or {}
    for f in META_FIELDS:
        if f in gm:
            ok = _meta_equal(f, gm[f], sm.get(f))
            score.meta.add(ok)
            if not ok:
                score.notes.append(f"meta.{f}: gold {gm[f]!r}, got {sm.get(f)!r}")
    body = fold_for_compare(record.get("body") or "")
    for s in gold.get("body_includes") or []:
        ok = _gold_fold(s) in body
        score.body.add(ok)
        if not ok:
            score.notes.append(f"body lacks {s!r}")
    for s in gold.get("body_excludes") or []:
        ok = _gold_fold(s) not in body
        score.body.add(ok)
        if not ok:
            score.notes.append(f"body keeps {s!r}")
    gold_ents = {_name_key(e["name"]) for e in gold.get("entities") or []}
    unknown = _unknown_entities(gold, record)
    sys_ents = _system_entities(record, unknown)
    score.entities = Counts(len(gold_ents & sys_ents), len(sys_ents - gold_ents), len(gold_ents - sys_ents))
    if gold_ents - sys_ents:
        score.notes.append(f"entities missed: {sorted(gold_ents - sys_ents)}")
    if sys_ents - gold_ents:
        score.notes.append(f"entities extra: {sorted(sys_ents - gold_ents)}")
    sys_roles = _renamed(record.get("roles") or [], ("refers_to",), unknown)
    for r in gold.get("roles") or []:
        key = _gold_fold(r["text"])
        found = [s for s in sys_roles if key in fold_for_compare(s.get("text") or "") or fold_for_compare(s.get("text") or "") in key and s.get("text")]
        ok = any(_name_key(s.get("refers_to") or "") == _name_key(r["refers_to"]) for s in found)
        score.roles.add(ok)
        if not ok:
            score.notes.append(f"role {r['text']!r} → {r['refers_to']}: got {[s.get('refers_to') for s in found]}")
    score_events(gold, _renamed(record.get("events") or [], ("source", "target"), unknown), score)
    score_quotes(gold, _renamed(record.get("quotes") or [], ("speaker",), unknown), score)
    return score


@dataclass
class Report:
    docs: list[DocScore]

    def totals(self) -> dict[str, float]:
        agg = DocScore("all")
        for d in self.docs:
            for name in ("meta", "body", "roles", "event_dates", "event_places"):
                r = getattr(agg, name)
                r.hit += getattr(d, name).hit
                r.total += getattr(d, name).total
            for name in ("entities", "events_strict", "events_lenient", "quotes"):
                getattr(agg, name).add(getattr(d, name))
        return {
            "meta": agg.meta.value, "body": agg.body.value,
            "entities_p": agg.entities.precision, "entities_r": agg.entities.recall, "entities_f1": agg.entities.f1,
            "roles": agg.roles.value,
            "events_strict_p": agg.events_strict.precision, "events_strict_r": agg.events_strict.recall,
            "events_strict_f1": agg.events_strict.f1,
            "events_lenient_p": agg.events_lenient.precision, "events_lenient_r": agg.events_lenient.recall,
            "events_lenient_f1": agg.events_lenient.f1,
            "event_date_accuracy": agg.event_dates.value, "event_place_accuracy": agg.event_places.value,
            "quotes_p": agg.quotes.precision, "quotes_r": agg.quotes.recall, "quotes_f1": agg.quotes.f1,
        }

    def by_type(self) -> dict[str, dict[str, float]]:
        """Strict event scores per PLOVER type over all documents: where the coder misses and where it invents."""
        agg: dict[str, Counts] = {}
        for d in self.docs:
            for t, c in d.events_by_type.items():
                agg.setdefault(t, Counts()).add(c)
        return {t: {"gold": c.tp + c.fn, "coded": c.tp + c.fp, "tp": c.tp, "fp": c.fp, "fn": c.fn,
                    "precision": c.precision, "recall": c.recall, "f1": c.f1}
                for t, c in sorted(agg.items(), key=lambda kv: (-(kv[1].tp + kv[1].fn), kv[0]))}

    def to_dict(self) -> dict[str, Any]:
        return {"totals": self.totals(), "by_type": self.by_type(), "docs": [
            {"doc": d.doc, "meta": d.meta.value, "body": d.body.value, "entities_f1": d.entities.f1,
             "roles": d.roles.value, "events_strict_f1": d.events_strict.f1, "events_lenient_f1": d.events_lenient.f1,
             "quotes_f1": d.quotes.f1, "notes": d.notes} for d in self.docs]}


def load_gold(gold_dir: str | Path) -> list[dict]:
    golds = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}: invalid JSON: {exc}") from exc
        if not isinstance(data, dict) or "doc" not in data:
            raise GoldFormatError(f"{path}: a gold file is an object with a 'doc' field")
        golds.append(data)
    if not golds:
        raise GoldFormatError(f"{gold_dir}: no gold .json files")
    return golds


def evaluate(gold_dir: str | Path, articles_dir: str | Path, kb=None, only: set[str] | None = None) -> Report:
    """Annotate each gold file's article from ``articles_dir`` and score it (only the docs in ``only`` if given)."""
    kb = kb or load_kb()
    docs = []
    for gold in load_gold(gold_dir):
        if only is not None and gold["doc"] not in only:
            continue
        path = Path(articles_dir) / gold["doc"]
        record: dict[str, Any] = {}
        if path.is_file():
            item = next(iter(read_file(path)), None)
            if isinstance(item, RawDocument):
                try:
                    record = annotate_document(item, kb).to_dict()
                except Exception as exc:  # scored as empty output, with the reason noted
                    record = {"error": f"{type(exc).__name__}: {exc}"}
        score = score_document(gold, record)
        if not path.is_file():
            score.notes.insert(0, f"article {path} not found")
        elif "error" in record:
            score.notes.insert(0, record["error"])
        docs.append(score)
    return Report(docs)
