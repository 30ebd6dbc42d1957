"""Entity linking: names, short forms, roles, descriptions and pronouns → knowledge-base actors and places.

One Aho-Corasick automaton (pyahocorasick) holds every Persian name, role phrase and description of the knowledge
base, keyed by :func:`rasad.normalize.match_key` (no spaces or ZWNJ), so "امیرعبداللهیان" and "امیر عبداللهیان"
meet on one key. Matches are kept only on Persian word boundaries; longest match wins. Roles are composed with the
organisation or state that follows them and resolved to whoever held the title on the article's date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

import ahocorasick
from rapidfuzz import fuzz, process

from .kb import Actor, KnowledgeBase
from .normalize import ZWNJ, key_with_map, match_key
from .records import CleanArticle, Entity, Mention, Role
from .rx import finditer as _rx_finditer
from .rx import fullmatch as _rx_fullmatch
from .rx import match as _rx_match
from .rx import search as _rx_search
from .sentences import Sentence

_LETTER = re.compile(r"[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u0750-\u077FA-Za-z0-9]")
# Suffixes that may follow a name on the same word ("ایرانی" = Iranian: nationality, not the state acting).
_ADJ_SUFFIX = ("ی", "یان", "ی‌ها")
_NAME_SUFFIXES = ("ها", "‌ها", "های", "‌های")


@dataclass
class Entry:
    kind: str  # actor | short | adj | place | outlet | role | desc
    ref: str  # actor/place/outlet id, title id, or description class
    form: str
    length: int


@dataclass
class Matcher:
    automaton: ahocorasick.Automaton
    full_keys: dict[str, list[str]]  # key -> actor ids (full forms), for fuzzy matching of misspellings
    prefixes: dict[str, str]  # match_key(prefix word) -> prefix kind (deputy/acting/former)
    honorifics: frozenset[str]


_MATCHERS: dict[int, Matcher] = {}


def build_matcher(kb: KnowledgeBase) -> Matcher:
    """Compile the knowledge base into one automaton (cached per knowledge base)."""
    cached = _MATCHERS.get(id(kb))
    if cached:
        return cached
    entries: dict[str, list[Entry]] = defaultdict(list)

    def add(form: str, kind: str, ref: str) -> None:
        key = match_key(form)
        if len(key) < 2:
            return
        if not any(e.kind == kind and e.ref == ref for e in entries[key]):
            entries[key].append(Entry(kind, ref, form, len(key)))

    full_keys: dict[str, list[str]] = defaultdict(list)
    for a in kb.actors.values():
        for f in a.fa:
            add(f, "actor", a.id)
            if a.type == "PERSON":
                full_keys[match_key(f)].append(a.id)
        for f in a.short:
            add(f, "short", a.id)
        for f in a.adj:
            add(f, "adj", a.id)
    for p in kb.places.values():
        for f in p.fa:
            add(f, "place", p.id)
    for o in kb.outlets.values():
        ambiguous = {match_key(x) for x in o.ambiguous}
        for f in o.fa:
            if match_key(f) not in ambiguous:
                add(f, "outlet", o.id)
    for tid, t in kb.titles.items():
        for f in t.fa:
            add(f, "role", tid)
    for cls, forms in kb.descriptions.items():
        if cls in ("honorifics",):
            continue
        for f in forms:
            add(f, "desc", cls)
    automaton = ahocorasick.Automaton()
    for key, es in entries.items():
        automaton.add_word(key, (key, es))
    automaton.make_automaton()
    prefixes = {match_key(w): kind for kind, words in kb.title_prefixes.items() for w in words}
    honorifics = frozenset(match_key(h) for h in kb.descriptions.get("honorifics", []))
    matcher = Matcher(automaton, dict(full_keys), prefixes, honorifics)
    _MATCHERS[id(kb)] = matcher
    return matcher


@dataclass
class Hit:
    start: int
    end: int
    entries: list[Entry]
    suffix: str = ""


def _is_letter(ch: str) -> bool:
    return bool(_LETTER.match(ch))


def scan(text: str, matcher: Matcher) -> list[Hit]:
    """Every knowledge-base form in ``text`` on word boundaries, longest first, without overlaps."""
    key, kmap = key_with_map(text)
    cands: list[Hit] = []
    for kend, (k, es) in matcher.automaton.iter(key):
        kstart = kend - len(k) + 1
        start, end = kmap[kstart], kmap[kend] + 1
        if start > 0 and _is_letter(text[start - 1]):
            continue
        suffix = ""
        if end < len(text) and _is_letter(text[end]):
            m = _rx_match(r"(?:\u200c)?[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF]+", text[end:])
            tail = m.group(0).replace(ZWNJ, "") if m else ""
            if tail in _ADJ_SUFFIX:
                suffix = "adj"
            elif tail in ("ها", "های"):
                suffix = "plural"
            else:
                continue
        elif end < len(text) and text[end] == ZWNJ:
            m = _rx_match(r"\u200c([\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF]+)", text[end:])
            tail = m.group(1) if m else ""
            if tail in ("ها", "های", "ی", "ای"):
                suffix = "plural" if tail.startswith("ها") else "adj"
            else:
                continue
        cands.append(Hit(start, end, es, suffix))
    cands.sort(key=lambda h: (-(h.end - h.start), h.start))
    taken: list[Hit] = []
    occupied = bytearray(len(text) + 1)
    for h in cands:
        if any(occupied[h.start:h.end]):
            continue
        occupied[h.start:h.end] = b"\x01" * (h.end - h.start)
        taken.append(h)
    return sorted(taken, key=lambda h: h.start)


@dataclass
class Linked:
    """Output of linking: mentions in body order, entities, roles, and each sentence's mentions."""

    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    date: dt.date | None = None

    def in_span(self, start: int, end: int) -> list[Mention]:
        starts = self.__dict__.get("_starts")
        if starts is None or len(starts) != len(self.mentions):
            starts = [m.start for m in self.mentions]
            self.__dict__["_starts"] = starts
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]


