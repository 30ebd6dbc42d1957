"""Offices real Persian news names that resolved to no one, and their holders (rasad/data/kb/actors/kb21.yaml):
Kuwait's oil, defence and interior ministers, Jordan's interior ministers, Lebanon's energy and Egypt's and Oman's
oil ministers, Iran's governors of Markazi, Semnan and Ilam, the Taliban's foreign-ministry spokesperson; "وزیر برق"
as an energy minister; a spokesperson of an office ("سخنگوی دبیرکل") who is not its holder; a regnal name that stands for its bearer only from the day he took it (`named_since`);
guards that a common word equal to a new short form links no one. Sentences are the tests' own."""

import pytest

from tests.test_kb_officials import _roles


@pytest.mark.parametrize("text, day, expected", [
    ("سعد البراک پیش از نشست اوپک با همتای سعودی خود تلفنی گفت‌وگو کرد.", "2023-10-01", {"saad-al-barrak"}),
    ("طارق الرومی از افزایش ظرفیت پالایشگاه الزور خبر داد.", "2025-04-01", {"tareq-al-roumi"}),
    ("عماد العتیقی در کنفرانس انرژی درباره بازار جهانی سخن گفت.", "2024-03-01", {"imad-al-atiqi"}),
    ("شیخ احمد الفهد با فرمانده نیروی دریایی بحرین دیدار کرد.", "2023-09-01", {"ahmad-al-fahad-al-ahmed-al-sabah"}),
    ("ناصر صباح الاحمد الصباح از یک پایگاه هوایی در شمال کشور بازدید کرد.", "2018-10-01",
     {"nasser-sabah-al-ahmad-al-sabah"}),
    ("مازن الفرایه از تشدید نظارت بر گذرگاه جابر در مرز سوریه خبر داد.", "2023-05-01", {"mazen-al-faraya"}),
    ("سلامه حماد در پارلمان به پرسش نمایندگان درباره قاچاق مواد مخدر پاسخ داد.", "2019-11-01", {"salameh-hammad"}),
    ("مهدی زندیه‌وکیلی در جلسه شورای اداری اراک از طرح‌های آب‌رسانی سخن گفت.", "2025-02-01",
     {"mehdi-zandieh-vakili"}),
    ("فرزاد مخلص‌الائمه در جمع صنعتگران از کمبود گاز کارخانه‌ها سخن گفت.", "2023-01-10",
     {"farzad-mokhles-ol-aemmeh"}),
    ("یوجین سرنان آخرین انسانی بود که روی ماه قدم گذاشت.", "2022-12-14", {"eugene-cernan"}),
    ("پاپ لئو در پیام هفتگی خود خواستار پایان جنگ شد.", "2025-10-01", {"pope-leo-xiv"}),
    ("ولید فیاض از ورود نخستین محموله سوخت به بندر طرابلس خبر داد.", "2021-10-01", {"walid-fayad"}),
    ("طارق الملا از کشف یک میدان گازی تازه در دلتای نیل خبر داد.", "2021-10-01", {"tarek-el-molla"}),
])
def test_the_actor_links_by_its_persian_name(kb, text, day, expected):
    _, ids = _roles(text, kb, day)
    assert expected <= ids, ids


