"""Build a synthetic corpus of N Persian news articles from the project's own sample articles.

    python benchmarks/make_corpus.py N OUT [--seed 7] [--shard-size 5000]

Templates are the articles in examples/corpus and tests/articles/events. Each synthetic article takes one template
and varies it with the knowledge base and the event patterns:

* actors: every person or organisation named in the template (its Persian forms in the KB) becomes another actor of
  the same type and country (full forms → the other's first full form, short forms → its short form);
* dates: every Jalali date (``۱۵ مهر ۱۴۰۳``, ``۱۴۰۳/۰۷/۱۳``), Gregorian date (``2024-11-14``, ``۲ ژانویه ۲۰۲۴``) and
  the container's ``published`` moves by the same random number of whole weeks, so weekdays named in the text
  ("امروز جمعه") stay true;
* outlets: the outlet after "به گزارش" / "به نقل از" becomes another Persian-language outlet from kb/outlets.yaml
  (and the JSON Lines ``outlet``/``url`` with it);
* wording: event triggers become another trigger of the same pattern in rasad/data/patterns/events.yaml that ends in
  the same word (so the verb still agrees: دیدار کرد → ملاقات کرد).

Output: OUT/corpus-NNNN.jsonl.gz shards, one JSON object per line (``id``, ``text`` or ``html``, ``url``,
``published``, ``outlet``), which ``rasad ingest OUT`` reads as is. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import jdatetime
import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasad.kb import load_kb  # noqa: E402
from rasad.read import read_inputs  # noqa: E402
from rasad.records import RawDocument  # noqa: E402
from rasad.text.normalize import char_normalize  # noqa: E402

TEMPLATE_DIRS = [REPO / "examples" / "corpus", REPO / "tests" / "articles" / "events"]
LETTERS = "\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF"
FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"
DIGIT = "[0-9۰-۹٠-٩]"
JALALI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
GREG_MONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
CUES = ["به گزارش", "به نقل از"]


def _flex(form: str) -> str:
    """A regex for a Persian phrase that tolerates a missing or extra ZWNJ/space and Arabic ي/ك."""
    out = []
    for ch in char_normalize(form):
        if ch in " \u200c":
            out.append("[\\s\u200c]?")
        elif ch == "ی":
            out.append("[یيى]")
        elif ch == "ک":
            out.append("[کك]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


class Matcher:
    """Many flexible phrases at once, longest first, on word boundaries. Candidate positions are word starts whose
    letter begins some phrase; only the phrases beginning with that letter are tried there (one big alternation
    tried at every position is far slower in Python's re)."""

    VARIANTS = {"ی": "یيى", "ک": "کك"}

    def __init__(self, items: list[tuple[str, object]]):
        items = sorted(items, key=lambda x: len(x[0]), reverse=True)
        self.keys = [key for _form, key in items]
        groups: dict[str, list[int]] = {}
        for i, (form, _key) in enumerate(items):
            first = char_normalize(form)[0]
            for ch in self.VARIANTS.get(first, first):
                groups.setdefault(ch, []).append(i)
        self.rx = {ch: re.compile("(?:" + "|".join(f"(?P<g{i}>{_flex(items[i][0])})" for i in idx) + f")(?![{LETTERS}])")
                   for ch, idx in groups.items()}
        self.cand = re.compile(f"(?<![{LETTERS}\u200c])[{''.join(re.escape(c) for c in groups)}]")

    def finditer(self, text: str):
        pos = 0
        while (m := self.cand.search(text, pos)) is not None:
            i = m.start()
            mm = self.rx[text[i]].match(text, i)
            if mm:
                yield mm.start(), mm.end(), self.keys[int(mm.lastgroup[1:])]
                pos = mm.end()
            else:
                pos = i + 1


def _digits(s: str) -> int:
    return int(s.translate(str.maketrans(FA_DIGITS + AR_DIGITS, "0123456789" * 2)))


def _like(n: int, sample: str, width: int | None = None) -> str:
    text = f"{n:0{width}d}" if width else str(n)
    if any(c in FA_DIGITS for c in sample):
        return text.translate(str.maketrans("0123456789", FA_DIGITS))
    if any(c in AR_DIGITS for c in sample):
        return text.translate(str.maketrans("0123456789", AR_DIGITS))
    return text


# --- the knowledge the variation draws on -----------------------------------------------------------------------

@dataclass
class Vocabulary:
    actors: Matcher  # Persian forms → (actor id, "full" | "short")
    peers: dict[str, list[str]]  # actor id → other actors of its type and country
    full: dict[str, str]
    short: dict[str, str]
    outlet_rx: re.Pattern
    outlets: list[tuple[str, str, str | None]]  # (Persian name, English name, domain) of Persian-language outlets
    triggers: Matcher  # trigger → (pattern id, trigger)
    synonyms: dict[tuple[str, str], list[str]]  # (pattern id, trigger) → other triggers ending in the same word


def vocabulary() -> Vocabulary:
    kb = load_kb()
    by_kind: dict[tuple[str, str | None], list[str]] = {}
    for a in kb.actors.values():
        if a.type in ("PERSON", "ORG") and a.fa:
            by_kind.setdefault((a.type, a.country), []).append(a.id)
    peers = {aid: [x for x in group if x != aid] for group in by_kind.values() if len(group) > 1 for aid in group}
    forms: list[tuple[str, str, str]] = []
    full, short = {}, {}
    for aid in peers:
        a = kb.actors[aid]
        full[aid] = char_normalize(a.fa[0])
        short[aid] = char_normalize(a.short[0]) if a.short else full[aid]
        forms += [(f, aid, "full") for f in a.fa if len(f) > 3] + [(f, aid, "short") for f in a.short if len(f) > 3]
    outlet_forms = sorted({char_normalize(f) for o in kb.outlets.values() for f in o.fa if len(f) > 2}, key=len, reverse=True)
    outlet_rx = re.compile(f"({'|'.join(_flex(c) for c in CUES)})\\s+((?:خبرگزاری\\s+)?"
                           f"(?:{'|'.join(_flex(f) for f in outlet_forms)}))(?![{LETTERS}])")
    outlets = [(char_normalize(o.fa[0]), o.name, (o.domains or [None])[0]) for o in kb.outlets.values()
               if o.language == "fa" and o.fa]
    data = yaml.safe_load((REPO / "rasad" / "data" / "patterns" / "events.yaml").read_text(encoding="utf-8"))
    triggers: list[tuple[str, str]] = []
    synonyms: dict[tuple[str, str], list[str]] = {}
    for p in data["patterns"]:
        plain = [t for t in p.get("triggers") or [] if "…" not in t and "..." not in t and " " in t.replace("\u200c", " ")]
        for t in plain:
            last = t.replace("\u200c", " ").split()[-1]
            same = [u for u in plain if u != t and u.replace("\u200c", " ").split()[-1] == last]
            if same:
                synonyms[(p["id"], t)] = same
                triggers.append((p["id"], t))
    return Vocabulary(Matcher([(f, (aid, kind)) for f, aid, kind in forms]), peers, full, short, outlet_rx, outlets,
                      Matcher([(t, (pid, t)) for pid, t in triggers]), synonyms)


# --- templates ----------------------------------------------------------------------------------------------------

@dataclass
class Slot:
    start: int
    end: int
    kind: str  # actor | trigger | outlet
    key: object  # (actor id, form kind) | (pattern id, trigger) | the outlet form replaced


@dataclass
class Template:
    name: str
    field: str  # text | html
    content: str
    url: str | None
    published: str | None
    outlet: str | None
    slots: list[Slot] = field(default_factory=list)


def _spans_free(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    return all(e <= a or s >= b for a, b in taken)


def templates(vocab: Vocabulary) -> list[Template]:
    out = []
    for item in read_inputs([str(d) for d in TEMPLATE_DIRS]):
        if not isinstance(item, RawDocument):
            continue
        t = Template(Path(item.source.split("#")[0]).name + ("#" + item.source.split("#")[1] if "#" in item.source else ""),
                     "html" if item.html is not None else "text", item.content, item.url, item.published, item.outlet)
        taken: list[tuple[int, int]] = []
        for m in vocab.outlet_rx.finditer(t.content):
            t.slots.append(Slot(m.start(2), m.end(2), "outlet", char_normalize(m[2]).replace("خبرگزاری ", "")))
            taken.append(m.span(2))
        for kind, matcher in (("actor", vocab.actors), ("trigger", vocab.triggers)):
            for start, end, key in matcher.finditer(t.content):
                if _spans_free(taken, start, end):
                    t.slots.append(Slot(start, end, kind, key))
                    taken.append((start, end))
        t.slots.sort(key=lambda s: s.start)
        out.append(t)
    return out


# --- dates ------------------------------------------------------------------------------------------------------

_JALALI_NAMED = re.compile(f"({DIGIT}{{1,2}})(\\s+)({'|'.join(JALALI_MONTHS)})(\\s+)({DIGIT}{{4}})")
_GREG_NAMED = re.compile(f"({DIGIT}{{1,2}})(\\s+)({'|'.join(GREG_MONTHS)})(\\s+)({DIGIT}{{4}})")
_NUMERIC = re.compile(f"(?<!{DIGIT})({DIGIT}{{4}})([/\\-])({DIGIT}{{1,2}})\\2({DIGIT}{{1,2}})(?!{DIGIT})")


def _shift_jalali(y: int, m: int, d: int, days: int) -> jdatetime.date | None:
    try:
        return jdatetime.date.fromgregorian(date=jdatetime.date(y, m, d).togregorian() + dt.timedelta(days=days))
    except ValueError:
        return None


def shift_dates(text: str, days: int) -> str:
    def named(m: re.Match) -> str:
        new = _shift_jalali(_digits(m[5]), JALALI_MONTHS.index(m[3]) + 1, _digits(m[1]), days)
        if new is None:
            return m[0]
        return f"{_like(new.day, m[1])}{m[2]}{JALALI_MONTHS[new.month - 1]}{m[4]}{_like(new.year, m[5])}"

    def greg_named(m: re.Match) -> str:
        try:
            new = dt.date(_digits(m[5]), GREG_MONTHS.index(m[3]) + 1, _digits(m[1])) + dt.timedelta(days=days)
        except ValueError:
            return m[0]
        return f"{_like(new.day, m[1])}{m[2]}{GREG_MONTHS[new.month - 1]}{m[4]}{_like(new.year, m[5])}"

    def numeric(m: re.Match) -> str:
        y, mo, d = _digits(m[1]), _digits(m[3]), _digits(m[4])
        w2, w3 = len(m[3]), len(m[4])
        if 1300 <= y < 1500:
            new = _shift_jalali(y, mo, d, days)
        elif 1900 <= y < 2100:
            try:
                new = dt.date(y, mo, d) + dt.timedelta(days=days)
            except ValueError:
                new = None
        else:
            new = None
        if new is None:
            return m[0]
        return f"{_like(new.year, m[1])}{m[2]}{_like(new.month, m[3], w2)}{m[2]}{_like(new.day, m[4], w3)}"

    text = _JALALI_NAMED.sub(named, text)
    text = _GREG_NAMED.sub(greg_named, text)
    return _NUMERIC.sub(numeric, text)


# --- one synthetic article -------------------------------------------------------------------------------------

def synthesize(t: Template, vocab: Vocabulary, rng: random.Random, n: int,
               weeks_range: tuple[int, int] = (-160, 30)) -> dict:
    actor_map: dict[str, str] = {}
    trigger_map: dict[tuple[str, str], str] = {}
    outlet_map: dict[str, tuple[str, str, str | None]] = {}
    outlet = rng.choice(vocab.outlets)  # the publishing outlet (the first one named after "به گزارش")
    parts, pos = [], 0
    for s in t.slots:
        parts.append(t.content[pos:s.start])
        if s.kind == "actor":
            aid, form = s.key
            if aid not in actor_map:
                actor_map[aid] = rng.choice(vocab.peers[aid] + [aid])
            new = actor_map[aid]
            parts.append(vocab.full[new] if form == "full" else vocab.short[new])
        elif s.kind == "trigger":
            if s.key not in trigger_map:
                trigger_map[s.key] = rng.choice(vocab.synonyms[s.key] + [s.key[1]])
            parts.append(trigger_map[s.key])
        else:
            if s.key not in outlet_map:
                outlet_map[s.key] = outlet if not outlet_map else rng.choice(vocab.outlets)
            parts.append(outlet_map[s.key][0])
        pos = s.end
    parts.append(t.content[pos:])
    weeks = rng.randint(*weeks_range)
    content = shift_dates("".join(parts), 7 * weeks)
    published = None
    if t.published:
        try:
            when = dt.datetime.fromisoformat(t.published) + dt.timedelta(weeks=weeks)
            published = when.isoformat()
        except ValueError:
            published = t.published
    record = {"id": f"syn{n:07d}", t.field: content, "published": published}
    if t.outlet or t.url:
        record["outlet"] = outlet[1]
        record["url"] = f"https://{outlet[2]}/news/{n}" if outlet[2] else None
    record["template"] = t.name
    return record


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out", type=Path, help="output folder (shards corpus-NNNN.jsonl.gz)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--shard-size", type=int, default=5000)
    ap.add_argument("--weeks", type=int, nargs=2, default=[-160, 30], metavar=("MIN", "MAX"),
                    help="dates move by a random number of weeks in this range (default -160 30); a narrower range "
                         "packs the articles closer in time, as a larger corpus would (fusion finds more candidates)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    vocab = vocabulary()
    temps = templates(vocab)
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("corpus-*.jsonl.gz"):
        old.unlink()
    shard, fh, written, raw_bytes = -1, None, 0, 0
    for i in range(args.n):
        if i % args.shard_size == 0:
            if fh:
                fh.close()
            shard += 1
            fh = gzip.open(args.out / f"corpus-{shard:04d}.jsonl.gz", "wt", encoding="utf-8", compresslevel=3)
        rec = synthesize(temps[i % len(temps)], vocab, rng, i, tuple(args.weeks))
        line = json.dumps(rec, ensure_ascii=False)
        raw_bytes += len(line.encode("utf-8")) + 1
        fh.write(line + "\n")
        written += 1
    if fh:
        fh.close()
    slots = sum(len(t.slots) for t in temps)
    print(f"{written} articles from {len(temps)} templates ({slots} variable slots) in {shard + 1} shards, "
          f"{raw_bytes / 1e6:.1f} MB uncompressed → {args.out} ({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
