"""Session 23 (slice A): visits and meetings real pages tell in ways rasad missed or misread — a host whose guest is
named with name and office ("میزبان NAME وزیر امور خارجه X بود") or told in the present ("میزبان X است") — but a host
of crowds is none ("میزبان میلیون‌ها مهاجر X است") —, a trip told as begun ("سفر دو روزه خود را به X
آغاز کرد"), a province's office abroad named by its city ("استاندار استانبول"), and a local official the knowledge
base lacks touring a county at home (no visit). Each case is written anew (other actors, other details); the guards
are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("sentence,expected", [
    # a host whose guest is named with a long office
    ("هاکان فیدان روز دوشنبه در آنکارا میزبان فیصل بن فرحان وزیر امور خارجه عربستان سعودی بود.",
     ("CONSULT", "faisal-bin-farhan-al-saud", "hakan-fidan")),
    ("عباس عراقچی بعدازظهر امروز در تهران میزبان سرگئی لاوروف وزیر امور خارجه فدراسیون روسیه بود.",
     ("CONSULT", "sergey-lavrov", "abbas-araghchi")),
    # a host in the present or the future ("تهران ... میزبان X است"; a city stands for its state)
    ("آنکارا هفته آینده میزبان سرگئی لاوروف وزیر امور خارجه روسیه است.", ("CONSULT", "sergey-lavrov", "TUR")),
    ("عباس عراقچی فردا در تهران میزبان وزیر امور خارجه عمان خواهد بود.", ("CONSULT", None, "abbas-araghchi")),
    # a trip told as begun
    ("مسعود پزشکیان سفر دو روزه خود را به ارمنستان آغاز کرد.", ("CONSULT", "masoud-pezeshkian", "ARM")),
    ("رجب طیب اردوغان صبح امروز سفر سه روزه خود را به مالزی آغاز کرد.", ("CONSULT", "recep-tayyip-erdogan", "MYS")),
    # a province's office abroad, named by its city
    ("سفیر ایران در ترکیه با استاندار استانبول دیدار کرد.", ("CONSULT", None, "TUR")),
    ("کنسول ایران در اربیل با استاندار موصل دیدار و گفت‌وگو کرد.", ("CONSULT", None, "IRQ")),
])
def test_session23_a_meetings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_session23_a_local_official_abroad_still_visits(kb):
    """A local official the knowledge base lacks, travelling to another state, still pays a visit."""
    sentence = "غلامرضا کاظمی‌نیا استاندار کرمانشاه صبح امروز در راس هیئتی وارد بغداد شد."
    assert_coded(sentence, kb, ("CONSULT", None, "IRQ"))


@pytest.mark.parametrize("sentence", [
    # a local official the knowledge base lacks, touring a county of their own province
    "غلامرضا کاظمی‌نیا استاندار کرمانشاه صبح امروز وارد شهرستان سنقر شد.",
    "رضا احمدپور استاندار اصفهان در ادامه سفرهای شهرستانی خود وارد کاشان شد.",
    # a trip begun at home, or by no actor
    "مسعود پزشکیان سفر استانی خود را به خوزستان آغاز کرد.",
    "کاروان زائران ایرانی سفر خود را به کربلا آغاز کرد.",
    # a host of crowds, matches and sessions, not of a guest
    "شهر مشهد هفته گذشته میزبان هزاران زائر از کشورهای عراق و پاکستان بود.",
    "ورزشگاه آزادی عصر امروز میزبان دیدار حساس تیم‌های ملی ایران و ژاپن بود.",
    "پاکستان سال‌هاست میزبان میلیون‌ها مهاجر افغانستان است.",
    "ترکیه میزبان بیش از سه میلیون پناهنده از سوریه بود.",
    "عراق هر سال در ایام اربعین میزبان زائران ایران است.",
])
def test_session23_a_no_visit(kb, sentence):
    assert_not_coded(sentence, kb, "CONSULT")
