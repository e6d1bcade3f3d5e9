"""Summarise the last `mutmut run`: killed, survived and timed-out counts, and each survivor.

Run from the project root after `mutmut run` (``make mutation`` does both). Reads mutmut's
per-file results under ``mutants/`` and prints each surviving mutant as ``file:line  name``
followed by the changed line, so that it can be killed by a test or listed in docs/mutation.md.
"""

from __future__ import annotations

import ast
import functools
import json
import re
import sys
from collections import Counter
from pathlib import Path

from mutmut.mutation.diff_apply import get_diff_for_mutant
from mutmut.stats import status_by_exit_code

MUTANTS = Path("mutants")
_SUFFIX = re.compile(r"__mutmut_\d+$")
_HUNK = re.compile(r"^@@ -(\d+)")


@functools.cache
def _parsed(source: Path) -> ast.Module:
    """A source file parsed once, however many survivors it holds."""
    return ast.parse(source.read_text())


def _function_line(source: Path, key: str) -> int:
    """The first line (decorators included) of the function a mutant key names, or 1."""
    name = _SUFFIX.sub("", key.rsplit(".", 1)[-1])
    parts = name[1:].split("ǁ")[1:] if name.startswith("xǁ") else [name[2:]]
    nodes: list[ast.stmt] = _parsed(source).body
    found: ast.stmt | None = None
    for part in parts:
        found = next(
            (
                n
                for n in nodes
                if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and n.name == part
            ),
            None,
        )
        if found is None:
            return 1
        nodes = found.body if isinstance(found, ast.ClassDef) else []
    assert found is not None
    decorators = getattr(found, "decorator_list", [])
    return int(decorators[0].lineno if decorators else found.lineno)


def _changed(diff: str) -> tuple[int, str]:
    """The offset (1-based, within the function) of the first line a mutant changes, and that line."""
    start, offset = 1, 0
    for line in diff.splitlines():
        if line.startswith(("---", "+++")):
            continue
        if m := _HUNK.match(line):
            start, offset = int(m.group(1)), 0
            continue
        if line.startswith("-"):
            return start + offset, line[1:].strip()
        if not line.startswith("+"):
            offset += 1
    return start, ""


def main() -> int:
    metas = sorted(MUTANTS.rglob("*.py.meta"))
    if not metas:
        print("no mutmut results under mutants/: run `make mutation`", file=sys.stderr)
        return 2
    counts: Counter[str] = Counter()
    survivors: list[tuple[str, int, str, str]] = []
    for meta in metas:
        source = Path(str(meta.relative_to(MUTANTS)).removesuffix(".meta"))
        results: dict[str, int | None] = json.loads(meta.read_text())["exit_code_by_key"]
        for key, code in sorted(results.items()):
            status = status_by_exit_code[code]
            counts[status] += 1
            if status == "survived":
                line, text = _changed(get_diff_for_mutant(key, path=source))
                survivors.append((str(source), _function_line(source, key) + line - 1, key, text))
    total = sum(counts.values())
    killed = counts["killed"] + counts["caught by type check"]
    print(f"mutants: {total}")
    print(f"killed: {killed}")
    print(f"survived: {counts['survived']}")
    print(f"timed out: {counts['timeout']}")
    shown = {"killed", "caught by type check", "survived", "timeout"}
    others = {k: v for k, v in counts.items() if k not in shown}
    for status, n in sorted(others.items()):
        print(f"{status}: {n}")
    judged = killed + counts["survived"] + counts["timeout"]
    if judged:
        print(f"score: {100 * (killed + counts['timeout']) / judged:.1f}% (killed or timed out, of judged)")
    for path, line, key, text in sorted(survivors):
        print(f"survived  {path}:{line}  {key}  | {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
