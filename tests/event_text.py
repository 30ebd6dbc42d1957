"""Events coded from a sentence of the tests' own, as an agency's copy ("به گزارش خبرگزاری ایرنا، ...") dated for
its offices: shared by the event test files."""

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument


def events_of(text, kb, published):
    doc = RawDocument(source="t.txt", text="به گزارش خبرگزاری ایرنا، " + text, published=published)
    return annotate_document(doc, kb).events


def of_type(events, etype):
    return [e for e in events if e.type == etype]
