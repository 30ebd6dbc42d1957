"""Where an event happened: "در X" in the trigger's clause, a visit's destination, the meeting where a statement was made; CONSULT modes from where the parties come from."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from rasad.annotate.events.chains import (
    _is_noun_trigger,
)
from rasad.annotate.events.grammar import (
    _ARRIVED_AT,
    _CUE_BOUNDARY,
    _EPISODE_IN,
    _IN_MEETING,
    _TOPIC_BEFORE_PLACE,
    _VISIT_TO,
    COURT_BEFORE_CITY,
    PLACE_HEAD,
    PLACE_HEAD_WORDS,
    SEATED_BODIES,
    SPEECH_RULES,
    SPEECH_TYPES,
)
from rasad.annotate.link.linker import Linked
from rasad.kb.knowledge import KnowledgeBase
from rasad.records import Event, Mention
from rasad.text.rx import search as _rx_search
from rasad.text.sentences import Sentence


@lru_cache(maxsize=64)
def _cue_bounds(text: str, lo: int, hi: int) -> tuple[int, ...]:
    """Where the speech cues of text[lo:hi] end. Cached: every trigger and place of a sentence asks again (a str
    keeps its hash, so the key costs nothing after the first call)."""
    return tuple(m.end() for m in _CUE_BOUNDARY.finditer(text, lo, hi))


def _clause(text: str, s: Sentence, ts: int) -> tuple[int, int]:
    """The part of a sentence a trigger belongs to: the speech act before a cue, or the reported words after it."""
    bounds = _cue_bounds(text, s.start, s.end)
    if not bounds:
        return s.start, s.end
    i = bisect.bisect_right(bounds, ts)  # the bounds ascend: those at or before ts, then those after it
    return (bounds[i - 1] if i else s.start), (bounds[i] if i < len(bounds) else s.end)


def _quoted(before: str) -> bool:
    """Whether a quotation opened in ``before`` is still open at its end (a slogan's or a title's words)."""
    return before.count("«") > before.count("»") or before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_QUOTE_PAIRS = {"«": "»", '"': '"', "“": "”"}


def _name_quoted(text: str, m: Mention) -> bool:
    """(session 26 A7) The place's name alone in quotes ('در استان غربی "حماه" بیرون راندند'): a name set off, not a
    slogan's words."""
    opener = text[m.start - 1:m.start]
    return opener in _QUOTE_PAIRS and text[m.end:m.end + 1] == _QUOTE_PAIRS[opener]


def _place_of(text: str, s: Sentence, linked: Linked, kb: KnowledgeBase, c0: int, c1: int, ts: int, te: int,
              place_before: re.Pattern, place_to: re.Pattern | None = None) -> tuple[str | None, str | None]:
    """"در X" (X a place or a state) in the trigger's clause: before a verb trigger (Persian adjuncts precede the
    verb), or after a noun trigger ("پس از دیدار ... در دمشق"); "به/حومه X" for attacks."""
    noun = _is_noun_trigger(text[ts:te])
    best = None
    spots = [m for m in linked.in_span(c0, c1) if m.type in ("PLACE", "COUNTRY") and m.kb_id
             and m.how in ("name", "short", "description")]
    for m in spots:
        inside = ts < m.start and m.end <= te  # "در نشست ... در جده شرکت کرد"
        if (inside or noun and m.start >= te) and _quoted(text[ts:m.start]) and not _name_quoted(text, m):
            # (session 24) a place in a slogan: "تظاهراتی با شعار «نه به کشتار در غزه» برگزار شد"; (session 28 A) or
            # in words quoted after a noun trigger: "با استقبال از تصمیم X، به «... حمله‌ای در آلبانی» اشاره کرد"
            continue
        if not noun and not inside and (m.start > ts or ts - m.end > 80 or _clause_cut(text, m, spots, ts, linked, c0)):
            continue
        before = text[max(c0, m.start - 40):m.start]
        if not noun and not inside and m.type == "COUNTRY" and _TOPIC_BEFORE_PLACE.search(text, max(c0, m.start - 90), m.start):
            continue  # (session 24) "درباره وضعیت ... در افغانستان گفت‌وگو کردند": the topic's state, not the place
        if place_before.search(before):
            if _wider_after(kb, text, best, m):
                continue
            best = m
            if noun and m.start > ts:
                break
        elif best is None and place_to is not None and place_to.search(before):
            best = m
    return (best.name, best.kb_id) if best is not None else (None, None)


