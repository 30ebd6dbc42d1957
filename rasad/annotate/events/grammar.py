"""The Persian the coder reads clause structure by, from data/patterns/grammar.yaml, compiled once."""

from __future__ import annotations

import re

from rasad.annotate.words import grammar, phrase_branches, phrases
from rasad.text.rx import compile as rx_compile

SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}


# Statements: where they were made is not the place of what they are about ("حمله به کنسولگری در دمشق را محکوم کرد")
SPEECH_TYPES = {"ACCUSE", "REQUEST", "THREATEN", "REJECT"}
SPEECH_RULES = {"support.support", "support.praise", "support.side-with", "support.congratulate", "support.condolence",
                "support.supporter", "support.solidarity", "agree.invite", "agree.readiness",
                "agree.strengthen-relations"}
ACTOR_TYPES = {"PERSON", "ORG", "COUNTRY", "PARTIES"}
_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c]+|[A-Za-z]+")


_G = grammar()
_LETTERS = r"\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c"
PREPOSITIONS: dict[str, str] = dict(_G["markers"])
_SKIP_BEFORE = frozenset(w.replace("\u200c", "") for w in _G["same_party_gap"])  # word sets: compared without ZWNJ
_COLLECTIVE = frozenset(w.replace("\u200c", "") for w in _G["collective"])
_NEXT_PARTY_HEADS = frozenset(w.replace("\u200c", "") for w in _G["next_party_heads"])  # (session 21)
_HONORIFICS = frozenset(w.replace("\u200c", "") for w in _G["honorifics"])
# (session 24) a military or clerical rank before the next name of a list ("با X، وزیر خارجه و ارتشبد Y")
_RANKS = frozenset(w.replace("\u200c", "") for w in _G["rank_honorifics"])
_COURTESY_TITLES = frozenset(w.replace("\u200c", "") for w in _G["courtesy_titles"])  # (session 19) "و خانم X"
# compared without ZWNJ; (session 18) a rank or honorific before a name opens a clause too ("اعلام کرد، سرلشکر X ...")
_CLAUSE_OPENERS = frozenset(w.replace("\u200c", "") for w in (*_G["clause_openers"], *_G["honorifics"], *_G["rank_honorifics"]))
# (session 14) unnamed attackers opening a clause, up to the attack verb
_UNNAMED_ATTACKER = re.compile(rf"(?:^|[\s،:«])(?:{phrases(_G['unnamed_attackers'])})[\s\u200c]")
_ARRIVAL = re.compile(rf"(?:{phrases(_G['arrival_words'])})[\s\u200c]")
# an optional head before a visit's place ("به جمهوری X", "وارد شهر X"), as a regex part
PLACE_HEAD = rf"(?:(?:{phrases(_G['place_heads'])})\s+)?"
# (session 24) "در حاشیه مجمع عمومی سازمان ملل": the seat of a body that meets in one city (grammar.yaml seated_bodies)
SEATED_BODIES = [(re.compile(rf"(?:^|\s)در\s+(?:[^\s،.؛:]+\s+){{0,5}}?(?:{phrases(names)})(?![{_LETTERS}])"), place)
                 for place, names in (_G.get("seated_bodies") or {}).items()]
# (session 25) "دادگاه انقلاب تهران", "دادستان مشهد": a judicial body's head, up to two words, then its city
# (session 25) a "ضمن" adjunct opening a few words before a trigger ("ضمن اعلام حمایت از X، ..."): a clause of its own
# once a comma closes it (coder: its support noun is an event; frames: its own "از" party stays inside it)
MANNER_BEFORE = re.compile(r"(?:^|\s)ضمن\s+(?:[^\s،.]+\s+){0,3}$")
COURT_BEFORE_CITY = re.compile(rf"(?:^|\s)(?:{phrases(_G['court_city_heads'])})(?:\s+[^\s،.؛:]+){{0,2}}?\s+$")
PLACE_HEAD_WORDS = phrases(_G['place_heads'])  # (session 24) the heads alone: "، پایتخت ترکیه" (an apposition)
# (session 20) a facility opening a clause before its place: "سایت هسته‌ای (شهر) X", "پالایشگاه X"
FACILITY_HEAD = rf"(?:(?:{phrases(_G['facility_heads'])})(?:\s+[^\s،.؛:«»\"]+){{0,2}}\s+[«\"']*)?"
# (session 23) a time opening a clause before its place-subject: "شب گذشته (شهر) X هدف حمله ... قرار گرفت"
CLAUSE_TIME = rf"(?:(?:{phrases(_G['clause_time_openers'])})\s+)?"
# (session 23) subdivisions before the place they lie in: "شهرستان‌های A و B (استان) X ..." (up to four words)
SUBDIVISIONS = rf"(?:(?:{phrases(_G['subdivision_heads'])})\s+(?:[^\s،.؛:«»]+\s+){{1,4}}?)?"
# the place an arrival trigger opens on: "وارد (شهر) X شد", "عازم (جمهوری) X شد"
_ARRIVED_AT = re.compile(rf"(?:{phrases(_G['arrival_words'])})[\s\u200c]+{PLACE_HEAD}")
# a visit named before a place: "در سفر (روز چهارشنبه خود) به (شهر) X"
_VISIT_TO = re.compile(rf"(?:سفر|سفرش|سفری)(?:\s+[^\s،.؛:]+){{0,3}}\s+به\s+{PLACE_HEAD}$")
# (lead, session 11) "با جمعی از ...": the partitive's "از" leaves the party to "با"
_RELEASED_BY = re.compile(rf"(?:^|\s)(?:{phrases(_G['released_by'])})\s+(?:گروه\s+)?$")
_SITUATION_OF = re.compile(rf"(?:^|\s)(?:نسبت\s+به|درباره|در\s+مورد|از)\s+(?:{phrases(_G['situation_nouns'])})(?:\s+[^\s،.]+){{0,3}}\s+$")
_CALL_INITIATIVE = re.compile(rf"(?:^|\s)(?:{phrases(_G['call_initiative'])})\s+(?:طرف\s+)?")
_PARTITIVE_BEFORE = re.compile(rf"(?:^|\s)(?:{phrases([*_G['with_partitive_heads'], *_G['partitive_heads']])})\s+از\s+"
                               rf"(?!(?:{phrases(_G['partitive_origin_words'])})\s)(?:[^\s.،]+\s+){{0,3}}$")
# (session 25 E) a burial place's head right before a name, honorifics between: the person names a place
_BURIAL_PLACE_BEFORE = re.compile(rf"(?:^|\s)(?:{phrases(_G['burial_place_heads'])})"
                                  rf"(?:[\s\u200c]+(?:{phrases(_G['burial_place_honorifics'])}))*[\s\u200c]*$")
# (session 25 E) a court named after "در" (its branch between): where a passive sentence was passed
_COURT_HEAD = re.compile(rf"(?:{phrases(_G['court_heads'])})(?![\u0600-\u06FF])")
_IN_COURT_BEFORE = re.compile(r"(?:^|\s)در\s+(?:شعبه\s+[^\s.،]+\s+)?$")
# (session 28 AS2) a security office a passive arrest was made in or summoned to ("در / به اداره اطلاعات ... بازداشت شد")
_OFFICE_HEAD = re.compile(rf"(?:{phrases(_G['arresting_office_heads'])})(?![\u0600-\u06FF])")
_IN_OFFICE_BEFORE = re.compile(r"(?:^|\s)(?:در|به)\s+$")
# (session 26 A) an agent the knowledge base lacks, named by whom it belongs to: "از سوی هیات‌های نظارت استان‌ها
# وابسته به شورای نگهبان" (belonging_before_be; the owner acted)
_AGENT_BELONGING_TO = re.compile(rf"(?:توسط|از\s+سوی|از\s+جانب)\s+(?:[^\s،.؛:]+\s+){{1,4}}"
                                 rf"(?:{phrases(_G['belonging_before_be'])})\s+به\s+$")
# (session 18) the words of those heads: what may stand before a partitive's "از" (session 26 A: without ZWNJ, as
# the text is read: the normaliser writes "صد‌ها", the list "صدها")
_PARTITIVE_WORDS = frozenset(w.replace("\u200c", "") for h in (*_G["with_partitive_heads"], *_G["partitive_heads"])
                             for w in h.split())
