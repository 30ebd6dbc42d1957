"""Roles: "سرپرست وزارت امور خارجه" composed with what follows and resolved to whoever held the office on the article's date; counterparts ("همتای ... خود") and deputies of a named person."""

from __future__ import annotations

import datetime as dt
import re

from rapidfuzz import fuzz

from rasad.annotate.link.matcher import (
    Entry,
    Hit,
    Matcher,
    _words_before,
    last_word_before,
)
from rasad.annotate.link.names import (
    MIN_WORD_RATIO,
    _first_at,
    _following_actor,
    _preceding_person,
)
from rasad.annotate.words import grammar, grammar_words, phrases
from rasad.kb.knowledge import Actor, KnowledgeBase
from rasad.kb.model import Title
from rasad.records import Mention
from rasad.text.normalize import match_key
from rasad.text.rx import fullmatch as _rx_fullmatch
from rasad.text.rx import match as _rx_match


def _resolve_role(text: str, h: Hit, entry: Entry, mentions: list[Mention], kb: KnowledgeBase, day: dt.date | None,
                  named: set[str], matcher: Matcher, window: tuple[dt.date, dt.date] | None = None,
                  home: str | None = None) -> Mention | None:
    title = kb.titles[entry.ref]
    title_id = title.holds or entry.ref
    start, end = h.start, h.end
    if _the_presidency(text, start, end):
        return None  # (session 13) "انتخابات ریاست جمهوری ایران", "نهاد ریاست جمهوری": the office itself, no person
    if title.not_before and next(iter(text[end:end + 12].split()), None) in title.not_before:
        return None  # (session 17) "امیر سرتیپ": a rank, not the title
    modifier, start = _modifier_before(text, start, title_id, matcher, kb)
    # "رئیس‌جمهور منتخب ایران": the elect; "رئیس‌جمهور سابق": a former holder
    # (session 17) "جدید": the new holder, still the office's ("رئیس جدید مجلس نمایندگان عراق")
    # (session 21) also before a kicker's "؛" or a headline's ":" ("در تماس تلفنی ... با رئیس‌جمهور منتخب؛")
    # (session 27 A5) "قانونی"/"مشروع": the lawful holder ("رئیس جمهوری قانونی این کشور"), the office still the day's
    status = _rx_match(r"\s+(منتخب|سابق|پیشین|وقت|جدید|قانونی|مشروع)(?=[\s،,؛:.»)]|$)", text[end:end + 12])
    look_from = end + status.end() if status else end
    of, role_end, seat_title = _office_of(text, start, end, look_from, title, mentions, kb, home)
    if seat_title is not None:
        title_id, title = seat_title, kb.titles[seat_title]
    elif title.at_place and of in kb.places:  # "دادستان کل استانبول": the city's own office
        title_id, title = title.at_place, kb.titles[title.at_place]
    elif _presidency(text, start, end, of, title_id, kb):  # "رئیس جمهوری آذربایجان": the president, not a "head" of it
        title_id, title = "president", kb.titles["president"]
    elif (gov := _head_of_government(text, end, of, title_id, kb, day)) is not None:
        title_id, title = gov, kb.titles[gov]  # (session 20) "رئیس دولت عراق": Iraq's prime minister that day
    full_title = f"{modifier}-{title_id}" if modifier else title_id
    phrase = text[start:role_end]
    elect = bool(status and status.group(1) == "منتخب")
    candidates = _holders_on(text, start, kb, full_title, title_id, modifier, of, day, elect)
    if status and status.group(1) == "جدید" and of is not None and day is not None:
        candidates = _new_holders(kb, full_title, of, day, candidates)
    state_office = _state_office(kb, phrase, title, of) if not candidates and not modifier and day else None
    if state_office is not None:  # "سخنگوی وزارت خارجه پاکستان": the state's own office, not a ministry's spokesperson
        alt = _holders_of(kb, state_office[0], state_office[0], None, state_office[1], day, elect) or \
            _held_in_state(kb, state_office[0], state_office[1], kb.actors[of].sector, day)
        if alt:
            title_id, title = state_office[0], kb.titles[state_office[0]]
            full_title, of, candidates = title_id, state_office[1], alt
    apposed = _preceding_person(text, start, mentions)
    if apposed is not None:
        # "اسحاق دار، وزیر خارجه": an office with nothing after it is a foreign person's own state's, not the outlet's
        own = _own_state(kb, apposed) if role_end == end and title.of is None and _is_state(kb, of) else None
        if (own is not None and own != of or _is_their_role(text, apposed, start, candidates, day)) \
                and not _anothers_office_object(text, apposed, role_end, candidates, day, kb):
            return Mention(start, role_end, phrase, apposed.kb_id, apposed.name, "PERSON", "role", role=full_title,
                           of=own or of)
    if role_end == end and title.of is None and title.needs == "STATE" and \
            (after := _office_of_named_after(text, start, role_end, of, candidates, mentions, kb, day)) is not None:
        return Mention(start, role_end, phrase, after[0].kb_id, after[0].name, "PERSON", "role", role=full_title,
                       of=after[1])
    if status and status.group(1) in ("سابق", "پیشین"):
        return _former_office(kb, (start, role_end, phrase), title_id, full_title, of, day, named)
    post = (_own_country_post(text, start, role_end, mentions, kb) or _post_after(text, role_end, mentions, kb)) \
        if title.posted else None
    if post is not None:  # "سفیر ایران در عراق": the holder posted there
        candidates = [c for c in candidates if _posted_to(c, full_title, of, post, day)] or \
            _just_left_post(kb, full_title, of, post, day)
    named_candidates = _named_holders(candidates, named, full_title, of, day, window)
    if len(candidates) > 1 and named_candidates:
        candidates = named_candidates  # the article names one of the office's holders
    if day is None and window is not None and len(candidates) > 1:  # of those, the one in office in the article's era
        in_era = _in_era(candidates, full_title, of, window)
        candidates = in_era if len(in_era) == 1 else candidates
    # an office many hold at once names its one recorded holder only when the article names them or the post
    unpinned = title.shared and not named_candidates and post is None
    # with no date, the one holder the knowledge base records is still a guess (it may not record the others),
    # unless the article names them or its era falls in their term
    unpinned = unpinned or (day is None and len(candidates) == 1 and not named_candidates
                            and not (window is not None and _held_during(candidates[0], full_title, of, window, dated=True)))
    if not candidates or unpinned or len(candidates) > 1 and (day is None or _shared_office(kb, full_title, title_id)):
        if of is None and title.needs in ("ORG", "PLACE"):
            return None  # "رئیس" alone is too vague to be a role
        # no date, no guess: the office itself is the actor, with whoever held it as candidates
        listed = [c.name for c in candidates] if len(candidates) <= MAX_LISTED and not title.collegial else []
        return Mention(start, role_end, phrase, None, role_label(kb, title_id, modifier, of) or phrase, "PERSON",
                       "role", role=full_title, candidates=listed, of=of)
    chosen = candidates[0]
    return Mention(start, role_end, phrase, chosen.id, chosen.name, "PERSON", "role", role=full_title,
                   candidates=[c.name for c in candidates] if len(candidates) > 1 else [], of=of)


