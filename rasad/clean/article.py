"""Cleaning: raw article → normalised body without boilerplate, plus its metadata.

HTML goes through trafilatura (main text and meta tags); plain text "as scraped" goes through line rules kept in
``data/boilerplate.yaml``. Both then share the same line pass, which also reads metadata lines (date, news code,
category, tags) before dropping them, and the same attribution reader for the outlet and the outlets it cites.
"""

from __future__ import annotations

import re
from array import array
from urllib.parse import urlparse

import numpy as np

from rasad.clean.lines import (
    _header,
    _plain,
    clean_lines,
    frame_lines,
    headline_by_slug,
    line_key,
    load_rules,
    slug_words,
    strip_title_tail,
)
from rasad.clean.outlets import (
    attribution,
    byline_outlet,
    is_site_name,
    outlet_at,
    outlet_from_host,
    outlet_from_url,
    outlet_name,
    republished,
    site_outlet,
    source_lines,
)
from rasad.clean.tags import MAX_TREE_DEPTH, text_of_tags
from rasad.errors import EmptyInput, MalformedInput, NotPersian
from rasad.kb.knowledge import KnowledgeBase
from rasad.records import CleanArticle, Meta, RawDocument
from rasad.text.dates import find_dates, parse_iso
from rasad.text.language import not_persian_reason
from rasad.text.normalize import Normalized, normalize
from rasad.text.repair import decode_references, printable, repair_text

MIN_BODY_CHARS = 40


def _from_html(doc: RawDocument, html: str, warnings: list[str]) -> tuple[str, Meta, str | None]:
    """Main text, metadata and the site's own name (og:site_name) by trafilatura; a page nested deeper than its
    tree parser goes is read tag by tag."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, url=doc.url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True, date_extraction_params={"extensive_search": True, "original_date": True,
                                                      "outputformat": "%Y-%m-%dT%H:%M:%S%z"},
    )
    data = {} if extracted is None else extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = data.get("text") or ""
    if not text.strip():
        text, depth = text_of_tags(html)
        if depth <= MAX_TREE_DEPTH or not text.strip():
            raise EmptyInput(doc.source, "trafilatura found no main text in the HTML")
        warnings.append(f"HTML nested {depth:,} tags deep: text read from every tag, without main-text extraction")
        return text, Meta(url=doc.url), None
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
    return text, meta, data.get("sitename") or None


# ".../2024/06/20/...", ".../2024-06-20/...", and (session 18) a whole segment of eight digits ".../amp/20211112/..."
_URL_DATE = re.compile(r"/((?:19|20)\d\d|1[34]\d\d)[/\-](\d{1,2})[/\-](\d{1,2})(?:/|$)"
                       r"|/((?:19|20)\d\d|1[34]\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|$)"
                       # (session 19) a full date inside a slug: ".../news-2025-11-15-irgc-says-..."
                       r"|[/\-]((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[/\-.]|$)")


def _date_from_page(meta: Meta, doc: RawDocument, kb: KnowledgeBase) -> None:
    """No date in the text: the page's header (outside the main text) or a date in the URL (".../2024/06/20/...",
    or the way the outlet's URLs carry it: its `url_date`)."""
    found = page_date(doc.html) if doc.html else None
    if found is None and meta.url:
        found = _url_date(meta.url, kb)
    if found is not None:
        meta.published = found.iso()
        meta.published_precision = "minute" if found.time else "day"


# (session 28 M) a year and month folder whose page name opens with the same year's last two digits, the month and
# the day: ".../2012/04/120417_rln_..." (BBC Persian's archive)
_URL_DAY_NAME = re.compile(r"/(?P<y>(?:19|20)(?P<yy>\d\d))/(?P<m>0[1-9]|1[0-2])/(?P=yy)(?P=m)(?P<d>0[1-9]|[12]\d|3[01])[_\-]")


def _url_date(url: str, kb: KnowledgeBase):
    m = _URL_DATE.search(url)
    if m is not None:
        return next(iter(find_dates("-".join(g for g in m.groups() if g))), None)
    m = _URL_DAY_NAME.search(url)
    if m is not None:
        return next(iter(find_dates(f"{m['y']}-{m['m']}-{m['d']}")), None)
    outlet = outlet_at(url, kb)
    m = re.search(outlet.url_date, urlparse(url).path) if outlet is not None and outlet.url_date else None
    if m is None:
        return None
    year = m.group("y") if len(m.group("y")) == 4 else "13" + m.group("y")  # an outlet's two-digit Jalali year
    return next(iter(find_dates("-".join((year, m.group("m"), m.group("d"))))), None)


