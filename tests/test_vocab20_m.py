"""Session 20 (slice M): descriptions that point back to an actor named before — "این دیپلمات ارشد", "این مقام
آمریکایی", "این جنبش", "وزیر خارجه این کشور", "رئیس دولت عراق", "مأموران پلیس", "نیروهای انتظامی" — and the
guards: a description with nothing fitting before it stays unresolved, never guessed. Each case is written anew
(other actors, other details); the guards are sentences with the same words where no such party is named."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # opening its sentence, the description goes on with the subject before, not the one met (named last)
    ("سرگئی لاوروف وزیر خارجه روسیه با آنتونی بلینکن در ژنو دیدار کرد. این دیپلمات ارشد سپس ناتو را به تحریک "
     "اوکراین متهم کرد.", ("ACCUSE", "sergey-lavrov", "nato")),
    # "این جنبش": the movement named before, not the army named nearer
    ("جنبش جهاد اسلامی فلسطین حمله ارتش اسرائیل به جنین را محکوم کرد. این جنبش همچنین از سازمان ملل خواست جلوی "
     "این حملات را بگیرد.", ("REQUEST", "palestinian-islamic-jihad", "united-nations")),
    # "رئیس دولت عراق": Iraq's prime minister that day
    ("رئیس دولت عراق روز شنبه با سرگئی لاوروف دیدار کرد.", ("CONSULT", "mohammed-shia-al-sudani", None)),
    # police where the sentence's place is, not the state of the embassy they stood at
    ("ده‌ها معترض مقابل سفارت عربستان در تهران از سوی مأموران پلیس بازداشت شدند.",
     ("COERCE", "law-enforcement-command-of-islamic-republic-of-iran", None)),
    # "نیروهای انتظامی": Iran's police, not Iran
    ("نیروهای انتظامی شب گذشته ده‌ها نفر را در مشهد بازداشت کردند.",
     ("COERCE", "law-enforcement-command-of-islamic-republic-of-iran", None)),
])
def test_session20_m_references(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_description_of_a_stranger(kb):
    """"این مقام آمریکایی" after a spokesman the knowledge base lacks stands for him, not for the person he spoke of."""
    events = reported_events("جان هالورسون، معاون سخنگوی وزارت خارجه آمریکا، درباره انتصاب آنتونی بلینکن توضیح داد. "
                             "این مقام آمریکایی در ادامه ایران را به حمایت از تروریسم متهم کرد.", kb)
    accuse = [e for e in events if e.type == "ACCUSE" and "IRN" in e.target_ids]
    assert accuse and all("antony-blinken" not in e.source_ids for e in accuse), \
        [(e.type, e.source, e.target_ids) for e in events]
    assert any(e.source and e.source_ids == [None] for e in accuse), [(e.source, e.source_ids) for e in accuse]


def test_office_of_this_state_unnamed(kb):
    """"معاون وزیر خارجه این کشور" with no state named before: no state's office, never Iran's by default."""
    doc = RawDocument(source="t.txt", published="2021-07-26",
                      text="تلویزیون دولتی اعلام کرد که لی شین، معاون وزیر خارجه این کشور، در دیدار با سفیر ژاپن "
                           "درباره تجارت گفت‌وگو کرد. این دیدار دو ساعت طول کشید.")
    roles = annotate_document(doc, kb).roles
    role = next(r for r in roles if "این کشور" in r.text)
    assert role.of != "IRN", roles


@pytest.mark.parametrize("sentence,etype,wrong", [
    # a nationality no one named before has: no one
    ("عباس عراقچی با وانگ یی در پکن دیدار کرد. این مقام روس آمریکا را به یکجانبه‌گرایی متهم کرد.", "ACCUSE",
     {"abbas-araghchi", "wang-yi"}),
    # "این جنبش" with only an army named before: unresolved, not the army
    ("ارتش اسرائیل بامداد امروز به رفح حمله کرد. این جنبش از سازمان ملل خواست جلوی این حملات را بگیرد.", "REQUEST",
     {"israel-defense-forces", "ISR"}),
    # "این مقام" with no person named before: no one
    ("وزارت خارجه آمریکا بیانیه‌ای درباره برجام منتشر کرد. این مقام ایران را به نقض تعهدات متهم کرد.", "ACCUSE",
     {"antony-blinken"}),
])
def test_session20_m_guards(kb, sentence, etype, wrong):
    events = [e for e in reported_events(sentence, kb) if e.type == etype]
    assert not any(wrong & set(e.source_ids) for e in events), [(e.type, e.source_ids, e.target_ids) for e in events]
