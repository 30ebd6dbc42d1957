"""Session 28 (lead, from a real page): three everyday words before ", <office>" are a phrase, not a stranger's name
("در صحن علنی پارلمان، وزیر مربوطه ..."); a foreign name of rare words in the same place still is one."""

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument


def people(text, kb):
    doc = annotate_document(RawDocument(source="t.txt", text=text, published="2024-05-01T10:00:00+03:30"), kb)
    return {e.name for e in doc.entities if e.type == "PERSON"}


def test_three_everyday_words_before_an_office_are_no_name(kb):
    found = people("لایحه بودجه هفته آینده در صحن علنی پارلمان، وزیر مربوطه و معاونانش بررسی خواهد شد.", kb)
    assert not found, found


def test_a_foreign_name_before_an_office_still_is_one(kb):
    found = people("این موضوع را کایا کالاس، مسئول سیاست خارجی اتحادیه اروپا اعلام کرد و گفت گفتگوها ادامه دارد.", kb)
    assert found, found
