"""Session 23 (slice Q): legal accusations as Persian outlets report them — a person summoned to a prosecutor's office
("به دادسرای ... احضار شد"), prosecuted ("... را تحت تعقیب قرار داد", "به اتهام ... مورد پیگرد قرار گرفت"), charged
("اتهامات X به وی تفهیم شد", "تفهیم اتهام شد"), a crime reported or a case opened against someone ("علیه X اعلام جرم
کرد", "برای X پرونده قضایی تشکیل داد") — ACCUSE in the investigate mode, the prosecuting body or official the source
(the person's own state's judiciary when none is named), the one charged the target; and the accusing finger aimed
("انگشت اتهام را به سمت X نشانه رفت"). Each case is written anew; the guards are everyday sentences with the same
words (a patient's complaint, a player's foul, a state "prosecuted" in a figure of speech) that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # summoned to a prosecutor's office named bare (the state's judiciary summons)
    ("فائزه هاشمی روز شنبه برای ادای توضیحات به دادسرای فرهنگ و رسانه احضار شد.",
     ("ACCUSE", "judiciary-of-iran", "faezeh-hashemi")),
    ("مصطفی تاج‌زاده هفته گذشته به دادسرا احضار شد.", ("ACCUSE", "judiciary-of-iran", "mostafa-tajzadeh")),
    # prosecuted, told with the light verb (the prosecutor is the source)
    ("دادستان تهران فائزه هاشمی را به اتهام تبلیغ علیه نظام تحت تعقیب قرار داد.",
     ("ACCUSE", None, "faezeh-hashemi")),
    ("دادستان تهران مهدی کروبی را مورد پیگرد قضایی قرار داد.", ("ACCUSE", None, "mehdi-karroubi")),
    # prosecuted or charged in the passive, no one named: the person's own state's judiciary
    ("مصطفی تاج‌زاده به اتهام اجتماع و تبانی تحت تعقیب قرار گرفت.", ("ACCUSE", "judiciary-of-iran", "mostafa-tajzadeh")),
    ("فائزه هاشمی در پرونده تازه‌ای به اتهام توهین مورد پیگرد قرار گرفت.",
     ("ACCUSE", "judiciary-of-iran", "faezeh-hashemi")),
    ("مهدی کروبی روز دوشنبه در دادسرای ویژه احضار و تفهیم اتهام شد.", ("ACCUSE", "judiciary-of-iran", "mehdi-karroubi")),
    ("اتهامات مصطفی تاج‌زاده صبح امروز به وی تفهیم شد.", ("ACCUSE", "judiciary-of-iran", "mostafa-tajzadeh")),
    # a crime reported or a case opened against someone
    ("دادستان تهران علیه فائزه هاشمی اعلام جرم کرد.", ("ACCUSE", None, "faezeh-hashemi")),
    ("دادستان تهران از تشکیل پرونده علیه مهدی کروبی خبر داد.", ("ACCUSE", None, "mehdi-karroubi")),
    ("دادستان تهران برای مصطفی تاج‌زاده پرونده قضایی تشکیل داد.", ("ACCUSE", None, "mostafa-tajzadeh")),
    # the case opened in the passive, the summons to Evin's office
    ("برای فائزه هاشمی به اتهام نشر اکاذیب پرونده قضایی تشکیل شد.", ("ACCUSE", "judiciary-of-iran", "faezeh-hashemi")),
    ("پرونده‌ای برای مصطفی تاج‌زاده در دادسرای فرهنگ و رسانه تشکیل شده است.",
     ("ACCUSE", "judiciary-of-iran", "mostafa-tajzadeh")),
    ("مهدی کروبی روز دوشنبه به دادسرای اوین احضار شد.", ("ACCUSE", "judiciary-of-iran", "mehdi-karroubi")),
    # the accusing finger aimed
    ("مقامات افغانستان انگشت اتهام را به سمت پاکستان نشانه رفتند.", ("ACCUSE", "AFG", "PAK")),
])
def test_session23_q_legal_accusations(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_session23_q_charges_are_investigations(kb):
    """A prosecution is an accusation in the investigate mode, not a condemnation."""
    events = reported_events("مصطفی تاج‌زاده به اتهام اجتماع و تبانی تحت تعقیب قرار گرفت.", kb)
    assert [e.mode for e in events if e.type == "ACCUSE"] == ["investigate"]


@pytest.mark.parametrize("sentence", [
    "این بیمار از درد شدید شکم و سرگیجه شکایت کرد.",  # a patient's complaint: a symptom
    "مدافع تیم پرسپولیس به خطای عمدی متهم شد و کارت زرد گرفت.",  # a player's foul
    "شهروندان از ترافیک سنگین خیابان‌های مرکزی شهر شکایت کردند.",  # a complaint about traffic
    "آمریکا به دلیل نقض قوانین بین‌المللی تحت تعقیب قرار گرفت.",  # a state, prosecuted by no judiciary named
    "پلیس راهور تخلفات رانندگان را مورد پیگرد قرار داد.",  # offences, not a party
    "برای این بیمار در بیمارستان شهر پرونده پزشکی تشکیل شد.",  # a medical record
])
def test_session23_q_guards(kb, sentence):
    assert not [e for e in reported_events(sentence, kb) if e.type == "ACCUSE"], sentence