# (session 25) the modal a plan's trigger opens on ("قرار است … دیدار کند"): grammar.yaml plan_modals
PLAN_MODAL = re.compile(rf"(?:{phrases(_G['plan_modals'])})(?![{_LETTERS}])")
_WITH_SOME_OF = re.compile(rf"(?:^|\s)با\s+(?:{phrases(_G['with_partitive_heads'])})$")
# (session 25) a claim about a party's trip or meeting, not its deed ("مدعی شد سفر X به تعویق افتاده"): the clause
# opens on such a noun, the party only its genitive (grammar.yaml claim_neutral_heads)
CLAIM_NEUTRAL_HEAD = re.compile(rf"^\s*(?:(?:این|آن)\s+)?(?:{phrases(_G['claim_neutral_heads'])})[\s\u200c]*(?:های|ها)?\s+$")
# (session 19) a trip's purpose naming a meeting of an intergovernmental body: "برای شرکت در اجلاس سران X"
_SUMMIT_PURPOSE = re.compile(rf"(?:{phrases(_G['summit_purpose'], _LETTERS)})\s")
_DELEGATION = re.compile(rf"(?:{phrases(_G['delegation_words'], _LETTERS)})(?![{_LETTERS}])")
# (session 13) attack nouns whose genitive attacks even as a body of forces ("تیراندازی نیروهای طالبان")
_AGENT_GENITIVE = frozenset(w.replace("\u200c", "") for w in _G["agent_genitive_nouns"])
_FORCES_WORDS = frozenset(w.replace("\u200c", "") for w in _G["forces_words"])
_ATTACK_KIND_WORDS = frozenset(w.replace("\u200c", "") for w in _G["attack_kind_words"])
# (session 18) the people a nationality adjective counts among the victims: "دو شهروند یمنی", "یک فلسطینی", "۱۰ نیروی
# ..." — not "رسانه‌های عراقی" (the Iraqi media told of it)
# a count of people or things, as a regex part: "۲۳", "سه", "چندین", "ده‌ها"
# (session 25) and the counts in words past ten the press spells out: "دوازده غیرنظامی", "بیست سرباز"; (session 31
# ASLT) "صد‌ها" as the normaliser writes it, with its ZWNJ
NUMERAL = (r"(?:[0-9۰-۹]+|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده|سیزده|چهارده|پانزده|شانزده|هفده|هجده|"
           r"هیجده|نوزده|بیست|سی|چهل|پنجاه|شصت|هفتاد|هشتاد|نود|صد|چندین|چند|تعدادی|شماری|ده‌ها|صد‌ها|صدها|هزاران)")
_VICTIM_COUNTED = re.compile(rf"{NUMERAL}"
                             rf"(?:\s+(?:تن|نفر|{phrases(_G['person_nouns'])}))?\s+$")
_PERSON_NOUNS = frozenset(w.replace("\u200c", "") for w in _G["person_nouns"])  # "۱۸ سرباز اسرائیل": people counted
_SEIZED_NOUNS = frozenset(w.replace("\u200c", "") for w in _G["seized_nouns"])  # (session 21) "نفتکش انگلیسی ... توقیف شد"
_REPRESENTATIVE_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{phrases(_G['representative_nouns'])})[\s\u200c]+$")
# (session 26 C) a craft's kind may stand between ("طیاره‌های بدون سرنشین امریکایی": grammar.yaml force_modifiers);
# (session 26 D) so may a regime epithet: "نظامیان اشغالگر اسرائیلی"
_FORCES_BEFORE = re.compile(rf"(?:{phrases(_G['forces'])})[\s\u200c]+"
                            rf"(?:(?:{phrases(_G['force_modifiers'] + _G['regime_epithets'])})[\s\u200c]+){{0,2}}"
                            rf"(?:[^\s.،؛:]+\s+و\s+)?$")
# (session 18) crimes named as the object of a verb of deeming, up to eight words before it (grammar.yaml deeming_verbs)
_DEEMED_AFTER = re.compile(rf"[^.،؛:«»]{{0,60}}?\sرا\s+(?:[^\s.،؛:]+\s+){{0,8}}?(?:{phrases(_G['deeming_verbs'])})")
# (session 18) a preposition (grammar.yaml markers) before a nationality adjective: it names a deed or a place, not
# the protesters
_PREPOSITION_BEFORE = re.compile(rf"(?:^|\s)(?:{phrases(list(PREPOSITIONS))})\s")
_LEFT_FROM = re.compile(rf"(?:{phrases(_G['leaving'])})(?:\s+[^\s.،؛:]+){{0,3}}\s+از\s+$")
# (session 21) also with its doer after an agent phrase: "به هر تجاوزی از سوی X پاسخ خواهیم داد", "حمله‌ای توسط X"
# (session 24 U) a vote before its voters, up to a count ("با رأی عدم اعتماد ۱۸۲ نماینده"): the doers of a passive
_VOTE_AGENT_BEFORE = re.compile(rf"(?:^|[\s\u200c،])(?:{phrases(_G['vote_agent_before'])})[\s\u200c]+(?:{NUMERAL}[\s\u200c]+)?"
                                rf"(?:(?:{phrases(_G['vote_voters'])})[\s\u200c]+)?$"
                                # (session 24 W5) a ruling before its issuer, a court's branch and number between
                                rf"|(?:^|[\s\u200c،])(?:{phrases(_G['ruling_agent_before'])})[\s\u200c]+"
                                rf"(?:(?:{phrases(_G['ruling_branch'])})[\s\u200c]+(?:{NUMERAL}[\s\u200c]+)?)?$")
# (session 28 B) a singular nationality adjective right after an attack noun whose genitive attacks, only its kind
# between ("در تهاجم هوایی سعودی به ...", "حمله موشکی اسرائیلی"): the state's forces attacked ("حمله به سفارت سعودی"
# is not: a word other than a kind stands between)
_ATTACKER_ADJECTIVE_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{phrases(_G['agent_genitive_nouns'])})(?:\u200c?ای|ی)?"
                                        rf"(?:[\s\u200c]+(?:{phrases(_G['attack_kind_words'])})){{0,2}}[\s\u200c]+$")
_ATTACK_NOUN = re.compile(rf"(?:{phrases(_G['attack_nouns'])})(?:\u200c?ای|ی)?(?:\s+(?!به\s|علیه\s|در\s|از\s|با\s)[^\s]+){{0,4}}"
                          rf"(?:\s+(?:از\s+سوی|از\s+جانب|توسط))?\s*$")
# the cause of a casualty verb, ending where its attacker is named: "در حمله پهپادی روسیه " (opener + attack noun +
# up to four words that are no preposition), or the noun opening the clause ("حمله هوایی ارتش ...")
# (branch material) two kinds joined by "و" stand between too ("در حملات موشکی و پهپادی رژیم ..."): the first actor
# after the noun still wins, so "در حمله آمریکا و اسرائیل" keeps the United States
# (session 26 C2) some of the attackers counted between ("به ضرب گلوله یکی از تک‌تیراندازهای X"): the head and its
# "از" are one more word of the cause, and X still attacked
_CAUSE_PARTITIVE = rf"(?:{phrases(_G['partitive_heads'] + _G['with_partitive_heads'])})[\s\u200c]+از(?=[\s\u200c])"
# (session 27 A5) the attackers as someone's forces or loyalists ("در حمله نیروهای وابسته به X", "... وفاداران به X"): the
# words up to "به" are one more word of the cause, and X attacked (chains reads "به" after them as no recipient)
_CAUSE_LOYAL = rf"(?:(?:{phrases(_G['forces_belonging'])})[\s\u200c]+(?:{phrases(_G['belonging_before_be'])})" \
               rf"|{phrases(_G['loyalists_before_be'])})[\s\u200c]+به(?=[\s\u200c])"
