"""``printshop inspect`` and ``printshop thumbnail`` handlers, driven through argparse."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from files_fixtures import box_triangles, orca_gcode, write_binary_stl

from printshop_desktop.cli import inspect_cmd


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="printshop")
    inspect_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_inspect_readable_and_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gcode = orca_gcode(tmp_path / "o.gcode", moves=10)
    bad = tmp_path / "bad.stl"
    bad.write_bytes(b"")
    assert _run("inspect", str(gcode), str(bad), str(tmp_path / "missing.obj")) == 1
    out, err = capsys.readouterr()
    assert "OrcaSlicer 2.3.0" in out and "2h 03m 04s" in out and "T1 PETG #00FF00" in out
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "bad.stl is empty" in lines[0] and "missing.obj" in lines[1]


def test_inspect_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stl = write_binary_stl(tmp_path / "box.stl", box_triangles())
    gcode = orca_gcode(tmp_path / "o.gcode", moves=10)
    assert _run("inspect", "--json", str(stl), str(gcode)) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["format"] == "stl" and first["mesh"]["volume_mm3"] == 6000.0
    assert second["estimated_time_s"] == 7384 and second["tools"][1]["colour"] == "#00FF00"


def test_thumbnail_command(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRINTSHOP_THUMBNAIL_RENDERER", "soft")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    stl = write_binary_stl(tmp_path / "box.stl", box_triangles())
    out = tmp_path / "box.png"
    assert _run("thumbnail", str(stl), "-o", str(out), "--size", "96") == 0
    assert out.read_bytes().startswith(b"\x89PNG")
    assert _run("thumbnail", str(tmp_path / "none.stl"), "-o", str(out)) == 1
    assert "none.stl" in capsys.readouterr().err