def article_date(article: CleanArticle) -> dt.date | None:
    p = article.meta.published
    if not p:
        return None
    try:
        return dt.date.fromisoformat(p[:10])
    except ValueError:
        return None


def _type_of(kb: KnowledgeBase, ref: str, kind: str) -> str:
    if kind == "place":
        return "PLACE"
    if kind == "outlet":
        return "MEDIA"
    a = kb.actors.get(ref)
    return a.entity_type if a else "ORG"


def _name_of(kb: KnowledgeBase, ref: str, kind: str) -> str:
    if kind == "place":
        return kb.places[ref].name
    if kind == "outlet":
        return kb.outlets[ref].name
    return kb.actors[ref].name


def _pick_actor(kb: KnowledgeBase, ids: list[str], day: dt.date | None, named: set[str]) -> str:
    """Among actors sharing a form: one named in full in the article, else one active on the day, else the first."""
    for i in ids:
        if i in named:
            return i
    if day:
        for i in ids:
            a = kb.actors[i]
            if a.positions and any(p.covers(day) for p in a.positions):
                return i
    return ids[0]


_FA_WORD = re.compile(r"[\u0600-\u06FF\u200c]+")


def _words_before(text: str, pos: int, n: int) -> list[tuple[int, int, str]]:
    """The last ``n`` Persian words before ``pos``, with their offsets."""
    words = [(m.start(), m.end(), m.group(0)) for m in _FA_WORD.finditer(text, max(0, pos - 60), pos)]
    return words[-n:]