_CAUSE_TAIL = rf"(?:{phrases(_G['casualty_causes'])})(?:[\s\u200c]+(?:{_CAUSE_PARTITIVE}|{_CAUSE_LOYAL}|(?!(?:به|علیه|در|از|با|که|را)[\s\u200c])[^\s،.؛:]+)){{0,4}}[\s\u200c]+$"
# (session 19) an opener may follow a comma with no space ("امروز،در پی ..."); a count (or "انجام") between the opener
# and the cause: "در دو حمله پهپادی X", "در پی انجام سه حمله X"
_CAUSE_LEAD = rf"(?:(?:{phrases(_G['casualty_cause_leads'])}|[0-9۰-۹]+)[\s\u200c]+){{0,2}}"
_CASUALTY_CAUSE = re.compile(rf"(?:(?:^|[\s\u200c،])(?:{phrases(_G['casualty_openers'])})[\s\u200c]+{_CAUSE_LEAD}|^\s*)" + _CAUSE_TAIL)
# (session 19) an opener and a cause, whatever follows: the agent after "توسط" may stand many words on
_CAUSE_OPENING = re.compile(rf"(?:^|[\s\u200c،])(?:{phrases(_G['casualty_openers'])})[\s\u200c]+{_CAUSE_LEAD}"
                            rf"(?:{phrases(_G['casualty_causes'])})(?![\w\u200c])")



def _with_epithets(causes: list[str], epithets: list[str]) -> list[str]:
    """(session 25 K) The causes with an epithet after their first word too: "حمله ناکام تروریست‌ها", "حمله
    ناجوانمردانه مسلحانه" (an outlet's judgement of the attack, which changes nothing about who did it)."""
    return [*causes, *(f"{head} {e} {rest}" for c in causes if " " in c for head, rest in [c.split(" ", 1)]
                       for e in epithets)]


# (session 23) an attack whose attacker the text leaves untold, opening a casualty's cause ("در انفجار بمب در X",
# "در پی «حادثه‌ی تروریستی»"), and anywhere in a clause (what a passive attack was); accidents are no attack
_UNSEEN_CAUSES = _with_epithets(_G['unseen_attack_causes'], _G['attack_epithets'])
# (session 25 P) a clash with unnamed armed men with the own side or another word of fighting between ("در جریان
# درگیری ماموران با اشرار مسلح", "در درگیری و تبادل آتش با سارقان مسلح"): the unnamed sides of the listed clashes
_CLASH_OTHERS = [c.split(" با ", 1)[1] for c in _G['unseen_attack_causes'] if c.startswith("درگیری") and " با " in c]
_CLASH_UNSEEN = (rf"درگیری(?:[\s\u200c]+(?!(?:با|که|را|در|به|از)[\s\u200c])[^\s،.؛:«»]+){{1,5}}[\s\u200c]+با[\s\u200c]+"
                 rf"(?:{phrases(_CLASH_OTHERS)})")
_UNSEEN_CAUSE = rx_compile(rf"(?:(?:^|[\s\u200c،])(?:{phrases(_G['casualty_openers'])})[\s\u200c]+{_CAUSE_LEAD}|^\s*)«?"
                           rf"(?:{phrases(_UNSEEN_CAUSES)}|{_CLASH_UNSEEN})(?![\w\u200c])")
_UNSEEN_ATTACK = rx_compile(rf"(?<![\w\u200c])(?:{phrases(_UNSEEN_CAUSES)})(?![\w\u200c])")
# (session 29 NOM) the cause opening the clause itself, as its subject ("انفجار بمب در X جان سه تن را گرفت"): the
# "^" of _UNSEEN_CAUSE holds only at the text's start, so a body sentence's opening is matched at its own offset
# (or a reported clause's after "که": "مقام پلیس گفته که انفجار بمب در X جان یک تن را گرفته است")
_UNSEEN_CAUSE_OPENING = rx_compile(rf"\s*«?(?:{phrases(_UNSEEN_CAUSES)}|{_CLASH_UNSEEN})(?![\w\u200c])")
_UNSEEN_CAUSE_AFTER_THAT = rx_compile(rf"(?<![\w\u200c])که[\s\u200c]+«?(?:{phrases(_UNSEEN_CAUSES)})(?![\w\u200c])")


def unseen_cause_before(text: str, lo: int, hi: int) -> re.Match | None:
    """An unseen attack cause between ``lo`` and ``hi``: after a casualty opener ("در پی انفجار بمب"), or opening
    the clause at ``lo`` or after its "که" ("انفجار بمب در X ...")."""
    return _UNSEEN_CAUSE.search(text, lo, hi) or _UNSEEN_CAUSE_OPENING.match(text, lo, hi) \
        or _UNSEEN_CAUSE_AFTER_THAT.search(text, lo, hi)
# (session 27 S) a bombing, suicide or terror word inside an unseen cause: an attack even with no target named
_UNTARGETED_WORD = re.compile(rf"(?<![\w\u200c])(?:{phrases(_G['untargeted_attack_words'])})(?![\w\u200c])")
# a place's head noun ("شهر", "منطقه", "روستاهای") before a state struck in a passive attack ("شهر X اوکراین هدف ...")
_STRUCK_PLACE_HEAD = re.compile(rf"(?:^|\s)(?:{phrases([*_G['place_heads'], *_G['struck_place_heads']])})\s")
_ACCIDENT = re.compile(rf"(?<![\w\u200c])(?:{phrases(_G['accident_causes'])})")
# (session 24) a military thing (grammar.yaml struck_military_heads) and up to four words, ending right before a party
# (not after "در" or "از": where it was): "کاروان لجستیک ارتش آمریکا", "کاروانی متعلق به نیروهای نظامی آمریکا"
_STRUCK_MILITARY = re.compile(rf"(?:^|[\s\u200c])(?:{phrases(_G['struck_military_heads'])})(?![\s\u200c]+(?:{phrases(_G['struck_military_not_next'])})(?![\w\u200c]))(?:[\s\u200c]+[^\s.،؛:«»]+){{0,4}}(?<![\s\u200c]در)(?<![\s\u200c]از)[\s\u200c]+$")

# (session 24) the same head with its owner or flag named after a phrase of belonging: "یک کاروان لجستیک متعلق به
# نیروهای نظامی X", "یک کشتی تجاری با پرچم X"
_STRUCK_MILITARY_OWNED = re.compile(rf"(?:^|[\s\u200c])(?:{phrases(_G['struck_military_heads'])})(?:[\s\u200c]+[^\s.،؛:«»]+){{0,2}}"
                                    rf"[\s\u200c]+(?:متعلق\s+به|(?:با|تحت)\s+پرچم)(?:[\s\u200c]+[^\s.،؛:«»]+){{0,3}}[\s\u200c]+$")


def _clash_with(between: str) -> re.Pattern:
    """A casualty's cause: fighting "با" the actor named next, ``between`` the clash noun and "با" ("در تبادل آتش با
    نیروهای مرزی پاکستان")."""
    return re.compile(rf"(?:^|[\s\u200c،])(?:{phrases(_G['casualty_openers'])})[\s\u200c]+(?:[^\s،.؛:]+[\s\u200c]+)?"
                      rf"(?:{phrases(_G['clash_with_nouns'])}){between}[\s\u200c]+با[\s\u200c]+"
                      rf"(?:(?:{phrases(_G['forces'])})[\s\u200c]+(?:[^\s،.؛:]+[\s\u200c]+)?)?$")


# (session 13) one word at most between the clash and "با"
_CLASH_WITH = _clash_with(r"(?:[\s\u200c]+[^\s،.؛:]+)?")
# (session 19) the other side named before "با" (two to four words): only between armed sides (frames._clash_with)
_CLASH_WITH_FAR = _clash_with(r"(?:[\s\u200c]+[^\s،.؛:]+){2,4}")
# (session 19) the words of an armed side (grammar.yaml armed_side_words and forces)
_ARMED_SIDE_WORDS = frozenset(w.replace("\u200c", "") for w in [*_G['armed_side_words'], *_G['forces']])
# (session 25 K) a state's forces named by their duty ("حافظان امنیت", "مدافعان امنیت"): armed, as a whole phrase
_SECURITY_KEEPERS = frozenset(w.replace("\u200c", "") for w in _G['security_keepers'])
# (session 28 AS) an episode noun, then in its sentence (no full stop between) "در" and up to two head words before a
# place: where the episode was (grammar.yaml episode_nouns)
_EPISODE_IN = re.compile(rf"(?<![\w\u200c])(?:{phrases(_G['episode_nouns'])})(?![\w\u200c])[^.!؟\n]*?(?:^|\s)در\s+"
                         r"(?:[^\s.،؛:]+\s+){0,2}$")
