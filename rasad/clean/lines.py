"""Boilerplate by lines: rules from data/boilerplate.yaml drop navigation, ads, comment forms and footers; the header lines give the kicker, title and lead."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import unquote, urlparse

import yaml

from rasad.kb.knowledge import YAML_LOADER
from rasad.records import Meta
from rasad.text.dates import find_dates
from rasad.text.normalize import ZWNJ, ascii_digits, char_normalize
from rasad.text.rx import first_chars

MAX_TITLE_CHARS = 200
DATELINE_CHARS = 60  # a dateline's date ends within the first 60 characters of its paragraph
DATELINE_START = 16  # ...and starts within the first 16 (after a weekday or a city at most)


@dataclass
class Rules:
    end_markers: frozenset[str]
    drop_lines: frozenset[str]
    drop_patterns: tuple[re.Pattern, re.Pattern]  # boilerplate.yaml's drop_patterns: those anchored at the start, the rest
    outlet_cues: list[str]
    outlet_prefixes: list[str]
    outlet_heads: frozenset[str]  # "روزنامه", "شبکه": a kind of outlet before its name
    outlet_descriptors: frozenset[str]  # "خبری", "عبری", "آمریکایی": words between that kind and the name
    cite_cues: list[str]
    meta_patterns: dict[str, re.Pattern]
    date_label: re.Pattern
    update_label: re.Pattern
    # (session 27) the labels of a header line's fields run together ("کد خبر : 376898 تاریخ : ۱۴۰۴ سه‌شنبه ۸ مهر"):
    # one of boilerplate.yaml's field_labels and its colon, at the line's start or after a space
    field_start: re.Pattern
    imprint: list[re.Pattern]  # a newspaper's imprint lines (boilerplate.yaml imprint_patterns)
    clock: list[re.Pattern]  # a site's clock: a date line that is the time of reading, not of publishing
    cue_re: re.Pattern  # "به گزارش X"/"به نقل از X": any outlet cue at a word start, the outlet's name after it
    # cue_re as two regexes, one per branch of its start: at the text's start, and after a space or a mark (which
    # begins with a set of characters, so the engine skips straight to one): see :func:`cue_matches`
    cue_at_start: re.Pattern
    cue_after: re.Pattern
    byline: re.Pattern  # (session 28) a writer's label and the name after it (boilerplate.yaml byline_labels)
    platform_hosts: frozenset[str]  # (session 28) blogging and hosting platforms: a page there is no site's own
    address_tails: tuple[str, ...]  # (session 28) words an address adds to an outlet's name ("alkawthar" + "tv")
    # (session 28 M) "خبرگزاری رویترز گزارش داد ...": a reporting verb (boilerplate.yaml report_verbs) in a sentence
    # that opens with an outlet's name, after any of report_openers ("پیش از این", "اما")
    report_verb: re.Pattern
    report_openers: tuple[str, ...]
    title_tail: re.Pattern  # (session 28 M) a theme's placeholder after a headline (boilerplate.yaml title_tails)


def cue_matches(text: str, rules: Rules):
    """``rules.cue_re.finditer(text)``, the same matches, found faster: its first branch ("^") can match at the
    start only, where it is tried first; everywhere else only its second one can."""
    first = rules.cue_at_start.match(text)
    if first is None:
        return rules.cue_after.finditer(text)
    return itertools.chain((first,), rules.cue_after.finditer(text, first.end()))


def line_key(line: str) -> str:
    """How boilerplate rules see a line: normalised letters, ASCII digits, no ZWNJ, single spaces, no bullets.
    Remembered for short lines: a page's lines are keyed again (removed lines, the header), and a site's
    boilerplate recurs on every page of it."""
    key = _LINE_KEYS.get(line)
    if key is None:
        key = _line_key(line)
        if len(line) <= _KEYED_CHARS:
            if len(_LINE_KEYS) >= _KEYED_LINES:
                _LINE_KEYS.clear()
            _LINE_KEYS[line] = key
    return key


_LINE_KEYS: dict[str, str] = {}
_KEYED_CHARS = 200  # longer lines (paragraphs, whole bodies) are keyed each time
_KEYED_LINES = 2048  # the table is emptied when full: memory stays under a couple of megabytes


def _line_key(line: str) -> str:
    """(``str.split`` and ``\\s`` agree on what is white space; the join is ~3× a regex substitution and strip.)"""
    t = ascii_digits(char_normalize(line)).replace(ZWNJ, "")
    t = " ".join(t.split())
    return t.lstrip("•·-–*◦▪ ").strip()


def _alternations(patterns: list[str]) -> tuple[re.Pattern, re.Pattern]:
    """Patterns as two regexes, one scan of a line each: those anchored at the line's start ("^...", tried at its
    first position only) and the others (tried at every position)."""
    anchored = [p[1:] for p in patterns if _anchored(p)]
    free = [p for p in patterns if not _anchored(p)]
    return (re.compile("^(?:" + "|".join(f"(?:{p})" for p in anchored) + ")" if anchored else "(?!)"),
            re.compile("|".join(f"(?:{p})" for p in free) or "(?!)"))


def _anchored(pattern: str) -> bool:
    """Whether every match of ``pattern`` starts at the line's start: it opens with "^" and has no alternative
    outside a group ("^a|b" matches b anywhere)."""
    depth, in_set, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            return False
    return pattern.startswith("^")


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    text = (resources.files("rasad") / "data" / "boilerplate.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=YAML_LOADER)
    outlet_cues = sorted((line_key(x) for x in data["outlet_cues"]), key=len, reverse=True)
    cue_rest = first_chars(outlet_cues) + "(" + "|".join(re.escape(c) for c in outlet_cues) + ")\\s+"
    return Rules(
        end_markers=frozenset(line_key(x) for x in data["end_markers"]),
        drop_lines=frozenset(line_key(x) for x in data["drop_lines"]),
        drop_patterns=_alternations(data["drop_patterns"]),
        outlet_cues=outlet_cues,
        outlet_prefixes=sorted((line_key(x) for x in data["outlet_prefixes"]), key=len, reverse=True),
        outlet_heads=frozenset(line_key(x) for x in data.get("outlet_heads") or []),
        outlet_descriptors=frozenset(line_key(x) for x in data.get("outlet_descriptors") or []),
        cite_cues=[line_key(x) for x in data["cite_cues"]],
        meta_patterns={k: re.compile(v) for k, v in data["meta_patterns"].items()},
        date_label=re.compile(r"^[\s•]*(?:" + "|".join(_spaced(x) for x in data["date_labels"]) + r")\s*[:：]?\s*",
                              re.IGNORECASE),
        update_label=re.compile(r"^[\s•]*(?:" + "|".join(_spaced(x) for x in data["update_labels"]) + r")", re.IGNORECASE),
        field_start=re.compile(r"(?:^|(?<=\s))(?:" + "|".join(_spaced(line_key(x)) for x in sorted(
            data.get("field_labels") or [], key=len, reverse=True)) + r")\s*[:：]"),
        imprint=[re.compile(p) for p in data.get("imprint_patterns") or []],
        clock=[re.compile(p) for p in data.get("clock_patterns") or []],
        cue_re=re.compile("(?:^|[\\s،,.«(])" + cue_rest),
        cue_at_start=re.compile("^" + cue_rest),
        cue_after=re.compile("[\\s،,.«(]" + cue_rest),
        byline=re.compile(r"^(?:" + "|".join(_spaced(line_key(x)) for x in data.get("byline_labels") or []) +
                          r")\s*[:：]?\s*(?P<name>\S.{0,60})$"),
        platform_hosts=frozenset(data.get("platform_hosts") or []),
        address_tails=tuple(data.get("address_tails") or []),
        report_verb=re.compile(r"(?:^|\s)(?:" + "|".join(_spaced(line_key(x)) for x in sorted(
            data.get("report_verbs") or [], key=len, reverse=True)) + r")(?=$|[\s.،,:؛])"),
        report_openers=tuple(sorted((line_key(x) for x in data.get("report_openers") or []), key=len, reverse=True)),
        title_tail=re.compile("(?:" + "|".join(data.get("title_tails") or ["(?!)"]) + ")$"),
    )


def _spaced(label: str) -> str:
    """A label as a regex that matches it with a space, a ZWNJ or nothing between its words."""
    return r"[\s\u200c]*".join(re.escape(w) for w in label.split())


def _date_line(key: str):
    """A line that is (almost) only a date: the publication date-time of scraped pages."""
    if len(key) > 80:
        return None
    dates = find_dates(key)
    if not dates:
        return None
    d = dates[0]
    # every date is taken out of the rest: a page prints one date in both calendars ("۲۳ مرداد ۱۴۰۰ ساعت ۱۴:۴۰
    # 2021-08-14"), often run together
    cuts = [0, *(x for found in dates for x in (found.start, found.end)), len(key)]
    rest = "".join(key[cuts[i]:cuts[i + 1]] for i in range(0, len(cuts), 2))
    rest = _DATE_LINE_SEPARATORS.sub("", rest)
    rest = _DATE_LINE_WORDS.sub("", rest)
    return d if len(rest) <= 12 else None


# what may stand beside a date on a date line: separators, and the words of a date's label
_DATE_LINE_SEPARATORS = re.compile(r"[\s/\-–|،,:•]+")
_DATE_LINE_WORDS = re.compile(r"(ساعت|تاریخ|انتشار|منتشر ?شده|به ?روز ?رسانی|آخرین)")


def _split_date_prefix(ln: _Line, rules: Rules):
    """"date 2025-12-02 نایب‌رییس مجلس گفت: ..." / "تاریخ انتشار: ۱۴۰۳/۰۷/۲۲ - ۱۴:۳۱ | ...": a labelled date at the
    start of a line that goes on with text. Returns (the date, the rest of the line as its own line) or None."""
    label = rules.date_label.match(ln.text)
    if label is None:
        return None
    dates = find_dates(ln.text[:label.end() + 40])
    if not dates or dates[0].start > label.end() + 2:
        return None
    d = dates[0]
    cut = d.end + len(ln.text[d.end:]) - len(ln.text[d.end:].lstrip(" \t|-–—:،,"))
    body = ln.text[cut:]
    return d, _Line(ln.start + cut, ln.end, body, line_key(body))


@dataclass
class _Line:
    start: int
    end: int
    text: str
    key: str


_MARKDOWN_IMAGE = re.compile(r"^\s*!\[([^\]]*)\]\([^)]*\)\s*$")


def _split_lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        image = _MARKDOWN_IMAGE.match(body) if body.startswith(("!", " ")) else None
        if image is not None:  # "![alt](https://...)" left by a markdown scraper: its alt text (often the headline)
            out.append(_Line(pos + image.start(1), pos + image.end(1), image.group(1), line_key(image.group(1))))
        else:
            out.append(_Line(pos, pos + len(body), body, line_key(body)))
        pos += len(raw)
    return out


def _is_dropped(key: str, rules: Rules) -> bool:
    if not key or key in rules.drop_lines:
        return True
    anchored, free = rules.drop_patterns  # two searches, without a generator per line
    return anchored.search(key) is not None or free.search(key) is not None


_BREADCRUMB = re.compile(r"\s[>»›]\s|\s/\s")


def _is_site_line(ln: _Line, nxt: _Line | None, is_site: Callable[[str], bool]) -> bool:
    """A line of the page's frame above the headline: the site's name, a breadcrumb ("سیاست > سیاست خارجی"),
    or a menu word ("سیاسی") followed by another short line."""
    if is_site(ln.key) or _BREADCRUMB.search(ln.key):
        return True
    return len(ln.key.split()) <= 2 and nxt is not None and len(nxt.key) <= MAX_TITLE_CHARS


def frame_lines(lines: list[_Line], is_site: Callable[[str], bool] = lambda key: False) -> int:
    """How many of the first kept lines are the page's frame (masthead, breadcrumb, menu) above the headline."""
    n = 0
    while n < min(len(lines) - 2, 8) and _is_site_line(lines[n], lines[n + 1], is_site):
        n += 1
    return n