@pytest.mark.parametrize("phrase, day, holder", [
    ("وزیر نفت کویت", "2018-06-01", "Bakheet Al-Rashidi"),
    ("وزیر نفت کویت", "2020-06-01", "Khaled Al-Fadhel"),
    ("وزیر نفت کویت", "2021-06-01", "Mohammad Al-Fares"),
    ("وزیر نفت کویت", "2023-01-01", "Bader Al-Mulla"),
    ("وزیر نفت کویت", "2023-09-01", "Saad Al-Barrak"),
    ("وزیر نفت کویت", "2024-05-01", "Imad Al-Atiqi"),
    ("وزیر نفت کویت", "2025-05-01", "Tareq Al-Roumi"),
    ("وزیر دفاع کویت", "2019-03-01", "Nasser Sabah Al-Ahmad Al-Sabah"),
    ("وزیر دفاع کویت", "2020-06-01", "Ahmad Mansour Al-Ahmad Al-Sabah"),
    ("وزیر دفاع کویت", "2021-06-01", "Hamad Jaber Al-Ali Al-Sabah"),
    ("وزیر دفاع کویت", "2023-09-01", "Ahmad Al-Fahad Al-Ahmed Al-Sabah"),
    ("وزیر دفاع کویت", "2025-06-01", "Abdullah Ali Abdullah Al-Salem Al-Sabah"),
    ("وزیر کشور کویت", "2018-06-01", "Khaled Al-Jarrah Al-Sabah"),
    ("وزیر کشور کویت", "2020-06-01", "Anas Al-Saleh"),
    ("وزیر کشور کویت", "2023-03-01", "Talal Al-Khaled Al-Ahmad Al-Sabah"),
    ("وزیر کشور اردن", "2017-06-01", "Ghaleb Zu'bi"),
    ("وزیر کشور اردن", "2018-09-01", "Samir Mubaideen"),
    ("وزیر کشور اردن", "2020-01-01", "Salameh Hammad"),
    ("وزیر کشور اردن", "2020-12-01", "Tawfiq Halalmeh"),
    ("وزیر کشور اردن", "2024-05-01", "Mazen Al-Faraya"),
    ("استاندار مرکزی", "2023-01-01", "Farzad Mokhles-ol-Aemmeh"),
    ("استاندار مرکزی", "2025-06-01", "Mehdi Zandieh-Vakili"),
    ("سخنگوی وزارت خارجه طالبان", "2023-05-01", "Abdul Qahar Balkhi"),
    ("وزیر انرژی لبنان", "2019-05-01", "César Abi Khalil"),
    ("وزیر انرژی لبنان", "2020-06-01", "Raymond Ghajar"),
    ("وزیر انرژی لبنان", "2021-10-01", "Walid Fayad"),
    ("وزیر انرژی لبنان", "2025-06-01", "Joe Saddi"),
    ("وزیر نفت مصر", "2019-05-01", "Tarek El Molla"),
    ("وزیر نفت مصر", "2025-05-01", "Karim Badawi"),
    ("وزیر نفت عمان", "2023-05-01", "Salim bin Nasser Al Aufi"),
    ("وزیر انرژی عربستان", "2018-05-01", "Khalid Al-Falih"),
    ("استاندار سمنان", "2023-05-01", "Mohammad Reza Hashemi (governor)"),
    ("استاندار خراسان جنوبی", "2025-05-01", "Mohammad Reza Hashemi (governor)"),
    ("استاندار ایلام", "2023-05-01", "Mohammad Nowzari"),
    ("وزیر برق عراق", "2023-05-01", "Ziad Ali Fadel"),
    ("وزیر کشور کویت", "2022-03-01", "Ahmad Nawaf Al-Ahmad Al-Sabah"),
    ("رئیس مجلس پاکستان", "2021-06-01", "Asad Qaiser"),
    ("رئیس پارلمان پاکستان", "2025-03-01", "Ayaz Sadiq"),
])
def test_the_office_names_its_holder_on_the_day(kb, phrase, day, holder):
    roles, _ = _roles(f"به گزارش ایرنا، {phrase} امروز در سخنانی از ادامه همکاری‌ها خبر داد.", kb, day)
    assert holder in roles.values(), roles


def test_syrias_chief_of_staff_names_no_one_while_the_post_stood_empty(kb):
    roles, _ = _roles("به گزارش ایرنا، رئیس ستاد ارتش سوریه امروز در سخنانی از ادامه همکاری‌ها خبر داد.", kb,
                      "2020-06-01")
    assert not {"Ali Abdullah Ayyoub", "Abdul Karim Mahmoud Ibrahim"} & set(roles.values()), roles


def test_a_regnal_name_is_not_its_later_bearer_before_he_took_it(kb):
    _, ids = _roles("پاپ لئو در پیام هفتگی خود خواستار پایان جنگ شد.", kb, "2019-05-01")
    assert "pope-leo-xiv" not in ids, ids


@pytest.mark.parametrize("text", [
    "خانواده الرومی در این محله سال‌ها مغازه عطاری داشتند.",
    "او با اسب الفارس در مسابقه سوارکاری اول شد.",
    "بچه‌ها زیر نظر ملا در مکتب‌خانه قرآن می‌خواندند.",
    "خانواده العتیقی و خانواده البراک در این محله همسایه بودند.",
])
def test_a_common_word_links_no_new_actor(kb, text):
    _, ids = _roles(text, kb, "2025-02-01")
    assert not ids & {"tareq-al-roumi", "mohammad-al-fares", "bader-al-mulla", "imad-al-atiqi", "saad-al-barrak"}, ids


@pytest.mark.parametrize("phrase, holder", [
    ("سخنگوی دبیرکل سازمان ملل", "António Guterres"),
    ("سخنگوی رئیس جمهور آمریکا", "Joe Biden"),
])
def test_a_spokesperson_of_an_office_is_not_its_holder(kb, phrase, holder):
    roles, ids = _roles(f"{phrase} در نشست خبری روزانه به پرسش‌ها درباره آتش‌بس پاسخ داد.", kb, "2024-05-01")
    assert holder not in roles.values(), roles
