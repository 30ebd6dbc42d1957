"""Entity linking: names, short forms, roles, descriptions and pronouns → knowledge-base actors and places.

One Aho-Corasick automaton (pyahocorasick) holds every Persian name, role phrase and description of the knowledge
base, keyed by :func:`rasad.text.normalize.match_key` (no spaces or ZWNJ), so "امیرعبداللهیان" and "امیر عبداللهیان"
meet on one key. Matches are kept only on Persian word boundaries; longest match wins. Roles are composed with the
organisation or state that follows them and resolved to whoever held the title on the article's date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rasad.annotate.link.bodies import described_bodies, foreign_bodies, located_forces
from rasad.annotate.link.cited import CITED_KINDS, cited_outlet
from rasad.annotate.link.cuenamed import cited_names, known_elsewhere
from rasad.annotate.link.entities import _entities
from rasad.annotate.link.headed import headed_entities, known_land, known_place
from rasad.annotate.link.hosted import hosted_outlet
from rasad.annotate.link.matcher import (
    Entry,
    Hit,
    Matcher,
    _sentence_index,
    build_matcher,
    scan,
)
from rasad.annotate.link.missions import missions
from rasad.annotate.link.names import (
    _STOP,
    _first_at,
    _fuzzy_names,
    _pick_actor,
    _unknown_names,
    in_context,
    known_after_all,
    named_people,
    occupancy,
)
from rasad.annotate.link.provinces import province_lists
from rasad.annotate.link.references import _home_state, _pronouns, _resolve_description, plural_pronouns
from rasad.annotate.link.roles import (
    _after_prefix,
    _counterparts,
    _deputy_mentions,
    _resolve_role,
    body_in_phrase,
    holder_named_like,
    offices_named_before,
    ordinal_before,
    role_label,
)
from rasad.annotate.link.seats import seated_bodies
from rasad.annotate.link.shaped import known_outlet, shaped_outlets
from rasad.annotate.link.sides import sport_sides
from rasad.annotate.link.statebodies import state_bodies
from rasad.annotate.link.strangers import name_like
from rasad.annotate.link.teams import national_teams, page_sports, sport_short
from rasad.annotate.words import grammar, phrases
from rasad.annotate.words import grammar_words as _grammar_words
from rasad.clean.outlets import outlet_from_host, site_label
from rasad.kb.knowledge import KnowledgeBase
from rasad.kb.model import Actor
from rasad.records import CleanArticle, Entity, Mention, Role
from rasad.text.budget import check_time
from rasad.text.dates import find_dates, url_month, yearless_in_era
from rasad.text.frequency import zipf
from rasad.text.normalize import ZWNJ, key_with_map, match_key
from rasad.text.sentences import Sentence
from rasad.text.translit import is_given_name, style_of_state, transliterate_name


@dataclass
class Linked:
    """Output of linking: mentions in body order, entities, roles, and each sentence's mentions."""

    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    date: dt.date | None = None
    era_day: dt.date | None = None  # an undated text's day, read from a weekday and day-month in its era

    def in_span(self, start: int, end: int) -> list[Mention]:
        starts = self.__dict__.get("_starts")
        if starts is None or len(starts) != len(self.mentions):
            starts = [m.start for m in self.mentions]
            self.__dict__["_starts"] = starts
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]


def article_date(article: CleanArticle, from_text: bool = True) -> dt.date | None:
    """The day the article speaks from: its publication day, else (``from_text``) the latest full date its text
    names — a report is written on or after the days it reports, so offices resolve then — else None."""
    p = article.meta.published
    if p:
        try:
            return dt.date.fromisoformat(p[:10])
        except ValueError:
            return None
    return _latest_date_in(article.body) if from_text else None


@lru_cache(maxsize=64)
def _latest_date_in(body: str) -> dt.date | None:
    today = dt.date.today()
    dates = [d.date for d in find_dates(body) if d.date <= today]
    return max(dates) if dates else None


@dataclass
class _Doc:
    """One article as the linker reads it, shared by the passes: the automaton's hits, which actors are named in
    full somewhere (licensing their short forms), role and description hits waiting for their pass."""

    article: CleanArticle
    text: str
    sentences: list[Sentence]
    kb: KnowledgeBase
    matcher: Matcher
    day: dt.date | None
    hits: list[Hit]
    named: set[str]
    sent_of: list[int]
    home: str | None
    role_hits: list[tuple[Hit, Entry]] = field(default_factory=list)
    desc_hits: list[tuple[Hit, Entry]] = field(default_factory=list)
    free_named: set[str] = field(default_factory=set)
    era: tuple[dt.date, dt.date] | None = None  # with no date: the time the article's own offices pin
    era_day: dt.date | None = None
    key: str = ""  # the text's match key: what names.in_context looks for an office in
    contexts: dict[str, bool] = field(default_factory=dict)  # actor id → in_context(…, key): asked once per text

    def in_context(self, actor_id: str) -> bool:
        found = self.contexts.get(actor_id)
        if found is None:
            found = self.contexts[actor_id] = in_context(self.kb, actor_id, self.key) and self._named_yet(actor_id)
        return found

    def _named_yet(self, actor_id: str) -> bool:
        """Whether the actor bore its names on the article's day: a regnal name (``named_since``) is another's
        before it."""
        actor = self.kb.actors.get(actor_id)
        since = actor.named_since if actor is not None else None
        return since is None or self.day is None or self.day >= since


def _named_in_full(hits: list[Hit]) -> set[str]:
    """Full names present anywhere license short forms ("هنیه" after "اسماعیل هنیه", even in a kicker before it)."""
    return {e.ref for h in hits for e in h.entries if e.kind == "actor" and h.suffix != "adj"}


def _after_honorific(doc: _Doc, h: Hit) -> list[str]:
    """"دکتر عراقچی، وزیر خارجه ...": a surname right after an honorific names the one person it can be, even when
    the article never gives the full name. (A speech verb or an office after a bare surname was tried too: on the
    real-news texts it found more wrong speakers than right ones.)"""
    short = {e.ref for e in h.entries if e.kind == "short"}
    return list(short) if len(short) == 1 and _honorific_before(doc, h.start) and not _given_name_first(doc, h) else []


_NEXT_WORD = re.compile(r"[ \u200c]*([^\s«»\"،,.:؛!؟()]+)")


def _given_name_first(doc: _Doc, h: Hit) -> bool:
    """(session 24) "دکتر عباس نیک‌نژاد": a short form that is a given name, with a word after it that can be a
    surname (no grammar, office or ordinary word between), opens another person's full name — not the famous bearer
    of the short form ("عباس" → Mahmoud Abbas)."""
    surface = doc.text[h.start:h.end]
    nxt = _NEXT_WORD.match(doc.text, h.end)
    return bool(nxt) and is_given_name(surface) and name_like([surface, nxt.group(1)], plain=True)


_PREV_WORD = re.compile(r"([^\s«»\"،,.:؛!؟()]+)[ \u200c]*$")


