"""(session 32 SPORT) A state named as a side on a sports page is its national team in the page's sport: "مقابل ژاپن",
"ازبکستان را شکست داد", "تیم نروژ", "چین ۱ – استرالیا" name Japan's, Uzbekistan's, Norway's, China's team, as
English Wikipedia titles it ("Japan national futsal team", "Chile women's national chess team"). The page's sport is
read once from its words; a state right after a place word ("در قطر", "به میزبانی مجارستان") stays the state. A page
with too few match words (a political page naming a football match) keeps its states. Settings:
``rasad/data/kb/sport_sides.yaml``."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from rasad.annotate.words import phrases
from rasad.kb.knowledge import KnowledgeBase
from rasad.kb.words import kb_settings
from rasad.records import Mention
from rasad.text.normalize import ZWNJ

_BOUND = rf"(?![\w{ZWNJ}])"
_NOT_AFTER = rf"\w{ZWNJ}"
_SENTENCE_END = re.compile(r"[.!?؟\n]")


@lru_cache(maxsize=1)
def _settings() -> dict[str, Any]:
    return kb_settings("sport_sides.yaml")


def _squash(word: str) -> str:
    """A word as a class key, however it is spaced ("ملی‌پوشان" = "ملی پوشان")."""
    return word.replace(ZWNJ, "").replace(" ", "")


@lru_cache(maxsize=1)
def _word_classes() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for every sport, match and gender word, and each word's class: a sport's key, "match", "women",
    "men" (the page is read with it once)."""
    s = _settings()
    classes: dict[str, str] = {}
    for w in s["match_words"]:
        classes[_squash(w)] = "match"
    for g in ("women", "men"):
        for w in s[g]:
            classes[_squash(w)] = g
    for key, sport in s["sports"].items():
        for w in [*sport["words"], *sport.get("players", ())]:
            classes[_squash(w)] = key
    words = sorted({w for group in ([*s["match_words"], *s["women"], *s["men"]],
                                    *(sp["words"] for sp in s["sports"].values()),
                                    *(sp.get("players", ()) for sp in s["sports"].values())) for w in group})
    plural = rf"(?:{ZWNJ}?ها(?:ی)?)?"  # "امتیاز‌ها", "مسابقه‌های": a word's plural counts as the word
    return re.compile(f"(?:{phrases(words, not_after=_NOT_AFTER)}){plural}{_BOUND}"), classes


@lru_cache(maxsize=1)
def _place_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w{ZWNJ}])(?:{phrases(_settings()['place_before'])})[ {ZWNJ}]*$")


def _words(text: str) -> list[tuple[int, str]]:
    """Each sport, match and gender word of the text: (offset, class)."""
    rx, classes = _word_classes()
    return [(m.start(), classes.get(_squash(m.group()), "") or classes.get(_singular(m.group()), ""))
            for m in rx.finditer(text)]


def _singular(word: str) -> str:
    """A plural's word ("امتیازها" → "امتیاز")."""
    return re.sub("های?$", "", _squash(word))


def page_sport(found: list[tuple[int, str]]) -> str | None:
    """The sport whose words the page uses most, if it is a sports page (enough match words) and one sport leads."""
    s = _settings()
    counts = Counter(c for _, c in found)
    if counts["match"] < s["min_match_words"]:
        return None
    sports = [(n, k) for k, n in counts.items() if k in s["sports"] and n >= s["min_sport_words"]]
    if not sports:
        return None
    sports.sort(reverse=True)
    return sports[0][1] if len(sports) == 1 or sports[0][0] > sports[1][0] else None


def _gender(text: str, start: int, found: list[tuple[int, str]], page: str) -> str:
    """The gender of the sentence around ``start``: its nearest women's or men's word before, else after, else the
    page's."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0)
    end = _SENTENCE_END.search(text, start)
    right = end.start() if end else len(text)
    before = [c for at, c in found if left <= at < start and c in ("women", "men")]
    after = [c for at, c in found if start < at < right and c in ("women", "men")]
    return before[-1] if before else after[0] if after else page


def _page_gender(found: list[tuple[int, str]]) -> str:
    """Women's where the page names only women, else men's."""
    kinds = {c for _, c in found}
    return "women" if "women" in kinds and "men" not in kinds else "men"


def team_name(sport: str, state_id: str, state_name: str, gender: str) -> str:
    """The English Wikipedia title of a state's team in a sport, by the sport's pattern or its ``titles`` row."""
    s = _settings()
    if gender == "men" and (title := (s.get("titles") or {}).get(sport, {}).get(state_id)):
        return title
    return s["sports"][sport][gender].format(state_name)


def _team_mention(m: Mention, name: str, kb: KnowledgeBase) -> Mention:
    """The team as a mention: the knowledge base's actor of that name, if it has one, else a name it lacks."""
    ref = _kb_team_ids(kb).get(name)
    if ref is not None:
        return Mention(m.start, m.end, m.text, ref, name, "ORG", "name")
    return Mention(m.start, m.end, m.text, None, name, "ORG", "unknown-name")


def _kb_team_ids(kb: KnowledgeBase) -> dict[str, str]:
    """The knowledge base's organisations by name (built once per knowledge base)."""
    index = kb.__dict__.get("_orgs_by_name")
    if index is None:
        index = kb.__dict__["_orgs_by_name"] = {a.name: a.id for a in kb.actors.values() if a.type == "ORG"}
    return index


def _is_state(m: Mention, kb: KnowledgeBase) -> bool:
    return m.type == "COUNTRY" and m.how == "name" and m.kb_id is not None and \
        getattr(kb.actors.get(m.kb_id), "type", "") == "STATE"