def link_entities(article: CleanArticle, sentences: list[Sentence], kb: KnowledgeBase) -> Linked:
    text = article.body
    matcher = build_matcher(kb)
    day = article_date(article)
    hits = scan(text, matcher)
    linked = Linked(date=day)
    # full names present anywhere license short forms ("هنیه" after "اسماعیل هنیه", even in a kicker before it)
    named: set[str] = set()
    for h in hits:
        for e in h.entries:
            if e.kind == "actor" and not h.suffix == "adj":
                named.add(e.ref)
    sent_of = _sentence_index(sentences, len(text))
    mentions: list[Mention] = []
    role_hits: list[tuple[Hit, Entry]] = []
    desc_hits: list[tuple[Hit, Entry]] = []
    for h in hits:
        kinds = {e.kind for e in h.entries}
        surface = text[h.start:h.end]
        if h.suffix == "adj":
            adj = [e for e in h.entries if e.kind in ("adj", "actor") and kb.actors.get(e.ref) and kb.actors[e.ref].type == "STATE"]
            if adj:
                mentions.append(Mention(h.start, h.end, surface, adj[0].ref, kb.actors[adj[0].ref].name, "COUNTRY", how="adjective"))
            continue
        if "actor" in kinds:
            ids = [e.ref for e in h.entries if e.kind == "actor"]
            ref = _pick_actor(kb, ids, day, named)
            mentions.append(Mention(h.start, h.end, surface, ref, kb.actors[ref].name, kb.actors[ref].entity_type, "name",
                                    candidates=[kb.actors[i].name for i in ids] if len(ids) > 1 else []))
        elif "place" in kinds:
            ref = next(e.ref for e in h.entries if e.kind == "place")
            mentions.append(Mention(h.start, h.end, surface, ref, kb.places[ref].name, "PLACE", "name"))
        elif "outlet" in kinds:
            ref = next(e.ref for e in h.entries if e.kind == "outlet")
            mentions.append(Mention(h.start, h.end, surface, ref, kb.outlets[ref].name, "MEDIA", "name"))
        elif "short" in kinds:
            ids = [e.ref for e in h.entries if e.kind == "short" and e.ref in named]
            if ids:
                ref = _pick_actor(kb, ids, day, named)
                mentions.append(Mention(h.start, h.end, surface, ref, kb.actors[ref].name, kb.actors[ref].entity_type, "short"))
        elif "adj" in kinds:
            ref = next(e.ref for e in h.entries if e.kind == "adj")
            mentions.append(Mention(h.start, h.end, surface, ref, kb.actors[ref].name, "COUNTRY", how="adjective"))
        elif "role" in kinds:
            role_hits.append((h, next(e for e in h.entries if e.kind == "role")))
        elif "desc" in kinds:
            desc_hits.append((h, next(e for e in h.entries if e.kind == "desc")))
    mentions.sort(key=lambda m: m.start)
    mentions = _fuzzy_names(text, mentions, hits, matcher, kb, named)
    # a name right after "معاون"/"نایب" is the principal, not a candidate for the deputy's office
    free_named = {m.kb_id for m in mentions if m.how in ("name", "fuzzy") and m.kb_id and not _after_prefix(text, m, matcher)}
    # organisation and state descriptions ("این جنبش") point back to names; roles may need them ("سخنگوی این جنبش")
    home = _home_state(article, kb)
    for h, entry in [x for x in desc_hits if x[1].ref in ("org", "state", "place")]:
        m = _resolve_description(text, h, entry, mentions, kb, sentences, sent_of, home)
        if m is not None:
            mentions.append(m)
    mentions.sort(key=lambda x: x.start)
    for h, entry in role_hits:
        m = _resolve_role(text, h, entry, mentions, kb, day, free_named, matcher)
        if m is not None:
            bisect.insort(mentions, m, key=lambda x: x.start)
    for cm in _counterparts(text, mentions, kb, day, sent_of):
        bisect.insort(mentions, cm, key=lambda x: x.start)
    for dm in _deputy_mentions(text, mentions, kb, day, free_named, matcher):
        for inner in mentions:
            if dm.start <= inner.start and inner.end <= dm.end:
                inner.how = "possessor"  # "اسماعیل هنیه" inside "معاون اسماعیل هنیه": named, but not the actor
        mentions.append(dm)
    mentions.sort(key=lambda x: x.start)
    unknown = _unknown_names(text, mentions, kb, matcher)
    mentions.extend(unknown)
    mentions.sort(key=lambda m: m.start)
    for h, entry in [x for x in desc_hits if x[1].ref not in ("org", "state", "place")]:
        m = _resolve_description(text, h, entry, mentions, kb, sentences, sent_of, home)
        if m is not None:
            mentions.append(m)
    mentions.sort(key=lambda m: m.start)
    mentions.extend(_pronouns(text, mentions, sentences, sent_of, kb))
    mentions.sort(key=lambda m: m.start)
    linked.mentions = mentions
    for m in mentions:
        linked.by_sentence.setdefault(sent_of[m.start], []).append(m)
    linked.entities = _entities(mentions, kb, article)
    linked.roles = [Role(m.text, m.name if m.kb_id or m.how == "role" else None, m.kb_id, m.role, None, m.start, m.end,
                         m.candidates) for m in mentions
                    if (m.how == "role" or (m.how == "description" and m.type == "PERSON")) and m.kb_id]
    return linked


