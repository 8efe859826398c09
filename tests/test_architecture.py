"""Nothing below the GUI package imports Qt: the core runs headless, in CLI and in tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import printshop_desktop

BLOCKER = r"""
import importlib.abc, pkgutil, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "shiboken6", "pyqtgraph"}:
            raise ImportError(f"Qt imported outside the GUI: {name}")
        return None
sys.meta_path.insert(0, Block())
import printshop_desktop
names = []
for info in pkgutil.walk_packages(printshop_desktop.__path__, "printshop_desktop."):
    if info.name.startswith("printshop_desktop.gui"):
        continue
    __import__(info.name)
    names.append(info.name)
print(len(names))
"""


def test_core_packages_import_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(printshop_desktop.__file__).parents[1],
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 20
