"""Full-file G-code estimate (for files with no slicer estimate; run in a worker)."""

from __future__ import annotations

from pathlib import Path

import pytest
from files_fixtures import sample

from printshop_desktop.files import Cancelled, UnsupportedFormat, estimate_gcode_full


def test_moves_feed_rates_and_extrusion(tmp_path: Path) -> None:
    path = tmp_path / "square.gcode"
    path.write_text("\n".join([
        "G90", "M83", "G92 E0",
        "G1 X0 Y0 F6000",              # 100 mm/s
        "G1 X100 Y0 E5",               # 1 s
        "G1 X100 Y100 E5 ; comment",   # 1 s
        "G1 E-1", "G1 E1",             # retract and prime cancel out
        "T1", "G1 X0 Y100 E2.5",       # 1 s on tool 1
        "G4 S2",                       # 2 s dwell
        "G2 X0 Y100 I0 J-50",          # full circle, radius 50: 314.16 mm → 3.14 s
    ]) + "\n")
    seen: list[float] = []
    result = estimate_gcode_full(path, progress=seen.append)
    assert result.estimated_time_s == 8  # 3 s of lines + 3.14 s of arc + 2 s dwell
    assert result.used_mm_by_tool == {0: 10.0, 1: 2.5}
    assert result.filament_used_mm == 12.5
    assert seen and seen[-1] == pytest.approx(1.0)


def test_cancel(tmp_path: Path) -> None:
    path = tmp_path / "a.gcode"
    path.write_text("G1 X1 E1\n")
    with pytest.raises(Cancelled):
        estimate_gcode_full(path, cancel=lambda: True)


def test_refuses_other_formats(tmp_path: Path) -> None:
    path = tmp_path / "a.obj"
    path.write_text("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n")
    with pytest.raises(UnsupportedFormat):
        estimate_gcode_full(path)


@pytest.mark.skipif(not sample("gcode").is_dir(), reason="shared samples absent")
def test_slic3r_sample_close_to_slicer_filament() -> None:
    result = estimate_gcode_full(sample("gcode", "slic3r.gcode"))
    assert result.filament_used_mm == pytest.approx(290.4, rel=0.02)  # slicer: 0.2904 m
    assert result.estimated_time_s > 0
