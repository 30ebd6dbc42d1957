"""Cleaning: raw article → normalised body without boilerplate, plus its metadata.

HTML goes through trafilatura (main text and meta tags); plain text "as scraped" goes through line rules kept in
``data/boilerplate.yaml``. Both then share the same line pass, which also reads metadata lines (date, news code,
category, tags) before dropping them, and the same attribution reader for the outlet and the outlets it cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlparse

import yaml

from .dates import find_dates, parse_iso
from .errors import EmptyInput, MalformedInput
from .kb import KnowledgeBase, Outlet
from .normalize import ZWNJ, ascii_digits, char_normalize, match_key, normalize
from .records import CleanArticle, Meta, RawDocument

MIN_BODY_CHARS = 40
MAX_TITLE_CHARS = 200


@dataclass
class Rules:
    end_markers: frozenset[str]
    drop_lines: frozenset[str]
    drop_patterns: list[re.Pattern]
    outlet_cues: list[str]
    outlet_prefixes: list[str]
    cite_cues: list[str]
    meta_patterns: dict[str, re.Pattern]


def line_key(line: str) -> str:
    """How boilerplate rules see a line: normalised letters, ASCII digits, no ZWNJ, single spaces, no bullets."""
    t = ascii_digits(char_normalize(line)).replace(ZWNJ, "")
    t = re.sub(r"\s+", " ", t).strip()
    return t.lstrip("•·-–*◦▪ ").strip()


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    data = yaml.safe_load((resources.files("rasad") / "data" / "boilerplate.yaml").read_text(encoding="utf-8"))
    return Rules(
        end_markers=frozenset(line_key(x) for x in data["end_markers"]),
        drop_lines=frozenset(line_key(x) for x in data["drop_lines"]),
        drop_patterns=[re.compile(p) for p in data["drop_patterns"]],
        outlet_cues=sorted((line_key(x) for x in data["outlet_cues"]), key=len, reverse=True),
        outlet_prefixes=sorted((line_key(x) for x in data["outlet_prefixes"]), key=len, reverse=True),
        cite_cues=[line_key(x) for x in data["cite_cues"]],
        meta_patterns={k: re.compile(v) for k, v in data["meta_patterns"].items()},
    )


# --- metadata lines -------------------------------------------------------------------------------------------

def _date_line(key: str):
    """A line that is (almost) only a date: the publication date-time of scraped pages."""
    if len(key) > 80:
        return None
    dates = find_dates(key)
    if not dates:
        return None
    d = dates[0]
    rest = re.sub(r"[\s/\-–|،,:•]+", "", key[: d.start] + key[d.end:])
    rest = re.sub(r"(ساعت|تاریخ|انتشار|منتشر ?شده|به ?روز ?رسانی|آخرین)", "", rest)
    return d if len(rest) <= 12 else None


@dataclass
class _Line:
    start: int
    end: int
    text: str
    key: str


def _split_lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(_Line(pos, pos + len(body), body, line_key(body)))
        pos += len(raw)
    return out


def _is_dropped(key: str, rules: Rules) -> bool:
    if not key or key in rules.drop_lines:
        return True
    return any(p.search(key) for p in rules.drop_patterns)


def _header(lines: list[_Line]) -> tuple[str | None, str | None, str | None]:
    """(kicker, title, lead) from the first kept lines, by their shape."""
    kicker = title = lead = None
    i = 0
    heads = [ln for ln in lines[:6]]
    if not heads:
        return None, None, None
    def short(ln: _Line) -> bool:
        return len(ln.key) <= MAX_TITLE_CHARS and not ln.key.startswith(("به گزارش", "بنا بر", "به نقل از"))
    if short(heads[0]) and heads[0].key.endswith((":", "؛", "/")) and len(heads) > 1 and short(heads[1]):
        kicker = heads[0].text.strip()
        i = 1
    if i < len(heads) and short(heads[i]) and not heads[i].key.endswith((".", "؟")) and len(heads[i].key) < 160 and (
        i + 1 < len(heads)
    ):
        title = heads[i].text.strip()
        i += 1
        if i < len(heads) and not heads[i].key.startswith(("به گزارش",)) and len(heads[i].key) > len(title or ""):
            lead = heads[i].text.strip()
    return kicker, title, lead


def clean_lines(raw_text: str, rules: Rules | None = None) -> tuple[list[_Line], Meta, list[str]]:
    """Keep the article's lines, read metadata lines, drop boilerplate. Returns (kept, meta, removed)."""
    rules = rules or load_rules()
    lines = _split_lines(raw_text)
    meta = Meta()
    removed: list[str] = []
    kept: list[_Line] = []
    seen: set[str] = set()
    ended = False
    for ln in lines:
        key = ln.key
        if not key:
            continue
        # metadata is read wherever it stands, in header or footer
        for field_name, pattern in rules.meta_patterns.items():
            m = pattern.match(key)
            if m:
                value = m.group("value").strip()
                if field_name == "tags":
                    meta.tags = [t.strip() for t in re.split(r"[،,؛|]", value) if t.strip()]
                elif getattr(meta, field_name) is None:
                    setattr(meta, field_name, value)
        d = _date_line(key)
        if d is not None:
            if meta.published is None or (meta.published_precision == "day" and d.time is not None):
                meta.published = d.iso()
                meta.published_precision = "minute" if d.time is not None else "day"
            removed.append(ln.text)
            continue
        if ended:
            removed.append(ln.text)
            continue
        if key in rules.end_markers or key.rstrip("/ .") in rules.end_markers:
            if kept:
                ended = True
            removed.append(ln.text)
            continue
        if _is_dropped(key, rules) or any(p.match(key) for p in rules.meta_patterns.values()):
            removed.append(ln.text)
            continue
        if key in seen:  # repeated title or lead
            removed.append(ln.text)
            continue
        seen.add(key)
        kept.append(ln)
    return kept, meta, removed


