"""Wordings real news uses for accusations, rejections and protests that the coder missed (session 18, slice A).
Each sentence is written for the test; each shows one general wording, not a page's sentence."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a report rejected is its author's, however long the report's description before "را"
    ("دولت سوریه گزارش سازمان ملل درباره وضعیت زندان‌ها در حلب را بی‌اساس خواند.", ("REJECT", "SYR", "united-nations")),
    ("دولت روسیه گزارش جدید کارشناسان آژانس بین‌المللی انرژی اتمی درباره نیروگاه زاپوریژیا را رد کرد.",
     ("REJECT", "RUS", "international-atomic-energy-agency")),
    # a summons as the manner of a statement: the envoy's state
    ("وزارت امور خارجه ترکیه با احضار سفیر سوئد در آنکارا، اعتراض شدید خود را اعلام کرد.",
     ("ACCUSE", "ministry-of-foreign-affairs-turkey", "SWE")),
    # a protest note told by the side that received it
    ("وزارت خارجه هند اعلام کرد یادداشت اعتراض دولت چین را دریافت کرده است.",
     ("ACCUSE", "CHN", "ministry-of-external-affairs-india")),
    # a refusal to let another party act
    ("نخست‌وزیر اسرائیل گفت تل‌آویو اجازه استقرار نیروهای ایران در سوریه را نخواهد داد.",
     ("REJECT", "benjamin-netanyahu", "IRN")),
    # responsible and the doer at once, the charge long
    ("وزارت خارجه سوریه اسرائیل را مسئول و عامل اصلی ناامنی‌های اخیر در جنوب این کشور دانست.",
     ("ACCUSE", "ministry-of-foreign-affairs-and-expatriates-syria", "ISR")),
    # an attack laid at someone's door
    ("مقامات اوکراین انفجار انبار مهمات در خارکف را به روسیه نسبت دادند.", ("ACCUSE", "UKR", "RUS")),
    # a party said to have committed crimes, or to share in them, or to be to blame for the present plight
    ("عفو بین‌الملل با انتشار گزارشی اعلام کرد که ارتش میانمار مرتکب جنایت علیه بشریت شده است.",
     ("ACCUSE", "amnesty-international", "MMR")),
    ("ناصر کنعانی گفت انگلیس شریک جرم رژیم صهیونیستی در غزه است.", ("ACCUSE", "nasser-kanaani", "GBR")),
    ("عفو بین‌الملل می‌گوید ارتش میانمار مسوول وضعیت کنونی روهینگیاها است.", ("ACCUSE", "amnesty-international", "MMR")),
    # a report said to have no truth is rejected, its author the target
    ("سخنگوی وزارت خارجه چین گفت گزارش وزارت خارجه آمریکا درباره سین‌کیانگ حقیقت ندارد.",
     ("REJECT", "mao-ning", "united-states-department-of-state")),
    # an armed group called another state's proxy; a sharp reaction to a party or its words
    ("عربستان سعودی حوثی‌ها را گروه نیابتی ایران خواند.", ("ACCUSE", "SAU", "IRN")),
    # "ضد" before an adjective ("ضد انسانی") is no preposition: the actor after it is the crimes' genitive
    ("وزارت خارجه سوریه جنایات ضد انسانی رژیم صهیونیستی را محکوم کرد.",
     ("ACCUSE", "ministry-of-foreign-affairs-and-expatriates-syria", "ISR")),
    # a state right before an organisation's name: subject and object, not one party
    ("سوریه داعش را گروه تحت حمایت ترکیه خواند.", ("ACCUSE", "SYR", "TUR")),
    ("وزارت خارجه روسیه به اظهارات دبیرکل ناتو واکنش تندی نشان داد.",
     ("ACCUSE", "ministry-of-foreign-affairs-russia", "jens-stoltenberg")),
    ("چین به آمریکا واکنش شدیدی نشان داد.", ("ACCUSE", "CHN", "USA")),
    # crimes named as the object of a verb of deeming: the subject's judgement
    ("رجب طیب اردوغان جنایات اسرائیل در غزه را ننگ بشریت خواند.", ("ACCUSE", "recep-tayyip-erdogan", "ISR")),
    # a deed criticised is its doer's ("از سوی"/"توسط"), not the one it was done to
    ("وزارت خارجه پاکستان از میزبانی هیئت طالبان از سوی دولت ترکمنستان انتقاد کرد.",
     ("ACCUSE", "ministry-of-foreign-affairs-pakistan", "TKM")),
    ("وزارت خارجه ایران از بازداشت دیپلمات‌های ایرانی توسط پلیس آلمان به شدت انتقاد کرد.",
     ("ACCUSE", "ministry-of-foreign-affairs-iran", "DEU")),
])
def test_accusation_and_rejection_wordings_of_real_news(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_unnamed_people_taking_to_protest_is_a_protest(kb):
    events = reported_events("ده‌ها کارگر بازنشسته در مقابل ساختمان استانداری به اعتراض پرداختند.", kb)
    assert [e for e in events if e.type == "PROTEST"], [(e.type, e.rule) for e in events]


@pytest.mark.parametrize("sentence,source,target", [
    # an unnamed crowd with what it protested named
    ("هزاران نفر در پاریس در اعتراض به حملات اسرائیل به لبنان تظاهرات کردند.", None, "ISR"),
    # protesters named by their nationality are their state's people
    ("صدها هزار عراقی در بغداد در اعتراض به حضور نظامی آمریکا راهپیمایی کردند.", "IRQ", "USA"),
    # unnamed people protesting in their own country, with no one else named, protest to its state
    ("صدها کارگر در شهرهای مختلف ترکیه تجمعات اعتراضی برگزار کردند.", None, "TUR"),
    # a protest shown at a party
    ("جمعی از دانشجویان با پلاکارد اعتراض خود را علیه دولت عراق نشان دادند.", None, "IRQ"),
])
def test_a_crowd_protesting_against_a_party_named(kb, sentence, source, target):
    found = [e for e in reported_events(sentence, kb) if e.type == "PROTEST" and target in e.target_ids]
    assert found and all(e.source_ids == ([source] if source else []) for e in found), \
        [(e.type, e.source_ids, e.target_ids) for e in reported_events(sentence, kb)]


@pytest.mark.parametrize("sentence,etype", [
    ("هزاران نفر در میدان شهر برای جشن پیروزی تیم ملی تجمع کردند.", "PROTEST"),  # a celebration, no one protested

    ("مربی تیم ملی گفت اجازه ورود تماشاگران به تمرین را نخواهد داد.", "REJECT"),  # no party refused
    ("پژوهشگران این غزل را به حافظ نسبت می‌دهند.", "ACCUSE"),  # a poem attributed, no attack
    ("دادگاه با احضار متهمان، جلسه رسیدگی را آغاز کرد.", "ACCUSE"),  # a court's summons names no envoy
    ("باشگاه استقلال نامه اعتراض فدراسیون را دریافت کرد.", "ACCUSE"),  # sport
    ("سازمان ملل گزارش سالانه خود درباره فقر را منتشر کرد.", "REJECT"),  # a report published, not rejected
    ("دادستان گفت متهم مرتکب جنایت شده است.", "ACCUSE"),  # a crime report names no party
    ("بازیکن تیم ملی ایران در دقیقه ۹۰ مرتکب خطا شد.", "ACCUSE"),  # a foul
    ("مدیر برنامه گفت شایعه ازدواج این بازیگر صحت ندارد.", "REJECT"),  # celebrity gossip denied
    ("وزیر بهداشت گفت این بیمارستان مسئول وضعیت کنونی بیماران است.", "ACCUSE"),  # a duty of care, no party
    ("دو شرکت در سود و زیان این قرارداد شریک هستند.", "ACCUSE"),  # business partners
    ("بازار سهام به افزایش نرخ بهره واکنش شدیدی نشان داد.", "ACCUSE"),  # a market's reaction
    ("بدن بیمار به این دارو واکنش شدیدی نشان داد.", "ACCUSE"),  # a body's reaction
    ("هواداران اعتراض خود را نسبت به عملکرد داور نشان دادند.", "PROTEST"),  # fans and a referee
    ("این پژوهشگر جنایات جنگ جهانی دوم را موضوع کتاب خود دانست.", "ACCUSE"),  # history, no party
])
def test_everyday_sentences_with_these_words_are_no_event(kb, sentence, etype):
    events = reported_events(sentence, kb)
    assert not [e for e in events if e.type == etype], [(e.type, e.rule, e.source_ids, e.target_ids) for e in events]