def _without_namesakes(doc: _Doc, h: Hit) -> Hit:
    """(session 25) "مهدی خزعلی": a surname right after a given name that none of its known bearer's names has is
    another person of that surname (a namesake), not the bearer ("خزعلی" → Qais al-Khazali): those short forms drop."""
    prev = _PREV_WORD.search(doc.text, max(0, h.start - 30), h.start)
    if prev is None or not is_given_name(prev.group(1)) or match_key(prev.group(1)) in doc.matcher.honorifics:
        return h
    given = match_key(prev.group(1))
    kept = [e for e in h.entries if e.kind != "short" or _has_given_name(doc.kb.actors.get(e.ref), given)]
    return h if len(kept) == len(h.entries) else replace(h, entries=kept)


def _has_given_name(actor: Actor | None, given: str) -> bool:
    """Whether one of the actor's Persian names holds the given name (as a word or inside a compound one: "جواد" in
    "محمدجواد ظریف")."""
    return actor is None or any(given in match_key(f) for f in [*actor.fa, *actor.short])


def _after_own_office(doc: _Doc, h: Hit) -> list[str]:
    """(session 21) "رئیس جمهور غنی", "وزیر خارجه متقی": a surname right after the name of an office that one person
    of that surname held (on any day: a former holder is named so too) is that person, even where the surname is also
    an ordinary word ("غنی") and the article never gives the full name."""
    short = {e.ref for e in h.entries if e.kind == "short"}
    if not short:
        return []
    by_end = doc.__dict__.get("_titles_by_end")
    if by_end is None:  # the offices' hits by where they end, once per article (not a scan of every hit per name)
        by_end = doc.__dict__["_titles_by_end"] = {}
        for r in doc.hits:
            by_end.setdefault(r.end, set()).update(e.ref for e in r.entries if e.kind == "role")
    titles = {t for end in range(h.start - 2, h.start + 1) if not doc.text[end:h.start].strip()
              for t in by_end.get(end, ())}
    held = [i for i in short if (a := doc.kb.actors.get(i)) is not None and any(p.title in titles for p in a.positions)]
    return held if len(held) == 1 else []


def _honorific_before(doc: _Doc, start: int) -> bool:
    before = doc.text[max(0, start - 25):start].split()
    return bool(before) and match_key(before[-1]) in doc.matcher.honorifics


@lru_cache(maxsize=1)
def _government_heads() -> frozenset[str]:
    """The keys of grammar.yaml ``government_heads``, built once rather than for every short name."""
    return frozenset(match_key(w) for w in _grammar_words("government_heads"))


def _government_of(doc: _Doc, h: Hit) -> list[str]:
    """(session 27 E2) "دولت رئیسی", "کابینه روحانی": a surname right after "the government of" names the one person
    of that surname who ever led a government (grammar.yaml ``government_heads``, ``government_titles``), even where
    the surname is an ordinary word and the article never gives the full name."""
    prev = _PREV_WORD.search(doc.text, max(0, h.start - 12), h.start)
    if prev is None or match_key(prev.group(1)) not in _government_heads():
        return []
    titles = _grammar_words("government_titles")
    led = {e.ref for e in h.entries if e.kind == "short" and (a := doc.kb.actors.get(e.ref)) is not None
           and a.type == "PERSON" and any(p.title in titles for p in a.positions)}
    return list(led) if len(led) == 1 else []


def _sibling_named(doc: _Doc, h: Hit) -> list[str]:
    """"استقلال" in a report that names "پرسپولیس" in full: an organisation's short name stands for it where the
    article names in full another member of a body it belongs to (a club of the same federation), or the body.
    A state is no such body: the state's name says nothing of which of its agencies a short name means."""
    groups = doc.__dict__.get("_named_groups")
    if groups is None:
        orgs = [a for i in doc.named if (a := doc.kb.actors.get(i)) is not None and a.type == "ORG"]
        groups = {a.id for a in orgs} | {s.of for a in orgs for s in a.affiliations}
        groups = doc.__dict__["_named_groups"] = {g for g in groups if getattr(doc.kb.actors.get(g), "type", "") == "ORG"}
    found = []
    for e in h.entries:
        a = doc.kb.actors.get(e.ref) if e.kind == "short" else None
        if a is not None and a.type == "ORG" and any(s.of in groups for s in a.affiliations):
            found.append(e.ref)
    return found[:1] if len(set(found)) == 1 else []


_WORD_SPAN = re.compile(r'[^\s«»"،.:؛!؟()]+')  # (branch verbal) a word, without the marks around it
_COMMON_SURNAME = 4.2  # Zipf frequency from which a surname is also an ordinary word ("روحانی", "ظریف", "اسد")


def _in_office(doc: _Doc, h: Hit) -> list[str]:
    """"عراقچی با فیدان دیدار کرد" in a dated article that never gives the full names: a surname the knowledge
    base gives one person only, who held a dated office on the article's day, is that person — news names sitting
    office holders so. Not a surname that is also an ordinary word."""
    if doc.day is None:
        return []
    short = {e.ref for e in h.entries if e.kind == "short"}
    surface = doc.text[h.start:h.end]
    if not short or len(surface.split()) == 1 and zipf(surface) >= _COMMON_SURNAME:  # (a phrase is the name's own)
        return []
    # (session 24) "ملک عبدالله" is two kings' short name: the one reigning on the article's day is meant
    dated = [i for i in sorted(short) if (a := doc.kb.actors.get(i)) is not None
             and any((p.start or p.end) and p.covers(doc.day) for p in a.positions)]
    return dated if len(dated) == 1 else []


def _home_ministry(doc: _Doc, h: Hit) -> list[str]:
    """(session 30 ENT3) "وزارت علوم", "وزارت بهداشت" in an Iranian page about Iran: a ministry's short form that
    other states' ministries share (grammar.yaml home_ministry_heads) is the ministry of the state whose bodies the
    generic names are (roles.yaml generic_bodies_of) in a page that names that state more than any other, whoever
    the outlet (a page on Gaza's war names Gaza's health ministry so, an Afghan page on a clash Pakistan's interior
    ministry: not Iran's)."""
    state = doc.kb.generic_bodies_of
    if state is None or not (heads := _grammar_words("home_ministry_heads")):
        return []
    found = {e.ref for e in h.entries if e.kind == "short" and e.form.split()[0] in heads
             and (a := doc.kb.actors.get(e.ref)) is not None and a.type == "ORG" and a.country == state}
    return sorted(found) if len(found) == 1 and _most_named_state(doc) == state else []


def _most_named_state(doc: _Doc) -> str | None:
    """The state whose names, people, bodies and places the page's hits name most (counted once per page)."""
    if "_most_named" not in doc.__dict__:
        counts: dict[str, int] = {}
        for x in doc.hits:
            states = {doc.kb.country_of(e.ref) if e.kind == "actor" else getattr(doc.kb.places.get(e.ref), "country", None)
                      for e in x.entries if e.kind in ("actor", "place")}
            for state in states - {None}:
                counts[state] = counts.get(state, 0) + 1
        doc.__dict__["_most_named"] = max(counts, key=lambda k: counts[k]) if counts else None
    return doc.__dict__["_most_named"]


