"""Offices Persian and Dari news names in reports of Afghanistan, Pakistan, Azerbaijan and Kyrgyzstan, and their
holders (rasad/data/kb/actors/kb23p.yaml, roles.yaml and fixes in the actors' own files): Kabul's ministries by
their Dari names, the Taliban cabinet's deputy prime ministers by portfolio, its government spokesperson, Afghan
governors ("والی"), Pakistan's ISPR director general, Chief of Army Staff, chief ministers and information
minister, Kyrgyzstan's speakers, Azerbaijan's Land Forces
commander; guards that Iran's intelligence minister and other states' offices are kept. Sentences are the tests'
own."""

import pytest

from tests.test_kb_officials import _roles, office_roles


@pytest.mark.parametrize("phrase, day, holder", [
    # Kabul's ministries as Dari outlets name them
    ("وزیر داخله طالبان", "2023-06-01", "Sirajuddin Haqqani"),
    ("وزیر اطلاعات و فرهنگ طالبان", "2023-06-01", "Khairullah Khairkhwa"),
    ("وزیر معادن و پطرولیم طالبان", "2022-06-01", "Shahabuddin Delawar"),
    ("وزیر تجارت طالبان", "2023-06-01", "Nooruddin Azizi"),
    ("وزیر مهاجرین طالبان", "2023-06-01", "Khalil Haqqani"),
    ("وزیر مهاجرین طالبان", "2025-06-01", "Abdul Kabir"),
    ("وزیر تحصیلات عالی طالبان", "2024-06-01", "Neda Mohammad Nadim"),
    ("وزیر صحت عامه طالبان", "2023-06-01", "Qalandar Ibad"),
    ("وزیر امر به معروف طالبان", "2024-06-01", "Muhammad Khalid Hanafi"),
    # the deputy prime ministers by portfolio, never the prime minister named inside the phrase
    ("معاون اقتصادی رئیس‌الوزرای طالبان", "2023-06-01", "Abdul Ghani Baradar"),
    ("معاون اقتصادی نخست‌وزیر طالبان", "2024-06-01", "Abdul Ghani Baradar"),
    ("معاون سیاسی رئیس الوزرای طالبان", "2023-06-01", "Abdul Kabir"),
    ("معاون اداری رئیس‌الوزرای طالبان", "2023-06-01", "Abdul Salam Hanafi"),
    ("رئیس‌الوزرای طالبان", "2023-06-01", "Mohammad Hassan Akhund"),
    ("سخنگوی حکومت طالبان", "2023-06-01", "Zabihullah Mujahid"),
    ("والی هرات", "2023-06-01", "Noor Mohammad Islamjar"),
    # Pakistan
    ("سخنگوی ارتش پاکستان", "2019-06-01", "Asif Ghafoor"),
    ("سخنگوی ارتش پاکستان", "2021-06-01", "Babar Iftikhar"),
    ("مدیرکل روابط عمومی ارتش پاکستان", "2024-06-01", "Ahmed Sharif Chaudhry"),
    ("رئیس ستاد ارتش پاکستان", "2020-06-01", "Qamar Javed Bajwa"),
    ("رئیس ستاد ارتش پاکستان", "2024-06-01", "Asim Munir"),
    ("رئیس ستاد مشترک ارتش پاکستان", "2024-06-01", "Sahir Shamshad Mirza"),
    ("وزیر ارشد خیبرپختونخوا", "2020-06-01", "Mahmood Khan"),
    ("وزیر ارشد خیبرپختونخوا", "2024-06-01", "Ali Amin Gandapur"),
    ("وزیر ارشد ایالت بلوچستان", "2020-06-01", "Jam Kamal Khan"),
    ("وزیر ارشد ایالت بلوچستان", "2025-06-01", "Sarfraz Bugti"),
    ("وزیر اطلاعات پاکستان", "2020-10-01", "Shibli Faraz"),
    ("وزیر اطلاعات پاکستان", "2025-06-01", "Attaullah Tarar"),
    ("وزیر کشور پاکستان", "2019-01-01", "Imran Khan"),
    ("وزیر کشور پاکستان", "2019-06-01", "Ijaz Ahmed Shah"),
    # Kyrgyzstan's speakers, Azerbaijan's Land Forces
    ("رئیس مجلس قرقیزستان", "2021-05-01", "Talant Mamytov"),
    ("رئیس مجلس قرقیزستان", "2022-06-01", "Talant Mamytov"),
    ("رئیس مجلس قرقیزستان", "2023-06-01", "Nurlanbek Turgunbek uulu"),
    ("فرمانده نیروی زمینی آذربایجان", "2025-06-01", "Hikmat Mirzayev"),
])
def test_the_office_names_its_holder_on_the_day(kb, phrase, day, holder):
    roles = office_roles(phrase, kb, day)
    assert holder in roles.values(), roles


@pytest.mark.parametrize("phrase, day, holder", [
    ("وزیر اطلاعات", "2023-06-01", "Esmaeil Khatib"),          # Iran's intelligence minister stays his
    ("وزیر اطلاعات ایران", "2020-06-01", "Mahmoud Alavi"),
    ("وزیر کشور", "2023-06-01", "Ahmad Vahidi"),
    ("وزیر خارجه ایران", "2023-06-01", "Hossein Amir-Abdollahian"),
    ("فرمانده ارتش پاکستان", "2024-06-01", "Asim Munir"),
])
def test_offices_already_known_are_kept(kb, phrase, day, holder):
    roles = office_roles(phrase, kb, day)
    assert holder in roles.values(), roles


@pytest.mark.parametrize("phrase, day, not_holder", [
    ("وزیر اطلاعات و فرهنگ طالبان", "2023-06-01", "Esmaeil Khatib"),
    ("معاون اقتصادی نخست‌وزیر طالبان", "2023-06-01", "Mohammad Hassan Akhund"),
    ("والی هرات", "2021-05-01", "Noor Mohammad Islamjar"),       # the republic's years
    ("رئیس ستاد ارتش پاکستان", "2024-06-01", "Sahir Shamshad Mirza"),
])
def test_the_office_names_no_wrong_holder(kb, phrase, day, not_holder):
    roles = office_roles(phrase, kb, day)
    assert not_holder not in roles.values(), roles


def test_the_new_commander_links_by_name(kb):
    _, ids = _roles("حکمت میرزایف از یگان‌های مستقر در مرز بازدید کرد.", kb, "2024-06-01")
    assert "hikmat-mirzayev" in ids, ids


@pytest.mark.parametrize("text", [
    "والی این قصه پیرمردی مهربان بود که در روستا زندگی می‌کرد.",
    "او پس از سال‌ها کار در وزارت تجارت بازنشسته شد و به ده بازگشت.",
    "میرزایف نام خانوادگی رایجی در قفقاز است.",
])
def test_a_common_word_links_no_new_actor(kb, text):
    _, ids = _roles(text, kb, "2024-05-01")
    assert not ids & {"hikmat-mirzayev", "noor-mohammad-islamjar", "nooruddin-azizi"}, ids
