"""Who published an article and whom it cites: "به گزارش ...", "به نقل از ...", the page's URL host, or a name given by the container."""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlparse

from rasad.clean.lines import (
    Rules,
    cue_matches,
    line_key,
    load_rules,
)
from rasad.kb.knowledge import KnowledgeBase, Outlet
from rasad.text.normalize import match_key


def _match_outlet(text_after_cue: str, kb: KnowledgeBase, rules: Rules, allow_ambiguous: bool) -> Outlet | None:
    words = text_after_cue.replace("،", "، ").split()  # "به گزارش مهر،البرزی": the comma ends the name
    for pw in _words_of(tuple(rules.outlet_prefixes)):  # "گروه بین‌الملل خبرگزاری ..." → "خبرگزاری ..."
        if words[: len(pw)] == pw:
            words = words[len(pw):]
            break
    found = _outlet_at_start(words, kb, allow_ambiguous)
    if found is not None or not words or words[0] not in rules.outlet_heads:
        return found
    rest, described = _name_after_head(words[1:], rules)
    return _outlet_at_start(rest, kb, allow_ambiguous and described)


@cache
def _words_of(phrases: tuple[str, ...]) -> tuple[list[str], ...]:
    """Each phrase split into its words, once."""
    return tuple(p.split() for p in phrases)


def _outlet_at_start(words: list[str], kb: KnowledgeBase, allow_ambiguous: bool) -> Outlet | None:
    """The outlet whose longest form the words open with."""
    index = kb.outlet_by_key()
    for n in range(min(6, len(words)), 0, -1):
        cand = " ".join(words[:n]).rstrip("،,:.؛)»").lstrip("«")
        outlet = index.get(match_key(cand).casefold())
        if outlet is None:
            continue
        is_generic = n == 1 and (cand in {line_key(a) for a in outlet.ambiguous})
        if is_generic and not allow_ambiguous:
            continue
        return outlet
    return None


def _name_after_head(words: list[str], rules: Rules) -> tuple[list[str], bool]:
    """"روزنامه عبری یدیعوت آحارونوت" → "یدیعوت آحارونوت": the words after a kind of outlet and what describes
    it, and whether anything did (a bare name that is also a word, "تلگراف", is read only after a description).
    A whole form ("روزنامه کیهان لندن") is tried before this, so a head never hides a longer name."""
    rest = words
    while rest[:1] and len(words) - len(rest) < 3 and rest[0].rstrip("،,") in rules.outlet_descriptors:
        rest = rest[1:]
    return rest, len(rest) < len(words)


def attribution(body: str, kb: KnowledgeBase, rules: Rules | None = None) -> tuple[str | None, list[str]]:
    """(publishing outlet, cited outlets) from "به گزارش X، به نقل از Y" phrases."""
    rules = rules or load_rules()
    text = line_key(body.replace("\n", " "))
    outlet: str | None = None
    cites: list[str] = []
    for found in _datelines(body, kb, rules):
        if outlet is None:
            outlet = found.name
        elif found.name != outlet and found.name not in cites:
            cites.append(found.name)
    for m in cue_matches(text, rules):
        found = _match_outlet(text[m.end(): m.end() + 120], kb, rules, allow_ambiguous=True)
        if not found:
            continue
        is_cite = m.group(1) in rules.cite_cues or outlet is not None
        if is_cite:
            if found.name != outlet and found.name not in cites:
                cites.append(found.name)
        else:
            outlet = found.name
    cites += [name for name in reported_outlets(body, kb, rules) if name not in cites]
    return outlet, [c for c in cites if c != outlet]  # "در گفتگو با خبرنگار مهر" before "به گزارش مهر"


_SENTENCE_END = re.compile(r"[.!?؟؛\n]+")


def reported_outlets(body: str, kb: KnowledgeBase, rules: Rules | None = None) -> list[str]:
    """(session 28 M) Outlets that are the subject of a reporting verb ("خبرگزاری رویترز گزارش داد ...", "روزنامه
    دان پاکستان گزارش داد ...", "پیش از این رویترز به نقل از منابعی ... اعلام کرد"): cited, as "به نقل از" would
    say. The name must open its sentence (after an opener such as "اما"), so an outlet named inside a clause
    ("در روزنامه شرق کار می‌کرد") is not read as a source."""
    rules = rules or load_rules()
    found: list[str] = []
    for sentence in _SENTENCE_END.split(line_key(body.replace("\n", ". "))):
        sentence = sentence.strip()
        outlet = None
        if sentence.startswith("/") or ":" in sentence[:_LABEL_CHARS]:
            outlet = _labelled_outlet(sentence, kb, rules)
        if outlet is None and rules.report_verb.search(sentence):  # most sentences: one regex scan, no lookup
            outlet = _sentence_subject(sentence, kb, rules)
        if outlet is not None and outlet.name not in found:
            found.append(outlet.name)
    return found


_LABEL_CHARS = 40  # an outlet's name and its colon open a sentence within its first 40 characters
_LABEL_WORDS = ("گزارش",)  # "گزارش ایرنا: ..."