def _wider_after(kb: KnowledgeBase, text: str, best: Mention | None, m: Mention) -> bool:
    """(session 27 S) "در منطقه سیرکان شهرستان سراوان کشته شدند": a county or region named right after a town (three
    words at most between) tells where the town lies; the town stays the event's place. (session 28 AS2) So does the
    town's own state so named ("در شهر موگادیشو پایتخت سومالی")."""
    a = kb.places.get(best.kb_id) if best is not None and best.kb_id else None
    if a is None or best is None or a.kind not in _FINE_KINDS or not 0 <= m.start - best.end \
            or len(text[best.end:m.start].split()) > 3:
        return False
    if m.type == "COUNTRY":  # (session 28 AS2) "در شهر موگادیشو پایتخت سومالی": the town's own state after it
        return a.country == m.kb_id
    b = kb.places.get(m.kb_id) if m.kb_id else None
    return b is not None and b.kind in _WIDE_KINDS and a.country == b.country


_FINE_KINDS = frozenset({"city", "site", "capital"})
_WIDE_KINDS = frozenset({"county", "region"})


def _clause_cut(text: str, m: Mention, spots: list[Mention], ts: int, linked: Linked | None = None, c0: int = 0) -> bool:
    """A comma or a clause opener between a place before a verb trigger and the trigger (past the places listed with
    it): the place is another clause's."""
    after = _after_list(text, m, spots, ts)
    if linked is not None and "،" in after:
        after = _without_appositions(text, ts - len(after), ts, linked)
        if after.lstrip().startswith("،") and _SIMULTANEOUS.match(text, max(c0, text.rfind("،", c0, m.start) + 1), m.start):
            after = after.lstrip()[1:]  # "هم‌زمان با دادگاه ... در مشهد، جمعی ... تجمع کردند": the comma ends the adjunct
    if _APPOSITION_COMMA.fullmatch(after):
        after = ""  # "به ساختمانی در صنعا، مرکز ... در یمن، حمله کرد": the comma closes an apposition
    return _CLAUSE_OPENER.search(after) is not None


def _without_appositions(text: str, lo: int, hi: int, linked: Linked) -> str:
    """(session 24) text[lo:hi] without the appositions its commas enclose: a place's ("در آنکارا، پایتخت ترکیه از
    ... استقبال کرد") and a name's ("از همتای اوکراینی خود، ولودیمیر زلنسکی، استقبال کرد"); they part no clause."""
    parts, pos = [], lo
    for x in linked.in_span(lo, hi):
        if x.start >= pos and x.end <= hi:
            parts += [text[pos:x.start], "\x00"]
            pos = x.end
    masked = "".join(parts) + text[pos:hi]
    masked = _PLACE_APPOSITION.sub(" ", masked)
    return _NAME_APPOSITION.sub(" ", masked)


_APPOSITION_COMMA = re.compile(r"\s*،\s*")
_PLACE_APPOSITION = re.compile(rf"،\s*(?:(?:دومین|سومین|بزرگترین|بزرگ‌ترین)\s+)?(?:{PLACE_HEAD_WORDS}|مرکز)\s+(?:استان\s+|ولایت\s+)?\x00")
_NAME_APPOSITION = re.compile(r"،\s*\x00\s*(?=،)،?")
_SIMULTANEOUS = re.compile(r"\s*(?:\S+\s+){0,4}?(?:هم[\s\u200c]*زمان|همزمان)\s+با\s"
                           # (session 32 ORG) an attack's adjunct before its toll: "در حمله انتحاری به مقر X در
                           # پیشاور، سه افسر کشته شدند", after "که" too (the toll is the attack's, in its place)
                           r"|(?:[^،]*\sکه)?\s*در\s+(?:جریان\s+|پی\s+)?(?:حمله|حملات|انفجار|انفجارهای|تیراندازی|بمباران)[\s\u200c]")
