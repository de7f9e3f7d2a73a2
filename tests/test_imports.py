"""The shape of the house, checked from the source: the modules of whosaid import each other
without cycles, and the store imports no pipeline stage, engine or view.

Every import counts, also the ones inside functions (they run too, only later); imports
under ``if TYPE_CHECKING:`` do not (they never run). Importing ``a.b.c`` also runs the
``__init__`` of ``a.b``, so a module depends on the packages above what it imports, except
the packages it is itself inside (their ``__init__`` has run before it).
"""

from __future__ import annotations

import ast
from pathlib import Path

import whosaid

SRC = Path(whosaid.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imported(tree: ast.AST, module: str, is_package: bool, modules: set[str]) -> set[str]:
    """Every whosaid module an import in ``tree`` (outside TYPE_CHECKING blocks) names:
    ``from a.b import c`` names the module ``a.b.c`` when there is one, else ``a.b``."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module if is_package else module.rpartition(".")[0]
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{base}" if base else package
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {name for name in found if name.split(".")[0] == "whosaid"}


def import_graph() -> dict[str, set[str]]:
    """whosaid module -> the whosaid modules it makes Python run (packages above included,
    the top package ``whosaid`` left out: every module is under it)."""
    paths = {_module_name(p): p for p in SRC.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        deps: set[str] = set()
        inside = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 2)}
        for target in _imported(tree, name, path.name == "__init__.py", set(paths)):
            parts = target.split(".")
            above = {".".join(parts[:i]) for i in range(2, len(parts))}
            deps |= {target} | (above - inside)
        graph[name] = {d for d in deps if d in paths and d != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle in ``graph`` as a path of module names, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    stack: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                return [*stack[stack.index(dep):], dep]
            if dep not in state and (found := walk(dep)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := walk(node)):
            return found
    return None


def test_the_import_graph_has_no_cycles():
    cycle = _cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_store_depends_on_the_records_alone():
    """The store is below the pipeline: it never imports a stage, an engine, a run or a view,
    only the records and the name helpers that every floor shares (they import nothing)."""
    below = {"whosaid.store", "whosaid.models", "whosaid.names"}
    for name, deps in import_graph().items():
        if name == "whosaid.store" or name.startswith("whosaid.store."):
            outside = {d for d in deps if not any(d == b or d.startswith(b + ".") for b in below)}
            assert not outside, f"{name} imports {sorted(outside)}"


def test_the_shared_helpers_import_nothing_of_whosaid():
    assert not import_graph()["whosaid.names"]


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_the_pipeline_imports_no_store_run_or_view():
    """``analyze`` is pure: nothing it runs reaches a database, an engine or the web."""
    graph = import_graph()
    reached, todo = set(), ["whosaid.pipeline"]
    while todo:
        name = todo.pop()
        if name not in reached:
            reached.add(name)
            todo.extend(graph[name])
    above = ("whosaid.store", "whosaid.runs", "whosaid.web", "whosaid.cli", "whosaid.timeline")
    assert not {m for m in reached if m.startswith(above)}
