"""Session 23 (slice M): attacks whose attacker the text does not name — a bombing, a "terrorist incident", a shooting
or a passive attack ("هدف حمله تروریستی قرار گرفت") told with no perpetrator. As event-data coders do, such an attack
is coded with an EMPTY source (an unknown attacker) and the attacked as its target: the victims' group, a state's
forces ("پلیس X" → X), or a state struck itself — never the state of the place where it happened. Each case is written
anew; the guards are accidents, disasters, crimes between private people, sport and medicine, attacks whose attacker
the sentence names (coded already, with that source), and attacks on people or places no group or state owns."""

from __future__ import annotations

import pytest

from tests.event_text import reported_events


def _unseen(sentence, kb):
    return [e for e in reported_events(sentence, kb) if e.type == "ASSAULT" and not e.source_ids]


@pytest.mark.parametrize("sentence,target", [
    # a casualty verb after an attack named with no attacker: the fallen named before it
    ("سه عضو بسیج در حادثه تروریستی در حومه شهر خاش به شهادت رسیدند.", "basij"),
    ("چهار نیروی سپاه پاسداران در پی حمله تروریستی در نزدیکی مرز جان باختند.", "islamic-revolutionary-guard-corps"),
    # ... the attacked after "به"/"بر"/"به سوی": a state's police or army
    ("در تیراندازی افراد ناشناس به خودروی پلیس افغانستان دو مأمور زخمی شدند.", "afghan-national-police"),
    ("بر اثر تیراندازی سه موتورسوار به سوی پرسنل ارتش جمهوری اسلامی، یک سرباز کشته شد.",
     "islamic-republic-of-iran-army"),
    # ... the fallen counted after the cause
    ("به دنبال حادثه‌ی تروریستی دیروز در چابهار، دو نفر از نیروهای بسیج شهید شدند.", "basij"),
    # a passive attack with no agent: its subject was struck
    ("مقر سپاه پاسداران در شهرستان نیکشهر هدف حمله تروریستی قرار گرفت.", "islamic-revolutionary-guard-corps"),
    ("یک خودروی حامل مرزبانان ایران در جاده میرجاوه هدف حمله مسلحانه قرار گرفت.", "IRN"),
    ("روستاهای مرزی ارمنستان بامداد امروز گلوله‌باران شدند.", "ARM"),
    # unnamed attackers of a state's forces
    ("مهاجمان مسلح شامگاه دیروز به ایست بازرسی پلیس عراق در کرکوک حمله کردند.", "IRQ"),
])
def test_session23_m_unknown_attacker(kb, sentence, target):
    found = _unseen(sentence, kb)
    assert any(target in e.target_ids for e in found), \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]


@pytest.mark.parametrize("sentence", [
    # accidents and disasters
    "در انفجار گاز در یک ساختمان مسکونی در اراک سه عضو یک خانواده جان باختند.",
    "دو مأمور آتش‌نشانی در حادثه آتش‌سوزی یک انبار در تهران به شهادت رسیدند.",
    "در تصادف اتوبوس حامل سربازان ارتش در جاده یزد پنج سرباز کشته شدند.",
    "چند کارگر در حادثه ریزش معدن در کرمان جان باختند.",
    "در زلزله استان کرمانشاه ده‌ها نفر از اعضای هلال احمر زخمی شدند.",
    "یک مأمور پلیس راهور در تصادف با کامیون به شهادت رسید.",
    # crimes between private people, sport, medicine
    "در دعوای خانوادگی در شیراز یک مرد کشته شد.",
    "دو سارق مسلح به یک طلافروشی در اصفهان حمله کردند و طلاها را بردند.",
    "بازیکنان پرسپولیس در حمله به دروازه استقلال موفق نبودند.",
    "در حمله قلبی یکی از نمایندگان مجلس جان باخت.",
    # an attack on people or a place no group or state owns: the place's state is no target (session 27 S: a bombing
    # with casualties is coded with no target at all, test_session23_m_untargeted below)
    "یک مسجد در کابل هدف حمله تروریستی قرار گرفت.",
    # a bare passive attack names no kind that hides its attacker: often one told elsewhere with its attacker
    "فرمانده ارشد حزب‌الله شامگاه دیروز در بیروت هدف حمله قرار گرفت.",
])
def test_session23_m_no_unknown_attack(kb, sentence):
    assert not _unseen(sentence, kb), \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]


@pytest.mark.parametrize("sentence", [
    "در انفجار بمب در بازار شهر کویته ۱۲ نفر کشته شدند.",
    "در حمله تروریستی در شهر کرمان ده‌ها نفر کشته شدند.",
])
def test_session23_m_untargeted(kb, sentence):
    """(session 27 S) A bombing or terror attack with casualties and no one named as hit: no source, and never the
    place's state as target — no target at all (tests/test_vocab27_S.py)."""
    found = _unseen(sentence, kb)
    assert found and all(not e.target_ids for e in found), [(e.source_ids, e.target_ids) for e in found]


@pytest.mark.parametrize("sentence,source", [
    # the attacker named in the sentence: coded with it, no unknown-attacker event beside it
    ("در حمله انتحاری داعش به مسجد شیعیان در قندوز ده‌ها نفر کشته شدند.", "islamic-state"),
    ("گروه جیش‌العدل مسئولیت حمله تروریستی به ایستگاه پلیس در راسک را بر عهده گرفت.", "jaish-ul-adl"),
])
def test_session23_m_named_attacker_only(kb, sentence, source):
    events = [e for e in reported_events(sentence, kb) if e.type == "ASSAULT"]
    assert events and all(source in e.source_ids for e in events), \
        [(e.source_ids, e.target_ids, e.trigger) for e in events]