_CLAUSE_OPENER = re.compile(r"[،؛]|(?:^|\s)(?:که|چون|زیرا)\s")
_LISTED_NEXT = re.compile(r"\s*[،,]?\s*(?:و\s+)?")


def _signed_there(kb: KnowledgeBase, e: Event, mt: Event) -> bool:
    """"ایران و روسیه پیمان ... امضا کردند" beside Pezeshkian's meeting with Putin in Moscow: an agreement or a
    cooperation between the states whose leaders met was made where they met."""
    if e.type not in ("AGREE", "COOPERATE"):
        return False
    met = {kb.country_of(i) or i for i in mt.source_ids + mt.target_ids if i}
    return any((kb.country_of(i) or i) in met for i in e.source_ids if i) and \
        any((kb.country_of(i) or i) in met for i in e.target_ids if i)


def _after_list(text: str, m: Mention, spots: list[Mention], ts: int) -> str:
    """The words between a place and the trigger, past the other places listed with it ("در جنین، طولکرم و طوباس
    ... هدف قرار دادند": the list's commas part no clause)."""
    pos = m.end
    for o in spots:
        if o.start >= pos and _LISTED_NEXT.fullmatch(text, pos, o.start):
            pos = o.end
    return text[pos:ts]


def _destination(text: str, linked: Linked, c0: int, c1: int, ts: int, te: int) -> Mention | None:
    """Where a visit goes: "به X سفر کرد" (X before the verb) or "سفر به X" (X after the noun)."""
    places = [m for m in linked.in_span(c0, c1) if m.type in ("PLACE", "COUNTRY") and m.kb_id
              and m.how in ("name", "short", "description")]  # "به این کشور سفر کرد": the state named before
    # "سفر دو روزه به X رفت", and the place a gapped arrival or departure names ("وارد X شد", "عازم X شد")
    inside = [m for m in places if ts < m.start and m.end <= te and
              (_rx_search(rf"(?:^|\s)به\s+{PLACE_HEAD}$", text[max(ts, m.start - 16):m.start])
               or _ARRIVED_AT.fullmatch(text, ts, m.start))]
    if inside:
        return inside[0]
    after = [m for m in places if te <= m.start <= te + 12]
    if after:
        return after[0]
    # "سفر رسمی میرضیایف، رئیس‌جمهور ازبکستان به جمهوری تاجیکستان": "به X" after the visitor's name and office
    later = [m for m in places if te < m.start <= te + 120
             and _rx_search(rf"(?:^|\s)به\s+{PLACE_HEAD}$", text[max(c0, m.start - 16):m.start])]
    if later and _is_noun_trigger(text[ts:te]):
        return later[0]
    before = [m for m in places if m.end <= ts and _rx_search(r"(?:^|\s)به\s+$", text[max(c0, m.start - 6):m.start])]
    return before[-1] if before else None


def _visited_in_clause(text: str, linked: Linked, c0: int, ts: int) -> Mention | None:
    """The place a visit named before the trigger in its clause went to ("در سفر خود به بغداد ...")."""
    return next((m for m in linked.in_span(c0, ts) if m.type in ("PLACE", "COUNTRY") and m.kb_id
                 and m.how in ("name", "short") and _VISIT_TO.search(text, max(c0, m.start - 40), m.start)), None)


def _coords(kb: KnowledgeBase, ref: str | None) -> tuple[float | None, float | None]:
    if not ref:
        return None, None
    if ref in kb.places:
        return kb.places[ref].lat, kb.places[ref].lon
    a = kb.actors.get(ref)
    return (a.lat, a.lon) if a else (None, None)


