"""How common a Persian word is (wordfreq's Zipf scale): for the ZWNJ repair here and the knowledge base's
name-or-word decisions (rasad.kb.words)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=20_000)
def zipf(form: str) -> float:
    """Frequency of ``form`` in Persian text on the Zipf scale (0 = unseen, 7 = "و"); 0 when wordfreq is absent."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency; a stripped install links more freely
        return 0.0
    return zipf_frequency(form.replace("\u200c", " "), "fa")


@lru_cache(maxsize=20_000)
def zipf_en(word: str) -> float:
    """Frequency of ``word`` in English text on the Zipf scale: a Latin gloss made of common English words ("New
    York Times", "Human Rights Watch") names no person."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover
        return 0.0
    return zipf_frequency(word, "en")
