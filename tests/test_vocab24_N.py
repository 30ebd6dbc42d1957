"""Session 24 (slice N): meetings and visits real pages tell with several participants or by a purpose, which rasad
coded with too few parties or missed — counterparts of several states in one list ("با همتایان پاکستانی، مصری و
عراقی خود دیدار کرد": one counterpart each, not the first state alone), a trip told by whom it went to meet ("برای
دیدار با X به کاخ ... رفت": X met, the place a building), a call on someone announced ("به دیدار X خواهد رفت"),
meetings told with the light verb "انجام داد" or as "دیدارهایی ... با X", a trip to "کشورهای X و Y", and a list
of people met whose first the knowledge base lacks ("با NAME وزیر خارجه X، NAME2 وزیر خارجه Y و ..."). Each case
is written anew (other actors, places, tenses); the guards are everyday sentences with the same words that report
no meeting."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("sentence,expected", [
    # counterparts of several states in one list: each state's holder of the subject's office
    ("سرگئی لاوروف در حاشیه اجلاس با همتایان ترکیه‌ای، قطری و سعودی خود دیدار کرد.",
     ("CONSULT", "sergey-lavrov", "faisal-bin-farhan-al-saud")),
    ("سرگئی لاوروف در حاشیه اجلاس با همتایان ترکیه‌ای، قطری و سعودی خود دیدار کرد.",
     ("CONSULT", "sergey-lavrov", "mohammed-bin-abdulrahman-bin-jassim-al-thani")),
    ("هاکان فیدان روز سه‌شنبه با همتایان روس، چینی و سعودی گفت‌وگو کرد.",
     ("CONSULT", "hakan-fidan", "wang-yi")),
    # a list of people whose first the knowledge base lacks, named with an office: the list goes on after the comma
    ("هاکان فیدان در استانبول با عبدالقادر حسین عمر وزیر امور خارجه جیبوتی، سرگئی لاوروف وزیر امور خارجه روسیه و چند "
     "مقام دیگر دیدار کرد.", ("CONSULT", "hakan-fidan", "sergey-lavrov")),
    # a trip told by whom it went to meet
    ("ولادیمیر پوتین برای دیدار با رجب طیب اردوغان به کاخ ریاست‌جمهوری رفت.",
     ("CONSULT", "vladimir-putin", "recep-tayyip-erdogan")),
    ("رجب طیب اردوغان برای گفت‌وگو با امانوئل ماکرون به کاخ الیزه رفت.",
     ("CONSULT", "recep-tayyip-erdogan", "emmanuel-macron")),
    # a call on someone, announced
    ("اردوغان هفته آینده به دیدار ولادیمیر پوتین در سوچی خواهد رفت.",
     ("CONSULT", "recep-tayyip-erdogan", "vladimir-putin")),
    # meetings with the light verb "انجام داد", or "دیدارهایی ... با X"
    ("امانوئل ماکرون در این سفر دیداری با اولاف شولتس انجام داد.", ("CONSULT", "emmanuel-macron", "olaf-scholz")),
    ("سرگئی لاوروف پس از نشست، دیدارهایی نیز با هاکان فیدان و شماری از سفیران انجام داد.",
     ("CONSULT", "sergey-lavrov", "hakan-fidan")),
    # a trip to several states
    ("رجب طیب اردوغان در سفری سه روزه به کشورهای مالزی و اندونزی رفت.", ("CONSULT", "recep-tayyip-erdogan", "MYS")),
])
def test_meetings_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    "او برای دیدار با خانواده‌اش به شیراز رفت.",
    "هواداران برای دیدار با تیم محبوبشان به ورزشگاه رفتند.",
    "او هفته آینده به دیدار خانواده‌اش خواهد رفت.",
    "دیدارهایی با هواداران باشگاه در ورزشگاه برگزار شد.",
    "پژوهشگران در کشورهای اروپایی به نتایج مشابهی رسیدند.",
    "این بازیکن با همتایان اروپایی خود رقابت کرد.",
    "پزشکان این عمل جراحی را با موفقیت انجام دادند.",
])
def test_no_meeting(kb, sentence):
    assert_not_coded(sentence, kb, "CONSULT")