def _travel_destinations(text: str, linked: Linked) -> list[Mention]:
    """"سفر به X" / "حضور در X" anywhere in the article, in order: where a visiting party is."""
    out = []
    for m in linked.mentions:
        if m.type in ("PLACE", "COUNTRY") and m.kb_id and m.how in ("name", "short"):
            before = text[max(0, m.start - 20):m.start]
            # every match ends with one of the last words, then spacing: the others are not searched
            if before.rstrip().endswith(("به", "در", "وارد")) and _TRAVEL_BEFORE.search(before):
                out.append(m)
            # (session 27 P) "در جریان سفر جواد ظریف وزیر خارجه ایران به مسکو": the traveller named between
            elif before.rstrip().endswith("به") and _trip_named_to(text, m.start):
                out.append(m)
            # (session 24) "که ... در دوحه به سر می‌برد، در حاشیه این نشست با ... دیدار کرد": where a party stays
            elif before.rstrip().endswith("در") and _STAYING_AFTER.match(text, m.end):
                out.append(m)
            # (session 26 A3) "... در شهر قاپان امروز جمعه با حضور X و Y افتتاح شد": a ceremony there, its guests present
            elif _IN_PLACE_BEFORE.search(before) and _PRESENCE_AFTER.match(text, m.end):
                out.append(m)
    return out


def _traveller(kb: KnowledgeBase, linked: Linked, dest: Mention) -> str | None:
    """The known person named right before a destination (within 80 characters): who made that trip."""
    before = [m for m in linked.in_span(max(0, dest.start - 120), dest.start)
              if m.kb_id and m.type == "PERSON" and dest.start - m.end <= 80]
    return before[-1].kb_id if before else None


def _destination_for(e: Event, dests: list[Mention], kb: KnowledgeBase, linked: Linked) -> Mention | None:
    """(session 25) The article's first destination whose traveller, if named, is one of the meeting's parties: another
    party's trip ("ویتکاف پیش از این به X سفر کرده بود") is not where this meeting was held, and taking it flips host
    and visitor."""
    parties = set(e.source_ids + e.target_ids)
    return next((d for d in dests if (who := _traveller(kb, linked, d)) is None or who in parties), None)


_TRAVEL_BEFORE = re.compile(r"(?:(?:سفر|سفرش|ورود|حضور|اقامت)(?:\s+\S+)?\s+(?:به|در)|(?:^|\s)وارد)\s*$")
_TRIP_NAMED_TO = re.compile(r"(?:^|\s)(?:سفر|سفرش|سفری)(?:\s+[^\s،.؛:«»()]+){2,9}\s+به\s*$")


def _trip_named_to(text: str, end: int) -> bool:
    """"سفر X ... به" right before ``end``: the backtracking expression is tried only where "سفر" is in its reach (a
    match holds it), which most places' hundred characters before them are not."""
    lo = max(0, end - 100)
    return text.find("سفر", lo, end) >= 0 and _TRIP_NAMED_TO.search(text, lo, end) is not None


_IN_PLACE_BEFORE = re.compile(rf"(?:^|\s)در\s+{PLACE_HEAD}$")
# (session 26 A3) "با حضور" within six words after the place (a date between): who attended were there
_PRESENCE_AFTER = re.compile(r"(?:\s+[^\s،.؛:]+){0,6}?\s+با\s+حضور(?![\u0621-\u06FF])")
_STAYING_AFTER = re.compile(r"\s*(?:به\s*سر\s*می[\s\u200c]*بر(?:د|ند|دند|ده)|حضور\s*(?:دارد|دارند|داشت|یافت|یافتند)"
                            r"|اقامت\s*(?:دارد|دارند))(?![\u0621-\u06FF])")


def _home_comer(kb: KnowledgeBase, linked: Linked, dest: Mention | None) -> str | None:
    """(session 17) "رئیسی در بدو ورود به تهران ... گفت: دیدار خوبی با پوتین داشتیم": the person named right before
    the article's destination when it lies in their own state — they came home; a meeting of theirs was not held
    there."""
    if dest is None:
        return None
    state = kb.country_of(dest.kb_id) if dest.type == "PLACE" else dest.kb_id
    before = [m for m in linked.in_span(max(0, dest.start - 120), dest.start)
              if m.kb_id and m.type == "PERSON" and dest.start - m.end <= 80]
    return before[-1].kb_id if before and kb.country_of(before[-1].kb_id) == state else None


