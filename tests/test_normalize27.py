"""Session 27: U+066C, the Arabic thousands separator, typed for a comma between words by some keyboards."""

from rasad.text.normalize import char_normalize, normalize


def test_separator_between_words_is_a_comma():
    text = "رضا کریمی٬ استاد دانشگاه تهران٬ گفت"
    assert char_normalize(text) == "رضا کریمی، استاد دانشگاه تهران، گفت"
    assert normalize(text).text.count("،") == 2


def test_separator_inside_a_number_stays():
    assert char_normalize("۱۲٬۵۰۰ نفر") == "۱۲٬۵۰۰ نفر"


def test_offsets_hold_with_the_comma(kb):
    from tests.event_text import reported_events

    text = "سید عباس عراقچی٬ وزیر امور خارجه ایران٬ با وزیر خارجه عمان در مسقط دیدار کرد."
    assert any(e.type == "CONSULT" for e in reported_events(text, kb))