def page_date(html: str):
    """The publication date a page shows outside its main text: the first date with a time in the page's text
    (a date without a time is often the site's "today" bar), else the first date."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    dates = find_dates(root.text_content()[:20000])
    return next((d for d in dates if d.time is not None), dates[0] if dates else None)


def _body_map(norms: list[Normalized], shifts: list[int]) -> array:
    """The body's map to the raw text: each line's map moved to where the line starts in the raw text, and the two
    characters of "\n\n" between lines mapped one past the line before. Built by numpy over all lines at once
    (a few calls per article, not per line); a line normalised to nothing (never seen) takes the line by line way."""
    body_map = array("q")  # 8 bytes per character, where a list would take ~36
    if not all(norm.text for norm in norms):
        for i, (norm, shift) in enumerate(zip(norms, shifts)):
            if i:
                body_map.extend([body_map[-1] + 1, body_map[-1] + 1])
            body_map.frombytes((np.frombuffer(norm.to_orig, dtype=np.int64)[:-1] + shift).tobytes())
        return body_map
    sizes = np.array([len(norm.to_orig) for norm in norms], dtype=np.int64)  # each line's length, plus one
    maps = np.frombuffer(b"".join(norm.to_orig for norm in norms), dtype=np.int64) + np.repeat(shifts, sizes)
    ends = np.cumsum(sizes) - 1  # where each line's extra end entry is: dropped, and the lines' last offsets before
    lines = np.delete(maps, ends)
    gaps = np.repeat(np.cumsum(sizes - 1)[:-1], 2)  # each gap's two entries go after the line before it
    body_map.frombytes(np.insert(lines, gaps, np.repeat(maps[ends[:-1] - 1] + 1, 2)).astype(np.int64).tobytes())
    return body_map


def _check_language(text: str, source: str) -> None:
    """Refuse (NotPersian) an article in another language: rasad's patterns and names would read it as broken
    Persian and code nonsense from it."""
    reason = not_persian_reason(text)
    if reason:
        raise NotPersian(source, reason)


def _plain_text(raw: str, warnings: list[str]) -> str:
    """Scraped plain text with the HTML character references a scraper left in it decoded (a warning says so)."""
    text, decoded = decode_references(raw)
    if decoded:
        warnings.append(f"{decoded} HTML character reference{'s' if decoded > 1 else ''} decoded")
    return text


def clean(doc: RawDocument, kb: KnowledgeBase) -> CleanArticle:
    """Raw document → CleanArticle. Raises EmptyInput when no article text remains."""
    rules = load_rules()
    warnings = list(doc.warnings)
    raw, repaired = repair_text(doc.html if doc.html is not None else doc.text or "")
    warnings += repaired
    if doc.html is not None:
        raw_text, html_meta, site = _from_html(doc, raw, warnings)
    else:
        raw_text, html_meta, site = _plain_text(raw, warnings), Meta(), None
    kept, meta, removed = clean_lines(raw_text, rules)
    if not kept:
        raise EmptyInput(doc.source, "nothing but boilerplate")
    _check_language("\n".join(ln.text for ln in kept), doc.source)
    frame = frame_lines(kept, lambda key: is_site_name(key, kb))
    masthead = next((site_outlet(ln.key, kb) for ln in kept[:frame] if site_outlet(ln.key, kb)), None)
    removed += [ln.text for ln in kept[:frame]]
    kept = kept[frame:]
    byline = byline_outlet([ln.text for ln in kept], kb, rules)
    if byline is not None:  # "نگارش از یورونیوز فارسی": the outlet that wrote the copy, not a line of the article
        removed.append(kept.pop(byline[0]).text)
    kicker, title, lead = _header(kept)
    headline = headline_by_slug(kept, slug_words(doc.url))
    if headline is not None:  # a name or a menu above the headline the URL names: the title is that line
        title = _plain(kept[headline].text)
        kicker = _plain(kept[headline - 1].text) if kept[headline - 1].key.endswith((":", "؛", "/")) else kicker
    # metadata: container first, then HTML meta tags, then the text itself
    meta.title = strip_title_tail(html_meta.title or title, rules)
    meta.kicker, meta.lead = kicker, lead
    meta.url = printable(doc.url) if doc.url else html_meta.url
    if html_meta.published and (meta.published is None or meta.published_precision == "day"):
        meta.published, meta.published_precision = html_meta.published, html_meta.published_precision
    if doc.published:
        found = parse_iso(printable(doc.published))
        if found:
            meta.published = found.iso()
            meta.published_precision = "minute" if found.time else "day"
    if meta.published is None:
        _date_from_page(meta, doc, kb)
    meta.category = meta.category or html_meta.category
    meta.tags = meta.tags or html_meta.tags
    if meta.published is None:
        from rasad.text.dates import weekday_in

        head = " ".join(ln.text for ln in kept[:4])
        wd = weekday_in(head)
        if wd is not None and re.search(r"امروز", head):
            meta.weekday, meta.published_precision = wd, "weekday-only"
    norms = [normalize(ln.text.strip()) for ln in kept]
    body = "\n\n".join(norm.text for norm in norms)
    body_map = _body_map(norms, [ln.start + len(ln.text) - len(ln.text.lstrip()) for ln in kept])
    if len(body.strip()) < MIN_BODY_CHARS:
        raise EmptyInput(doc.source, f"only {len(body.strip())} characters of article text after cleaning")
    outlet, cites = attribution(body, kb, rules)
    given = outlet_name(printable(doc.outlet) if doc.outlet else None, kb) or outlet_from_url(meta.url, kb)
    bylined = byline[1] if byline else None
    named = outlet or bylined
    if not (given or masthead or site) and named and republished(meta.url, named, rules):
        named = None  # (session 28) a site the table lacks carrying "به گزارش ایسنا": the site publishes, ISNA is cited
    meta.outlet = (given or named or masthead or (outlet_name(site, kb) if site else None)
                   or outlet_from_host(meta.url))
    for other in (outlet, bylined):  # the outlet a text names beside the one the page is: a cited one
        if other and other != meta.outlet and other not in cites:
            cites.insert(0, other)
    cites += [c for c in source_lines(removed, kb, rules) if c not in cites]  # "منبع: تسنیم"
    meta.cites = [c for c in cites if c != meta.outlet]
    meta.warnings = warnings
    return CleanArticle(source=doc.source, raw_text=raw_text, body=body, body_map=body_map, meta=meta, removed=removed)


__all__ = ["clean", "clean_lines", "attribution", "load_rules", "line_key", "MalformedInput"]
