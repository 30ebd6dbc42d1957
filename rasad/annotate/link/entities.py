"""The article's entities: every linked actor, place and outlet once, with its forms and mentions."""

from __future__ import annotations

from rasad.kb.knowledge import KnowledgeBase
from rasad.records import CleanArticle, Entity, Mention
from rasad.text.normalize import match_key


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