# (session 28 AS) people named only as a gathering or a trade (grammar.yaml crowd_victims), a whole word
_CROWD_VICTIM = re.compile(rf"(?:^|[\s\u200c«])(?:{phrases(_G['crowd_victims'])})(?=[\s\u200c.،؛»]|$)")
# (session 19) a clash between two sides named right after the opener as a casualty's cause: "در درگیری اعضای گروه X و
# نیروهای Y" (the pair's chain follows)
_CLASH_OF_PAIR = re.compile(rf"(?:^|[\s\u200c،])(?:{phrases(_G['casualty_openers'])})[\s\u200c]+(?:{phrases(_G['clash_with_nouns'])})"
                            rf"(?:[\s\u200c]+(?!(?:به|علیه|در|از|با|که|را)[\s\u200c])[^\s،.؛:]+){{0,3}}[\s\u200c]+$")
# (session 26 C2) the Dari "بر" right after an attacker: the actor after it (a post's words between) was hit
_STRUCK_ON_AFTER_ATTACKER = re.compile(rf"^[\s\u200c]*(?:{phrases(_G['struck_on_after_attacker'])})[\s\u200c]+"
                                       rf"(?!(?:{phrases(_G['struck_on_not_next'])})[\s\u200c])"
                                       r"(?:[^\s.،؛:]+[\s\u200c]+){0,3}$")
_CASUALTY_CAUSE_AFTER = re.compile(rf"^[\s\u200c]*(?:[^\s،.؛:]+[\s\u200c]+){{0,6}}?(?:{phrases(_G['casualty_openers'])})[\s\u200c]+" + _CAUSE_TAIL)
# "X از دیدار A با B خبر داد": after an event noun, the verb that makes its subject the announcer
# (session 20) "پس از حمله X به Y، ... از Z خبر دادند": a time's "از" opens no announced noun
_TIME_AZ_BEFORE = re.compile(rf"(?:{phrases(_G['time_before_az'], _LETTERS)})[\s\u200c]+از[\s\u200c]+$")
_ANNOUNCED = re.compile(rf"[^.!?؟]{{0,250}}?(?:{phrases(_G['announcing'], _LETTERS)})(?![{_LETTERS}])")
# (session 20) "قطعنامه‌ای در محکومیت حمله روسیه ...", "قطعنامه ضد روسیه": the words opening what a resolution condemns
_RESOLUTION_AIMED_AT = re.compile(rf"(?:{phrases(_G['resolution_aimed_at'], _LETTERS)})(?=[\s\u200c])")
# "یک پهپاد متعلق به X": a weapon, up to two words about it, and the words before whoever fired it
_WEAPON = re.compile(rf"(?:{phrases(_G['weapon_nouns'], _LETTERS)})(?![{_LETTERS}])")
_WEAPON_OWNER = re.compile(rf"(?:[\s\u200c]+(?:{phrases(_G['weapon_modifiers'])}))*(?:[\s\u200c]+[^\s،.؛:]+){{0,2}}?[\s\u200c]+(?:(?:{phrases(_G['weapon_owner'])})[\s\u200c]+)?$")
# (session 25 C) "از سوی X", "شلیک‌شده از X" right before a chain: X fired what was intercepted
_FENDED_HEAD = re.compile(rf"(?:{phrases(_G['fended_heads'])})[^\s]*")
# (session 25 R) an attack fended off whose genitive is an unnamed attacker: "حمله شدید گروه‌های مسلح", "حملات تروریست‌ها"
_UNNAMED_FENDED = re.compile(rf"(?<![\w\u200c])(?:{phrases(_G['fended_attack_heads'])})(?:[\s\u200c]+[^\s،.؛:]+){{0,2}}?"
                             rf"[\s\u200c]+(?:{phrases([*_G['unnamed_attackers'], *_G['unnamed_armed_groups']])})(?![\w\u200c])")
_AIRSPACE = frozenset(w.replace("\u200c", "") for w in _G["airspace_words"])
_LAUNCHED_BY = re.compile(rf"(?:^|[\s\u200c])(?:{phrases(_G['launched_by'])})[\s\u200c]+$")
_CONDITIONAL = re.compile(rf"\s*(?:{phrases(_G['conditionals'])})\s+")
_SECOND_PERSON = re.compile(rf"(?<![\w\u200c])(?:{phrases(_G['second_person_verbs'])})(?![\w\u200c])")
# (session 19) a conditional's opener right before a word: "اگر آمریکایی‌ها نروند" (the plural demonym is its subject)
_CONDITIONAL_BEFORE = re.compile(rf"(?:^|\s)(?:{phrases(_G['conditionals'])})\s+$")
# (lead, session 11) a headline opening with a casualty count before the attack it reports ("۲ شهید در پی حمله ...")
_HEADLINE_CASUALTIES = re.compile(rf"[\s«\"']*(?:[^\s]+[\s\u200c]+){{0,2}}(?:{phrases(_G['headline_casualties'])})[\s\u200c]+"
                                  rf"(?:{phrases(_G['casualty_openers'])})[\s\u200c]*")
# (lead, session 11) the deed a warning's "که" clause opens with, before its doer ("هشدار داد که دخالت آمریکا ...")
_WARNED_DEED = re.compile(rf"(?:(?:{phrases(_G['warned_deeds'])})[\s\u200c]+){{1,3}}")
# (session 26 E) a state's government or officials opening a warned clause ("هشدار داد: «مقامات پاکستانی باید ...»"):
# the party is the nationality or state after them
_OFFICIALS_HEAD = re.compile(rf"(?:{phrases(_G['position_nouns_verbal'])})[\s\u200c]+")
_ATTACK_TO = re.compile(rf"(?:{phrases(_G['attack_to_nouns'])})(?:\s+[^\s]+){{0,3}}\s+به\s+(?:[^\s]+\s+){{0,2}}$")
# (lead, session 12) where an attack happened, up to an actor: "حمله تروریستی در مسجد امام علی (سوریه)"
# (session 16) an attack noun anywhere in a condemned object's phrase: "حمله تأسف‌بار تروریستی به نمازگزاران مسجدی در
# شهر هرات افغانستان را محکوم کرد" (the places after it are where it hit)
_ATTACK_WORD = re.compile(rf"(?<![\w\u200c])(?:{phrases(_G['attack_to_nouns'])})(?![\w\u200c])")
_ATTACK_IN = re.compile(rf"(?:{phrases(_G['attack_to_nouns'])})(?:\s+[^\s،.]+){{0,2}}\s+در\s+(?:[^\s،.]+\s+){{0,3}}$")
# (lead, session 12) a charge whose content follows in a "که" clause: "X را متهم کرد که ..."
_CHARGED_THAT = re.compile(rf"(?:{phrases(_G['charging_verbs'])})\s+$")
# (lead, session 12) a judgement right before an act's noun ("با محکوم کردن حمله هوایی به مسجدی ..."): the
# judge did not do the act
_JUDGED = re.compile(rf"(?:^|\s)(?:{phrases(_G['judgement_nouns'])})\s+$")


