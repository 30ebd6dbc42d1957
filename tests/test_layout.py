"""The package layout: no import cycles, and data flows one way — a stage never imports a later one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "rasad"

# Stages in the order data flows; a module may import only from its own stage or an earlier one.
LAYERS = [
    {"rasad", "rasad.records", "rasad.errors"},
    {"rasad.text"},
    {"rasad.kb"},
    {"rasad.read"},
    {"rasad.clean"},
    {"rasad.annotate"},
    {"rasad.store"},
    {"rasad.fuse"},
    {"rasad.export", "rasad.evaluate"},
    {"rasad.run"},
    {"rasad.watch"},
    {"rasad.web"},
    {"rasad.cli"},
]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Every rasad module → the rasad modules it imports anywhere (module level or inside functions)."""
    modules = {_module_name(p): p for p in ROOT.rglob("*.py") if "migrations" not in p.parts}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps: set[str] = set()
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
                for alias in node.names:
                    target = f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    if target in modules and target != name:
                        deps.add(target)
            elif isinstance(node, ast.Import):
                deps |= {a.name for a in node.names if a.name in modules and a.name != name}
        graph[name] = deps
    return graph


def _layer(module: str) -> int:
    for i, layer in enumerate(LAYERS):
        if module in layer or any(module.startswith(top + ".") for top in layer if top != "rasad"):
            return i
    raise AssertionError(f"{module} belongs to no stage: add it to LAYERS")


def test_no_import_cycles():
    graph = _imports()
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for d in sorted(graph.get(m, ())):
            if state.get(d) == 1:
                pytest.fail("import cycle: " + " → ".join(stack[stack.index(d):] + [d]))
            if d not in state:
                visit(d)
        stack.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)


def test_stages_import_only_earlier_stages():
    graph = _imports()
    wrong = [f"{m} → {d}" for m, deps in graph.items() for d in deps
             if m != "rasad" and _layer(d) > _layer(m)]
    assert not wrong, "a stage imports a later one:\n" + "\n".join(sorted(wrong))


def test_every_stage_is_a_package():
    for layer in LAYERS[1:]:
        for top in layer:
            if top != "rasad.evaluate":
                assert (ROOT.parent / top.replace(".", "/") / "__init__.py").exists(), top


def test_public_api_from_the_package_root():
    import rasad

    for name in rasad.__all__:
        assert getattr(rasad, name) is not None, name
    assert callable(rasad.annotate_document) and callable(rasad.load_kb) and isinstance(rasad.Store, type)


def test_no_function_over_80_lines():
    """Small functions with one job: a long function is a table of small ones waiting to happen."""
    long = []
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > 80:
                long.append(f"{path.relative_to(ROOT.parent)}:{node.lineno} {node.name}")
    assert not long, long