def slug_words(url: str | None) -> frozenset[str]:
    """The Persian words of a URL's slug (".../news/99172/تیم-ملی-فوتبال-ایران-..."), keyed as lines are."""
    if not url:
        return frozenset()
    segments = [unquote(seg) for seg in urlparse(url).path.split("/")]
    slug = max(segments, key=lambda seg: len(_PERSIAN_WORD.findall(seg)), default="")
    return frozenset(w for w in line_key(re.sub(r"[-_+]", " ", slug)).split() if _PERSIAN_WORD.fullmatch(w))


_PERSIAN_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A\u067E-\u06D3]{2,}")


def headline_by_slug(lines: list[_Line], slug: frozenset[str]) -> int | None:
    """(session 19) Which of the first lines is the headline the URL's slug names, when lines stand above it: a
    site's name the knowledge base lacks ("ماهان شبکه ایرانیان") before "تیم ملی فوتبال ایران ..." of
    ".../تیم-ملی-فوتبال-ایران". The headline is the headline-shaped line (short, no closing stop) of the first five,
    before the text begins, sharing most of the slug's words, at least three and half of them; what stands above it
    (but a kicker: "در دیداری تدارکاتی؛") is a name or a menu of a few words. None when the first line is the one."""
    slug = slug - _SLUG_STOP
    if len(slug) < 3:
        return None
    best, best_shared = 0, 0
    for j, ln in enumerate(lines[:5]):
        if len(ln.key) > MAX_TITLE_CHARS:
            break  # the text has begun
        if len(ln.key) > 160 or ln.key.endswith((".", "؟", "?", ":")):
            continue  # a lead's sentence or a kicker, not a headline
        shared = len(slug.intersection(_PERSIAN_WORD.findall(ln.key)))
        if shared > best_shared:
            best, best_shared = j, shared
    if best == 0 or best_shared < 3 or 2 * best_shared < len(slug):
        return None
    above = best - 1 if lines[best - 1].key.endswith((":", "؛", "/")) else best
    return best if above and all(len(ln.key.split()) <= _FRAME_WORDS for ln in lines[:above]) else None