# "تأکید کرد و خواستار ... شد" is coordination, not a report
# (session 13) a colon between digits is a clock time ("ساعت ۱۰:۴۵ صبح"), not the opening of reported words
# (session 18) the stricken as a place's people ("به زلزله‌زدگان هرات کمک کرد": Afghanistan's)
STRICKEN = phrases(_G["aid_recipients"])
# (session 18) the stricken an aid is for, then where: "برای آسیب‌دیدگان زلزله‌های اخیر در شرق X"
# (session 18) a count may stand before them: "به صد ها خانواده در ولایت کندهار", "برای چهار هزار خانواده در ..."
_AID_RECIPIENTS_IN = re.compile(rf"(?:^|\s)(?:برای|به)\s+(?:[^\s،.]+\s+){{0,3}}?(?:{phrases(_G['aid_recipients'])})(?:\s+[^\s،.]+){{0,4}}\s+در\s+(?:[^\s،.]+\s+){{0,2}}$")
# (session 18) where an aid cargo set off for or arrived: "کاروان کمک‌های ... راهی مناطق شرق اوکراین شد"
_CARGO_BOUND_FOR = re.compile(rf"(?:^|\s)(?:{phrases(_G['cargo_destinations'])})\s+(?:[^\s،.]+\s+){{0,4}}$")
# (session 27 A4) the ground given for an act: "... را با این ادعا که ... برای سوریه بوده، توقیف کرد"
_CLAIM_OPENER = re.compile(rf"(?<![{_LETTERS}])(?:{phrases(_G['claim_openers'])})(?![{_LETTERS}])")
# (session 18) protesters named as someone's opponents: "مخالفان ترامپ ... تظاهرات کردند" protest against him
_OPPONENTS_OF = re.compile(rf"(?:^|\s)(?:{phrases(_G['opponents_of'])})\s+$")
# (session 23) a party named as the actor's supporters' object: "حامیان فلسطین ... تظاهرات کردند" (not Palestine)
_SUPPORTERS_OF = re.compile(rf"(?:^|\s)(?:{phrases(_G['supporters_of'])})\s+$")
# (session 21) a state's people and government before it, one party after a noun trigger ("از مردم و دولت منتخب X")
_PEOPLE_GAP = frozenset(w.replace("\u200c", "") for w in _G["people_heads"] + _G["people_epithets"] + ["و"])
_PEOPLE_HEADS = frozenset(w.replace("\u200c", "") for w in _G["people_heads"])
# (session 18) a belief reported ("دولت افغانستان معتقد است پاکستان باید ..."): what follows is the believer's demand
# (session 25) "باید (به خوبی) بداند/متوجه باشد": advice to know, no demand (grammar.yaml must_know_verbs)
_MUST_KNOW = re.compile(rf"\s*(?:[\u0600-\u06FF\u200c]+\s+){{0,2}}?(?:{phrases(_G['must_know_verbs'])})(?![\u0600-\u06FF\u200c])")
_BELIEF_CUE = re.compile(rf"(?:{phrases(_G['belief_cues'])})\s+(?:که\s+)?")
# the cues' branches each open with their first letter, the colon's with the colon, so the engine skips to those
# (session 25) not "گفت وگو" written apart: a talk, no speech cue ("X در گفت وگو با Y اعلام کرده که ...")
_CUE_BOUNDARY = re.compile("|".join(phrase_branches(_G['speech_cues'], then=r"(?!\s+و\s|\s*\u200c?\s*وگو)\s*،?\s+(?:که[\s،]+)?"))
                           + r"|:(?<![0-9۰-۹]:)\s*")
# (session 19) a speech verb and the colon opening its direct quote ("خاطرنشان کرد: ")
_DIRECT_QUOTE = re.compile(rf"(?:{phrases(_G['speech_cues'])})\s*:\s*«?")
# a speech verb closing a sentence after its quote ("«...» این را X گفت.")
_SAID_AT_END = re.compile(rf"(?:{phrases(_G['speech_cues'])})[\s.]*$")
_CONCESSIVE = re.compile(rf"\s*(?:{phrases(_G['concessive'])})\s")
# (session 31 SIDE) how long before or after may stand ahead of the opener ("یک روز پس از ...، X ...")
_FRONTED_TIME = (rf"(?:(?:(?:{phrases(_G['fronted_time_counts'])}|[0-9۰-۹]+)\s+)?(?:{phrases(_G['time_units'])})"
                 rf"(?:\u200c?(?:ها|ی))?\s+|(?:{phrases(_G['fronted_time_words'])})\s+)?")
_FRONTED = re.compile(rf"\s*{_FRONTED_TIME}(?:{phrases(_G['fronted_openers'])})\s")
# (session 31 SIDE) "پیش از این"/"پس از آن" right before a party: an adverb, no fronted phrase
_FRONTED_ADVERB = re.compile(rf"\s*(?:{phrases(_G['fronted_adverb_objects'])})\s+")
# (session 25) inside a quote, also where a plan is to happen (grammar.yaml quote_fronted_openers)
_QUOTE_FRONTED = re.compile(rf"\s*(?:{phrases([*_G['fronted_openers'], *_G['quote_fronted_openers']])})(?=[\s،])")
# (session 24) a cause opener inside a recall's phrase, right before the actor it names (grammar.yaml recall_cause_openers)
_RECALL_CAUSE = re.compile(rf"(?:^|\s)(?:{phrases(_G['recall_cause_openers'])})\s")
_VERB_WORD = re.compile(rf"^(?:ن?(?:{phrases(_G['verb_stems'])})(?:م|ی|یم|ید|ند|ه|اند)?|اند|است)$")
_TIME_REFERENCE = re.compile(rf"(?:{phrases(_G['time_units'])})\s+(?:پس|قبل|پیش)\s+از\s+$")
_VICTIM_BEFORE = re.compile(rf"(?:{phrases(_G['victim_nouns'])})\s+(?:(?:{phrases(_G['honorifics'])})\s+)*$")
_MOURNED_BEFORE = re.compile(rf"(?:^|\s)(?:{phrases(_G['death_nouns'])})\s+(?:(?:{phrases(_G['honorifics'])})\s+)*$")
_ATTRIBUTION = re.compile(rf"\s*(?:{phrases([*_G['attributions'], *_G['event_attributions']])})\s")
# "به گزارش اسپوتنیک به نقل از X، ...": an attribution right before a party, after a byline
_ATTRIBUTION_BEFORE = re.compile(rf"(?:^|\s)(?:{phrases([*_G['attributions'], *_G['event_attributions']])})\s+$")
# the words between a party and its backer ("حوثی‌های تحت حمایت حکومت ایران"): collective nouns may follow
_BACKER_NAMED = re.compile(rf"(?:^|\s)(?:{phrases(_G['backed_by'])})\s")  # (session 18) "تروریست‌های تحت حمایت هند"
_BACKED_BY = re.compile(rf"^\s*(?:{phrases(_G['backed_by'])})(?:\s+(?:{phrases([*_G['collective'], 'حکومت'])}))?\s*$")
# (session 25) "X، Y و Z، همگی از اعضای ارشد W را": the list before the apposition is the object, not its body W
_MEMBERS_APPOSED = re.compile(rf"^\s*،\s*(?:{phrases(_G['members_apposition'])})\s+از\s+(?:[^\s.،؛:!؟]+\s+){{0,3}}$")
# (session 26 A2) a person's title or trade in commas right before "را": "X، استاد جامعه‌شناسی دانشگاه Y، را اخراج
# کردند" (X is the object, not the body inside the title); up to eight words, no verb's clause
_TITLE_APPOSED_RA = re.compile(
    rf"\s*،\s*(?:{phrases([*_G['office_heads'], *_G['person_trades'], *_G['appositive_heads']])})[\s\u200c]"
    r"(?:[^\s.،؛:!؟«»]+\s+){0,8}?[^\s.،؛:!؟«»]*\s*،\s*را(?=\s|$)")
_UNREALISED = re.compile(rf"(?:^|\s)(?:{phrases([*_G['unrealised_before'], *_G['unrealised_before_more']])})\s+"
                         rf"(?:(?:{phrases(_G['unrealised_continued'])})\s+)?$")
# (session 25 R) the first noun of a synonym doublet right before a noun trigger: "(برای) حمایت و |پشتیبانی از"
_DOUBLET_BEFORE = re.compile(rf"(?:^|\s)((?:{phrases(_G['doublet_nouns'])}))\s+و\s+$")
# (session 21) an act named in the object of a denial, no verb between: "خبر تخلیه سفارت X را تکذیب کرد"
_DENIED_AFTER = re.compile(rf"[^.،؛:!؟?]{{0,120}}?\sرا\s+(?:(?:{phrases(_G['denial_adverbs'])})\s+)?«?"
                           rf"(?:{phrases(_G['denied_after'])})(?![{_LETTERS}])")
