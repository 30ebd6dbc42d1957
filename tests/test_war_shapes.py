"""War and diplomacy news as outlets phrase it: sentences written for these tests (news style, varied), not taken
from any page. Casualties told after the attack that caused them ("در حمله X به Y، N نفر کشته شدند") are the
attack; casualties with no attack named are no event; an announcer ("X از دیدار A با B خبر داد") is no party to
what it announces."""

from __future__ import annotations

import pytest

from rasad import annotate_document
from rasad.records import RawDocument


def _events(text: str, kb):
    tail = " به گزارش خبرگزاری مهر، این خبر واکنش‌های زیادی به دنبال داشت و ناظران آن را مهم دانستند."
    doc = RawDocument(source="t.txt", text=text + tail, published="2024-10-20T10:00:00+03:30")
    return annotate_document(doc, kb).events


@pytest.mark.parametrize("sentence,source,target", [
    ("در حمله پهپادی روسیه به اوکراین دست‌کم نه نفر زخمی شدند.", "RUS", "UKR"),
    ("در پی حملات رژیم صهیونیستی به نوار غزه از بامداد امروز ۳۵ فلسطینی جان باختند.", "ISR", "PSE"),
    ("بر اثر حمله هوایی ارتش اسرائیل به شهر صور در جنوب لبنان، شش نفر به شهادت رسیدند.", "israel-defense-forces", "LBN"),
    ("وزارت بهداشت لبنان اعلام کرد که در حملات ارتش اسرائیل به جنوب این کشور ۱۲ تن جان خود را از دست داده‌اند.",
     "israel-defense-forces", "LBN"),
    ("حمله موشکی روسیه به کی‌یف منجر به کشته شدن چهار غیرنظامی شد.", "RUS", "UKR"),
    ("کشته شدن هفت غیرنظامی در حمله جنگنده‌های آمریکا به شرق سوریه", "USA", "SYR"),
    ("در اثر حمله پهپادی حوثی‌ها به بندر ایلات، ۱۵ شهرک‌نشین اسرائیلی مجروح شدند.", "houthis", "ISR"),
    # the people counted between the attack and the verb, and whose they are
    ("در حمله پهپادی حزب‌الله لبنان ۱۸ سرباز اسرائیل زخمی شدند.", "hezbollah", "ISR"),
    # whose positions were hit is the one attacked, never the attacker
    ("بمباران مواضع حزب‌الله توسط ارتش اسرائیل در جنوب لبنان ادامه دارد.", "israel-defense-forces", "hezbollah"),
    # a single craft of a nationality acts for its state, also as the subject of a clause an announcer reports
    ("یک پهپاد اسرائیلی خانه‌ای را در روستای دبعال در جنوب لبنان هدف قرار داد.", "ISR", "LBN"),
    ("وزارت دفاع روسیه اعلام کرد که یک پهپاد اوکراینی یک پالایشگاه را در منطقه بلگورود هدف قرار داد.", "UKR", "RUS"),
])
def test_casualties_of_a_named_attack_are_the_attack(kb, sentence, source, target):
    events = _events(sentence, kb)
    seen = [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]
    assert any(e.type == "ASSAULT" and source in e.source_ids and target in e.target_ids for e in events), seen


@pytest.mark.parametrize("sentence", [
    "در تصادف دو خودرو در جاده تهران قم، پنج نفر کشته شدند.",
    "بر اثر زلزله شدید در استان کرمان ۱۲ نفر جان باختند و ده‌ها نفر زخمی شدند.",
    "در آتش‌سوزی یک ساختمان در بغداد دست‌کم ۲۰ نفر جان خود را از دست دادند.",
])
def test_casualties_with_no_attack_named_are_no_event(kb, sentence):
    assert not [e for e in _events(sentence, kb) if e.type == "ASSAULT"]


@pytest.mark.parametrize("sentence,a,b,announcer", [
    ("سخنگوی وزارت خارجه ایران از دیدار عباس عراقچی با وزیر خارجه عمان در مسقط خبر داد.",
     "abbas-araghchi", "badr-bin-hamad-al-busaidi", "nasser-kanaani"),
    ("وزارت امور خارجه روسیه از گفت‌وگوی تلفنی سرگئی لاوروف با هاکان فیدان خبر داد.",
     "sergey-lavrov", "hakan-fidan", "ministry-of-foreign-affairs-russia"),
])
def test_an_announcer_is_no_party_to_the_meeting(kb, sentence, a, b, announcer):
    events = [e for e in _events(sentence, kb) if e.type == "CONSULT"]
    seen = [(e.source_ids, e.target_ids) for e in events]
    assert any({a, b} == set(e.source_ids) | set(e.target_ids) for e in events), seen
    assert not any(announcer in e.source_ids + e.target_ids for e in events), seen


