"""Frames: how a pattern finds its source and target among a sentence's actor chains.

Each pattern in ``data/patterns/events.yaml`` names a frame; each frame is one small function below, registered in
``FRAMES``. A frame gets a :class:`Frame` (the pattern, the chains, the trigger span and the clause's subject) and
returns ``(source, target)``. Adding a frame is adding a function here, a line in ``FRAMES`` and patterns that use it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rasad.annotate.events.chains import (
    _COURTESY_TITLES,
    _HONORIFICS,
    _KE,
    _LED_BY,
    _POSITION_NOUNS,
    Chain,
    _after_verb,
    _clause_closed,
    _clause_subject,
    _first,
    _is_noun_trigger,
    _joined_compounds,
    _partitive_opening,
    _place_like,
    _split,
    _subject,
    clause_ended_between,
)
from rasad.annotate.events.grammar import (
    _AGENT_BELONGING_TO,
    _AGENT_GENITIVE,
    _AID_RECIPIENTS_IN,
    _AIRSPACE,
    _ANNOUNCED,
    _ARMED_SIDE_WORDS,
    _ASKED_ABOUT,
    _ATTACK_IN,
    _ATTACK_KIND_WORDS,
    _ATTACK_NOUN,
    _ATTACK_TO,
    _ATTACK_WORD,
    _AZ,
    _BELIEF_CUE,
    _CARGO_BOUND_FOR,
    _CASUALTY_CAUSE,
    _CASUALTY_CAUSE_AFTER,
    _CAUSE_OPENING,
    _CLAIM_OPENER,
    _CLASH_OF_PAIR,
    _CLASH_WITH,
    _CLASH_WITH_FAR,
    _CLAUSE_OPENERS,
    _CONDITIONAL,
    _COURT_HEAD,
    _CUE_BOUNDARY,
    _DELEGATION_MEMBERS,
    _FENDED_HEAD,
    _FIRST_AZ,
    _FORCES_BEFORE,
    _FORCES_WORDS,
    _FUTURE_LATER,
    _IN_COURT_BEFORE,
    _IN_OFFICE_BEFORE,
    _JUDGED,
    _LAUNCHED_BY,
    _MEETING_PURPOSE,
    _MUST_KNOW,
    _OFFICE_HEAD,
    _OFFICIALS_HEAD,
    _OPPONENTS_OF,
    _PARTITIVE_BEFORE,
    _PASSIVE_VERB,
    _PEOPLE_GAP,
    _PEOPLE_HEADS,
    _PERPETRATORS_OF,
    _PERSON_NOUNS,
    _RECALL_CAUSE,
    _RELEASED_BY,
    _RESOLUTION_AIMED_AT,
    _SECOND_PERSON,
    _SECURITY_KEEPERS,
    _SITUATION_OF,
    _STRUCK_ON_AFTER_ATTACKER,
    _TIES_BEFORE,
    _TIME_AZ_BEFORE,
    _TOPIC,
    _TOPIC_RIGHT_BEFORE,
    _TOPIC_WITH,
    _VERB_WORD,
    _VOTE_AGENT_BEFORE,
    _WARNED_DEED,
    _WEAPON,
    _WEAPON_OWNER,
    _WORD,
    AGENCY_OPENED,
    CLAIM_NEUTRAL_HEAD,
    DECIDED_IN,
    LETTER_TO,
    MANNER_BEFORE,
    ORDERED_BY,
    PLAN_MODAL,
    PREPOSITIONS,
    UNNAMED_PAIR_SIDE,
    UNNAMED_SIDE_AFTER,
    unseen_cause_before,
)
from rasad.annotate.events.patterns import Pattern
from rasad.records import Mention
from rasad.text.normalize import ZWNJ
from rasad.text.rx import finditer as _rx_finditer
from rasad.text.rx import fullmatch as _rx_fullmatch
from rasad.text.rx import match as _rx_match
from rasad.text.rx import search as _rx_search

Actors = list[Mention]


@dataclass
class Frame:
    """What every frame sees of one trigger at [ts, te) in its sentence."""

    p: Pattern
    chains: list[Chain]
    ts: int
    te: int
    text: str
    sent_start: int
    subj: Chain | None  # the clause's subject, or the parties ("دو طرف") of a meeting
    genitive: Chain | None  # a chain right after the trigger with no preposition between ("دیدار X")
    announced: bool = False  # "X از دیدار A با B خبر داد": the subject X only tells of the event
    teller: Chain | None = None  # that subject X, who told of it

    @property
    def src(self) -> Actors:
        return self.subj.actors() if self.subj else []

    @property
    def after_subject(self) -> int:
        """Where the clause goes on after its subject (the sentence's start when it names none)."""
        return self.subj.end if self.subj is not None else self.sent_start

    @property
    def noun(self) -> bool:  # a headline's trigger is a noun even where the word is also a verb ("خواست پاکستان از ...")
        return self.p.headline_only or _is_noun_trigger(self.text[self.ts:self.te])

    def first(self, marker: str, lo: int = 0, hi: int = 10**9, exclude: Chain | None = None) -> Chain | None:
        return _first(self.chains, marker, lo, hi, exclude)

    def attacker_before(self, reach: int) -> Chain | None:
        """A chain before the trigger right after an attack noun ("حمله هوایی رژیم صهیونیستی")."""
        return next((x for x in self.chains if x is not self.subj and (self.subj is None or x.start > self.subj.end)
                     and x.start < self.ts and _ATTACK_NOUN.search(self.text[max(0, x.start - reach):x.start])), None)


def _actors(c: Chain | None) -> Actors:
    return c.actors() if c else []


def _meeting(f: Frame) -> tuple[Actors, Actors, Chain | None]:
    """The two sides of a meeting: "میان X و Y", the subject and "با X", or a genitive pair ("دیدار X و Y")."""
    chains, ts, te, subj, genitive = f.chains, f.ts, f.te, f.subj, f.genitive
    src: Actors = f.src
    tgt: Actors = []
    between = next((c for c in chains if c.marker == "میان" and len(c.conjuncts) >= 2 and
                    (ts <= c.start <= te + 40 or (c.end <= ts and ts - c.end < 40))), None)
    w = _partner(f)
    if w is not None and subj is not None and w.end <= subj.start and all(m.type == "PARTIES" for m in subj.all_actors()):
        w = None  # (session 23) "با X دیدار کرد و دو طرف ... امضا کردند": the earlier partner is one of the pair
    if between is not None and between.end <= ts and genitive is not None and len(genitive.conjuncts) >= 2:
        between = None  # "تنش‌های میان آمریکا و ایران در گفت‌وگوی تلفنی فؤاد حسین و هاکان فیدان": the call's own pair
    if between is not None and between.end <= ts and w is not None and w is not subj and w.start < between.start:
        between = None  # "با دار ... درباره تشدید تنش‌ها بین هند و پاکستان گفت‌وگو کرد": the partner came first
    if between is not None and (sp := _split(between)):
        src, tgt = sp
    elif w is not None and w is not subj:
        tgt = w.actors()
        # "(X از) دیدار عراقچی با فیدان (خبر داد)", "در دیدار عراقچی با فیدان، ...": the noun's genitive meets; (session
        # 21) so does a headline's ("دیدار عراقچی با فیدان در آنکارا"), its report folded into the body's
        inner = not src and f.noun
        if (f.announced or inner or _noun_phrase_pair(f, genitive, w)) and genitive is not None and genitive.end <= w.start:
            src = genitive.actors()
        elif f.announced and f.teller is not None and w.start >= te:
            src = f.teller.actors()  # (session 17) "X از تماس تلفنی با Y خبر داد": a meeting of its own, told by X
    elif genitive is not None and (f.p.nominal or f.noun) and (len(genitive.conjuncts) >= 2 or src):
        if (sp := _split(genitive)):
            src, tgt = sp
        else:
            tgt = genitive.actors()
    elif subj is not None and (sp := _split(subj)):
        src, tgt = sp
    elif subj is not None and (pair := _parties_named_by_ties(f)) is not None and (sp := _split(pair)):
        src, tgt = sp
    elif subj is not None and (other := _each_other(f)) is not None:
        tgt = other.actors()
    elif genitive is not None and (sp := _split(genitive)):
        src, tgt = sp
    elif genitive is not None and src:
        tgt = genitive.actors()
    return src, tgt, w


def _noun_phrase_pair(f: Frame, genitive: Chain | None, w: Chain) -> bool:
    """(session 25) "وزارت خارجه با انتشار خبر سفر وزیر و دیدار او با X اعلام کرد": a meeting noun with its own
    genitive right before its "با" names both sides in one phrase; the clause's subject only tells of it."""
    return f.noun and f.p.frame in ("with", "between") and genitive is not None \
        and (genitive.marker is None or genitive.marker == "با" and _marker_before_trigger(f, genitive)) \
        and f.subj is not None and genitive is not f.subj \
        and f.subj.end <= f.ts and _rx_match(r"^[\s«»]*با[\s«»]*$", f.text[genitive.end:w.start]) is not None


def _parties_named_by_ties(f: Frame) -> Chain | None:
    """(session 19) "دو طرف در خصوص تقویت روابط ایران و عراق توافق نظر داشتند": "the two sides" named by the pair
    after a noun of ties between the subject and the trigger."""
    if f.subj is None or any(m.type != "PARTIES" for m in f.subj.all_actors()):
        return None
    return next((c for c in f.chains if f.subj.end <= c.start < f.ts and len(c.conjuncts) >= 2
                 and _TIES_BEFORE.search(f.text, max(f.sent_start, c.start - 30), c.start)), None)


def _partner(f: Frame) -> Chain | None:
    """The "با" of a meeting: after a noun trigger, else the last before the trigger, else one after it. (branch
    consult9) "با" may stand inside a gapped meeting trigger ("گفت‌وگوی کوتاهی با اردوغان داشت"; not a visit's: "وارد
    رویارویی با دشمن شده‌اند" is no visit), and a "با" in the meeting's topic is no partner ("درباره مذاکرات با آمریکا
    رایزنی کردند"): candidates are taken in that order, the first outside a topic wins."""
    withs = [c for c in f.chains if c.marker == "با" and c is not f.subj and not _marker_before_trigger(f, c)] \
        or [c for c in f.chains if c.marker == "همراه" and c is not f.subj]  # (session 19) "X به همراه Y ..."
    lo = f.ts if f.p.frame in ("with", "between") else f.te  # (session 19) "دیدار X با Y ... انجام شد"
    order = [c for c in withs if _right_after_noun(f, c)] if f.noun else []
    order += [c for c in reversed(withs) if c.start < f.ts] + [c for c in withs if lo <= c.start < f.te + 60]
    # (session 20) one after the trigger past "تا"/"که" is in the clause of its purpose, no partner: "X و Y توافق
    # کردند تا پروژه را با مشارکت Z پیش ببرند"
    return next((c for c in order if not _TOPIC_WITH.search(f.text, max(f.sent_start, c.start - 60), c.start)
                 and not (c.start >= f.te and _rx_search(r"(?:^|\s)(?:تا|که)\s", f.text[f.te:c.start]))), None)


def _marker_before_trigger(f: Frame, c: Chain) -> bool:
    """(session 25) A chain after the trigger whose "با" stands before it ("کاخ سفید با انتشار تصاویر دیدار ترامپ با
    نتانیاهو ..."): the "با" opens the subject's means, the chain is the meeting noun's genitive, not its partner."""
    return c.start >= f.te and _rx_search(r"(?:^|\s)با\s", " " + f.text[f.te:c.start]) is None


def _right_after_noun(f: Frame, c: Chain) -> bool:
    """A "با" right after a meeting noun; (session 25) or further on in the noun's phrase, past its adjectives and
    no other party ("ملاقات بسیار خوب و طولانی با جناب آقای پوتین داشتم")."""
    if f.te <= c.start < f.te + 30:
        return True
    return f.te <= c.start < f.te + 70 and not _rx_search(r"[.،؛:!؟]", f.text[f.te:c.start]) \
        and not any(f.te <= x.start < c.start for x in f.chains)


def _each_other(f: Frame) -> Chain | None:
    """(branch consult9) "عراقچی و همتای ترکیه‌ای خود هاکان فیدان با یکدیگر دیدار کردند": with "با یکدیگر" the other
    side is the last unmarked chain between the subject and the trigger (a name after its office)."""
    if f.subj is None or not _rx_search(r"(?:^|\s)با\s+(?:یکدیگر|هم|همدیگر)\s", f.text[f.subj.end:f.ts + 1]):
        return None
    between = [c for c in f.chains if c.marker is None and not c.object_ra and f.subj.end <= c.start < f.ts]
    return between[-1] if between and len(between[-1].conjuncts) == 1 else None  # "X گفت A و B با یکدیگر ...": not X's


def frame_with(f: Frame) -> tuple[Actors, Actors]:
    """"عراقچی با فیدان دیدار کرد": the subject and the actor after "با"."""
    src, tgt, _w = _meeting(f)
    return src, tgt


def frame_mediate(f: Frame) -> tuple[Actors, Actors]:
    """(session 20) "عمان میان ایران و آمریکا میانجیگری کرد": the mediator is the subject, the sides after
    "میان"/"بین" (before the verb or inside the trigger) are the targets; no sides named, no target."""
    if f.subj is None:
        return [], []
    sides = next((c for c in f.chains if c is not f.subj and c.marker == "میان" and len(c.conjuncts) >= 2
                  and f.subj.end <= c.start < f.te), None)
    return f.subj.actors(), _actors(sides)


def frame_between(f: Frame) -> tuple[Actors, Actors]:
    """"نشست میان ایران و عربستان": the two sides after "میان" (else as ``with``); (session 15) else a pair named
    inside a gapped trigger ("سند همکاری‌های ایران و چین به امضای ... رسید"), even with a subject, who then only
    tells of it (session 16: "وزارت خارجه قطر از توافق ایران و آمریکا ... خبر داد"), or (session 20) the signers
    after "توسط" ("یادداشت تفاهمی توسط X و Y به امضا رسید")."""
    pair = next((c for c in f.chains if f.ts < c.start < f.te and len(c.conjuncts) == 2
                 and (c.marker in (None, "توسط") or c.marker == "از" and f.text.startswith("از", f.ts))), None)
    if pair is not None and pair.marker == "توسط" and any(f.ts < c.start < pair.start and c.marker == "میان" for c in f.chains):
        pair = None  # (session 23) "توافق‌نامه میان ایران و ازبکستان به امضای X و Y رسید": the sides, not the signers
    if pair is None and f.noun and f.genitive is not None and len(f.genitive.conjuncts) == 2:
        pair = f.genitive  # (session 25) "X در نشست کمیسیون مشترک ایران و عراق گفت": the noun's pair, not the speaker
    if pair is not None and (sp := _split(pair)):
        return sp
    if pair is None and f.p.type == "ASSAULT" and (lone := _lone_clash_side(f)) is not None:
        return lone.actors(), []
    return frame_with(f)


def _lone_clash_side(f: Frame) -> Chain | None:
    """(session 27 S) "تبادل آتش بین نیروهای امنیتی X و شبه‌نظامیان ...": a clash between a named side and one the
    text leaves unnamed after "و" (grammar.py UNNAMED_PAIR_SIDE): the named side clashed, with no target."""
    side = next((c for c in f.chains if c.marker == "میان" and f.ts <= c.start <= f.te + 60 and len(c.conjuncts) == 1), None)
    if side is None or UNNAMED_PAIR_SIDE.search(f.text, f.ts, min(len(f.text), side.end + 60)) is None:
        return None
    return side


def frame_held(f: Frame) -> tuple[Actors, Actors]:
    """(lead, session 12) an act told as a noun that "took place" ("حملات نیروهای مرزی طالبان ... علیه مواضع
    مرزبانان پاکستانی صورت گرفته است"): the actor right after the noun did it, the actor after "علیه"/"به" inside
    suffered it."""
    inside = [c for c in f.chains if f.ts < c.start < f.te]
    doer = next((c for c in inside if c.marker is None), None)
    if doer is not None and f.text[f.ts:doer.start].count(" ") > 3:
        doer = None
    doer = doer or f.first("توسط", f.ts, f.te)  # "حمله به کاروان ... توسط ارتش X انجام شد" (and "از سوی": one marker)
    if doer is None:
        return [], []
    victim = next((c for c in inside if c.marker in ("علیه", "به") and c is not doer), None) or _struck_after(f)
    return doer.actors(), _actors(victim)


def _struck_after(f: Frame) -> Chain | None:
    """(session 29 BOTH2) "حمله انجام شده توسط X به کنسولگری Y": a trigger that ends in "به"/"علیه" has what it struck
    right after it — the party within two words (a farther one is where: the place then names the state)."""
    if not f.text[f.ts:f.te].endswith((" به", " علیه")):
        return None
    c = next((c for c in f.chains if c.start >= f.te), None)
    return c if c is not None and len(f.text[f.te:c.start].split()) <= 2 else None


def frame_seized_held(f: Frame) -> tuple[Actors, Actors]:
    """(session 28 AS2) "توقیف نفتکش انگلیسی توسط سپاه صورت گرفت": a seizure told as a noun; unlike an attack so
    told, the actor right after the noun owns what was seized, and only the agent after "توسط"/"از سوی" seized it
    (none named, no event: "توقیف اموال ... انجام شد" tells no one's act)."""
    agent = f.first("توسط", f.ts, f.te)
    if agent is None:
        return [], []
    owner = next((c for c in f.chains if f.ts < c.start < agent.start and c.marker is None), None)
    return agent.actors(), _actors(owner)


def frame_visit(f: Frame) -> tuple[Actors, Actors]:
    """"عراقچی در سفر به بغداد با فؤاد حسین دیدار کرد": the visitor is the source (its destination is placed later);
    "سفر رسمی میرضیایف به تاجیکستان": the visit noun's genitive is the visitor ("X از سفر A به B خبر داد": A)."""
    if f.announced or f.p.id == "consult.visit.held":
        # (session 13) also "در جریان سفر X به ترکیه، ..." and "سفر X به ریاض ... انجام شد": the visitor inside
        visitor = next((c for c in f.chains if f.ts < c.start < f.te
                        and (f.announced or c.marker in (None, "در"))), None)
        if visitor is None and _own_trip(f):
            return f.src, []
        return _actors(visitor or f.genitive), []
    src, tgt, w = _meeting(f)
    if w is not None and tgt and _host_only_planned(f, w):
        tgt = []  # the host state, from the destination
    elif w is None and not f.noun and f.subj is not None and tgt and _all_in(tgt, f.subj.actors()):
        # (session 25) "X و Y به دوحه رفتند": a pair that travels together visits the destination's state, not one
        # the other (nor, "X و Y در این مسابقه به میدان آمدند", one another where no place is named)
        src, tgt = f.subj.actors(), []
    if not src and f.noun and f.genitive is not None:
        src = f.genitive.actors()
    return src, tgt


def _all_in(some: Actors, among: Actors) -> bool:
    """Every mention of ``some`` is one of ``among`` (the same mention objects)."""
    ids = {id(m) for m in among}
    return all(id(m) in ids for m in some)


def _own_trip(f: Frame) -> bool:
    """(session 25) "X در جریان سفر دو روزه خود به Y گفت": a trip adjunct naming no visitor inside, ending in "به"
    (what follows is the destination, no genitive), after the clause's subject: the subject travelled."""
    return not f.announced and f.subj is not None and f.subj.end <= f.ts and f.text[f.ts:f.te].endswith("به")


def _host_only_planned(f: Frame, w: Chain) -> bool:
    """(session 19) A visit's "با" partner whom the traveller is only to meet: named as the trip's purpose ("برای
    دیدار با بایدن وارد سانفرانسیسکو شد") or in a clause closing in the future ("در سفر به تهران با A، B و C دیدار
    خواهد کرد"). The visit is to the host state."""
    if _MEETING_PURPOSE.search(f.text, max(f.sent_start, w.start - 160), w.start):
        return True
    return f.noun and w.start >= f.te and bool(_FUTURE_LATER.match(f.text, w.end))


def _welcomes_a_deed(f: Frame) -> bool:
    """(session 21) "X از موفقیت میانجیگری قطر ... استقبال کرد": what is welcomed after "از" opens with nouns, no
    actor within its first words: a step endorsed, no guest hosted."""
    if "استقبال" not in f.text[f.ts:f.te] or f.subj is None:
        return False
    m = _FIRST_AZ.search(f.text, f.subj.end, f.ts)
    # (an honorific may stand between: "از آقای میرضیایف ... استقبال کردند")
    return m is not None and not any(m.end() <= c.start and all(
        w in _HONORIFICS or w in _COURTESY_TITLES or w == "جناب" for w in f.text[m.end():c.start].split())
        for c in f.chains)


def frame_host(f: Frame) -> tuple[Actors, Actors]:
    """"پزشکیان میزبان السودانی بود": the guest is the source of a visit, the host (the subject) its target."""
    if _welcomes_a_deed(f):
        return [], []
    src, tgt, w = _meeting(f)
    if f.subj is None:
        return src, tgt
    members = _delegation_members(f)
    if members:
        return members, f.subj.actors()
    inside = [c for c in f.chains if f.ts <= c.start < f.te and not _hosted_topic(f, c)]
    obj = (inside[0] if inside else None) or next((c for c in f.chains if c.object_ra and c is not f.subj), None) or w \
        or f.first("از", 0, f.ts, f.subj)
    if obj is not None and obj is not f.subj:
        return obj.actors(), f.subj.actors()
    return src, tgt


def _delegation_members(f: Frame) -> Actors:
    """(session 25 S) "X هیئتی متشکل از A، B و C، نماینده ویژه آمریکا در امور سوریه، را پذیرفت": the guests are the
    listed members (chains with no preposition before them), not the state or place an apposition ends on."""
    assert f.subj is not None
    openers = list(_DELEGATION_MEMBERS.finditer(f.text, f.subj.end, f.ts))
    if not openers:
        return []
    opener = openers[-1]
    listed = [c for c in f.chains if opener.end() <= c.start < f.ts and c.marker is None and c is not f.subj]
    # members the knowledge base knows by name; offices alone ("وزیر خارجه، وزیر دفاع و ...") leave it to the frame
    return [m for c in listed for m in c.actors() if m.type == "PERSON" and m.kb_id is not None
            and m.how not in _UNNAMED_HOW]


_UNNAMED_HOW = frozenset({"role", "description", "pronoun"})


_GUEST_AFTER_TOPIC = re.compile(r"(?:^|\s)(?:با|حضور|میان|بین)(?:\s|$)")


def _hosted_topic(f: Frame, c: Chain) -> bool:
    """(session 23) "دهلی نو میزبان نشست امنیتی در مورد افغانستان است": an actor named as what a hosted meeting is
    about is no guest, unless a guest is brought in after the topic ("درباره سوریه با حضور وزیر خارجه ترکیه")."""
    lo = max(f.ts, c.start - 40)
    found = list(_TOPIC.finditer(f.text, lo, c.start))
    return bool(found) and _GUEST_AFTER_TOPIC.search(f.text[found[-1].end():c.start]) is None


def _thanked(f: Frame, c: Chain | None) -> Chain | None:
    """"از حمایت‌های سیاسی و معنوی ایران از لبنان تقدیر کرد": the first actor after the opening "از"."""
    lo = max([_own_clause_start(f)] +
             [w.end() for w in _WORD.finditer(f.text, f.sent_start, f.ts) if _VERB_WORD.match(w.group(0))])
    opener = _AZ.search(f.text, lo, f.ts)
    if opener is None:
        return c
    if _rx_search(r"(?<!دفاع)\s+از\s+(?:خود|خویش)(?:\s|$)", f.text[lo - 1:f.ts]):
        return None  # (session 18) "از خود در برابر تجاوز روسیه دفاع کرد": self-defence backs no one
    return next((x for x in f.chains if opener.end() <= x.start < f.ts and x is not f.subj
                 and (len(_WORD.findall(f.text[opener.end():x.start])) <= 6 and "،" not in f.text[opener.end():x.start]
                      or _closes_long_list(f, opener.end(), x))), c)




def _after_own_az(f: Frame) -> Chain | None:
    """(session 25) "ضمن اعلام حمایت از مردم فلسطین، ...": a trigger ending in its own "از" inside a "ضمن" adjunct
    that a comma closes is followed by what it is about, before that comma (a later "از ایران" is another clause's)."""
    if not f.text[f.ts:f.te].endswith("از") or not MANNER_BEFORE.search(f.text, max(0, f.ts - 40), f.ts):
        return None
    comma = f.text.find("،", f.te, f.te + 60)
    return next((c for c in f.chains if f.te <= c.start < comma and c is not f.subj), None) if comma != -1 else None


def _own_az_reach(f: Frame) -> int:
    """How far after the trigger its "از" party may be sought: 60 characters, but (session 25) not past the comma that
    closes a trigger ending in its own "از" ("ضمن حمایت از آتش‌بس در غزه، از مصر قدردانی کرد": Egypt is thanked)."""
    reach = f.te + 60
    comma = f.text.find("،", f.te, reach) if f.text[f.ts:f.te].endswith("از") else -1
    return comma if comma != -1 else reach


def _own_clause_start(f: Frame) -> int:
    """(session 25) Where the verb's own words begin after its subject: past the last comma before the trigger that an
    "از" follows, where that comma closes a clause (not a list's: "از X، Y و Z"), as in "ضمن اعلام حمایت از مردم فلسطین،
    از ایران قدردانی کرد" or "پس از دیدار با X، از حمایت‌های Y قدردانی کرد" (an adjunct with an "از" of its own)."""
    lo = f.after_subject
    comma = f.text.rfind("،", lo, f.ts)
    if comma == -1 or _AZ.search(f.text, comma + 1, f.ts) is None or _clause_comma(f.text, comma, f.ts) != comma:
        return lo
    return comma + 1


def _closes_long_list(f: Frame, lo: int, x: Chain) -> bool:
    """(session 18) "از برقراری صلح و ثبات، امنیت سرتاسری و توسعه اقتصادی افغانستان حمایت می‌کند": an actor right
    before the verb closes the "از" phrase however long its list (up to twelve words, its commas a list's, no other
    "از" in it: "بیش از هزار روز از خود برابر تجاوز روسیه دفاع کرده" is self-defence)."""
    words = _WORD.findall(f.text[lo:x.start])
    return not _WORD.findall(f.text[x.end:f.ts]) and len(words) <= 12 and "از" not in words \
        and _clause_comma(f.text, lo, x.start) == -1


def _asks_no_actor(f: Frame) -> bool:
    """A request trigger opening on its own "از" ("از … خواست") whose gap names words but no actor at all: the one
    asked is a collective no knowledge base holds ("جامعه جهانی", "کشورهای عربی")."""
    span = f.text[f.ts:f.te]
    if not _rx_match(r"^از\s+\S", span) or any(f.ts < c.start < f.te for c in f.chains):
        return False
    return _rx_match(r"^از\s+(?:وی|او|آنها|آن‌ها|ایشان|آنان|خود)\s", span) is None  # an unresolved pronoun asks someone


def frame_az(f: Frame) -> tuple[Actors, Actors]:
    """"از سازمان ملل خواست" / "از قطر قدردانی کرد": the actor after "از" (or a "که" clause's subject)."""
    chains, ts, te, subj, p = f.chains, f.ts, f.te, f.subj, f.p
    inside = [c for c in chains if ts < c.start < te and c is not subj and not _place_like(c, f.text)]
    if p.place_target and inside:
        # (session 24) "سفیر خود در تهران را در پی حمله موشکی سپاه به اربیل فراخواند": an actor after a cause opener
        # inside the phrase did what the step answers; the state left is the place's (filled by the coder)
        inside = [c for c in inside if not _RECALL_CAUSE.search(f.text[ts:c.start])]
    if p.place_target and not inside and any(ts < c.start < te and _place_like(c, f.text) for c in chains):
        # (session 21) "بعد از شکست داعش، عقب‌نشینی از عراق را آغاز کرد": the place left inside is the target (as its
        # state), not an actor after an earlier "از"
        return f.src, []
    if p.type == "REQUEST":
        # (session 21) "خواستار تحویل فرمانده ... از سوی آمریکا شد": the one to do what is asked, before any genitive
        inside = [c for c in inside if c.marker == "توسط"][:1] or inside
        if _asks_no_actor(f):
            # (session 23) "از جامعه جهانی خواست کمک‌ها به سودان را افزایش دهد": whom the trigger's own "از" asks is
            # named and is no actor; the party the asked act concerns (after "به", before "را") was not asked
            return f.src, []
    that_clause = _rx_match(r"^\s*که\s", f.text[te:te + 6]) if p.type == "REQUEST" else None
    addressee = next((x for x in chains if te < x.start <= te + 30 and x.marker is None), None) if that_clause else None
    between = f.first("میان", te, te + 80) if p.type == "REQUEST" else None  # "خواستار توقف درگیری‌ها میان X و Y"
    asked = f.first("از", _own_clause_start(f) if subj else 0, ts + 1, subj)
    c = (_asked_right_before(f, asked) or (inside[0] if inside else None) or asked or
         between or addressee or _after_own_az(f) or f.first("از", te, _own_az_reach(f)))
    if c is None and p.type == "REQUEST":
        c = _letter_addressee(f)
    if p.type in ("SUPPORT", "ACCUSE"):  # (branch verbal9) "از وضعیت حقوق بشر در ایران انتقاد کرد": Iran
        c = _thanked(f, c)
    if p.type == "ACCUSE" and c is not None and c.start < ts:
        # (session 18) "از پذیرایی از هیأت طالبان از سوی ازبکستان انتقاد کرد": the deed's doer, not whom it was done to
        c = f.first("توسط", c.end, ts, subj) or c
    if c is None and p.type == "SUPPORT" and _rx_search(r"(?:^|\s)از\s+(?:این\s+)?[^\s]+$", f.text[ts:te]):
        c = f.genitive  # (session 18) "با استقبال از این تصمیم چین، ...": the step's owner right after its noun
    if c is None and p.nominal is False and not _az_names_no_actor(f):
        # (session 25 J) not an earlier clause's object ("X را برانگیخت و Y ...")
        c = next((x for x in chains if x.object_ra and x is not subj
                  and not (x.end <= ts and clause_ended_between(f.text, x.end, ts))), None)
    if c is None and p.id == "agree.invite":
        c = next((x for x in chains if x.start >= te and x.marker in (None, "به") and x is not subj), None)
    return f.src, _actors(c)


def _az_names_no_actor(f: Frame) -> bool:
    """(session 28) "بسته تحریمی علیه X را در ادامه حمایت از اغتشاشات تصویب کرد": the trigger's own "از" is followed by
    what it concerns, and that is no actor; the clause's object (X) is not what is supported."""
    return f.text[f.ts:f.te].rstrip().endswith(" از") and _rx_match(r"\s*[^\s،.:؛]", f.text[f.te:f.te + 3]) is not None


def _asked_right_before(f: Frame, asked: Chain | None) -> Chain | None:
    """(session 27 V) "از «دونالد ترامپ» رئیس‌جمهور آمریکا خواستار لغو تحریم‌های ایران شد": the one asked stands
    with "از" right before a demand whose own words name a party (Iran, whose sanctions are at issue, was not asked)."""
    if asked is None or f.p.type != "REQUEST" or not f.text[f.ts:f.te].startswith(("خواستار", "خواهان")):
        return None
    return asked if not _WORD.findall(f.text[asked.end:f.ts]) else None


def _letter_addressee(f: Frame) -> Chain | None:
    """(session 25 L) "در نامه‌ای به رئیس‌جمهور و رئیس قوه قضاییه، خواستار آزادی ... شدند": a demand made in a letter
    or message is made of whom it is addressed to (grammar.yaml letter_nouns), before the demand in its sentence."""
    return next((x for x in f.chains if x.marker == "به" and x is not f.subj and f.sent_start <= x.start < f.ts
                 and LETTER_TO.search(f.text, max(f.sent_start, x.start - 60), x.start)), None)


# (session 18) "در واکنش به رای پارلمان عراق به خروج نیروهای آمریکایی ...، تهدید کرد": what is reacted to, not whom
_IN_REACTION_TO = re.compile(r"(?:^|\s)در\s+(?:واکنش|پاسخ)\s+به\s+(?:[^\s،.:]+\s+){0,7}$")


_OBJECT_CLOSED = re.compile(r"(?:^|\s)را[\s\u200c]*$")
_PLACE_IN = re.compile(r"(?:^|\s)در\s*$")


_TOPIC_CLOSED = re.compile(r"(?:^|\s)(?:این|آن|همین|به)\s+(?:[^\s،.]+\s+){1,3}به\s+$")


def _warned_after_topic(text: str, x: Chain, ts: int) -> bool:
    """(session 24) "درباره پیامدهای این اقدام به آمریکا هشدار داد": after a closed topic (a demonstrative's noun
    phrase, or one with its own "به": "درباره پیامدهای حمله به سوریه"), the "به X" right before the warning verb is
    whom it warns (not a topic's own complement: "نسبت به وضعیت دسترسی به غزه هشدار داد")."""
    return not text[x.end:ts].strip() and bool(_TOPIC_CLOSED.search(text, max(0, x.start - 50), x.start))


def frame_be(f: Frame) -> tuple[Actors, Actors]:
    """"به آمریکا هشدار داد": the actor after "به" (not the one an attack is aimed at: "حمله به یمن")."""
    chains, ts, subj = f.chains, f.ts, f.subj
    near = [x for x in chains if x.marker == "به" and (subj.end if subj else 0) <= x.start < ts and x is not subj
            and not _attacked(f.text, x.start)
            and not (f.p.type == "THREATEN" and _SITUATION_OF.search(f.text, max(0, x.start - 50), x.start)
                     and not _warned_after_topic(f.text, x, ts))
            and not _IN_REACTION_TO.search(f.text, max(0, x.start - 60), x.start)]
    attack = f.attacker_before(40) if f.p.type == "THREATEN" else None
    # "کمک‌های بشردوستانه را به لبنان ارسال کرد": "به X" inside a gapped trigger
    threat = _that_subject(f) if f.p.type == "THREATEN" else None  # "هشدار داد که (اگر) ایران ..."
    # (branch material9) aid "برای X" inside the trigger: "کمک بشردوستانه برای زلزله‌زدگان ترکیه اختصاص داد"
    # (session 18) or before it, after the subject: "به پناهجویان در داخل این کشور ... میلیارد دلار یاری کرده است"
    aid_for = (f.first("برای", f.ts, f.te) or _stricken_in(f, f.after_subject, f.te)) if f.p.type == "AID" else None
    after = f.first("به", f.te, f.te + 80)
    if after is not None and _attacked(f.text, after.start):
        after = None  # "هشدار داد: هرگونه حمله آمریکا به کشور ما ...": the one attacked is not the one warned
    toward = _deed_doer_warned_about(f) if f.p.type == "THREATEN" else None
    against = f.first("علیه", 0, 10**9, subj)
    if against is not None and f.p.type == "THREATEN" and against.start < ts \
            and _rx_search(r"(?:^|\s)نسبت\s*به\s", f.text[f.after_subject:against.start]):
        against = None  # (session 24) "نسبت به اعمال تحریم‌های اروپا علیه ایران هشدار داد": the deed's victim is not warned
    c = (near[-1] if near else None) or toward or attack or f.first("به", f.ts, f.te) or aid_for or threat or after or \
        against or \
        (f.first("با", f.after_subject, ts, subj) if f.p.mourned_object else None) or \
        next((x for x in chains if x.object_ra and x is not subj and x.start < ts and f.p.type != "MOBILIZE"), None) or \
        (f.first("برای", 0, f.te, subj) if f.p.type in ("THREATEN", "SUPPORT") else None)
    # (branch verbal9) "برای X خط و نشان کشید"; (session 19) "برای پوتین ... پیام تبریک فرستاد": a message's addressee
    # (an object after the trigger belongs to the warned clause: "... حملات اسرائیل به لبنان جنگ را گسترش می‌دهد")
    if c is not None and c.object_ra and f.p.type == "SUPPORT":
        c = _object_head_owner(f, c)
    if c is None and f.p.type == "SUPPORT" and not f.p.mourned_object and _OBJECT_CLOSED.search(f.text[max(0, ts - 8):ts]):
        # (session 20) "انتخاب پزشکیان به ریاست جمهوری را تبریک گفت": an object whose last words name no one is
        # still owned by the first actor of its noun phrase (a "در" read off a phrase before it, "در پیام خود انتخاب
        # X", marks no place: "در آنکارا" does; the one mourned is no addressee)
        c = next((x for x in chains if f.after_subject <= x.start < ts and x is not subj
                  and "،" not in f.text[x.start:ts] and (x.marker is None or x.marker == "در"
                  and not _PLACE_IN.search(f.text[max(0, x.start - 4):x.start]))), None)
    return f.src, _actors(c)


def frame_handed(f: Frame) -> tuple[Actors, Actors]:
    """(session 25) "پیام X را تسلیم ملک عبدالله کرد", "نامه را تحویل وزیر خارجه داد": whom a thing was handed to
    may stand after the object's "را" with no "به", right before the light verb; else as ``be``."""
    ra = _rx_search(r"\sرا\s", f.text[f.ts:f.te])
    if ra is None:
        return frame_be(f)
    given = next((c for c in f.chains if f.ts + ra.end() <= c.start < f.te and c.marker is None), None)
    if given is None:
        return frame_be(f)
    # a pronoun read as the message's own author ("نامه ترامپ را تحویل وی داد") names no one it was handed to
    author = {m.kb_id for c in f.chains if f.ts < c.start < f.ts + ra.start() for m in c.actors()}
    return f.src, [m for m in given.actors() if not (m.kb_id and m.kb_id in author)]


def _earlier_verbs_object(f: Frame, x: Chain) -> bool:
    """(session 24) "پایگاهی که اخبار ایران را پوشش می‌دهد، گزارش کرده که افراد مسلح به پایگاه X حمله کرده‌اند": an
    object whose clause closed at its verb and a comma, with the attack's own "به" after that comma, is that verb's."""
    at = f.first("به", x.end, f.ts, f.subj)
    if at is None:
        return False
    comma = f.text.rfind("،", x.end, at.start)
    return comma >= 0 and _clause_closed(f.text, x.end, comma + 1)


def _deed_doer_warned_about(f: Frame) -> Chain | None:
    """(session 18) "نسبت به برگزاری رزمایش مشترک میان آمریکا و کره جنوبی هشدار داد": a warning about a deed warns
    the first party named in it after "نسبت به", also "میان X و Y" (not a place after "در", not a state of affairs)."""
    about = [m.end() for m in _rx_finditer(r"(?:^|\s)نسبت\s*به\s", f.text[f.after_subject:f.ts])]
    if not about:
        return None
    lo = f.after_subject + about[-1]
    return next((x for x in f.chains if lo <= x.start < f.ts and x is not f.subj and x.marker in (None, "میان")
                 and not _attacked(f.text, x.start) and not _SITUATION_OF.search(f.text, max(0, x.start - 50), x.start)),
                None)


def _object_head_owner(f: Frame, obj: Chain) -> Chain:
    """(session 13) "پیروزی مسعود پزشکیان در انتخابات ریاست جمهوری ایران را تبریک گفت": congratulated (or consoled)
    is the first actor of the object's noun phrase, the owner of its head, not the last one before "را"."""
    lo = f.after_subject
    first = next((x for x in f.chains if lo <= x.start < obj.start and x is not f.subj and x.marker in (None, "در")
                  and "،" not in f.text[x.start:obj.start]), None)
    return first or obj


def _that_subject(f: Frame) -> Chain | None:
    """"هشدار داد که آمریکا پاسخ قاطع ایران را دریافت خواهد کرد": the subject opening the "که" clause (after a
    conditional's opener: "که اگر ایران ..."); (session 26 E) or the quote after a colon ("هشدار داد: «مقامات X
    باید ...»"), not a party further on ("به تمامیت ارضی Y")."""
    that = _rx_match(r"^\s*(?:که\s+|:\s*[«\"“]?\s*)", f.text[f.te:f.te + 8])
    if that is not None and (cond := _CONDITIONAL.match(f.text, f.te + that.end())) is not None:
        lo = cond.end()
        doer = next((x for x in f.chains if x.marker is None and not x.object_ra and lo <= x.start <= lo + 2), None)
        comma = f.text.find("،", lo, f.te + 200)
        # (session 21) else the threat's own clause after the condition's comma: "که در صورت حمله به لبنان، اسرائیل
        # را مجازات می‌کند"
        if doer is not None or comma == -1:
            return doer
        first = next((x for x in f.chains if x.marker is None and comma < x.start), None)
        lead = _WORD.findall(f.text, comma, first.start) if first is not None else []
        # its first party, a head noun or two before it ("، پایگاه‌های آمریکا در منطقه را ...")
        return first if first is not None and len(lead) <= 2 and not any(w in PREPOSITIONS for w in lead) else None
    if that is None:
        return None
    lo = f.te + that.end()
    deed = _WARNED_DEED.match(f.text, lo)  # (lead, session 11) "هشدار داد که دخالت آمریکا ...": the doer of the deed
    lo = deed.end() if deed is not None else lo
    head = _OFFICIALS_HEAD.match(f.text, lo)  # (session 26 E) "مقامات پاکستانی": the officials' state
    hi = (head.end() if head is not None else lo) + 2
    # (session 15) or its object: "تهدید کرده‌اند که اسرائیل را مجازات خواهند کرد"
    return next((x for x in f.chains if x.marker is None and lo <= x.start <= hi), None)


def _if_clause(f: Frame) -> re.Match | None:
    """The "اگر" opening a condition before the trigger, in the sentence's text from its start."""
    # (session 24) or its synonyms "چنانچه", "در صورتی که" ("در صورتی که X تعرفه‌ها را افزایش دهد، پکن اقدامات
    # متقابل اتخاذ خواهد کرد")
    return _rx_search(r"(?:^|\s)(?:اگر|چنانچه|در\s+صورتی[\s\u200c]*که)\s", f.text[f.sent_start:f.ts])


def _threat_condition(f: Frame) -> tuple[Actors, Actors] | None:
    """(session 19) "ترامپ می‌گوید اگر عراق از نیروهای آمریکایی بخواهد ...، تحریم‌هایی اعمال خواهیم کرد": a threat
    after a condition, with no object of its own after the condition's comma, is aimed at the condition's subject
    (not at a party named inside the condition); the speaker before "اگر" threatens."""
    cond = _if_clause(f)
    if cond is None:
        return None
    lo, comma = f.sent_start + cond.end(), f.text.rfind("،", f.sent_start, f.ts)
    if comma < lo or any(c.object_ra and comma < c.start < f.te for c in f.chains):
        return None  # no comma closes the condition, or the threat names its own object ("... ، تل‌آویو را ...")
    party = next((c for c in f.chains if lo <= c.start <= lo + 2 and c.marker is None and not c.object_ra), None)
    if party is None:
        return None
    return _actors(_subject([c for c in f.chains if c.end <= f.sent_start + cond.start()])), party.actors()


_OPPOSED = re.compile("مخالفت(?:[\\s\u200c]+خود)?[\\s\u200c]+(?:کرد|کردند|کرده|نمود|کرد)")


def frame_ra(f: Frame) -> tuple[Actors, Actors]:
    """"حمله به کنسولگری را محکوم کرد" / "اسرائیل را تحریم کرد": the object marked by "را"."""
    chains, ts, subj, p = f.chains, f.ts, f.subj, f.p
    if p.type == "THREATEN" and (conditioned := _threat_condition(f)) is not None:
        return conditioned
    if _perpetrators_object(f):
        return f.src, []
    inside = [c for c in chains if ts < c.start < f.te and c is not subj and c.marker != "در"]  # not "را در یمن ..."
    # "آن را نقض کنوانسیون‌های وین دانست": after a trigger's own "را" come its complement's words, not the object
    c = inside[0] if inside and not _rx_match(r"را\s", f.text[ts:ts + 3]) else None
    if p.type == "ACCUSE" and c is None:  # "حمله ... X به ... را محکوم کرد": the attacker is the one condemned
        by = f.first("توسط", subj.end if subj else 0, ts, subj)
        if by is not None and "،" in f.text[by.end:ts]:
            by = None  # "بیانیه‌ای که از سوی X صادر شده است، حمله Y را ...": X issued the statement, Y is condemned
        c = by or f.attacker_before(30)
        obj = next((x for x in chains if x.object_ra and x is not subj and x.start <= ts
                    and not clause_ended_between(f.text, x.end, ts)), None)
        if c is not None and obj is not None and obj.end <= c.start:
            c = obj  # "آمریکا را به حمایت از جنایات اسرائیل متهم کرد": the one charged comes before the charge
        elif c is not None and obj is not None and obj.start > c.end and "،" in f.text[c.end:obj.start]:
            c = obj  # (session 16) "با اشاره به بمباران مواضع داعش، آمریکا را ... متهم کرد": an aside's attacker
    c = c or next((x for x in chains if x.object_ra and x is not subj and x.start <= ts and x.marker != "درباره"
                   and not (p.type == "ACCUSE" and _victim_in_object(f, x))  # (a topic is no object)
                   and not (p.type in ("ACCUSE", "REJECT") and _topic_of_object(f, x))
                   and not clause_ended_between(f.text, x.end, ts)  # (nor an earlier clause's)
                   and not (p.type == "ASSAULT" and _earlier_verbs_object(f, x))), None)
    against = c is not None and c.object_ra and c.marker == "علیه" and p.type in ("ACCUSE", "PROTEST", "REJECT")
    if against:  # "تحریم‌های اتحادیه اروپا علیه ایران را محکوم کرد": the one acting against Iran is condemned
        c = _doer_before(f, c)
    if c is None and p.type == "THREATEN":  # (branch verbal9) "در برابر تحریم‌های اروپا اقدام متقابل خواهد کرد"
        c = _after_opener(f, _ANSWERED, within=True)
    if c is None and p.type == "THREATEN":
        # (session 13) "در صورت حمله اسرائیل، پاسخی پشیمان‌کننده خواهد داد", "به هرگونه تجاوز آمریکا پاسخ قاطع
        # خواهیم داد": the doer of the act the threat answers
        c = f.attacker_before(40)
    if c is None and p.type == "THREATEN" and subj is not None and "پاسخ" in f.text[ts:f.te]:
        # (session 23) "روسیه به آمریکا با قدرت پاسخ خواهد داد": the party after "به" between the subject and the
        # answer is the one answered
        # (right before it: not "به تهران تحویل داده شد و ... به آن پاسخ خواهیم داد")
        c = next((x for x in chains if x.marker == "به" and x is not subj and subj.end <= x.start < ts
                  and not clause_ended_between(f.text, subj.end, x.start)
                  and len(_WORD.findall(f.text[x.end:ts])) <= 3 and "به" not in _WORD.findall(f.text[x.end:ts])), None)
    if c is None and p.type == "REJECT" and _OPPOSED.match(f.text, ts):
        # (session 24) "ایران با آمریکا مخالفت کرد": the party opposed, after "با" right before the verb
        c = next((x for x in reversed(chains) if x.start < ts and x is not subj), None)
        gap = _WORD.findall(f.text[c.end:ts]) if c is not None else []
        c = c if c is not None and c.marker == "با" and len(gap) <= 3 and "با" not in gap \
            and not clause_ended_between(f.text, c.end, ts) else None  # (not "در دیدار با X با طرح ... مخالفت کرد")
    if c is None and p.type in ("ACCUSE", "REJECT", "PROTEST"):  # "در واکنش به تحریم‌های اروپا، این اقدام را ..."
        c = _after_opener(f, _REACTED_TO, before_subject=True)
    if c is None and p.type in ("ACCUSE", "PROTEST"):  # (a rejected claim's owner is not always the one rejected)
        c = _object_phrase_owner(f)
    if c is None and p.type == "ASSAULT":
        # (session 24) the owner or flag state of what was struck, before any other "از"/"به" of the clause: "یک
        # نفتکش با پرچم جزایر مارشال را که از هند ... حرکت بود، هدف قرار دادند"
        c = _owner_of_struck(f)
    if c is None and not against:
        az = f.first("از", 0, ts, subj)
        if az is not None and az.end < ts and "،" in f.text[az.end:ts] and _rx_match(r"را\s", f.text[ts:ts + 3]):
            az = None  # (session 24) "پس از ... از تسلط داعش بر رمادی ...، فرمانده پلیس را برکنار کرد": a fronted
            # adjunct's "از" before the comma is not the verb's party when the verb names its own object
        versus = f.first("علیه", 0, 10**9, subj)
        if versus is not None and p.type == "ASSAULT" and versus.end <= ts and (
                at := f.first("به", versus.end, ts, subj)) is not None and "،" in f.text[versus.end:at.start]:
            versus = None  # (session 24) "در مقابل رسانه‌های X، ... افراد مسلح به پایگاه Y حمله کردند": an earlier
            # clause's "against"/"in contrast to" is not the attack's, whose "به" comes after the comma
        c = versus or (az if az is not None and not _one_of(f.text, az.start) else None) or \
            (f.genitive if f.genitive is not subj else None) or \
            (_struck_toward(f) if p.type == "ASSAULT" else None) or \
            (_for_party(f) if p.type == "COERCE" else None) or \
            (_unmarked_object(f) if p.type == "COERCE" else None)
    if c is None and p.type == "ASSAULT":
        # (session 19) "مقرهای تروریست‌های داعش در چند روستای حومه موصل را منهدم کردند": the group owning the
        # object's head noun was hit, not only the place the object ends with
        c = _object_phrase_owner(f)
    if c is None and (p.type == "ASSAULT" or p.type == "COERCE" and p.mode == "seize"):
        # (session 31 SIDE) and what was seized: "یک نفتکش را که با پرچم X ... در حرکت بود، توقیف کرد"
        c = _owner_of_struck(f)
    src = [] if p.id.startswith("assault") and subj is None and c is not None else _main_clause_source(f)
    return src, _actors(c)


def _struck_toward(f: Frame) -> Chain | None:
    """The first party after "به" before the verb ("X به پایگاه Y ... را هدف قرار داد"); (session 26 C2) never one
    inside a relative clause on the object ("یک کشتی انگلیسی را که به سمت بنادر فلسطین اشغالی در حرکت بود هدف قرار
    دادند": where the ship sailed to was not hit; the object's own adjective is left to name the target)."""
    return next((c for c in f.chains if c.marker == "به" and c is not f.subj and c.start < f.ts
                 and not _RELATIVE_ON_OBJECT.search(f.text, f.after_subject, c.start)), None)


def _main_clause_source(f: Frame) -> Actors:
    """(session 26 E) "کاتز گفت اگر حزب‌الله موشک پرتاب کند، صهیونیست‌ها لبنان را با خاک یکسان می‌کنند": a threat
    after a condition's comma is made by the party opening the main clause, else by the speaker before "اگر", never
    by the condition's own subject (who would fire first)."""
    cond = _if_clause(f) if f.p.type == "THREATEN" and f.subj is not None else None
    if cond is None:
        return f.src
    lo, comma = f.sent_start + cond.end(), f.text.rfind("،", f.sent_start, f.ts)
    if comma < lo or not lo <= f.subj.start < comma:
        return f.src
    own = next((c for c in f.chains if comma < c.start < f.ts and c.marker is None and not c.object_ra), None)
    return own.actors() if own is not None else _actors(_subject([c for c in f.chains if c.end <= f.sent_start + cond.start()]))


def _perpetrators_object(f: Frame) -> bool:
    """(session 24) "پلیس ترکیه عاملان حمله به سفارت آمریکا را بازداشت کرد", "شماری از عاملان حملات تروریستی در این
    کشور را بازداشت کرده‌اند": an object headed by the doers of a deed names them only by the deed; the actors inside
    the deed's phrase (its victim, its place) are not what the verb acts on, and the perpetrators go unnamed."""
    ra = f.text.rfind(" را ", f.sent_start, f.ts + 4)  # the verb's "را", an adjunct may stand after it ("را در خاک
    # افغانستان بازداشت کرده‌اند")
    if ra < 0 or ra < f.ts and ("،" in f.text[ra:f.ts] or len(_WORD.findall(f.text, ra, f.ts)) > 6):
        return False
    lo = max(f.after_subject, f.sent_start)
    heads = list(_PERPETRATORS_OF.finditer(f.text, lo, ra))
    if not heads:
        return False
    h = heads[-1]
    between = f.text[h.end():ra]
    # in one phrase: no comma or finished verb between the head and "را"
    return "،" not in between and not any(_VERB_WORD.match(w.replace(ZWNJ, "")) for w in _WORD.findall(between))


# (session 24) a ship's or craft's flag names its state as owning it: "کشتی تجاری با پرچم جزایر مارشال"
_OWNED_BY = re.compile(r"(?:^|\s)(?:متعلق\s+به|(?:با|تحت)\s+پرچم(?:\s+کشور)?|پرچم[\u200c\s]?دار)\s+$")


def _owner_of_struck(f: Frame) -> Chain | None:
    """(session 20) "حوثی‌ها به یک کشتی متعلق به آمریکا در خلیج عدن حمله کردند": the owner of what was struck is
    its target, even when a place with no state (a sea) is named after it."""
    return next((x for x in f.chains if x is not f.subj and f.after_subject <= x.start < f.ts
                 and _OWNED_BY.search(f.text, max(0, x.start - 20), x.start)), None)


_ONE_OF = re.compile(r"(?<![\w\u200c])یکی\s+(?:دیگر\s+)?از\s+(?:[^\s،.]+\s+){0,3}$")


def _one_of(text: str, start: int) -> bool:
    """(session 16) "عبدالسلام حنفی یکی دیگر از مقامات ارشد گروه طالبان": the body a person is one of, in apposition."""
    return _ONE_OF.search(text, max(0, start - 50), start) is not None


_AFTER_SUBJECT_COMMA = re.compile(r"^\s*،")


def _topic_of_object(f: Frame, x: Chain) -> bool:
    """(session 27 J) "مفاد بیانیه X در خصوص جمهوری اسلامی ایران را محکوم کرد": the party right after a topic marker
    is what the judged act is about, not its doer (the owner of the act's noun is found next)."""
    return _TOPIC_RIGHT_BEFORE.search(f.text, max(f.sent_start, x.start - 16), x.start) is not None


def _object_phrase_owner(f: Frame) -> Chain | None:
    """(session 16) "تصمیم رژیم صهیونیستی برای توسعه شهرک‌سازی را محکوم کرد": a long object whose head noun's owner
    stands words before "را" — the first actor after the head noun, in one clause with no comma or verb between."""
    ra = f.text.rfind(" را ", max(f.sent_start, f.ts - 30), f.ts + 4)
    if ra < 0:
        return None
    lo = f.after_subject
    for x in f.chains:
        if not lo <= x.start < ra or x is f.subj:
            continue
        if _one_of(f.text, x.start):
            lo = x.end  # the subject's apposition ("X یکی دیگر از مقامات ارشد طالبان هم ..."), not the object
            continue
        between, tail = f.text[lo:x.start], f.text[x.end:ra]
        if lo == f.after_subject:  # (session 21) the comma that closes the subject's apposition opens no new clause:
            # "X سخنگوی وزارت خارجه، هتک حرمت Y به ... را محکوم کرد"
            between = _AFTER_SUBJECT_COMMA.sub(" ", between, count=1)
        words = (between + " " + tail).split()
        # a clause ends at a verb before "و" or at the phrase's end ("... رفت و تصمیم X را"); "برای ساخت شهرک‌ها":
        # a stem inside the phrase is a noun
        ends = any(_VERB_WORD.match(w) and (i + 1 == len(words) or words[i + 1] == "و") for i, w in enumerate(words))
        if "،" in between + tail or ends or not between.strip():
            return None
        return x if x.marker is None and not _victim_in_object(f, x) else None
    return None


def _attacked(text: str, start: int) -> bool:
    """Whether the chain at ``start`` is what an attack noun before it went against ("حمله به X", "تجاوزات خائنانه
    رژیم صهیونیستی به X"): one window for every frame that must not take the victim for a party."""
    return _ATTACK_TO.search(text, max(0, start - 60), start) is not None


def _victim_in_object(f: Frame, x: Chain) -> bool:
    """Inside a condemned act, what the act hit is not the one condemned: a place ("حمله به مسجدی در سوریه را",
    "حمله تروریستی در مسجد امام علی سوریه را")
    or whoever was attacked ("حمله به کنسولگری ایران در دمشق را": Iran is the victim)."""
    return bool(_rx_search(r"(?:^|\s)در\s+$", f.text[max(0, x.start - 4):x.start])
                or _ATTACK_IN.search(f.text[max(0, x.start - 60):x.start])
                or _attacked(f.text, x.start) or _place_inside_attack(f, x))


def _place_inside_attack(f: Frame, x: Chain) -> bool:
    """(session 16) A chain after "به"/"در"/"علیه" inside the condemned attack's phrase, however many words from its
    noun: where or whom the attack hit ("حمله تروریستی به نمازگزاران مسجدی در شهر هرات افغانستان را")."""
    lo = f.after_subject
    phrase = f.text[lo:x.start]
    attack = next(reversed(list(_ATTACK_WORD.finditer(phrase))), None)  # the last attack noun before it
    if attack is None or "،" in phrase[attack.end():]:
        return False
    # after "به"/"در"/"علیه" inside the phrase: where or whom it hit ("حمله اسرائیل به ...": the genitive is the doer)
    return bool(_rx_search(r"(?:^|\s)(?:به|در|علیه)\s", phrase[attack.end():]))


def _doer_before(f: Frame, victim: Chain) -> Chain | None:
    """The actor of the object's act, named before "علیه" and its victim, after the subject, with no preposition
    of its own: "تحریم‌های جدید اتحادیه اروپا علیه ایران" → the European Union (None when the act names no doer)."""
    lo = f.after_subject
    return next((x for x in reversed(f.chains) if lo <= x.start and x.end <= victim.start and x is not f.subj
                 and x.marker is None and "،" not in f.text[x.end:victim.start]), None)


# (branch verbal9) whom a statement is addressed to: "خطاب به X گفت"
_ADDRESSED = re.compile(r"خطاب\s+به\s+$")
# (branch verbal9) what a retaliation answers: "در برابر/در مقابل/در پاسخ به/علیه X"
# (session 24) and a counter-measure promised in reaction to a party's act: "در واکنش به تهدیدهای رئیس‌جمهور آمریکا
# تاکید کرد که اقدامات متقابل اتخاذ خواهد کرد"
_ANSWERED = re.compile(r"(?:^|\s)(?:در\s+برابر|در\s+مقابل|در\s+(?:پاسخ|واکنش)\s+به|علیه)\s")
# what a condemnation or rejection whose object names no one reacts to: "در واکنش به تحریم‌های جدید اتحادیه اروپا"
# (session 27 J) and a reporter's question answered: "در پاسخ به سوالی در ارتباط با اقدام اخیر X" (the act after its
# topic marker)
_REACTED_TO = re.compile(r"(?:^|\s)(?:در\s+واکنش\s+به|در\s+پاسخ\s+به|در\s+اعتراض\s+به)\s+" rf"(?:{_ASKED_ABOUT})?")


def _after_opener(f: Frame, opener: re.Pattern, before_subject: bool = False, within: bool = False) -> Chain | None:
    """The first actor a few words after the last ``opener`` between the subject and the trigger ("در برابر
    تحریم‌های اتحادیه اروپا" → the European Union), in the same comma-free stretch; ``before_subject``: the
    opener may also open the sentence ("در واکنش به سخنان وزیر خارجه آمریکا، کنعانی ... را رد کرد"); ``within``:
    (session 19) or the trigger's own opener ("در برابر هر اقدام آمریکا واکنش نشان خواهد داد")."""
    lo = f.subj.end if f.subj and not before_subject else f.sent_start
    hi = f.te if within else f.ts
    found = list(opener.finditer(f.text, lo, hi))
    if not found:
        return None
    o = found[-1].end()
    return next((x for x in f.chains if o <= x.start < hi and x is not f.subj
                 and len(_WORD.findall(f.text[o:x.start])) <= 4 and "،" not in f.text[o:x.start]), None)


def _for_party(f: Frame) -> Chain | None:
    """The party after "برای" before the verb ("... را برای X توقیف کرد"), (session 27 A4) unless a claim opens
    before it ("را با این ادعا که حامل نفت برای سوریه بوده، توقیف کرد": the ground given names Syria, the tanker
    seized is another's)."""
    c = f.first("برای", 0, f.ts, f.subj)
    return None if c is None or _CLAIM_OPENER.search(f.text, min(f.after_subject, c.start), c.start) else c


def _unmarked_object(f: Frame) -> Chain | None:
    """"ماموران حوثی‌ها ۹ کارمند سازمان ملل، ... را بازداشت کرده‌اند": a long object whose "را" comes words after
    its actor; the first unmarked actor between the subject and the verb."""
    if f.subj is None or f.subj.end > f.ts:
        return None
    return next((x for x in f.chains if x.marker is None and f.subj.end <= x.start < f.ts and x is not f.subj
                 and not _led_by_before(f.text, x.start)), None)


def _led_by_before(text: str, start: int) -> bool:
    """"شعبه سه دادگاه انقلاب به ریاست قاضی X": X heads the subject; he is not its object."""
    words = [w.replace("\u200c", "") for w in _WORD.findall(text[max(0, start - 40):start])][-3:]
    return any(a == "به" and b in _LED_BY for a, b in zip(words, words[1:]))  # (a title may follow: "قاضی")


def frame_against(f: Frame) -> tuple[Actors, Actors]:
    """"در اعتراض به سفر X تظاهرات کردند" / "علیه اسرائیل شکایت کرد": the actor protested against."""
    lo = f.subj.end if f.subj else 0
    if f.p.type == "PROTEST" and f.subj is not None and _OPPONENTS_OF.search(f.text, max(0, f.subj.start - 20), f.subj.start):
        return [], f.subj.actors()  # (session 18) "مخالفان ترامپ ... تظاهرات کردند": the opponents protest against him
    # (session 31 VOC) or inside a trigger that opens with it ("در اعتراض به X ... گرد آمدند")
    hi = f.te if f.text.startswith("در اعتراض", f.ts) else f.ts
    protest = _rx_search(r"در\s+اعتراض\s+به", f.text[lo:hi])
    c = None
    if protest:
        start = lo + protest.end()
        c = next((x for x in f.chains if start <= x.start < hi and x is not f.subj), None)
    embassy = _embassy_protested(f)
    src = [] if embassy is not None and embassy is f.subj else f.src
    protested = _protested_before(f) if f.p.type == "PROTEST" else None
    c = c or f.first("علیه", 0, 10**9, f.subj) or embassy or protested or f.first("به", f.te, f.te + 60, f.subj) \
        or f.genitive
    return src, _actors(c)


def _protested_before(f: Frame) -> Chain | None:
    """(session 15) "به آمریکا اعتراض کرد", "به حمله ایران اعتراض کرده است": the one protested to, or the doer of the
    deed protested (grammar.yaml warned_deeds), after "به" between the subject and the trigger."""
    lo = f.after_subject
    for x in f.chains:
        if x is f.subj or not lo <= x.start < f.ts or _attacked(f.text, x.start):
            continue
        if x.marker == "به" or _DEED_AFTER_BE.search(f.text, max(0, x.start - 40), x.start):
            return x
    return None


_DEED_AFTER_BE = re.compile(rf"(?:^|\s)به\s+{_WARNED_DEED.pattern}$")


# (branch verbal10) a protest outside an embassy is at the embassy's state: "در مقابل سفارت انگلیس تجمع کردند"
_EMBASSY_FRONT = re.compile(r"(?:مقابل|جلوی|روبه?[\s\u200c]?روی|بیرون|برابر)\s+(?:ساختمان\s+)?(?:سفارت|سفارتخانه|کنسولگری)\s+$")


def _embassy_protested(f: Frame) -> Chain | None:
    """The chain named by "مقابل سفارت X" near the trigger: the protesters gathered there are not X."""
    return next((x for x in f.chains if f.ts - 120 <= x.start <= f.te + 60
                 and _EMBASSY_FRONT.search(f.text[max(0, x.start - 40):x.start])), None)


# (session 25) and the Dari "بالای" ("از حمله بالای طالبان در کابل خبر داد"), a "به" marker in grammar.yaml
_ATTACKED_NEXT = re.compile(r"\s+(?:به|علیه|بالای)\s")


def frame_genitive(f: Frame) -> tuple[Actors, Actors]:
    """"حمله رژیم صهیونیستی به لبنان": the genitive after a noun trigger acts, the actor after "به/علیه" suffers."""
    chains, ts, text = f.chains, f.ts, f.text
    src = f.src
    g = f.genitive if f.noun else None
    if f.p.headline_only and g is None:
        return [], []  # "تجاوز به یمن نقض ... است": a headline noun with no actor after it reports no act
    if g is None and f.noun and (_rx_search(r"(?:^|\s)(?:به|از|درباره|علیه|پی)\s+$", text[max(0, ts - 8):ts])
                                 or _JUDGED.search(text, max(0, ts - 24), ts) or _object_of_verb(f)):
        src = []  # "در واکنش به حملات ...", "حمله هوایی به ... را محکوم کرد": the subject reacts to the attacks
    if g is None and f.announced and f.noun and f.p.type == "ASSAULT" and _ATTACKED_NEXT.match(text, f.te):
        # (session 24) "منابع خبری از حمله به کاروان نظامیان آمریکایی خبر دادند": an attack announced with its
        # attacker untold; the party right after its "به"/"علیه" was struck (the coder leaves the attacker unknown)
        hit = next((c for c in chains if f.te <= c.start < f.te + 60 and c.marker in ("به", "علیه")), None)
        if hit is not None and not _rx_search("[،:]", text[f.te:hit.start]):
            return [], hit.actors()
    head = g.all_actors()[0] if g is not None else None  # a place (a capital stands for its state: a metonym)
    if f.p.type == "ASSAULT" and f.noun and (head is None or head.type == "PLACE" or head.how == "metonym") \
            and (by := f.first("توسط", g.end if g else f.te, f.te + 120)) is not None:
        # (session 14) "بمباران صنعا توسط X", "بمباران شهر حدیده توسط X": X bombed the place (a capital: its state)
        return by.actors(), g.actors() if g else []
    if g is not None and f.p.type == "ASSAULT" and _positions_of(text, f.te, g):
        by = f.first("توسط", g.end)  # "بمباران مواضع ارتش اسرائیل": whose positions were hit; "توسط X": by whom
        return (_actors(by) if f.noun else src), g.actors()
    if g is not None:
        c = f.first("به", g.end) or f.first("علیه", g.end) or \
            ((f.first("برای", g.end) or _cargo_destination(f)) if f.p.type == "AID" else None)
        return g.actors(), _actors(c)
    if f.p.type == "AID" and src:  # "ایران ... چند محموله کمک‌های بشردوستانه برای مردم لبنان ارسال کرده بود"
        return src, _actors(f.first("به", f.te) or f.first("برای", f.te) or _cargo_destination(f))
    if f.subj is not None and not f.noun:
        c = f.first("به", ts) or f.first("علیه") or next((x for x in chains if x.object_ra), None)
        return src, _actors(_owner_of_placed(f, c) if c is not None and c.object_ra else c)
    return src, []


def _cargo_destination(f: Frame) -> Chain | None:
    """(session 18) "کاروان کمک‌های ... راهی مناطق شرق اوکراین شد", "هواپیمای حامل کمک‌های ... عازم بیروت شد": an aid
    cargo goes to the actor named after the word of its setting off or arrival (grammar.yaml: cargo_destinations)."""
    return next((c for c in f.chains if f.te <= c.start < f.te + 160  # past an aside: "کاروان ... ۲۸۰ کامیون، ... راهی"
                 and _CARGO_BOUND_FOR.search(f.text, max(f.te, c.start - 50), c.start)), None)


def _owner_of_placed(f: Frame, obj: Chain) -> Chain:
    """"مواضع حوثی‌ها در یمن را بمباران کردند": an object placed with "در" belongs to the actor right before
    the place (the positions are the Houthis', Yemen is only where they are)."""
    if obj.marker != "در":
        return obj
    lo = f.after_subject
    owner = next((x for x in reversed(f.chains) if lo <= x.start and x.end <= obj.start), None)
    if owner is None or owner.marker is not None or not _rx_fullmatch(r"\s+در\s+", f.text[owner.end:obj.start]):
        return obj
    return owner


def _object_of_verb(f: Frame) -> bool:
    """A noun trigger that opens the object of the clause's verb ("حمله هوایی به مسجدی در حلب را ... محکوم کرد"):
    its "را" comes before any verb (branch diplomacy)."""
    ra = _rx_search(r"(?:^|\s)را(?:\s|$)", f.text[f.te:f.te + 120])
    if ra is None or any(ch in f.text[f.te:f.te + ra.start()] for ch in ".،؛:"):
        return False
    return not any(_VERB_WORD.match(w) for w in _WORD.findall(f.text[f.te:f.te + ra.start()]))


def frame_genitive_az(f: Frame) -> tuple[Actors, Actors]:
    """"انتقاد روسیه از ناتو", "درخواست پاکستان از طالبان": the genitive after the noun acts, the actor after "از"
    is its object."""
    g = f.genitive if f.noun else None
    if g is None:
        return [], []
    return g.actors(), _actors(f.first("از", g.end, g.end + 40))


def frame_genitive_with(f: Frame) -> tuple[Actors, Actors]:
    """(session 27 V) "مخالفت مجلس با استعفای X", "مخالفت روسیه با حضور نیروهای ناتو": the opposer named inside the
    noun trigger (between the noun and its "با"), the opposed the first actor in the phrase after it (the one who
    resigned, the troops' state); no opposer inside ("مخالفت خود را با ..."), no event of this frame."""
    opposer = next((c for c in f.chains if f.ts < c.start < f.te), None)
    if opposer is None:
        return [], []
    opposed = next((c for c in f.chains if f.te <= c.start <= f.te + 30 and not _place_like(c, f.text)), None)
    return opposer.actors(), _actors(opposed)


def frame_request_announced(f: Frame) -> tuple[Actors, Actors]:
    """(session 27 V) "X از درخواست روسیه از آمریکا برای برچیدن تحریم‌ها خبر داد": the request's own genitive asks
    (else the teller), the actor after its "از" inside the trigger is asked."""
    inside = [c for c in f.chains if f.ts < c.start < f.te]
    asker = inside[0] if len(inside) > 1 else f.subj  # (its chain's marker reads the trigger's own "از")
    asked = next((c for c in inside if c.marker == "از" and c is not asker), None)
    return _actors(asker), _actors(asked)


def frame_about(f: Frame) -> tuple[Actors, Actors]:
    """"حمایت از فلسطین": the actor the statement is about, right after the trigger (or inside it: "در کنار X")."""
    g = f.genitive
    if f.p.id == "support.side-with":
        inner = [c for c in f.chains if f.ts <= c.start < f.te]
        g = inner[0] if inner else g
    return f.src, _actors(g)


def frame_victim(f: Frame) -> tuple[Actors, Actors]:
    """"ترور اسماعیل هنیه توسط ...": the genitive is the target, the agent after "توسط" the source."""
    return _actors(f.first("توسط")), _actors(f.genitive)


def frame_inside(f: Frame) -> tuple[Actors, Actors]:
    """"تحریم‌های آمریکا علیه X را ...": every actor inside the (gapped) trigger is a target."""
    inside = [c for c in f.chains if f.ts < c.start < f.te and c is not f.subj]
    return f.src, [m for c in inside for m in c.actors()]


def frame_sanctions_inside(f: Frame) -> tuple[Actors, Actors]:
    """(session 25) "اعلام کرد که تحریم‌های آمریکا علیه این کشور لغو شده است": the sanctions' owner, right after
    the noun and before an actor marked "علیه", is who lifts them (not the one who announces it); those after
    "علیه" are eased. Without such an owner, as ``inside``."""
    inside = [c for c in f.chains if f.ts < c.start < f.te and c is not f.subj]
    against = [c for c in inside if c.marker == "علیه"]
    owner = next((c for c in inside if against and c.marker is None and c.end <= against[0].start
                  and _SANCTIONS_NOUN_BEFORE.search(f.text, max(f.ts, c.start - 12), c.start)), None)
    if owner is None:
        return frame_inside(f)
    return owner.actors(), [m for c in against for m in c.actors()]


_SANCTIONS_NOUN_BEFORE = re.compile(r"تحریم(?:[\s\u200c]?ها(?:ی)?)\s+$")


def frame_genitive_inside(f: Frame) -> tuple[Actors, Actors]:
    """(branch verbal9) "بر لزوم توقف حملات اسرائیل به غزه تاکید کرد": the first unmarked actor inside the trigger,
    the genitive of the act to stop, no preposition before it ("توقف جنگ در غزه و لبنان" asks no one). (session 26
    A3) A headline's noun names who stressed it before "بر" ("تاکید چین و ایران بر لزوم بازگشت آمریکا به برجام"):
    that genitive is the source, and the actor asked is sought after "بر"."""
    bar = _rx_search(r"(?:^|\s)بر\s", f.text[f.ts:f.te])
    lo = f.ts + bar.start() if bar else f.ts
    stresser = next((c for c in f.chains if f.ts < c.start < lo and c.marker is None), None)
    inside = [c for c in f.chains if lo < c.start < f.te and c is not f.subj and c.marker is None
              and not any(w in PREPOSITIONS for w in _WORD.findall(f.text[lo:c.start]))]
    return (_actors(stresser) if stresser else f.src), _actors(inside[0] if inside else None)


def _launcher_inside(f: Frame) -> Chain | None:
    """(session 25 C) Whoever fired or mounted what was fended off, inside the trigger: the first actor with no
    preposition before it ("موشک‌های اسرائیل", "حمله نیروهای پشتیبانی سریع به ...") or right after a launch phrase
    ("از سوی حوثی‌ها", "شلیک‌شده از یمن"), read after the nearest head of what was fended off ("موفق به دفع حمله X":
    the "به" before it governs no party; "۸ موشک از ۱۲ موشک حمله جنگنده‌های X": the attack's genitive); not the place struck ("به شهر الفاشر"), where it was downed ("بر فراز دمشق",
    grammar.yaml ``airspace_words``) nor a bare place."""
    for c in f.chains:
        heads = [h.end() for h in _FENDED_HEAD.finditer(f.text, f.ts, c.start)] if f.ts < c.start < f.te else []
        if not heads or c is f.subj:
            continue
        before = f.text[heads[-1]:c.start]
        if _LAUNCHED_BY.search(before):
            return c
        words = [w.replace(ZWNJ, "") for w in _WORD.findall(before)]
        if not any(w in PREPOSITIONS or w in _AIRSPACE for w in words) and any(m.type != "PLACE" for m in c.actors()):
            return c
    return None


def _defender(f: Frame) -> Actors:
    """(session 25 C) Who fended the attack off: the subject, or where a speaker is the subject ("X اعلام کرد که
    یگان‌های پدافند اوکراین ... را دفع کردند"), the reported clause's own subject if it names one; with neither, the
    actor the attack went to ("به Y")."""
    cue = _last_cue(f, f.subj.end) if f.subj is not None and f.subj.end <= f.ts else None
    if cue is not None:
        own = next((x for x in f.chains if cue <= x.start < f.ts and x.marker is None and not x.object_ra), None)
        if own is not None:
            return own.actors()
    return f.src or _actors(f.first("به", f.ts, f.te))


def frame_fended(f: Frame) -> tuple[Actors, Actors]:
    """(session 25 C) "پدافند سوریه موشک‌های اسرائیل را رهگیری کرد", "ارتش حمله X به Y را دفع کرد": the defender
    is the one attacked, whoever fired or attacked (inside the trigger) the attacker."""
    return _actors(_launcher_inside(f)), _defender(f)


def frame_inside_last(f: Frame) -> tuple[Actors, Actors]:
    """(session 13) "مسئولیت ناامنی‌های منطقه را متوجه آمریکا دانست": the last actor inside the trigger is aimed at."""
    inside = [c for c in f.chains if f.ts < c.start < f.te and c is not f.subj]
    return f.src, _actors(inside[-1] if inside else None)


def frame_inside_first(f: Frame) -> tuple[Actors, Actors]:
    """(session 15) "با طرح مصر برای آتش‌بس در غزه موافقت کرد": the first actor inside the trigger (whose proposal
    was accepted) is the one conceded to, not the places after it."""
    inside = [c for c in f.chains if f.ts < c.start < f.te and c is not f.subj]
    return f.src, _actors(inside[0] if inside else None)


def frame_leaver_inside(f: Frame) -> tuple[Actors, Actors]:
    """(session 26 A3) "جنگ را تا خروج نیروهای X از یمن ادامه می‌دهیم": the one to leave, the first actor inside the
    trigger that is not the ground it leaves or stands on (after "از"/"در")."""
    inside = [c for c in f.chains if f.ts < c.start < f.te and c is not f.subj and c.marker not in ("از", "در")]
    return f.src, _actors(inside[0] if inside else None)


def frame_condemned_inside(f: Frame) -> tuple[Actors, Actors]:
    """(session 20) "قطعنامه‌ای در محکومیت حمله روسیه به اوکراین تصویب کرد", "قطعنامه ضد روسیه را تصویب کرد": the resolution is aimed at the first unmarked actor after the last "در محکومیت"/"ضد" inside the trigger —
    the doer of the condemned act, not the sponsor named before it nor the victim after "به"."""
    opener = None
    for m in _RESOLUTION_AIMED_AT.finditer(f.text, f.ts, f.te):
        opener = m
    if opener is None:
        return f.src, []
    # the opener's own "در" governs the first chain after it ("در محکومیت حمله روسیه"): that one is no victim after "به"
    # ("ضد ایران": the marker of "ضد" is "علیه", right after the opener)
    aimed = next((c for c in f.chains if opener.end() <= c.start < f.te and c is not f.subj
                  and (c.marker in (None, "در") or not f.text[opener.end():c.start].strip(" \u200c")
                       or _governed_by_opener(f, opener, c))), None)
    return f.src, _actors(aimed)


def _governed_by_opener(f: Frame, opener: re.Match, c: Chain) -> bool:
    """(session 26 E) "محکومیت خود را از حمله هوایی ارتش X به Y اعلام کرد": the chain's marker is the opener's own
    closing preposition, read back across the deed's noun; no other preposition between (the victim after the deed's
    own "به" in "نسبت به حمله به Y" is not condemned)."""
    last = opener.group(0).split()[-1]
    if c.marker != last or last not in PREPOSITIONS:
        return False
    return not any(w in PREPOSITIONS for w in _WORD.findall(f.text[opener.end():c.start]))


def frame_condemned_genitive(f: Frame) -> tuple[Actors, Actors]:
    """(session 26 E) "محکومیت عربستان نسبت به حمله اسرائیل به ایران": the noun's genitive condemns; the party after
    "نسبت به"/"از"/"در قبال" (the deed's own genitive, a few words on) is condemned, never one after a second
    preposition ("به ایران", the victim). "محکومیت X به پنج سال زندان" (a sentence) has no such opener: no event."""
    g = f.genitive if f.noun else None
    if g is None:
        return [], []
    for c in f.chains:
        if c.start < g.end or c.start > g.end + 80:
            continue
        m = _CONDEMNED_OPENER.match(f.text, g.end, c.start)
        if m is None:
            return g.actors(), []
        rest = _WORD.findall(f.text[m.end():c.start])
        return g.actors(), (c.actors() if not any(w in PREPOSITIONS for w in rest) else [])
    return g.actors(), []


_CONDEMNED_OPENER = re.compile(r"[\s\u200c]*(?:نسبت[\s\u200c]+به|در[\s\u200c]+قبال|از)[\s\u200c]+(?:[^\s،.؛:]+[\s\u200c]+){0,4}?$")


def frame_witnessed(f: Frame) -> tuple[Actors, Actors]:
    """(session 20) "پایتخت اوکراین شاهد حمله گسترده روسیه به زیرساخت‌های انرژی بود": as ``genitive``; with no actor
    after "به", the place that witnessed the attack (the clause's subject) was attacked."""
    src, tgt = frame_genitive(f)
    if src and not tgt and f.subj is not None:
        tgt = [a for a in f.subj.actors() if not any(a.kb_id == s.kb_id for s in src)]
    return src, tgt


def frame_owner_inside(f: Frame) -> tuple[Actors, Actors]:
    """(session 16) "سفارت جمهوری آذربایجان در تهران کار خود را از سر گرفت", "بازگشایی سفارت عربستان": the embassy's
    owner — the first actor inside the trigger, else the genitive after it — acts; whom at is the place's state
    (``place_target``)."""
    inside = [c for c in f.chains if f.ts < c.start < f.te and c.marker is None]
    return _actors(inside[0] if inside else _owner_after_opening_az(f) or f.genitive), []


def _owner_after_opening_az(f: Frame) -> Chain | None:
    """(session 26 F) "X از آغاز عقب‌نشینی نظامیان Y از Z خبر داد": a trigger told as news opens on the teller's
    "از", which marks the first chain inside though the noun's owner it is; a later "از" (the place left) does not."""
    if not f.text.startswith("از ", f.ts):
        return None
    first = next((c for c in f.chains if f.ts < c.start < f.te), None)
    if first is None or first.marker != "از" or _rx_search(r"(?:^|\s)از\s", f.text[f.ts + 3:first.start]):
        return None
    return first


def frame_answer(f: Frame) -> tuple[Actors, Actors]:
    """(session 13) "پاسخ ایران به هرگونه تجاوز اسرائیل، قاطع خواهد بود": the speaker (else whose answer, right
    after "پاسخ") answers the actor after "به" inside the trigger (the attacker of the act answered)."""
    be = _rx_search(r"(?:^|\s)به\s", f.text[f.ts:f.te])
    cut = f.ts + be.end() if be else f.te
    inside = [c for c in f.chains if f.ts < c.start < f.te and c is not f.subj]
    whose = next((c for c in inside if c.start < cut and c.marker is None), None)
    to = next((c for c in inside if c.start >= cut), None)
    return (f.src or _actors(whose)), _actors(to)


def frame_az_inside(f: Frame) -> tuple[Actors, Actors]:
    """(session 13) "حمایت کامل ترکیه از فلسطین را مورد تاکید قرار داد": the actor after "از" inside the trigger (the
    supporter's own state before it is no target)."""
    az = _rx_search(r"(?:^|\s)از\s", f.text[f.ts:f.te])  # "از مردم فلسطین": the people's chain has no marker
    lo = f.ts + az.end() if az else f.te
    return f.src, _actors(next((c for c in f.chains if lo <= c.start < f.te and c is not f.subj), None))


def frame_passive_inside(f: Frame) -> tuple[Actors, Actors]:
    """(branch verbal9) "سیاست‌های آمریکا مورد انتقاد شدید عراقچی قرار گرفت": the actor inside the trigger acts,
    the subject (or the genitive of its first noun) undergoes."""
    inside = [c for c in f.chains if f.ts < c.start < f.te and c is not f.subj]
    if not inside:
        return frame_passive(f)  # "از سوی ایران مورد انتقاد قرار گرفت"
    if f.subj is not None and f.subj.end <= f.ts and _PASSIVE_VERB.search(f.text, f.ts, f.te) \
            and (cue := _last_cue(f, f.subj.end)) is not None:
        # (session 21) "خزانه‌داری آمریکا اعلام کرد که نام ۱۸ بانک ... به فهرست تحریم‌های X اضافه شده است": the
        # speaker is not what underwent; the reported clause's own subject is, if it names one
        after = next((x for x in f.chains if cue <= x.start < f.ts and x.marker is None and not x.object_ra), None)
        return _actors(inside[0]), _actors(after)
    return _actors(inside[0]), f.src


def frame_member_summoned(f: Frame) -> tuple[Actors, Actors]:
    """(session 27 A7) "۳۰ دانشجوی دانشگاه X به کمیته انضباطی احضار شدند": a body named inside summons; else the
    body the summoned belong to (named with them in the subject) does, and only the persons named are summoned."""
    src, tgt = frame_passive_inside(f)
    if src or not tgt:
        return src, tgt
    return [m for m in tgt if m.type != "PERSON"], [m for m in tgt if m.type == "PERSON"]


def frame_passive(f: Frame) -> tuple[Actors, Actors]:
    """"نصرالله در حمله هوایی رژیم صهیونیستی ... ترور شد": the subject suffers, the agent or attacker acts."""
    expelled_from = _expelled_from(f) if f.p.mode == "expel" else None
    agent = f.first("توسط") or _agent_far_after_by(f) or _agent_by_vote(f) or expelled_from or _sentencing_court(f) or \
        _arresting_office(f) or \
        _agent_ordered(f) or next((x for x in f.chains if x is not f.subj and x.start < f.ts and
                                     _ATTACK_NOUN.search(f.text[max(0, x.start - 40):x.start])), None) or \
        next((x for x in f.chains if f.ts < x.start < f.te and  # (session 14) "هدف حمله جنگنده‌های X قرار گرفت"
              _ATTACK_NOUN.search(f.text[max(f.ts, x.start - 40):x.start])), None)
    if f.p.type == "ASSAULT" and (owner := _owner_struck_passive(f, agent)) is not None:
        return _actors(agent), _actors(owner)
    if f.subj is not None and (cue := _last_cue(f, f.subj.end)) is not None:
        # "سپاه اعلام کرد: نفتکشی ... توقیف شد": the speaker is not what was seized; (session 15) the reported
        # clause's own subject is ("گفت ... دیپلمات‌های این کشور از روسیه اخراج شدند")
        after = next((x for x in f.chains if cue <= x.start < f.ts and x.marker is None and not x.object_ra
                      and x is not agent), None) or _counted_of(f, cue, agent)
        return _actors(agent), _actors(after)
    counted = _counted_of(f, f.after_subject, agent)  # the subject before it only tells of it
    if counted is None and (_relative_of_other(f) or agent is not None and agent is f.subj):
        return _actors(agent), []  # (session 25 L) the orderer read as the subject underwent nothing
    return _actors(agent), _actors(counted) if counted is not None else f.src


def _arresting_office(f: Frame) -> Chain | None:
    """(session 28 AS2) "وی در اداره اطلاعات شهرستان X بازداشت شد", "پس از احضار به اداره اطلاعات بازداشت شد": an
    arrest told in the passive was made by the security office it was made in or summoned to (grammar.yaml
    arresting_office_heads), as a sentence is passed by its court."""
    if f.p.mode != "arrest":
        return None
    return next((x for x in f.chains if f.sent_start <= x.start < f.ts and _OFFICE_HEAD.match(f.text, x.start)
                 and _IN_OFFICE_BEFORE.search(f.text, max(f.sent_start, x.start - 12), x.start)), None)


def _sentencing_court(f: Frame) -> Chain | None:
    """(session 25 E) "این هشت نفر در شعبه ۱۵ دادگاه انقلاب تهران به اعدام محکوم شدند": a sentence told in the
    passive was passed by the court it was passed in; (session 25 K) so was one upheld, the court inside the
    trigger's gap ("حکم اعدام دو متهم در دیوان عالی کشور تأیید شد")."""
    if f.p.mode != "legal":
        return None
    return next((x for x in f.chains if f.sent_start <= x.start < f.te and _COURT_HEAD.match(f.text, x.start)
                 and _IN_COURT_BEFORE.search(f.text, max(f.sent_start, x.start - 30), x.start)), None)


def _owner_struck_passive(f: Frame, agent: Chain | None) -> Chain | None:
    """(session 24) "یک کشتی تجاری با پرچم جزایر مارشال ... هدف حمله ... قرار گرفت", "یک کاروان متعلق به نیروهای
    آمریکا در عراق هدف قرار گرفت": the owner or flag state of what was struck, in the trigger's own clause (after
    a speech cue, not the speaker), is the one attacked."""
    cue = _last_cue(f, f.subj.end) if f.subj is not None else None
    lo = cue if cue is not None else f.sent_start
    return next((x for x in f.chains if x is not agent and lo <= x.start < f.ts
                 and (x.marker == "belonging" and "متعلق" in f.text[max(lo, x.start - 40):x.start]
                      or _OWNED_BY.search(f.text, max(0, x.start - 20), x.start))
                 and not clause_ended_between(f.text, x.end, f.ts) and "،" not in f.text[x.end:f.ts]), None)


def _relative_of_other(f: Frame) -> bool:
    """(session 21) "از دولت X خواست درباره مرگ Y، فرد دوتابعیتی که ... توسط X اعدام شد، پاسخ دهد": a passive
    inside a relative clause (a "که" after a noun, no verb between it and the trigger) tells of the noun before the
    "که", not of the main clause's subject; with no actor there, it names no one it happened to."""
    if f.subj is None:
        return False
    ke = next(reversed(list(_KE.finditer(f.text, f.subj.end, f.ts))), None)
    if ke is None or _after_verb(f.text, f.sent_start, ke.start()):
        return False
    if any(_VERB_WORD.match(w.replace(ZWNJ, "")) for w in _WORD.findall(f.text, ke.end(), f.ts)):
        return False
    before = next((c for c in reversed(f.chains) if f.sent_start <= c.start and c.end <= ke.start()), None)
    return before is not f.subj and not (before is not None and not f.text[before.end:ke.start()].strip())


def _counted_of(f: Frame, lo: int, agent: Chain | None) -> Chain | None:
    """(session 17) "۲۰ هزار نفر از اتباع افغانستان ... اخراج شدند": the people a counted partitive's "از" names
    are the ones it happened to."""
    return next((x for x in f.chains if lo <= x.start < f.ts and x.marker == "از" and x is not agent
                 and _PARTITIVE_BEFORE.search(f.text, max(0, x.start - 60), x.start)), None)


def _last_cue(f: Frame, lo: int) -> int | None:
    """Where the reported clause after the last speech cue ("گفت", "اعلام کرد:") between ``lo`` and the trigger
    begins, or None."""
    cues = [m.end() for m in _CUE_BOUNDARY.finditer(f.text, lo, f.ts)]
    return cues[-1] if cues else None


def _expelled_from(f: Frame) -> Chain | None:
    """(session 15) "دیپلمات‌های این کشور از روسیه اخراج شدند": the state one is expelled from expels, named after
    "از" between the subject and the trigger."""
    lo = f.after_subject
    return next((x for x in reversed(f.chains) if x.marker == "از" and lo <= x.start < f.ts and x is not f.subj
                 and not _PARTITIVE_BEFORE.search(f.text, max(0, x.start - 60), x.start)), None)


def _agent_by_vote(f: Frame) -> Chain | None:
    """(session 24 U) "با رأی عدم اعتماد ۱۸۲ نماینده، X برکنار شد": the voters named right after the vote do it."""
    return next((x for x in f.chains if f.sent_start <= x.start < f.ts and x is not f.subj
                 and _VOTE_AGENT_BEFORE.search(f.text, max(f.sent_start, x.start - 40), x.start)), None)


def _agent_ordered(f: Frame) -> Chain | None:
    """(session 25 L) "روزنامه X به دستور دادستانی تهران توقیف شد", "بر اساس دستور Y بازداشت شدند": whoever ordered
    a coercion told in the passive did it (grammar.yaml order_openers); so did the body in whose sitting it was decided
    ("در نشست فوق‌العاده هیئت نظارت بر مطبوعات توقیف شد": decided_in)."""
    if f.p.type != "COERCE":
        return None
    return next((x for x in f.chains if f.sent_start <= x.start < f.te  # (or inside: "دفتر نشریه X به دستور Y پلمب شد")
                 and (ORDERED_BY.search(f.text, max(f.sent_start, x.start - 30), x.start)
                      or AGENCY_OPENED.search(f.text, max(f.sent_start, x.start - 40), x.start)
                      or x.marker in (None, "در") and DECIDED_IN.search(f.text, max(f.sent_start, x.start - 60), x.start))),
                None)


def _agent_far_after_by(f: Frame) -> Chain | None:
    """"توسط نیروهای گشتی پایگاه منطقه دوم دریایی این نیرو ... توقیف شد": the agent named many words after "توسط"."""
    by = _rx_search(r"(?:^|\s)توسط\s", f.text[f.sent_start:f.ts])
    if by is None:
        return None
    lo = f.sent_start + by.end()
    return next((x for x in f.chains if lo <= x.start < f.ts and x.marker in (None, "توسط") and x is not f.subj
                 and "،" not in f.text[lo:x.start]), None)


def frame_praise(f: Frame) -> tuple[Actors, Actors]:
    """"X را ستود": the nearest actor before the trigger is praised."""
    prev = [c for c in f.chains if c.end <= f.ts and c is not f.subj]
    return f.src, (prev[-1].actors() if prev else [])


def _addressee(f: Frame, any_person: bool = False) -> Chain | None:
    """(session 19) "نیکی هیلی به سوریه گفت: ... با پیامدهای ناگواری روبه‌رو خواهید شد": a threat in the second
    person is aimed at the party the speaker spoke to ("به X" before the speech cue); ``any_person``: so is one in
    which no other party is named ("به طالبان گفت ادامه این روند اقدامی خصمانه تلقی خواهد شد")."""
    if not any_person and not _SECOND_PERSON.search(f.text, f.ts, f.te):
        return None
    cues = list(_CUE_BOUNDARY.finditer(f.text, f.sent_start, f.ts))
    if not cues:
        return None
    return next((c for c in reversed(f.chains) if c.marker == "به" and c.end <= cues[-1].start()), None)


def frame_consequence(f: Frame) -> tuple[Actors, Actors]:
    """"هشدار داد که اگر رژیم صهیونیستی ... بخواهد، بهای سنگینی خواهد پرداخت": the one who will pay is the target
    (the subject of the "اگر" clause, else the clause's own subject); the speaker of the warning is the source."""
    if (spoken_to := _addressee(f)) is not None:
        return f.src, spoken_to.actors()
    clause = [c for c in f.chains if c.start < f.ts  # "هرگونه تجاوز به خاک ایران": the victim, not who will pay
              and not _attacked(f.text, c.start)]
    cond = _if_clause(f)
    if cond is not None:  # (session 18) "اگر از خاکشان علیه ایران استفاده شود، متخاصم تلقی خواهند شد": an actor
        # after a preposition in the "اگر" clause is not its subject, so not who will pay
        clause = [c for c in clause if c.marker is None or c.start < f.sent_start + cond.end()]
    after_if = [c for c in clause if cond is not None and c.start >= f.sent_start + cond.end()]
    target = after_if[0] if after_if else (_reported_subject(f, clause) or (clause[-1] if clause else None))
    cues = [m.end() for m in _CUE_BOUNDARY.finditer(f.text, f.sent_start, f.ts)]
    if target is not None and cues and target.end <= cues[-1]:
        # (session 13) "X گفت کشتی‌های اسرائیلی ... هدف مشروع ما هستند": the speaker will not pay; "سپاه هشدار داد
        # اسرائیل در صورت ... با پاسخی سخت روبه‌رو خواهد شد": the reported clause's subject will
        target = next((c for c in clause if c.start >= cues[-1] and c.marker is None), None)
    unmarked = [c for c in clause if c.marker is None]
    if not cues and len(unmarked) > 1 and (target is None or target is unmarked[0] or target.marker is not None) \
            and any(_VERB_WORD.match(w) for w in _WORD.findall(f.text[unmarked[0].end:unmarked[1].start])):
        target = unmarked[1]  # (session 13) "سپاه هشدار داد اسرائیل ... با پاسخی سخت روبه‌رو خواهد شد"
    if target is not None and _clause_ends_between(f.text, target.end, f.ts):
        # (session 21) "گفت X مرتکب جنایات می‌شود و حامیان آن به‌ویژه Y در این جنایات دست دارند": the charge's own
        # clause, after the finished verb and "و", names whom it charges
        target = next((c for c in unmarked if c.start > target.end
                       and not _clause_ends_between(f.text, c.end, f.ts)), target)
    if target is None and (spoken_to := _addressee(f, any_person=True)) is not None:
        return f.src, spoken_to.actors()
    speaker = next((c for c in clause if c is not target and (cond is None or c.start < f.sent_start + cond.start())), None)
    return _actors(speaker), _actors(target)


# (session 21) a present verb closing a clause before "و" ("مرتکب جنایات می‌شود و ..."), which _VERB_WORD (past
# forms) does not read
_PRESENT_AND = re.compile(r"(?<![\w\u200c])می[\u200c ]?[^\s،.]+(?:د|ند)[\s\u200c]+و[\s\u200c]")


def _clause_ends_between(text: str, lo: int, hi: int) -> bool:
    """A finished verb, past or present, then "و" between ``lo`` and ``hi``: a clause of its own ended there."""
    return clause_ended_between(text, lo, hi) or _PRESENT_AND.search(text, lo, hi) is not None


def _reported_subject(f: Frame, clause: list[Chain]) -> Chain | None:
    """(branch verbal9) "گفت رهبری اوکراین به دلیل حمله به اقامتگاه پوتین پاسخگو خواهد بود": the subject opening
    the reported clause (a word into it at most), not the last actor inside its complement."""
    cues = list(_CUE_BOUNDARY.finditer(f.text, f.sent_start, f.ts))
    if not cues:
        return None
    lo = cues[-1].end()
    return next((c for c in clause if c.start >= lo and c.marker is None and not c.object_ra
                 and len(_WORD.findall(f.text[lo:c.start])) <= 1), None)


def frame_claim(f: Frame) -> tuple[Actors, Actors]:
    """"گروسی مدعی شد که دولت ایران ... دعوتی به عمل نیاورده است": the one the claim is about is the subject of
    the "که" clause after the trigger (or the actor right after it)."""
    that = _rx_match(r"^\s*(?:که\s+)?", f.text[f.te:f.te + 8])
    lo = f.te + (that.end() if that else 0)
    # (session 19) "با ادعای اینکه ایران ...": the clause opens inside the trigger, its subject takes the trigger's "با"
    opened = f.text[f.ts:f.te].rstrip().endswith("که")
    about = next((c for c in f.chains if lo <= c.start <= lo + 30 and (c.marker is None or opened and c.start - lo < 3)), None)
    if about is not None and about.object_ra and f.subj is not None and \
            _rx_search(r"(?:^|\s)که\s+$", f.text[max(0, f.subj.start - 6):f.subj.start]):
        # (session 24) "نهادهایی که واشنگتن مدعی است بخش نظامی ایران را تأمین مالی می‌کنند": a hedge inside a relative
        # clause; the claim is about the noun before "که" (its elided subject), not the object after the trigger
        about = None
    if about is not None and _only_tells(f.text, about):
        about = None
    if about is not None and CLAIM_NEUTRAL_HEAD.search(f.text[lo:about.start]):
        about = None  # (session 25) "مدعی شد سفر X به تعویق افتاده": a claim about X's trip accuses no one
    return f.src, _actors(about)


def _only_tells(text: str, c: Chain) -> bool:
    """(session 25 S) "X ادعا کرد: ترامپ اعلام کرد که ...": the party right before a speech verb only tells what is
    claimed; a claim over a report doubts it and accuses no one."""
    cue = _CUE_BOUNDARY.search(text, c.end, c.end + 24)
    return cue is not None and not text[c.end:cue.start()].strip()


def frame_must(f: Frame) -> tuple[Actors, Actors]:
    """"ولایتی گفت که ارمنستان باید ... بازگرداند": in reported speech, the party right before "باید" is asked to act
    and the speaker asks; outside reported speech, or with no party named before it, no demand."""
    cues = list(_CUE_BOUNDARY.finditer(f.text, f.sent_start, f.ts)) or \
        list(_BELIEF_CUE.finditer(f.text, f.sent_start, f.ts))  # (session 18) "X معتقد است Y باید ..."
    if not cues or _rx_match(r"\s*می[\s\u200c]", f.text[f.te:f.te + 6]):
        return [], []  # "حوثی‌ها باید می‌دانستند": "باید" with the past progressive is a reproach, not a demand
    if _MUST_KNOW.match(f.text, f.te):
        return [], []  # (session 25) "Y باید متوجه باشد که ...": advice to know, not a demand to act
    lo = _past_condition(f.text, cues[-1].end(), f.ts)
    party = [c for c in f.chains if lo <= c.start and c.end <= f.ts and c.marker is None and not c.object_ra]
    if party and (comma := f.text.rfind("،", lo, party[-1].start)) != -1:
        lo = comma + 1  # (session 18) "نوشت: «اتهامات X ... را نمی‌پوشاند، آمریکا ملزم به ... است»": the last clause
    addressed = next((c for c in f.chains if c.end <= cues[-1].start() and _ADDRESSED.search(f.text, max(0, c.start - 10), c.start)), None)
    if not party and addressed is not None and not _WORD.findall(f.text[lo:f.ts]):
        # (branch verbal9) "عراقچی خطاب به آمریکا گفت: باید تحریم‌ها را لغو کنید": the one addressed is asked
        return _actors(_subject([c for c in f.chains if c.end <= addressed.start])), addressed.actors()
    if not party or _WORD.findall(f.text[party[-1].end:f.ts]) or \
            not all(w.replace("\u200c", "") in _CLAUSE_OPENERS for w in _WORD.findall(f.text[lo:party[-1].start])):
        return [], []  # "تحریم‌های سوریه باید لغو شود": Syria is not asked, it opens no clause
    # (session 18) the speaker's clause starts after a semicolon: "دو طرف ... هستند؛ دولت افغانستان معتقد است ..."
    floor = f.text.rfind("؛", f.sent_start, cues[-1].start()) + 1
    speaker = _subject([c for c in f.chains if floor <= c.start and c.end <= cues[-1].start()])
    return _actors(speaker), party[-1].actors()


def _past_condition(text: str, lo: int, hi: int) -> int:
    """Where the main clause starts after a condition opening the quote ("«اگر آب در سدها موجود بود، طرف طالبانی باید
    ..."): after the condition's comma; else ``lo``."""
    opened = _rx_match(r"\s*[«\"]?", text[lo:hi])
    start = lo + (opened.end() if opened else 0)
    comma = text.find("،", start, hi)
    return comma + 1 if comma != -1 and _CONDITIONAL.match(text, start) else lo


_DEED_OPENER = re.compile(r"(?:در\s+صورت|اگر|هرگونه|هر\s+گونه)\s")


def frame_deed(f: Frame) -> tuple[Actors, Actors]:
    """(branch verbal9) "گفت هرگونه اقدام آلمان علیه ... واکنش‌های جدی ایران را در پی خواهد داشت": the doer of the
    deed that will bring the response (the reported clause's first unmarked actor) is the target, the speaker the
    source; outside reported speech no one is named (the target is implied from the article)."""
    cues = list(_CUE_BOUNDARY.finditer(f.text, f.sent_start, f.ts))
    if not cues:
        return f.src, []
    lo = cues[-1].end()
    # the deed's own genitive, a word or two into the clause ("هرگونه اقدام X", "تصمیم X"), not an actor deep in it
    doer = next((c for c in f.chains if lo <= c.start < f.ts and c.marker is None and not c.object_ra
                 and len(_WORD.findall(f.text[lo:c.start])) <= 3), None)
    # (session 31 VOC) "توقیف کشتی از سوی X قابل قبول نیست": the deed's agent in the clause did it
    doer = doer or f.first("توسط", lo, f.ts)
    if doer is None and (opener := _DEED_OPENER.match(f.text, f.ts)) is not None:
        # (session 24) a trigger that opens with the conditional deed ("در صورت حمله X ..., پیامدهای ... خواهد
        # داشت"): its doer, a few words into the trigger (after "در صورت" its chain is marked with that "در")
        marks = (None, "در") if opener.group().startswith("در") else (None,)
        doer = next((c for c in f.chains if f.ts <= c.start < f.te and c.marker in marks and not c.object_ra
                     and len(_WORD.findall(f.text[f.ts:c.start])) <= 4), None)
    if doer is None and f.p.type in ("ACCUSE", "REJECT"):
        # (session 27 J) "در پاسخ به سوالی درباره اقدام X گفت: این شناسایی امری بی‌معنی است": a judged deed that
        # names no doer is the act the speaker answers, named before the cue
        doer = _after_opener(f, _REACTED_TO, before_subject=True)
    return _actors(_subject([c for c in f.chains if c.end <= cues[-1].start()])), _actors(doer)


def _envoy_state(c: Chain | None) -> Actors:
    """An envoy named only by office ("سفیر آلمان") stands for the state named inside the office."""
    actors = _actors(c)
    if c is None or all(m.kb_id for m in actors):
        return actors
    states = [m for m in c.all_actors() if m.type == "COUNTRY"]
    return states[:1] or actors


def frame_conveyed(f: Frame) -> tuple[Actors, Actors]:
    """(lead, session 11) "مراتب اعتراض جمهوری اسلامی ایران به اقدام طرف سوئیسی به وی ابلاغ شد", "اعتراض دولت ایتالیا
    ... را به او ابلاغ کرد": whose protest — the subject, else (a passive) the actor right after the protest noun — was
    conveyed to whom: the envoy after the last "به" (standing for their state), else what the protest is about
    (the actor after the first "به")."""
    inside = [c for c in f.chains if f.ts < c.start < f.te]
    src = f.src or _actors(next((c for c in inside if c.marker is None), None))
    own = {x.kb_id for x in src if x.kb_id}
    to = [c for c in inside + [c for c in f.chains if f.te <= c.start < f.te + 40] if c.marker == "به"
          and not any(m.kb_id in own for m in c.actors())]
    if not to:  # (session 13) "یادداشت اعتراضی را تسلیم کاردار سفارت سوئیس کرد": the envoy right after "تسلیم"
        handed = _rx_search(r"(?:^|\s)تسلیم\s", f.text[f.ts:f.te])
        to = [c for c in inside if handed and c.start >= f.ts + handed.end() and c.marker is None
              and not any(m.kb_id in own for m in c.actors())][:1]
    return src, (_envoy_state(to[-1]) if to else [])


def frame_casualty(f: Frame) -> tuple[Actors, Actors]:
    """"در حمله پهپادی روسیه به اوکراین هفت نفر زخمی شدند", "کشته شدن ۸ غیرنظامی در حمله جنگنده‌های ائتلاف
    آمریکا به ...": a casualty verb (or noun) reports the attack named as its cause; the actor right after the attack
    noun attacked, the actor after its "به"/"علیه" was attacked (else the place it hit: the coder). No cause named,
    no event: people die in accidents too."""
    cues = [m.end() for m in _CUE_BOUNDARY.finditer(f.text, f.sent_start, f.ts)]
    lo = cues[-1] if cues else f.sent_start
    attacker = next((c for c in f.chains if lo <= c.start < f.ts and _CASUALTY_CAUSE.search(f.text[lo:c.start])), None)
    if attacker is None and f.noun:
        attacker = next((c for c in f.chains if f.te <= c.start <= f.te + 120
                         and _CASUALTY_CAUSE_AFTER.search(f.text[f.te:c.start])), None)
    if attacker is None and not f.noun:
        attacker = _agent_of_cause(f, lo)
    fought = None
    if attacker is None and not f.noun:  # (session 13) "در تبادل آتش با نیروهای مرزی پاکستان کشته شدند"
        # (session 19) searched in the clause's own text: its "در" may open right after a speech cue ("اعلام کرد در ...")
        attacker = fought = next((c for c in f.chains if lo <= c.start < f.ts and _clash_with(f.text[lo:c.start])), None)
    if attacker is None and not f.noun and (pair := _clash_pair(f, lo)) is not None:
        return pair
    if attacker is None and not f.noun and (side := _clash_side_unnamed(f, lo)) is not None:
        return side.actors(), []
    if attacker is None and (cause := unseen_cause_before(f.text, lo, f.ts)) is not None:
        return [], _unseen_attack_victims(f, lo, cause.start(), cause.end())
    if attacker is None:
        return [], []
    if fought is None and _positions_of(f.text, lo, attacker):
        return [], attacker.actors()  # "بر اثر بمباران مواضع ارتش اسرائیل ... زخمی شدند": the positions' owner suffered
    if f.noun and attacker.start >= f.te and (fallen := _fallen_named(f, attacker)) is not None:
        return attacker.actors(), fallen.actors()  # (session 18) "شهادت ۱۰ نیروی الحشدالشعبی در حمله داعش به ..."
    hi = f.ts if attacker.end <= f.ts else attacker.end + 60
    hit = f.first("به", attacker.end, hi) or f.first("علیه", attacker.end, hi) or _struck_on(f, attacker, hi)
    if hit is not None and all(m.type == "COUNTRY" for m in hit.actors()):
        hit = _group_fallen(f, lo, attacker) or hit
    if hit is None and attacker.end <= f.ts:
        # (branch material9) the victims named as the verb's subject: "یک فرمانده حشد الشعبی در حمله آمریکایی‌ها
        # کشته شد" (nationality adjectives name no chain: "سه غیرنظامی لبنانی" still leaves the place hit)
        before = [c for c in f.chains if lo <= c.start and c.end <= attacker.start and c is not attacker]
        hit = _subject(before) or _victims_after(f, attacker) \
            or next((c for c in before if c.marker == "از" and _partitive_opening(f.text, lo, c)), None)  # "۳۵ نفر از عناصر X"
    return attacker.actors(), _actors(hit)


# (session 26 C2) an object's relative clause opening ("... را که ..."), the party after it inside that clause
_RELATIVE_ON_OBJECT = re.compile(r"(?<![\w\u200c])را[\s\u200c]+که(?![\w\u200c])")


def _struck_on(f: Frame, attacker: Chain, hi: int) -> Chain | None:
    """(session 26 C2) "در حمله طالبان بر نیروهای امنیتی افغانستان پنج پولیس کشته شدند": the Dari "بر" right after
    the attacker marks whom the attack hit, as "به" does (grammar.yaml struck_on_after_attacker)."""
    return next((c for c in f.chains if attacker.end <= c.start < hi
                 and _STRUCK_ON_AFTER_ATTACKER.match(f.text[attacker.end:c.start])), None)


def _group_fallen(f: Frame, lo: int, attacker: Chain) -> Chain | None:
    """(session 26 C) "۱۸ تن از اعضای گروه X در حملات ارتش Y به مناطق شمال Z کشته شدند": a known group's members
    counted as the fallen before the cause are whom the attack hit, not the state whose land its "به" names."""
    for c in f.chains:
        if not (lo <= c.start and c.end <= attacker.start and c.marker == "از"):
            continue
        words = [w.replace(ZWNJ, "") for w in _WORD.findall(f.text, max(lo, c.start - 40), c.start)][-4:]
        if "از" in words and any(w in _PERSON_NOUNS for w in words[words.index("از"):]) \
                and any(m.type == "ORG" and m.kb_id for m in c.actors()):
            return c
    return None


def _unseen_attack_victims(f: Frame, lo: int, cs: int, ce: int) -> Actors:
    """(session 23) "در تیراندازی افراد مسلح به خودروی پلیس عراق سه مأمور کشته شدند", "چند عضو بسیج در حادثه
    تروریستی ... به شهادت رسیدند": an attack whose attacker is untold hit whom its "به"/"علیه"/"بر" names, else the
    fallen named before the cause or counted after it ("سه نفر از نیروهای سپاه"); only a group, a person or a state's
    forces — the place where it happened is no target (the coder keeps no source then: unknown)."""
    hit = f.first("به", ce, f.ts) or f.first("علیه", ce, f.ts) or f.first("بر", ce, f.ts)
    if hit is not None and "،" in f.text[ce:hit.start]:
        hit = None  # past the cause's comma: the main clause
    cands = [hit] if hit is not None else []
    cands += [c for c in f.chains if lo <= c.start and c.end <= cs and _fallen_before_cause(f, lo, c)]
    cands += [c for c in f.chains if ce <= c.start < f.ts and c is not hit and ("،" not in f.text[ce:c.start] or any(
        w.replace(ZWNJ, "") in _PERSON_NOUNS or w.replace(ZWNJ, "") in _ARMED_SIDE_WORDS
        for w in _WORD.findall(f.text[max(ce, c.start - 30):c.start])[-3:]))]
    cands += _counted_after_result(f)
    # (session 25 P) the own side named inside a clash with unnamed armed men ("در درگیری مرزبانان ... با اشرار")
    cands += [c for c in f.chains if cs <= c.start and c.end <= ce and c.marker != "با"]
    for c in cands:
        named = [m for m in c.actors() if _attacked_party(f.text, m)]
        if named:
            return named
    return []


def _counted_after_result(f: Frame) -> list[Chain]:
    """(session 25 P) the fallen counted right after a result trigger: "حمله ... منجر به شهادت سه نفر از ماموران
    نیروی انتظامی شد", "... منجر به کشته شدن دو مأمور پلیس X شد" (a partitive's body, or the people's force), before
    any comma."""
    if not f.text[f.ts:f.te].startswith("منجر به"):
        return []
    out = []
    for c in f.chains:
        if not f.te <= c.start <= f.te + 60 or "،" in f.text[f.te:c.start]:
            continue
        words = [w.replace(ZWNJ, "") for w in _WORD.findall(f.text[f.te:c.start])]
        if len(words) <= 6 and all(w == "از" or w not in PREPOSITIONS for w in words) and (
                _partitive_opening(f.text, f.te, c) or any(w in _PERSON_NOUNS for w in words)):
            out.append(c)
    return out[:1]


def _fallen_before_cause(f: Frame, lo: int, c: Chain) -> bool:
    """The clause's subject before the cause, bare or (session 25 E) a count of its members: "پنج نفر از ماموران
    نیروی انتظامی در حمله تروریستی به شهادت رسیدند" (the members fell, so their force was hit)."""
    return c.marker is None or c.marker == "از" and _partitive_opening(f.text, lo, c)


def _attacked_party(text: str, m: Mention) -> bool:
    """A party an attack with no attacker named can be aimed at: a known group or person, or a state's forces
    ("پلیس عراق", "مرزبانان ایران"), not a state read off a place."""
    if m.type in ("ORG", "PERSON"):
        return bool(m.kb_id)
    if m.type != "COUNTRY" or not m.kb_id:
        return False
    head = _WORD.findall(text[m.start:m.end])[:1]  # the mention may hold its forces: "پلیس پاکستان"
    return bool(_FORCES_BEFORE.search(text[max(0, m.start - 30):m.start])) or \
        bool(head) and head[0].replace(ZWNJ, "") in _ARMED_SIDE_WORDS or \
        " ".join(_WORD.findall(text[m.start:m.end])).replace(ZWNJ, "") in _SECURITY_KEEPERS


def _clash_with(before: str) -> bool:
    """A clash "با" the side named next as a casualty's cause: "در تبادل آتش با نیروهای مرزی X"; (session 19) with
    the other side named before "با" only between armed sides ("در درگیری‌های اخیر اعضای گروه X با ارتش Y")."""
    return bool(_CLASH_WITH.search(before)) or bool(_CLASH_WITH_FAR.search(before)) and _armed(before)


def _armed(text: str) -> bool:
    """(session 19) Whether the words name an armed side (grammar.yaml armed_side_words, forces)."""
    return any(w.replace("\u200c", "") in _ARMED_SIDE_WORDS for w in _WORD.findall(text))


def _clash_pair(f: Frame, lo: int) -> tuple[Actors, Actors] | None:
    """(session 19) "در درگیری اعضای گروه X و نیروهای Y در ...، چهار تن از نیروهای Y کشته شدند": a clash between two
    armed sides as the cause; the side whose people fell was attacked by the other (no fallen named: the first acts)."""
    pair = next((c for c in f.chains if lo <= c.start < f.ts and len(c.conjuncts) == 2
                 and _CLASH_OF_PAIR.search(f.text[lo:c.start])), None)
    if pair is None or not _armed(f.text[lo:pair.end]):
        return None
    first, second = (Chain([cj], pair.start, pair.end).actors() for cj in pair.conjuncts)
    fallen = _victims_after(f, pair)
    fell = {m.kb_id for m in fallen.actors()} if fallen is not None else set()
    if fell & {m.kb_id for m in first} and not fell & {m.kb_id for m in second}:
        return second, first
    return first, second


def _clash_side_unnamed(f: Frame, lo: int) -> Chain | None:
    """(session 27 S) "در درگیری ارتش X با شبه‌نظامیان در Y سه سرباز کشته شدند", "در پی درگیری مسلحانه نیروهای X و
    شبه‌نظامیان ...": a clash as the cause, its one named side right after the noun and the other left unnamed
    (grammar.py UNNAMED_SIDE_AFTER): the named side clashed, with no target."""
    side = next((c for c in f.chains if lo <= c.start < f.ts and len(c.conjuncts) == 1
                 and _CLASH_OF_PAIR.search(f.text[lo:c.start])), None)
    if side is None or not _armed(f.text[lo:side.end]) or UNNAMED_SIDE_AFTER.match(f.text, side.end) is None:
        return None
    return side


def _agent_of_cause(f: Frame, lo: int) -> Chain | None:
    """(session 19) "در گلوله‌باران شهر خرسون در جنوب اوکراین توسط ارتش روسیه، هفت غیرنظامی ... کشته شدند": the
    cause's agent after "توسط", however many words after the cause noun, before the clause's comma."""
    cause = _CAUSE_OPENING.search(f.text, lo, f.ts)
    if cause is None:
        return None
    return next((c for c in f.chains if cause.end() <= c.start < f.ts and c.marker == "توسط"
                 and "،" not in f.text[cause.end():c.start]), None)


def _fallen_named(f: Frame, attacker: Chain) -> Chain | None:
    """The group or people a casualty noun names before the attack that caused it: "شهادت ۱۰ نیروی الحشدالشعبی در
    حمله داعش" (the fallen are of the PMF, whatever place the attack was aimed at; "از شهادت ..." governs the noun)."""
    return next((c for c in f.chains if f.te <= c.start < attacker.start and c.marker in (None, "از") and not c.object_ra
                 and any(m.type in ("ORG", "PERSON") and m.kb_id for m in c.actors())), None)


def _positions_of(text: str, lo: int, c: Chain) -> bool:
    """Whether the chain is named as the owner of positions, bases or installations ("مواضع ارتش اسرائیل") in the
    words between ``lo`` (an attack word) and it: the one attacked, not the attacker."""
    words = [w.replace("\u200c", "") for w in _WORD.findall(text[lo:c.start])]
    head = len(words) - 2
    while head > 0 and words[head] in _ATTACK_KIND_WORDS:
        head -= 1  # (session 23) "در حملات هوایی نیروهای پاکستانی": the attack's kind between
    if len(words) >= 2 and words[-1] in _FORCES_WORDS and words[head] in _AGENT_GENITIVE:
        return False  # (session 13) "در تیراندازی نیروهای طالبان": the forces fired
    return bool(words) and words[-1] in _POSITION_NOUNS



def _victims_after(f: Frame, attacker: Chain) -> Chain | None:
    """"در حمله پهپادی حزب‌الله ۱۸ سرباز اسرائیل زخمی شدند": the people counted between the attack and the
    casualty verb ("۱۸ سرباز", "سه شهروند") belong to the actor right after them."""
    for c in f.chains:
        if attacker.end < c.start < f.ts and c is not attacker:
            # (session 17) after the cause's comma, the main clause's counted victims of a group: "در پی حملات هوایی
            # ترکیه در شمال عراق، حداقل ۱۴ شبه نظامی پ ک ک کشته شدند", "۱۴ فرد مسلح از گروه هیئت تحریر الشام"
            lo = max(attacker.end, f.text.rfind("،", attacker.end, c.start) + 1)
            words = [w.replace("\u200c", "") for w in _WORD.findall(f.text[lo:c.start])]
            if words and any(w in _PERSON_NOUNS for w in words[-4:]) and "،" not in f.text[c.end:f.ts] \
                    and not any(w in PREPOSITIONS and w != "از" for w in words[-3:]):
                return c
    return None


def frame_hit(f: Frame) -> tuple[Actors, Actors]:
    """"یک پهپاد متعلق به حزب‌الله به شهر حیفا اصابت کرد", "موشک شلیک‌شده از یمن به ... اصابت کرد": whoever the
    weapon belongs to or was fired from attacked; the actor after "به" (else the place hit: the coder) suffered."""
    cues = [m.end() for m in _CUE_BOUNDARY.finditer(f.text, f.sent_start, f.ts)]
    weapon = _WEAPON.search(f.text, cues[-1] if cues else f.sent_start, f.ts)
    if weapon is None:
        return [], []
    owner = next((c for c in f.chains if weapon.end() <= c.start < f.ts
                  and _WEAPON_OWNER.fullmatch(f.text, weapon.end(), c.start)), None)
    if owner is None:
        return [], []
    return owner.actors(), _actors(f.first("به", owner.end, f.ts))


def frame_released(f: Frame) -> tuple[Actors, Actors]:
    """"شش اسیر اسرائیلی توسط حماس آزاد شدند": the agent after "توسط"/"از سوی" released the subject; with no agent
    named ("X از زندان آزاد شد") nobody is known to have released anyone."""
    agent = f.first("توسط", f.sent_start, f.ts) or _agent_far_after_by(f) or \
        next((x for x in f.chains if f.sent_start <= x.start < f.te  # (session 17) "از بند طالبان"; (session 18) also
              and _RELEASED_BY.search(f.text, max(0, x.start - 30), x.start)), None)  # the subject: "براساس فرمان X، ..."
    if agent is None:
        return [], []
    return agent.actors(), [m for m in f.src if agent is not f.subj]


def frame_summon(f: Frame) -> tuple[Actors, Actors]:
    """"وزارت خارجه سفیر آلمان را احضار کرد": the object is summoned; in the passive ("سفیر آلمان به وزارت امور
    خارجه احضار شد") the subject is summoned and the body after "به" summons."""
    if f.noun and f.genitive is not None:  # (lead, session 11) a headline: "احضار کاردار سوئیس به وزارت امور خارجه"
        # (session 18) "وزارت خارجه با احضار سفیر پاکستان، ...": with no "به" the subject summons
        return _actors(f.first("به", f.genitive.end, f.genitive.end + 40)) or f.src, _envoy_state(f.genitive)
    if _rx_search(r"شد(?:ند)?$|شده(?:\s*است|\u200c?اند)$", f.text[f.ts:f.te]):
        lo = f.after_subject
        by = f.first("توسط", lo, f.ts, f.subj)  # "توسط/از سوی مدیرکل ... احضار شد" (one marker for both)
        return _actors(by or f.first("به", lo, f.ts, f.subj)), _envoy_state(f.subj)
    # (session 19) or the envoy inside the trigger: "سفیر ترکیه در تهران را فراخواند"
    obj = next((x for x in f.chains if x.object_ra and x is not f.subj and x.start < f.te), None)
    if obj is None and f.p.else_inside:  # (session 25) "از احضار سفیر X ... خبر داد": the envoy inside the trigger
        obj = next((x for x in f.chains if f.ts < x.start < f.te and x is not f.subj), None)
    return f.src, _envoy_state(obj)


def _stricken_in(f: Frame, lo: int, hi: int) -> Chain | None:
    """(session 18) "کمک برای آسیب‌دیدگان زلزله در شرق افغانستان": the state where the stricken an aid is for are."""
    return next((c for c in f.chains if lo <= c.start < hi and c.marker == "در"
                 and _AID_RECIPIENTS_IN.search(f.text, max(0, c.start - 90), c.start)), None)


def _clause_comma(text: str, lo: int, hi: int) -> int:
    """(session 18) The first comma in [lo, hi) that ends a clause, not one of a list ("شامل مواد غذایی، پوشاک و مصالح
    ساختمانی برای ..."), whose last item follows "و" within three words; -1 if none."""
    at = text.find("،", lo, hi)
    while at != -1 and _rx_match(r"\s*(?:[^\s،.]+\s+){1,3}?و\s", text[at + 1:at + 60]):
        at = text.find("،", at + 1, hi)
    return at


def frame_sent(f: Frame) -> tuple[Actors, Actors]:
    """"ارسال محموله کمک‌های مردمی توسط هلال‌احمر به مردم لبنان": the agent after "توسط"/"از سوی" (else the
    subject, who may only announce it: "رئیس هلال‌احمر از ارسال ... خبر داد") sent it to the actor after "به" or
    "برای", inside the trigger or after it."""
    comma = _clause_comma(f.text, f.te, f.te + 120)
    reach = comma if comma != -1 else f.te + 120  # the clause: "در ادامه ارسال کمک‌ها به غزه، ... به العریش فرستاد"
    agent = f.first("توسط", f.ts, reach)
    to = f.first("به", f.ts, reach, agent) or f.first("برای", f.ts, reach, agent) or _stricken_in(f, f.ts, reach) or \
        next((c for c in f.chains if f.ts <= c.start < reach and c is not agent  # "در اختیار مقامات طالبان قرار گرفت"
              and _rx_search(r"(?:^|\s)در\s+اختیار\s+(?:[^\s]+\s+)?$", f.text[max(0, c.start - 30):c.start])), None)
    if agent is None:  # the cargo's owner after the noun ("ارسال محموله اقلام امدادی جمعیت هلال احمر ... برای ...")
        end = to.start if to is not None else f.te
        agent = next((c for c in f.chains if f.ts < c.start < end and c.marker in (None, "از")), None)
    if agent is None and f.announced:  # "هلال‌احمر از ارسال ... خبر داد": who tells of its own shipment
        agent = _subject([c for c in f.chains if c.end <= f.ts])
    if agent is None and not f.src:  # (session 21) "به دستور رئیس‌جمهور X، کمک‌ها ... ارسال شد": who ordered it
        agent = next((c for c in f.chains if f.sent_start <= c.start < f.ts and c is not to
                      and ORDERED_BY.search(f.text, max(f.sent_start, c.start - 30), c.start)), None)
    return (_actors(agent) if agent is not None else f.src), _actors(to)
def frame_accepted(f: Frame) -> tuple[Actors, Actors]:
    """"با استعفای X موافقت کرد", "موافقت Y با استعفای X", "استعفای X پذیرفته شد": the resigner (the actor after
    "استعفا") concedes to the acceptor (an actor before it inside a nominal trigger, else the clause's subject,
    else the agent after "توسط")."""
    word = _rx_search(r"استعفا", f.text[f.ts:f.te])
    cut = f.ts + word.start() if word else f.ts
    after = next((c for c in f.chains if cut < c.start < max(f.te, cut + 40)), None)
    before = next((c for c in f.chains if f.ts <= c.start < cut and c is not f.subj), None)
    acceptor = before or (f.subj if f.subj is not after else None) or f.first("توسط") or _handed_to(f, after)
    resigner = after or f.genitive
    if resigner is None or acceptor is None or resigner is acceptor:
        return _actors(resigner), []
    return _actors(resigner), _actors(acceptor)


_HANDED_TO = re.compile(r"(?:^|\s)(?:تقدیم|به)\s*$")


def _handed_to(f: Frame, resigner: Chain | None) -> Chain | None:
    """(session 27 V) "استعفای X تقدیم رئیس‌جمهور شد", "استعفای X به پارلمان ارائه شده است": whom the resignation
    was handed to, right after "تقدیم"/"به" inside the trigger, past the resigner."""
    lo = resigner.end if resigner is not None else f.ts
    return next((c for c in f.chains if lo <= c.start < f.te and c is not resigner
                 and _HANDED_TO.search(f.text, max(f.ts, c.start - 10), c.start)), None)


_FROM_STATE = re.compile(r"(?:^|\s)از\s+(?:(?:کشور|کشورهای|کشور\u200cهای|خاک)\s+)?$")  # "از ایران", "از کشورهای ایران و ..."


def _agent_of(f: Frame, inside: list[Chain]) -> Chain | None:
    """The agent inside the trigger: the actor after "توسط"/"از سوی", or (session 26 A) the body an unknown agent
    belongs to ("از سوی هیات‌های نظارت وابسته به شورای نگهبان")."""
    return next((c for c in inside if c.marker == "توسط" or c.marker == "belonging"
                 and _AGENT_BELONGING_TO.search(f.text, max(f.ts, c.start - 90), c.start)), None)


def frame_announced_arrest(f: Frame) -> tuple[Actors, Actors]:
    """"فرمانده انتظامی تهران از دستگیری ۱۲ نفر خبر داد": the body announcing arrests made them (the agent after
    "توسط" where one is named); the arrested are the actor inside. (Arrests in another state it reports, not makes:
    the coder's _not_abroad, which knows whose state the announcer serves.)"""
    inside = [c for c in f.chains if f.ts < c.start < f.te and c is not f.subj]
    agent = _agent_of(f, inside)
    if agent is None and f.p.mode == "expel":  # (session 18) "از اخراج ۵ هزار پناهجوی افغان از ایران خبر داد"
        agent = next((c for c in inside if c.marker == "از" and _FROM_STATE.search(f.text, max(0, c.start - 24), c.start)
                      and not _PARTITIVE_BEFORE.search(f.text, max(0, c.start - 60), c.start)), None)
    src = agent.actors() if agent is not None else f.src
    # the deported may be named as a partitive's or nationals' "از" ("هزاران تبعه افغانستان", "نفر از اتباع ...")
    obj = next((c for c in inside if c.marker is None or f.p.mode == "expel" and c.marker == "از" and c is not agent
                or c.marker == "از" and c is not agent and _marked_by_opening_az(f, c)), None)
    return src, _actors(obj)


def _marked_by_opening_az(f: Frame, c: Chain) -> bool:
    """(session 23) "از بازداشت ۱۴ تروریست داعشی ... خبر داد": the arrested chain takes the trigger's own opening
    "از" as its marker; with no other "از" between, it is the object of the arrest, not a place or source after "از"."""
    opening = _rx_search(r"^\s*از\s", f.text[f.ts:f.te])
    return opening is not None and "از" not in _WORD.findall(f.text[f.ts + opening.end():c.start])


def frame_ceremony(f: Frame) -> tuple[Actors, Actors]:
    """(session 18) "مراسم استقبال رسمی از X با حضور Y برگزار شد": the guest after "از" visited the host named after
    "با حضور" / "به میزبانی" (both inside the trigger)."""
    inside = [c for c in f.chains if f.ts < c.start < f.te]
    guest = next((c for c in inside if c.marker == "از"), None)
    host = next((c for c in inside if guest is not None and c.start > guest.end and c.marker != "از"), None)
    if f.p.id == "consult.ceremony.host":  # (session 24) "مراسم استقبال رسمی X از Y": the host X inside, the guest Y after
        host = next((c for c in inside if c.marker != "از"), None)
        guest = next((c for c in f.chains if f.te <= c.start <= f.te + 2), None)
    return _actors(guest), _actors(host)


def frame_troops(f: Frame) -> tuple[Actors, Actors]:
    """(session 23) "نیروهای آمریکایی ... عراق را ترک کردند": the trigger opens on the troops, so their own actor
    (the chain the trigger starts with, or the first unmarked one inside) acts; where they left is the state of the
    place named (``place_target``), not an actor of the frame."""
    own = next((c for c in f.chains if f.ts <= c.start < f.te and c.marker is None), None)
    return _actors(own), []


def frame_fell_to(f: Frame) -> tuple[Actors, Actors]:
    """(session 32 WORD) "شهر X به دست طالبان افتاد": the ground fell to the side named after "دست" inside the
    trigger (not the place it opens on); whom it was taken from is the place's state (``place_target``)."""
    hand = _rx_search(r"(?:^|\s)(?:به\s+دست|بدست)\s", f.text[f.ts:f.te])
    lo = f.ts + hand.end() if hand else f.te
    taker = next((c for c in f.chains if lo <= c.start < f.te and not _place_like(c, f.text)), None)
    return _actors(taker), []


FRAMES: dict[str, Callable[[Frame], tuple[Actors, Actors]]] = {
    "with": frame_with, "between": frame_between, "mediate": frame_mediate, "visit": frame_visit, "host": frame_host, "az": frame_az,
    "fell_to": frame_fell_to, "be": frame_be, "ra": frame_ra, "against": frame_against, "genitive": frame_genitive, "about": frame_about,
    "genitive_az": frame_genitive_az, "genitive_with": frame_genitive_with, "request_announced": frame_request_announced,
    "victim": frame_victim, "inside": frame_inside, "sanctions_inside": frame_sanctions_inside, "passive": frame_passive, "praise": frame_praise,
    "consequence": frame_consequence, "claim": frame_claim, "summon": frame_summon, "held": frame_held, "seized_held": frame_seized_held, "must": frame_must,
    "casualty": frame_casualty, "released": frame_released, "hit": frame_hit, "accepted": frame_accepted,
    "announced_arrest": frame_announced_arrest, "sent": frame_sent, "deed": frame_deed,
    "genitive_inside": frame_genitive_inside, "passive_inside": frame_passive_inside, "member_summoned": frame_member_summoned, "conveyed": frame_conveyed,
    "az_inside": frame_az_inside, "answer": frame_answer, "inside_last": frame_inside_last, "inside_first": frame_inside_first,
    "leaver_inside": frame_leaver_inside,
    "owner_inside": frame_owner_inside, "ceremony": frame_ceremony, "condemned_inside": frame_condemned_inside,
    "condemned_genitive": frame_condemned_genitive,
    "witnessed": frame_witnessed, "troops": frame_troops, "fended": frame_fended, "handed": frame_handed,
}


def _announced(text: str, ts: int, te: int) -> bool:
    """"X از دیدار A با B خبر داد": an event noun right after "از" with an announcing verb after it."""
    return _is_noun_trigger(text[ts:te]) and bool(_rx_search(r"(?:^|\s)از\s+$", text[max(0, ts - 6):ts])) \
        and not _TIME_AZ_BEFORE.search(text, max(0, ts - 12), ts) and bool(_ANNOUNCED.match(text, te, te + 300))


def _frame_subject(p: Pattern, chains: list[Chain], ts: int, text: str, sent_start: int) -> Chain | None:
    # (branch material9) a passive's agent may stand in the clause before "و" ("... توسط مجلس برکنار شد و ..."): its
    # sufferer is read as before, not as the second clause's own subject
    subj = _clause_subject(chains, ts, text, sent_start, p.frame != "passive") or (_subject(chains) if p.nominal else None)
    parties = [c for c in chains if c.start < ts and c.conjuncts[0][0].type == "PARTIES" and c.marker is None]
    if parties and p.frame in ("with", "between") and (subj is None or parties[-1].start > subj.start):
        return parties[-1]  # "دو طرف ... دیدار کردند"
    return subj


def _genitive_after(chains: list[Chain], te: int, text: str, ts: int = -1) -> Chain | None:
    after_trigger = [c for c in chains if c.start >= te]
    if not after_trigger or after_trigger[0].start - te > 25:
        return None
    if after_trigger[0].object_ra and ts >= 0 and _rx_search(r"(?:^|\s)با\s+$", text[max(0, ts - 4):ts]):
        return None  # "X با حمله پهپادی یک فرمانده حزب‌الله را ...": the main verb's object, not the attack's genitive
    gap = text[te:after_trigger[0].start]
    if _people_of_state(gap):
        return after_trigger[0]  # (session 21) "حمایت ... از مردم و دولت منتخب ونزوئلا": the state is the party
    # (session 24) a pair joined inside one phrase ("از ثبات و امنیت عراق": grammar.yaml and_compounds) is one word
    if "،" in gap or any(w in PREPOSITIONS or w in ("و", "که")
                         for w in _joined_compounds([x.replace(ZWNJ, "") for x in _WORD.findall(gap)])):
        return None  # "... امضا کردند که ترامپ ...": a "که" clause's subject is no genitive of the trigger
    return after_trigger[0]


def _people_of_state(gap: str) -> bool:
    """(session 21) "مردم و دولت منتخب" before a state: its people and government, heads joined by "و" with an
    epithet or two, name the state after them (not a list whose first items are no actors)."""
    words = [w.replace(ZWNJ, "") for w in _WORD.findall(gap)]
    return "و" in words and any(w in _PEOPLE_HEADS for w in words) and all(w in _PEOPLE_GAP for w in words)


def _subject_after_modal(p: Pattern, chains: list[Chain], ts: int, te: int, text: str) -> Chain | None:
    """(session 25) "قرار است هیئت پارلمانی انگلیس با لاریجانی دیدار کند": a plan's trigger opens on its modal and
    the subject stands inside it, after the modal and before the partner's "با" — who is to meet, not a speaker or a
    subject of the clause before."""
    if p.frame != "with" or not PLAN_MODAL.match(text, ts):
        return None
    partner = next((c.start for c in chains if ts < c.start < te and c.marker == "با"), te)
    return next((c for c in chains if ts < c.start < partner and c.marker is None and not c.object_ra), None)


def apply_frame(p: Pattern, chains: list[Chain], ts: int, te: int, text: str,
                sent_start: int = 0) -> tuple[list[Mention], list[Mention]]:
    """(source, target) for a trigger at [ts, te), by the pattern's frame."""
    announced = _announced(text, ts, te)
    subj = _subject_after_modal(p, chains, ts, te, text) or _frame_subject(p, chains, ts, text, sent_start)
    f = Frame(p, chains, ts, te, text, sent_start, None if announced else subj, _genitive_after(chains, te, text, ts),
              announced, subj if announced else None)
    frame = FRAMES.get(p.frame)
    src, tgt = frame(f) if frame is not None else (f.src, [])
    if not tgt and p.type in ("THREATEN", "ACCUSE") and _rx_match(r"^\s*:", text[te:te + 3]):
        nxt = next((c for c in chains if c.start > te), None)  # "تهدید کرد: حزب‌الله بهای سنگینی ... خواهد پرداخت"
        tgt = nxt.actors() if nxt is not None and not _only_tells(text, nxt) else []
    return src, tgt
