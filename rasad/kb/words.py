"""How common a Persian name is as a word (wordfreq's Zipf scale), so that a place or state named like a word
("مهر", "مالی", "نور") is linked only where the context makes it a name. Settings: ``rasad/data/kb/world.yaml``."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from rasad.text.frequency import zipf


def kb_data_path(name: str) -> Path:
    """A packaged file of ``rasad/data/kb/`` (settings the linker reads: world.yaml, headed.yaml, missions.yaml)."""
    return Path(str(resources.files("rasad") / "data" / "kb" / name))


@cache
def kb_settings(name: str) -> dict[str, Any]:
    """A packaged YAML settings file of ``rasad/data/kb/``, read once."""
    with open(kb_data_path(name), encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


def world_settings_path() -> Path:
    return kb_data_path("world.yaml")


def world_settings() -> dict[str, Any]:
    """The packaged ``world.yaml``: where states and GeoNames places come from, and when they link."""
    return kb_settings("world.yaml")


_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ی", "ة": "ه", "ي": "ی", "ك": "ک", "ى": "ی"})


def spellings(form: str) -> set[str]:
    """The Persian spellings that meet ``form`` on one match key: Arabic "أين" is the Persian word "این", and an
    initial ا may be آ ("اب" is also "آب")."""
    base = form.translate(_FOLD)
    out = {form, base, base.replace("آ", "ا")}
    out |= {"آ" + f[1:] for f in list(out) if f.startswith("ا")}
    return out


def word_score(form: str) -> float:
    """How much ``form`` reads as ordinary Persian: its own frequency, or for a name of several words made only of
    frequent words ("این دور", "ما را") the frequency of its rarest word."""
    whole = max(zipf(f) for f in spellings(form))
    words = form.split()
    if len(words) < 2:
        return whole
    return max(whole, min(max(zipf(f) for f in spellings(w)) for w in words))


def word_tier(form: str, drop: float, strict: float) -> str:
    """"drop" (a frequent word: never a name on its own), "strict" (a word too: needs a place noun), or "name"."""
    z = word_score(form)
    return "drop" if z >= drop else "strict" if z >= strict else "name"