_FRAME_WORDS = 5


_SLUG_STOP = frozenset({"از", "در", "به", "با", "را", "که", "و", "این", "آن", "برای", "تا", "بر"})


def _header(lines: list[_Line]) -> tuple[str | None, str | None, str | None]:
    """(kicker, title, lead) from the first kept lines (after the page's frame), by their shape."""
    kicker = title = lead = None
    i = 0
    heads = lines[:6]
    if not heads:
        return None, None, None
    def short(ln: _Line) -> bool:
        return len(ln.key) <= MAX_TITLE_CHARS and not ln.key.startswith(("به گزارش", "بنا بر", "به نقل از"))
    if short(heads[0]) and heads[0].key.endswith((":", "؛", "/")) and len(heads) > 1 and short(heads[1]):
        kicker = _plain(heads[0].text)
        i = 1
    if i < len(heads) and short(heads[i]) and not _ends_sentence(heads[i].key) and len(heads[i].key) < 160 and (
        i + 1 < len(heads)
    ) and len(_LETTER_WORD.findall(heads[i].key)) >= 2:
        title = _plain(heads[i].text)
        i += 1
        if i < len(heads) and not heads[i].key.startswith(("به گزارش",)) and len(heads[i].key) > len(title or ""):
            lead = _plain(heads[i].text)
    return kicker, title, lead