def _places_and_modes(events: list[Event], text: str, linked: Linked, kb: KnowledgeBase) -> None:
    """Fill places from the article (a visit's destination; a meeting's place for what its parties said there)
    and set CONSULT modes from where the parties come from."""
    dests: list[Mention] | None = None  # (session 29) read only for a meeting with no place yet (most texts have none)
    meetings = [e for e in events if e.type == "CONSULT"]
    for e in meetings:
        e.sentences.sort(key=lambda s: s["start"])
        if e.mode == "phone":
            e.location = e.location_id = e.lat = e.lon = None
            continue
        tour = e.mode == "visit" and all(i in kb.actors and kb.actors[i].type == "STATE" for i in e.target_ids)
        # (session 20) a mediator and two sides; (session 24) not a visit to several states ("به عمان و قطر رفت")
        if len({x for x in e.source_ids + e.target_ids if x}) >= 3 and e.mode != "mediate" and not tour:
            e.mode = "multilateral"
        if e.location is None:
            _seat_place(kb, e)
        if e.location is None and dests is None:
            dests = _travel_destinations(text, linked)
        dest = _destination_for(e, dests, kb, linked) if e.location is None else None
        if dest is not None and _home_comer(kb, linked, dest) not in e.source_ids + e.target_ids:
            e.location, e.location_id = dest.name, dest.kb_id
            e.lat, e.lon = _coords(kb, dest.kb_id)
            e.__dict__["location_from"] = "travel"
        _city_of_state(e, text, linked, kb)
        loc_state = kb.country_of(e.location_id) if e.location_id else None
        if e.location_id in kb.actors and kb.actors[e.location_id].type == "STATE":
            loc_state = e.location_id
        src_states = {kb.country_of(i) for i in e.source_ids if i}
        tgt_states = {kb.country_of(i) for i in e.target_ids if i}
        if e.mode in (None, "visit") and e.rule == "consult.meet.with" and loc_state:
            if loc_state in tgt_states and loc_state not in src_states:
                e.mode, e.cameo = "visit", "042"
            elif loc_state in src_states and loc_state not in tgt_states:
                e.mode, e.cameo = "visit", "042"
                e.source, e.target = e.target, e.source
                e.source_ids, e.target_ids = e.target_ids, e.source_ids
            elif loc_state not in src_states | tgt_states:
                e.mode, e.cameo = "third-party", "044"
    _same_day_meetings(meetings, kb)
    for e in events:  # what the parties said or did in a meeting or call happened then
        if e.type == "CONSULT" or e.date_precision != "reported":
            continue
        for mt in meetings:
            same_sentence = {x["start"] for x in e.sentences} & {x["start"] for x in mt.sentences}
            in_meeting = any(_IN_MEETING.search(x["text"]) for x in e.sentences) or not e.__dict__.get("in_speech", True)
            if mt.date and mt.date_precision in ("explicit", "relative") and (same_sentence or in_meeting) and set(
                    filter(None, e.source_ids)) & set(filter(None, mt.source_ids + mt.target_ids)):
                e.date, e.date_precision = mt.date, mt.date_precision
                break
    for e in events:
        if e.type == "ASSAULT" and (e.location is None or _is_state(kb, e.location_id)):
            _place_told_after(text, linked, kb, e)
        if e.location is None and e.type in _JUDICIAL_TYPES:
            _court_city(text, linked, kb, e)
        if e.location is None and e.type != "CONSULT" and e.type not in SPEECH_TYPES and e.rule not in SPEECH_RULES:
            _seat_place(kb, e)
        if e.location is None:
            _unit_place(linked, kb, e)
        if e.location is None:
            _local_body_place(kb, e)
        if e.location is None:
            _unseen_attack_home(kb, e)
        if e.location is None and e.type in ("ASSAULT", "COERCE"):
            _place_told_before(text, linked, kb, e)
        if e.location is not None or e.type == "CONSULT":
            continue
        for mt in meetings:
            if mt.location and mt.location_id in kb.places and mt.__dict__.get("location_from") != "travel" and (set(
                filter(None, e.source_ids)) & set(filter(None, mt.source_ids + mt.target_ids)) or _signed_there(kb, e, mt)
            ) and (e.date == mt.date or not (e.date and mt.date)):
                e.location, e.location_id, e.lat, e.lon = mt.location, mt.location_id, mt.lat, mt.lon
                break
    _episode_places(events, kb)
    _summons_capitals(events, kb)


