"""Every import in quotetrack/ points down the pipeline, and no two parts import each other.

The package is read with `ast` (nothing is imported), so the check also sees imports made inside
functions. Each module belongs to the most specific part named in LAYERS; a part may import the
parts of lower layers only, never a higher layer nor another part of its own layer. A new
top-level module or package must be given a place here before its imports are accepted.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "quotetrack"

# Highest first. Parts on one line are independent of each other.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("cli",),  # the command line: cli.py and the commands split out of it (cli_*.py), see GROUPS
    ("web.app", "watch"),  # the web application (mounts the pages and the API); the feed watcher
    ("web.api",),  # JSON routes
    ("web",),  # HTML pages, editor forms, request dependencies, the HTTP side of auth
    ("alerts",),  # follows of a search, and the e-mails and webhooks they send
    ("web.site",),  # the site's words (EN/ID) and templates, shared by pages and e-mails: see GROUPS
    ("exports",),  # CSV/JSONL rows, Popolo, citations
    ("pipeline",),  # ingest -> extract -> resolve -> topics -> store, for one article or a batch
    ("workers", "cluster"),  # the process pool the pipeline extracts in; a Dask cluster
    ("store",),  # persistence: reads, writes, search, claims, corroboration, migrations
    ("auth",),  # editor accounts, sessions, tokens (no HTTP)
    ("ingest",),  # files, pages, URLs and feeds -> raw text (the one HTTP client)
    ("models",),  # the SQLModel tables and their API shapes
    ("topics",),  # pure stages: a stage may import the ones before it in the pipeline
    ("resolve",),
    ("extract",),
    ("text",),  # text preparation shared by the stages
    ("config", "errors", "kinds", ""),  # settings, the exception tree, the closed sets of values, the version
)

# Parts made of modules that share a prefix rather than a package (module-name prefixes).
GROUPS = {
    # cli.py and the command groups split out of it import each other (shared helpers and app).
    "cli": ("cli_",),
    # Modules of web/ that are not the web tier's own: what a page or an e-mail says and looks like.
    "web.site": ("web.i18n", "web.templating", "web.present"),
}

RANK = {part: rank for rank, parts in enumerate(LAYERS) for part in parts}


def module_name(path: Path) -> str:
    """`quotetrack/store/reads.py` -> `store.reads` (the package prefix dropped)."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def part_of(module: str) -> str:
    """The most specific part of LAYERS that holds `module` ("web.api.write" -> "web.api")."""
    for part, prefixes in GROUPS.items():
        if module.startswith(prefixes):
            return part
    pieces = module.split(".")
    for size in range(len(pieces), 0, -1):
        candidate = ".".join(pieces[:size])
        if candidate in RANK:
            return candidate
    return "" if module == "" else module  # unknown parts are reported by test_every_part_is_placed


MODULES = {module_name(path) for path in PACKAGE.rglob("*.py")}


def imported_modules(path: Path, module: str) -> Iterator[tuple[str, int]]:
    """(imported quotetrack module without the package prefix, line) for each import in `path`."""
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "quotetrack" or alias.name.startswith("quotetrack."):
                    yield alias.name.removeprefix("quotetrack").removeprefix("."), node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = ["quotetrack", *module.split(".")] if module else ["quotetrack"]
                base = base if is_package else base[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "quotetrack" or target.startswith("quotetrack."):
                target = target.removeprefix("quotetrack").removeprefix(".")
                for alias in node.names:  # `from quotetrack.store import reads` imports store.reads
                    submodule = f"{target}.{alias.name}" if target else alias.name
                    yield (submodule if submodule in MODULES else target), node.lineno


def import_edges() -> list[tuple[str, str, str]]:
    """(importing part, imported part, "file:line imports module") for imports across parts."""
    edges = []  # one entry per imported module, though an import may name several of its objects
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        source = part_of(module)
        for target, line in imported_modules(path, module):
            imported = part_of(target)
            if imported != source:
                where = (
                    f"{path.relative_to(PACKAGE.parent)}:{line} imports {'.'.join(['quotetrack', target]).rstrip('.')}"
                )
                edges.append((source, imported, where))
    return edges


def test_every_part_is_placed() -> None:
    unplaced = sorted(m for m in MODULES if part_of(m) not in RANK)
    assert not unplaced, f"modules outside every layer of tests/test_layers.py LAYERS: {unplaced}"


def test_imports_point_down() -> None:
    upward = [
        f"{where}: part '{source}' (layer {RANK[source]}) may not import '{imported}' (layer {RANK[imported]})"
        for source, imported, where in import_edges()
        if source in RANK and imported in RANK and RANK[imported] <= RANK[source]
    ]
    assert not upward, "imports against the layer order (tests/test_layers.py LAYERS):\n" + "\n".join(upward)


def test_no_cycles_between_parts() -> None:
    graph: dict[str, set[str]] = {}
    for source, imported, _where in import_edges():
        graph.setdefault(source, set()).add(imported)
    cycles = [c for c in strongly_connected(graph) if len(c) > 1]
    assert not cycles, f"parts that import each other: {cycles}"


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm: the groups of parts that reach one another."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}}, []),
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
    ],
)
def test_cycle_finder(graph: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert [c for c in strongly_connected(graph) if len(c) > 1] == expected


def test_part_of_takes_the_most_specific_part() -> None:
    assert part_of("web.api.write") == "web.api"
    assert part_of("web.pages") == "web"
    assert part_of("web.i18n_pages") == "web.site"
    assert part_of("cli_alerts") == "cli"
    assert part_of("cluster") == "cluster"
    assert part_of("store.migrations.versions.x") == "store"
    assert part_of("") == ""
