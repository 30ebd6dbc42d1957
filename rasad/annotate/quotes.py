"""Quotes: who said what, direct (cue verb and colon) or indirect ("... گفت که ..."), across sentences.

Speakers are the subject before the cue — a name, a role ("رئیس دفتر سیاسی حماس"), a pronoun ("وی") or a
description ("این عضو ارشد حماس"), already resolved by :mod:`rasad.annotate.link` — and a joint statement keeps every
speaker ("هنیه و النخاله تاکید کردند").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from rasad.annotate.events.coder import _expand, build_chains
from rasad.annotate.link.linker import Linked
from rasad.kb.knowledge import KnowledgeBase
from rasad.records import CleanArticle, Mention, Quote
from rasad.text.budget import check_time
from rasad.text.normalize import ZWNJ
from rasad.text.rx import match as _rx_match
from rasad.text.sentences import Sentence

_L = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c"


@lru_cache(maxsize=1)
def _cue_regex() -> re.Pattern:
    data = yaml.safe_load((resources.files("rasad") / "data" / "patterns" / "quotes.yaml").read_text(encoding="utf-8"))
    alts = []
    for cue in sorted(data["cues"], key=len, reverse=True):
        words = cue.replace(ZWNJ, " ").split()
        alts.append(r"[\s\u200c]*".join(r"[\s\u200c]?".join(re.escape(ch) for ch in w) for w in words))
    return re.compile(rf"(?<![{_L}])(?:{'|'.join(alts)})(?![{_L}])")


def _speaker(text: str, linked: Linked, kb: KnowledgeBase, lo: int, hi: int) -> tuple[list[Mention], str]:
    """The subject of the clause [lo, hi): a person where one leads a clause, else an organisation or state,
    else an outlet named right before the cue ("خبرگزاری سانا جمعه اعلام کرد")."""
    ms = linked.in_span(lo, hi)
    chains = [c for c in build_chains(text, ms, lo, kb) if c.marker is None and not c.object_ra]
    for kinds in (("PERSON", "PARTIES"), ("ORG", "COUNTRY")):
        for c in chains:
            actors = [m for m in c.actors() if m.type in kinds]
            if actors:
                first = c.conjuncts[0][0]
                return _expand(c.actors(), linked.mentions), text[first.start:c.end]
    media = [m for m in ms if m.type == "MEDIA" and hi - m.end < 25]
    if media:
        return [media[-1]], media[-1].text
    return [], ""


def find_quotes(article: CleanArticle, sentences: list[Sentence], linked: Linked, kb: KnowledgeBase) -> list[Quote]:
    text = article.body
    cue_re = _cue_regex()
    quotes: list[Quote] = []
    for s in sentences:
        check_time()
        cues = list(cue_re.finditer(text, s.start, s.end))
        prev_end = s.start
        for i, cue in enumerate(cues):
            rest = text[cue.end():s.end]
            m = _rx_match(r"^\s*(:|،|,|\s+که\s|\s)", rest)
            if not m:
                prev_end = cue.end()
                continue
            direct = m.group(1) == ":"
            start = cue.end() + m.end()
            if not direct and _rx_match(r"^\s*(?:شد|است|بود|و|\.)(?![" + _L + "])", text[start:start + 6]):
                prev_end = cue.end()
                continue
            if direct:
                para = text.find("\n\n", start)
                end = para if para != -1 else len(text)
            else:
                end = s.end
                if i + 1 < len(cues):  # an indirect statement stops where the next speaker's clause starts
                    nxt_lo = cue.end()
                    spk, _ = _speaker(text, linked, kb, nxt_lo, cues[i + 1].start())
                    cut = min((x.start for x in linked.in_span(nxt_lo, cues[i + 1].start()) if spk and x.name in {y.name for y in spk}), default=None)
                    end = cut if cut and cut > start else end
            quote_text = text[start:end].strip().rstrip("،,")
            if len(quote_text.split()) < 3:
                prev_end = cue.end()
                continue
            speakers, mention = _speaker(text, linked, kb, prev_end, cue.start())
            prev_end = cue.end()
            if not speakers and not mention:
                continue
            names = [x.name for x in speakers]
            quotes.append(Quote(
                speaker=names[0] if len(names) == 1 else (names or None), speaker_mention=mention, cue=cue.group(0),
                text=quote_text, direct=direct, start=start, end=end,
                speaker_id=speakers[0].kb_id if len(speakers) == 1 else None,
            ))
    return quotes
