"""Roles and partners read on real pages (session 31): an office followed by "ما"/"کشورمان" is the speaker's own,
not the office a foreign person held earlier; a meeting partner after an unlinked one keeps its "با"."""

from rasad.annotate.document import annotate_document
from rasad.kb import load_kb
from rasad.records import RawDocument

_KB = load_kb()


def _roles(text: str) -> list[tuple[str, str | None]]:
    doc = annotate_document(RawDocument(source="t.txt", text=text, published="2021-02-15T10:00:00+03:30"), _KB)
    return [(r.text, r.kb_id) for r in doc.roles]


def test_our_envoy_is_not_the_foreign_envoy_named_before():
    roles = _roles("مارتین گریفیتس نماینده ویژه سازمان ملل در امور یمن در تهران حضور داشت و با نماینده ویژه ما "
                   "در امور یمن گفت‌وگو کرد.")
    assert ("نماینده ویژه", "martin-griffiths") not in roles
    assert ("نماینده ویژه سازمان ملل", "martin-griffiths") in roles


def test_our_country_after_an_office_blocks_the_earlier_holder_too():
    roles = _roles("مارتین گریفیتس نماینده ویژه سازمان ملل در امور یمن وارد تهران شد. نماینده ویژه کشورمان "
                   "در امور یمن از او استقبال کرد.")
    assert ("نماینده ویژه", "martin-griffiths") not in roles


def test_the_same_office_named_again_is_still_its_holder():
    roles = _roles("مارتین گریفیتس نماینده ویژه سازمان ملل در امور یمن گفت: نماینده ویژه در امور یمن فردا به صنعا "
                   "می‌رود.")
    assert ("نماینده ویژه", "martin-griffiths") in roles


def _events(text: str) -> list[tuple[str, list, list]]:
    doc = annotate_document(RawDocument(source="t.txt", text=text, published="2021-02-15T10:00:00+03:30"), _KB)
    return [(e.type, e.source_ids, e.target_ids) for e in doc.events]


def test_a_partner_after_an_unlinked_one_still_meets():
    """"با مشاور ارشد وزیر و X دیدار کرد": the unlinked first partner does not take "با" from the second."""
    assert ("CONSULT", ["martin-griffiths"], ["mohammad-javad-zarif"]) in _events(
        "مارتین گریفیتس با مشاور ارشد وزیر و محمدجواد ظریف دیدار کرد.")
    assert ("CONSULT", ["martin-griffiths"], ["mohammad-javad-zarif"]) in _events(
        "مارتین گریفیتس در تهران با دو دیپلمات و محمدجواد ظریف گفت‌وگو کرد.")


def test_a_manner_before_and_is_no_partner():
    assert not [e for e in _events("سرمربی تیم ملی با حضور هواداران و فدراسیون فوتبال دیدار کرد.") if e[0] == "CONSULT"]