def _former_office(kb: KnowledgeBase, span: tuple[int, int, str], title_id: str, full_title: str, of: str | None,
                   day: dt.date | None, named: set[str]) -> Mention:
    """(session 17) "رئیس‌جمهور سابق": someone who held it before, never the holder on the day; with no name given,
    the office alone, not a guess among its former holders ((session 27 A5) with one named, that one)."""
    start, end, phrase = span
    former = _named_former(kb, full_title, of, day, named) or _sole_former(kb, title_id, of, day)
    if former is not None:
        return Mention(start, end, phrase, former.id, former.name, "PERSON", "role", role=full_title, of=of)
    return Mention(start, end, phrase, None, role_label(kb, title_id, "former", of) or phrase, "PERSON", "role",
                   role=full_title, of=of)


def _named_former(kb: KnowledgeBase, full_title: str, of: str | None, day: dt.date | None,
                  named: set[str]) -> Actor | None:
    """(session 27 A5) "رئیس جمهوری پیشین یمن" in an article that names one former holder of the office ("علی
    عبدالله صالح"): that holder, as a person named beside the office would be; none or several named, no guess."""
    if of is None or day is None:
        return None
    former = [a for a in kb.former_holders(full_title, of, day, within_days=_FORMER_DAYS) if a.id in named]
    return former[0] if len(former) == 1 else None


def _sole_former(kb: KnowledgeBase, title_id: str, of: str | None, day: dt.date | None) -> Actor | None:
    """(session 28 R) "رهبر پیشین جمهوری اسلامی" with no name given: where the knowledge base records every holder
    of the office (roles.yaml complete_for) and only one left it before the day, that one is who "پیشین"/"سابق"
    means; several former holders, no date, or an office not fully recorded: None (roles never guess)."""
    if of is None or day is None or title_id not in kb.titles:
        return None
    for t in (title_id, *kb.titles[title_id].or_titles):
        if t in kb.titles and of in kb.titles[t].complete_for:
            former = {a.id: a for a in kb.former_holders(t, of, day, within_days=_FORMER_DAYS)}
            return next(iter(former.values())) if len(former) == 1 else None
    return None


# (session 27 A5) how far back a former holder named in the article may be the one "پیشین"/"سابق" means: a lifetime
_FORMER_DAYS = 60 * 365


def _named_holders(candidates: list[Actor], named: set[str], full_title: str, of: str | None, day: dt.date | None,
                   window: tuple[dt.date, dt.date] | None) -> list[Actor]:
    """The office's holders the article names. (session 26 H2) With no date, one whose term lies outside the
    article's era is named as history ("جوموکنیاتا، ... اولین رئیس‌جمهور کنیا" beside today's president), not meant
    by the bare office."""
    named_candidates = [c for c in candidates if c.id in named]
    if day is None and window is not None:
        return [c for c in named_candidates if _held_during(c, full_title, of, window)]
    return named_candidates


_PORTFOLIOS = grammar_words("deputy_portfolios")


def _portfolio_deputy(text: str, start: int, title_id: str, matcher: Matcher) -> int | None:
    """(session 24) "معاون سیاسی دبیرکل", "معاون دیپلماسی اقتصادی وزیر خارجه": a deputy with a portfolio (one or two
    words of grammar.yaml deputy_portfolios between "معاون" and the office) is one of the office's several deputies,
    whom no record names: where the deputy word starts, else None."""
    if title_id.startswith(("deputy-", "acting-", "first-vice", "vice")):
        return None
    words = _words_before(text, start, 4)
    portfolios = _PORTFOLIOS
    for k in (1, 2, 3):  # (session 28 B) two portfolios joined by "و": "معاون امنیتی و انتظامی وزیر کشور"
        if len(words) > k and all(w[2] in portfolios or 0 < i < k - 1 and w[2] == "و" for i, w in enumerate(words[-k:])) \
                and matcher.prefixes.get(match_key(words[-k - 1][2])) == "deputy":
            return words[-k - 1][0]
    return None


def _modifier_before(text: str, start: int, title_id: str, matcher: Matcher, kb: KnowledgeBase) -> tuple[str | None, int]:
    """A prefix word before the office phrase (نایب/معاون/سرپرست/مشاور) and where the phrase then starts."""
    before = _words_before(text, start, 2)
    if not before:
        return None, start
    ws, _we, w = before[-1]
    kind = matcher.prefixes.get(match_key(w))
    if kind is None and len(before) == 2:
        kind2 = matcher.prefixes.get(match_key(before[0][2] + before[1][2]))
        if kind2:
            kind, ws = kind2, before[0][0]
        elif w in _PORTFOLIOS and (under := _portfolio_deputy(text, start, title_id, matcher)) is not None:
            # the word right before the office must be a portfolio ("معاون سیاسی دبیرکل"): most are not
            return "under", under
    near = text[max(0, start - 40):start]
    if kind is None and any(w in near for w in kb.title_prefixes.get("advisor", ())):
        # "مشاور امور بین‌الملل رهبر": an adviser "on X affairs" of the office
        adviser = _adviser_before(text, start, matcher)
        kind, ws = ("advisor", adviser[0]) if adviser else (None, ws)
    if kind in ("deputy", "acting", "advisor") and not title_id.startswith(("deputy-", "acting-", "first-vice", "vice")):
        return kind, ws
    return None, start


_ADVISER_REACH = 3  # words back an adviser's word may stand with anything between ("مشاور امور بین‌الملل رهبر")
_PORTFOLIO_REACH = 5  # (session 26 H2) ... and with a portfolio of plain words between ("دستیار امور سیاست خارجی")
_PORTFOLIO_BREAK = re.compile(r"[،,.:؛;()«»\"]")


def _adviser_before(text: str, start: int, matcher: Matcher) -> tuple[int, int, str] | None:
    """The adviser's word ("مشاور", "دستیار") an office phrase is the principal of: within three words, or within
    five when the words between are one unbroken portfolio — opened by "امور" or a portfolio word, with no
    punctuation or grammar word ("دستیار امور سیاست خارجی رئیس جمهوری آذربایجان" is the aide's office, not the
    president's; "سخنگوی شورای نگهبان صلاحیت وزیر" is no spokesperson of the minister)."""
    words = _words_before(text, start, _PORTFOLIO_REACH)
    for k in range(len(words) - 1, -1, -1):
        if matcher.prefixes.get(match_key(words[k][2])) != "advisor":
            continue
        if len(words) - k <= _ADVISER_REACH:
            return words[k]
        between = words[k + 1:]
        opens = grammar_words("affairs_words") | grammar_words("deputy_portfolios")
        if between[0][2] in opens and not _PORTFOLIO_BREAK.search(text, words[k][1], start) and \
                not any(w[2] in grammar_words("name_stops") for w in between):
            return words[k]
        return None
    return None