def _ends_sentence(key: str) -> bool:
    """Whether a line ends with a full stop, as a lead's sentence does; an ellipsis ("... برگزار شد....") ends
    headlines too."""
    return key.endswith(".") and not key.endswith("..")


_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more: "5 + 1" is no headline
_EMPHASIS = re.compile(r"\*\*|__|^#{1,6}\s+")


def strip_title_tail(title: str | None, rules: Rules) -> str | None:
    """A headline without what a site's theme prints after it ("... – عنوان کوتاه"): not the headline's words."""
    if not title:
        return title
    return rules.title_tail.sub("", title).strip() or title


def _plain(line: str) -> str:
    """A header line without the markdown a scraper left on it ("**تیتر**", "## تیتر")."""
    return _EMPHASIS.sub("", line.strip()).strip()


def _read_meta(key: str, rules: Rules, meta: Meta) -> bool:
    """Read a metadata line (news code, category, tags) into ``meta``; True when the line was one."""
    for field_name, pattern in rules.meta_patterns.items():
        m = pattern.match(key)
        if m:
            value = m.group("value").strip()
            if field_name == "tags":
                meta.tags = [t.strip() for t in re.split(r"[،,؛|]", value) if t.strip()]
            elif getattr(meta, field_name) is None:
                setattr(meta, field_name, value)
            return True
    return False


def _meta_segments(key: str, rules: Rules, meta: Meta, slot: _DateSlot) -> bool:
    """A line of metadata fields (news code, date, category) separated by "|" or only by their labels ("کد خبر :
    376898 تاریخ : ..."): each read; True when it was one."""
    segments = [seg.strip() for part in key.split("|") for seg in _fields(part, rules)]
    if len(segments) < 2 or not all(not seg or any(p.match(seg) for p in rules.meta_patterns.values())
                                    or _date_line(seg) is not None or _is_dropped(seg, rules) for seg in segments):
        return False
    for seg in segments:
        if seg and not _read_meta(seg, rules, meta):
            slot.offer(meta, _date_line(seg), 2)  # a date among the page's metadata fields
    return True


