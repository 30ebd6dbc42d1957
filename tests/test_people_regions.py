"""People of the region's governments by office and date (branch people9): an office of a body that governs a state
is that state's office ("سرپرست وزارت خارجه هیات حاکمه افغانستان" is the Taliban's foreign minister, never Iran's),
and known people under the names news gives them ("براد کوپر" for Charles Bradford Cooper II)."""

import pytest

from tests.test_link import _link

TEXT = "به گزارش ایرنا، {role} امروز با هیئتی از کشورهای همسایه دیدار کرد و درباره مرزها گفت‌وگو شد."


def _roles(text: str, kb, day: str) -> dict[str, tuple[str | None, str | None]]:
    linked = _link(text, kb, f"{day}T10:00:00+03:30")
    return {r.text: (r.refers_to, r.of) for r in linked.roles}


@pytest.mark.parametrize("role", [
    "سرپرست وزارت خارجه هیات حاکمه افغانستان",
    "سرپرست وزارت امور خارجه طالبان",
    "وزیر خارجه حکومت سرپرستی افغانستان",
])
def test_an_office_of_the_taliban_is_afghanistans_not_irans(kb, role):
    assert _roles(TEXT.format(role=role), kb, "2023-01-05")[role] == ("Amir Khan Muttaqi", "taliban")


def test_a_body_governs_a_state_only_from_the_day_it_took_power(kb):
    import datetime as dt

    from rasad.annotate.link.roles import _governed_state
    assert _governed_state(kb, "taliban", dt.date(2023, 1, 5)) == "AFG"
    assert _governed_state(kb, "taliban", dt.date(2019, 3, 1)) is None
    assert _governed_state(kb, "hamas", dt.date(2023, 1, 5)) is None  # a body that governs no recognised state


def test_iran_s_own_office_is_untouched(kb):
    assert _roles(TEXT.format(role="وزیر خارجه ایران"), kb, "2023-01-05")["وزیر خارجه ایران"][0] == \
        "Hossein Amir-Abdollahian"


@pytest.mark.parametrize(("form", "name"), [
    ("براد کوپر", "Brad Cooper"),
    ("اریک کوریلا", "Michael Kurilla"),
    ("کنث مک‌کنزی", "Kenneth F. McKenzie Jr."),
    ("عبدالقهار بلخی", "Abdul Qahar Balkhi"),
])
def test_known_people_under_the_names_news_gives_them(kb, form, name):
    linked = _link(f"{form} در گفت‌وگو با خبرنگاران گفت که شرایط منطقه حساس است.", kb, "2025-09-01T10:00:00+03:30")
    assert name in {e.name for e in linked.entities if e.type == "PERSON" and e.kb_id}


def test_a_surname_before_an_office_picks_its_holder(kb):
    # no date: "وزیر اقتصاد" has had many holders; the surname before it names the one meant
    linked = _link("به گزارش ایرنا، همتی وزیر اقتصاد امروز درباره بودجه با نمایندگان گفت‌وگو کرد.", kb)
    assert "Abdolnaser Hemmati" in {e.name for e in linked.entities if e.kb_id}
    assert {r.refers_to for r in linked.roles if r.text == "وزیر اقتصاد"} == {"Abdolnaser Hemmati"}



def test_offices_counted_are_no_one_person(kb):
    roles = _roles("سه رئیس جمهور آمریکا در این مراسم حضور داشتند و درباره انتخابات گفت‌وگو کردند.", kb, "2021-03-01")
    assert "Joe Biden" not in {refers_to for refers_to, _of in roles.values()}
    roles = _roles("رئیس جمهور آمریکا در این مراسم حضور داشت و درباره انتخابات گفت‌وگو کرد.", kb, "2021-03-01")
    assert "Joe Biden" in {refers_to for refers_to, _of in roles.values()}


def test_jaishankar_as_persian_outlets_spell_him(kb):
    linked = _link("متقی در این سفر با جی شنکار، وزیر امور خارجه هند، دیدار خواهد کرد.", kb, "2025-10-08T10:00:00+03:30")
    assert "S. Jaishankar" in {e.name for e in linked.entities if e.kb_id}


@pytest.mark.parametrize(("day", "role", "holder"), [
    # the Palestinian Authority governs Palestine: its foreign minister is Palestine's
    ("2022-05-01", "وزیر خارجه تشکیلات خودگردان فلسطین", "Riyad al-Maliki"),
    # a government's qualifier between the office and the state ("دولت موقت") keeps the office that state's
    ("2025-03-01", "وزیر خارجه دولت موقت سوریه", "Asaad al-Shaibani"),
    # the head of a body that has a president is its president
    ("2024-06-01", "رئیس کمیسیون اروپا", "Ursula von der Leyen"),
    # a state's speaker is the speaker of the one body of that state that has one
    ("2025-03-01", "رئیس پارلمان عراق", "Mahmoud al-Mashhadani"),
])
def test_offices_named_by_another_government_or_body(kb, day, role, holder):
    assert _roles(TEXT.format(role=role), kb, day)[role][0] == holder
