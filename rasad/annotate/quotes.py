"""Quotes: who said what, direct (cue verb and colon) or indirect ("... گفت که ..."), across sentences.

Speakers are the subject before the cue — a name, a role ("رئیس دفتر سیاسی حماس"), a pronoun ("وی") or a
description ("این عضو ارشد حماس"), already resolved by :mod:`rasad.annotate.link` — and a joint statement keeps every
speaker ("هنیه و النخاله تاکید کردند").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

import yaml

from rasad.annotate.events.coder import _expand, build_chains
from rasad.annotate.link.entities import _unknown_entity
from rasad.annotate.link.held import held_office_role
from rasad.annotate.link.linker import Linked
from rasad.annotate.words import phrases
from rasad.kb.knowledge import YAML_LOADER, KnowledgeBase
from rasad.records import CleanArticle, Mention, Quote
from rasad.text.budget import check_time
from rasad.text.normalize import ZWNJ, fold_for_compare, match_key
from rasad.text.rx import match as _rx_match
from rasad.text.sentences import Sentence
from rasad.text.translit import is_given_name, transliterate_name

_L = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c"


@lru_cache(maxsize=1)
def _data() -> dict:
    text = (resources.files("rasad") / "data" / "patterns" / "quotes.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=YAML_LOADER)


@lru_cache(maxsize=1)
def _cue_regex() -> re.Pattern:
    glued, cue = _cue_parts()
    forms = _cue_forms() + sorted(_clause_cue_forms())
    # the cues' first letters first (a bare alef for "آ"/"أ", as _loose allows): most positions fail there, before the
    # costly lookbehinds are tried
    firsts = {f.replace(ZWNJ, " ").strip()[0] for f in forms if f.strip()}
    firsts |= {"ا"} if firsts & {"آ", "أ"} else set()
    joined = "".join(rf"|(?<=[^{_L}]{re.escape(c)})" for c in _data()["glued_conjunctions"])
    return re.compile(rf"(?=[{''.join(sorted(map(re.escape, firsts)))}])(?:(?<![{_L}])|(?<=[^{_L}](?:{glued})){joined})"
                      rf"{cue}")


@lru_cache(maxsize=1)
def _cue_parts() -> tuple[str, str]:
    """The glued pronouns' alternation ("اوگفته است": a pronoun glued to the cue) and the cue itself."""
    glued = "|".join(re.escape(w) for w in _data()["glued_pronouns"])
    forms = _cue_forms() + sorted(_clause_cue_forms())
    return glued, rf"(?:{_loose(phrases(forms))}){_cue_end()}"


@lru_cache(maxsize=1)
def _cue_after() -> re.Pattern:
    """Where a cue of :func:`_cue_regex` starts past the text's first character: it is found with the character
    before it (no letter), or the glued pronoun and the character before that, consumed, in group "cue". That first
    character class lets the engine skip straight to a non-letter, where the lookbehinds had it stop at every
    position. The pronoun is tried last, so of two cues found from one character the leftmost is taken, as
    ``_cue_regex`` takes it."""
    glued, cue = _cue_parts()
    joined = "".join("|" + re.escape(c) for c in _data()["glued_conjunctions"])
    return re.compile(rf"[^{_L}](?:{glued}{joined})??(?P<cue>{cue})")


def _cue_matches(text: str) -> list[re.Match]:
    """``list(_cue_regex().finditer(text))``, the same matches, found faster (:func:`_cue_after`): a cue at the start
    is tried there; past it (or past that cue) each one found is matched again by ``_cue_regex`` where it starts.
    No cue can start where the one before it ends: a cue ends with a letter of its last word, which is no glued
    pronoun (``_cue_regex`` needs no letter before a cue, or one of them)."""
    cue_re = _cue_regex()
    first = cue_re.match(text)
    out = [first] if first is not None else []
    for m in _cue_after().finditer(text, first.end() if first is not None else 0):
        out.append(cue_re.match(text, m.start("cue")))
    return out


def _cue_end() -> str:
    """A cue ends a word, or is glued to a statement's first word ("گفتاین اقدام ...") when a page dropped the
    space."""
    return rf"(?:(?![{_L}])|(?=(?:{phrases(_data()['glued_followers'])})(?![{_L}])))"


