"""Session 19 (slice P): meetings, visits and calls that real news names but that did not happen as news: being
arranged, with a likely date, hoped to be held, announced in a quote for "soon". Each case is written anew (other
actors, other details) with the wording outlets use; the guards are the same words around meetings that were held."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,party", [
    # a meeting being arranged, or its likely date
    ("سخنگوی کاخ الیزه گفت موضوع ترتیب دادن دیدار تازه‌ای میان امانوئل مکرون و اولاف شولتس همچنان بررسی می‌شود.",
     "olaf-scholz"),
    ("دفتر نخست‌وزیر ژاپن اعلام کرد که تاریخ احتمالی دیدار فومیو کیشیدا و شی جین‌پینگ ماه آینده است.", "xi-jinping"),
    ("کرملین اعلام کرد مقدمات دیدار ولادیمیر پوتین و رجب طیب اردوغان فراهم شده است.", "recep-tayyip-erdogan"),
    ("کاخ سفید گفت تدارک دیدار جو بایدن با فومیو کیشیدا در جریان است.", "fumio-kishida"),
    # a rumour or a promise of a meeting; its holding proposed, dated or called off
    ("خبرگزاری آناتولی از شایعه دیدار رجب طیب اردوغان و بشار اسد در مسکو خبر داد.", "bashar-al-assad"),
    ("دونالد ترامپ در سخنرانی خود وعده دیدار با کیم جونگ اون را تکرار کرد.", "kim-jong-un"),
    ("پیشنهاد برگزاری دیدار ولادیمیر پوتین و ولودیمیر زلنسکی از سوی ترکیه مطرح شد.", "volodymyr-zelenskyy"),
    ("زمان برگزاری دیدار امانوئل مکرون و شی جین‌پینگ هنوز مشخص نشده است.", "xi-jinping"),
    ("برگزاری دیدار دونالد ترامپ و ولادیمیر پوتین در بوداپست فعلا منتفی است.", "vladimir-putin"),
    # the noun's clause closes on a subjunctive: the meeting is hoped for or possible
    ("سخنگوی دولت آلمان نوشت: برلین تایید می‌کند که دیدار اولاف شولتس و امانوئل مکرون می‌تواند ماه آینده برگزار"
     " شود.", "emmanuel-macron"),
    ("دیدار رجب طیب اردوغان و عبدالفتاح السیسی می‌تواند در روزهای آینده در قاهره انجام شود.", "abdel-fattah-el-sisi"),
    # a quote after a colon opened by the meeting noun, closing in the present of the future
    ("سخنگوی وزارت خارجه چین اعلام کرد: دیدار وانگ یی و سرگئی لاوروف، وزرای خارجه دو کشور، به زودی در پکن برگزار"
     " می‌شود.", "sergey-lavrov"),
])
def test_session19_p_meeting_not_held(kb, sentence, party):
    """A meeting only arranged, dated as likely, hoped for or announced for soon is no meeting held."""
    events = reported_events(sentence, kb)
    assert not [e for e in events if e.type == "CONSULT" and party in e.source_ids + e.target_ids], \
        [(e.type, e.source_ids, e.target_ids, e.rule) for e in events]


@pytest.mark.parametrize("sentence,expected", [
    # the same words around meetings that were held
    ("دیدار امانوئل مکرون و اولاف شولتس دیروز در برلین برگزار شد.", ("CONSULT", "emmanuel-macron", "olaf-scholz")),
    ("سخنگوی وزارت خارجه چین اعلام کرد: دیدار وانگ یی و سرگئی لاوروف امروز در پکن برگزار شد.",
     ("CONSULT", "sergey-lavrov", "wang-yi")),
    ("رجب طیب اردوغان پس از ترتیب دادن مقدمات سفر، دیروز وارد قاهره شد.", ("CONSULT", "recep-tayyip-erdogan", "EGY")),
    ("عباس عراقچی در دیدار با فؤاد حسین وعده گسترش همکاری‌های دو کشور را داد.",
     ("CONSULT", "abbas-araghchi", "fuad-hussein")),
    ("عباس عراقچی در دیدار با فؤاد حسین خواستار آن شد که همکاری‌های دو کشور گسترش یابد.",
     ("CONSULT", "abbas-araghchi", "fuad-hussein")),
])
def test_session19_p_guards_keep_held_meetings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    # everyday uses of the new words: no meeting of states at all
    "مقدمات سفر تابستانی دانش‌آموزان به شیراز فراهم شد.",
    "زمان برگزاری مسابقه فینال جام حذفی هنوز مشخص نشده است.",
    "شایعه دیدار دو بازیگر مشهور در جشنواره فیلم در فضای مجازی دست به دست شد.",
])
def test_session19_p_everyday_words_give_no_meeting(kb, sentence):
    events = reported_events(sentence, kb)
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.source_ids, e.target_ids) for e in events]