def _short_states(doc: _Doc, h: Hit) -> set[str]:
    """The states a hit is the short name of ("آذربایجان"): a name a region shares, read as the state only in context."""
    return {e.ref for e in h.entries if e.kind == "short" and getattr(doc.kb.actors.get(e.ref), "type", "") == "STATE"}


def _state_after_office(doc: _Doc, h: Hit) -> list[str]:
    """"رئیس‌جمهور آذربایجان", "وزارت خارجه آذربایجان": a state's short name that is also a region's stands for
    the state right after an office or body of a state (grammar.yaml state_owners, or a role or body the knowledge
    base knows ending there) — not "مردم آذربایجان", Iran's Azeris."""
    states = _short_states(doc, h)
    if len(states) != 1:
        return []
    before = doc.text[max(0, h.start - 40):h.start]
    ends = doc.__dict__.get("_office_ends")
    if ends is None:  # where the offices and bodies the knowledge base knows end: listed once per text
        ends = doc.__dict__["_office_ends"] = {x.end for x in doc.hits if any(e.kind in ("role", "desc") for e in x.entries)}
    office = _state_owner_before().search(before) or any(end in ends for end in range(h.start - 2, h.start + 1))
    return list(states) if office else []


def _state_of_named(doc: _Doc, h: Hit) -> list[str]:
    """(session 13) "... علیه آذربایجان" in an article that names in full a person or body of that state ("الهام
    علی‌اف"): a state's short name that is also a region's stands for the state. An article on Iran's provinces names
    none of the Republic's officials."""
    states = _short_states(doc, h)
    if len(states) != 1:
        return []
    state = next(iter(states))
    own = doc.__dict__.get("_named_countries")
    if own is None:
        own = doc.__dict__["_named_countries"] = {a.country for i in doc.named if (a := doc.kb.actors.get(i)) is not None
                                                  and a.type != "STATE" and a.country} | _places_named(doc)
    if state not in own:
        return []
    return [] if _region_people_before().search(doc.text, max(0, h.start - 30), h.start) else [state]


def _places_named(doc: _Doc) -> set[str]:
    """(session 29 ENT2) The states whose places the article names ("باکو", "قره‌باغ"): a state's short name that a
    region shares is the state there, as it is where one of its people or bodies is named."""
    return {p.country for h in doc.hits for e in h.entries
            if e.kind == "place" and (p := doc.kb.places.get(e.ref)) is not None and p.country}


@lru_cache(maxsize=1)
def _region_people_before() -> re.Pattern[str]:
    """(session 29 ENT2) "مردم آذربایجان": a word before the short name that makes it the region (grammar.yaml)."""
    return re.compile(rf"(?:^|[\s\u200c])(?:{phrases(sorted(_grammar_words('region_people')))})[\s\u200c]+$")


def _state_beside_state(doc: _Doc, h: Hit) -> list[str]:
    """(session 19) "وزیران خارجه ارمنستان و آذربایجان": a state's short name that is also a region's, joined to
    another state's name right after a plural office (grammar.yaml plural_offices), is the state, as it is right after
    an office (:func:`_state_after_office`). (Any two names joined was tried: the held-out half lost events.)"""
    states = _short_states(doc, h)
    if len(states) != 1:
        return []
    for other in doc.hits:
        if other is h or not h.start - 4 <= other.end <= h.start or not _STATE_JOIN.fullmatch(doc.text, other.end, h.start):
            continue
        before = doc.text[max(0, other.start - 40):other.start]
        if any(e.kind == "actor" and getattr(doc.kb.actors.get(e.ref), "type", "") == "STATE" for e in other.entries) \
                and any(m.end() == len(before) for m in _plural_offices().finditer(before)):
            return list(states)
    return []


_STATE_JOIN = re.compile(r"\s*(?:و|،|,)\s*")


@lru_cache(maxsize=1)
def _state_owner_before() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[\s\u200c])(?:{phrases(sorted(_grammar_words('state_owners')))})[\s\u200c]+$")


_KINDS: dict[int, tuple[list[Entry], frozenset[str], tuple[str, ...]]] = {}