def _city_of_state(e: Event, text: str, linked: Linked, kb: KnowledgeBase) -> None:
    """A meeting placed in a state happened in the city of that state the article names as where someone is or goes
    ("در/به X", (session 27 P) "عازم X شد", "وارد X شد"): the finer place."""
    if not (e.location_id in kb.actors and kb.actors[e.location_id].type == "STATE"):
        return
    city = next((m for m in linked.mentions if m.type == "PLACE" and m.kb_id in kb.places
                 and kb.places[m.kb_id].country == e.location_id and kb.places[m.kb_id].kind in ("capital", "city")
                 and _CITY_REACHED.search(text, max(0, m.start - 8), m.start)), None)
    if city is not None:
        e.location, e.location_id = city.name, city.kb_id
        e.lat, e.lon = _coords(kb, city.kb_id)


_CITY_REACHED = re.compile(r"(?:(?:^|\s)(?:در|به|عازم|وارد)|(?<![\u0621-\u06FF])(?:شهر))\s+$")
_JUDICIAL_TYPES = frozenset({"COERCE", "ACCUSE"})
# (session 27 A3) acts of force that one episode tells one after another: jets downed, then a pilot captured
_EPISODE_TYPES = frozenset({"ASSAULT", "COERCE"})
_EPISODE_REACH = 400  # characters from the first sentence of the act before to this act's: the next sentence or two


def _states_of(kb: KnowledgeBase, ids: list[str]) -> set[str]:
    """The states a side stands for: each state itself, each body or person as its state ("ارتش پاکستان" is Pakistan's)."""
    return {i if i in kb.actors and kb.actors[i].type == "STATE" else kb.country_of(i) for i in ids if i} - {None}


def _episode_places(events: list[Event], kb: KnowledgeBase) -> None:
    """(session 27 A3) "... دو جنگنده هند را در کشمیر سرنگون کرد. ... یک خلبان هند نیز به اسارت گرفته شده است": an act
    of force with no place of its own, told right after one between the same two states that has a place, happened
    there — the same episode goes on. Both sides must be named and of the same states; nothing is taken across a gap."""
    placed = [e for e in events if e.type in _EPISODE_TYPES and e.location_id and e.sentences]
    for e in events:
        if e.location is not None or e.type not in _EPISODE_TYPES or not e.sentences:
            continue
        src, tgt = _states_of(kb, e.source_ids), _states_of(kb, e.target_ids)
        start = min(x["start"] for x in e.sentences)
        before = next((p for p in placed if src and tgt and 0 < start - min(x["start"] for x in p.sentences) <= _EPISODE_REACH
                       and src == _states_of(kb, p.source_ids) and tgt == _states_of(kb, p.target_ids)), None)
        if before is not None:
            e.location, e.location_id, e.lat, e.lon = before.location, before.location_id, before.lat, before.lon


def _unit_place(linked: Linked, kb: KnowledgeBase, e: Event) -> None:
    """(session 27 A4) "در درگیری مرزبانان هنگ مرزی سراوان با اشرار، ... به شهادت رسیدند": an attack whose attacker
    and place the sentence leaves untold, on a unit named with its town right after it (a regiment, a post), struck
    the unit there: the town of the unit's own state that its name ends with."""
    if e.type != "ASSAULT" or any(e.source_ids) or len(e.target_ids) != 1 or not e.sentences:
        return
    home = kb.country_of(e.target_ids[0]) if e.target_ids[0] else None
    for sent in e.sentences:
        ms = linked.in_span(sent["start"], sent["start"] + len(sent["text"]))
        for unit, town in zip(ms, ms[1:]):
            if unit.kb_id == e.target_ids[0] and 0 < town.start - unit.end <= 1 and town.type == "PLACE" \
                    and town.kb_id in kb.places and kb.places[town.kb_id].country == home:
                e.location, e.location_id = town.name, town.kb_id
                e.lat, e.lon = _coords(kb, town.kb_id)
                return


