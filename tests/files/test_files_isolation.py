"""The files package stays Qt-free and imports nothing else from printshop_desktop."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import printshop_desktop.files as files

PACKAGE = Path(files.__file__).parent

BLOCKER = r"""
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.split(".")[0]
        if top in {"PySide6", "shiboken6", "pyqtgraph"}:
            raise ImportError("Qt imported: " + name)
        if name.startswith("printshop_desktop.") and not name.startswith("printshop_desktop.files"):
            raise ImportError("outside files/: " + name)
        return None
sys.meta_path.insert(0, Block())
import printshop_desktop.files, pkgutil
for info in pkgutil.walk_packages(printshop_desktop.files.__path__, "printshop_desktop.files."):
    __import__(info.name)
print("ok")
"""


def test_imports_without_qt_or_other_layers() -> None:
    result = subprocess.run([sys.executable, "-c", BLOCKER], capture_output=True, text=True,
                            timeout=120, cwd=PACKAGE.parents[1])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_modules_stay_small() -> None:
    for module in PACKAGE.glob("*.py"):
        lines = module.read_text().count("\n")
        assert lines <= 400, f"{module.name} has {lines} lines"
        assert ast.get_docstring(ast.parse(module.read_text())), f"{module.name} lacks a docstring"