def _kinds_and_actors(entries: list[Entry]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The kinds of a hit's entries and the ids of its "actor" entries, in order: read once per entry list of the
    automaton (every hit of a key shares its list; the list is kept with them, so its id cannot be another's)."""
    got = _KINDS.get(id(entries))
    if got is None or got[0] is not entries:
        got = _KINDS[id(entries)] = (entries, frozenset(e.kind for e in entries),
                                     tuple(e.ref for e in entries if e.kind == "actor"))
    return got[1], got[2]


def _team_of_sport(doc: _Doc, h: Hit) -> list[str]:
    """(session 27 E) "تیم ملی ایران" (Iran's football or volleyball team) in a report whose competitions belong to
    one sport's world body: that sport's team."""
    refs = [e.ref for e in h.entries if e.kind == "short"]
    sports = doc.__dict__.get("_sports")
    if sports is None:
        sports = doc.__dict__["_sports"] = page_sports(doc.kb, doc.named)
    return sport_short(doc.kb, refs, sports) if sports else []


def pass_national_teams(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """(session 27 E) A state named as a side of a match in a sports report is its national team (link.teams)."""
    return national_teams(doc.text, mentions, doc.kb, doc.named)


def pass_sport_sides(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """(session 32 SPORT) Any other state named as a side on a sports page is its team in the page's sport
    (link.sides)."""
    return sport_sides(doc.text, mentions, doc.kb)


def _name_mention(doc: _Doc, h: Hit) -> Mention | None:
    """A hit of a name: "اسماعیل هنیه" (actor), "دمشق" (place), "خبرگزاری مهر" (outlet), "هنیه" (short form of
    an actor named in full), "ایرانی" (nationality adjective). Roles and descriptions are kept for later passes."""
    kb, surface = doc.kb, doc.text[h.start:h.end]
    kinds, actor_refs = _kinds_and_actors(h.entries)
    if kinds & CITED_KINDS and (cited := cited_outlet(doc.text, h, kb, doc.article.meta.outlet)) is not None:
        return cited
    if h.suffix == "adj":
        adj = [e for e in h.entries if e.kind in ("adj", "actor") and kb.actors.get(e.ref) and kb.actors[e.ref].type == "STATE"]
        return Mention(h.start, h.end, surface, adj[0].ref, kb.actors[adj[0].ref].name, "COUNTRY", how="adjective") if adj else None
    ids = [ref for ref in actor_refs if doc.in_context(ref)]
    if ids:
        ref = _pick_actor(kb, ids, doc.day, doc.named)
        actor = kb.actors[ref]
        return Mention(h.start, h.end, surface, ref, actor.name, actor.entity_type, "name",
                       candidates=[kb.actors[i].name for i in ids] if len(ids) > 1 else [])
    if "place" in kinds:
        ref = next(e.ref for e in h.entries if e.kind == "place")
        return Mention(h.start, h.end, surface, ref, kb.places[ref].name, "PLACE", "name")
    if "outlet" in kinds:
        ref = next(e.ref for e in h.entries if e.kind == "outlet")
        return Mention(h.start, h.end, surface, ref, kb.outlets[ref].name, "MEDIA", "name")
    if "short" in kinds:
        h = _without_namesakes(doc, h)
        ids = [e.ref for e in h.entries if e.kind == "short" and e.ref in doc.named]
        if not ids:
            ids = _after_honorific(doc, h) or _government_of(doc, h) or _after_own_office(doc, h) \
                or _sibling_named(doc, h) or _in_office(doc, h) \
                or _state_after_office(doc, h) or _team_of_sport(doc, h) \
                or _state_of_named(doc, h) or _state_beside_state(doc, h) or _home_ministry(doc, h)
        if not ids:
            if "desc" in kinds:  # "مجلس" before the assembly is named in full: the home state's (home_body)
                doc.desc_hits.append((h, next(e for e in h.entries if e.kind == "desc")))
            return None
        ref = _pick_actor(kb, ids, doc.day, doc.named)
        return Mention(h.start, h.end, surface, ref, kb.actors[ref].name, kb.actors[ref].entity_type, "short")
    if "adj" in kinds:
        ref = next(e.ref for e in h.entries if e.kind == "adj")
        if kb.actors[ref].type != "STATE":  # (session 27 E2) a body's own adjective ("نیروهای بسیجی") names the body
            return Mention(h.start, h.end, surface, ref, kb.actors[ref].name, kb.actors[ref].entity_type, "name")
        return Mention(h.start, h.end, surface, ref, kb.actors[ref].name, "COUNTRY", how="adjective")
    if "role" in kinds:
        doc.role_hits.append((h, next(e for e in h.entries if e.kind == "role")))
    elif "desc" in kinds:
        doc.desc_hits.append((h, next(e for e in h.entries if e.kind == "desc")))
    return None


def pass_names(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """Names, short names, places, outlets and nationality adjectives straight from the automaton's hits."""
    found = [m for m in (_name_mention(doc, h) for h in doc.hits) if m is not None
             and not (m.type == "PLACE" and _NAME_TAIL.match(doc.text, m.end))
             and not (m.type == "ORG" and _CLERIC_BEFORE.search(doc.text, max(0, m.start - 12), m.start))
             and not (m.type == "MEDIA" and _LIST_BEFORE.search(doc.text, max(0, m.start - 20), m.start))]
    found = [_loaded_regime(doc.text, m) for m in found]
    return sorted(mentions + found, key=lambda m: m.start)


# (session 21) "رژیم منحوس صهیونیستی", "رژیم جنایتکار و کودک‌کش صهیونیستی": a regime named by loaded epithets before a
# state's adjective is that state (grammar.yaml regime_epithets), as "رژیم صهیونیستی" is
_EPITHET = phrases(_grammar_words("regime_epithets"))
_LOADED_REGIME = re.compile(rf"(?<![\w\u200c])(?:{phrases(_grammar_words('regime_heads'))})[ \u200c]+"
                            rf"(?:{_EPITHET})(?:[ \u200c]*(?:،|و)?[ \u200c]+(?:{_EPITHET})){{0,3}}[ \u200c]+$")


def _loaded_regime(text: str, m: Mention) -> Mention:
    """A state's adjective after "رژیم" and loaded epithets: a mention of the state itself, from "رژیم" on."""
    if m.how != "adjective" or m.type != "COUNTRY" or not m.kb_id:
        return m
    hit = _LOADED_REGIME.search(text, max(0, m.start - 80), m.start)
    if hit is None:
        return m
    return Mention(hit.start(), m.end, text[hit.start():m.end], m.kb_id, m.name, m.type, how="name")


# (session 16) "امان الدین منصور", "امان الله": a word before "الدین"/"الله" opens a person's name, not a place (Amman)
# (session 16) "مولوی حزب‌الله": after a cleric's title a body's name is the cleric's own (an Afghan governor)
_CLERIC_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{phrases(_grammar_words('cleric_titles'))})[ \u200c]+$")
_NAME_TAIL = re.compile(rf"[ \u200c]*(?:{phrases(_grammar_words('name_tails'))})(?![\w\u200c])")
_LIST_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{phrases(_grammar_words('list_heads'))})[ \u200c]+$")


def pass_seated_bodies(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"شورای شهر گرگان", "سفارت ایران در دمشق": the body and the place it is at, as two mentions."""
    return seated_bodies(doc.text, mentions, doc.kb)


def pass_province_lists(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"در استان‌های بوشهر، فارس و ...": the provinces, not the cities of their names."""
    return province_lists(doc.text, mentions, doc.kb)


def pass_located_forces(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"پاسگاه پلیس در هرات": a bare army or police placed in a state's place is that state's force."""
    return located_forces(doc.text, mentions, doc.kb)


def pass_foreign_bodies(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"وزارت امور خارجه هند": India's ministry (the state), not Iran's, whose generic name it begins with."""
    return foreign_bodies(doc.text, mentions, doc.kb, doc.home)


def pass_state_bodies(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"وزارت خارجه سودان", "وزارت دفاع این کشور": the state's ministry and the state, as two mentions (run before
    foreign bodies join a generic name to the state, and again after descriptions are resolved)."""
    return state_bodies(doc.text, mentions, doc.kb)


def pass_fuzzy_names(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """A misspelt name ("اسماعیل هنیئه") linked when it is close to exactly one actor's name."""
    mentions = _fuzzy_names(doc.text, mentions, doc.hits, doc.matcher, doc.kb, doc.named, doc.key)
    # a name right after "معاون"/"نایب" is the principal, not a candidate for the deputy's office
    # and "آقای رئیسی": a surname after an honorific names its one person as surely as the full name
    doc.free_named = _free_named(doc, mentions)
    return mentions


def _free_named(doc: _Doc, mentions: list[Mention]) -> set[str]:
    """The actors named freely: by name (or a surname after an honorific), not right after a deputy's prefix.
    The tests are pure, so an actor already in the set is not tested again (an article names its states and
    people many times over)."""
    found: set[str] = set()
    for m in mentions:
        if m.kb_id and m.kb_id not in found \
                and (m.how in ("name", "fuzzy") or m.how == "short" and _honorific_before(doc, m.start)) \
                and not _after_prefix(doc.text, m, doc.matcher):
            found.add(m.kb_id)
    return found


def pass_named_people(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"جلال ملکی گفت", "علی نیکزاد نائب رئیس مجلس": people the knowledge base lacks, by a given name and a
    surname before a speech verb or an office, kept so that the office beside them is theirs."""
    found = named_people(doc.text, mentions, _grammar_words("person_followers"),
                         frozenset(doc.kb.descriptions.get("honorifics", [])), _STOP, doc.kb.name_parts())
    found = known_after_all(found, doc.matcher, doc.kb, doc.key)
    doc.free_named |= {m.kb_id for m in found if m.kb_id}
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _descriptions(doc: _Doc, mentions: list[Mention], refs: frozenset[str], keep: bool) -> list[Mention]:
    for h, entry in [x for x in doc.desc_hits if (x[1].ref in refs) == keep and x[0].suffix != "plural"]:
        # ("این کشورها": several states, not the one named last)
        m = _resolve_description(doc.text, h, entry, mentions, doc.kb, doc.sentences, doc.sent_of, doc.home)
        if m is not None:  # kept in order: the next description looks back by bisection
            bisect.insort(mentions, m, key=lambda x: x.start)
    return mentions


_GROUP_DESCRIPTIONS = frozenset({"org", "state", "place", "named_alike"})  # resolved before roles, which may need them


def pass_group_descriptions(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"این جنبش" → Hamas, "این کشور" → the state named before: roles may need them ("سخنگوی این جنبش")."""
    return _descriptions(doc, mentions, _GROUP_DESCRIPTIONS, True)


def pass_described_bodies(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """(session 25 L) "وزارت خارجه این کشور" after Bahrain: Bahrain's ministry, not Iran's, whose generic name it has."""
    return described_bodies(doc.text, mentions, doc.kb)


def pass_roles(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"سرپرست وزارت امور خارجه" → whoever held the office on the article's date (or the named person beside it).
    With no date, the offices the article itself pins to named people bound its time ("علی شمخانی ... دبیر شورای
    عالی امنیت ملی": 2013–2023), and an office resolves when one holder's term falls in that window."""
    doc.free_named -= _history_holders(doc, mentions)
    window = doc.era = _era(doc, mentions) if doc.day is None else None
    if window is not None and (day := yearless_in_era(doc.text, *window)) is not None:
        doc.day = doc.era_day = day  # "روز سه‌شنبه ۱۸ مهر" falls on a Tuesday once in the era: that is the day
        window = None
    for h, entry in doc.role_hits:
        if _counted(doc.text, h.start):
            body = _counted_members(doc, h, entry, mentions)
            if body is not None:
                bisect.insort(mentions, body, key=lambda x: x.start)
            continue  # "سه رئیس جمهور مختلف": offices counted are no one person
        m = _resolve_role(doc.text, h, entry, mentions, doc.kb, doc.day, doc.free_named, doc.matcher, window, doc.home)
        if m is not None:
            bisect.insort(mentions, m, key=lambda x: x.start)
            body = body_in_phrase(doc.text, m, mentions, doc.kb)
            if body is not None:
                bisect.insort(mentions, body, key=lambda x: x.start)
    return mentions


def pass_shared_office_state(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """(session 15) "رئیس جمهور و وزیر خارجه این کشور": two offices joined by "و" share the state the second points
    back to; the first, with nothing after it, is not the outlet's own state's office."""
    roles = [m for m in mentions if m.how == "role"]
    for a, b in zip(roles, roles[1:]):
        if doc.text[a.end:b.start] != " و " or not b.of or b.of == a.of or b.of not in doc.kb.actors \
                or doc.kb.actors[b.of].type != "STATE" or a.role is None or doc.kb.titles.get(a.role) is None:
            continue
        if doc.kb.titles[a.role].needs != "STATE" or not _bare_title(doc, a) or not _THIS_STATE.search(b.text):
            continue  # "رئیس‌جمهور و نخست‌وزیر عراق دیدار کردند": with the state named, two parties may meet
        holders = doc.kb.holders(a.role, b.of, doc.day) if doc.day else []
        if len(holders) == 1:
            a.kb_id, a.name, a.candidates = holders[0].id, holders[0].name, []
        else:  # no date or no single holder: the office itself, with none of the first reading's candidates
            a.kb_id, a.name, a.candidates = None, role_label(doc.kb, a.role, None, b.of) or a.name, []
        a.of = b.of
    return mentions


_THIS_STATE = re.compile(r"(?:این|آن|همین)[\s\u200c]+کشور$")


def _bare_title(doc: _Doc, m: Mention) -> bool:
    """Whether the office phrase is its title alone (no state or body named after it)."""
    fa = {match_key(f) for f in doc.kb.titles[m.role].fa}
    return match_key(m.text) in fa


def pass_plural_offices(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """(session 15) "رؤسای جمهور روسیه و ترکیه": on a dated article, each listed state's one holder of the office that
    day, as a person standing on the state's name (grammar.yaml plural_offices). Undated, or no single holder: the
    states stay the parties ("roles never guess")."""
    if not any(w in doc.text for w in _plural_first_words()):
        return mentions  # every office's first word is in its pattern as written: without one, no office
    added: list[Mention] = []
    for m in _plural_offices().finditer(doc.text):
        title = _plural_titles()[re.sub(r"[\s\u200c]+", " ", m.group(1))]
        states = _listed_states(doc.text, m.end(), mentions)
        holders = [doc.kb.holders(title, state.kb_id, doc.day) if doc.day is not None else [] for state in states]
        named = [_named_holder(doc, mentions, title, state.kb_id) for state in states]
        if not (states and all(len(h) == 1 for h in holders)):  # all or none: one state's office and another's
            holders = [[h] if h is not None else [] for h in named]  # guessed holder mislead; (session 23) but a
            # holder the article itself names in the office is no guess: "روسای جمهور ایران و فرانسه ... امانوئل
            # ماکرون رئیس جمهوری فرانسه" is Macron and (undated) Iran
        added += [Mention(state.start, state.end, state.text, h[0].id, h[0].name, "PERSON", "office-list",
                          role=title, of=state.kb_id) for state, h in zip(states, holders, strict=True) if len(h) == 1]
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def _named_holder(doc: _Doc, mentions: list[Mention], title: str, state: str | None) -> Actor | None:
    """(session 23) The one person the article names who holds (or, undated, ever held) ``title`` of ``state`` on
    its day, by name or office: the holder a plural office of that state means."""
    found = {m.kb_id for m in mentions if m.type == "PERSON" and m.kb_id and m.how != "office-list"
             and (a := doc.kb.actors.get(m.kb_id)) is not None
             and any(p.title == title and p.of == state and p.covers(doc.day) for p in a.positions)}
    return doc.kb.actors[found.pop()] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _plural_titles() -> dict[str, str]:
    return {re.sub(r"[\s\u200c]+", " ", str(k)): str(v) for k, v in (grammar().get("plural_offices") or {}).items()}


@lru_cache(maxsize=1)
def _plural_first_words() -> tuple[str, ...]:
    return tuple(sorted({w.split()[0] for w in _plural_titles()}))


@lru_cache(maxsize=1)
def _plural_offices() -> re.Pattern:
    words = sorted(_plural_titles(), key=len, reverse=True)
    alt = "|".join(r"[\s\u200c]+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<![\w\u200c])({alt})[\s\u200c]+")


_LIST_GAP = re.compile(r"\s*(?:[،,]\s*(?:و\s+)?|و\s+)")


def _listed_states(text: str, pos: int, mentions: list[Mention]) -> list[Mention]:
    """The states named one after another from ``pos`` ("روسیه و ترکیه", "ایران، عراق و سوریه")."""
    out: list[Mention] = []
    for m in mentions[_first_at(mentions, pos):]:
        if m.start < pos:
            continue
        if m.type != "COUNTRY" or not m.kb_id or m.how not in ("name", "short") or \
                (out and not _LIST_GAP.fullmatch(text, pos, m.start)) or (not out and m.start != pos):
            break
        out.append(m)
        pos = m.end
    return out if len(out) >= 2 else []


_COUNT_BEFORE = re.compile(r"(?<![\u0621-\u06FF\u200c])([\u0621-\u06FF]+|[0-9۰-۹]+)[ \t]+$")


def _counted_members(doc: _Doc, h, entry, mentions: list[Mention]) -> Mention | None:
    """(session 24) "۲۰ نماینده مجلس", "چند نماینده مجلس": members of a body (a ``collegial`` title with its
    ``default_of`` body), counted and named by no state or body of their own, act as that body does when they act
    together ("نمایندگان مجلس"); None for any other office counted, or one whose words name another state."""
    title = doc.kb.titles.get(entry.ref)
    body = doc.kb.actors.get(getattr(title, "default_of", None) or "") if title is not None else None
    if body is None or body.type != "ORG" or not getattr(title, "collegial", False):
        return None
    if match_key(doc.text[h.start:h.end]) not in {match_key(f) for f in title.fa}:
        return None  # "دو نماینده کنگره آمریکا": the office's own words go on to name its body or state
    if any(m.start < h.end and h.start < m.end for m in mentions):
        return None
    return Mention(h.start, h.end, doc.text[h.start:h.end], body.id, body.name, body.entity_type, "office")


def _counted(text: str, start: int) -> bool:
    """Whether a number or a quantifier stands right before an office ("سه رئیس جمهور", "برخی وزیران", "۲۰ سفیر")."""
    m = _COUNT_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and (m.group(1).isdigit() or m.group(1) in _grammar_words("quantifiers"))


def _era(doc: _Doc, mentions: list[Mention]) -> tuple[dt.date, dt.date] | None:
    """The time the article's resolved offices share: the intersection of the terms of the offices that resolved to
    named people without a date, (session 23) within the month the page's URL files it under. None when neither
    bounds it, or their bounds do not meet."""
    filed = url_month(doc.article.meta.url)
    lo, hi = filed or (dt.date.min, dt.date.max)
    found = filed is not None
    for h, entry in doc.role_hits:
        if ordinal_before(doc.text, h.start) is not None:
            continue  # (session 26 H2) "اولین رئیس‌جمهور کنیا": history, not the article's time
        m = _resolve_role(doc.text, h, entry, mentions, doc.kb, None, doc.free_named, doc.matcher, home=doc.home)
        actor = doc.kb.actors.get(m.kb_id) if m is not None and m.kb_id else None
        terms = [p for p in actor.positions if p.title == m.role] if actor is not None else []
        if not terms:
            continue
        found = True
        lo = max(lo, min(p.start or dt.date.min for p in terms))
        hi = min(hi, max(p.end or dt.date.max for p in terms))
    return (lo, hi) if found and lo <= hi else None


def _history_holders(doc: _Doc, mentions: list[Mention]) -> set[str]:
    """(session 26 H2) The people the article names as an office's counted holder ("جوموکنیاتا ... اولین
    رئیس‌جمهور کنیا"): named as history, they are not the holder a bare "رئیس‌جمهور کنیا" means."""
    out: set[str] = set()
    for h, entry in doc.role_hits:
        if ordinal_before(doc.text, h.start) is not None:
            m = _resolve_role(doc.text, h, entry, mentions, doc.kb, doc.day, doc.free_named, doc.matcher, home=doc.home)
            out |= {m.kb_id} if m is not None and m.kb_id else set()
    return out


def pass_counterparts(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"همتای ترکیه‌ای خود" → the other state's holder of the same office as the person named before (with no
    date, on the last day of the era the article's offices pin)."""
    day = doc.day or (min(doc.era[1], dt.date.today()) if doc.era else None)
    for cm in _counterparts(doc.text, mentions, doc.kb, day, doc.sent_of):
        bisect.insort(mentions, cm, key=lambda x: x.start)
    return mentions


def pass_deputies(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"معاون اسماعیل هنیه" → Haniyeh's deputy in his office; the named principal becomes a possessor."""
    for dm in _deputy_mentions(doc.text, mentions, doc.kb, doc.day, doc.free_named, doc.matcher):
        for inner in mentions:
            if dm.start <= inner.start and inner.end <= dm.end:
                inner.how = "possessor"  # "اسماعیل هنیه" inside "معاون اسماعیل هنیه": named, but not the actor
        mentions.append(dm)
    return sorted(mentions, key=lambda x: x.start)


@lru_cache(maxsize=1)
def _relatives_heads() -> tuple[frozenset[str], frozenset[str]]:
    """grammar.yaml relatives_heads and relatives_heads_counted (without ZWNJ)."""
    def words(name: str) -> frozenset[str]:
        return frozenset(w.replace(ZWNJ, "") for w in _grammar_words(name))
    return words("relatives_heads"), words("relatives_heads_counted")


_NUMBER_WORD = re.compile(r"^(?:[0-9۰-۹]+|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|چند|چندین|برخی|همه|سایر)$")


def _after_relatives_head(words: list[str]) -> bool:
    """Whether the words before a name end with a head naming the state's neighbours ("کشورهای همسایه"), or a
    singular one counted ("شش کشور همسایه")."""
    plural, counted = _relatives_heads()
    for n in (2, 1):
        if len(words) < n:
            continue
        head, rest = " ".join(words[-n:]), words[:-n]
        if head in plural or (head in counted and rest and _NUMBER_WORD.match(rest[-1]) is not None):
            return True
    return False


def pass_relatives_of(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """(session 23) "کشورهای همسایه افغانستان", "همسایگان عراق": the state named right after such a head is not the
    actor (its neighbours are), so it becomes a possessor: named, but no party of an event. A list after the head
    ("کشورهای همسایه عراق و ترکیه") names the neighbours themselves."""
    for i, m in enumerate(mentions):
        if m.type not in ("COUNTRY", "ORG") or m.how in ("adjective", "possessor", "description"):
            continue
        if not _after_relatives_head(doc.text[max(0, m.start - 40):m.start].replace(ZWNJ, "").split()):
            continue
        nxt = next((x for x in mentions[i + 1:i + 3] if x.start >= m.end), None)
        if nxt is not None and nxt.type == "COUNTRY" and doc.text[m.end:nxt.start].strip(" ،,") == "و":
            continue
        m.how = "possessor"
    return mentions


def pass_unknown_names(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"حازم قاسم، سخنگوی حماس": a name the knowledge base lacks, next to a role, kept as an unknown person."""
    mentions.extend(_unknown_names(doc.text, mentions, doc.kb, doc.matcher))
    return sorted(mentions, key=lambda m: m.start)


def pass_holders_by_name(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """(session 17) "نادین لوزانو، سفیر سوئیس": a name the knowledge base lacks, right beside an office, is that
    office's recorded holder whose name it is but for a middle name or a letter (the person and the office both)."""
    for i, m in enumerate(mentions):
        if m.how != "unknown-name" or m.kb_id is not None:
            continue
        office = _apposed_office(doc, mentions, i)
        holder = None if office is None else holder_named_like(doc.kb, office, m.text) or \
            _holder_by_surname(doc, office, m.text)
        if holder is not None:
            mentions[i] = Mention(m.start, m.end, m.text, holder.id, holder.name, "PERSON", "fuzzy")
            office.kb_id, office.name, office.candidates = holder.id, holder.name, []
    return mentions


def _apposed_office(doc: _Doc, mentions: list[Mention], i: int) -> Mention | None:
    """The office named right beside the i-th mention, with nothing or a comma between."""
    m = mentions[i]
    return next((r for r in mentions[max(0, i - 1):i + 2] if r.how == "role" and r.type == "PERSON" and r.role
                 and doc.text[min(m.end, r.end):max(m.start, r.start)].strip(" ،,") == ""), None)


def pass_foreign_spellings(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """(session 30) "کمال اوزتورک، سفیر ترکیه": a person the knowledge base lacks, beside an office of a foreign state
    (or of a body or place in one: "استاندار ورونژ"),
    spelt in Latin letters as that state's language spells names (Ozturk, not Avaztourk): every mention that bore
    the Persian-habit spelling takes the new one."""
    renamed: dict[str, str] = {}
    for i, m in enumerate(mentions):
        office = _apposed_office(doc, mentions, i) if m.how == "unknown-name" and m.kb_id is None else None
        style = style_of_state(doc.kb.country_of(office.of)) if office is not None and office.of else "persian"
        if style != "persian":
            renamed.setdefault(m.name, transliterate_name(m.text, doc.kb.name_parts(), style))
    for m in mentions if renamed else ():
        if m.kb_id is None and m.name in renamed:
            m.name = renamed[m.name]
    return mentions


def _holder_by_surname(doc: _Doc, office: Mention, name: str) -> Actor | None:
    """(session 26 G) "سرلشکر جعفری فرمانده کل سپاه", "امیر سرتیپ حیدری فرمانده نیروی زمینی ارتش": a surname alone
    (after a rank) beside an office is the one holder of that office on the article's date (any time, undated) whose
    surname it is — the office vouches for a surname many share. Never for a council's seat or an office held by
    more than a handful at once (an MP: among hundreds, surnames recur)."""
    words = name.split()
    role = office.role or ""
    title = doc.kb.titles.get(role) or doc.kb.titles.get(role.split("-", 1)[-1])
    if len(words) != 1 or title is None or title.collegial:
        return None
    holders = doc.kb.holders(role, office.of, doc.day)
    if len(holders) > _FEW_HOLDERS:
        return None
    key = match_key(words[0])
    found = {a.id: a for a in holders if a.type == "PERSON" and key in _surnames(doc.kb, a.id)}
    return next(iter(found.values())) if len(found) == 1 else None


_FEW_HOLDERS = 5  # (session 26 G) an office whose holders on a day are at most this many: a surname picks one


def pass_stranger_surnames(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """(branch verbal) "مرتضی محمودی، نماینده مجلس ... . محمودی همچنین با انتقاد از ...": a person the knowledge
    base lacks, named in full, is named again by the surname alone (after an honorific or none) opening a later
    sentence. (Known people named in full: pass_known_surnames.)"""
    strangers: dict[str, Mention] = {}
    for m in mentions:
        words = m.text.split()
        if m.type == "PERSON" and m.how == "unknown-name" and len(words) >= 2 and zipf(words[-1]) < _COMMON_SURNAME:
            strangers.setdefault(words[-1], m)
    if not strangers:
        return mentions
    mentions = [_as_named_before(m, strangers) for m in mentions]
    honorifics = frozenset(doc.kb.descriptions.get("honorifics", []))
    found: list[Mention] = []
    for sent in doc.sentences:
        words = list(_WORD_SPAN.finditer(doc.text, sent.start, min(sent.end, sent.start + 40)))[:2]
        if words and words[0].group() in honorifics:
            words = words[1:]
        w = words[0] if words else None
        full = strangers.get(w.group()) if w is not None else None
        if full is None or full.end > w.start() or any(x.start < w.end() and w.start() < x.end for x in mentions):
            continue
        found.append(Mention(w.start(), w.end(), w.group(), None, full.name, "PERSON", "unknown-name"))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _as_named_before(m: Mention, strangers: dict[str, Mention]) -> Mention:
    """(session 26) "سرهنگ علی اکبری ... . سرهنگ دوم اکبری تصریح کرد": a surname alone that another pass read as a
    person of its own (after a rank) is the stranger named in full before it, not a second person."""
    full = strangers.get(m.text) if m.type == "PERSON" and m.how == "unknown-name" and m.kb_id is None else None
    if full is None or full.end > m.start:
        return m
    return Mention(m.start, m.end, m.text, None, full.name, "PERSON", "unknown-name")


def _in_word(text: str, i: int) -> bool:
    """Whether position ``i`` holds a Persian letter or joiner (a name found there is part of a longer word)."""
    return 0 <= i < len(text) and ("\u0621" <= text[i] <= "\u06FF" or text[i] == "\u200c")


def pass_known_surnames(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"امیرخان متقی ... . متقی پس از ... عازم دهلی شد": a known person named in full is named again by the surname
    alone, as news does after the first mention. Only after that full mention, only a surname that is no ordinary
    word and that no other person named in the article shares, never right after a given name (another person's
    full name)."""
    by_surname: dict[str, Mention | None] = {}
    for m in mentions:
        words = m.text.split()
        if m.type == "PERSON" and m.how in ("name", "unknown-name") and len(words) >= 2:
            last = words[-1]
            seen = by_surname.get(last, m)
            by_surname[last] = m if seen is not None and seen.kb_id == m.kb_id else None  # shared: nobody's
    usable = {w: m for w, m in by_surname.items() if m is not None and m.kb_id and len(w) >= 3 and zipf(w) < _COMMON_SURNAME}
    if not usable:
        return mentions
    taken = occupancy(doc.text, mentions)
    found: list[Mention] = []
    text = doc.text
    for word, full in usable.items():
        at = text.find(word, full.end)  # only after the full name
        while at != -1:
            end = at + len(word)
            if not (_in_word(text, at - 1) or _in_word(text, end) or taken.find(1, at, end) != -1
                    or _given_name_before(text, at)):
                found.append(Mention(at, end, word, full.kb_id, full.name, "PERSON", "short"))
            at = text.find(word, end)
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


_WORD_BEFORE = re.compile(r"(?<![\u0621-\u06FF\u200c])([\u0621-\u06FF\u200c]{3,})[ \t]*[،,]?[ \t]*$")


def pass_surnames_before_offices(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"همتی وزیر اقتصاد", "همتی، وزیر اقتصاد": a known person's surname alone, right before an office that resolved
    to that person on the article's date (or, with no date, that lists them among its holders), is that person — a
    surname alone links nowhere else: many share it."""
    found: list[Mention] = []
    roles = [m for m in mentions if m.how == "role" and m.type == "PERSON" and (m.kb_id or m.candidates)]
    if not roles:
        return mentions
    taken = occupancy(doc.text, mentions)  # what a mention covers: one look-up per office, not a scan of them all
    for r in roles:
        w = _WORD_BEFORE.search(doc.text, max(0, r.start - 40), r.start)
        if w is None or taken.find(1, w.start(1), w.end(1)) != -1 or _given_name_before(doc.text, w.start(1)):
            continue  # "محمد رضایی، معاون وزیر": another person's full name, not a surname alone
        ids = [r.kb_id] if r.kb_id else [a.id for a in doc.kb.holders(r.role, r.of, None) if a.name in r.candidates]
        named = [i for i in ids if match_key(w.group(1)) in _surnames(doc.kb, i)]
        if len(named) != 1:
            continue
        if r.kb_id is None:  # with no date, the surname picks the office's holder among its candidates
            r.kb_id, r.name, r.candidates = named[0], doc.kb.actors[named[0]].name, []
        found.append(Mention(w.start(1), w.end(1), w.group(1), r.kb_id, r.name, "PERSON", "short"))
        taken[w.start(1):w.end(1)] = b"\x01" * (w.end(1) - w.start(1))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


_LAST_WORD = re.compile(r"([\u0621-\u06FF\u200c]+)\s+$")


def _given_name_before(text: str, pos: int) -> bool:
    """Whether a given name stands right before ``pos`` (spaces between)."""
    m = _LAST_WORD.search(text, max(0, pos - 30), pos)
    return m is not None and is_given_name(m.group(1))


def _surnames(kb: KnowledgeBase, actor_id: str) -> set[str]:
    """Match keys of the actor's short names and of the last words of its Persian names (remembered per actor)."""
    cache = kb.__dict__.setdefault("_surnames", {})
    if actor_id not in cache:
        actor = kb.actors.get(actor_id)
        cache[actor_id] = set() if actor is None else {match_key(f) for f in actor.short} | {
            match_key(f.split()[-1]) for f in actor.fa if len(f.split()) > 1}
    return cache[actor_id]


def pass_offices_named_before(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """An office no holder was found for, given to one person earlier in the article, is that person."""
    offices_named_before(mentions, doc.kb, doc.text)
    return mentions


def pass_person_descriptions(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"این عضو ارشد حماس", "این دیپلمات" → the person they describe, named before."""
    return _descriptions(doc, mentions, _GROUP_DESCRIPTIONS, False)


def pass_pronouns(doc: _Doc, mentions: list[Mention]) -> list[Mention]:
    """"وی", "او" → the person who is the subject of the sentences before; "آنها" → the group or state the
    sentence before names."""
    found = _pronouns(doc.text, mentions, doc.sentences, doc.sent_of, doc.kb)
    found += plural_pronouns(doc.text, mentions, doc.sentences, doc.sent_of, doc.kb)
    mentions.extend(found)
    return sorted(mentions, key=lambda m: m.start)


PASSES = (pass_names, pass_seated_bodies, pass_state_bodies, pass_province_lists, pass_foreign_bodies, pass_located_forces, pass_fuzzy_names, pass_named_people, pass_group_descriptions, pass_described_bodies, pass_state_bodies, pass_roles, pass_shared_office_state, pass_plural_offices, pass_counterparts, pass_deputies,
          pass_relatives_of,
          pass_unknown_names, pass_holders_by_name, pass_foreign_spellings, pass_stranger_surnames, pass_known_surnames, pass_surnames_before_offices, pass_offices_named_before, pass_person_descriptions, pass_national_teams, pass_sport_sides, pass_pronouns)


def _own_outlet(article: CleanArticle, text: str, mentions: list[Mention], entities: list[Entity]) -> list[Entity]:
    """(session 28) The page's own outlet named in its text, when its name came from its address (hosted.py)."""
    url, outlet = article.meta.url, article.meta.outlet
    if not url or not outlet or outlet != outlet_from_host(url):
        return []
    taken = [(m.start, m.end) for m in mentions] + [span for ent in entities for span in ent.mentions]
    return hosted_outlet(text, site_label(url), outlet, taken)


def link_entities(article: CleanArticle, sentences: list[Sentence], kb: KnowledgeBase) -> Linked:
    """Mentions of actors, places and outlets in the body, resolved by ``PASSES`` in order over one list, then the
    article's entities and roles."""
    text = article.body
    matcher = build_matcher(kb)
    day = article_date(article)
    hits = scan(text, matcher)
    doc = _Doc(article, text, sentences, kb, matcher, day, hits, _named_in_full(hits),
               _sentence_index(sentences, len(text)), _home_state(article, kb), key=key_with_map(text)[0])
    mentions: list[Mention] = []
    for resolve in PASSES:
        check_time()
        mentions = resolve(doc, mentions)
    linked = Linked(date=doc.day, era_day=doc.era_day)
    linked.mentions = mentions
    for m in mentions:
        linked.by_sentence.setdefault(doc.sent_of[m.start], []).append(m)
    linked.entities = _entities(mentions, kb, article, doc.key)
    linked.entities += headed_entities(text, mentions, lambda words: known_place(matcher, words),
                                       lambda name: transliterate_name(name, kb.name_parts()),
                                       lambda words: known_land(matcher, kb, words))
    linked.entities += missions(text, mentions, kb)
    linked.entities += shaped_outlets(text, mentions, lambda words: known_outlet(matcher, words),
                                      lambda name: transliterate_name(name, kb.name_parts()))
    linked.entities += _own_outlet(article, text, mentions, linked.entities)
    linked.entities += cited_names(text, mentions, linked.entities,
                                   lambda words: known_elsewhere(matcher, words, linked.entities),
                                   lambda name: transliterate_name(name, kb.name_parts()))
    linked.roles = [Role(m.text, m.name if m.kb_id or m.how == "role" else None, m.kb_id, m.role, m.of, m.start, m.end,
                         m.candidates) for m in mentions
                    if m.how == "role" or (m.how == "description" and m.type == "PERSON" and m.kb_id)]
    return linked