def _local_body_place(kb: KnowledgeBase, e: Event) -> None:
    """(session 29 ENT) "وزارت اطلاعات اعضای شورای شهر صباشهر را بازداشت کرد": an act with no place of its own on (or
    by) a body of one place — a city's council or municipality, an embassy (composed.yaml ``at_place``) — happened at
    that place. The target's place first: the act reached it there."""
    for i in [*e.target_ids, *e.source_ids]:
        place = getattr(kb.actors.get(i or ""), "at_place", None)
        if place in kb.places:
            e.location, e.location_id = kb.places[place].name, place
            e.lat, e.lon = _coords(kb, place)
            return


def _is_state(kb: KnowledgeBase, actor_id: str | None) -> bool:
    return actor_id in kb.actors and kb.actors[actor_id].type == "STATE"


# (session 27 A6) the attack pointed back to and placed: "این انفجار در منطقه X ... رخ داده است"
_THIS_ATTACK_IN = re.compile(r"(?<![\w\u200c])(?:این|همین)\s+(?:انفجار|انفجارها|حمله|حملات|بمب[\s\u200c]*گذاری|"
                             r"حادثه|رویداد|عملیات|تیراندازی)\s+(?:تروریستی\s+)?در\s+")
_TOLD_AFTER_REACH = 200  # characters after the attack's sentence: the next sentence


def _place_told_after(text: str, linked: Linked, kb: KnowledgeBase, e: Event) -> None:
    """(session 27 A6) "انفجار بمب در جنوب‌غرب این کشور ... . این انفجار در منطقه X واقع در ... رخ داده است": an
    attack placed only in a state (or nowhere), whose next sentence places "this blast", happened at that finer place
    of the same state."""
    end = e.offsets[1]
    m = _THIS_ATTACK_IN.search(text, end, end + _TOLD_AFTER_REACH)
    if m is None:
        return
    place = next((x for x in linked.in_span(m.end(), m.end() + 30) if x.type == "PLACE" and x.kb_id in kb.places), None)
    if place is None or e.location_id is not None and kb.places[place.kb_id].country != e.location_id:
        return
    e.location, e.location_id = place.name, place.kb_id
    e.lat, e.lon = _coords(kb, place.kb_id)


_TOLD_BEFORE_REACH = 500  # characters before the act's sentence: the sentence or two that set the scene


def _place_told_before(text: str, linked: Linked, kb: KnowledgeBase, e: Event) -> None:
    """(session 28 AS) "درگیری ... در منطقه X رخ داد. ... مرزبانان Y به سمت مرزبانان Z آتش گشودند", "... در تجمع
    معلمان در تهران ... . ... از حمله نیروهای امنیتی به تجمع‌کنندگان خبر داده بودند": an attack or arrest with no
    place of its own happened where the episode told just before it was — a place of one of its sides' states."""
    start = e.offsets[0]
    states = {kb.country_of(i) or i for i in e.source_ids + e.target_ids if i}
    for m in reversed(linked.in_span(max(0, start - _TOLD_BEFORE_REACH), start)):
        if m.type != "PLACE" or m.kb_id not in kb.places or kb.places[m.kb_id].country not in states:
            continue
        if _EPISODE_IN.search(text, max(0, m.start - 160), m.start):
            e.location, e.location_id = m.name, m.kb_id
            e.lat, e.lon = _coords(kb, m.kb_id)
        return