# --- outlets --------------------------------------------------------------------------------------------------

def _match_outlet(text_after_cue: str, kb: KnowledgeBase, rules: Rules, allow_ambiguous: bool) -> Outlet | None:
    words = text_after_cue.split()
    for prefix in rules.outlet_prefixes:  # "گروه بین‌الملل خبرگزاری ..." → "خبرگزاری ..."
        pw = prefix.split()
        if words[: len(pw)] == pw:
            words = words[len(pw):]
            break
    index = kb.outlet_by_key()
    for n in range(min(6, len(words)), 0, -1):
        cand = " ".join(words[:n]).rstrip("،,:.؛)»")
        outlet = index.get(match_key(cand).casefold())
        if outlet is None:
            continue
        is_generic = n == 1 and (cand in {line_key(a) for a in outlet.ambiguous})
        if is_generic and not allow_ambiguous:
            continue
        return outlet
    return None


def attribution(body: str, kb: KnowledgeBase, rules: Rules | None = None) -> tuple[str | None, list[str]]:
    """(publishing outlet, cited outlets) from "به گزارش X، به نقل از Y" phrases."""
    rules = rules or load_rules()
    text = line_key(body.replace("\n", " "))
    outlet: str | None = None
    cites: list[str] = []
    cue_re = re.compile("(?:^|[\\s،,.«(])(" + "|".join(re.escape(c) for c in rules.outlet_cues) + ")\\s+")
    for m in cue_re.finditer(text):
        found = _match_outlet(text[m.end(): m.end() + 120], kb, rules, allow_ambiguous=True)
        if not found:
            continue
        is_cite = m.group(1) in rules.cite_cues or outlet is not None
        if is_cite:
            if found.name != outlet and found.name not in cites:
                cites.append(found.name)
        else:
            outlet = found.name
    return outlet, cites


def outlet_from_url(url: str | None, kb: KnowledgeBase) -> str | None:
    if not url:
        return None
    host = (urlparse(url).hostname or "").lower()
    for o in kb.outlets.values():
        if any(host == d or host.endswith("." + d) for d in o.domains):
            return o.name
    return None


def outlet_name(value: str | None, kb: KnowledgeBase) -> str | None:
    """A container-given outlet ('mehr', 'Mehr News Agency', 'خبرگزاری مهر') → canonical short name."""
    if not value:
        return None
    key = match_key(value).casefold()
    for o in kb.outlets.values():
        if key in {o.id.casefold(), match_key(o.name).casefold(), match_key(o.full or "").casefold()} or key in {
            match_key(f).casefold() for f in o.fa
        }:
            return o.name
    return value