# (branch consult9) a meeting noun after "با اشاره به" in its clause is recalled, not reported
_RECALLED = re.compile(rf"(?:^|\s)(?:{phrases(_G['meeting_recalled'])})\s")
# (branch consult9) a "با" inside a meeting's topic is no partner: "درباره مذاکرات با آمریکا رایزنی کردند"
# (session 19) and "با" opening a topic ("نشست شورای امنیت با موضوع یمن برگزار شد": Yemen is what it is about)
# (session 21) and the "با" of a meeting noun in the topic ("در خصوص تمایل خود برای دیدار و گفتگو با X صحبت کرد": X is
# whom he wishes to meet; not "در دیدار با X", a meeting the clause reports)
# (a head noun may stand between that "با" and the party: "... با مقامات ایرانی", "... با رهبران چین")
_TOPIC_WITH = re.compile(rf"(?:^|\s)(?:(?:{phrases(_G['topic_markers'])})\s+(?:[^\s.،؛:]+\s+){{0,3}}با"
                         rf"|(?:{phrases(_G['topic_markers'])})\s+(?:[^\s.،؛:]+\s+){{0,6}}(?<!\sدر\s)(?<!\sطی\s)(?<!\sضمن\s)"
                         rf"(?:{phrases(_G['meeting_nouns'])})(?:\s+و\s+[^\s.،؛:]+)?\s+با(?:\s+[^\s.،؛:]+)?"
                         rf"|با\s+(?:{phrases(_G['with_topic_nouns'])})(?:\s+[^\s.،؛:]+){{0,2}})\s+$")
# (branch consult9) the words between two "با" phrases of one meeting verb: "با A و سپس با B دیدار کرد"
_WITH_SEQUENCE = re.compile(rf"\s*[،,]?\s*(?:(?:{phrases(_G['with_sequence'])})\s+)?(?:با\s+(?:[^\s.،؛:]+\s+){{0,2}})?")  # "با هیئت روسیه"
# (branch consult9) "دیدار X و Y ... لغو شد": the event noun's clause ends in a verb saying it did not happen
_UNREALISED_AFTER = re.compile(rf"(?:{phrases(_G['unrealised_after'], _LETTERS)})(?![{_LETTERS}])")
# (lead, session 13) an event noun (its plural "ها/های" apart) followed by an adjective saying it is only expected
# a character of the clause before any finite verb (grammar.yaml planned_closers), optionally before any "که" either
# (session 24) not before the second half of a compound noun: "گفت و گو" (talks) is no "گفت" (said)
_NOT_COMPOUND = rf"(?![\s\u200c]+(?:{phrases(_G['closer_compounds'])})(?![{_LETTERS}]))"
_NO_CLOSER = rf"(?!(?:{phrases(_G['planned_closers'], _LETTERS)})(?![{_LETTERS}]){_NOT_COMPOUND})"
_NO_THAT_OR_CLOSER = rf"(?!(?<![{_LETTERS}])(?:که|{phrases(_G['planned_closers'])})(?![{_LETTERS}]){_NOT_COMPOUND})"
# (session 24) a place's description after a comma, up to the place it names: "، پایتخت روسیه", "، در جنوب لبنان"
PLACE_APPOSITION = re.compile(rf"،[\s\u200c]*(?:{phrases(_G['place_appositions'])})[\s\u200c]+")
# a word of the clause before any "که" or finite verb
_OPEN_WORD = rf"(?!(?:که|{phrases(_G['planned_closers'])})(?![{_LETTERS}]))[^\s.،؛:!؟]+\s+"
_FUTURE_VERB = rf"(?<![{_LETTERS}])خواه(?:د|ند|یم|ید|م)[\s\u200c]+[{_LETTERS}]"
# (session 17) a plan or condition opening the trigger's clause, with no finite verb after it before the trigger
_PLANNED = re.compile(rf"(?:{phrases(_G['planned_openers'], _LETTERS)})(?![{_LETTERS}])(?:{_NO_CLOSER}[^.؛:!؟])*$")
# (session 17) a meeting noun's own clause closing in the future, no other clause ("که", a finite verb) before it
_FUTURE_CLOSES = re.compile(rf"(?:{_NO_THAT_OR_CLOSER}[^.؛:!؟،])*?(?:{_FUTURE_VERB}"
                            rf"|(?:{phrases(_G['planned_noun_closers'], _LETTERS)})(?![{_LETTERS}]))")  # (session 19) "صورت می‌گیرد"
# (session 19) a sentence a meeting noun opens, closing on a verb that puts the meeting itself in the future, no
# finite verb before ("دیدار X و Y، ... که ...، برای عصر امروز در نظر گرفته شده است"; "دیدار X ... به بهبود روابط
# کمک خواهد کرد" says nothing of when it was held)
_SENTENCE_FUTURE_END = re.compile(rf"(?:{_NO_CLOSER}[^.؛:!؟])*?(?:{phrases(_G['planned_noun_closers'], _LETTERS)})[\s»\"]*[.!؟]?[\s»\"]*$")
# (session 19) a meeting noun joined by "و" to a trip's purpose ("برای شرکت در نشست X و دیدار با Y"), no finite verb,
# comma or "که" between
_PURPOSE_JOINED = re.compile(rf"(?:{phrases(_G['purpose_openers'], _LETTERS)})\s+(?:{_OPEN_WORD}){{1,12}}و\s+$")
# (session 19) a clause running on to a future verb, across the commas of a list of names: "در سفر به تهران با A، B
# و C دیدار و گفت‌وگو خواهد کرد"
_FUTURE_LATER = re.compile(rf"(?:{_NO_THAT_OR_CLOSER}[^.؛:!؟])*?{_FUTURE_VERB}")
# (session 19) a visit's "با" partner named in its purpose: "برای دیدار با X وارد ... شد" (that meeting is to come)
# (also after the purpose's first noun: "برای شرکت در نشست آپک و دیدار با «بایدن»")
_MEETING_PURPOSE = re.compile(rf"(?:^|\s)(?:{phrases(_G['purpose_openers'])})\s+(?:{_OPEN_WORD}){{0,12}}?"
                              rf"(?:{phrases(_G['meeting_nouns'])})[^\s.،؛:]*\s+(?:و\s+[^\s.،؛:]+\s+){{0,3}}با\s+«?$")
# (session 23) a call's or meeting's "با" partner named just before: "در تماس تلفنی با همتای ایرانی خود، ضمن ..."
_CALL_WITH = re.compile(rf"(?:^|\s)(?:{phrases(_G['meeting_nouns'])})[^\s.،؛:]*(?:\s+(?:تلفنی|تلفونی|تیلفونی|رسمی))?\s+با\s+$")
_TRAVELLERS = re.compile(rf"(?:{phrases(_G['travellers'], _LETTERS)})(?![{_LETTERS}])")
_PRAYER = re.compile(rf"(?:{phrases(_G['prayer_openers'], _LETTERS)})(?![{_LETTERS}])")
# (session 19) a demand's modal in the trigger's clause, no comma or clause end after it (grammar.yaml demand_modals)
_DEMANDED_IN_CLAUSE = re.compile(rf"(?:{phrases(_G['demand_modals'], _LETTERS)})(?![{_LETTERS}])[^.،؛:!؟]*$")
# (session 20) an asked-for clause open before the trigger: "از X خواسته است تا ..." with no clause end after it
_ASKED_IN_CLAUSE = re.compile(rf"(?:{phrases(_G['asking_verbs'], _LETTERS)})\s+(?:تا|که)\s[^.؛:!؟]*$")
# a past participle that shares the clause's verb after "و" ("عذرخواهی کرده و ... اتخاذ کند")
_AND_AFTER = re.compile(r"\s+و\s")
_PARTICIPLE_END = re.compile(r"(?:کرده|شده|داده|نموده|گرفته)$")
_TIES_BEFORE = re.compile(rf"(?:{phrases(_G['ties_nouns'], _LETTERS)})[\s\u200c]+$")
# the first words of planned_openers: a cheap test before _PLANNED's scan
_PLANNED_WORDS = re.compile("|".join(sorted({re.escape(w.split()[0]) for w in _G["planned_openers"]})))
# (session 25) a whole planned opener ("قرار است", "در نظر دارد"), not just its first word: "در سفر … به" holds "در"
_PLANNED_PHRASE = re.compile(rf"(?<![{_LETTERS}])(?:{phrases(_G['planned_openers'], _LETTERS)})(?![{_LETTERS}])")
# (session 17) a demand of one's own people ("از شهروندان خود خواست ... را ترک کنند") asks no state
_PEOPLE_ASKED = re.compile(rf"(?:^|\s)(?:از|به)\s+(?:{phrases(_G['own_people'])})\s+")
_OWN_WORD = re.compile(r"(?:خود|خویش|این\s+کشور)(?:\s|$)")
_UNREALISED_ADJECTIVE = re.compile(
    rf"[^\s.،؛:]+(?:[\s\u200c]*های?)?[\s\u200c]+(?:{phrases(_G['unrealised_adjectives'])})(?![{_LETTERS}])")
