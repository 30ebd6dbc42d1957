"""Events coded from a sentence of the tests' own, as an agency's copy ("به گزارش خبرگزاری ایرنا، ...") dated for
its offices: shared by the event test files."""

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from rasad.text.normalize import fold_for_compare


def events_of(text, kb, published):
    doc = RawDocument(source="t.txt", text="به گزارش خبرگزاری ایرنا، " + text, published=published)
    return annotate_document(doc, kb).events


def of_type(events, etype):
    return [e for e in events if e.type == etype]


# A real-news sentence as an article: the outlet's line after it, dated for its offices (the shape tests' padding).
_REPORTED = " به گزارش خبرگزاری مهر، این اقدام واکنش‌های زیادی به دنبال داشت و ناظران آن را مهم دانستند."


def reported_events(sentence, kb, published="2024-07-20T10:00:00+03:30"):
    doc = RawDocument(source="t.txt", text=sentence + _REPORTED, published=published)
    return annotate_document(doc, kb).events


def sides_of(sentence, kb, kind):
    """(source ids, target ids) of each event of type ``kind`` coded from ``sentence`` (as reported_events)."""
    return [(e.source_ids, e.target_ids) for e in reported_events(sentence, kb) if e.type == kind]


def published_on(day):
    return f"{day}T10:00:00+03:30" if day else "2024-07-20T10:00:00+03:30"


def assert_coded(sentence, kb, expected, day=None, need_source=False):
    """An event of the type with the source id (if given) among its sources and the target id (if given) among its
    targets; dated ``day`` (YYYY-MM-DD) for its offices if given; with ``need_source``, some source when none is
    named."""
    etype, source, target = expected
    events = reported_events(sentence, kb, published_on(day))
    found = [e for e in events if e.type == etype and (source in e.source_ids if source else not need_source or e.source_ids)]
    assert found, [(e.type, e.source_ids, e.target_ids) for e in events]
    if target:
        assert any(target in e.target_ids for e in found), [(e.type, e.source_ids, e.target_ids) for e in found]


def assert_not_coded(sentence, kb, etype, day=None):
    """A guard: no event of the type from the sentence (the events coded are the message)."""
    events = reported_events(sentence, kb, published_on(day))
    assert not of_type(events, etype), [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]


def found_of_type(sentence, kb, day, etype):
    """The events of ``etype`` coded from the sentence dated ``day`` (YYYY-MM-DD), and all its events."""
    events = reported_events(sentence, kb, published_on(day))
    return of_type(events, etype), events


def shown(events):
    """Events as a failing assertion shows them."""
    return [(e.type, e.source_ids, e.target_ids, e.trigger, e.rule) for e in events]


def assert_sourced(sentence, kb, day, etype, sources, target=None):
    """An event of ``etype`` with one of ``sources`` among its sources (and ``target`` among its targets, if given)."""
    found, events = found_of_type(sentence, kb, day, etype)
    hits = [e for e in found if set(e.source_ids) & set(sources)]
    assert hits, shown(events)
    if target is not None:
        assert any(target in e.target_ids for e in hits), shown(events)


def reported_quotes(text, kb, published="2024-05-01T10:00:00+03:30"):
    """The quotes found in the text as an agency's copy (the outlet's line after it)."""
    doc = RawDocument(source="t.txt", text=text + _REPORTED, published=published)
    return annotate_document(doc, kb).quotes


def quote_said(quotes, starts, speaker):
    """Whether a quote starts (within its first 80 characters) with ``starts`` and its speaker's name or KB id holds
    ``speaker`` — the gold format's rule."""
    key = fold_for_compare(starts)
    return any(key in fold_for_compare(q.text)[:80] and (speaker == q.speaker_id or speaker in str(q.speaker))
               for q in quotes)


def quotes_shown(quotes):
    """Quotes as a failing assertion shows them."""
    return [(q.speaker_id or q.speaker, q.cue, q.text[:40]) for q in quotes]


def unknown_people(text, kb, published="2024-05-02T10:00:00+03:30"):
    """The Persian forms of the people the knowledge base does not know in ``text`` (reported by an outlet), spaces
    and joiners dropped (see :func:`form_key`)."""
    doc = annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published=published), kb)
    return {form_key(f) for e in doc.entities if e.type == "PERSON" and not e.kb_id for f in e.forms}


def form_key(form):
    """A Persian form without spaces and joiners: how pages write one name in several ways."""
    return form.replace(" ", "").replace("\u200c", "")