def _unseen_attack_home(kb: KnowledgeBase, e: Event) -> None:
    """(session 26 A) "صدها تن از اعضای حزب‌الله بر اثر انفجار پیجرها زخمی شدند": an attack whose attacker and place
    the sentence leaves untold, on a group that is no state, struck the group where it lives (its state)."""
    if e.type != "ASSAULT" or any(e.source_ids) or len(e.target_ids) != 1:
        return
    group = kb.actors.get(e.target_ids[0] or "")
    home = kb.actors.get(group.country or "") if group is not None and group.type != "STATE" else None
    if home is not None and home.type == "STATE":
        e.location, e.location_id = home.name, home.id
        e.lat, e.lon = _coords(kb, home.id)


def _court_city(text: str, linked: Linked, kb: KnowledgeBase, e: Event) -> None:
    """(session 25) "شعبه ۲۶ دادگاه انقلاب تهران ... X را به یک سال زندان محکوم کرد": a court, a prosecutor's
    office or a prosecutor named by its city before the trigger, in its sentence, acted in that city."""
    lo, hi = e.offsets
    ts = text.find(e.trigger, lo, hi) if e.trigger else -1
    for m in linked.in_span(lo, ts if ts >= 0 else lo):
        if m.type == "PLACE" and m.kb_id in kb.places and kb.places[m.kb_id].kind in ("capital", "city") \
                and COURT_BEFORE_CITY.search(text, max(lo, m.start - 40), m.start):
            e.location, e.location_id = m.name, m.kb_id
            e.lat, e.lon = _coords(kb, m.kb_id)
            return


def _seat_place(kb: KnowledgeBase, e: Event) -> None:
    """(session 24) "در حاشیه مجمع عمومی سازمان ملل ... دیدار کرد": an event done at a body that sits in one city
    (grammar.yaml seated_bodies) happened in that city."""
    for s in e.sentences:
        place = next((p for rx, p in SEATED_BODIES if p in kb.places and rx.search(s["text"])), None)
        if place is not None:
            e.location, e.location_id = kb.places[place].name, place
            e.lat, e.lon = _coords(kb, place)
            return


def _same_day_meetings(meetings: list[Event], kb: KnowledgeBase) -> None:
    """"عراقچی پیش از آغاز مذاکرات با البوسعیدی دیدار کرد" beside the talks in Muscat that day: one person's
    meetings in person on one day are in one city (branch diplomacy)."""
    for e in meetings:
        if e.location is not None or e.mode == "phone" or not e.date:
            continue
        people = {i for i in e.source_ids + e.target_ids if i and not (i in kb.actors and kb.actors[i].type in ("STATE", "ORG"))}
        mt = next((m for m in meetings if m is not e and m.date == e.date and m.location_id in kb.places
                   and m.__dict__.get("location_from") != "travel" and people & set(m.source_ids + m.target_ids)), None)
        if mt is not None:
            e.location, e.location_id, e.lat, e.lon = mt.location, mt.location_id, mt.lat, mt.lon


# (session 27 A3) the rules of an envoy summoned to a foreign ministry (frame summon), not a court's summons
_SUMMON_RULES = frozenset({"headline.summon", "accuse.summon", "accuse.summon.shared", "accuse.summon.announced",
                           "accuse.summon.while"})


def _capital_of(kb: KnowledgeBase, state: str) -> str | None:
    """A state's capital among the knowledge base's places (looked up only for a summons with no place: rare)."""
    return next((pid for pid, p in kb.places.items() if p.kind == "capital" and p.country == state), None)


def _summons_capitals(events: list[Event], kb: KnowledgeBase) -> None:
    """(session 27 A3) "سفیر X به وزارت امور خارجه احضار شد": an envoy is summoned to the summoning state's foreign
    ministry, which sits in its capital; with no place told, the summons happened there."""
    for e in events:
        if e.location is not None or e.rule not in _SUMMON_RULES:
            continue
        states = _states_of(kb, e.source_ids)
        capital = _capital_of(kb, next(iter(states))) if len(states) == 1 else None
        if capital is not None:
            e.location, e.location_id = kb.places[capital].name, capital
            e.lat, e.lon = _coords(kb, capital)