def _labelled_outlet(sentence: str, kb: KnowledgeBase, rules: Rules) -> Outlet | None:
    """A sentence headed by an outlet's whole name and a colon ("ایرنا: ..."، "گزارش ایرنا: ...") or a copy's
    closing signature after its last full stop ("... توقیف کرد./فارس"): the outlet the passage comes from. A bare
    name that is also a word ("فارس") counts only as a signature, where nothing else can stand."""
    signature = sentence.startswith("/")
    head = sentence[1:] if signature else sentence.partition(":")[0]
    words = head.split()
    if words[:1] and words[0] in _LABEL_WORDS:
        words = words[1:]
    if not 0 < len(words) <= 4:
        return None
    outlet = _match_outlet(" ".join(words), kb, rules, allow_ambiguous=signature)
    return outlet if outlet is not None and _whole_name(outlet, words, rules) else None


def _whole_name(outlet: Outlet, words: list[str], rules: Rules) -> bool:
    """Whether the words are all of one of the outlet's names, after a kind of outlet ("خبرگزاری ایلنا")."""
    return bool(_outlet_form(outlet, " ".join(words)) or (
        words[0] in rules.outlet_heads and _outlet_form(outlet, " ".join(words[1:]))))


def _sentence_subject(key: str, kb: KnowledgeBase, rules: Rules) -> Outlet | None:
    """The outlet a sentence opens with, after its openers; a bare name that is also a word ("فارس") only after a
    reporter's or a desk's label ("خبرنگار فارس")."""
    for _ in range(2):  # "اما امروز روزنامه ..."
        opener = next((o for o in rules.report_openers if key.startswith(o + " ")), None)
        if opener is None:
            break
        key = key[len(opener):].lstrip(" ،,")
    labelled = any(key.startswith(p + " ") for p in rules.outlet_prefixes)
    return _match_outlet(key[:120], kb, rules, allow_ambiguous=labelled)


_SOURCE_LINE = ("منبع", "منبع خبر", "source")


def source_lines(lines: list[str], kb: KnowledgeBase, rules: Rules | None = None) -> list[str]:
    """Outlets named on a "منبع: تسنیم" line (dropped from the body as boilerplate): where the copy came from."""
    rules = rules or load_rules()
    found: list[str] = []
    for line in lines:
        head, colon, rest = line_key(line).replace("：", ":").partition(":")
        if colon and head.strip().casefold() in _SOURCE_LINE and rest.strip():
            outlet = _match_outlet(rest.strip(), kb, rules, allow_ambiguous=True)
            if outlet is not None and outlet.name not in found:
                found.append(outlet.name)
    return found


BYLINE_LINES = 8  # a byline stands among the first lines of the cleaned page, under the headline


def byline_outlet(lines: list[str], kb: KnowledgeBase, rules: Rules | None = None) -> tuple[int, str] | None:
    """(session 28) (index, outlet) of a line among the first that is a writer's label and an outlet's whole name
    ("نگارش از یورونیوز فارسی"): the outlet that wrote a copy another site republishes. A person's name is no match."""
    rules = rules or load_rules()
    for i, line in enumerate(lines[:BYLINE_LINES]):
        m = rules.byline.match(line_key(line))
        if m is None:
            continue
        name = m.group("name").strip()
        outlet = _match_outlet(name, kb, rules, allow_ambiguous=True)
        if outlet is not None and _whole_name(outlet, name.split(), rules):
            return i, outlet.name
    return None


def _datelines(body: str, kb: KnowledgeBase, rules: Rules) -> list[Outlet]:
    """"مهر: سخنگوی وزارت خارجه ...": a line among the body's first three that opens with an outlet's name and a
    colon names the outlet the report comes from."""
    found = []
    for line in body.split("\n")[:3]:
        head, colon, _rest = line.partition(":")
        if colon and 0 < len(head.split()) <= 4:
            outlet = _match_outlet(line_key(head), kb, rules, allow_ambiguous=True)
            if outlet is not None and _outlet_form(outlet, head):  # the whole head is one of its names
                found.append(outlet)
    return found


def _outlet_form(outlet: Outlet, head: str) -> str:
    """The outlet's Persian form that ``head`` is, if it is one (so that "مهر" is a dateline, "مهر ماه" is not)."""
    key = match_key(line_key(head)).casefold()
    return next((f for f in outlet.fa if match_key(f).casefold() == key), "")


def site_outlet(key: str, kb: KnowledgeBase) -> str | None:
    """The outlet a line names when it is only an outlet's name ("خبرگزاری تسنیم"): the page's masthead."""
    name = key.strip(" |-–—:").casefold()
    if not name or len(name) > 60:
        return None
    outlet = kb.outlet_by_key().get(match_key(name).casefold())
    return outlet.name if outlet is not None else None


def is_site_name(key: str, kb: KnowledgeBase) -> bool:
    return site_outlet(key, kb) is not None


