"""The committed forms match a fresh ``pyside6-uic`` run of ``ui/*.ui``."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def build_forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "ui" / "build_forms.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_forms_match_the_ui_files(tmp_path: Path) -> None:
    builder = build_forms()
    built = builder.build(out_dir=tmp_path)
    assert {p.name for p in built} == {f"ui_{u.stem}.py" for u in (ROOT / "ui").glob("*.ui")}
    for fresh in built:
        committed = builder.FORMS_DIR / fresh.name
        assert committed.exists(), f"{fresh.name} is not committed: run ui/build_forms.py"
        assert committed.read_text() == fresh.read_text(), f"{fresh.name} is out of date"
    extra = {p.name for p in builder.FORMS_DIR.glob("ui_*.py")} - {p.name for p in built}
    assert not extra, f"compiled forms without a .ui: {extra}"


def test_generated_header_has_no_qt_version(tmp_path: Path) -> None:
    builder = build_forms()
    text = builder.build(out_dir=tmp_path)[0].read_text()
    assert "Created by: Qt User Interface Compiler\n" in text
    assert "version" not in text.split("WARNING")[0]


def test_every_window_and_dialog_is_composed_from_a_form() -> None:
    gui = ROOT / "printshop_desktop" / "gui"
    users = [p for p in gui.rglob("*.py") if "forms" not in p.parts
             and "self.ui.setupUi(self)" in p.read_text()]
    assert len(users) >= 8
