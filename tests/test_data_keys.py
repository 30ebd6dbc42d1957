"""Every YAML data file (patterns, knowledge base) has each mapping key once: YAML loaders keep the last of two
equal keys without a word, so two branches that each add a list under the same name would silently drop one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parent.parent / "rasad" / "data"


class _UniqueKeys(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


def _mapping(loader: _UniqueKeys, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: str(p.relative_to(DATA)))
def test_yaml_keys_are_unique(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeys)  # raises on a repeated key


def test_a_repeated_key_is_caught():
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.load("a: [1]\nb: 2\na: [3]\n", Loader=_UniqueKeys)