def _fields(part: str, rules: Rules) -> list[str]:
    """``part`` cut before each field label ("تاریخ انتشار : ... کد :10615" → the date's field, the code's field);
    labels are found left to right, so a label's own words ("انتشار" in "تاریخ انتشار :") start no field. Every
    label ends at a colon: a part with none (most fields between bars) is not searched."""
    if ":" not in part and "：" not in part:
        return [part]
    cuts = [m.start() for m in rules.field_start.finditer(part) if m.start()]
    return [part[i:j] for i, j in zip([0, *cuts], [*cuts, len(part)], strict=True)]


@dataclass
class _DateSlot:
    """The page's publication date as its lines offer dates. A higher rank replaces a lower one (a date labelled
    "تاریخ انتشار" beats the site's "today" line, which beats an "به روز شده" stamp); at the same rank the first
    stays, and a later one with a time refines a day-only one."""

    rank: int = -1

    def offer(self, meta: Meta, d, rank: int = 1) -> None:
        if d is None:
            return
        if rank > self.rank or (rank == self.rank and meta.published_precision == "day" and d.time is not None):
            meta.published = d.iso()
            meta.published_precision = "minute" if d.time is not None else "day"
            self.rank = rank


def _date_rank(text: str, rules: Rules) -> int:
    if rules.update_label.match(text):
        return 0
    return 2 if rules.date_label.match(text) else 1


def clean_lines(raw_text: str, rules: Rules | None = None) -> tuple[list[_Line], Meta, list[str]]:
    """Keep the article's lines, read metadata lines, drop boilerplate. Returns (kept, meta, removed)."""
    rules = rules or load_rules()
    lines = _split_lines(raw_text)
    meta = Meta()
    removed: list[str] = []
    kept: list[_Line] = []
    seen: set[str] = set()
    ended = False
    imprint_at = -10  # index in ``removed`` of the last imprint line
    slot = _DateSlot()
    for ln in lines:
        prefixed = _split_date_prefix(ln, rules) if ln.key else None
        if prefixed is not None:
            if not any(p.search(ln.key) for p in rules.clock):
                slot.offer(meta, prefixed[0], _date_rank(ln.text, rules))
            ln = prefixed[1]
        key = ln.key
        if not key:
            continue
        if ("|" in key or ":" in key) and _meta_segments(key, rules, meta, slot):  # "کد خبر: 747886 | ۱۴۰۴/۰۸/۲۷ ۱۱:۲۳:۱۰"
            removed.append(ln.text)
            continue
        is_meta = _read_meta(key, rules, meta)  # metadata is read wherever it stands, in header or footer
        if any(p.search(key) for p in rules.imprint):
            imprint_at = len(removed)
            removed.append(ln.text)
            continue
        d = _date_line(key)
        if d is not None:
            if len(removed) - imprint_at > 2 and not any(p.search(key) for p in rules.clock):
                # beside an imprint: today's issue; a clock ("... تهران ۱۶:۱۸"): the time of reading
                slot.offer(meta, d, _date_rank(key, rules))
            removed.append(ln.text)
            continue
        if ended:
            removed.append(ln.text)
            continue
        if key in rules.end_markers or key.rstrip("/ .") in rules.end_markers:
            if _has_paragraph(kept):  # "اخبار مرتبط" under the headline is the page's menu, not the article's end
                ended = True
            removed.append(ln.text)
            continue
        if _is_dropped(key, rules) or is_meta:
            removed.append(ln.text)
            continue
        if key in seen:  # repeated title or lead
            removed.append(ln.text)
            continue
        seen.add(key)
        kept.append(ln)
    if meta.published is None:
        _dateline(kept, meta, slot)
    return kept, meta, removed


def _has_paragraph(kept: list[_Line]) -> bool:
    """Whether more than a headline's worth of text has been kept: the article's text has begun."""
    return sum(len(k.key) for k in kept) > MAX_TITLE_CHARS


def _dateline(kept: list[_Line], meta: Meta, slot: _DateSlot) -> None:
    """Agency copy opens its first paragraph with a dateline ("دوشنبه، 11.06.2021 /خاور/. ..."): a full date in
    the first words of one of the first paragraphs is the publication date when the page carries no other."""
    for ln in kept[:4]:
        dates = find_dates(ln.key[:DATELINE_CHARS])
        if dates and dates[0].start <= DATELINE_START and len(ln.key) > MAX_TITLE_CHARS:
            slot.offer(meta, dates[0])
            return
