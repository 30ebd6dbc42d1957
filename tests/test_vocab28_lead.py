"""Session 28 (lead, from real pages read this session): sanctions begun, widened, tightened or extended "against"
someone, agreed with any verb of agreeing (events.yaml ``sanction.agreed`` as a words × verbs product)."""

import pytest

from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("text, source, target", [
    ("وزیران خارجه اتحادیه اروپا بر سر تشدید تحریم‌ها علیه روسیه به توافق رسیدند.", "european-union", "RUS"),
    ("وزیران اتحادیه اروپا به توافقی برای گسترش تحریم‌های موشکی علیه ایران دست یافتند.", "european-union", "IRN"),
    ("سران اتحادیه اروپا با آغاز تحریم‌های نفتی علیه روسیه موافقت کردند.", "european-union", "RUS"),
])
def test_sanctions_agreed(kb, text, source, target):
    assert_coded(text, kb, ("SANCTION", source, target))


@pytest.mark.parametrize("text", [
    "وزیران اتحادیه اروپا برای لغو تحریم‌ها علیه سوریه به توافق رسیدند.",
    "کشورهای عضو اتحادیه اروپا درباره تشدید تحریم‌ها علیه روسیه به توافق نرسیدند.",
    "دو باشگاه برای گسترش همکاری‌ها علیه فساد در فوتبال به توافق رسیدند.",
])
def test_lifting_failing_or_no_sanctions_is_no_sanction(kb, text):
    assert_not_coded(text, kb, "SANCTION")


@pytest.mark.parametrize("text", [
    "پارلمان اروپا قطعنامه تازه علیه ونزوئلا را در ادامه حمایت از تظاهرات خیابانی تصویب کرد.",
    "دولت کانادا تحریم‌های جدید علیه روسیه را در راستای حمایت از بازسازی شهرها اعلام کرد.",
])
def test_support_of_a_thing_is_not_support_of_the_clauses_object(kb, text):
    assert_not_coded(text, kb, "SUPPORT")


def test_support_of_an_actor_after_its_own_az_stays(kb):
    assert_coded("آمریکا در ادامه حمایت از اوکراین بسته کمک تازه‌ای اعلام کرد.", kb, ("SUPPORT", "USA", "UKR"))