def _sentence_index(sentences: list[Sentence], n: int) -> list[int]:
    """Sentence number of every offset; offsets between sentences belong to the one before."""
    idx = [0] * (n + 1)
    ordered = sorted(sentences, key=lambda s: s.start)
    for k, s in enumerate(ordered):
        end = min(s.end + 1, n + 1)
        idx[s.start:end] = [s.index] * max(0, end - s.start)
        gap_end = ordered[k + 1].start if k + 1 < len(ordered) else n + 1
        if gap_end > end:
            idx[end:gap_end] = [s.index] * (gap_end - end)
    return idx


def _following_actor(text: str, end: int, mentions: list[Mention], kb: KnowledgeBase) -> Mention | None:
    """The organisation/state/person mention right after a role phrase (allowing "جنبش", "کشور", "،")."""
    i = _first_at(mentions, end)
    for m in mentions[i:i + 4]:
        if m.start < end:
            continue
        if m.start - end > 30:
            return None
        if _GAP_RE.match(text[end:m.start]):
            return m
        return None
    return None


def _first_at(mentions: list[Mention], pos: int) -> int:
    """Index of the first mention starting at or after ``pos`` (mentions are sorted by start)."""
    lo, hi = 0, len(mentions)
    while lo < hi:
        mid = (lo + hi) // 2
        if mentions[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


_GAP_RE = re.compile(r"^[\s،,]*(?:(?:جنبش|کشور|سازمان|گروه|حزب|دولت|رژیم|شورای|ارتش)\s*)?$")


def _preceding_person(text: str, start: int, mentions: list[Mention]) -> Mention | None:
    """Apposition: "اسماعیل هنیه، رئیس دفتر سیاسی حماس" — a person name ending right before the role."""
    i = _first_at(mentions, start)
    for m in reversed(mentions[max(0, i - 4):i]):
        if m.end > start:
            continue
        if m.type == "PERSON" and m.how in ("name", "short", "fuzzy", "unknown-name") and _rx_fullmatch(r"[\s،,]*", text[m.end:start]):
            return m
        return None
    return None


def _resolve_role(text: str, h: Hit, entry: Entry, mentions: list[Mention], kb: KnowledgeBase, day: dt.date | None,
                  named: set[str], matcher: Matcher) -> Mention | None:
    title_id = entry.ref
    title = kb.titles[title_id]
    start, end = h.start, h.end
    # a prefix word before the phrase: نایب/معاون/سرپرست
    before = _words_before(text, start, 2)
    modifier = None
    if before:
        ws, _we, w = before[-1]
        kind = matcher.prefixes.get(match_key(w))
        if kind is None and len(before) == 2:
            kind2 = matcher.prefixes.get(match_key(before[0][2] + before[1][2]))
            if kind2:
                kind, ws = kind2, before[0][0]
        if kind in ("deputy", "acting") and not title_id.startswith(("deputy-", "acting-", "first-vice", "vice")):
            modifier, start = kind, ws
    of: str | None = title.of
    # "رئیس‌جمهور منتخب ایران": the elect; "رئیس‌جمهور سابق": a former holder
    status = _rx_match(r"\s+(منتخب|سابق|پیشین|وقت)(?=[\s،,]|$)", text[end:end + 12])
    look_from = end + status.end() if status else end
    follower = _following_actor(text, look_from, mentions, kb) if title.needs != "NONE" else None
    role_end = end
    if follower is not None and follower.kb_id and follower.type in ("ORG", "COUNTRY"):
        of = follower.kb_id
        role_end = follower.end
    elif _rx_match(r"\s+خود(?![\u0600-\u06FF])", text[end:end + 6]):  # "دبیرکل خود": of the subject
        subj = next((m for m in reversed(mentions) if m.end <= start and m.type in ("ORG", "COUNTRY") and m.kb_id
                     and start - m.start < 200), None)
        if subj is not None:
            of, role_end = subj.kb_id, end + len(_rx_match(r"\s+خود", text[end:]).group(0))
    if of is None:
        of = title.default_of
    full_title = f"{modifier}-{title_id}" if modifier else title_id
    phrase = text[start:role_end]
    candidates: list[Actor] = []
    if of is not None:
        days = [day]
        if status and status.group(1) == "منتخب" and day:
            days = [day + dt.timedelta(days=d) for d in (30, 60, 90)]
        for d in days:
            candidates = kb.holders(full_title, of, d) or (kb.holders(title_id, of, d) if modifier == "acting" else [])
            if candidates:
                break
        if not candidates and day:  # just left office (killed, resigned): news still names the office
            candidates = kb.former_holders(full_title, of, day, within_days=60)
    apposed = _preceding_person(text, start, mentions)
    if apposed is not None and apposed.kb_id and (not candidates or apposed.kb_id in {c.id for c in candidates}):
        return Mention(start, role_end, phrase, apposed.kb_id, apposed.name, "PERSON", "role", role=full_title)
    if apposed is not None and not apposed.kb_id:
        return Mention(start, role_end, phrase, None, apposed.name, "PERSON", "role", role=full_title)
    if not candidates:
        if of is None and title.needs == "ORG":
            return None  # "رئیس" alone is too vague to be a role
        return Mention(start, role_end, phrase, None, phrase, "PERSON", "role", role=full_title)
    chosen = next((c for c in candidates if c.id in named), candidates[0])
    return Mention(start, role_end, phrase, chosen.id, chosen.name, "PERSON", "role", role=full_title,
                   candidates=[c.name for c in candidates] if len(candidates) > 1 else [])


_COUNTERPART = re.compile(r"همتای(?:\s+|\u200c)")


def _counterparts(text: str, mentions: list[Mention], kb: KnowledgeBase, day: dt.date | None,
                  sent_of: list[int]) -> list[Mention]:
    """"عراقچی ... با همتای ترکیه‌ای خود": the holder, in that country, of the subject's own office on the day."""
    out = []
    for m in _COUNTERPART.finditer(text):
        i = _first_at(mentions, m.end())
        state = mentions[i] if i < len(mentions) else None
        if state is None or state.start - m.end() > 2 or state.type != "COUNTRY" or not state.kb_id:
            continue
        si = sent_of[m.start()]
        subject = next((x for x in mentions if sent_of[x.start] == si and x.type == "PERSON" and x.kb_id
                        and x.start < m.start()), None)
        if subject is None:
            continue
        for pos in kb.positions_of(subject.kb_id, day):
            holder = kb.holders(pos.title, state.kb_id, day)
            if holder:
                end = state.end
                tail = _rx_match(r"(?:\s+خود|\u200cاش|ش)", text[end:end + 6])
                end += tail.end() if tail else 0
                out.append(Mention(m.start(), end, text[m.start():end], holder[0].id, holder[0].name, "PERSON", "role",
                                   role=f"{pos.title} (counterpart)"))
                break
    return out


def _after_prefix(text: str, m: Mention, matcher: Matcher) -> bool:
    before = _words_before(text, m.start, 1)
    return bool(before) and matcher.prefixes.get(match_key(before[-1][2])) == "deputy"


def resolve_deputy_of_person(kb: KnowledgeBase, person_id: str, day: dt.date | None, named: set[str]) -> list[Actor]:
    """"معاون اسماعیل هنیه": whoever held the deputy of his office, on the day or during his tenure."""
    out: list[Actor] = []
    for p in kb.positions_of(person_id, day):
        if p.title.startswith(("deputy-", "acting-")):
            continue
        for c in kb.holders(f"deputy-{p.title}", p.of, day if day else None):
            if c.id != person_id and c not in out and (day or _overlaps(c, f"deputy-{p.title}", p)):
                out.append(c)
    out.sort(key=lambda c: c.id not in named)
    return out


def _overlaps(actor: Actor, title: str, pos) -> bool:
    for q in actor.positions:
        if q.title == title and q.of == pos.of:
            a0, a1 = q.start or dt.date.min, q.end or dt.date.max
            b0, b1 = pos.start or dt.date.min, pos.end or dt.date.max
            if a0 <= b1 and b0 <= a1:
                return True
    return False


def _deputy_mentions(text: str, mentions: list[Mention], kb: KnowledgeBase, day, named, matcher) -> list[Mention]:
    out = []
    for m in mentions:
        if m.type != "PERSON" or not m.kb_id or m.how == "role":
            continue
        before = _words_before(text, m.start, 1)
        if before and matcher.prefixes.get(match_key(before[-1][2])) == "deputy" and _rx_fullmatch(r"\s*", text[before[-1][1]:m.start]):
            cands = resolve_deputy_of_person(kb, m.kb_id, day, named)
            ws = before[-1][0]
            phrase = text[ws:m.end]
            if cands:
                c = cands[0]
                out.append(Mention(ws, m.end, phrase, c.id, c.name, "PERSON", "role", role=f"deputy of {m.name}",
                                   candidates=[x.name for x in cands] if len(cands) > 1 else []))
    return out


def _fuzzy_names(text: str, mentions: list[Mention], hits: list[Hit], matcher: Matcher, kb: KnowledgeBase,
                 named: set[str]) -> list[Mention]:
    """A misspelt full name ("صالح العارودی") is linked when it is close to exactly one known actor."""
    out = list(mentions)
    occupied = bytearray(len(text) + 1)
    for x in out:
        occupied[x.start:x.end] = b"\x01" * (x.end - x.start)
    for m in _rx_finditer(r"(?<![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])([\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF]{2,}) (ال[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF]{3,})(?![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])", text):
        if any(occupied[m.start():m.end()]):
            continue
        key = match_key(m.group(0))
        best = process.extract(key, list(matcher.full_keys), scorer=fuzz.ratio, limit=2)
        if not best or best[0][1] < 88:
            continue
        ids = matcher.full_keys[best[0][0]]
        if len(set(ids)) != 1 or (len(best) > 1 and best[1][1] >= 85 and matcher.full_keys[best[1][0]] != ids):
            continue
        a = kb.actors[ids[0]]
        out.append(Mention(m.start(), m.end(), m.group(0), a.id, a.name, "PERSON", "fuzzy"))
        named.add(a.id)
    return sorted(out, key=lambda x: x.start)


_STOP = frozenset("و در با از به که این آن را برای تا بر یا هم نیز همچنین گفت کرد اظهار داشت افزود سخنگوی رئیس".split())


def _unknown_names(text: str, mentions: list[Mention], kb: KnowledgeBase, matcher: Matcher) -> list[Mention]:
    """Person names not in the knowledge base, introduced by an honorific or in apposition before a role."""
    out: list[Mention] = []
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    hon = "|".join(sorted((re.escape(h) for h in kb.descriptions.get("honorifics", [])), key=len, reverse=True))
    if hon:
        for m in _rx_finditer(rf"(?<![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])(?:{hon})\s+((?:[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c]+\s?){{2,3}})", text):
            words = [w for w in m.group(1).split() if w]
            words = [w for w in words[:3]]
            while words and (words[-1] in _STOP or matcher.prefixes.get(match_key(words[-1]))):
                words.pop()
            if len(words) < 2 or any(w in _STOP for w in words):
                continue
            s = m.start(1)
            e = s + len(" ".join(words))
            if free(s, e) and free(m.start(), s):
                out.append(Mention(m.start(), e, text[m.start():e], None, text[s:e], "PERSON", "unknown-name"))
                taken[m.start():e] = b"\x01" * (e - m.start())
    for r in [m for m in mentions if m.how == "role" and not m.kb_id]:
        ws = _words_before(text, r.start, 3)
        gap_ok = ws and _rx_fullmatch(r"\s*[،,]\s*", text[ws[-1][1]:r.start])  # apposition: "X، سخنگوی Y"
        if not gap_ok:
            continue
        words = []
        for s, e, w in reversed(ws):
            if w in _STOP or not free(s, e) or w.endswith(("مین", "ها")) or any(c.isdigit() for c in w):
                break
            words.insert(0, (s, e, w))
        if len(words) >= 2:
            s, e = words[-2][0] if len(words) >= 2 else words[0][0], words[-1][1]
            out.append(Mention(s, e, text[s:e], None, text[s:e], "PERSON", "unknown-name"))
            r.name = text[s:e]
    return out


def _home_state(article: CleanArticle, kb: KnowledgeBase) -> str | None:
    """The state of the reporting outlet: what "کشورمان" ("our country") means in its copy."""
    o = kb.outlet_named(article.meta.outlet)
    return o.country if o is not None and o.country in kb.actors else None


def _resolve_description(text: str, h: Hit, entry: Entry, mentions: list[Mention], kb: KnowledgeBase,
                         sentences: list[Sentence], sent_of: list[int], home: str | None = None) -> Mention | None:
    cls = entry.ref
    surface = text[h.start:h.end]
    if cls == "own_state":  # after a role ("وزیر امور خارجه کشورمان") it only qualifies the role
        qualifies = any(m.end <= h.start and not text[m.end:h.start].strip() and m.type in ("PERSON", "ORG")
                        for m in mentions)
        return None if qualifies or not home else Mention(h.start, h.end, surface, home, kb.actors[home].name,
                                                          "COUNTRY", "description")
    i = _first_at(mentions, h.start)
    before = [m for m in mentions[max(0, i - 60):i] if m.end <= h.start and m.kb_id]
    if cls == "org":
        for m in reversed(before):
            if m.type == "ORG":
                return Mention(h.start, h.end, surface, m.kb_id, m.name, "ORG", "description")
    elif cls == "state":
        for m in reversed(before):
            if m.type == "COUNTRY" and m.how != "adjective":
                return Mention(h.start, h.end, surface, m.kb_id, m.name, "COUNTRY", "description")
    elif cls == "place":
        for m in reversed(before):
            if m.type == "PLACE" and m.how == "name":
                return Mention(h.start, h.end, surface, m.kb_id, m.name, "PLACE", "description")
    elif cls == "person":
        # "این عضو ارشد حماس": a person affiliated with the organisation that follows, else the last person
        nxt = _following_actor(text, h.end, mentions, kb)
        end = nxt.end if nxt is not None and nxt.type in ("ORG", "COUNTRY") else h.end
        for m in reversed(before):
            if m.type == "PERSON" and m.how != "pronoun":
                if nxt is None or nxt.type not in ("ORG", "COUNTRY") or kb.affiliation(m.kb_id) == nxt.kb_id or (
                    kb.actors.get(m.kb_id) and nxt.kb_id in {p.of for p in kb.actors[m.kb_id].positions}
                ):
                    return Mention(h.start, end, text[h.start:end], m.kb_id, m.name, "PERSON", "description")
    elif cls == "parties":
        return Mention(h.start, h.end, surface, None, "parties", "PARTIES", "parties")
    return None


_PRONOUN_RE = re.compile(r"(?<![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c])(وی|او|ایشان)(?![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c])")


def _pronouns(text: str, mentions: list[Mention], sentences: list[Sentence], sent_of: list[int],
              kb: KnowledgeBase) -> list[Mention]:
    """وی/او/ایشان → the person who is the subject nearby: earlier in the same sentence, else the closest
    earlier sentence that names a person (its first person: Persian subjects come first)."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.type == "PERSON" and (m.kb_id or m.how == "unknown-name"):
            by_sentence.setdefault(sent_of[m.start], []).append(m)
    out: list[Mention] = []
    for pm in _PRONOUN_RE.finditer(text):
        si = sent_of[pm.start()]
        same = [m for m in by_sentence.get(si, []) if m.end <= pm.start()]
        # in its own clause the subject is usually dropped or "خود": a pronoun there points to someone else named
        # ("در گفت‌وگو با پزشکیان پیروزی وی را تبریک گفت"), unless the subject is the only person named
        others = [m for m in same if m.kb_id != same[0].kb_id and m.how != "pronoun"] if same else []
        target = (others[-1] if others and not _rx_search(r"[،,]\s*$", text[max(0, pm.start() - 3):pm.start()])
                  else (same[0] if same else None))
        j = si - 1
        while target is None and j >= 0 and si - j <= 8:
            cand = by_sentence.get(j)
            if cand:
                target = cand[0]
            j -= 1
        if target is not None:
            pron = Mention(pm.start(), pm.end(), pm.group(1), target.kb_id, target.name, "PERSON", "pronoun")
            out.append(pron)
            if not by_sentence.get(si):
                by_sentence.setdefault(si, []).append(pron)
    return out


def _entities(mentions: list[Mention], kb: KnowledgeBase, article: CleanArticle) -> list[Entity]:
    by_key: dict[str, Entity] = {}
    for m in mentions:
        if m.how in ("adjective", "pronoun", "parties", "description", "metonym"):
            continue
        if not m.kb_id and m.how != "unknown-name":
            continue
        key = m.kb_id or f"?{m.name}"
        ent = by_key.get(key)
        if ent is None:
            a = kb.actors.get(m.kb_id) if m.kb_id else None
            ent = Entity(m.name, m.type, m.kb_id, country=a.country if a else (kb.places[m.kb_id].country if m.kb_id in kb.places else None),
                         sector=a.sector if a else None, wikidata=a.wikidata if a else None)
            by_key[key] = ent
        if m.how not in ("role",) and m.text not in ent.forms:
            ent.forms.append(m.text)
        ent.mentions.append((m.start, m.end))
        # a region named after its country mentions the country too: "جنوب لبنان" → Lebanon
        if m.type == "PLACE" and m.kb_id in kb.places and kb.places[m.kb_id].kind in ("region",):
            c = kb.places[m.kb_id].country
            if c and c in kb.actors and c not in by_key and any(match_key(f) in match_key(m.text) for f in kb.actors[c].fa):
                st = kb.actors[c]
                by_key[c] = Entity(st.name, "COUNTRY", c, forms=[m.text], country=c, sector=st.sector, wikidata=st.wikidata,
                                   mentions=[(m.start, m.end)])
    meta = article.meta
    for name in [meta.outlet, *meta.cites]:
        if not name:
            continue
        o = kb.outlet_named(name)
        key = o.id if o else f"?{name}"
        if key not in by_key:
            by_key[key] = Entity(name, "MEDIA", o.id if o else None, forms=[], country=o.country if o else None)
    return list(by_key.values())