def _loose(pattern: str) -> str:
    """A phrase pattern whose "آ" and "أ" also match a bare alef: pages drop the madda and the hamza ("در این
    بیانیه امده است", "تاکید کرد")."""
    out, in_set, escaped = [], False, False
    for ch in pattern:  # outside character sets only: "[...آ...]" already holds its letter
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[" and not in_set:
            in_set = True
        elif ch == "]" and in_set:
            in_set = False
        elif not in_set and ch in _BARE_ALEF:
            out.append(_BARE_ALEF[ch])
            continue
        out.append(ch)
    return "".join(out)


_BARE_ALEF = {"آ": "[آا]", "أ": "[أا]"}


def _cue_forms() -> list[str]:
    """The cues and their other tenses by the light verb's table ("تصریح کرد" → "تصریح نمود", "تصریح کرده
    بود"; "هشدار داد" → "هشدار داده بود"), as outlets write them."""
    return _with_tenses(_data()["cues"])


def _with_tenses(cues: list[str]) -> list[str]:
    forms = set(cues)
    for cue in cues:
        head, _, verb = cue.rpartition(" ")
        for other in _data()["light_verb_forms"].get(verb, []) if head else []:
            forms.add(f"{head} {other}")
    return sorted(forms)


@lru_cache(maxsize=1)
def _clause_cue_forms() -> frozenset[str]:
    """Cues that report words only before "که" or a colon ("X تأیید کرد که ..."), or (session 28 Q) only with whom
    they ask ("X از Y خواست ..."), not the plain cues' forms."""
    return frozenset(_with_tenses([*_data()["clause_cues"], *_data()["request_cues"], *_data()["colon_cues"]])) - \
        set(_cue_forms())


@lru_cache(maxsize=1)
def _colon_keys() -> frozenset[str]:
    """(session 30 QUO) Cues that report words only before a colon ("X در بیانیه‌ای آورد: ...")."""
    return frozenset(_cue_key(c) for c in _with_tenses(_data()["colon_cues"]))


@lru_cache(maxsize=1)
def _request_keys() -> frozenset[str]:
    return frozenset(_cue_key(c) for c in _with_tenses(_data()["request_cues"]))


def _asks_someone(text: str, cue: re.Match, clause_lo: int) -> bool:
    """(session 28 Q) Whether a request cue asks someone named by "از" right before it ("X از دولت درخواست کرد ...",
    "از دبیر کل سازمان ملل درخواست کرده است که ..."), which makes what follows the request, with "که" or without;
    an "از" further back ("پس از دیدار با X، درخواست کرد") names no one asked."""
    return _addressee().search(text, max(clause_lo, cue.start() - 90), cue.start()) is not None


@lru_cache(maxsize=1)
def _addressee() -> re.Pattern:
    """"از" and a few words (no comma or full stop) ending right before a request cue: whom it asks
    (quotes.yaml request_addressee_words)."""
    n = int(_data()["request_addressee_words"])
    return re.compile(rf"(?<![{_L}])از(?:\s+[^\s،,.:؛«»]+){{1,{n}}}\s*$")


@lru_cache(maxsize=1)
def _clause_cue_keys() -> frozenset[str]:
    return frozenset(_cue_key(c) for c in _clause_cue_forms())


_FROM = re.compile(rf"(?<![{_L}])از(?![{_L}])")


def _takes_object(text: str, cue: re.Match, after: str, clause_lo: int) -> bool:
    """A clause cue that reports no words here: "... را تأیید کرد." (no "که" or colon after it), "X از برخورد دو
    خودرو خبر داد که منجر به ... شد" (its object "از ..." in the clause: "که" opens a relative clause)."""
    key = _cue_key(cue.group(0))
    if key not in _clause_cue_keys():
        return False
    if key in _request_keys():
        return not _asks_someone(text, cue, clause_lo)
    if key in _colon_keys():
        return ":" not in after
    if ":" not in after and "که" not in after:
        return True
    return key in _from_object_keys() and _FROM.search(text, clause_lo, cue.start()) is not None and ":" not in after


def _no_statement(text: str, cue: re.Match, after: str, clause_lo: int) -> bool:
    """A cue that reports no words here: a clause cue with its object (:func:`_takes_object`), a verb with a noun
    that makes it mean something else ("سخن می‌گفت", "تبریک گفت"), (session 26 Q2) the participle of an
    "according to" lead ("سفری که به گفته X، «...» بود": "گفته" is no cue of the clause before it), or (session 27
    A4) a participle made impersonal by a passive auxiliary ("گفته می‌شود ...": :func:`_impersonal`)."""
    return _takes_object(text, cue, after, clause_lo) or \
        _cue_object().search(text, max(0, cue.start() - 12), cue.start()) is not None or \
        _according_tail().search(text, max(0, cue.start() - 12), cue.end()) is not None or \
        _impersonal(text, cue)


def _impersonal(text: str, cue: re.Match) -> bool:
    """"گفته می‌شود ...", "گفته شده است که ...": a cue ending in a participle ("ه") with a passive auxiliary right
    after it reports what is said, by no one (quotes.yaml impersonal_after)."""
    return cue.group(0).endswith("ه") and _impersonal_after().match(text, cue.end()) is not None


@lru_cache(maxsize=1)
def _impersonal_after() -> re.Pattern:
    return re.compile(rf"\s+(?:{phrases(_data()['impersonal_after'])})(?![{_L}])")


@lru_cache(maxsize=1)
def _according_tail() -> re.Pattern:
    """An "according to" lead ending where a cue ends ("به گفته", "بنا بر گفته")."""
    return re.compile(rf"(?<![{_L}])(?:{phrases(_data()['according_to'])})$")


@lru_cache(maxsize=1)
def _from_object_keys() -> frozenset[str]:
    return frozenset(_cue_key(c) for c in _with_tenses(_data()["from_object_cues"]))


@lru_cache(maxsize=1)
def _cue_object() -> re.Pattern:
    """A noun right before a cue that makes it no speech report ("سخن می‌گفت", "تبریک گفت")."""
    return re.compile(rf"(?<![{_L}])(?:{phrases(_data()['cue_objects'])})\s+$")


@lru_cache(maxsize=4096)
def _cue_key(cue: str) -> str:
    """A cue as written, compared without spacing, joiners, madda or hamza (cached: a few hundred cue spellings
    recur in every text)."""
    return fold_for_compare(cue).replace(" ", "").replace("آ", "ا").replace("أ", "ا")


@lru_cache(maxsize=1)
def _document_regexes() -> tuple[re.Pattern, re.Pattern]:
    """"در (ادامه) (این) بیانیه (X) آمده است:" and "متن (کامل) بیانیه (X) به این شرح است:": group "doc" spans
    the document's owner, "cue" the verb."""
    data = _data()
    nouns, lead = phrases(data["document_nouns"]), phrases(data["document_leads"])
    said = re.compile(rf"(?<![{_L}])در\s+(?:(?:{lead})\s+)?(?:این\s+|آن\s+)?(?:{nouns})(?P<doc>[^.:؛]{{0,120}}?)"
                      rf"\s*(?P<cue>{_loose(phrases(data['document_cues']))}){_cue_end()}")
    listed = re.compile(rf"(?<![{_L}])متن\s+(?:کامل\s+)?(?:این\s+)?(?:{nouns})(?P<doc>[^.:؛]{{0,120}}?)"
                        rf"\s*(?P<cue>{phrases(data['document_text_cues'])})(?![{_L}])")
    return said, listed


@lru_cache(maxsize=1)
def _document_in_it() -> re.Pattern:
    """"X قطعنامه‌ای را تصویب کرد که در آن آمده است ...": the document named just before, issued by the clause's
    subject (group "doc" is empty: no owner is named after it)."""
    return re.compile(rf"(?<![{_L}])که\s+در\s+(?:آن|آنها|آن‌ها)(?P<doc>)\s+(?P<cue>{_loose(phrases(_data()['document_cues']))})"
                      rf"{_cue_end()}")


@lru_cache(maxsize=1)
def _continuing_regex() -> re.Pattern:
    """A clause whose subject is only a pronoun or a document ("وی افزود:", "این بیانیه افزود:", "بیانیه
    می‌افزاید:"), or that has none ("ادامه داد: ...", "همچنین افزود: ..."), when the linker resolved no actor there:
    the statement goes on with the last quote's speaker."""
    data = _data()
    lead = phrases(data["document_subject_leads"])
    subject = "|".join(phrases(data[k]) for k in ("continuing_descriptions", "document_nouns", "continuing_pronouns"))
    return re.compile(rf"\s*(?:(?:(?:{lead})\s+)?(?:{subject})(?![{_L}])|(?:(?:{phrases(data['pro_drop_leads'])})[\s،,]*){{0,3}}$)")


@lru_cache(maxsize=1)
def _according_regex() -> re.Pattern:
    """"به گفته X، ..." and "به گفته X «...»": the statement follows the comma or opens with a quotation mark (one that
    runs on, not a name in guillemets: "به گفته «ساموئل ژبوگار»، ..."); after a pronoun it follows with no comma
    ("به گفته وی مراسم ... برگزار می‌شود": group "pron")."""
    data = _data()
    return re.compile(rf"(?<![{_L}])(?:{phrases(_according_words())})\s+(?:(?P<pron>{phrases(data['continuing_pronouns'])})"
                      rf"\s+(?![،,\s])|(?P<who>[^،,:.]{{2,120}}?)\s*(?:[،,]\s*|(?=«[^»]{{24}})))")


@lru_cache(maxsize=1)
def _according_words() -> list[str]:
    """(session 29 QUO) quotes.yaml according_to, and each lead ending in "ه" with its ezafe ("به گفته‌ی او، ...",
    "به گفتۀ وی، ..." as the normaliser writes "ۀ", "طبق بیانیه‌ی X، ..."), as formal and Dari pages write them."""
    words = _data()["according_to"]
    return [*words, *(w + ZWNJ + "ی" for w in words if w.endswith("ه"))]


@lru_cache(maxsize=1)
def _according_leads() -> re.Pattern:
    """Every place :func:`_according_regex` may start ("به گفته", ...), found in one pass: its lead words alone, as
    a lookahead (no two overlap away). The match is the lead's first letter (the engine skips straight to one of
    them, where a lookahead first had it try every position), the lookahead put in a lookbehind over that letter."""
    words = _according_words()
    firsts = "".join(sorted({re.escape(w.replace(ZWNJ, " ").strip()[0]) for w in words if w.strip()}))
    return re.compile(rf"[{firsts}](?<=(?=(?:{phrases(words)})).)")


def _speaker(text: str, linked: Linked, kb: KnowledgeBase, lo: int, hi: int,
             last: bool = False) -> tuple[list[Mention], str]:
    """The subject of the clause [lo, hi): a person where one leads a clause, else an organisation or state,
    else an outlet named right before the cue ("خبرگزاری سانا جمعه اعلام کرد"). ``last``: the nearest subject
    before ``hi`` rather than the first."""
    aside = _subordinate_span(text, lo, hi)
    found = linked.in_span(lo, hi)
    ms = [m for m in found if not text.startswith(("-", "–"), m.end)  # "فرارو- ...": a dateline
          and not (m.how == "description" and _deep_in_clause(text, lo, m.start)) and not aside[0] <= m.start < aside[1]
          and not _possessive_pronoun(text, lo, m, found)]
    chains = [c for c in build_chains(text, ms, lo, kb)
              if (c.marker is None or c.marker == "در" and _framed(text, c.start) or _after_adverb(text, lo, c.start))
              and not c.object_ra]
    if last:
        chains.reverse()
    acted = [(c, c.actors()) for c in chains]  # a chain's actors, found once (each asks its conjuncts again)
    for c, actors in acted:
        if any(m.type in ("PERSON", "PARTIES") for m in actors):
            return _expand(actors, linked.mentions), text[c.conjuncts[0][0].start:c.end]
    named = _leading_name(text, linked, kb, lo, hi) if not last else None
    if named is not None:
        _register(linked, named, kb)
        return [named], named.text
    # "روابط عمومی قرارگاه قدس نیروی زمینی سپاه گفت": a capital standing for its state ("قدس") names a unit, not
    # who speaks, where an organisation is named too — organisations and states by name first
    for c, actors in sorted(acted, key=lambda ca: all(m.how == "metonym" for m in ca[1])):
        if any(m.type in ("ORG", "COUNTRY") for m in actors):
            return _without_owner(text, _expand(actors, linked.mentions), kb), text[c.conjuncts[0][0].start:c.end]
    # "در گفت‌وگو با (خبرنگار) سینماپرس گفت": whom the speaker talked to; "به گزارش ایسنا،": who reports it
    media = [m for m in ms if m.type == "MEDIA" and hi - m.end < 25 and not _outlet_not_speaker(text, m.start)]
    if media:
        return [media[-1]], media[-1].text
    return _surname_speaker(text, linked, lo, hi)


def _without_owner(text: str, speakers: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """(session 30 BODY) A state named right after a body of its own is the body's owner in the genitive ("وزارت
    خارجه | سودان اعلام کرد", "نیروی دریایی سپاه | ایران اعلام کرد"): the body speaks, not the state as well."""
    def owner(i: int) -> bool:
        body, state = speakers[i - 1], speakers[i]
        a = kb.actors.get(body.kb_id or "")
        return state.type == "COUNTRY" and body.type == "ORG" and a is not None and a.country == state.kb_id \
            and not text[body.end:state.start].strip()
    return [m for i, m in enumerate(speakers) if not (i and owner(i))]


@lru_cache(maxsize=1)
def _subordinate() -> re.Pattern:
    """(session 29 QUO) "با بیان اینکه", "ضمن اشاره به اینکه": a subordinate clause opening inside a speaker's clause
    (quotes.yaml subordinate_leads, subordinate_conjunctions)."""
    data = _data()
    return re.compile(rf"(?<![{_L}])(?:{phrases(data['subordinate_leads'])})\s+(?:[{_L}]+\s+){{0,3}}?"
                      rf"(?:{phrases(data['subordinate_conjunctions'])})(?![{_L}])")


def _subordinate_span(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Where a subordinate clause inside [lo, hi) runs, to its comma or to ``hi`` ("رضایی با بیان اینکه آمریکا ...،
    گفت:"): its actors are what the speaker talks about, not the speaker. (hi, hi) when there is none; only clauses
    holding "که" are searched (most hold none)."""
    if "که" not in text[lo:hi]:
        return hi, hi
    m = _subordinate().search(text, lo, hi)
    if m is None:
        return hi, hi
    comma = _COMMA.search(text, m.end(), hi)
    return m.start(), comma.start() if comma else hi


_COMMA = re.compile(r"[،,]")
_WORD = re.compile(rf"[{_L}]+")
_CONNECTIVE = re.compile(rf"\s*(?:[{_L}]+\s+){{0,4}}[{_L}]+\s*[،,]")


def _leading_name(text: str, linked: Linked, kb: KnowledgeBase, lo: int, hi: int) -> Mention | None:
    """"حجت‌الله رضایی عصر دوشنبه در حاشیه ... گفت:", "علاوه بر این، علیرضا یوسفی به ... اشاره کرد و عنوان کرد":
    a clause that opens (after a short connective) with a given name and a surname the linker did not take is
    that person's, whom the knowledge base does not know."""
    lead = _CONNECTIVE.match(text, lo, min(hi, lo + 60))
    words = list(_WORD.finditer(text, lead.end() if lead else lo, min(hi, lo + 90)))[:3]
    n = 3 if len(words) == 3 and is_given_name(words[1].group()) else 2
    if len(words) < n or not is_given_name(words[0].group()) or linked.in_span(words[0].start(), words[n - 1].end()):
        return None
    surname = fold_for_compare(words[n - 1].group())
    if surname in _not_surnames() or is_given_name(surname) or not text[words[0].end():words[n - 1].start()].isspace():
        return None
    s, e = words[0].start(), words[n - 1].end()
    return Mention(s, e, text[s:e], None, transliterate_name(text[s:e], kb.name_parts()), "PERSON", "unknown-name")


def _register(linked: Linked, m: Mention, kb: KnowledgeBase) -> None:
    """A person found only as a speaker ("بیت‌الله عبدالهی در تذکر شفاهی خود ... اظهار داشت") joins the text's
    mentions and entities: the surname alone may speak later ("عبدالهی ادامه داد"), an office may be theirs."""
    at = bisect.bisect_left([x.start for x in linked.mentions], m.start)
    linked.mentions.insert(at, m)
    linked.__dict__.pop("_quote_surnames", None)
    if not any(e.kb_id is None and e.name == m.name for e in linked.entities):
        linked.entities.append(_unknown_entity(m, linked.mentions, kb))
    entity = next(e for e in linked.entities if e.kb_id is None and e.name == m.name)
    if m.text not in entity.forms:
        entity.forms.append(m.text)
    entity.mentions.append((m.start, m.end))


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    return frozenset(fold_for_compare(w) for w in _data()["not_surnames"]) | _office_heads()


_NOUN_BEFORE = re.compile(rf"(?<![{_L}])(?P<noun>[{_L}]+) +$")


def _possessive_pronoun(text: str, lo: int, m: Mention, found: list[Mention]) -> bool:
    """(session 30 QUO) "X با انتشار خبر سفر ... و دیدار او با Y اعلام کرد": a pronoun right after a noun,
    deep in a clause that opens with an actor, is that noun's possessor ("دیدار او"), not the clause's subject. A
    pronoun after a comma or a preposition ("در این نشست، وی گفت") is not taken for one."""
    if m.how != "pronoun" or not _deep_in_clause(text, lo, m.start) or not found or found[0] is m:
        return False
    if text[lo:found[0].start].strip():  # the clause opens with no actor: the pronoun may be its subject
        return False
    noun = _NOUN_BEFORE.search(text, max(lo, m.start - 30), m.start)
    return noun is not None and fold_for_compare(noun.group("noun")) not in _not_surnames()


def _deep_in_clause(text: str, lo: int, at: int) -> bool:
    """"X به حمایت آلمان ... مقامات این کشور ... اشاره کرد و عنوان کرد": a description ("این کشور") several words
    into its clause refers back inside it and is not the clause's subject."""
    return len(text[lo:at].split()) > 3


def _surname_speaker(text: str, linked: Linked, lo: int, hi: int) -> tuple[list[Mention], str]:
    """"صادق ضیائیان، مدیرکل ... . ضیائیان با اشاره به ... افزود:" / "آقای اسماعیلی گفت:": a clause that opens with
    the surname alone (after a title) of a person named in full earlier — or does so after a connective and its
    "که" ("این در حالیست، که آقای قانع گفت:")."""
    lead = _CONNECTIVE.match(text, lo, min(hi, lo + 60))
    for at in (lo, lead.end()) if lead else (lo,):
        words = fold_for_compare(text[at:min(hi, at + 60)]).split()
        words = words[1:] if at > lo and words[:1] == ["که"] else words
        while words and words[0] in _surname_titles():
            words = words[1:]
        named = _surnames(linked).get(words[0], []) if words else []
        m = next((x for x in reversed(named) if x.start < lo), None)
        if m is not None:
            first = text.find(text[at:hi].split()[0], at, hi)
            return [Mention(max(first, lo), hi, words[0], m.kb_id, m.name, "PERSON", "short")], words[0]
    return [], ""


def _surnames(linked: Linked) -> dict[str, list[Mention]]:
    """Each person named in full (two words at least) by the last word of the name, in text order; built once
    per document, as clauses ask for it many times."""
    cache = linked.__dict__.get("_quote_surnames")
    if cache is None:
        cache = {}
        for m in linked.mentions:
            full = fold_for_compare(m.text).split() if m.type == "PERSON" and m.how in ("name", "unknown-name") else []
            if len(full) >= 2:
                cache.setdefault(full[-1], []).append(m)
        linked.__dict__["_quote_surnames"] = cache
    return cache


@lru_cache(maxsize=1)
def _surname_titles() -> frozenset[str]:
    return frozenset(fold_for_compare(w) for w in _data()["surname_titles"])


def _outlet_not_speaker(text: str, at: int) -> bool:
    """An outlet right after "با", "با خبرنگار", "به گزارش" or "به نقل از" is not who speaks."""
    before = " ".join(fold_for_compare(text[max(0, at - 30):at]).split()[-3:])
    return any(before.endswith(w) or before.endswith(w + " خبرنگار") for w in _outlet_leads())


@lru_cache(maxsize=1)
def _outlet_leads() -> tuple[str, ...]:
    return tuple(fold_for_compare(w) for w in _data()["outlet_not_speaker_after"])


def find_quotes(article: CleanArticle, sentences: list[Sentence], linked: Linked, kb: KnowledgeBase) -> list[Quote]:
    text = article.body
    quotes: list[Quote] = []
    offices: list[tuple[int, Mention]] = []  # quotes whose speaker is an office, not its holder
    heads: dict[int, int] = {}  # such a quote → where its office phrase opens, when its speaker is the office's body
    going_on: list[int] = []  # quotes whose clause names no actor: they continue the previous speaker
    holders: dict[str, bool] = {}  # people who speak → whether one is named (not only a pronoun) as speaker
    announced: list[tuple[int, Mention]] = []  # offices that only announce ("X از ... خبر داد."): (head, office)
    unnamed: set[int] = set()  # (ids of) statements by someone unnamed: who goes on after them is not known
    for si, s, cues in _cues_by_sentence(text, sentences, linked):
        check_time()
        prev_end, last = s.start, None  # last: who spoke the sentence's previous statement
        for i, cue in enumerate(cues):
            rest = text[cue.end():s.end]
            m = _rx_match(rf"^\s*(:|،|؛|,|\s+که\s|\s|(?<!\s)(?=[{_L}]))", rest)
            if not m:
                announced += _announcing_office(text, sentences, si, prev_end, cue, linked, kb) if i == 0 else []
                prev_end = cue.end()
                continue
            direct = m.group(1) == ":"
            if _no_statement(text, cue, m.group(1), prev_end):
                prev_end = _new_subject_after(text, linked, cue, prev_end)  # "... خبر دادند و Y نیز اعلام کرد"
                continue  # "X از ... خبر داد و گفت:", "X که ... سخن می‌گفت، ... گفت:": the clause's subject still leads
            start = _statement_start(text, cue, cue.end() + m.end(), direct)
            if not direct and (_rx_match(r"^\s*(?:(?:شد|است|بود|و|\.)(?![" + _L + r"])|و\s*گو)", text[start:start + 8])
                               or i + 1 < len(cues) and cues[i + 1].start() == start):
                continue  # "در گفت و گو با خبرنگاران افزود", "اعلام کرد و افزود", "عنوان کرده گفت:": the subject leads
            end = _statement_end(text, start, direct, s.end)
            if not direct and i + 1 < len(cues):  # an indirect statement stops where the next speaker's clause starts
                end = _coordinated(text, cues[i + 1].start()) or \
                    _next_clause(text, linked, kb, cue.end(), cues[i + 1].start(), start, end)
            quote_text = text[start:end].strip().rstrip("،,")
            if len(quote_text.split()) < 3:
                prev_end = cue.end()
                continue
            clause_lo, speakers, mention = _clause_speaker(text, sentences, si, prev_end, cue.start(), linked, kb)
            and_then = last is not None and (_coordinated(text, cue.start()) is not None or not speakers and last[2])
            # "X گفته که ... و تأکید کرد که ...", "X که می‌گوید ...، ... هشدار داد": the subject goes on
            speakers, mention = last[:2] if and_then else (speakers, mention)
            prev_end = _clause_after(text, cue, end, direct, cues[i + 1].start() if i + 1 < len(cues) else s.end)
            if _others_said(cue, speakers, mention, and_then, quotes, linked, going_on):
                continue  # "X بیان کرد: ... ولی گفتند ...": others said it, within X's words
            if _by_unnamed(text, clause_lo, cue.start(), speakers, mention, quotes, unnamed):  # "یکی از اعضای X گفت:"
                last = _said_unnamed(quotes, unnamed, _quote([], "", cue.group(0), text, start, end, direct))
                continue
            if _pronoun_of_office(speakers, linked):  # "سخنگوی طالبان ... گفته است ... . او ... گفته": the office's
                speakers, mention, and_then = [], "", True  # words go on
            if not speakers and not mention:
                if _opens_with_office(text, clause_lo, cue.start()):  # "جانشین رئیس پلیس راه X گفت:", unlinked
                    who = text[clause_lo:cue.start()].strip()
                    at = text.find(who, clause_lo)
                    offices.append((len(quotes), Mention(at, at + len(who), who, None, who, "PERSON", "role")))
                    quotes.append(Quote(speaker=None, speaker_mention=who, cue=cue.group(0), text=quote_text,
                                        direct=direct, start=start, end=end))
                elif and_then or _continuing_regex().match(text, clause_lo, cue.start()):
                    going_on.append(len(quotes))
                    last = ([], "", False)
                    said_by = "" if and_then else text[clause_lo:cue.start()].strip()  # "... و تأکید کرد": no subject
                    quotes.append(Quote(speaker=None, speaker_mention=said_by, cue=cue.group(0), text=quote_text,
                                        direct=direct, start=start, end=end))
                continue
            speakers = _settled_speakers(text, speakers, quotes, linked, cue.start())
            if _is_office(text, speakers, clause_lo, linked):
                offices.append((len(quotes), speakers[0]))
                heads[len(quotes)] = clause_lo
            elif len(speakers) == 1 and speakers[0].type == "PERSON" and speakers[0].how not in ("role", "description"):
                key = speakers[0].kb_id or speakers[0].name
                holders[key] = holders.get(key, False) or speakers[0].how != "pronoun"
            last = (speakers, mention, _RELATIVE.search(text, max(0, cue.start() - 40), cue.start()) is not None)
            quotes.append(_quote(speakers, mention, cue.group(0), text, start, end, direct))
    quotes = _settle_offices(text, sentences, linked, kb, quotes, offices, heads, holders)
    _settle_announcers(text, linked, announced, holders)
    pending = {id(quotes[i]) for i in going_on} | {id(q) for q in quotes if _pronoun_goes_on(q)}
    quotes = [q for q in quotes if q.speaker or id(q) in pending or id(q) in unnamed]  # an unlinked office nobody holds
    quotes += _document_quotes(text, sentences, linked, kb, quotes)
    quotes += _labelled_quotes(text, sentences, linked, kb, quotes)
    quotes += _interview_quotes(text, linked, kb, quotes)
    quotes.sort(key=lambda q: q.start)
    title_end = _title_end(article)
    return [q for q in _continue_speakers(quotes, pending) if q.start >= title_end and id(q) not in unnamed]


_AND_SUBJECT = re.compile(r"\s*و\s+")
_OBJECT_AFTER = re.compile(r"\s*را(?![\u0600-\u06FF])")


def _new_subject_after(text: str, linked: Linked, cue: re.Match, prev_end: int) -> int:
    """(session 30 QUO) Where the next cue's clause starts after a cue that reports no words here: right after it when
    "و" and a new subject follow it ("مقام‌های X از ... خبر دادند و Y نیز اعلام کرد که ...": Pakistan
    speaks, not the officials), else where it started ("X از ... خبر داد و گفت:": X still speaks). A subject is an
    actor named right after "و", not the object of a verb ("و آمریکا را متهم کرد")."""
    joined = _AND_SUBJECT.match(text, cue.end())
    if joined is None:
        return prev_end
    first = next((m for m in linked.in_span(joined.end(), joined.end() + 60) if m.start == joined.end()), None)
    if first is None or first.type not in ("PERSON", "ORG", "COUNTRY") or _OBJECT_AFTER.match(text, first.end):
        return prev_end
    return cue.end()


_RELATIVE_HEAD = re.compile(rf"(?<![{_L}])(?P<head>[{_L}]*ی)\s+(?:را\s+)?که\s+$")  # "اهدافی را که X می‌گوید"
_WORDS_FOLLOW = re.compile(r"\s+(?!که(?:\s|$))[^\s:،,.]")


def _relative_cue(text: str, cue: re.Match, linked: Linked) -> bool:
    """(session 30 QUO) A cue in a relative clause on a noun ("شرکت‌هایی که X مدعی است به Y کمک می‌کنند"): the
    noun ending in "ی" (and "را") and "که", then one actor as the clause's subject right before the cue, and the clause's words
    after the cue with no "که" or colon (quotes.yaml relative_not_heads: "در حالی که X می‌گوید" is no such clause)."""
    if not _WORDS_FOLLOW.match(text, cue.end()):
        return False
    subject = next((m for m in reversed(linked.in_span(max(0, cue.start() - 60), cue.start()))
                    if m.type in ("PERSON", "ORG", "COUNTRY", "PLACE")), None)  # a capital: its state
    if subject is None or text[subject.end:cue.start()].strip():
        return False
    head = _RELATIVE_HEAD.search(text, max(0, subject.start - 40), subject.start)
    return head is not None and fold_for_compare(head.group("head")) not in _relative_not_heads()


@lru_cache(maxsize=1)
def _relative_not_heads() -> frozenset[str]:
    return frozenset(fold_for_compare(w) for w in _data()["relative_not_heads"])


@lru_cache(maxsize=1)
def _relative_heads() -> frozenset[str]:
    return frozenset(fold_for_compare(w) for w in _data()["relative_heads"])


def _relative_speaks(text: str, lo: int, speakers: list[Mention]) -> bool:
    """(session 29 QUO) "همسر X در گفت‌وگو با ... گفت:", "وکیل X گفت": a clause that opens with a relative's, lawyer's
    or aide's word right before the one person it names is that relative speaking, not X (quotes.yaml
    relative_heads)."""
    if len(speakers) != 1 or speakers[0].type != "PERSON" or speakers[0].how not in ("name", "unknown-name", "short"):
        return False
    before = text[lo:speakers[0].start].split()
    return 0 < len(before) <= 2 and fold_for_compare(before[-1]) in _relative_heads()


@lru_cache(maxsize=1)
def _unnamed_opener() -> re.Pattern:
    return re.compile(rf"{_head_lead()}(?:{phrases(_data()['unnamed_openers'])})(?![{_L}])")


def _unnamed_subject(text: str, lo: int, hi: int) -> bool:
    """(session 29 QUO) Whether the clause [lo, hi) names its subject only as someone unnamed: one of a group ("یکی
    از اعضای X"), an unnamed many ("منابع آگاه"), or a relative of someone (:func:`_relative_speaks`)."""
    lead = text[lo:hi].split()[:1]
    one_of = _unnamed_opener().match(text, lo, hi)
    if one_of is not None and text[one_of.end():hi].lstrip().startswith(_spokesperson_heads()):
        return False  # "یکی از سخنگویان وزارت خارجه X": a spokesperson speaks for the ministry
    return bool(lead) and (fold_for_compare(lead[0]) in _relative_heads() or one_of is not None
                           or _anonymous_head().match(text, lo, hi) is not None)


def _by_unnamed(text: str, lo: int, hi: int, speakers: list[Mention], mention: str, quotes: list[Quote],
                unnamed: set[int]) -> bool:
    """(session 29 QUO) Whether the statement of a cue at ``hi`` is by someone unnamed: its clause names them so
    (:func:`_unnamed_subject`), or goes on from one (:func:`_goes_on_unnamed`)."""
    return not speakers and not mention and _unnamed_subject(text, lo, hi) or \
        _goes_on_unnamed(text, lo, hi, speakers, quotes, unnamed)


def _said_unnamed(quotes: list[Quote], unnamed: set[int], quote: Quote) -> None:
    """Keep a statement by someone unnamed in its place, to be dropped at the end: a pronoun after it is theirs. Returns
    the sentence's last speaker for a joined cue to go on with: no one."""
    unnamed.add(id(quote))
    quotes.append(quote)


def _goes_on_unnamed(text: str, lo: int, hi: int, speakers: list[Mention], quotes: list[Quote],
                     unnamed: set[int]) -> bool:
    """(session 29 QUO) "یکی از اعضای X گفت: ... . وی افزود: ... . این عضو X گفت:": a pronoun or a description right
    after a statement by someone unnamed is that one, not a person the linker found further back."""
    if not quotes or id(quotes[-1]) not in unnamed or hi - quotes[-1].end > _CONTINUE_WITHIN:
        return False
    return bool(speakers) and all(m.how == "pronoun" for m in speakers) or _continuing_regex().match(text, lo, hi) is not None


@lru_cache(maxsize=1)
def _plural_cues() -> frozenset[str]:
    """Cue keys in the third person plural ("گفتند", "گفته‌اند", "می‌گویند"); "می‌کند" is singular."""
    keys = map(_cue_key, [*_cue_forms(), *_clause_cue_forms()])
    return frozenset(k for k in keys if k.endswith("ند") and not k.endswith("کند"))


def _last_speakers(quotes: list[Quote], linked: Linked, going_on: list[int]) -> list[Mention]:
    """The mentions of the last statement's speaker, one person's: who a speakerless cue would go on with (past the
    statements that themselves go on with it)."""
    i = len(quotes) - 1
    while i >= 0 and quotes[i].speaker is None and i in going_on:
        i -= 1
    last = quotes[i] if i >= 0 else None
    if last is None or not isinstance(last.speaker, str):
        return []
    who = last.speaker_id or last.speaker
    return [m for m in linked.mentions if (m.kb_id or m.name) == who and m.type == "PERSON"][:1]


def _others_said(cue: re.Match, speakers: list[Mention], mention: str, and_then: bool, quotes: list[Quote],
                 linked: Linked, going_on: list[int]) -> bool:
    """(session 29 QUO) A plural cue with no subject of its own after one person's statement ("X بیان کرد: ... ولی
    گفتند ..."), joined to it (``speakers`` are then X) or going on from it."""
    if speakers:
        return and_then and _plural_after_one(cue, speakers)
    return not speakers and not mention and _cue_key(cue.group(0)) in _plural_cues() and \
        _plural_after_one(cue, _last_speakers(quotes, linked, going_on))


def _plural_after_one(cue: re.Match, speakers: list[Mention]) -> bool:
    """(session 29 QUO) A plural cue joined to one person's statement ("X بیان کرد: ... ولی گفتند ..."): others
    spoke, the person only reports it; not the person going on."""
    return len(speakers) == 1 and speakers[0].type == "PERSON" and _cue_key(cue.group(0)) in _plural_cues()


def _cues_by_sentence(text: str, sentences: list[Sentence], linked: Linked):
    """(index, sentence, its cues) for the sentences that hold a cue: one scan of the text, not one per sentence
    (most sentences hold none). (session 30 QUO) A cue in a relative clause on a noun is none (:func:`_relative_cue`)."""
    cues = [c for c in _cue_matches(text) if not _relative_cue(text, c, linked)]
    k = 0
    for si, s in enumerate(sentences):
        while k < len(cues) and cues[k].start() < s.start:
            k += 1
        j = k
        while j < len(cues) and cues[j].end() <= s.end:
            j += 1
        if j > k:
            yield si, s, cues[k:j]
        k = j


def _clause_after(text: str, cue: re.Match, end: int, direct: bool, next_cue: int) -> int:
    """Where the next cue's clause in the sentence may start: after this statement when it was closed in
    guillemets before that cue ("X گفت: «... .» X همچنین اضافه کرد: «...»": the sentence runs on past ".»", and
    the first statement's words name no speaker of the second), else right after this cue."""
    return end if direct and text[end - 1:end] == "»" and end <= next_cue else cue.end()


_RELATIVE = re.compile(rf"(?<![{_L}])که\s*$")  # "ایران که می‌گوید ...": a cue in a relative clause on its subject


def _statement_start(text: str, cue: re.Match, at: int, direct: bool) -> int:
    """Where the words start after a cue: right after it, or — a speech verb's colon ending its line ("X در کانال
    خود نوشت:\n\n<the words>") — on the next line ("از ... خبر داد:" and its list stay apart)."""
    if not direct or _cue_key(cue.group(0)) in _clause_cue_keys():
        return at
    return at + len(text[at:at + 20]) - len(text[at:at + 20].lstrip())


def _title_end(article: CleanArticle) -> int:
    """Where the body's first line ends when that line is the article's title ("وزیر کشور ایران: طالبان می‌گوید
    سدها خالی است"): a headline sums a statement up; the body reports it. 0 when the body does not open with it."""
    raw = article.meta.title or ""
    title = fold_for_compare(raw)
    line = article.body.split("\n", 1)[0]
    return len(line) if title and (line == raw or fold_for_compare(line) == title) else 0


def _head_lead() -> str:
    """What may stand before a clause's head: a short connective set off by a comma, or an adverb that opens a
    sentence ("همچنین دانشجویان دانشگاه X خبر دادند", quotes.yaml head_adverbs)."""
    return rf"\s*(?:(?:[{_L}]+\s+){{0,3}}[{_L}]+\s*[،,]\s*|(?:{phrases(_data()['head_adverbs'])})\s+)?"


def _count() -> str:
    """A count before a head noun: digits or a number word ("۵۰۰ دانشجوی", "سه مقام")."""
    return rf"(?:[0-9۰-۹]+|{phrases(_data()['anonymous_counts'])})\s+"


@lru_cache(maxsize=1)
def _anonymous_head() -> re.Pattern:
    """A clause opening (after a short connective) with an unnamed many ("منابع آگاه", "رسانه‌های اسرائیلی"), also
    counted ("۵۰۰ دانشجوی دانشگاه X")."""
    data = _data()
    return re.compile(rf"{_head_lead()}(?:{phrases(data['anonymous_heads'])}|{_count()}(?:{phrases(data['anonymous_counted'])}))"
                      rf"(?![{_L}])")


@lru_cache(maxsize=1)
def _official_head() -> re.Pattern:
    """A clause opening (after a short connective) with unnamed officials ("مقام‌های پلیس", "یک مقام")."""
    return re.compile(rf"{_head_lead()}(?:{_count()})?(?:{phrases(_data()['official_heads'])})(?![{_L}])")


def _officials_of_state(text: str, lo: int, hi: int, speakers: list[Mention], kb: KnowledgeBase) -> bool:
    """(session 28 Q2) "مقام‌های پلیس X گفتند", "یک مقام امنیتی X گفته": unnamed officials of a body or field the
    knowledge base lacks, with only their state linked, speak for no one a coder can name. Officials of a known body
    speak for it, and officials named by their state alone ("مقام‌های آمریکایی گفتند") for the state."""
    if not speakers or any(m.type != "COUNTRY" for m in speakers):
        return False
    head = _official_head().match(text, lo, hi)
    if head is None:
        return False
    first = min(speakers, key=lambda m: m.start)
    return not _state_form(text[head.end():first.end], first.kb_id, kb)


def _state_form(words: str, state: str | None, kb: KnowledgeBase) -> bool:
    """Whether ``words`` are only a name or adjective of ``state`` ("آمریکایی", "جمهوری اسلامی ایران")."""
    actor = kb.actors.get(state) if state else None
    return actor is not None and match_key(words.strip()) in {match_key(f) for f in (*actor.fa, *actor.short, *actor.adj)}


def _pronoun_of_office(speakers: list[Mention], linked: Linked) -> bool:
    """A pronoun the linker resolved to an office no one in the text holds ("او" → "Spokesperson of Taliban"): it
    speaks for whoever the office's own statement went to, the quote before it."""
    if len(speakers) != 1 or speakers[0].how != "pronoun" or speakers[0].kb_id is not None:
        return False
    name = speakers[0].name
    return not _unknown_person(name, linked) and \
        any(m.how == "role" and m.kb_id is None and m.name == name for m in linked.mentions)


@lru_cache(maxsize=1)
def _contrast() -> re.Pattern:
    return re.compile(rf"[،,؛]\s*(?:{phrases(_data()['contrast_openers'])})\s+")


def _anonymous_after_contrast(text: str, lo: int, hi: int) -> bool:
    """"..., اما منابع امنیتی این کشور تأیید کردند که": the cue's clause opens after the last contrast and is headed
    by an unnamed many."""
    ends = [m.end() for m in _contrast().finditer(text, lo, hi)]
    return bool(ends) and bool(_anonymous_head().match(text, ends[-1], hi))


@lru_cache(maxsize=1)
def _outlet_head() -> re.Pattern:
    """A clause opening (after a short connective) with an outlet's head word ("روزنامه", "این شبکه")."""
    return re.compile(rf"\s*(?:(?:[{_L}]+\s+){{0,3}}[{_L}]+\s*[،,]\s*)?(?:این\s+)?(?P<head>{phrases(_data()['outlet_heads'])})"
                      rf"(?![{_L}])")


@lru_cache(maxsize=1)
def _relay_regex() -> re.Pattern:
    """"به نقل از (اطلاعیه) X": the relayed source's name starts at the match's end."""
    data = _data()
    return re.compile(rf"(?<![{_L}])(?:{phrases(data['relay_leads'])})\s+(?:(?:این\s+)?(?:{phrases(data['document_nouns'])})"
                      rf"\s+)?")


def _relayed(text: str, linked: Linked, lo: int, hi: int) -> list[Mention]:
    """The named actor an outlet's clause relays ("خبرگزاری X به نقل از اطلاعیه وزارت اطلاعات گفته است"): a person,
    body or state right after "به نقل از" (an unnamed "یک مقام آمریکایی" is none)."""
    m = _relay_regex().search(text, lo, hi)
    if m is None:
        return []
    first = next((x for x in linked.in_span(m.end(), hi) if x.start == m.end()), None)
    return [first] if first is not None and first.type in ("PERSON", "ORG", "COUNTRY") else []


def _through_outlet(text: str, linked: Linked, kb: KnowledgeBase, lo: int, hi: int, speakers: list[Mention],
                    mention: str) -> tuple[list[Mention], str]:
    """(session 27 Q) An outlet's clause speaks for whom it relays ("شبکه X به نقل از وزارت بهداشت گزارش داد"),
    else for the outlet alone: one the knowledge base lacks ("روزنامه دان پاکستان گزارش داد") retells the news, and
    the state in its name is no speaker (a name that opens with the head word, "شبکه حقانی", is the speaker's own)."""
    known = any(m.kb_id in kb.outlets for m in speakers)
    head = None if known else _outlet_head().match(text, lo, hi)
    if not known and (head is None or any(m.start <= head.start("head") for m in speakers)):
        return speakers, mention
    relayed = _relayed(text, linked, lo, hi)
    if relayed:
        return relayed, relayed[0].text
    return (speakers, mention) if known else ([], "")


def _unknown_person(name: str, linked: Linked) -> bool:
    """Whether ``name`` is a person the knowledge base lacks (an office beside them carries their name)."""
    return any(u.how == "unknown-name" and u.name == name for u in linked.mentions)


def _clause_speaker(text: str, sentences: list[Sentence], si: int, lo: int, hi: int, linked: Linked,
                    kb: KnowledgeBase) -> tuple[int, list[Mention], str]:
    """Where the clause of a cue at ``hi`` starts (``lo``, or back where a cut sentence opened guillemets), and its
    subject."""
    s = sentences[si]
    clause_lo = _after_cause(text, _opened_before(text, sentences, si, hi) if lo == s.start else lo, hi)
    if _anonymous_head().match(text, clause_lo, hi) or _anonymous_after_contrast(text, clause_lo, hi):
        told = _told_outlet(text, linked, clause_lo, hi)  # "خبرگزاری‌های داخل ایران ... تأکید کرده‌اند": an unnamed
        return clause_lo, told, told[0].text if told else ""  # many, or the outlet it told, which the article cites
    speakers, mention = _speaker(text, linked, kb, clause_lo, hi)
    speakers, mention = _through_outlet(text, linked, kb, clause_lo, hi, speakers, mention)
    if _officials_of_state(text, clause_lo, hi, speakers, kb) or _relative_speaks(text, clause_lo, speakers):
        return clause_lo, [], ""  # unnamed officials; "همسر X گفت:": X's wife speaks, unnamed
    if not speakers and lo == s.start and si and \
            text[max(sentences[si - 1].start, s.start - 8):s.start].rstrip(" »«\n").endswith(("!", "؟", "?")):
        # "X در برنامه «آقای سخنگو! کجا ایستاده‌ایم» ... گفت:": a "!" inside a title cut the sentence
        speakers, mention = _speaker(text, linked, kb, max(sentences[si - 1].start, s.start - 400), hi)
    return clause_lo, speakers, mention


def _told_outlet(text: str, linked: Linked, lo: int, hi: int) -> list[Mention]:
    """(session 28 Q2) "دو منبع امنیتی ... به رویترز گفته‌اند": the outlet an unnamed many told, named right before the
    cue; its report is cited (outlet_reports), never a statement of its own."""
    media = [m for m in linked.in_span(lo, hi) if m.type == "MEDIA" and hi - m.end < 25
             and not _outlet_not_speaker(text, m.start)]
    return media[-1:]


def _after_cause(text: str, lo: int, hi: int) -> int:
    """(session 27 A4) Where a cue's clause starts past a clause of cause opened before it ("... می‌جنگد زیرا
    نیروهای دولت فدرال ادعا می‌کنند": the forces claim, not the group before "زیرا")."""
    ends = [m.end() for m in _cause().finditer(text, lo, hi)]
    return ends[-1] if ends else lo


@lru_cache(maxsize=1)
def _cause() -> re.Pattern:
    return re.compile(rf"(?<![{_L}])(?:{phrases(_data()['cause_openers'])})\s+")


@lru_cache(maxsize=1)
def _and_then() -> re.Pattern:
    return re.compile(rf"[\s،,]({phrases(_data()['coordinators'])})\s+(?:(?:{phrases(_data()['pro_drop_leads'])})\s+)?$")


def _coordinated(text: str, at: int) -> int | None:
    """Where "و" (or, session 26 Q2, "اما"/"ولی") stands right before a cue at ``at`` ("... گفته که ... و تأکید کرد
    که ...", "او تایید می‌کند که ... اما معتقد است: ..."): the cue shares the previous cue's subject, and the
    previous statement ends there. None when the cue does not follow such a word."""
    m = _and_then().search(text, max(0, at - 30), at)
    return m.start(1) if m else None


def _opened_before(text: str, sentences: list[Sentence], si: int, hi: int) -> int:
    """Where the clause of a cue in sentence ``si`` starts: the sentence's start, or — when a question or title in
    guillemets was cut into sentences ("X در پاسخ به این پرسش که «... کلید خورد. آیا ...؟» توضیح داد:") — the start
    of the sentence that opened the guillemets, where its subject stands."""
    lo = sentences[si].start
    close = text.find("»", lo, hi)
    if close == -1 or -1 < text.find("«", lo, close):
        return lo
    opened = text.rfind("«", max(0, lo - _OPENED_WITHIN), lo)
    if opened == -1 or "\n" in text[opened:lo] or "»" in text[opened:lo]:
        return lo
    return next((s.start for s in reversed(sentences[:si]) if s.start <= opened), lo)


_OPENED_WITHIN = 600  # characters back to the « a cut sentence may have opened


def _continue_speakers(quotes: list[Quote], pending: set[int]) -> list[Quote]:
    """Quotes whose clause named no actor ("وی افزود:", "این بیانیه افزود:") take the speaker of the quote just
    before them, within a few paragraphs; with none, they are dropped."""
    out: list[Quote] = []
    for q in quotes:
        if id(q) not in pending:
            out.append(q)
            continue
        last = out[-1] if out else None
        if last is not None and last.speaker and q.start - last.end < _CONTINUE_WITHIN:
            out.append(Quote(speaker=last.speaker, speaker_mention=q.speaker_mention, cue=q.cue, text=q.text,
                             direct=q.direct, start=q.start, end=q.end, speaker_id=last.speaker_id))
    return out


_CONTINUE_WITHIN = 1500  # characters between a statement and the one that goes on with its speaker


_FRAMED = re.compile(rf"(?<![{_L}])در\s+(?:این|آن|همان|همین)\s+(?:[{_L}]+\s+){{0,2}}$")


def _framed(text: str, at: int) -> bool:
    """"در همان زمان سخنگوی ... گفت", "در این تماس X ... تاکید کرد": a "در" phrase closed by a demonstrative's
    noun before the actor, who is the clause's subject, not part of the phrase."""
    return _FRAMED.search(text[max(0, at - 45):at]) is not None


def _after_adverb(text: str, lo: int, at: int) -> bool:
    """(session 31 QBODY) "در عین حال X می‌گوید که ...", "در این میان X گفت", "از سوی دیگر X اعلام کرد": an actor
    right after an adverb that opens the clause (quotes.yaml head_adverbs) is its subject, though the adverb's
    preposition ("در", "میان", "از سوی") marks the actor's chain."""
    return _head_adverb_only().fullmatch(text, lo, at) is not None


@lru_cache(maxsize=1)
def _head_adverb_only() -> re.Pattern:
    return re.compile(rf"\s*(?:{phrases(_data()['head_adverbs'])})\s*[،,]?\s*")


def _next_clause(text: str, linked: Linked, kb: KnowledgeBase, lo: int, hi: int, start: int, end: int) -> int:
    """Where an indirect statement stops before the next cue in its sentence: at the subject nearest that cue,
    not at an earlier mention of the same actor inside the statement."""
    spk, said_by = _speaker(text, linked, kb, lo, hi, last=True)
    cut = text.rfind(said_by, lo, hi) if spk and said_by else -1
    return cut if cut > start else end


def _opens_with_office(text: str, lo: int, hi: int) -> bool:
    """A clause the linker found no actor in that opens with an office word ("جانشین رئیس پلیس راه ... گفت")."""
    lead = fold_for_compare(text[lo:min(hi, lo + 40)]).split()[:2]
    return bool(lead) and (lead[0] in _office_heads() or " ".join(lead) in _office_heads())


def _settled_speakers(text: str, speakers: list[Mention], quotes: list[Quote], linked: Linked, at: int) -> list[Mention]:
    """A clause's speakers read against the text before the cue at ``at``: a pronoun going on with the last speaker,
    an office after "این" standing for the person it introduced, a national office named for a province."""
    speakers = _demonstrative_office(text, _continued_speaker(speakers, quotes, linked, at), quotes, linked)
    return _local_office(text, speakers, linked)


def _local_office(text: str, speakers: list[Mention], linked: Linked) -> list[Mention]:
    """(session 31 SPK) "فرمانده نیروی انتظامی استان البرز گفت", "رئیس پلیس آگاهی لرستان گفت": an office the linker
    gave its national holder, right before a province or a city, is that place's office, whose holder the knowledge
    base does not know: it speaks as an unheld office (the text's one named speaker's, else nobody's)."""
    if len(speakers) != 1 or speakers[0].how != "role" or speakers[0].kb_id is None:
        return speakers
    office = speakers[0]
    place = next((m for m in linked.in_span(office.end, office.end + 40) if m.start >= office.end), None)
    if place is not None and place.type == "PLACE" and not text[office.end:place.start].strip():
        end = place.end
    else:
        word = _WORD.search(text, office.end, office.end + 20)
        if word is None or text[office.end:word.start()].strip() or fold_for_compare(word.group()) not in _local_office_words():
            return speakers
        end = word.end()
    local = text[office.start:end]
    return [Mention(office.start, end, local, None, local, "PERSON", "role")]


@lru_cache(maxsize=1)
def _local_office_words() -> frozenset[str]:
    return frozenset(fold_for_compare(w) for w in _data()["local_office_words"])


def _is_office(text: str, speakers: list[Mention], clause_start: int, linked: Linked) -> bool:
    """"فرماندار هیرمند گفت", "مدیرکل پیش‌بینی سازمان هواشناسی گفت": the speaker is an office (a role the KB
    knows, or an organisation behind an office word), not a named person."""
    if len(speakers) != 1:
        return False
    m = speakers[0]
    if m.how == "role" and m.type == "PERSON":  # a title the linker gave no holder (nor a person the KB lacks)
        return m.kb_id is None and not _unknown_person(m.name, linked)
    if m.type not in ("ORG", "COUNTRY"):
        return False
    lead = fold_for_compare(text[clause_start:m.start]).split()
    heads = _office_heads()
    return bool(lead) and (lead[0] in heads or " ".join(lead[:2]) in heads) and m.start - clause_start < 80


def _settle_offices(text: str, sentences: list[Sentence], linked: Linked, kb: KnowledgeBase, quotes: list[Quote],
                    offices: list[tuple[int, Mention]], heads: dict[int, int], holders: dict[str, bool]) -> list[Quote]:
    """The quotes with the "به گفته X، ..." ones added, each office's statements given to its holder, and (session 26)
    the holder's office recorded among the article's roles: the article named the office and then the person."""
    according, held = _according_quotes(text, sentences, linked, kb, quotes)
    offices += [(len(quotes) + i, office) for i, office in held]
    quotes += according
    given = _offices_to_holder(quotes, offices, holders, linked, text)
    for i, office, person in given:
        held_office_role(text, linked, office, person, heads.get(i))
    return quotes


_SENTENCE_END = re.compile(r"\s*(?:[.!؟?]|$)")
_ANNOUNCED_WHAT = re.compile(r"\s(?:از|نسبت به|درباره|در مورد|در خصوص|در باره)\s")  # what the office announces
_LEAD_PHRASE = re.compile(r"\s*(?:[^\s،,.:«»]+\s+){1,4}[^\s،,.:«»]+\s*[،,]\s*")


def _announcing_office(text: str, sentences: list[Sentence], si: int, lo: int, cue: re.Match, linked: Linked,
                       kb: KnowledgeBase) -> list[tuple[int, Mention]]:
    """(session 27 H) "مدیرکل ... سازمان هواشناسی نسبت به ... هشدار داد.", "رئیس ... از ... خبر داد.": a sentence
    that ends with its cue quotes no words, yet its subject may be an office its named speaker holds later. Returns
    [(where the office opens, its subject mention)] when the clause opens with an office."""
    if not _SENTENCE_END.match(text, cue.end()) or lo != sentences[si].start:
        return []
    lead = _LEAD_PHRASE.match(text, lo, cue.start())  # "به دنبال این حادثه، رئیس ...": a short adverbial first
    lo = lead.end() if lead else lo
    if not _opens_with_office(text, lo, cue.start()):
        return []  # (the office word first: a clause's speaker is looked for only then)
    clause_lo, speakers, mention = _clause_speaker(text, sentences, si, lo, cue.start(), linked, kb)
    if _is_office(text, speakers, clause_lo, linked):
        return [(clause_lo, speakers[0])]
    what = _ANNOUNCED_WHAT.search(text, clause_lo, cue.start())  # an office the linker did not know: up to its object
    if speakers or mention or what is None:
        return []
    return [(clause_lo, Mention(clause_lo, what.start(), text[clause_lo:what.start()], None, "", "PERSON", "office"))]


def _settle_announcers(text: str, linked: Linked, announced: list[tuple[int, Mention]], holders: dict[str, bool]) -> None:
    """An announcing office is the role of the text's one named speaker, as a quoted office is (_offices_to_holder)."""
    if not announced or len(holders) != 1 or not next(iter(holders.values())):
        return
    who = next(iter(holders))
    person = next((m for m in linked.mentions if (m.kb_id or m.name) == who), None)
    for head, office in announced:
        if person is not None and _may_hold(office, person):
            held_office_role(text, linked, office, person, None if office.how == "role" else head, bounded=True)


def _offices_to_holder(quotes: list[Quote], offices: list[tuple[int, Mention]], holders: dict[str, bool],
                       linked: Linked, text: str) -> list[tuple[int, Mention, Mention]]:
    """A text whose only speaking person is named and that quotes an office ("فرماندار هیرمند گفت: ...") is
    quoting that person under their title: the office's statements go to them. With two or more people speaking,
    or one reached only through pronouns, the office stays — and a spokesperson's office with no holder speaks for
    its organisation ("سخنگوی وزارت امور خارجه X گفت"). Returns (quote index, office, person) for each office
    given to the person."""
    person = None
    if len(holders) == 1 and next(iter(holders.values())):
        who = next(iter(holders))
        person = next((m for m in linked.mentions if (m.kb_id or m.name) == who), None)
    given: list[tuple[int, Mention, Mention]] = []
    for i, office in offices:
        holder = person if person is not None and _may_hold(office, person) else None
        who_speaks = holder or _spokesperson_org(office, linked) or _office_named_earlier(office, linked, text)
        if who_speaks is not None:
            q = quotes[i]
            quotes[i] = Quote(speaker=who_speaks.name, speaker_mention=q.speaker_mention, cue=q.cue, text=q.text,
                              direct=q.direct, start=q.start, end=q.end, speaker_id=who_speaks.kb_id)
        if holder is not None:
            given.append((i, office, holder))
    return given


def _may_hold(office: Mention, person: Mention) -> bool:
    """(session 25) "امام جمعه موقت تهران ... گفت: ... . رهبر انقلاب ... گفتند": an office whose holders the linker
    listed (one of several, the date not telling which) is held by one of them; another person who speaks in the
    text is not its holder."""
    return not office.candidates or person.name in office.candidates


def _office_named_earlier(office: Mention, linked: Linked, text: str) -> Mention | None:
    """"مدیرکل اروپای وزارت امور خارجه ... احضار کرد. ... مدیرکل اروپا تصریح کرد:": an office the linker does not
    know, named in full earlier with its organisation, speaks for that organisation when no holder is named."""
    if office.kb_id is not None or office.name != office.text:  # only the unlinked offices of find_quotes
        return None
    at = text.rfind(office.text, 0, office.start)
    if at == -1:
        return None
    return next((m for m in linked.in_span(at + len(office.text), at + len(office.text) + 30)
                 if m.type == "ORG" and m.kb_id), None)


@lru_cache(maxsize=1)
def _office_heads() -> frozenset[str]:
    return frozenset(fold_for_compare(w) for w in _data()["office_heads"])


def _spokesperson_org(office: Mention, linked: Linked) -> Mention | None:
    """The organisation named inside an unheld spokesperson's office ("سخنگوی وزارت امور خارجه ایالات متحده")."""
    if office.type != "PERSON" or not fold_for_compare(office.text).startswith(_spokesperson_heads()):
        return None
    return next((m for m in linked.in_span(office.start, office.end) if m.type == "ORG" and m.kb_id), None)


@lru_cache(maxsize=1)
def _spokesperson_heads() -> tuple[str, ...]:
    return tuple(fold_for_compare(w) for w in _data()["spokesperson_heads"])


def _continued_speaker(speakers: list[Mention], quotes: list[Quote], linked: Linked, at: int) -> list[Mention]:
    """"بهادری‌جهرمی گفت: همسر آقای رئیسی ... . وی افزود: ...": a pronoun whose antecedent is a person named only
    inside the previous statement goes on with that statement's speaker."""
    if len(speakers) != 1 or speakers[0].how != "pronoun" or not quotes:
        return speakers
    prev = quotes[-1]
    who = speakers[0].kb_id or speakers[0].name
    if prev.speaker_id is None or prev.speaker_id == who or at - prev.end > 800:
        return speakers
    named_in_quote = any((m.kb_id or m.name) == who for m in linked.in_span(max(prev.start, prev.end - 600), prev.end))
    named_after = any((m.kb_id or m.name) == who and m.how != "pronoun" for m in linked.in_span(prev.end, at))
    if not named_in_quote or named_after:
        return speakers
    spoke = next((m for m in linked.in_span(max(0, prev.start - 300), prev.start) if m.kb_id == prev.speaker_id), None)
    if spoke is None:
        return speakers
    return [Mention(speakers[0].start, speakers[0].end, speakers[0].text, spoke.kb_id, spoke.name, spoke.type, "pronoun")]


_THIS_BEFORE = re.compile(rf"(?<![{_L}])(?:این|همین)\s+$")


def _demonstrative_office(text: str, speakers: list[Mention], quotes: list[Quote], linked: Linked) -> list[Mention]:
    """"الیزابت استیکنی، از سخنگویان کاخ سفید، گفت: ... . این سخنگوی کاخ سفید تاکید کرد: ...": an office after
    "این" points back to the person the text introduced with it, the last speaker, not to the office's recorded
    holder the text never named. The office's words after its head ("کاخ سفید") must follow that person's name, before
    their words."""
    if len(speakers) != 1 or speakers[0].how != "role" or not quotes:
        return speakers
    office, prev = speakers[0], quotes[-1]
    if not _THIS_BEFORE.search(text, max(0, office.start - 8), office.start) or not isinstance(prev.speaker, str) \
            or prev.speaker == office.name or office.start - prev.end > _CONTINUE_WITHIN:
        return speakers
    tail = fold_for_compare(" ".join(office.text.split()[1:]))
    named = next((m for m in linked.in_span(0, office.start) if m.type == "PERSON" and m.name == prev.speaker
                  and m.how in ("name", "unknown-name")), None)
    if not tail or named is None:
        return speakers
    said = min((q.start for q in quotes if q.start > named.end), default=len(text))  # not inside their words
    if tail not in fold_for_compare(text[named.end:min(named.end + 100, said)]):
        return speakers
    return [Mention(office.start, office.end, office.text, prev.speaker_id, prev.speaker, "PERSON", "description")]


def _quote(speakers: list[Mention], mention: str, cue: str, text: str, start: int, end: int, direct: bool) -> Quote:
    names = [x.name for x in speakers]
    return Quote(speaker=names[0] if len(names) == 1 else (names or None), speaker_mention=mention, cue=cue,
                 text=text[start:end].strip().rstrip("،,"), direct=direct, start=start, end=end,
                 speaker_id=speakers[0].kb_id if len(speakers) == 1 else None)


def _statement_end(text: str, start: int, direct: bool, sentence_end: int) -> int:
    """An indirect statement ends with its sentence, a direct one with its paragraph — or, opened by «, at its
    closing », across paragraphs where the speaker's words run on ("X گفت: «... \n\n ...»")."""
    if not direct:
        return sentence_end
    para = text.find("\n\n", start)
    para = para if para != -1 else len(text)
    at = start + len(text[start:start + 8]) - len(text[start:start + 8].lstrip())
    if text.startswith("«", at):
        close = _closing_mark(text, at, min(len(text), at + _QUOTE_SPAN))
        after = text[close + 1:close + 4].lstrip(" ")
        if close != -1 and (not after or after[0] in ".؛!؟?\n" or text[close - 1] in _END_MARKS):
            # not "«بانوی اول» همسران ... هستند"; "«... .» X افزود": words ended inside the marks
            return close + 1
    return para


_END_MARKS = ".!?؟"
_QUOTE_SPAN = 4000  # the most characters a statement in guillemets is followed across paragraphs


def _closing_mark(text: str, at: int, hi: int) -> int:
    """The » that closes the « at ``at`` (nested pairs skipped), or -1 before ``hi``."""
    depth, i = 0, at
    while i < hi:
        o, c = text.find("«", i, hi), text.find("»", i, hi)
        if c == -1:
            return -1
        if o != -1 and o < c:
            depth, i = depth + 1, o + 1
            continue
        depth, i = depth - 1, c + 1
        if depth == 0:
            return c
    return -1


def _document_quotes(text: str, sentences: list[Sentence], linked: Linked, kb: KnowledgeBase,
                     found: list[Quote]) -> list[Quote]:
    """"در این بیانیه آمده است: ..." / "در پیام X آمده است": the document's owner named after its noun, else the
    actor who last spoke or acted since the last statement, else who made that statement."""
    out = []
    taken = {q.start for q in found}
    opens = [m.start() for m in _document_openers().finditer(text)]
    for si, s in enumerate(sentences):
        if not _starts_within(opens, s.start, s.end):
            continue
        for m in _document_matches(text, s.start, s.end):
            rest = _rx_match(rf"^\s*(:|،|,|\s+که\s|\s|(?<!\s)(?=[{_L}]))", text[m.end():s.end])
            if rest is None:
                continue
            start, direct = m.end() + rest.end(), rest.group(1) == ":"
            if not direct and "که" not in rest.group(1) and not _rx_match(r".*(?:است|بود)$", m.group("cue")):
                continue  # "در این گزارش، تاریخ ... ذکر شده اما ...": a bare participle reports words only before ":" or "که"
            if direct:  # "به این شرح است:" and the text in the next paragraph
                start += len(text[start:start + 20]) - len(text[start:start + 20].lstrip())
            end = _statement_end(text, start, direct, s.end)
            if start in taken or len(text[start:end].split()) < 3:
                continue
            speakers, mention = _speaker(text, linked, kb, m.start("doc"), m.end("doc"))
            prev = max((q for q in found + out if q.end <= m.start() and q.speaker), key=lambda q: q.end, default=None)
            if not speakers:
                words = sentences[si - 1].end if si and _opens_words(text, sentences[si - 1]) else 0
                lo = max(0, m.start() - 600, prev.end if prev else 0, _said_before(text, m.start()), words)
                speakers, mention = _speaker(text, linked, kb, lo, m.start(), last=True)
            if speakers:
                out.append(_quote(speakers, mention, m.group("cue"), text, start, end, direct))
            elif prev is not None and m.start() - prev.end < _CONTINUE_WITHIN:
                # "X در بیانیه‌ای اعلام کرد که ... . در ادامه این بیانیه آمده است": the statement X issued goes on
                out.append(Quote(speaker=prev.speaker, speaker_mention="", cue=m.group("cue"), text=text[start:end].strip(),
                                 direct=direct, start=start, end=end, speaker_id=prev.speaker_id))
    return out


@lru_cache(maxsize=1)
def _document_openers() -> re.Pattern:
    """Where a document frame (:func:`_document_regexes`, :func:`_document_in_it`) may start: their opening words,
    without the lookbehind and what follows the noun, so that every sentence holding a frame holds one of these
    (a sentence without one is not searched three times). Only "در", "که" or "متن" is consumed, in which no other
    opening starts."""
    data = _data()
    nouns, lead = phrases(data["document_nouns"]), phrases(data["document_leads"])
    return re.compile(rf"در(?=\s+(?:(?:{lead})\s+)?(?:این\s+|آن\s+)?(?:{nouns}))|که(?=\s+در\s+(?:آن|آنها|آن‌ها))"
                      rf"|متن(?=\s+(?:کامل\s+)?(?:این\s+)?(?:{nouns}))")


def _starts_within(starts: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted ``starts`` lies in [lo, hi)."""
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def _opens_words(text: str, s: Sentence) -> bool:
    """Whether a sentence reports someone's words after a cue and "که" or a colon, its speaker found or not
    ("... همچنین تصریح شده که ایران باید ..."): an actor named in it owns no document named after it."""
    return _words_opener().search(text, s.start, s.end) is not None


@lru_cache(maxsize=1)
def _words_opener() -> re.Pattern:
    cues = _loose(phrases(_cue_forms() + _data()["document_cues"]))
    return re.compile(rf"(?<![{_L}])(?:{cues})\s*(?::|\s+که\s)")


def _said_before(text: str, at: int) -> int:
    """The end of the paragraph before ``at`` when it holds someone's words after a cue and a colon, found or not
    ("حزب X ... اعلام کرد: ... ملت ایران ..."): an actor named inside them owns no later document."""
    para = text.rfind("\n\n", 0, at)
    if para == -1:
        return 0
    before = text.rfind("\n\n", 0, para)
    opened = any(text.startswith(":", c.end()) for c in _cue_regex().finditer(text, before + 1, para))
    return para if opened else 0


def _document_matches(text: str, lo: int, hi: int) -> list[re.Match]:
    """Both document frames in [lo, hi), in text order; "متن" is looked for only where it occurs."""
    said, listed = _document_regexes()
    found = list(said.finditer(text, lo, hi)) + list(_document_in_it().finditer(text, lo, hi))
    if text.find("متن", lo, hi) != -1:
        found += listed.finditer(text, lo, hi)
    return sorted(found, key=lambda m: m.start())


def _short_name(words: str, linked: Linked, before: int) -> tuple[list[Mention], str]:
    """"وزارت خزانه‌داری آمریکا ... . به گفته وزارت خزانه‌داری، ...": an organisation named in full earlier and
    shortened here (two words at least, the start of its earlier name)."""
    key = fold_for_compare(words).strip()
    if len(key.split()) < 2:
        return [], ""
    for m in reversed(linked.in_span(0, before)):
        if m.type == "ORG" and m.kb_id and fold_for_compare(m.text).startswith(key):
            return [m], words.strip()
    return [], ""


@lru_cache(maxsize=1)
def _labelled_regex() -> re.Pattern:
    """"X سفر او را «گامی رو به عقب» دانست": a quoted phrase that the verb after it says the speaker called
    something (the closing mark may stand after the verb, as pages misplace it). (session 29 QUO) A straight or curly
    mark right after a full stop closes the statement before it ("... گفت: "... است." وی این اقدام را ... خواند"):
    it opens no phrase."""
    return re.compile(rf"(?<![{_L}.!?؟])(?P<open>[«\"“])(?P<body>[^«»\"“”\n]{{8,400}}?)(?:[»\"”]\s*)?"
                      rf"(?<![{_L}])(?P<cue>{phrases(_data()['labelling_cues'])})(?![{_L}])")


def _labelled_quotes(text: str, sentences: list[Sentence], linked: Linked, kb: KnowledgeBase,
                     found: list[Quote]) -> list[Quote]:
    """Quotes of the labelling shape (:func:`_labelled_regex`), said by the subject of the clause before the mark;
    only texts with a quotation mark are searched."""
    if not any(c in text for c in "«\"“"):
        return []
    out = []
    taken = {q.start for q in found}
    bounds = [(s.start, s.end) for s in sentences]
    for m in _labelled_regex().finditer(text):
        lo = next((a for a, b in bounds if a <= m.start() < b), None)
        start, end = m.start("body"), m.end("body")
        if lo is None or start in taken or len(text[start:end].split()) < 3:
            continue
        speakers, mention = _speaker(text, linked, kb, lo, m.start())
        if speakers:
            out.append(_quote(speakers, mention, m.group("cue"), text, start, end, False))
    return out


def _according_quotes(text: str, sentences: list[Sentence], linked: Linked, kb: KnowledgeBase,
                      found: list[Quote]) -> tuple[list[Quote], list[tuple[int, Mention]]]:
    """"به گفته سخنگوی وزارت خارجه، ...": what follows the comma, said by who is named before it; and, by their
    place in the quotes, the offices the linker did not know ("به گفته جانشین فرمانده پلیس راه، ...")."""
    out: list[Quote] = []
    offices: list[tuple[int, Mention]] = []
    taken = {q.start for q in found}
    leads = [m.start() for m in _according_leads().finditer(text)]
    for s in sentences:
        if not _starts_within(leads, s.start, s.end):
            continue
        titled = _titled_according(text, s, linked, taken)
        out += titled
        for m in _according_regex().finditer(text, s.start, s.end):
            if any(q.cue == text[m.start():m.start() + len(q.cue)] and q.start > m.start() for q in titled):
                continue
            who = "who" if m.group("who") is not None else "pron"
            if _document_lead_only(text, m):
                continue  # "به موجب قرارداد X، ...": "به موجب" leads only a document's words
            speakers, mention = _speaker(text, linked, kb, m.start(who), m.end(who))
            if _officials_of_state(text, m.start(who), m.end(who), speakers, kb):
                continue  # "به گفته سه مقام دولت X، ...": unnamed officials
            if not speakers and who == "who":
                speakers, mention = _short_name(m.group("who"), linked, m.start())
            if not speakers and who == "who" and _this_document().fullmatch(m.group("who").strip()):
                speakers, mention = _document_owner(found + out, linked, m.start()), m.group("who").strip()
            start, end = _past_appositions(text, m.end(), s.end) if speakers else m.end(), s.end
            if text.startswith("«", m.end()) and not _opens_sentence(text, s.start, m.start()):
                continue  # "... صرفاً به گفته او «دست متجاوز» را ...": a quoted phrase inside a sentence, not a statement
            if speakers and all(x.type == "MEDIA" for x in speakers):
                continue  # "به گفته تسنیم، ...": an outlet's report, like "به گزارش تسنیم، ...", not its statement
            if start in taken or len(text[start:end].split()) < 3:
                continue
            if not speakers and who == "who" and _opens_with_office(text, m.start(who), m.end(who)):
                office = m.group(who).strip()
                offices.append((len(out), Mention(m.start(who), m.start(who) + len(office), office, None, office,
                                                  "PERSON", "role")))
            if speakers or offices and offices[-1][0] == len(out) or who == "pron":  # "به گفته وی ...": unresolved,
                out.append(_quote(speakers, mention or m.group(who).strip(),  # it goes on (_pronoun_goes_on)
                                  text[m.start():m.start(who)].strip(), text, start, end, False))
    return out, offices


def _pronoun_goes_on(q: Quote) -> bool:
    """(session 29 QUO) "به گفته وی مراسم ... برگزار می‌شود" with "وی" resolved to no one: the statement goes on with
    the speaker of the one before, as "وی افزود:" does."""
    return q.speaker is None and fold_for_compare(q.speaker_mention) in _continuing_pronoun_keys()


@lru_cache(maxsize=1)
def _continuing_pronoun_keys() -> frozenset[str]:
    return frozenset(fold_for_compare(w) for w in _data()["continuing_pronouns"])


def _opens_sentence(text: str, lo: int, at: int) -> bool:
    """Whether ``at`` opens its sentence: nothing before it from ``lo``, or a full stop the sentence splitter did not
    cut at (session 28 Q: "... صحبت کردند .طبق بیانیه X، «...»", a page's stop glued to the next word)."""
    before = text[lo:at].strip()
    return not before or before.endswith(_STATEMENT_ENDS[:4])


@lru_cache(maxsize=1)
def _apposition() -> re.Pattern:
    """(session 28 Q) A description of the speaker between commas: an office or calling word (quotes.yaml
    office_heads, apposition_heads) and at most six more words, then a comma."""
    heads = [*_data()["office_heads"], *_data()["apposition_heads"]]
    return re.compile(rf"(?:{phrases(heads)})(?![{_L}])(?:\s+[^\s،,.:؛«»]+){{0,6}}\s*[،,]\s*")


def _past_appositions(text: str, at: int, end: int) -> int:
    """Where the statement after "به گفته X،" starts: past up to three descriptions of X set off by commas ("علی
    احمدی، وکیل این فعال، خبرنگار ...، موکلش ..."), while at least three words are left."""
    for _ in range(3):
        m = _apposition().match(text, at, end)
        if m is None or len(text[m.end():end].split()) < 3:
            break
        at = m.end()
    return at


@lru_cache(maxsize=1)
def _document_only_leads() -> tuple[str, ...]:
    return tuple(_data()["document_only_leads"])


def _document_lead_only(text: str, m: re.Match) -> bool:
    """(session 27 Q) A lead that reports only a document's words ("به موجب") before anything but one ("به موجب
    قرارداد ...")."""
    if not text.startswith(_document_only_leads(), m.start()):
        return False
    who = (m.group("who") or "").strip()
    return not _rx_match(rf"(?:(?:این|همین)\s+)?(?:{phrases(_data()['document_nouns'])})(?![{_L}])", who)


@lru_cache(maxsize=1)
def _this_document() -> re.Pattern:
    """"این بیانیه", "همین اطلاعیه": a document the text named before."""
    return re.compile(rf"(?:این|همین)\s+(?:{phrases(_data()['document_nouns'])})")


def _document_owner(quotes: list[Quote], linked: Linked, before: int) -> list[Mention]:
    """(session 27 Q) Whose "این بیانیه" it is ("به موجب این بیانیه، ..."): who made the last statement before it."""
    prev = max((q for q in quotes if q.end <= before and q.speaker_id), key=lambda q: q.end, default=None)
    named = next((m for m in linked.mentions if prev is not None and m.kb_id == prev.speaker_id), None)
    return [named] if named is not None else []


@lru_cache(maxsize=1)
def _titled_regex() -> re.Pattern:
    """"به گفته آقای تکور اکنون ...": a title and one word after the lead, no comma after them (group "title",
    "who")."""
    return re.compile(rf"(?<![{_L}])(?P<lead>{phrases(_according_words())})\s+(?P<title>[{_L}]+)\s+"
                      rf"(?P<who>[{_L}]+)\s+(?![،,\s])")


def _titled_according(text: str, s: Sentence, linked: Linked, taken: set[int]) -> list[Quote]:
    """"به گفته آقای تکور اکنون در هیچ جای ...": a title and the surname of a person named in full earlier, with no
    comma after them — the statement starts right after the surname (the comma-bound reading would run on to
    a later comma)."""
    out = []
    for m in _titled_regex().finditer(text, s.start, s.end):
        if fold_for_compare(m.group("title")) not in _surname_titles() or m.end() in taken:
            continue
        named = [x for x in _surnames(linked).get(fold_for_compare(m.group("who")), []) if x.start < m.start()]
        if named and len(text[m.end():s.end].split()) >= 3:
            who = Mention(m.start("title"), m.end("who"), m.group("who"), named[-1].kb_id, named[-1].name, "PERSON",
                          "short")
            out.append(_quote([who], text[m.start("title"):m.end("who")], m.group("lead"), text, m.end(), s.end,
                              False))
    return out


@lru_cache(maxsize=1)
def _outlet_statement_cues() -> frozenset[str]:
    return frozenset(_cue_key(c) for c in _with_tenses(_data()["outlet_statement_cues"]))


def _is_outlet_report(q: Quote, kb: KnowledgeBase) -> bool:
    """Whether an outlet retells news here rather than making a statement (session 27 Q: one rule for every kind of
    outlet, whatever the cue but an announcement)."""
    return q.speaker_id in kb.outlets and _cue_key(q.cue) not in _outlet_statement_cues()


def _repeats(quotes: list[Quote]) -> set[int]:
    """The quotes that say again, word for word, what the same speaker said before (a page printing its lead twice):
    one statement, counted once. Only a speaker quoted more than once can repeat: the others' texts are not folded
    (the fold walks every character of a long quote)."""
    speakers = [str(q.speaker) for q in quotes]
    counts = Counter(speakers)
    seen: dict[str, list[str]] = {}
    out: set[int] = set()
    for q, who in zip(quotes, speakers, strict=True):
        if counts[who] < 2:
            continue
        folded = fold_for_compare(q.text)
        if any(_same_statement(folded, said) for said in seen.get(who, ())):
            out.add(id(q))
        seen.setdefault(who, []).append(folded)
    return out


_STATEMENT_ENDS = (".", "!", "?", "؟", "»")


def _same_statement(a: str, b: str) -> bool:
    """(session 28 Q) Two folded quote texts of one speaker that are one statement: word for word, or one a whole
    sentence of at least five words that the other opens with (a lead printed on its own line, then again with the
    paragraph it opens: "X گفت: <s>." ... "وی افزود: <s>. <more>"). A sentence the other goes on inside ("<s> و ...")
    is a longer retelling, a statement of its own."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return short.endswith(_STATEMENT_ENDS) and len(short.split()) >= 5 and long_.startswith(short + " ")


def outlet_reports(quotes: list[Quote], kb: KnowledgeBase) -> tuple[list[Quote], list[Quote]]:
    """The quotes, and apart from them the outlets' reports ("روزنامه قانون نوشت: ..."): an outlet that writes or
    says something reports news rather than making a statement, yet the article cites it. A word-for-word repeat of a
    quote is dropped."""
    kept, reports = [], []
    repeats = _repeats(quotes)
    for q in quotes:
        if id(q) not in repeats:
            (reports if _is_outlet_report(q, kb) else kept).append(q)
    return kept, reports


_LABELLED_LINE = re.compile(r"(?m)^[ \t]*(?P<label>[^:\n]{1,40}?)[ \t]*:[ \t]*(?=\S)")


def _labelled_lines(text: str) -> list[re.Match]:
    """``_LABELLED_LINE.finditer(text)``, tried only at the start of a line holding a colon: a match starts a line
    and stays in it, so the other lines are not scanned."""
    out = []
    colon = text.find(":")
    while colon != -1:
        m = _LABELLED_LINE.match(text, text.rfind("\n", 0, colon) + 1)
        if m:
            out.append(m)
        line_end = text.find("\n", colon)
        colon = text.find(":", line_end) if line_end != -1 else -1
    return out


def _interview_quotes(text: str, linked: Linked, kb: KnowledgeBase, found: list[Quote]) -> list[Quote]:
    """Answers in an interview printed as questions and answers ("پرسش: ... \n سفیر ایران: ..."): only in a text
    with a question label; each answer runs to the end of its line, said by the speaker its label names."""
    lines = _labelled_lines(text)
    asks, answers = _label_keys("interview_question_labels"), _label_keys("interview_answer_labels")
    if not any(fold_for_compare(m.group("label")) in asks for m in lines):
        return []
    out: list[Quote] = []
    taken = {q.start for q in found}
    answering: list[Mention] = []
    for m in lines:
        key = fold_for_compare(m.group("label"))
        if key in asks or len(key.split()) > 5:
            continue
        speakers = answering if key in answers else _speaker(text, linked, kb, m.start("label"), m.end("label"))[0]
        speakers = [x for x in speakers if x.kb_id or x.how == "unknown-name"]
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        if speakers and m.end() not in taken and len(text[m.end():end].split()) >= 3:
            answering = speakers
            out.append(_quote(speakers, m.group("label").strip(), m.group("label").strip(), text, m.end(), end, True))
    return out


@lru_cache(maxsize=4)
def _label_keys(name: str) -> frozenset[str]:
    return frozenset(fold_for_compare(w) for w in _data()[name])
