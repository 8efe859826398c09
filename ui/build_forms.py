"""Compile the Designer forms in ``ui/`` into ``printshop_desktop/gui/forms/ui_*.py``.

Run ``python ui/build_forms.py`` after editing a ``.ui`` file and commit both; ``--check``
only reports forms that are out of date (exit code 1). The Qt version is taken out of the
generated header, so a Qt update alone does not change the committed files.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
FORMS_DIR = UI_DIR.parent / "printshop_desktop" / "gui" / "forms"
VERSION_LINE = re.compile(r"^(## Created by: Qt User Interface Compiler) version \S+$", re.M)


def uic_command() -> list[str]:
    """The ``pyside6-uic`` of this Python environment."""
    beside_python = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6 into this environment")
    return [found]


def output_name(form: Path) -> str:
    """``main_window.ui`` → ``ui_main_window.py``."""
    return f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    """The Python source for one form, with a version-free header."""
    result = subprocess.run(
        [*uic_command(), "--no-autoconnection", form.name],
        cwd=form.parent,
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return VERSION_LINE.sub(r"\1", result.stdout)


def build(out_dir: Path = FORMS_DIR, ui_dir: Path = UI_DIR) -> list[Path]:
    """Write every compiled form to ``out_dir``; remove forms whose ``.ui`` is gone."""
    out_dir.mkdir(parents=True, exist_ok=True)
    forms = sorted(ui_dir.glob("*.ui"))
    written = []
    for form in forms:
        target = out_dir / output_name(form)
        target.write_text(compile_form(form), encoding="utf-8")
        written.append(target)
    wanted = {output_name(form) for form in forms}
    for stale in out_dir.glob("ui_*.py"):
        if stale.name not in wanted:
            stale.unlink()
    return written


def stale_forms(out_dir: Path = FORMS_DIR, ui_dir: Path = UI_DIR) -> list[str]:
    """Names of compiled forms that differ from a fresh compile (or are missing or extra)."""
    problems = []
    forms = sorted(ui_dir.glob("*.ui"))
    for form in forms:
        target = out_dir / output_name(form)
        if not target.exists() or target.read_text(encoding="utf-8") != compile_form(form):
            problems.append(target.name)
    wanted = {output_name(form) for form in forms}
    problems += sorted(p.name for p in out_dir.glob("ui_*.py") if p.name not in wanted)
    return problems


def main(argv: list[str] | None = None) -> int:
    """Build the forms, or with ``--check`` list the stale ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale forms")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_forms()
        for name in stale:
            print(f"out of date: {name}", file=sys.stderr)
        return 1 if stale else 0
    for path in build():
        print(f"wrote {path.relative_to(UI_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