@pytest.mark.parametrize("text,source,target", [
    ("سخنگوی ارتش اسرائیل روز یکشنبه در یک نشست خبری سخن گفت. به گزارش خبرگزاری رویترز، وی حماس را به نقض آتش‌بس "
     "متهم کرد.", "israel-defense-forces", "hamas"),
    ("سخنگوی ارتش لبنان بامداد امروز بیانیه‌ای منتشر کرد. به گزارش خبرگزاری آناتولی، او اسرائیل را به نقض "
     "حاکمیت لبنان متهم کرد.", "lebanese-armed-forces", "ISR"),
])
def test_a_pronoun_after_an_outlet_is_the_office_named_before(kb, text, source, target):
    events = _events(text, kb)
    seen = [(e.type, e.source_ids, e.target_ids) for e in events]
    assert any(e.type == "ACCUSE" and source in e.source_ids and target in e.target_ids for e in events), seen


@pytest.mark.parametrize("sentence,source,target", [
    # "به رهبری/به سرکردگی X": X leads the acting side, it is no recipient
    ("ائتلاف به رهبری آمریکا شش غیرنظامی را در دیرالزور کشتند.", "cjtf-operation-inherent-resolve", "SYR"),  # (session 15) the coalition is known
    ("ائتلاف به سرکردگی عربستان سعودی بندر الحدیده را بمباران کرد.", "SAU", "houthis"),  # (session 23) held
    # forces named only by a nationality adjective, the place hit after "در شرق/جنوب X"
    ("نیروهای اسرائیلی در شرق رفح به یک منطقه مسکونی حمله کردند.", "ISR", "PSE"),
    ("جنگنده‌های روسی در جنوب ادلب یک بیمارستان را بمباران کردند.", "RUS", "SYR"),
])
def test_the_acting_side_of_a_war_report(kb, sentence, source, target):
    events = _assault_between(_events(sentence, kb), source, target)
    assert not any(source in e.target_ids for e in events)


@pytest.mark.parametrize("sentence,etype,source,target", [
    # releases, withdrawals, ceasefires as outlets phrase them
    ("جنبش حماس اعلام کرد چهار گروگان اسرائیلی را روز شنبه آزاد خواهد کرد.", "RETREAT", "hamas", "ISR"),
    ("پنج اسیر اسرائیلی عصر امروز توسط حماس آزاد شدند.", "RETREAT", "hamas", "ISR"),
    ("مصر از تمدید آتش‌بس میان اسرائیل و حماس به مدت سه روز خبر داد.", "RETREAT", "ISR", "hamas"),
    ("آتش‌بس بین حزب‌الله و اسرائیل از ساعت چهار بامداد برقرار شد.", "RETREAT", "hezbollah", "ISR"),
    ("ارتش اسرائیل نیروهای خود را از جنوب لبنان خارج کرد.", "RETREAT", "israel-defense-forces", "LBN"),
    ("نیروهای روسیه از شهر خرسون عقب‌نشینی کردند.", "RETREAT", "RUS", "UKR"),
    # threats in the future tense
    ("سپاه پاسداران اعلام کرد پایگاه‌های آمریکا در منطقه را با خاک یکسان خواهد کرد.", "THREATEN",
     "islamic-revolutionary-guard-corps", "USA"),
    ("ترامپ هشدار داد که اگر ایران به نیروهای آمریکایی حمله کند، نابود خواهد شد.", "THREATEN", "donald-trump", "IRN"),
])
def test_releases_withdrawals_ceasefires_threats(kb, sentence, etype, source, target):
    events = _events(sentence, kb)
    seen = [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]
    assert any(e.type == etype and {source, target} <= set(e.source_ids) | set(e.target_ids)
               and (source in e.source_ids or etype == "RETREAT" and e.rule == "retreat.ceasefire") for e in events), seen