# --- HTML -----------------------------------------------------------------------------------------------------

def _from_html(doc: RawDocument) -> tuple[str, Meta]:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        doc.html, url=doc.url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True, date_extraction_params={"extensive_search": True, "original_date": True,
                                                      "outputformat": "%Y-%m-%dT%H:%M:%S%z"},
    )
    if extracted is None:
        raise EmptyInput(doc.source, "trafilatura found no main text in the HTML")
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = data.get("text") or ""
    if not text.strip():
        raise EmptyInput(doc.source, "trafilatura found no main text in the HTML")
    meta = Meta(title=(data.get("title") or None), url=doc.url or data.get("url"))
    if data.get("date"):
        found = parse_iso(data["date"])
        if found:
            meta.published = found.iso()
            meta.published_precision = "minute" if found.time else "day"
    cats = data.get("categories")
    if cats:
        meta.category = cats if isinstance(cats, str) else ", ".join(cats)
    tags = data.get("tags")
    if tags:
        meta.tags = [t.strip() for t in (tags.split(",") if isinstance(tags, str) else tags) if t.strip()]
    if meta.title:
        meta.title = re.split(r"\s+[|\-–]\s+(?=[^|\-–]*$)", meta.title)[0].strip() if len(meta.title) > 20 else meta.title
    return text, meta


# --- the stage ------------------------------------------------------------------------------------------------

def clean(doc: RawDocument, kb: KnowledgeBase) -> CleanArticle:
    """Raw document → CleanArticle. Raises EmptyInput when no article text remains."""
    rules = load_rules()
    if doc.html is not None:
        raw_text, html_meta = _from_html(doc)
    else:
        raw_text, html_meta = doc.text or "", Meta()
    kept, meta, removed = clean_lines(raw_text, rules)
    if not kept:
        raise EmptyInput(doc.source, "nothing but boilerplate")
    kicker, title, lead = _header(kept)
    # metadata: container first, then HTML meta tags, then the text itself
    meta.title = html_meta.title or title
    meta.kicker, meta.lead = kicker, lead
    meta.url = doc.url or html_meta.url
    if html_meta.published and (meta.published is None or meta.published_precision == "day"):
        meta.published, meta.published_precision = html_meta.published, html_meta.published_precision
    if doc.published:
        found = parse_iso(doc.published)
        if found:
            meta.published = found.iso()
            meta.published_precision = "minute" if found.time else "day"
    meta.category = meta.category or html_meta.category
    meta.tags = meta.tags or html_meta.tags
    if meta.published is None:
        from .dates import weekday_in

        head = " ".join(ln.text for ln in kept[:4])
        wd = weekday_in(head)
        if wd is not None and re.search(r"امروز", head):
            meta.weekday, meta.published_precision = wd, "weekday-only"
    body_parts: list[str] = []
    body_map: list[int] = []
    for ln in kept:
        norm = normalize(ln.text.strip())
        lead_ws = len(ln.text) - len(ln.text.lstrip())
        if body_parts:
            body_parts.append("\n\n")
            body_map.extend([body_map[-1] + 1, body_map[-1] + 1])
        body_parts.append(norm.text)
        body_map.extend(ln.start + lead_ws + o for o in norm.to_orig[:-1])
    body = "".join(body_parts)
    if len(body.strip()) < MIN_BODY_CHARS:
        raise EmptyInput(doc.source, f"only {len(body.strip())} characters of article text after cleaning")
    outlet, cites = attribution(body, kb, rules)
    given = outlet_name(doc.outlet, kb) or outlet_from_url(meta.url, kb)
    meta.outlet = given or outlet
    if given and outlet and outlet != given and outlet not in cites:
        cites.insert(0, outlet)
    meta.cites = [c for c in cites if c != meta.outlet]
    return CleanArticle(source=doc.source, raw_text=raw_text, body=body, body_map=body_map, meta=meta, removed=removed)


__all__ = ["clean", "clean_lines", "attribution", "load_rules", "line_key", "MalformedInput"]
