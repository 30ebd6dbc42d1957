"""Offices named on a dated page that resolved to no one (session 20, slice O): a ministry's spokesperson named with
the ministry's state ("سخنگوی وزارت خارجه پاکستان" read as "سخنگو" + the ministry), a parliament's head ("رئیس
پارلمان لبنان": its speaker), the press secretary of the Kremlin, the White House and the Pentagon (one person at a
time), a state's chief of staff named with its joint staff ("رئیس ستاد مشترک ارتش آمریکا"), Iran's own "رئیس ستاد کل
نیروهای مسلح" with nothing after it, a UN envoy posted to a country ("نماینده ویژه سازمان ملل در امور یمن"), and
terms the knowledge base lacked or had undated. Sentences are the tests' own."""

from __future__ import annotations

import pytest

from tests.test_kb_officials import _roles

_TAIL = " و افزود که گفتگوها ادامه دارد."


def _holder(roles: dict[str, str], office: str) -> str | None:
    """The holder the office phrase resolved to (the article's text may differ by a ZWNJ or a space)."""
    key = office.replace("\u200c", "").replace(" ", "")
    return next((v for k, v in roles.items() if k.replace("\u200c", "").replace(" ", "") == key), None)


@pytest.mark.parametrize("office, rest, day, holder", [
    # a ministry's spokesperson named with the ministry's state: the state's foreign ministry spokesperson
    ("سخنگوی وزارت خارجه پاکستان", "در نشست هفتگی از گسترش تجارت مرزی با همسایگان سخن گفت", "2023-06-01",
     "Mumtaz Zahra Baloch"),
    ("سخنگوی وزارت خارجه پاکستان", "در نشست هفتگی از گسترش تجارت مرزی با همسایگان سخن گفت", "2020-10-01",
     "Zahid Hafeez Chaudhri"),
    ("سخنگوی وزارت امور خارجه پاکستان", "درباره سفر هیئت افغان به اسلام‌آباد توضیح داد", "2025-12-01",
     "Tahir Hussain Andrabi"),
    # a parliament's head is its speaker
    ("رئیس پارلمان لبنان", "با سفیر اسپانیا درباره انتخابات شهرداری‌ها گفتگو کرد", "2022-04-01", "Nabih Berri"),
    ("رئیس مجلس ملی پاکستان", "با هیئتی از نمایندگان ازبکستان دیدار کرد", "2019-03-01", "Asad Qaiser"),
    ("رئیس پارلمان آلمان", "در سالگرد فروریختن دیوار برلین سخنرانی کرد", "2019-11-01", "Wolfgang Schäuble"),
    # one press secretary at a time
    ("سخنگوی کرملین", "درباره دیدار آینده دو رئیس‌جمهور توضیح داد", "2021-03-01", "Dmitry Peskov"),
    ("سخنگوی کاخ سفید", "درباره سفر آینده رئیس‌جمهور به آسیا توضیح داد", "2018-06-01", "Sarah Huckabee Sanders"),
    ("سخنگوی پنتاگون", "درباره استقرار ناوشکن‌ها در دریای سرخ توضیح داد", "2023-10-01", "Patrick S. Ryder"),
    # chiefs of staff
    ("رئیس ستاد مشترک ارتش آمریکا", "از پایگاهی در قطر بازدید کرد", "2021-06-01", "Mark Milley"),
    ("رئیس ستاد کل نیروهای مسلح", "در مراسم دانش‌آموختگی دانشگاه افسری سخنرانی کرد", "2018-10-01",
     "Mohammad Bagheri (commander)"),
    # a UN envoy posted to a country
    ("نماینده ویژه سازمان ملل", "در امور سوریه با هیئت مخالفان در ژنو دیدار کرد", "2016-03-01", "Staffan de Mistura"),
    ("نماینده ویژه سازمان ملل", "در یمن به صنعا سفر کرد", "2019-01-15", "Martin Griffiths (diplomat)"),
    # a minister's own title
    ("وزیر انرژی عربستان", "از تمدید کاهش تولید تا پایان سال خبر داد", "2022-10-01", "Abdulaziz bin Salman"),
])
def test_session20_o_office_resolves_on_the_day(kb, office, rest, day, holder):
    roles, _ = _roles(f"{office} {rest}{_TAIL}", kb, day)
    assert _holder(roles, office) == holder, roles


@pytest.mark.parametrize("office, rest, day, not_holder", [
    # another state's chief of staff, not Iran's
    ("رئیس ستاد کل نیروهای مسلح پاکستان", "با فرمانده ارتش چین دیدار کرد", "2019-05-01",
     "Mohammad Bagheri (commander)"),
    # the joint staff's chief, not the White House's chief of staff
    ("رئیس ستاد مشترک ارتش آمریکا", "در جلسه کنگره حاضر شد", "2020-05-01", "Mark Meadows"),
    # the Yemen envoy, not the Syria envoy of the same day
    ("نماینده ویژه سازمان ملل", "در امور یمن با هیئت دولت در ریاض دیدار کرد", "2016-03-01", "Staffan de Mistura"),
    # a body with no speaker or president: its head is still no one
    ("رئیس دانشگاه تهران", "از ساختمان تازه دانشکده فنی بازدید کرد", "2022-03-01", "Nabih Berri"),
])
def test_session20_o_office_is_not_another_holder(kb, office, rest, day, not_holder):
    roles, _ = _roles(f"{office} {rest}{_TAIL}", kb, day)
    assert _holder(roles, office) not in (None, not_holder), roles


def test_session20_o_other_ministry_spokesperson_stays_open(kb):
    """Only an office whose whole name begins the phrase is taken: "سخنگوی وزارت کشور پاکستان" is no foreign ministry
    spokesperson."""
    roles, _ = _roles("سخنگوی وزارت کشور پاکستان درباره امنیت مرز توضیح داد" + _TAIL, kb, "2022-03-01")
    assert _holder(roles, "سخنگوی وزارت کشور پاکستان") not in {"Mumtaz Zahra Baloch", "Asim Iftikhar Ahmad"}, roles


def test_session20_o_white_house_spokesperson_with_two_recorded_stays_open(kb):
    """A press secretary's office with two people recorded that day (a press secretary and a national security
    spokesman) names neither."""
    roles, _ = _roles("سخنگوی کاخ سفید درباره سفر آینده رئیس‌جمهور به آسیا توضیح داد" + _TAIL, kb, "2023-05-01")
    assert _holder(roles, "سخنگوی کاخ سفید") not in {"Karine Jean-Pierre", "John Kirby"}, roles
