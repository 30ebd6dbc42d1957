"""Session 24 (slice B): Iranian domestic politics — MPs (named, unnamed or counted: "۲۰ نماینده مجلس" acts as the chamber), ministers, spokespeople, the Guardian Council and parliament
acting on one another. Real news of 2023–2026 lost these events because an official's criticism of someone of the
same state was read as a claim about the official's own side: an unnamed office ("نماینده مردم تبریز", "یک نماینده
مجلس") stood for the whole state, and a government spokesperson's office was taken as a body every Iranian belongs
to. A named person, or a body of another branch (parliament, judiciary), is now a party an official can criticise or
charge; claims ("مدعی شد") about one's own side still accuse no one. Also: confidence lost "again" after an
impeachment vote, and a vetting body that withholds approval of a bill or a candidate ("... را تایید نکرد").
Each case is written anew (other names, ministries, tenses); the guards are everyday sentences with the same words
that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("sentence,expected", [
    # an unnamed MP criticises or charges a named official of the same state
    ("نماینده مردم شیراز در مجلس از عباس عراقچی به دلیل مذاکرات اخیر انتقاد کرد.",
     ("ACCUSE", "IRN", "abbas-araghchi")),
    ("یک نماینده مجلس در نطق پیش از دستور از مسعود پزشکیان به شدت انتقاد کرد.",
     ("ACCUSE", None, "masoud-pezeshkian")),
    ("نماینده مردم مشهد از وزیر نیرو به خاطر خاموشی‌های تابستان انتقاد کرده است.",
     ("ACCUSE", "IRN", "ali-akbar-mehrabian")),
    # MPs counted act as their chamber does ("نمایندگان مجلس")
    ("سه نماینده مجلس در نامه‌ای از محمدرضا عارف به دلیل انتصابات اخیر انتقاد کردند.",
     ("ACCUSE", "islamic-consultative-assembly", "mohammad-reza-aref")),
    ("۱۵ نماینده مجلس از وزیر ارتباطات به قوه قضاییه شکایت کردند.", ("ACCUSE", "islamic-consultative-assembly", None)),
    # the government's spokesperson criticises the speaker or the parliament
    ("فاطمه مهاجرانی سخنگوی دولت از محمدباقر قالیباف به سبب اظهاراتش درباره بودجه انتقاد کرد.",
     ("ACCUSE", "fatemeh-mohajerani", "mohammad-bagher-ghalibaf")),
    ("سخنگوی دولت در نشست خبری هفتگی از مجلس به دلیل تأخیر در تصویب لایحه انتقاد کرد.",
     ("ACCUSE", None, "islamic-consultative-assembly")),
    # confidence lost again after an impeachment vote
    ("پس از شمارش آرا، احمد میدری موفق به کسب رأی اعتماد مجدد از مجلس نشد.",
     ("ACCUSE", "islamic-consultative-assembly", None)),
    # the vetting body withholds its approval of a bill or of a candidate
    ("شورای نگهبان مصوبه مجلس درباره مالیات بر خانه‌های خالی را تأیید نکرد.",
     ("REJECT", "guardian-council", "islamic-consultative-assembly")),
    ("شورای نگهبان صلاحیت محمود احمدی‌نژاد را برای انتخابات تایید نکرد.",
     ("REJECT", "guardian-council", "mahmoud-ahmadinejad")),
])
def test_session24_b_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    # a spokesperson's claim about one's own side accuses no one
    ("سخنگوی دولت مدعی شد که مسعود پزشکیان دستور پیگیری این پرونده را داده است.", "ACCUSE"),
    ("سخنگوی قوه قضاییه از دیوان عالی کشور به عنوان مرجع نهایی یاد کرد.", "ACCUSE"),
    # "تایید نکرد" of news, and approval of a loan or an application, is no rejection by a body
    ("سخنگوی پلیس این خبر را تایید نکرد.", "REJECT"),
    ("بانک درخواست وام این شرکت را تایید نکرد.", "REJECT"),
    ("پزشک صلاحیت جسمانی این ورزشکار برای مسابقه را تایید نکرد.", "REJECT"),
    # offices counted that are no body's members stay no one ("سه رئیس جمهور سابق")
    ("سه رئیس جمهور سابق در مراسم تحلیف حضور داشتند و از مردم تشکر کردند.", "ACCUSE"),
    # an MP thanks or meets, which is no criticism
    ("نماینده مردم تبریز با وزیر نیرو درباره طرح‌های آبرسانی گفت‌وگو کرد.", "ACCUSE"),
])
def test_session24_b_guards(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)