# (lead, session 13) "دیدار با X را رد کرد": the meeting noun's clause ends in its refusal or denial
_REFUSED_AFTER = re.compile(rf"(?<![{_LETTERS}])(?:{phrases([*_G['refused_after'], *(f'{w} {v}' for w in _G['refused_verdicts'] for v in _G['verdict_verbs'])])})(?![{_LETTERS}])")
# a meeting noun inside a manner or time phrase ("در دیدار با X ادعای Y را رد کرد") is not what is refused
_NOUN_IN_FRAME = re.compile(r"(?:^|\s)(?:در|طی|ضمن|حین|از|پس\s+از|پیش\s+از)\s+$")
# (session 13) "عذرخواهی سوئیس را پذیرفت": an act accepted (up to three words of its owner between), not a guest
# (session 21) "تهران از دعوت X برای سفر به ... استقبال کرد": the first "از" of the clause opens an act welcomed (an
# invitation, a proposal), no guest received
_WELCOMED_ACT = re.compile(rf"(?:^|\s)از\s+(?:{phrases(_G['accepted_acts'])})(?![{_LETTERS}])")
_FIRST_AZ = re.compile(r"(?:^|\s)از\s")
_ACCEPTED_ACT = re.compile(rf"(?:^|\s)(?:{phrases(_G['accepted_acts'])})(?:\s+[^\s،.؛:]+){{0,3}}\s+$")
_CHARGED = re.compile(rf"(?:^|\s)(?:{phrases(_G['charge_before'])})\s+$")
# (lead, session 32) one act may come before it in the charge: "X را به پناه دادن و حمایت از Y متهم کرد"
_ACCUSED_OF = re.compile(rf"(?:^|\s)(?:{phrases(_G['accused_before'])})\s+(?:[^\s،,.؛:]+(?:[\s\u200c][^\s،,.؛:]+)?\s+و\s+)?$")
_ACCUSATION = re.compile(rf"(?:^|\s)(?:{phrases(_G['accused_after'])})(?:\s|$)")
_TOPIC = re.compile(rf"(?:^|\s)(?:{phrases(_G['topic_markers'])})\s")
# (session 27 J) "در پاسخ به سوالی (خبرنگار ...) در ارتباط با": a reporter's question about an act, up to its topic marker
_ASKED_ABOUT = rf"(?:{phrases(_G['question_nouns'])})\s+(?:[^\s.،؛:]+\s+){{0,3}}?(?:{phrases(_G['topic_markers'] + _G['question_topics'])})\s"
# (session 27 J) a party named right after a topic marker ("بیانیه X در خصوص ایران", "لایحه X در رابطه با هنگ کنگ"):
# what the condemned or rejected act is about, not its doer
_TOPIC_RIGHT_BEFORE = re.compile(rf"(?:^|\s)(?:{phrases(_G['topic_markers'])})\s+$")
# (session 24) a state named after "در" inside a meeting's topic: "درباره وضعیت امنیتی ... در افغانستان گفت‌وگو کردند"
# (the words between the topic marker and "در" hold no comma; a city there is where they met: "درباره روابط در تهران")
_TOPIC_BEFORE_PLACE = re.compile(rf"(?:^|\s)(?:{phrases(_G['topic_markers'] + _G['reaction_markers'])})\s+(?:[^\s.،؛:]+\s+){{1,8}}در\s+$")
_RESPONSIBLE = re.compile(rf"^\s*(?:[^\s.،؛:]+\s+)?را\s+(?:{phrases(_G['responsible'])})(?![\u0621-\u06FF])")
# (session 24) nearness before a place: "در نزدیکی (مرز) X" names a landmark, not what was hit
_NEAR_PLACE = re.compile(rf"(?:^|\s)(?:به|در)\s+(?:{phrases(_G['near_words'])})(?:\s+[^\s،.؛:]+){{0,2}}\s+$")
# (session 24) the doers of a deed, the deed named after them ("عاملان (این) حمله به X"): what follows is the deed's
_PERPETRATORS_OF = re.compile(rf"(?:{phrases(_G['perpetrator_heads'], _LETTERS)})[\s\u200c]+(?:(?:این|آن)\s+)?"
                              rf"(?:{phrases(_G['perpetrated_deeds'])})(?![\w\u200c])")
# (session 25 R) the perpetrator as the subject: "X عامل این حمله بوده است" (read right after X's chain)
_RESPONSIBLE_SUBJECT = re.compile(rf"^\s*(?:{phrases(_G['responsible'])})\s+(?:این|آن)\s+(?:{phrases(_G['perpetrated_deeds'])})"
                                  rf"(?:\s+[^\s.،؛:]+)?\s+(?:{phrases(_G['responsible_copulas'])})(?![\w\u200c])")
# ... or named after it, a comma apart: "عامل این حمله موشکی، X بوده است" (X then the copula)
_RESPONSIBLE_BEFORE = re.compile(rf"(?:^|\s)(?:{phrases(_G['responsible'])})\s+(?:این|آن)\s+(?:{phrases(_G['perpetrated_deeds'])})"
                                 rf"(?:\s+[^\s.،؛:]+)?\s*،?\s*(?:[^\s.،؛:]+\s+)?$")  # a head may stand before X: "، گروه X"
_COPULA_AFTER = re.compile(rf"^\s*(?:{phrases(_G['responsible_copulas'])})(?![\w\u200c])")
# what every _RESPONSIBLE (or _RESPONSIBLE_SUBJECT) match contains, sought anywhere: without it no perpetrator is named
_RESPONSIBLE_ANYWHERE = re.compile(rf"را\s+(?:{phrases(_G['responsible'])})|(?:{phrases(_G['responsible'])})\s+(?:این|آن)\s")


# a sentence about a match, not politics
_SPORT = re.compile(rf"(?:{phrases(_G['sport_words'], _LETTERS)})(?![{_LETTERS}])"
                    rf"(?![\s\u200c]+(?:{phrases(_G['sport_word_unless_next'])})(?![{_LETTERS}]))")
# a match's score: a number (or a number word) on each side of "بر", not a vote's count
# (each branch opens with a digit or a letter, the lookbehind after it, so the engine skips to those characters:
# "[0-9۰-۹٠-٩]+|(?<![L])(?:صفر|یک|...)(?![L])" as one alternation of literal-first branches)
_DIGITS = "[0-9۰-۹٠-٩]"
_SCORE_SIDE = "(?:" + "|".join([*(f"{d}{_DIGITS}*" for d in "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"),
                                *(f"{w[0]}(?<![{_LETTERS}]{w[0]}){w[1:]}(?![{_LETTERS}])" for w in _G["score_numbers"])]) + ")"
_SCORE = re.compile(rf"{_SCORE_SIDE}\s*بر\s*{_SCORE_SIDE}(?!\s*(?:رأی|رای))")
_SPORT_PROOF_SECTORS = frozenset(_G["sport_proof_sectors"])
_SPORT_ARTICLE_SHARE = float(_G["sport_article_share"])
SUMMONING_BODY: tuple[str, ...] = tuple(_G["summoning_body"])
# (session 25) a group head after a statement noun, before its issuers ("بیانیه کشورهای ...")
OWNER_GROUP_TAIL = re.compile(rf"(?:{phrases(_G['owner_group_heads'])})[\s\u200c]*$")  # (session 25) a host state's summoning body
_SPORT_BODIES = frozenset(_G["sport_bodies"])
# (session 25 S) a delegation's member list opening ("هیئتی متشکل از"): what follows up to "را" are its members
_DELEGATION_MEMBERS = re.compile(rf"(?:{phrases(_G['delegation_list_heads'], _LETTERS)})(?:[\s\u200c]+[^\s،.؛:]+){{0,3}}?"
                                 rf"[\s\u200c]+(?:{phrases(_G['delegation_members'])})(?![{_LETTERS}])")

