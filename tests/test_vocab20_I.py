"""Session 20 (slice I): a trigger's gap that crosses a comma inside one phrase naming a party — a name and its
office in apposition ("مورد استقبال X، معاون وزیر ...، قرار گرفت"), an office whose ministry lists its domains
("طرح استیضاح X وزیر کار، تعاون و رفاه اجتماعی را ..."). Each case is written anew (other officials, other
details); the guards show that a gap still crosses no comma between two clauses or two parties, nor a sentence end."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument

_REPORTED = " به گزارش خبرگزاری مهر، این اقدام واکنش‌های زیادی به دنبال داشت و ناظران آن را مهم دانستند."


def _events(sentence, kb, published):
    return annotate_document(RawDocument(source="t.txt", text=sentence + _REPORTED, published=published), kb).events


@pytest.mark.parametrize("sentence,published,expected", [
    # the host named, then his office between commas; the closing comma before "قرار گرفت"
    ("رئیس‌جمهور قرقیزستان در فرودگاه مهرآباد مورد استقبال علی باقری کنی، سرپرست وزارت امور خارجه، قرار گرفت.",
     "2024-07-10", ("CONSULT", "sadyr-japarov", "ali-bagheri-kani")),
    # the office first, then the name between commas
    ("وزیر خارجه ارمنستان در بدو ورود به تهران مورد استقبال سرپرست وزارت امور خارجه، علی باقری کنی، قرار گرفت.",
     "2024-07-10", ("CONSULT", None, "ali-bagheri-kani")),
    # the apposition opened and never closed: the office runs into the verb
    ("نخست‌وزیر پاکستان در فرودگاه مورد استقبال علی باقری کنی، سرپرست وزارت امور خارجه قرار گرفت.",
     "2024-07-10", ("CONSULT", None, "ali-bagheri-kani")),
    # the passive of another verb: the critic named, then his office
    ("وزیر خارجه ترکیه در نشست آستانه مورد انتقاد لاوروف، وزیر خارجه روسیه قرار گرفت.",
     "2024-10-10", ("ACCUSE", "sergey-lavrov", "hakan-fidan")),
    # a ministry that lists its domains with a comma
    ("هیئت رئیسه مجلس روز سه‌شنبه طرح استیضاح رضا صالحی امیری وزیر میراث فرهنگی، گردشگری و صنایع دستی را اعلام وصول کرد.",
     "2025-05-20", ("ACCUSE", None, "reza-salehi-amiri")),
])
def test_session20_i_comma_inside_a_named_party(kb, sentence, published, expected):
    etype, source, target = expected
    events = [e for e in _events(sentence, kb, published) if e.type == etype]
    assert any((source is None or source in e.source_ids) and target in e.target_ids for e in events), \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]


@pytest.mark.parametrize("sentence,etype,party", [
    # a comma between two parties (the office is another's): no apposition, the gap stops
    ("هیئت ژاپنی در فرودگاه مورد استقبال پزشکیان، رئیس‌جمهور روسیه قرار گرفت.", "CONSULT", None),
    # a comma that ends a clause after a name
    ("هیئت کویتی مورد استقبال عراقچی بود، لاریجانی هم در جلسه قرار گرفت.", "CONSULT", None),
    # an unnamed crowd between commas names no host
    ("رئیس‌جمهور تاجیکستان مورد استقبال گرم مردم، که از صبح در خیابان‌ها جمع شده بودند، قرار گرفت.", "CONSULT",
     None),
    # a sentence end inside the would-be gap
    ("وزیر خارجه عمان دیروز مورد استقبال عراقچی بود. سرپرست سفارت عمان در تهران نیز در جلسه قرار گرفت.", "CONSULT",
     None),
    # a comma that ends a clause after an office: the next clause is no domain of the ministry
    ("طرح استیضاح وزیر کار، که هفته پیش امضا شد، را دولت و برخی نمایندگان نپذیرفتند و کمیسیون آن را اعلام وصول کرد.",
     "ACCUSE", None),
])
def test_session20_i_gap_crosses_no_clause_comma(kb, sentence, etype, party):
    found = [e for e in _events(sentence, kb, "2024-10-10") if e.type == etype
             and (party is None or party in e.source_ids + e.target_ids)]
    if party is None:
        found = [e for e in found if "،" in e.trigger]
    assert not found, [(e.type, e.source_ids, e.target_ids, e.trigger) for e in found]
