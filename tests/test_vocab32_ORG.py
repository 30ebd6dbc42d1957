"""Session 32 (slice ORG): organisations real news names that rasad did not report. Bodies the knowledge base lacked
(Iran's labour bodies and syndicates, a company workers strike at, a state's police or border service whose English
name is its own, armed groups and councils of the region: rasad/data/kb/actors/kb32ORG.yaml); bodies it had under
another English name or without their plural-force form (YPG, Iraq's counter-terrorism service, Tehran's council); and
an attack's toll told after the attack's adjunct and a comma ("در حمله ... در X، ... کشته شدند") is in X
(rasad/annotate/events/places.py: the comma closes the adjunct, as it does "هم‌زمان با ...").
Sentences are our own, modelled on real reports; guards are everyday sentences
with the same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED, reported_events


def _names(text: str, kb) -> set[str]:
    doc = annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published="2024-05-02T10:00:00+03:30"), kb)
    return {e.name for e in doc.entities}


@pytest.mark.parametrize(("sentence", "name"), [
    # named as gold names them, with the plural-force forms
    ("نیروهای مدافع خلق روز گذشته کنترل یک روستا در شمال رقه را به دست گرفتند.", "People's Protection Units"),
    ("فرمانده واحدهای مدافع خلق در کوبانی از ادامه درگیری‌ها خبر داد.", "People's Protection Units"),
    ("نیروهای مبارزه با تروریسم عراق وارد محله‌ای در غرب فلوجه شدند.", "Iraqi Counter Terrorism Service"),
    ("یک واحد از نیروی مبارزه با تروریسم عراق در کرکوک مستقر شد.", "Iraqi Counter Terrorism Service"),
    ("شورای اسلامی شهر تهران بودجه سال آینده را بررسی کرد.", "City Council of Tehran"),
    ("اعضای شورای شهر تهران با طرح جدید حمل و نقل موافقت کردند.", "City Council of Tehran"),
])
def test_known_body_by_gold_name_and_plural_forms(kb, sentence: str, name: str) -> None:
    assert name in _names(sentence, kb)


@pytest.mark.parametrize(("sentence", "name"), [
    ("شورای عالی کار هفته آینده درباره دستمزد سال جدید تصمیم می‌گیرد.", "Supreme Labour Council"),
    ("نمایندگان کارگری در جلسه شورای عالی کار حضور نیافتند.", "Supreme Labour Council"),
    ("مدیرعامل سازمان تأمین اجتماعی از افزایش مستمری‌ها خبر داد.", "Social Security Organization (Iran)"),
    ("گروهی از بازنشستگان تامین اجتماعی در رشت گرد آمدند.", "Social Security Organization (Iran)"),
    ("حقوق کارگران شرکت کشت و صنعت نیشکر هفت تپه سه ماه است پرداخت نشده است.", "Haft Tappeh Sugarcane Company"),
    ("سندیکای کارگران نیشکر هفت‌تپه در بیانیه‌ای خواستار آزادی همکاران خود شد.", "Haft Tappeh Sugarcane Workers' Syndicate"),
    ("سندیکای کارگران شرکت واحد از بازداشت یکی از رانندگان خبر داد.",
     "Syndicate of Workers of Tehran and Suburbs Bus Company"),
    ("هیئت امنای دانشگاه آزاد اسلامی رئیس جدید را انتخاب کرد.", "Board of Trustees of Islamic Azad University"),
    ("ماموران نیروی پلیس عراق در بصره راه‌ها را بستند.", "Iraqi Police"),
    ("نیروهای پلیس عراق دو مظنون را در موصل دستگیر کردند.", "Iraqi Police"),
    ("یک مقام پلیس کراچی گفت سه نفر زخمی شدند.", "Karachi Police"),
    ("نیروهای ذخیره پلیس هند در سرینگر مستقر شدند.", "Central Reserve Police Force"),
    ("خدمات مرزی قرقیزستان از تیراندازی در مرز خبر داد.", "Border Service of Kyrgyzstan"),
    ("سرویس مرزی قرقیزستان گفت یک مرزبان زخمی شده است.", "Border Service of Kyrgyzstan"),
    ("رهبر حزب نهضت اسلامی تاجیکستان در تبعید به سر می‌برد.", "Islamic Renaissance Party of Tajikistan"),
    ("شورشیان ام-۲۳ به شهر بوکاوو نزدیک شدند.", "March 23 Movement"),
    ("جنبش ۲۳ مارس آتش‌بس را پذیرفت.", "March 23 Movement"),
    ("شورای ملی انتقالی لیبی دولت جدیدی معرفی کرد.", "National Transitional Council"),
    ("دادگاهی در کویت اعضای هسته العبدلی را محاکمه کرد.", "Abdali Cell"),
])
def test_body_the_knowledge_base_lacked(kb, sentence: str, name: str) -> None:
    assert name in _names(sentence, kb)


@pytest.mark.parametrize(("sentence", "absent"), [
    ("پلیس ترکیه دو نفر را در استانبول بازداشت کرد.", "Iraqi Police"),  # another state's police
    ("ماموران پلیس عراق یک ایست بازرسی در کرکوک برپا کردند.", "Iraqi Police"),  # bare: the state, as before
    ("قطار مسافربری در ایستگاه هفت تپه توقف کرد.", "Haft Tappeh Sugarcane Company"),  # the town
    ("شورای عالی امنیت ملی بیانیه‌ای صادر کرد.", "Supreme Labour Council"),
    ("او برای بیست و سومین بار در مسابقه شرکت کرد.", "March 23 Movement"),
])
def test_no_body_here(kb, sentence: str, absent: str) -> None:
    assert not any(n.startswith(absent) for n in _names(sentence, kb))


def _places(sentence: str, kb, kind: str) -> list[str | None]:
    return [e.location_id for e in reported_events(sentence, kb) if e.type == kind]


@pytest.mark.parametrize(("sentence", "place"), [
    # an attack's adjunct, closed by a comma, before its toll: the toll's place is the attack's (the Federal
    # Constabulary's event, matched once the body was known, had the state for its place)
    ("پس از آن که در انفجار یک خودروی بمب‌گذاری شده در موگادیشو، چهار سرباز کشته شدند، دولت سومالی عزای عمومی اعلام کرد.",
     "mogadishu"),
    ("در حمله مسلحانه شبانه به یک پاسگاه پلیس در کویته، دو مامور کشته شدند.", "quetta"),
])
def test_toll_after_an_attack_adjunct_is_in_its_place(kb, sentence: str, place: str) -> None:
    assert place in _places(sentence, kb, "ASSAULT")


@pytest.mark.parametrize(("sentence", "kind", "place"), [
    # another act after the adjunct keeps its own place, or none
    ("در حمله موشکی روسیه به خارکیف، وزارت خارجه اوکراین سفیر بلاروس را احضار کرد.", "ACCUSE", "kyiv"),
    ("در حمله به سفارت ایران در کابل، سخنگوی وزارت خارجه ایران این اقدام را محکوم کرد.", "ACCUSE", None),
])
def test_other_act_after_an_attack_adjunct_keeps_its_place(kb, sentence: str, kind: str, place: str | None) -> None:
    found = _places(sentence, kb, kind)
    assert found and all(p == place for p in found)