def _post_after(text: str, end: int, mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    """The state or organisation an envoy is posted to, named after "در"/"نزد" (an envoy's "در امور"/"برای") right
    after the office phrase; a capital or city stands for its state ("سفیر روسیه در تهران")."""
    for m in mentions[_first_at(mentions, end):][:2]:
        if m.kb_id and m.type in ("COUNTRY", "ORG", "PLACE") and \
                _rx_fullmatch(r"\s+(?:در|نزد|در کشور|در امور|در امور کشور|برای)\s+", text[end:m.start]):
            return m.kb_id if m.type != "PLACE" else kb.country_of(m.kb_id)
    return None


_OWN_POST_REACH = 60  # characters back the clause's actor may stand from the envoy's office
_CLAUSE_BREAK = re.compile(r"[.!?؟؛:«»\n]")


def _own_country_post(text: str, start: int, end: int, mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    """(session 28 R) "سفیر ایران در کشورش": the envoy posted to the state of the actor named just before the office
    in the same clause (a state, an office of one, or a person of one: "نخست وزیر آلبانی سفیر ایران در کشورش را
    اخراج کرد"); None when nothing of a state stands there."""
    after = _rx_match(r"\s+در\s+(?:" + phrases(sorted(grammar_words("own_country_posts"))) + r")(?![\w\u200c])",
                      text[end:end + 24])
    if after is None:
        return None
    i = _first_at(mentions, start)
    for m in reversed(mentions[max(0, i - 3):i]):
        if m.end > start or start - m.end > _OWN_POST_REACH or _CLAUSE_BREAK.search(text, m.end, start):
            continue
        state = _state_of_mention(m, kb)
        if state is not None:
            return state
    return None


def _state_of_mention(m: Mention, kb: KnowledgeBase) -> str | None:
    """The state a mention stands for: itself, the state of its office, or a known person's own state."""
    if m.kb_id and _is_state(kb, m.kb_id):
        return m.kb_id
    if m.how == "role" and _is_state(kb, m.of):
        return m.of
    return _own_state(kb, m) if m.type == "PERSON" and m.kb_id else None


def _just_left_post(kb: KnowledgeBase, full_title: str, of: str | None, post: str, day: dt.date | None) -> list[Actor]:
    """(session 28 R) No one holds the post on the day but one left it in the weeks before (an envoy expelled the day
    before the report): news still names the post so ("سفیر ایران در کشورش را اخراج کرد")."""
    if day is None:
        return []
    return [c for c in kb.former_holders(full_title, of, day, within_days=60) if _posted_to(c, full_title, of, post, None)]


def _posted_to(actor: Actor, title: str, of: str | None, post: str, day: dt.date | None) -> bool:
    return any(p.title == title and p.of == of and p.at == post and p.covers(day) for p in actor.positions)


def _starting_within(mentions: list[Mention], start: int, end: int):
    """The mentions (sorted by start) that start in [start, end): a bisection, not a scan of the article's all."""
    i = _first_at(mentions, start)
    while i < len(mentions) and mentions[i].start < end:
        yield mentions[i]
        i += 1


def body_in_phrase(text: str, role: Mention, mentions: list[Mention], kb: KnowledgeBase) -> Mention | None:
    """The organisation a role phrase names inside itself ("نماینده مجلس شورای اسلامی", "رئیس مجلس شورای اسلامی"):
    a mention of it, as a follower would have been, unless one is there already."""
    body = _body_named(role, kb)
    if body is None or any(m.kb_id == body.id for m in _starting_within(mentions, role.start, role.end)):
        return None
    if body.id != role.of and _owner_follows(text, role.end, mentions):
        return None  # "سخنگوی وزارت خارجه این کشور", "سرپرست وزارت خارجه طالبان": another's body, not the home state's
    key = match_key(role.text)
    for form in sorted([*body.fa, *body.short], key=len, reverse=True):
        fkey = match_key(form)
        if fkey and key.endswith(fkey) and len(fkey) < len(key):
            start = role.end - len(text[role.start:role.end]) + _offset_of_tail(text[role.start:role.end], len(fkey))
            return Mention(start, role.end, text[start:role.end], body.id, body.name, "ORG", "name")
    return None


def _body_named(role: Mention, kb: KnowledgeBase) -> Actor | None:
    """The body an office belongs to: its ``of`` when that is an organisation; for an office of a state ("سخنگوی
    وزارت امور خارجه" of Iran, "سخنگوی وزارت خارجه روسیه" of Russia), that state's body whose name ends the phrase."""
    of = kb.actors.get(role.of) if role.of else None
    if of is None or of.type == "ORG":
        return of
    words = role.text.split()
    for n in range(len(words) - 1, 0, -1):
        for aid in _org_keys(kb).get(match_key(" ".join(words[-n:])), ()):
            if kb.actors[aid].country == of.id:
                return kb.actors[aid]
    return None


def _owner_follows(text: str, end: int, mentions: list[Mention]) -> bool:
    """Whether the words after an office name whose body it is ("... این کشور", "... حکومت طالبان", "... چین"): a
    word of grammar.yaml ``body_owner_words`` or a named state or organisation right after it."""
    rest = text[end:end + 40].lstrip(" \u200c")
    if any(rest.startswith(w) for w in grammar_words("body_owner_words")):
        return True
    nxt = next(_starting_within(mentions, end, end + 40), None)
    return nxt is not None and nxt.type in ("COUNTRY", "ORG") and not text[end:nxt.start].strip()


def _org_keys(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Match key of every organisation's full Persian name → the organisations (cached on the knowledge base)."""
    keys = kb.__dict__.get("_org_keys")
    if keys is None:
        found: dict[str, list[str]] = {}
        for a in kb.actors.values():
            if a.type == "ORG":
                for f in a.fa:
                    found.setdefault(match_key(f), []).append(a.id)
        keys = kb.__dict__["_org_keys"] = {k: tuple(v) for k, v in found.items()}
    return keys


def _offset_of_tail(phrase: str, key_len: int) -> int:
    """Where, in ``phrase``, the last ``key_len`` key characters begin (the key drops spaces and ZWNJ)."""
    n, i = 0, len(phrase)
    while i > 0 and n < key_len:
        i -= 1
        n += bool(match_key(phrase[i]))
    return i


MAX_LISTED = 12  # an office with more holders on the day (290 MPs) lists none of them: the list would say nothing;
# nor does a council's seat (``collegial``), whose holders the knowledge base may list only in part


def _seat(text: str, end: int, mentions: list[Mention]) -> Mention | None:
    """"نماینده مردم تهران و شمیرانات در مجلس خبرگان": the body a representative sits in, named after "در" past
    their constituency (one place or more)."""
    pos = end
    for m in mentions[_first_at(mentions, end):][:4]:
        gap = text[pos:m.start]
        if m.type == "PLACE" and _rx_fullmatch(r"[\s،,و]*", gap):
            pos = m.end
            continue
        return m if m.type == "ORG" and m.kb_id and pos > end and _rx_fullmatch(r"\s+در\s+", gap) else None
    return None


def _office_of(text: str, start: int, end: int, look_from: int, title: Title, mentions: list[Mention],
               kb: KnowledgeBase, home: str | None = None) -> tuple[str | None, int, str | None]:
    """Whose office the phrase names, where the phrase ends, and the title: the organisation or state after it,
    the province or city after "استاندار"/"شهردار", the body a representative sits in ("نماینده مردم تهران در مجلس
    خبرگان": that body's own title when it has one), the subject's own ("دبیرکل خود"), or the title's fixed or
    default one. The third value is the seat's own title id, when a seat decides it."""
    if title.needs == "PLACE":
        place = _place_after(text, look_from, kb, title.place_kind)
        other = kb.titles.get(title.or_place_title or "")
        if place is None and other is not None and (place := _place_after(text, look_from, kb, other.place_kind)):
            return (*place, title.or_place_title)  # (session 25 P) "فرمانده انتظامی دزفول": the county's commander
        if title.place_country:  # (session 24 U) "نماینده قم": the constituency's member of the body
            seat = kb.places.get(place[0]) if place else None
            if seat is None or seat.country != title.place_country:
                return None, end, None
            return title.default_of, place[1], None
        return (*place, None) if place else (title.of, end, None)
    if title.needs == "NONE":
        after = _following_actor(text, look_from, mentions, kb) if title.generic else None
        if after is not None and _anothers_office(kb, after, title.of):
            return None, end, None  # (session 23) "رئیس کل بانک مرکزی عراق", "رئیس کل گمرک استان هرمزگان": not Iran's
        return title.of or _default_of(title, kb, home), end, None
    follower = _following_actor(text, look_from, mentions, kb)
    seat = _seat(text, end, mentions) if follower is not None and follower.type == "PLACE" else None
    if seat is not None:
        return seat.kb_id, end, next((t for t, x in kb.titles.items() if x.of == seat.kb_id), None)
    if follower is not None and follower.kb_id and follower.type in ("ORG", "COUNTRY"):
        return follower.kb_id, follower.end, None
    seated = _seated_government(kb, follower.kb_id) if follower is not None and follower.type == "PLACE" else None
    if seated is not None:  # (session 23) "رئیس اقلیم کردستان": the office of the government seated in the region
        return seated, follower.end, None
    if follower is not None and _foreign_city(kb, follower, title.of or _default_of(title, kb, home)):
        return follower.kb_id, follower.end, None  # "دادستان کل استانبول": that city's office, no state's holder
    if title.needs in ("STATE", "ANY") and (_THIS_STATE_AFTER.match(text, look_from) or
                                           _FOREIGN_EPITHET_AFTER.match(text, look_from)):
        # (session 20) "معاون وزیر خارجه این کشور" with no state named before to say which: the office of a state
        # not known, never the outlet's own by default
        return None, end, None
    if home is not None and title.needs in ("STATE", "ANY") and (own := _own_state_after(text, look_from, kb)):
        return home, look_from + own, None  # (lead, session 32) "سفیر کشورمان در آنکارا": the outlet's state's envoy
    if _rx_match(r"\s+خود(?![\u0600-\u06FF])", text[end:end + 6]):  # "دبیرکل خود": of the subject
        subj = next((m for m in reversed(mentions) if m.end <= start and m.type in ("ORG", "COUNTRY") and m.kb_id
                     and start - m.start < 200), None)
        if subj is not None:
            return subj.kb_id, end + len(_rx_match(r"\s+خود", text, end).group(0)), None
    if title.of is None:
        gov = _AND_GOVERNMENT.match(text, end)
        state = gov and next((m for m in mentions if m.start == gov.end() and m.type == "COUNTRY" and m.kb_id), None)
        if state is not None:  # (session 24) "رئیس‌جمهور و دولت کنونی ایالات متحده": the state both belong to
            return state.kb_id, end, None
    return title.of or _default_of(title, kb, home), end, None


def _own_state_after(text: str, at: int, kb: KnowledgeBase) -> int:
    """The length of "کشورمان"/"کشور ما" (roles.yaml own_state) right after ``at`` with its space, else 0."""
    m = _own_state_word(kb).match(text, at)
    return m.end() - at if m else 0


def _own_state_word(kb: KnowledgeBase) -> re.Pattern:
    cache = kb.__dict__
    if "_own_state_word" not in cache:
        words = sorted(kb.descriptions.get("own_state") or (), key=lambda w: (-len(w), w))
        cache["_own_state_word"] = re.compile(rf"[\s\u200c]+(?:{phrases(words)})(?![\u0600-\u06FF\u200c])") \
            if words else re.compile(r"(?!)")
    return cache["_own_state_word"]


_AND_GOVERNMENT = re.compile(r"[\s\u200c]+و[\s\u200c]+(?:دولت|حکومت|کابینه)(?:[\s\u200c]+(?:کنونی|فعلی|جدید|وقت))?"
                             r"[\s\u200c]+")


_THIS_STATE_AFTER = re.compile(r"[\s\u200c]+(?:این|آن|همین)[\s\u200c]+کشور(?![\u0621-\u064A\u067E-\u06D3\u200c])")
# (session 26 A5) "رئیس جمهور دوست و همسایه", "رئیس‌جمهور کشور میهمان": a guest's or neighbour's office, not the outlet's
_FOREIGN_EPITHET_AFTER = re.compile(r"[\s\u200c]+(?:" + phrases(sorted(grammar_words("foreign_office_epithets"))) +
                                    r")(?![\u0621-\u064A\u067E-\u06D3\u200c])")


def _seated_government(kb: KnowledgeBase, place_id: str | None) -> str | None:
    """The one non-state government seated in a place (an actor's ``seat``: the Kurdistan Regional Government in
    the Kurdistan Region), whose offices the press names after the place; None for any other place."""
    seats = kb.__dict__.get("_office_seats")
    if seats is None:  # cached on the knowledge base
        seats = kb.__dict__["_office_seats"] = {a.seat: a.id for a in kb.actors.values() if a.seat and a.type != "STATE"}
    return seats.get(place_id) if place_id else None


def _anothers_office(kb: KnowledgeBase, after: Mention, office_of: str | None) -> bool:
    """A fixed body's office ("رئیس کل بانک مرکزی", "رئیس کل گمرک") named with another state, a foreign body or a
    province or city right after it: that place's or state's own office, not the fixed body's head."""
    owner = kb.actors.get(office_of) if office_of else None
    own = owner.id if owner is not None and owner.type == "STATE" else owner.country if owner is not None else None
    if own is None or not after.kb_id:
        return False
    if after.type == "PLACE":
        place = kb.places.get(after.kb_id)
        return place is not None and place.kind != "capital"
    other = kb.actors.get(after.kb_id)
    if other is None or other.id == office_of:
        return False
    theirs = other.id if other.type == "STATE" else other.country
    return theirs != own


def _foreign_city(kb: KnowledgeBase, place: Mention, office_of: str | None) -> bool:
    """A city or province of another state than the office's own, named right after the office: the office is that
    place's ("شهردار" or "دادستان" of a foreign city). A capital is left out, as it often stands for its state."""
    seat = kb.places.get(place.kb_id) if place.type == "PLACE" and place.kb_id else None
    owner = kb.actors.get(office_of) if office_of else None
    own = owner.id if owner is not None and owner.type == "STATE" else owner.country if owner is not None else None
    return seat is not None and seat.kind != "capital" and own is not None and seat.country not in (None, "", own)


def _the_presidency(text: str, start: int, end: int) -> bool:
    """"ریاست جمهوری" (with "ریاست", not "رئیس"): the presidency, an election's or an institution's name."""
    return text[start:end].strip() == "ریاست" and _rx_match(r"[\s\u200c]*جمهور", text[end:end + 8]) is not None


def _presidency(text: str, start: int, end: int, of: str | None, title_id: str, kb: KnowledgeBase) -> bool:
    """"رئیس" before a state named "جمهوری X" reads "رئیس‌جمهوری X": the office of president (not "ریاست
    جمهوری", the presidency: an election's or an institution's name)."""
    state = kb.actors.get(of) if of else None
    return (title_id == "head" and "president" in kb.titles and state is not None and state.type == "STATE"
            and text[start:end].strip() in ("رئیس", "رییس") and text[end:end + 12].lstrip(" \u200c").startswith("جمهوری"))


_GOVERNMENT_AFTER = re.compile(r"[\s\u200c]+(?:دولت|حکومت)[\s\u200c]+")


def _head_of_government(text: str, end: int, of: str | None, title_id: str, kb: KnowledgeBase,
                        day: dt.date | None) -> str | None:
    """"رئیس دولت X" (the head of a state's government): the first office of grammar.yaml's
    head_of_government_titles that someone holds for that state on the day (a prime minister where there is one,
    else the president). None with no date, for anything but a state, or when no one holds either."""
    if title_id != "head" or day is None or not _is_state(kb, of) or not _GOVERNMENT_AFTER.match(text, end):
        return None
    return next((t for t in grammar().get("head_of_government_titles") or [] if t in kb.titles
                 and kb.holders(t, of, day)), None)


def _holders_otherwise(kb: KnowledgeBase, full_title: str, of: str | None, day: dt.date | None) -> list[Actor]:
    """The holders an office names when none hold it as written: "رئیس کمیسیون اروپا" (the head of a body is its
    president), "رئیس پارلمان عراق" (the speaker of a state is the speaker of its parliament: the one body affiliated
    to the state with a speaker that day). Only on a known day; [] when none or several."""
    body = kb.actors.get(of) if of else None
    if day is None or body is None:
        return []
    if full_title == "head" and body.type == "ORG":  # a parliament's head is its speaker ("رئیس مجلس لبنان")
        # (session 23) and a force's its commander ("رئیس سازمان بسیج")
        return kb.holders("president", of, day) or kb.holders("speaker", of, day) or kb.holders("commander", of, day)
    title = kb.titles.get(full_title)
    # a state's "head" is no one body's ("رئیس دولت انتقالی سوریه"); an office only a state has ("وزیر خارجه") is
    # no body's either: only a title bodies hold ("رئیس مجلس") is looked for in the state's bodies
    if body.type == "STATE" and full_title != "head" and title is not None and title.needs != "STATE":
        inside = [a for a in kb.holders(full_title, None, day) if any(
            p.title == full_title and p.of and p.of != of and kb.affiliation(p.of, day) == of and p.covers(day)
            for p in a.positions)]
        return inside if len(inside) == 1 else []
    return []


def _state_office(kb: KnowledgeBase, phrase: str, title: Title, of: str | None) -> tuple[str, str] | None:
    """(session 20) A generic office ("سخنگو", "رئیس") read with a state's body after it, where the whole phrase
    begins with the Persian name of one office of a state ("سخنگوی وزارت خارجه" + "پاکستان", "رئیس ستاد مشترک ارتش" +
    "آمریکا"): that office, of the body's state. None when the generic office needs no body or the body has no state."""
    body = kb.actors.get(of) if of else None
    if title.needs != "ORG" or body is None or body.type != "ORG" or not _is_state(kb, body.country):
        return None
    key = match_key(phrase)
    found = [(len(fk), tid) for fk, tid in _state_office_keys(kb) if key.startswith(fk) and len(fk) < len(key)]
    return (max(found)[1], body.country) if found else None


def _state_office_keys(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """(match key of a Persian form, title id) of the offices one holder of a state holds (built once per knowledge
    base)."""
    cache = kb.__dict__
    if "_state_office_keys" not in cache:
        cache["_state_office_keys"] = [(fk, tid) for tid, t in kb.titles.items() if t.needs in ("STATE", "ANY")
                                       and not t.shared for f in t.fa if (fk := match_key(f))]
    return cache["_state_office_keys"]


def _held_in_state(kb: KnowledgeBase, title_id: str, state: str, sector: str | None, day: dt.date | None) -> list[Actor]:
    """The one holder on ``day`` of ``title_id`` of one of the state's own bodies of the named body's sector ("رئیس
    ستاد مشترک ارتش آمریکا": the chief of staff of the United States Armed Forces, not the White House's); [] when
    none or several."""
    def own(body: str) -> bool:
        actor = kb.actors.get(body)
        return actor is not None and actor.country == state and actor.sector == sector
    found = [a for a in kb.holders(title_id, None, day)
             if any(p.title == title_id and p.covers(day) and own(p.of) for p in a.positions)]
    return found if len(found) == 1 else []


def _governed_holders(kb: KnowledgeBase, full_title: str, of: str | None, day: dt.date | None) -> list[Actor]:
    """Holders of the office of the state that ``of`` governs (:func:`_governed_state`), the acting office read as
    the office itself; [] when ``of`` governs none."""
    state = _governed_state(kb, of, day)
    if state is None:
        return []
    return kb.holders(full_title, state, day) or kb.holders(full_title.removeprefix("acting-"), state, day)


def _governed_state(kb: KnowledgeBase, of: str | None, day: dt.date | None) -> str | None:
    """The state a governing body governs on ``day`` (the Taliban, Afghanistan's government since 2021-08-15: a
    government organisation affiliated to a state): its offices are that state's ("وزیر خارجه طالبان"), never the
    outlet's own state's. None for any other actor, and for a day the affiliation does not cover or no day."""
    body = kb.actors.get(of) if of else None
    if day is None or body is None or body.type != "ORG" or body.sector != "GOV":
        return None  # with no date, whether the body governed yet is unknown
    state = next((s.of for s in body.affiliations if s.covers(day) and s.start is not None), None)
    return state if _is_state(kb, state) else None


def _is_state(kb: KnowledgeBase, actor_id: str | None) -> bool:
    actor = kb.actors.get(actor_id) if actor_id else None
    return actor is not None and actor.type == "STATE"


def _own_state(kb: KnowledgeBase, person: Mention) -> str | None:
    actor = kb.actors.get(person.kb_id) if person.kb_id else None
    return actor.country if actor is not None and actor.country in kb.actors else None


def _default_of(title: Title, kb: KnowledgeBase, home: str | None) -> str | None:
    """An office with nothing after it is the reporting outlet's own state's, where that state writes in Persian."""
    if title.default_of and home in kb.home_office_states:
        return home
    return title.default_of


_WORD = re.compile(r"[^\s،,.:؛;()«»\"]+")


def _place_after(text: str, pos: int, kb: KnowledgeBase, kind: str | None) -> tuple[str, int] | None:
    """The curated place named right after ``pos`` ("استاندار خراسان رضوی", "شهردار تهران"), the longest name of up
    to four words; with ``kind`` "region" a province, named with or without "استان"."""
    index = _office_place_index(kb, kind)
    found, key = None, ""
    for n, w in enumerate(_WORD.finditer(text, pos, min(len(text), pos + 60))):
        if n == 0 and text[pos:w.start()].strip() or n >= 4:
            break
        key += match_key(w.group(0))
        if key in index:
            found = (index[key], w.end())
    return found


def _office_place_index(kb: KnowledgeBase, kind: str | None) -> dict[str, str]:
    """The places an office can be of: for a province's office, also a foreign city (session 23): abroad a province
    is named by its city ("استاندار استانبول", "استاندار بصره") where no province of that name is known; at home
    the province is named."""
    if kind != "region":
        return _place_index(kb, kind)
    cache = kb.__dict__.setdefault("_office_places", {})
    if "region+abroad" not in cache:
        index = dict(_place_index(kb, kind))
        for p in kb.places.values():
            if p.source == "curated" and p.kind in ("city", "capital") and p.country and p.country != kb.generic_bodies_of:
                for form in p.fa:
                    index.setdefault(match_key(form), p.id)
        cache["region+abroad"] = index
    return cache["region+abroad"]


def _place_index(kb: KnowledgeBase, kind: str | None) -> dict[str, str]:
    """Persian keys of the curated places an office can be of (built once per knowledge base and kind)."""
    cache = kb.__dict__.setdefault("_office_places", {})
    if kind not in cache:
        index: dict[str, str] = {}
        for p in kb.places.values():
            # (session 24 U) a composed county too: "دادستان شهرستان تنکابن", "فرماندار شهرستان سراوان" (not a composed
            # region: "استاندار اربیل" is the curated city's governor, as before)
            if not (p.source == "curated" or p.source == "composed" and p.kind == "county") or kind and p.kind != kind:
                continue
            for form in p.fa:
                index.setdefault(match_key(form), p.id)
                bare = _rx_match(r"استان\s+(.+)", form)
                if bare:  # "استاندار فارس": the province, though "فارس" alone is no place name
                    index.setdefault(match_key(bare.group(1)), p.id)
        cache[kind] = index
    return cache[kind]


def _shared_office(kb: KnowledgeBase, full_title: str, title_id: str) -> bool:
    """Offices several people hold at once (any deputy, and titles marked ``shared`` in roles.yaml: vice presidents,
    ambassadors, spokespeople): naming the office does not say which of them."""
    return full_title.startswith("deputy-") or bool(getattr(kb.titles.get(title_id), "shared", False))


def _held_during(actor: Actor, title: str, of: str | None, window: tuple[dt.date, dt.date], dated: bool = False) -> bool:
    """Whether a term of the office overlaps the window (``dated``: a term with no recorded start proves nothing)."""
    return any(p.title == title and p.of == of and (p.start or dt.date.min) <= window[1] and (p.start or not dated)
               and window[0] <= (p.end or dt.date.max) for p in actor.positions)


def _in_era(candidates: list[Actor], title: str, of: str | None, window: tuple[dt.date, dt.date]) -> list[Actor]:
    """The holders whose term overlaps the article's era; (session 27 H) when several do, the one in office in the
    era's sure part, if only one is: a bound recorded to the month ("to: 2021-08": some day of August) does not say
    the era reaches into that month, so a chief of staff's term pinning the era names the president it served, not
    the next one sworn in that same month."""
    in_era = [c for c in candidates if _held_during(c, title, of, window)]
    if len(in_era) < 2:
        return in_era
    sure = _sure_part(window)
    inside = [c for c in in_era if _held_during(c, title, of, sure)]
    return inside if len(inside) == 1 else in_era


def _sure_part(window: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """The window without the months its bounds may be recorded to: a start on a month's first day may be the
    month's any day (to its last), an end on a month's last day its any day (from its first)."""
    lo, hi = window
    if lo != dt.date.min and lo.day == 1:
        lo = (lo.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if hi != dt.date.max and (hi + dt.timedelta(days=1)).day == 1:
        hi = hi.replace(day=1)
    return (lo, hi) if lo <= hi else window


def _is_their_role(text: str, person: Mention, start: int, candidates: list[Actor], day: dt.date | None) -> bool:
    """A role right after a named person is that person's ("علی نیکزاد نائب رئیس مجلس"); after a comma it is
    theirs unless the knowledge base knows another holder on the day and not them."""
    if not person.kb_id or not text[person.end:start].strip() or day is None:
        return True
    return not candidates or person.kb_id in {c.id for c in candidates}


# (session 25 J) the object marker right after an office phrase
_RA_NEXT = re.compile(r"[\s\u200c]+را(?![\w\u200c])")


def _anothers_office_object(text: str, person: Mention, role_end: int, candidates: list[Actor], day: dt.date | None,
                            kb: KnowledgeBase) -> bool:
    """(session 25 J) "قالیباف وزیر نیرو را محکوم کرد": a named person, then an office the knowledge base gives
    another holder that day, marked as the object by "را", is the verb's object, no apposition — when the person holds
    another recorded office that day (the knowledge base is current for them: a new appointment it lacks stays an
    apposition)."""
    actor = kb.actors.get(person.kb_id) if person.kb_id and day is not None else None
    if actor is None or not candidates or person.kb_id in {c.id for c in candidates}:
        return False
    return _RA_NEXT.match(text, role_end) is not None and any(p.covers(day) for p in actor.positions)


def role_label(kb: KnowledgeBase, title_id: str, modifier: str | None, of: str | None) -> str | None:
    """An office in English, as the actor when nobody can be named: "Deputy Speaker of Islamic Consultative Assembly"."""
    title = kb.titles.get(title_id)
    if title is None or not title.en:
        return None
    name = f"{modifier.capitalize()} {title.en}" if modifier else title.en
    holder_of = (kb.actors.get(of) or kb.places.get(of)) if of else None
    return f"{name} of {holder_of.name}" if holder_of is not None else name


_COUNTERPART = re.compile(r"همتای(?:\s+|\u200c)")
# (session 24) counterparts of several states at once: "با همتایان پاکستانی، مصری و عراقی خود دیدار کرد"
_COUNTERPARTS = re.compile(r"(?:همتایان|همتاهای)(?:\s+|\u200c)")
_STATE_LIST_GAP = re.compile(r"\s*(?:[،,]\s*(?:و\s+)?|و\s+)")


def _counterpart_states(text: str, mentions: list[Mention], i: int) -> list[Mention]:
    """The states listed from mentions[i] on, joined by "،" or "و" ("پاکستانی، مصری و عراقی")."""
    states = [mentions[i]]
    j = i + 1
    while j < len(mentions):
        nxt, last = mentions[j], states[-1]
        if nxt.start < last.end:
            j += 1
            continue
        if nxt.type != "COUNTRY" or not nxt.kb_id or not _STATE_LIST_GAP.fullmatch(text, last.end, nxt.start):
            break
        states.append(nxt)
        j += 1
    return states


def _counterparts(text: str, mentions: list[Mention], kb: KnowledgeBase, day: dt.date | None,
                  sent_of: list[int]) -> list[Mention]:
    """"عراقچی ... با همتای ترکیه‌ای خود": the holder, in that country, of the subject's own office on the day;
    (session 24) "با همتایان پاکستانی، مصری و عراقی خود": one such holder for every state listed."""
    out = []
    plural = [(m, True) for m in _COUNTERPARTS.finditer(text)]
    for m, many in sorted([(m, False) for m in _COUNTERPART.finditer(text)] + plural, key=lambda x: x[0].start()):
        i = _first_at(mentions, m.end())
        state = mentions[i] if i < len(mentions) else None
        if state is None or state.start - m.end() > 2 or state.type != "COUNTRY" or not state.kb_id:
            state = None if many else _demonym_after(text, m.end(), kb)
            if state is None:
                out += [] if many else _apposed_counterpart(text, mentions, m)
                continue
        states = _counterpart_states(text, mentions, i) if many else [state]
        if many and len(states) < 2:
            continue  # "با همتایان ایرانی": a side's officials, no one office's holder
        tail = _rx_match(r"(?:\s+خود|ی?\u200c?اش|ش)", text[states[-1].end:states[-1].end + 6])
        end = states[-1].end + (tail.end() if tail else 0)
        named = None if many else _named_right_before(text, mentions, i, m.start())
        if named is not None:  # "با محمدعلی الحکیم همتای عراقی خود": the counterpart is the one just named
            out.append(Mention(m.start(), end, text[m.start():end], named.kb_id, named.name, "PERSON", "role",
                               role="counterpart"))
            continue
        si = sent_of[m.start()]
        subject = next((x for x in mentions if sent_of[x.start] == si and x.type == "PERSON" and x.start < m.start()
                        and (x.kb_id or _open_office(x, kb))), None)
        if subject is None:
            continue
        for k, st in enumerate(states):
            lo = m.start() if k == 0 else st.start  # the first state's counterpart spans the noun, the others their state
            # (a list's last item without its "خود": an item ending in "خود" reads as "its own envoy", another party)
            hi = st.end if many else end
            if not subject.kb_id:  # "وزیر امور خارجه عربستان با همتای قطری خود", no date: Qatar's office, unresolved too
                out.append(_counterpart_office(kb, subject.role, st.kb_id, text[lo:hi], lo, hi))
                continue
            positions = kb.positions_of(subject.kb_id, day)
            for pos in positions:
                holder = kb.holders(pos.title, st.kb_id, day)
                if holder:
                    # (a list's items name their states, so the chains read "، " between them as a list's comma)
                    out.append(Mention(lo, hi, text[lo:hi], holder[0].id, holder[0].name, "PERSON", "role",
                                       role=f"{pos.title} (counterpart)", of=st.kb_id if many else None))
                    break
            else:
                if many and positions:  # a list's state whose holder the knowledge base lacks: its office, unnamed
                    out.append(_counterpart_office(kb, positions[0].title, st.kb_id, text[lo:hi], lo, hi))
    return out


_OWN = re.compile(r"(?:خود|خویش)(?![\u0621-\u06FF\u200c])")


def _apposed_counterpart(text: str, mentions: list[Mention], m: re.Match) -> list[Mention]:
    """(session 27 H) "با محمدجواد ظریف، همتای خود دیدار کرد": a counterpart named by no state, in apposition to
    the person just named, is that person (the state is theirs)."""
    own = _OWN.match(text, m.end())
    named = _named_right_before(text, mentions, _first_at(mentions, m.start()), m.start()) if own else None
    if named is None or not named.kb_id and named.how != "unknown-name":
        return []
    return [Mention(m.start(), own.end(), text[m.start():own.end()], named.kb_id, named.name, "PERSON", "role",
                    role="counterpart")]


_DEMONYM = re.compile(r"[\u0621-\u06FF\u200c]+")
_POSSESSIVE = re.compile(r"\u200c?(?:اش|شان|ش)$")  # "همتای عمانی‌اش", "همتای عمانیاش": the owner glued on


def _demonym_after(text: str, pos: int, kb: KnowledgeBase) -> Mention | None:
    """(session 26) The state a counterpart's adjective names where the linker linked none: "همتای عمانیاش" (the
    possessive glued on), "همتای آذربایجانی" (a state whose bare name is only a short form, as Azerbaijan's: after
    "همتای" its adjective can only be the state's). The adjective alone, as a COUNTRY mention."""
    word = _DEMONYM.match(text, pos + len(text[pos:pos + 3]) - len(text[pos:pos + 3].lstrip()))
    if word is None:
        return None
    bare = _POSSESSIVE.sub("", word.group(0)) if match_key(word.group(0)) not in _demonyms(kb) else word.group(0)
    state = _demonyms(kb).get(match_key(bare))
    if state is None:
        return None
    return Mention(word.start(), word.start() + len(bare), bare, state, kb.actors[state].name, "COUNTRY", "adjective")


def _demonyms(kb: KnowledgeBase) -> dict[str, str]:
    """Match key of each state's one-word adjective ("عمانی"), and of its short name with "ی" ("آذربایجانی") →
    the state (cached on the knowledge base)."""
    found = kb.__dict__.get("_counterpart_demonyms")
    if found is None:
        found = {}
        for a in kb.actors.values():
            if a.type == "STATE":
                forms = [*a.adj, *(f + "ی" for f in a.short)]
                found.update({match_key(f): a.id for f in forms if " " not in f})
        kb.__dict__["_counterpart_demonyms"] = found
    return found


def _open_office(m: Mention, kb: KnowledgeBase) -> bool:
    """An office no one could be named for (no date to pin its holder), whose title the knowledge base knows."""
    return m.how == "role" and m.kb_id is None and bool(m.role) and m.role in kb.titles


def _counterpart_office(kb: KnowledgeBase, title_id: str, state: str, phrase: str, start: int, end: int) -> Mention:
    """The same office in the other state, as an actor of its own, with whoever held it as candidates."""
    holders = kb.holders(title_id, state, None)
    listed = [c.name for c in holders] if len(holders) <= MAX_LISTED else []
    return Mention(start, end, phrase, None, role_label(kb, title_id, None, state) or phrase, "PERSON", "role",
                   role=f"{title_id} (counterpart)", candidates=listed, of=state)


def _named_right_before(text: str, mentions: list[Mention], i: int, start: int) -> Mention | None:
    """The person named right before ``start`` (spaces, a comma or quotation marks between), if any."""
    before = next((x for x in reversed(mentions[:i]) if x.end <= start), None)
    if before is None or before.type != "PERSON" or before.how == "role" or text[before.end:start].strip(" ،,«»\"'\u200c"):
        return None
    return before


def _after_prefix(text: str, m: Mention, matcher: Matcher) -> bool:
    before = last_word_before(text, m.start)
    return before is not None and matcher.prefixes.get(match_key(before)) == "deputy"


def resolve_deputy_of_person(kb: KnowledgeBase, person_id: str, day: dt.date | None, named: set[str]) -> list[Actor]:
    """"معاون اسماعیل هنیه": whoever held the deputy of his office on the day. With no date, the deputies during
    his tenure, the one who was his deputy for nearly all of it (≥ 90 % of the shared days) first and alone."""
    shared: dict[str, int] = {}
    out: list[Actor] = []
    for p in kb.positions_of(person_id, day):
        if p.title.startswith(("deputy-", "acting-")):
            continue
        for c in kb.holders(f"deputy-{p.title}", p.of, day if day else None):
            days = _shared_days(c, f"deputy-{p.title}", p) if not day else 1
            if c.id != person_id and c.id not in shared and days > 0:
                out.append(c)
                shared[c.id] = days
    out.sort(key=lambda c: (c.id not in named, -shared[c.id]))
    if day is None and out and shared[out[0].id] >= 0.9 * sum(shared.values()):
        return out[:1]
    return out


def _shared_days(actor: Actor, title: str, pos) -> int:
    """Days ``actor`` held ``title`` while ``pos`` was held (1 when either side's dates are unknown but overlap)."""
    total = 0
    for q in actor.positions:
        if q.title == title and q.of == pos.of:
            a0, a1 = q.start or dt.date.min, q.end or dt.date.max
            b0, b1 = pos.start or dt.date.min, pos.end or dt.date.max
            if a0 <= b1 and b0 <= a1:
                lo, hi = max(a0, b0), min(a1, b1, dt.date.today())
                total += max(1, (hi - lo).days) if lo not in (dt.date.min,) else 1
    return total


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


def _holders_of(kb: KnowledgeBase, full_title: str, title_id: str, modifier: str | None, of: str, day: dt.date | None,
                elect: bool) -> list[Actor]:
    """Who held the office on the day (the elect: in the months after it), else who just left it, else a governing
    group's or another record's holders."""
    days = [day + dt.timedelta(days=d) for d in (30, 60, 90, 120)] if elect and day else [day]
    candidates: list[Actor] = []
    for d in days:
        candidates = kb.holders(full_title, of, d) or (kb.holders(title_id, of, d) if modifier == "acting" else [])
        if candidates:
            break
    if elect and day:  # (session 23) the one sworn in next, not the sitting holder still in office a month on
        sitting = {a.id for a in kb.holders(full_title, of, day)}  # (a US president-elect waits some 75 days)
        coming = next((h for d in days if (h := kb.holders(full_title, of, d)) and {a.id for a in h} != sitting), None)
        candidates = coming or candidates
    if not candidates and not modifier and title_id in kb.titles:  # (session 21) "پادشاه عمان": Oman's sultan
        candidates = next((h for alt in kb.titles[title_id].or_titles for d in days if (h := kb.holders(alt, of, d))), [])
    if not candidates and day:  # just left office (killed, resigned): news still names the office
        candidates = kb.former_holders(full_title, of, day, within_days=60)
    if not candidates:  # "سرپرست وزارت خارجه طالبان": Afghanistan's (its whole cabinet is "acting")
        candidates = _governed_holders(kb, full_title, of, day) or _holders_otherwise(kb, full_title, of, day)
    return candidates


def _holders_on(text: str, start: int, kb: KnowledgeBase, full_title: str, title_id: str, modifier: str | None,
                of: str | None, day: dt.date | None, elect: bool) -> list[Actor]:
    """The office's holders as the phrase names them: after an ordinal ("اولین رئیس‌جمهور کنیا", "دومین دبیرکل"),
    the holder counted so in the knowledge base (none when it does not record which), never the day's holder;
    otherwise who held it on the day (``_holders_of``)."""
    if of is None:
        return []
    nth = ordinal_before(text, start)
    if nth is None:
        return _holders_of(kb, full_title, title_id, modifier, of, day, elect)
    return [a for a in kb.holders(full_title, of, None)
            if any(p.title == full_title and p.of == of and p.nth == nth for p in a.positions)]


def ordinal_before(text: str, start: int) -> int | None:
    """(session 26 H2) The count an ordinal word right before an office gives (grammar.yaml office_ordinals)."""
    word = last_word_before(text, start)
    if word is None or not text[max(0, start - 40):start].rstrip().endswith(word):
        return None
    return grammar().get("office_ordinals", {}).get(word)


# (session 25) how long after taking an office a holder may still be called "new" ("سفیر جدید روسیه"): generous, as a
# page's date may be its reprint's and a term's recorded start only its year; a holder of many years is the one being
# replaced. And how far ahead of the record's start a newcomer may already be named so (credentials presented early).
_NEW_HOLDER_DAYS = 3 * 365
_NEW_HOLDER_AHEAD_DAYS = (30, 60, 90)


def _new_holders(kb: KnowledgeBase, full_title: str, of: str, day: dt.date, candidates: list[Actor]) -> list[Actor]:
    """(session 25) "سفیر جدید X", "رئیس جدید Y": the new holder is not one whose recorded term began long before the
    day (he is the one being replaced); a holder recorded from the coming weeks is the newcomer. Holders with no
    recorded start stay (nothing proves them old); none left, the office stays unnamed rather than the old holder."""
    sitting = {c.id for c in candidates}
    coming = [a for d in _NEW_HOLDER_AHEAD_DAYS for a in kb.holders(full_title, of, day + dt.timedelta(days=d))
              if a.id not in sitting]
    recent = [c for c in candidates if not _long_held(c, full_title, of, day)]
    return list({a.id: a for a in (*recent, *coming)}.values())


def _long_held(actor: Actor, title: str, of: str, day: dt.date) -> bool:
    """Whether the actor's term of the office that covers the day began more than _NEW_HOLDER_DAYS before it."""
    return any(p.title == title and p.of == of and p.covers(day) and p.start is not None
               and (day - p.start).days > _NEW_HOLDER_DAYS for p in actor.positions)


def _office_of_named_after(text: str, start: int, end: int, of: str | None, candidates: list[Actor],
                           mentions: list[Mention], kb: KnowledgeBase, day: dt.date | None) -> tuple[Mention, str] | None:
    """(session 16) "وزیر خارجه لاوروف": a state office named with no state, then a known person's name, is that
    person's office (and their state's), not the outlet's state's holder: (the person, their state)."""
    i = _first_at(mentions, end)
    named = next((m for m in mentions[i:i + 2] if m.type == "PERSON" and m.how in ("name", "short", "fuzzy")
                  and m.kb_id and text[end:m.start].isspace() and m.start - end <= 2), None)
    own = _own_state(kb, named) if named is not None else None
    if own is None or not (own != of or _is_their_role(text, named, start, candidates, day)):
        return None
    return named, own


def _apposed_person(text: str, person: Mention, office: Mention) -> bool:
    """A person named by name right before an office, with nothing or a comma between ("NAME، OFFICE")."""
    return (person.type == "PERSON" and person.how in ("name", "short", "fuzzy") and person.kb_id is not None
            and person.end <= office.start and text[person.end:office.start].strip(" ،,") == "")


def offices_named_before(mentions: list[Mention], kb: KnowledgeBase, text: str | None = None) -> None:
    """An office the knowledge base resolves to no one, named again after the article gave it to one person
    ("«علیرضا یوسفی» سفیر جدید ایران در نروژ ... سفیر جمهوری اسلامی ایران ... عنوان کرد"), is that person: the
    article's own apposition is better evidence than no holder at all. Only when a single person held the office
    earlier in the article, for the same state or body (or for none said)."""
    unknown = {m.name for m in mentions if m.how == "unknown-name"}
    given: dict[str, list[Mention]] = {}
    prev: Mention | None = None
    for m in mentions:
        before, prev = prev, m
        if m.type != "PERSON" or m.how != "role" or not m.role:
            continue
        if m.kb_id or m.name in unknown:
            given.setdefault(m.role, []).append(m)
            continue
        if text is not None and before is not None and _apposed_person(text, before, m):
            # (session 16) "سعید خطیب‌زاده، معاون وزیر امور خارجه ایران ... . معاون وزیر امور خارجه ایران ...": the
            # article gave the office to the person it follows, whatever the knowledge base knows of their posts
            given.setdefault(m.role, []).append(Mention(m.start, m.end, m.text, before.kb_id, before.name, m.type,
                                                        "role", m.role, [], m.of))
            continue
        earlier = {(p.kb_id, p.name) for p in given.get(m.role, ()) if _same_office(p, m, kb)}
        if len(earlier) == 1 and not (text is not None and _ours(text, m.end, kb)):
            (m.kb_id, m.name), m.candidates = next(iter(earlier)), []


def _ours(text: str, end: int, kb: KnowledgeBase) -> bool:
    """(session 31) Whether an office is followed by "ما"/"کشورمان" ("نماینده ویژه ما"): the speaker's own office,
    so not the office the article gave a foreign person before it. The words are grammar.yaml's our_possessives and
    roles.yaml's own_state descriptions."""
    ours = grammar_words("our_possessives") | set(kb.descriptions.get("own_state") or ())
    words = text[end:end + 16].split()
    return bool(words) and (words[0].strip("،,.") in ours or " ".join(words[:2]).strip("،,.") in ours)


def _same_office(held: Mention, office: Mention, kb: KnowledgeBase) -> bool:
    """Whether an office given to a person earlier can be the office named now: the same state or body, or none said
    for the person's office and the person (where the knowledge base knows them) of the office's state."""
    if held.of == office.of or office.of is None:
        return True
    if held.of is not None:
        return False
    actor = kb.actors.get(held.kb_id) if held.kb_id else None
    return actor is None or kb.country_of(actor.id) == office.of


def holder_named_like(kb: KnowledgeBase, office: Mention, name: str) -> Actor | None:
    """(session 17) The one recorded holder of ``office`` (at any time) whose name ``name`` is, but for a middle name
    left out or a letter ("نادین لوزانو" for "نادین اولیویری لوزانو", "چانگ هووآ" for "چانگ هوآ"): the office beside the
    name vouches for what a name alone could not."""
    words = [match_key(w) for w in name.split()]
    if len(words) < 2 or not office.role:
        return None
    found = {a.id: a for a in kb.holders(office.role, office.of, None)
             if a.type == "PERSON" and any(_names_agree(words, [match_key(w) for w in f.split()]) for f in a.fa)}
    return next(iter(found.values())) if len(found) == 1 else None


def _names_agree(words: list[str], form: list[str]) -> bool:
    """The first names equal and the last close, the form holding at least as many words (a middle name left out)."""
    return len(form) >= len(words) and words[0] == form[0] and fuzz.ratio(words[-1], form[-1]) >= MIN_WORD_RATIO
