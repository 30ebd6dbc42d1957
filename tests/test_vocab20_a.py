"""Session 20 (slice A): visits, meetings and phone calls as Persian outlets tell them — a call paid on someone ("به
دیدار X رفت"), a welcome with the preposition written joined ("بعمل آورد"), partners listed with "و همچنین", "the
president of X" written with a ZWNJ before a state named "جمهوری X", an envoy's brief ("در امور X") that is no party,
talks "had" in the plural, and a planned meeting's partner named at length. Each case is written anew (other actors,
other details); the guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a welcome with "بعمل" written joined
    ("رجب طیب اردوغان در کاخ ریاست‌جمهوری آنکارا از الهام علی‌اف رئیس‌جمهور آذربایجان استقبال رسمی بعمل آورد.",
     ("CONSULT", "ilham-aliyev", "recep-tayyip-erdogan")),
    # partners listed with "و همچنین" / "و نیز"
    ("سید عباس عراقچی روز سه‌شنبه در دمشق با فیصل مقداد و همچنین بشار اسد دیدار و گفت‌وگو کرد.",
     ("CONSULT", "abbas-araghchi", "bashar-al-assad")),
    ("سرگئی لاوروف روز شنبه در دوحه با هاکان فیدان و نیز تمیم بن حمد آل ثانی دیدار کرد.",
     ("CONSULT", "sergey-lavrov", "tamim-bin-hamad-al-thani")),
    # "رئیس‌جمهوری X" with a ZWNJ, the state named "جمهوری X"
    ("رئیس‌جمهوری فرانسه روز دوشنبه در حاشیه مجمع عمومی در نیویورک با هاکان فیدان وزیر خارجه ترکیه دیدار کرد.",
     ("CONSULT", "emmanuel-macron", "hakan-fidan")),
    ("ولادیمیر پوتین روز جمعه در مسکو با رئیس‌جمهوری الجزایر دیدار و گفت‌وگو کرد.",
     ("CONSULT", "abdelmadjid-tebboune", "vladimir-putin")),
    # talks had, in the plural
    ("سرگئی لاوروف در پایان سفر گفت: ما گفت‌وگوهای سازنده‌ای با هاکان فیدان داشتیم.",
     ("CONSULT", "sergey-lavrov", "hakan-fidan")),
    # a planned meeting's partner named at length
    ("سید عباس عراقچی قرار است با مقامات کشورهای قطر و عمان نیز دیدار کند.",
     ("CONSULT", "abbas-araghchi", "OMN")),
    # a chat or greetings on a summit's sidelines, a farewell call
    ("رجب طیب اردوغان در حاشیه نشست سران با ولادیمیر پوتین چند دقیقه به گپ و گفت پرداخت.",
     ("CONSULT", "recep-tayyip-erdogan", "vladimir-putin")),
    ("سرگئی لاوروف پیش از آغاز جلسه با هاکان فیدان به خوش و بش پرداخت.", ("CONSULT", "sergey-lavrov", "hakan-fidan")),
    ("سفیر پیشین ژاپن در تهران روز گذشته با حضور در وزارت امور خارجه با سید عباس عراقچی خداحافظی کرد.",
     ("CONSULT", None, "abbas-araghchi")),
    # the welcoming host named with a long office
    ("هاکان فیدان وزیر خارجه ترکیه در سفری رسمی وارد مسکو شد و مورد استقبال رسمی سرگئی لاوروف وزیر امور خارجه روسیه قرار گرفت.",
     ("CONSULT", "hakan-fidan", "sergey-lavrov")),
])
def test_session20_a_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_brief_is_no_visitor(kb):
    """The state of an envoy's brief is not the visitor."""
    sentence = "گیر پدرسن نماینده ویژه سازمان ملل در امور سوریه که به تهران سفر کرده است با عباس عراقچی دیدار کرد."
    visits = [e for e in reported_events(sentence, kb) if e.type == "CONSULT"]
    assert visits and all("SYR" not in e.source_ids for e in visits), \
        [(e.type, e.source_ids, e.target_ids) for e in visits]


@pytest.mark.parametrize("sentence,target", [
    # a call paid on someone, with no place to tell a visit by: the visitor the subject, the one called on inside
    ("هاکان فیدان وزیر خارجه ترکیه پس از نشست خبری به ملاقات «فیصل مقداد» وزیر خارجه سوریه رفت.", "faisal-mekdad"),
    ("سید عباس عراقچی وزیر امور خارجه پس از آن به دیدار «هاکان فیدان» وزیر خارجه ترکیه رفت و با وی درباره غزه رایزنی کرد.",
     "hakan-fidan"),
])
def test_session20_a_call_on_is_a_visit(kb, sentence, target):
    """"به دیدار X رفت" is a visit made (CAMEO 042), not only a meeting."""
    visits = [e for e in reported_events(sentence, kb) if e.type == "CONSULT" and target in e.target_ids]
    assert visits and all(e.mode == "visit" and e.cameo == "042" for e in visits), \
        [(e.type, e.mode, e.cameo, e.source_ids, e.target_ids) for e in reported_events(sentence, kb)]


@pytest.mark.parametrize("sentence", [
    # a phone call with its topic between the adverb and the verb
    "ولادیمیر پوتین و رجب طیب اردوغان روز جمعه تلفنی درباره تبادل اسرا گفت‌وگو کردند.",
    "دونالد ترامپ با تمیم بن حمد آل ثانی به صورت تلفنی درباره آتش‌بس غزه رایزنی کرده است.",
])
def test_session20_a_phone_with_topic(kb, sentence):
    calls = [e for e in reported_events(sentence, kb) if e.type == "CONSULT"]
    assert calls and all(e.mode == "phone" for e in calls), [(e.type, e.mode, e.source_ids, e.target_ids) for e in calls]


@pytest.mark.parametrize("sentence", [
    "این بازیکن پیشکسوت پس از بیست سال با فوتبال ملی خداحافظی کرد و از هواداران تشکر کرد.",
    "مادربزرگ هر شب تلفنی با نوه‌هایش درباره مدرسه گفتگو کرد و برایشان قصه گفت.",
    "پدربزرگ هر جمعه با نوه‌هایش به دیدار خانواده‌اش در روستا رفت و تا شب آنجا ماند.",
    "دانش‌آموزان مدرسه روز گذشته به دیدار جانبازان آسایشگاه رفتند و برایشان گل بردند.",
    "او پس از سال‌ها دوری به دیدن مادرش رفت و از دیدار دوباره خوشحال شد.",
    "شهرداری از گردشگران نوروزی استقبال گرمی بعمل آورد و ایستگاه‌های راهنما برپا کرد.",
])
def test_session20_a_everyday_words_are_no_event(kb, sentence):
    assert not [e for e in reported_events(sentence, kb) if e.type == "CONSULT"], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]