# (session 21) a passive verb inside a trigger ("... اضافه شد", "... قرار گرفت")
_PASSIVE_VERB = re.compile(rf"(?:{phrases(_G['passive_verbs'], _LETTERS)})(?![{_LETTERS}])")
_BORDER_OF = re.compile(rf"(?<![{_LETTERS}])(?:در)?(?:{phrases(_G['border_words'])})(?:[\s\u200c]+با)?[\s\u200c]+$")
_PUNISHMENT = re.compile(rf"(?:{phrases(_G['punishment_words'], _LETTERS)})(?![{_LETTERS}])")
_IN_MEETING = re.compile(rf"در\s+(?:این|همین)\s+(?:{phrases(_G['meeting_nouns'])})")

# "X را", "X در غزه را", "X نیز را"; not "X سفیرش را" / "X خود را": a word with a possessive (or "خود") is the
# object, and X its owner and the subject; nor "X آن را" / "X قطعنامه‌ای را": the pronoun or the indefinite noun is
# the object ("که ترامپ آن را تاریخی خواند", "شورای حکام قطعنامه‌ای را تصویب کرد"); nor "X معترضان را"
# (people_objects: X is the subject)
# (session 19) an apposition closes with its comma before "را": "بنیامین نتانیاهو، نخست‌وزیر اسرائیل، را ..."
# (session 29 BOTH2) an apposition of unnamed words before "را" keeps the party the object: "X (پ.ک.ک.) را", "X (ک.) را"
# (the party's end inside the brackets), "X، پ کا کا، را"
_APPOSED_BEFORE_RA = r"(?:\.?\s*\)|\s*\([^()\n]{1,30}\)|\s*،\s*[^\s.،؛:]+(?:\s+[^\s.،؛:]+){0,2}\s*،(?=\s*را(?:\s|$)))?"
_OBJECT_RA = re.compile(rf"^{_APPOSED_BEFORE_RA}(?:\s*،(?=\s*را(?:\s|$)))?\s*(?:در\s+[^\s.،؛:]+(?:\s+[^\s.،؛:]+)?\s+|(?!(?:خود|آن|این|او|وی|آنها|آنان|ایشان|آنچه)\s"
                        # (session 29 BOTH2) an indefinite noun after a vowel, as "خانه‌ای" after "ه": "یک پهپاد اسرائیلی
                        # خودرویی را": the craft's nationality is no object
                        r"|[^\s.،؛:]*ه\u200c?ای\s|[^\s.،؛:]*[اوآ]\u200c?یی\s|[^\s.،؛:]*[^\s.،؛:\u200c]ش\s"
                        rf"|(?:{phrases(_G['people_objects'])})\s"
                        # (session 24) "اردوغان پیروزی را به X تبریک گفت", "روسیه حمله را محکوم کرد": a bare deed or
                        # occasion noun (never an adjective of the party) is the object, the party before it the subject
                        rf"|(?:{phrases(_G['deed_objects'])})\s"
                        # (session 21) "X و Y سندی را امضا کردند": an indefinite document is the object, X the subject
                        rf"|(?:{phrases(_G['indefinite_objects'])})\s)[^\s.،؛:]+\s+"
                        # (session 20) "آمریکا و متحدانش را": the party with its companions is the object
                        rf"|\s*و\s+(?:{phrases(_G['object_companions'])})(?:\s+(?:{phrases(_G['companion_adjectives'])}))?"
                        r"(?:\u200c?اش|ی?ش|\s+خود|\s+او)\s+"
                        # (session 26 C2) a list of what it includes: "استان‌های یمن از جمله «حجه» و «مأرب» را"
                        rf"|\s*(?:{phrases(_G['inclusive_openers'])})\s+(?:(?!(?:را|که|است|بود|هستند|بودند|شد|شدند|کرد|کردند)(?:\s|$))[^\s.؛:]+[\s،]+){{1,6}}?"
                        # (session 28 B) the person's kin to someone named before: "X پسر وی را", "X همسر او را"
                        rf"|\s*(?:{phrases(_G['kin_in_list'])})\s+(?:وی|او|ایشان|آنها|آنان)\s+"
                        r")?را(?=\s|$)")
# (session 21) whose order a passive act carried out, right before its actor: "به دستور رئیس‌جمهور X، ... ارسال شد"
ORDERED_BY = re.compile(rf"(?:^|[\s،])(?:{phrases(_G['order_openers'])})[\s\u200c]+$")
# (session 31 REP) whose entry, action or cooperation a passive coercion came by, right before the body
AGENCY_OPENED = re.compile(rf"(?:^|[\s،])با\s+(?:{phrases(_G['agency_nouns'])})(?:\s+[^\s،.:؛]+){{0,4}}[\s\u200c]+$")
# (session 25 L) the sitting whose body decided a passive coercion, right before the body
DECIDED_IN = re.compile(rf"(?:^|\s)(?:{phrases(_G['decided_in'])})(?:[\s\u200c]?(?:ای|ی))?"
                        rf"(?:\s+(?!(?:{phrases(_G['decided_in_not'])})(?:\s|$))[^\s،.:؛]+){{0,4}}\s+$")
# (session 25 L) a letter's addressee, right before the actor: "در نامه‌های جداگانه‌ای به ", "طی پیامی به "
LETTER_TO = re.compile(rf"(?:^|\s)(?:{phrases(_G['letter_openers'])})\s+(?:(?:این|آن)\s+)?(?:{phrases(_G['letter_nouns'])})"
                       r"(?:[\s\u200c]?(?:های|ها|ای|ی))?(?:[\s\u200c]+(?!به\s)[^\s،.:؛]+){0,3}[\s\u200c]+به\s+$")
_AZ = re.compile(r"(?<![\u0600-\u06FF\u200c])از\s")
VICTIM_AWARE = {"ACCUSE", "PROTEST", "THREATEN"}
# (the optional "در" as a branch of its own: every branch opens with a letter, which the engine skips to)
_SAME_TIME = re.compile(r"در\s+همان\s+(?:روز|شب|ساعت|زمان)|همان\s+(?:روز|شب|ساعت|زمان)|همزمان\s+با\s+این")
_PRECISION_RANK = {"explicit": 0, "relative": 1, "month": 2, "year": 2, "weekday-only": 2, "reported": 3, None: 4}
_REPORT_OPENER = re.compile(r"به\s+گزارش\s")
# (session 27 C) a clash's side left unnamed after "با"
UNNAMED_CLASH_SIDE = re.compile(rf"(?<![\w\u200c])با[\s\u200c]+(?:[^\s،.؛:]+[\s\u200c]+)?(?:{phrases([*_G['unnamed_clash_sides'], *_G['unnamed_attackers'], *_G['unnamed_armed_groups']])})(?![\w\u200c])")
# (session 27 S) a side left unnamed right after a named one ("درگیری ارتش X با شبه‌نظامیان", "درگیری نیروهای X و افراد
# مسلح"), read at the named side's end
UNNAMED_SIDE_AFTER = re.compile(rf"[\s\u200c]*(?:با|و)[\s\u200c]+(?:[^\s،.؛:]+[\s\u200c]+)?(?:{phrases([*_G['unnamed_clash_sides'], *_G['unnamed_attackers'], *_G['unnamed_armed_groups']])})(?![\w\u200c])")
# (session 27 S) ... or after the "و" of "بین/میان X و Y" ("تبادل آتش بین نیروهای امنیتی X و شبه‌نظامیان")
UNNAMED_PAIR_SIDE = re.compile(rf"(?<![\w\u200c])(?:بین|میان)[\s\u200c]+(?:[^\s،.؛:]+[\s\u200c]+){{1,6}}?و[\s\u200c]+(?:[^\s،.؛:]+[\s\u200c]+)?(?:{phrases([*_G['unnamed_clash_sides'], *_G['unnamed_attackers'], *_G['unnamed_armed_groups']])})(?![\w\u200c])")
# (session 27 A7) a clash "between" an unnamed side, named first, and a named one ("درگیری مسلحانه میان عناصر معاند
# با/و نیروهای مرزبانی"): the first named acts, so the unnamed side attacked
UNNAMED_FIRST_SIDE = re.compile(rf"(?<![\w\u200c])(?:میان|بین)[\s\u200c]+(?:یک[\s\u200c]+)?(?:{phrases([*_G['unnamed_clash_sides'], *_G['unnamed_attackers'], *_G['unnamed_armed_groups']])})(?![\w\u200c])")

