"""The package's layout against its rules: modules over 400 lines, functions over 60 lines whose
docstring gives no reason (a line starting "Long because"), and imports that run against the
data flow (a stage imports only the core, lang/, providers/ and the stages before it; imports
made inside a function count too). Prints each finding and the counts.

    python bench/layout.py
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "summarizer"
MAX_MODULE, MAX_FUNCTION = 400, 60
# The data flow, first to last. Modules of one step may import each other and any step before;
# fetch/ and providers/ stand side by side and do not import each other.
STEPS = {
    "lang": 0,
    "core": 1,
    "fetch": 2,
    "providers": 2,
    "summarize": 3,
    "compare": 4,
    "render": 5,
    "commands": 6,
}
TOP = {"pipeline", "commands", "console", "cli", "cli_args", "__main__"}


def step_of(module: str) -> str:
    """'summarizer.compare.align' → 'compare'; top-level modules are the core or the commands."""
    parts = module.split(".")
    name = parts[1] if len(parts) > 1 else "__init__"
    if name in STEPS:
        return name
    return "commands" if name in TOP else "core"


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join(parts)


def findings() -> tuple[list[str], list[str], list[str]]:
    big, long_functions, against = [], [], []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT)
        lines = text.count("\n")
        if lines > MAX_MODULE:
            big.append(f"{rel}: {lines} lines")
        me = module_name(path)
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                n = (node.end_lineno or node.lineno) - node.lineno + 1
                doc = ast.get_docstring(node) or ""
                if n > MAX_FUNCTION and "Long because" not in doc:
                    long_functions.append(f"{rel}: {node.name}() {n} lines")
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("summarizer"):
                targets = [node.module or ""]
                if node.module == "summarizer":
                    targets = [f"summarizer.{a.name}" for a in node.names]
                for target in targets:
                    a, b = step_of(me), step_of(target)
                    if STEPS[b] > STEPS[a] or (STEPS[a] == STEPS[b] and a != b):
                        against.append(f"{rel} ({a}) imports {target} ({b})")
    return big, long_functions, sorted(set(against))


def main() -> None:
    big, long_functions, against = findings()
    for title, items in (
        (f"modules over {MAX_MODULE} lines", big),
        (f"functions over {MAX_FUNCTION} lines with no reason in their docstring", long_functions),
        ("imports against the flow", against),
    ):
        print(f"{title}: {len(items)}")
        for item in items:
            print(f"  {item}")
    folders = sorted({p.parent.name for p in PACKAGE.rglob("*.py")} - {"summarizer"})
    top = sorted(p.stem for p in PACKAGE.glob("*.py"))
    print(f"top-level modules ({len(top)}): {', '.join(top)}")
    print(f"stage folders ({len(folders)}): {', '.join(folders)}")


if __name__ == "__main__":
    main()
