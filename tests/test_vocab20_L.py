"""Session 20 (slice L): agreements and their neighbours as Persian outlets tell them — a state joining an
intergovernmental body or admitted to it, documents signed "توسط" the signers or signed and exchanged, joint
statements published. Each case is written anew (other actors, other details); the guards are everyday sentences
with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # accession: the state joins the body inside the trigger
    ("سوئد پس از ماه‌ها انتظار رسما عضو ناتو شد.", ("AGREE", "SWE", "nato")),
    ("بلاروس در اجلاس آستانه به عضویت دائم سازمان همکاری شانگهای درآمد.",
     ("AGREE", "BLR", "shanghai-cooperation-organisation")),
    ("اندونزی از ابتدای ماه آینده به بریکس می‌پیوندد.", ("AGREE", "IDN", "brics")),
    # admitted: the body admits the state
    ("اتیوپی در نشست سران به عضویت بریکس پذیرفته شد.", ("AGREE", "brics", "ETH")),
    ("سران بریکس عضویت مصر در این گروه را تایید کردند.", ("AGREE", "brics", "EGY")),
    ("سازمان همکاری شانگهای بلاروس را به عنوان عضو دائم پذیرفت.", ("AGREE", "shanghai-cooperation-organisation", "BLR")),
    # signed "توسط" the signers, or long after the document's name
    ("یک یادداشت تفاهم فرهنگی نیز توسط عباس عراقچی و سرگئی لاوروف به امضا رسید.",
     ("AGREE", "abbas-araghchi", "sergey-lavrov")),
    ("توافق‌نامه همکاری‌های گمرکی ایران و ارمنستان پس از دو روز گفت‌وگوی فشرده در ایروان توسط رؤسای گمرک دو کشور امضا شد.",
     ("AGREE", "IRN", "ARM")),
    ("توافق‌نامه همکاری‌های مرزی ایران و ترکمنستان توسط سردار احمدرضا رادان فرمانده کل انتظامی جمهوری اسلامی ایران و "
     "همتای ترکمن او پس از دو روز گفت‌وگو در عشق‌آباد امضا شد.", ("AGREE", "IRN", "TKM")),
    # a clause opened by "ولی"/"اما" after a finished verb has its own subject
    ("روسیه خواستار آتش‌بس شد ولی اوکراین درخواست روسیه را نپذیرفت.", ("REJECT", "UKR", "RUS")),
    # signed and exchanged; an agreement signed as the manner of another verb
    ("ایران و ارمنستان سند برنامه مشورت‌های سیاسی را امضا و مبادله کردند.", ("AGREE", "IRN", "ARM")),
    ("پاکستان و ترکیه با امضای توافقی همکاری‌های دفاعی خود را گسترش دادند.", ("AGREE", "PAK", "TUR")),
    # a joint statement published
    ("عربستان و چین در پایان سفر رئیس‌جمهور چین به ریاض بیانیه مشترکی منتشر کردند.", ("AGREE", "SAU", "CHN")),
    ("قطر و ترکیه با انتشار بیانیه مشترکی خواستار آتش‌بس فوری در غزه شدند.", ("AGREE", "QAT", "TUR")),
])
def test_session20_l_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    "این بازیکن جوان فصل گذشته به تیم ملی فوتبال پیوست.",
    "او سال گذشته عضو شورای شهر تهران شد.",
    "یک عضو سازمان ملل در این حادثه رانندگی کشته شد.",
    "خبرنگار ما نیز به جمع تماشاگران پیوست.",
    "این دانشجو به عضویت انجمن علمی دانشکده درآمد.",
    "سند مالکیت این زمین توسط دفترخانه به امضا رسید.",
    "بیانیه مشترکی از سوی دانشجویان دو دانشکده منتشر شد.",
    "مدیر مدرسه عضویت این دانش‌آموز در کتابخانه را تایید کرد.",
])
def test_session20_l_everyday_words_are_no_agreement(kb, sentence):
    events = reported_events(sentence, kb)
    assert not [e for e in events if e.type == "AGREE"], [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]
