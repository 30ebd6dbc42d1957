"""Offices and names of 2024–2026 Persian news that resolved to no one (session 24, slice E; data only:
rasad/data/kb/roles.yaml and the actors' own files). Iran's press names the Army's commander "فرمانده کل ارتش" and the
national police commander "فرمانده کل انتظامی کشور" / "فرمانده انتظامی کل کشور" with no state after them, as it names
"رئیس کل بانک مرکزی"; a state's permanent representative at the UN ("نماینده دائم ایران در سازمان ملل") was held in
the knowledge base only as "ambassador" there, so the office named no one; Kata'ib Hezbollah's secretary-general had no
office and his name without the article ("ابوحسین حمیداوی") did not link; the General Staff's senior spokesperson
("سخنگوی ارشد نیروهای مسلح") had no office. Guards: the bare office before another state
stays that state's, a provincial police chief keeps its own office, and everyday uses of the words link no one.
Sentences are the tests' own."""

import pytest

from tests.event_text import reported_events
from tests.test_kb_officials import _roles, office_roles


@pytest.mark.parametrize("phrase, day, holder", [
    ("فرمانده کل ارتش", "2026-01-15", "Amir Hatami"),
    ("فرمانده کل ارتش", "2021-03-01", "Abdolrahim Mousavi"),
    ("فرمانده کل انتظامی کشور", "2024-11-01", "Ahmad-Reza Radan"),
    ("فرمانده انتظامی کل کشور", "2025-04-01", "Ahmad-Reza Radan"),
    ("فرمانده کل انتظامی جمهوری اسلامی ایران", "2019-04-01", "Hossein Ashtari"),
    ("نماینده دائم ایران در سازمان ملل", "2024-03-01", "Amir Saeid Iravani"),
    ("نماینده دائم ایران نزد سازمان ملل", "2016-03-01", "Gholamali Khoshroo"),
    ("نماینده دائم آمریکا در سازمان ملل", "2023-03-01", "Linda Thomas-Greenfield"),
    ("نماینده دائم روسیه در سازمان ملل", "2022-10-01", "Vasily Nebenzya"),
    ("دبیرکل کتائب حزب‌الله عراق", "2024-02-01", "Abu Hussein al-Hamidawi"),
    ("سخنگوی ارشد نیروهای مسلح", "2025-08-01", "Abolfazl Shekarchi"),
    ("سخنگوی ارشد نیروهای مسلح جمهوری اسلامی ایران", "2021-02-01", "Abolfazl Shekarchi"),
    ("سخنگوی ستاد کل نیروهای مسلح", "2023-02-01", "Abolfazl Shekarchi"),
])
def test_the_office_names_its_holder_on_the_day(kb, phrase, day, holder):
    roles = office_roles(phrase, kb, day)
    assert holder in roles.values(), roles


def test_hamidawi_links_without_the_article(kb):
    _, ids = _roles("ابوحسین حمیداوی در پیامی تصویری از فرماندهان گروه قدردانی کرد.", kb, "2024-09-01")
    assert "abu-hussein-al-hamidawi" in ids, ids


def test_an_event_by_the_army_commander_is_his(kb):
    events = reported_events("فرمانده کل ارتش روز دوشنبه به آمریکا درباره هرگونه ماجراجویی در خلیج فارس هشدار داد.",
                             kb, "2025-11-10T10:00:00+03:30")
    assert any(e.type == "THREATEN" and "amir-hatami" in e.source_ids for e in events), \
        [(e.type, e.source_ids) for e in events]


def test_a_meeting_with_the_police_commander_is_with_him(kb):
    events = reported_events("فرمانده کل انتظامی کشور روز دوشنبه با وزیر کشور عراق در تهران دیدار کرد.", kb,
                             "2025-11-10T10:00:00+03:30")
    assert any("ahmad-reza-radan" in e.source_ids + e.target_ids for e in events), \
        [(e.type, e.source_ids, e.target_ids) for e in events]


def test_a_request_by_the_permanent_representative_is_his(kb):
    events = reported_events("نماینده دائم ایران در سازمان ملل از شورای امنیت خواست حملات به تأسیسات غیرنظامی را "
                             "محکوم کند.", kb, "2024-05-10T10:00:00+03:30")
    assert any("amir-saeid-iravani" in e.source_ids for e in events), [(e.type, e.source_ids) for e in events]


@pytest.mark.parametrize("phrase, day, holder", [
    ("فرمانده کل ارتش پاکستان", "2024-05-01", "Asim Munir"),
    ("فرمانده انتظامی استان فارس", "2024-05-01", None),
])
def test_other_offices_keep_their_readings(kb, phrase, day, holder):
    roles = office_roles(phrase, kb, day)
    assert "Amir Hatami" not in roles.values() and "Ahmad-Reza Radan" not in roles.values(), roles
    if holder:
        assert holder in roles.values(), roles


def test_a_warning_by_the_armed_forces_spokesperson_is_his(kb):
    events = reported_events("سخنگوی ارشد نیروهای مسلح به امارات درباره هرگونه ادعا نسبت به جزایر سه‌گانه هشدار داد.", kb,
                             "2023-06-10T10:00:00+03:30")
    assert any(e.type == "THREATEN" and "abolfazl-shekarchi" in e.source_ids for e in events), \
        [(e.type, e.source_ids) for e in events]


def test_yemens_armed_forces_spokesperson_is_not_irans(kb):
    roles = office_roles("سخنگوی نیروهای مسلح یمن", kb, "2024-02-01")
    assert "Abolfazl Shekarchi" not in roles.values(), roles


def test_the_army_commander_of_another_state_is_not_irans(kb):
    roles = office_roles("فرمانده کل ارتش اسرائیل", kb, "2025-09-01")
    assert "Amir Hatami" not in roles.values(), roles


@pytest.mark.parametrize("text", [
    "ارتش کشور در رژه روز ارتش تجهیزات تازه‌ای را به نمایش گذاشت.",
    "کل کشور در روزهای گذشته شاهد بارش‌های پراکنده بود و نیروهای انتظامی در جاده‌ها مستقر شدند.",
    "حمیداوی نام خانوادگی رایجی در جنوب عراق نیست.",
])
def test_everyday_words_name_no_new_holder(kb, text):
    roles, ids = _roles(text, kb, "2025-09-01")
    assert not {"Amir Hatami", "Ahmad-Reza Radan"} & set(roles.values()), roles
