"""The article's entities: every linked actor, place and outlet once, with its forms and mentions."""

from __future__ import annotations

import re

from rasad.annotate.words import grammar_words
from rasad.clean.outlets import outlet_from_host
from rasad.kb.knowledge import KnowledgeBase
from rasad.kb.model import Outlet
from rasad.records import CleanArticle, Entity, Mention
from rasad.text.normalize import char_normalize, match_key, text_match_key


def unknown_uid(latin: str, kind: str = "") -> str:
    """The stable id of an actor the knowledge base lacks, from its Latin name ("unknown:jalal-maleki"), with its kind
    for places, bodies and outlets ("unknown:place:kummabza")."""
    slug = re.sub(r"[^a-z0-9]+", "-", latin.lower()).strip("-") or "x"
    return f"unknown:{kind.lower()}:{slug}" if kind else f"unknown:{slug}"


def _unknown_entity(m: Mention, mentions: list[Mention], kb: KnowledgeBase) -> Entity:
    """An actor the knowledge base lacks: a stable id from its Latin name, the country and sector its office gives
    ("Deputy Speaker of the Islamic Consultative Assembly" → IRN, LEG)."""
    office = next((r.of for r in mentions if r.how == "role" and r.name == m.name and r.of), None)
    holder = kb.actors.get(office) if office else None
    country = (office if holder is not None and holder.type == "STATE" else kb.country_of(office)) if office else None
    sector = holder.sector if holder is not None else None
    return Entity(m.name, m.type, None, country=country, sector=sector, uid=unknown_uid(m.name))


def _nationality_of_one(m: Mention, body: str) -> bool:
    """A nationality adjective after a noun for one person ("دیپلمات ایرانی") says who that person is, not which state
    the text is about, and so does a plural of people ("فلسطینی‌ها"); after a thing or a group of another noun
    ("نفتکش بریتانیایی", "اسرای فلسطینی") it names the state."""
    before = body[max(0, m.start - 40):m.start].split()
    people = body[m.end:m.end + 3].replace("\u200c", "").startswith("ها")  # "فلسطینی‌ها": people, not the state
    return people or (bool(before) and before[-1].strip("،,«»()") in grammar_words("person_nouns"))


def _own_short_name(m: Mention, kb: KnowledgeBase) -> bool:
    """A description that is the body's own short name ("مجلس" for Iran's parliament, its KB ``short`` form) names
    the body as a name does; the generic words the same rules resolve ("دولت", "پلیس") stay descriptions."""
    a = kb.actors.get(m.kb_id) if m.how == "description" and m.kb_id else None
    return a is not None and m.text in a.short


def _entities(mentions: list[Mention], kb: KnowledgeBase, article: CleanArticle, text_key: str = "") -> list[Entity]:
    """Every linked actor, place and outlet once. ``text_key``: the body's key from :func:`key_with_map`, if made."""
    by_key: dict[str, Entity] = {}
    for m in mentions:
        if m.how in ("pronoun", "parties", "description", "metonym") and not _own_short_name(m, kb):
            continue
        if m.how == "adjective" and _nationality_of_one(m, article.body):
            continue
        if not m.kb_id and m.how != "unknown-name":
            continue
        key = m.kb_id or f"?{m.name}"
        ent = by_key.get(key)
        if ent is None and not m.kb_id:
            ent = _unknown_entity(m, mentions, kb)
            by_key[key] = ent
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
    body_key = ""  # the body's match key: made only when a known publisher is looked for in it
    for name in [meta.outlet, *meta.cites]:
        if not name:
            continue
        o = kb.outlet_named(name)
        if name == meta.outlet and name not in meta.cites:
            if o is not None and not body_key:
                body_key = _body_key(article.body, text_key)
            if not _named_in(o, body_key) or o is None and name == outlet_from_host(meta.url):
                continue  # the page's publisher, known from its URL or masthead, is no entity its text names
        key = o.id if o else f"?{name}"
        if key not in by_key:
            by_key[key] = Entity(name, "MEDIA", o.id if o else None, forms=[], country=o.country if o else None)
    return list(by_key.values())


def _named_in(outlet: Outlet | None, body_key: str) -> bool:
    """Whether the body (its match key) names the outlet by one of its Persian forms (an outlet the knowledge base
    lacks is kept: its name came from the text or the container, not from a host the table knows)."""
    return outlet is None or any(len(k) >= 3 and k in body_key for k in (match_key(f) for f in outlet.fa))


_OTHER_SPACE = re.compile(r"[^\S \n\t]")  # whitespace match_key drops and key_with_map keeps


def _body_key(body: str, key: str) -> str:
    """:func:`text_match_key` of the body, or ``key`` (its :func:`key_with_map` key, made by the linker) where the two
    are the same: no character of the body is normalised (:func:`char_normalize` leaves it as it is) and its only
    whitespace is spaces, newlines and tabs (what both keys drop). Keying the body again cost ~3 % of linking."""
    if key and char_normalize(body) == body and _OTHER_SPACE.search(body) is None:
        return key
    return text_match_key(body)
