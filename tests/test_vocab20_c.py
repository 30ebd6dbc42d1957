"""Session 20 (slice C): Gulf, Iraqi and Levant news as Persian outlets tell it — envoys told to leave a country,
named inside the request after "از" and often by a nationality adjective ("از دو دیپلمات قطری خواست ... خاک ... را
ترک کنند"), persona non grata with the indefinite ("عنصری نامطلوب"), and the Islamic State's members named by the
adjective "داعشی". Each case is written anew (other actors, other details); the guards are everyday sentences with
the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # envoys asked to leave, named after "از" by a nationality adjective or a state
    ("وزارت خارجه بحرین از دو دیپلمات عراقی خواست تا ظرف یک هفته خاک این کشور را ترک کنند.", ("SANCTION", None, "IRQ")),
    ("دولت اردن از کاردار سوری خواست ظرف چهل و هشت ساعت خاک اردن را ترک کند.", ("SANCTION", "JOR", "SYR")),
    ("مقامات قطر از چهار دیپلمات مصری خواسته که خاک این کشور را ترک کنند.", ("SANCTION", "QAT", "EGY")),
    ("عمان از سه دیپلمات یمن خواست ظرف پنج روز خاک عمان را ترک کنند.", ("SANCTION", "OMN", "YEM")),
    # persona non grata with the indefinite
    ("دولت کویت رایزن فرهنگی سفارت لبنان را «عنصری نامطلوب» خواند.", ("SANCTION", "KWT", "LBN")),
    # members of the Islamic State named by the adjective
    ("ارتش عراق شش عنصر داعشی را در صحرای الانبار دستگیر کرد.", ("COERCE", "iraqi-army", "islamic-state")),
    ("پلیس اردن دو تروریست داعشی را در شهر زرقا بازداشت کرد.", ("COERCE", "JOR", "islamic-state")),
])
def test_session20_c_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("وزارت خارجه عراق از شهروندان خود خواست هر چه زودتر خاک لبنان را ترک کنند.", "SANCTION"),
    ("سفارت قطر از گردشگران قطری خواست تا پایان هفته خاک ترکیه را ترک کنند.", "SANCTION"),
    ("کشاورز از کارگران خواست پیش از باران خاک مزرعه را ترک کنند.", "SANCTION"),
    ("نویسنده در این رمان از عنصری نامطلوب در خانواده سخن می‌گوید.", "SANCTION"),
    ("او گفت رفتار داعشی با مردم موصل را هرگز فراموش نمی‌کند.", "COERCE"),
])
def test_session20_c_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]
