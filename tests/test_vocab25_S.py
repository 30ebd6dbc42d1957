"""Session 25 (slice S): leftovers other helpers diagnosed this session (worklists slices25_F, slices25_B). Real
pages showed these general causes, each written anew here (other states, hosts, lenders, tenses):

- a delegation named by its members ("X هیئتی متشکل از A، B و C، نماینده ویژه ...، را پذیرفت"): the host frame took
  the last state or place of the apposition as the guest; the guests are now the members the knowledge base knows;
- sanctions reimposed, told in the passive with their owner inside ("تحریم‌های سازمان ملل علیه X بازاعمال
  می‌شوند/شد", "... دوباره اعمال شد"): the owner imposes, the party after "علیه" is sanctioned;
- a sum of aid approved for a recipient ("N دلار کمک مالی برای X ... تصویب کرده است");
- "این کشور" right after "X علیه" is not X (no state acts against itself): "ایران اعلام کرد که تحریم‌های آمریکا علیه
  این کشور ..." points back to Iran;
- a claim over a report ("X ادعا کرد: Y اعلام کرد که ..."): Y only tells what is claimed, X accuses no one;
- a state and its own ministry as the doers of one act, one report undated, are one event.

The guards are everyday sentences with the same words: a plan accepted, a domestic budget, a claim that does accuse."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import assert_coded, assert_not_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a delegation named by its members, an apposition after the last one
    ("مسعود پزشکیان هیئتی متشکل از لیندسی گراهام، ریچارد بلومنتال و تام براک، فرستاده ویژه آمریکا در امور سوریه، "
     "را در تهران پذیرفت.", ("CONSULT", "lindsey-graham", "masoud-pezeshkian")),
    ("احمد الشرع روز گذشته هیأتی مرکب از جو ویلسون و یک مشاور، نماینده کنگره آمریکا در امور خاورمیانه، را در دمشق پذیرفت.",
     ("CONSULT", "joe-wilson", "ahmed-al-sharaa")),
    # sanctions reimposed, in the passive, their owner inside
    ("به گفته دیپلمات‌ها، تحریم‌های سازمان ملل علیه کره شمالی پس از شکست مذاکرات در شورای امنیت بازاعمال شدند.",
     ("SANCTION", "united-nations", "PRK")),
    ("دیروز تحریم‌های سازمان ملل علیه سوریه مجدداً اعمال شد و قیمت‌ها بالا رفت.", ("SANCTION", "united-nations", "SYR")),
    ("سخنگوی دولت گفت تحریم‌های اتحادیه اروپا علیه بلاروس از فردا دوباره اعمال می‌شوند.",
     ("SANCTION", "european-union", "BLR")),
    # a sum of aid approved for a recipient, a purpose clause between
    ("بانک توسعه آسیایی روز چهارشنبه ۱۵۰ میلیون دلار کمک برای بنگلادش جهت بازسازی مناطق سیل‌زده تصویب کرد.",
     ("AID", "asian-development-bank", "BGD")),
    ("اتحادیه اروپا ۵۰ میلیون یورو کمک بشردوستانه به سودان تصویب کرده است.", ("AID", "european-union", "SDN")),
    # "این کشور" after "X علیه" is the speaker's state
    ("ایران اعلام کرد که تحریم‌های آمریکا علیه این کشور لغو شده است.", ("RETREAT", "USA", "IRN")),
    ("وزارت خارجه ونزوئلا اعلام کرد که تحریم‌های کانادا علیه این کشور لغو شد.", ("RETREAT", "CAN", "VEN")),
])
def test_coded(sentence, kb, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,teller", [
    # a claim over a report: the one who told it is not accused
    ("وزارت خزانه‌داری آمریکا ادعا کرد: دونالد ترامپ اعلام کرد که تحریم‌ها علیه سوریه لغو می‌شود.", "donald-trump"),
    ("وزارت خارجه روسیه ادعا کرد: ولادیمیر پوتین گفت که مذاکرات با اوکراین ادامه دارد.", "vladimir-putin"),
])
def test_claimed_report_accuses_no_teller(sentence, teller, kb):
    events = reported_events(sentence, kb)
    assert not [e for e in events if e.type == "ACCUSE" and teller in e.target_ids], \
        [(e.type, e.source_ids, e.target_ids) for e in events]


def test_claim_still_accuses(kb):
    assert_coded("بنیامین نتانیاهو ادعا کرد حماس آتش‌بس را نقض کرده است.", kb, ("ACCUSE", "benjamin-netanyahu", "hamas"))


@pytest.mark.parametrize("text,doer", [
    ("آمریکا تحریم‌ها علیه سوریه را لغو کرد. وزارت خزانه‌داری آمریکا روز دوشنبه از لغو تحریم‌های سوریه خبر داد.",
     "united-states-department-of-the-treasury"),
    ("بریتانیا تحریم‌های ونزوئلا را تعلیق کرد. وزارت امور خارجه بریتانیا روز سه‌شنبه از تعلیق تحریم‌های ونزوئلا خبر داد.",
     "GBR"),
])
def test_state_and_its_ministry_one_act(text, doer, kb):
    doc = RawDocument(source="t.txt", text="به گزارش خبرگزاری ایرنا، " + text, published="2024-07-20T10:00:00+03:30")
    events = [e for e in annotate_document(doc, kb).events if e.type == "RETREAT"]
    assert len(events) == 1 and doer in events[0].source_ids, [(e.source_ids, e.target_ids, e.date) for e in events]


@pytest.mark.parametrize("sentence,etype", [
    # a plan or a proposal made of parts is accepted, no one hosted
    ("وزارت بهداشت طرحی متشکل از سه بخش را پذیرفت.", "CONSULT"),
    ("دولت پیشنهاد هیئتی متشکل از کارشناسان اقتصادی را پذیرفت.", "CONSULT"),
    # sanctions whose reimposition is only feared, or said to go on
    ("وزیر اقتصاد گفت اگر تحریم‌های سازمان ملل علیه ایران بازاعمال شوند، قیمت‌ها بالا می‌رود.", "SANCTION"),
    ("ایران اعلام کرد که تحریم‌های آمریکا علیه این کشور هیچ تأثیری بر صادرات نفت ندارد.", "RETREAT"),
    # a domestic budget approved
    ("شورای شهر تهران ۲ میلیون دلار برای تعمیر جاده‌ها تصویب کرد.", "AID"),
    ("مجلس ۳۰۰ میلیون دلار برای خرید تجهیزات پزشکی بیمارستان‌ها تصویب کرد.", "AID"),
    # a news agency's claim over a statement
    ("خبرگزاری رویترز ادعا کرد: وزیر خارجه روسیه گفت مذاکرات ادامه دارد.", "ACCUSE"),
])
def test_no_such_event(sentence, kb, etype):
    assert_not_coded(sentence, kb, etype)