def outlet_at(url: str | None, kb: KnowledgeBase) -> Outlet | None:
    """The outlet whose site the URL is on (by host, subdomains included). A domain written with a path
    ("rfe.pangea-cms.com/preview/prs-af") is a host several outlets share, told apart by the path's start; it is
    tried first, as the more particular."""
    if not url:
        return None
    parts = urlparse(url)
    host, path = (parts.hostname or "").lower(), parts.path.lower()
    scoped, plain = _sites(kb)
    found = next((o for o, d in scoped if _on_path(host, path, d)), None)
    # the host and each of its parent domains ("www.tabnak.ir" → "tabnak.ir", "ir"): the outlet listed first wins
    hits = [plain[d] for d in (host, *(host[i + 1:] for i, c in enumerate(host) if c == ".")) if d in plain]
    return found or (min(hits, key=lambda h: h[0])[1] if hits else None)


def _sites(kb: KnowledgeBase) -> tuple[list[tuple[Outlet, str]], dict[str, tuple[int, Outlet]]]:
    """(session 28) The outlets' sites, built once per knowledge base (every page asked for them all): those with a
    path ((outlet, lower-cased domain) in file order), and the plain domains → (the place of the first outlet listing
    it, that outlet)."""
    cached = kb.__dict__.get("_outlet_sites")
    if cached is None:
        sites = [(o, d) for o in kb.outlets.values() for d in o.domains]
        plain: dict[str, tuple[int, Outlet]] = {}
        for i, (o, d) in enumerate(sites):
            if "/" not in d:
                plain.setdefault(d, (i, o))
        cached = kb.__dict__["_outlet_sites"] = ([(o, d.lower()) for o, d in sites if "/" in d], plain)
    return cached


def _on_path(host: str, path: str, domain: str) -> bool:
    """A URL on ``domain``'s host under its path ("rfe.pangea-cms.com/preview/prs-af/a/1.html")."""
    site, _, prefix = domain.partition("/")
    on_host = host == site or host.endswith("." + site)
    return on_host and (path.rstrip("/") + "/").startswith("/" + prefix.rstrip("/") + "/")


def outlet_from_url(url: str | None, kb: KnowledgeBase) -> str | None:
    outlet = outlet_at(url, kb)
    return outlet.name if outlet is not None else None


_DOMAINS = None  # tldextract over the public-suffix list it ships (no download: suffix_list_urls is empty)


def site_label(url: str | None) -> str | None:
    """The registered domain's own label ("https://www.eghtesad-online.com/…" → "eghtesad-online"): the public-suffix
    list tells "ana.ac.ir" (ana) from "tabnak.ir"; addresses by number give nothing."""
    global _DOMAINS
    if not url or "://" not in url:
        return None
    if _DOMAINS is None:
        import tldextract

        _DOMAINS = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    parts = _DOMAINS(url)
    if not parts.suffix or not parts.domain or parts.domain.isdigit():
        return None
    return parts.domain.lower()


def _letters(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


def republished(url: str | None, named: str, rules: Rules) -> bool:
    """(session 28) Whether a page at ``url``, a site the table of outlets lacks and no blogging platform
    (boilerplate.yaml ``platform_hosts``), carries a report of the outlet ``named`` in its text rather than being
    that outlet: its address is not the outlet's name ("esteghlalnews" is Esteghlal News; "fa.alkawthartv" is
    Al-Kawthar). Such a site publishes the copy and cites the outlet."""
    label = site_label(url)
    if not label or label in rules.platform_hosts:
        return False
    site, name = _letters(label), _letters(named)
    return not (site == name or any(site == name + tail for tail in rules.address_tails))


def outlet_from_host(url: str | None) -> str | None:
    """A name for a site the table of outlets lacks, from its registered domain ("https://www.tabnak.ir/fa/news/1"
    → "Tabnak", "https://www.eghtesad-online.com/…" → "Eghtesad Online"): better than no outlet for a page whose
    text names none."""
    label = site_label(url)
    return " ".join(w.capitalize() for w in label.split("-") if w) if label else None


def outlet_name(value: str | None, kb: KnowledgeBase) -> str | None:
    """A container-given outlet ('mehr', 'Mehr News Agency', 'خبرگزاری مهر') → canonical short name."""
    if not value:
        return None
    return _outlet_names(kb).get(match_key(value).casefold(), value)


def _outlet_names(kb: KnowledgeBase) -> dict[str, str]:
    """Each key an outlet is known by (id, name, full name, Persian forms; match keys, casefolded) → its short name;
    the first outlet in file order wins a shared key, as a scan would. Built once per knowledge base."""
    names = kb.__dict__.get("_outlet_names_by_key")
    if names is None:
        names = kb.__dict__["_outlet_names_by_key"] = {}
        for o in kb.outlets.values():
            keys = [o.id.casefold(), match_key(o.name).casefold(), match_key(o.full or "").casefold()]
            for k in keys + [match_key(f).casefold() for f in o.fa]:
                names.setdefault(k, o.name)
    return names