_GAP = rf"[ {ZWNJ}]+"
_NUMBER = r"[\d۰-۹]+(?:[/.٫][\d۰-۹]+)?"
_SHOOTOUT = r"(?:\([\d۰-۹]+\))?"  # "ایران ۴(۳)- برزیل ۴(۲)": penalties in brackets
_SCORE_AFTER = re.compile(rf"[ {ZWNJ}]*\(?[ {ZWNJ}]*{_NUMBER}{_SHOOTOUT}[ {ZWNJ}]*(?:بر|–|-|:)[ {ZWNJ}]*(?:{_NUMBER}|صفر|یک)?")
_SCORE_BEFORE = re.compile(rf"{_NUMBER}{_SHOOTOUT}[ {ZWNJ}]*(?:–|-)[ {ZWNJ}]*(?:{_NUMBER}{_SHOOTOUT}[ {ZWNJ}]*)?$")
_LIST_GAP = re.compile(rf"[ {ZWNJ}]*(?:\([^()]{{0,20}}\)[ {ZWNJ}]*)?(?:،|,|و)[ {ZWNJ}]*")


def _alt(words: list[str]) -> str:
    return f"(?:{phrases(sorted(words))})"


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The team head before a state ("تیم ملی فوتسال", "تیم بسکتبال مردان", "فوتسال"), the side words before it
    ("مقابل") and after it ("را شکست داد")."""
    s = _settings()
    sport = _alt([w for sp in s["sports"].values() for w in sp["words"]])
    gender = _alt([*s["women"], *s["men"]])
    team, more = _alt(s["team_words"]), _alt([*s["national_words"], *s["team_epithets"]])
    tail = rf"(?:(?:{more}|{sport}|{gender}){_GAP}){{0,4}}"
    head = rf"(?<![\w{ZWNJ}])(?:{team}{_GAP}{tail}|{sport}{_GAP}(?:{gender}{_GAP})?)$"
    before = rf"(?<![\w{ZWNJ}]){_alt(s['side_before'])}[ {ZWNJ}]*$"
    after = rf"[ {ZWNJ}]*{_alt(s['side_after'])}{_BOUND}"
    return re.compile(head), re.compile(before), re.compile(after)


def _head_start(text: str, m: Mention) -> int | None:
    """Where a team head right before the state opens ("تیم ملی فوتسال ژاپن"), if one does."""
    found = _cues()[0].search(text, max(0, m.start - 60), m.start)
    return found.start() if found else None


def _side_cue(text: str, m: Mention) -> bool:
    """A side word before or after the state, or a score beside it."""
    _, before, after = _cues()
    lo = max(0, m.start - 30)
    return before.search(text, lo, m.start) is not None or after.match(text, m.end) is not None or \
        _SCORE_AFTER.match(text, m.end) is not None or _SCORE_BEFORE.search(text, lo, m.start) is not None


def _lists(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[list[int]]:
    """The indexes of the states, grouped into lists ("ژاپن، سوریه و گوام")."""
    groups: list[list[int]] = []
    for i, m in enumerate(mentions):
        if not _is_state(m, kb):
            continue
        last = mentions[groups[-1][-1]] if groups else None
        if last is not None and groups[-1][-1] == i - 1 and _LIST_GAP.fullmatch(text, last.end, m.start):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _sides(text: str, mentions: list[Mention], kb: KnowledgeBase, individual: bool) -> dict[int, int]:
    """The states that are sides: index → where the team's name opens (its head's start, or the state's)."""
    out: dict[int, int] = {}
    for group in _lists(text, mentions, kb):
        heads = {i: _head_start(text, mentions[i]) for i in group}
        cued = any(h is not None for h in heads.values()) or \
            not individual and any(_side_cue(text, mentions[i]) for i in group)
        if cued:
            for i in group:
                m = mentions[i]
                if _place_before().search(text, max(0, m.start - 25), m.start) is None:
                    out[i] = heads[i] if heads[i] is not None else m.start
    return out


def _same_states(mentions: list[Mention], sides: dict[int, int], kb: KnowledgeBase, text: str) -> dict[int, int]:
    """In a team sport, a state once named as a side is the team wherever else the page names it bare ("تیم صربستان"
    ... "اشتباه صربستان"), unless after a place word."""
    teams = {mentions[i].kb_id for i in sides}
    more = {i: m.start for i, m in enumerate(mentions) if i not in sides and m.kb_id in teams and _is_state(m, kb)
            and _place_before().search(text, max(0, m.start - 25), m.start) is None}
    return {**sides, **more}


def sport_sides(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions with each state named as a side on a sports page read as its national team in the page's
    sport, its team head ("تیم ملی فوتسال") part of the name."""
    if not any(_is_state(m, kb) for m in mentions):
        return mentions
    found = _words(text)
    sport = page_sport(found)
    if sport is None:
        return mentions
    individual = bool(_settings()["sports"][sport].get("individual"))
    sides = _sides(text, mentions, kb, individual)
    if not individual:
        sides = _same_states(mentions, sides, kb, text)
    page = _page_gender(found)
    out = list(mentions)
    for i, start in sides.items():
        m = mentions[i]
        state = kb.actors[m.kb_id or ""]
        name = team_name(sport, state.id, state.name, _gender(text, m.start, found, page))
        out[i] = _team_mention(Mention(start, m.end, text[start:m.end], m.kb_id, m.name, m.type), name, kb)
    return out
