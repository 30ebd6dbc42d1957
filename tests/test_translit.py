"""Names of people the knowledge base lacks, in Latin letters: listed spellings, compound names split into known
pieces, and spellings learnt from the knowledge base's own people."""

from rasad.kb.knowledge import name_parts_of
from rasad.kb.model import Actor
from rasad.text.translit import plausible_spelling, transliterate_name


def _person(fa: str, en: str, country: str = "IRN") -> Actor:
    return Actor(id="x", name=en, type="PERSON", country=country, fa=[fa])


def test_a_compound_surname_is_spelt_from_its_known_pieces():
    assert transliterate_name("ابراهیم آقامحمدی") == "Ebrahim Aghamohammadi"
    assert transliterate_name("حسین محمدصالحی") == "Hossein Mohammadsalehi"


def test_a_hamza_seat_and_a_final_aei_are_written_as_iranian_english_does():
    assert transliterate_name("صادق ضیائیان") == "Sadegh Ziaeian"
    assert transliterate_name("حسین رجایی").endswith("Rajaei")


def test_spellings_are_learnt_from_people_the_knowledge_base_knows():
    parts = name_parts_of([_person("ناصر کنعانی", "Nasser Kanaani")])
    assert transliterate_name("علی کنعانی", parts) == "Ali Kanaani"
    assert transliterate_name("علی کنعانی") != "Ali Kanaani"  # without the knowledge base: letter by letter
    assert transliterate_name("علی کنعانی", name_parts_of([_person("ناصر کنعانی", "Nasser Kanaani", "TUR")])) \
        == transliterate_name("علی کنعانی")  # only people whose names are Persian words teach spellings


def test_words_listed_out_of_order_teach_nothing():
    # three Persian words, three English words, but not the same split: "نعمت زاده" is one word in English
    parts = name_parts_of([_person("محمدرضا نعمت زاده", "Mohammad Reza Nematzadeh")])
    assert "زاده" not in parts and "نعمت" not in parts
    assert plausible_spelling("رضایی", "Rezaei") and not plausible_spelling("فلاحی", "Rezai")


def test_three_written_consonants_take_the_vowel_persian_does_not_write():
    assert transliterate_name("میثم برازنده") == "Meysam Barazandeh"


def test_an_ending_after_a_vowel_takes_the_e_iranian_english_writes():
    parts = name_parts_of([_person("شجاع خلیل‌زاده", "Shoja Khalilzadeh")])
    assert transliterate_name("داریوش شجاعیان", parts) == "Dariush Shojaeian"


def test_a_given_name_written_as_one_word_is_split_for_its_latin_spelling():
    from rasad.text.translit import is_given_name, transliterate_name

    assert is_given_name("عزیزالله") and is_given_name("سیدحسن") and is_given_name("حجتالله")
    assert not is_given_name("آیتالله") and not is_given_name("محمدی") and not is_given_name("حسینزاده")
    assert transliterate_name("عزیزالله ملکی") == "Azizollah Maleki"
    assert transliterate_name("سیدحسن کریمی").startswith("Seyyed-Hassan ")
    assert transliterate_name("حجت\u200cالله رضایی") == transliterate_name("حجتالله رضایی") == "Hojjatollah Rezaei"