@pytest.mark.parametrize("sentence,absent", [
    ("زندانی سیاسی سرشناس پس از پنج سال از زندان آزاد شد.", "RETREAT"),  # no releaser named
    ("سازمان ملل نقض آتش‌بس میان اسرائیل و حزب‌الله را محکوم کرد.", "RETREAT"),  # a violation, not a ceasefire
    ("ارتش اسرائیل مدعی شد دو عضو حزب‌الله را در جنوب لبنان از بین برده است.", "ACCUSE"),  # a claim of its own act
    # the owner of the positions bombed suffered; with no attacker named, no one attacked
    ("بر اثر بمباران پهپادی مواضع ارتش اسرائیل در بلندی‌های جولان ۱۸ سرباز زخمی شده‌اند.", "ASSAULT"),
])
def test_no_event_of_that_type(kb, sentence, absent):
    events = _events(sentence, kb)
    assert not [e for e in events if e.type == absent], [(e.type, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,source,target", [
    # a weapon hitting a place: its owner attacked the place's state
    ("یک پهپاد انتحاری متعلق به حزب‌الله لبنان به شهر حیفا اصابت کرد.", "hezbollah", "ISR"),
    ("موشک شلیک‌شده از یمن بامداد امروز به فرودگاه بن‌گوریون اصابت کرد.", "YEM", "ISR"),
    ("دو پهپاد متعلق به انصارالله شب گذشته به شهر ایلات اصابت کردند.", "houthis", "ISR"),
    # "به شهر/بندر X": the place an attack went to names the attacked state
    ("ارتش اسرائیل شامگاه دیروز به شهر رفح حمله کرد.", "israel-defense-forces", "PSE"),
])
def test_the_place_an_attack_hit(kb, sentence, source, target):
    _assault_between(_events(sentence, kb), source, target)


def _assault_between(events, source, target):
    """Assert an ASSAULT from ``source`` on ``target`` is among ``events``; return them."""
    seen = [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]
    assert any(e.type == "ASSAULT" and source in e.source_ids and target in e.target_ids for e in events), seen
    return events


@pytest.mark.parametrize("sentence,a,b", [
    ("سخنگوی وزارت امور خارجه از سفر عباس عراقچی به عمان خبر داد.", "abbas-araghchi", "OMN"),
    ("وزارت خارجه روسیه از دیدار و رایزنی سرگئی لاوروف و هاکان فیدان در آنکارا خبر داد.", "sergey-lavrov", "hakan-fidan"),
])
def test_announced_visits_and_meetings(kb, sentence, a, b):
    events = [e for e in _events(sentence, kb) if e.type == "CONSULT"]
    seen = [(e.source_ids, e.target_ids) for e in events]
    assert any({a, b} == set(e.source_ids) | set(e.target_ids) for e in events), seen


def test_a_visit_noun_unannounced_is_background(kb):
    text = "در جریان سفر عباس عراقچی به عمان، توافق تازه‌ای امضا نشد و مذاکرات ادامه یافت."
    assert not [e for e in _events(text, kb) if e.rule == "consult.visit.announced"]


@pytest.mark.parametrize("sentence", [
    "وزارت امور خارجه ایران روز دوشنبه آمریکا را به حمایت از تروریسم متهم کرد.",
    "سخنگوی وزارت خارجه چین، واشنگتن را به حمایت از جدایی‌طلبان تایوان متهم کرد.",
    "دو نفر به اتهام حمله به یک پاسگاه مرزی در سیستان و بلوچستان بازداشت شدند.",
])
def test_an_act_someone_is_accused_or_charged_of_is_no_event(kb, sentence):
    """The accused act is the accusation's content: no SUPPORT of the accused, no attack by the charged."""
    types = {e.type for e in _events(sentence, kb)}
    assert not types & {"SUPPORT", "ASSAULT"}, types


@pytest.mark.parametrize("sentence,source,target", [
    ("حزب‌الله لبنان روز دوشنبه ده‌ها راکت به شمال اسرائیل شلیک کرد.", "hezbollah", "ISR"),
    ("ارتش روسیه شب گذشته ۳۰ موشک به سمت کی‌یف شلیک کرد.", "russian-armed-forces", "UKR"),
])
def test_weapons_fired_at_a_place_attack_its_state(kb, sentence, source, target):
    assaults = [e for e in _events(sentence, kb) if e.type == "ASSAULT"]
    assert assaults and source in assaults[0].source_ids and target in assaults[0].target_ids, assaults


def test_a_shot_at_goal_is_no_attack(kb):
    sentence = "مهاجم پرسپولیس در دقیقه ۸۰ از فاصله نزدیک به دروازه استقلال شلیک کرد اما توپ به تیرک خورد."
    assert not [e for e in _events(sentence, kb) if e.type == "ASSAULT"]
