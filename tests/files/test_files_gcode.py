"""ASCII G-code: real slicer samples and synthetic OrcaSlicer/Bambu-style files."""

from __future__ import annotations

from pathlib import Path

import pytest
from files_fixtures import orca_gcode, sample

from printshop_desktop.files import FileFormat, inspect
from printshop_desktop.files.gcode_read import read_comments

GCODE = sample("gcode")
needs_samples = pytest.mark.skipif(not GCODE.is_dir(), reason="shared samples absent")


@needs_samples
def test_prusaslicer_sample_reads_tail_config() -> None:
    info = inspect(GCODE / "prusaslicer.gcode")
    assert info.format is FileFormat.GCODE
    assert (info.slicer, info.slicer_version) == ("PrusaSlicer", "2.4.0-alpha1+win64")
    assert info.printer_model == "Voron_v2_300_aferburner"
    assert info.estimated_time_s == 8 * 60 + 56
    assert info.filament_used_g == 0.54
    assert info.filament_used_mm == 215.44
    assert (info.nozzle_diameter_mm, info.layer_height_mm) == (0.4, 0.2)
    (tool,) = info.tools
    assert (tool.index, tool.type, tool.colour) == (0, "ABS", "#A768DF")
    assert tool.name == "test_bed.3mf (KVP ABS @VORON - Copy)"
    assert [(t.width, t.height, t.format) for t in info.thumbnails] == [
        (64, 64, "png"), (400, 300, "png")]
    assert not any(v.endswith("\r") for v in info.raw.values())


@needs_samples
def test_superslicer_sample() -> None:
    info = inspect(GCODE / "superslicer.gcode")
    assert (info.slicer, info.slicer_version) == ("SuperSlicer", "2.3.56")
    assert info.estimated_time_s == 7 * 60 + 19
    assert (info.filament_used_g, info.filament_used_mm) == (0.67, 264.59)


@needs_samples
def test_slic3r_sample_has_no_time_estimate() -> None:
    info = inspect(GCODE / "slic3r.gcode")
    assert (info.slicer, info.slicer_version) == ("Slic3r", "1.3.1-dev")
    assert info.estimated_time_s is None
    assert info.filament_used_mm == 290.4  # filament_length_m = 0.2904
    assert info.filament_used_g is None
    assert (info.nozzle_diameter_mm, info.layer_height_mm) == (0.4, 0.3)


@needs_samples
def test_cura_sample() -> None:
    info = inspect(GCODE / "cura.gcode")
    assert (info.slicer, info.slicer_version) == ("Cura", "4.10.0")
    assert info.estimated_time_s == 451
    assert info.filament_used_mm == 273.87  # ";Filament used: 0.27387m"
    assert info.filament_used_g is None
    assert info.layer_height_mm == 0.2
    assert info.printer_model == "voron2_300"  # from the ;SETTING_3 block


@needs_samples
def test_ideamaker_sample() -> None:
    info = inspect(GCODE / "ideamaker.gcode")
    assert (info.slicer, info.slicer_version) == ("ideaMaker", "4.2.0.5250")
    assert info.estimated_time_s == 744
    assert info.filament_used_mm == 422.7
    # 422.7 mm of 1.75 mm filament at 1240 kg/m³, as the file states
    assert info.filament_used_g == pytest.approx(1.261, abs=0.001)
    assert [t.index for t in info.tools] == [0]  # Material#2 Used: 0.0 is left out


@needs_samples
def test_ascii_twin_of_bgcode_sample() -> None:
    info = inspect(sample("bgcode", "mini_cube_b_ref.gcode"))
    assert (info.slicer, info.slicer_version) == ("PrusaSlicer", "2.6.0")
    assert info.estimated_time_s == 32 * 60 + 6
    assert info.filament_used_g == 3.01


@pytest.mark.parametrize("crlf", [False, True])
def test_orca_config_at_start(tmp_path: Path, crlf: bool) -> None:
    path = orca_gcode(tmp_path / "orca.gcode", crlf=crlf)
    info = inspect(path)
    assert (info.slicer, info.slicer_version) == ("OrcaSlicer", "2.3.0")
    assert info.printer_model == "Bambu Lab X1 Carbon"
    assert info.estimated_time_s == 2 * 3600 + 3 * 60 + 4  # total, not model time
    assert info.filament_used_g == pytest.approx(13.9)
    assert info.filament_used_mm == pytest.approx(4612.75)
    assert [(t.index, t.type, t.colour, t.used_g) for t in info.tools] == [
        (0, "PLA", "#FF0000", 12.34), (1, "PETG", "#00FF00", 1.56)]
    assert info.tools[0].name == "Bambu PLA Basic @BBL X1C"
    assert [(t.width, t.height) for t in info.thumbnails] == [(300, 300), (96, 96)]
    assert info.raw["padding_setting_1999"] == "1999"


def test_head_read_skips_thumbnails_and_stops(tmp_path: Path) -> None:
    path = orca_gcode(tmp_path / "orca.gcode", moves=200_000)
    comments = read_comments(path)
    assert comments.size > 4 * 1024 * 1024
    assert "CONFIG_BLOCK_END" in comments.head
    assert not any(c.startswith("iVBOR") for c in comments.head)


def _gcode(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "t.gcode"
    path.write_text("\n".join([*lines, "G28", "G1 X10 Y10 E1", ""]))
    return path


def test_placeholders_are_unknown(tmp_path: Path) -> None:
    path = _gcode(tmp_path, ";FLAVOR:Marlin", ";TIME:#P_TIME#", ";Filament used: #F_AMNT#",
                  ";Generated with Cura_SteamEngine 5.7.1")
    info = inspect(path)
    assert info.slicer == "Cura"
    assert info.estimated_time_s is None
    assert info.filament_used_mm is None


def test_prusa_without_date_and_day_time(tmp_path: Path) -> None:
    path = _gcode(tmp_path, "; generated by PrusaSlicer 2.6.0",
                  "; estimated printing time (normal mode) = 1d 2h 3m 4s",
                  "; filament used [g] = 10.5, 0.00, 2.25",
                  "; filament_type = PLA;PLA;PETG")
    info = inspect(path)
    assert (info.slicer, info.slicer_version) == ("PrusaSlicer", "2.6.0")
    assert info.estimated_time_s == 86400 + 7200 + 180 + 4
    assert [(t.index, t.type, t.used_g) for t in info.tools] == [(0, "PLA", 10.5),
                                                                (2, "PETG", 2.25)]
    assert info.filament_used_g == 12.75


def test_bambu_header_time_and_simplify3d(tmp_path: Path) -> None:
    bambu = _gcode(tmp_path, "; HEADER_BLOCK_START", "; BambuStudio 01.09.00.70",
                   "; model printing time: 1h 5m 23s; total estimated time: 1h 11m 44s",
                   "; HEADER_BLOCK_END")
    info = inspect(bambu)
    assert (info.slicer, info.slicer_version) == ("Bambu Studio", "01.09.00.70")
    assert info.estimated_time_s == 3600 + 11 * 60 + 44


def test_simplify3d_and_kisslicer(tmp_path: Path) -> None:
    s3d = tmp_path / "s3d.gcode"
    s3d.write_text("\n".join([
        "; G-Code generated by Simplify3D(R) Version 4.1.2",
        ";   layerHeight,0.2", ";   extruderDiameter,0.4", "G1 X1 E1",
        ";   Build time: 1 hour 2 minutes", ";   Filament length: 1234.5 mm (1.23 m)",
        ";   Plastic weight: 3.71 g (0.01 lb)", ""]))
    info = inspect(s3d)
    assert (info.slicer, info.slicer_version) == ("Simplify3D", "4.1.2")
    assert (info.estimated_time_s, info.filament_used_g, info.filament_used_mm) == (
        3720, 3.71, 1234.5)
    assert (info.layer_height_mm, info.nozzle_diameter_mm) == (0.2, 0.4)
    kiss = tmp_path / "kiss.gcode"
    kiss.write_text("\n".join([
        "; KISSlicer - PRO", "; Windows - 64-bit", "; version 2.0.12",
        "; layer_thickness_mm = 0.25",
        "G1 X1 E1", "; Estimated Build Time:   12.50 minutes", "; Ext #1 = 1234.56 mm", ""]))
    info = inspect(kiss)
    assert (info.slicer, info.slicer_version) == ("KISSlicer", "2.0.12")
    assert (info.estimated_time_s, info.filament_used_mm, info.layer_height_mm) == (
        750, 1234.56, 0.25)


def test_unknown_gcode_has_no_guesses(tmp_path: Path) -> None:
    info = inspect(_gcode(tmp_path, "; hand written"))
    assert info.slicer is None and info.estimated_time_s is None and info.tools == ()


def test_non_utf8_comments_do_not_fail(tmp_path: Path) -> None:
    path = tmp_path / "latin.gcode"
    path.write_bytes(b"; generated by PrusaSlicer 2.5.0 on x\n; filament_settings_id = "
                     b"\"Fil\xe9 rouge\"\nG1 X1 E1\n; filament used [g] = 1.5\n")
    info = inspect(path)
    assert info.filament_used_g == 1.5
    assert info.tools[0].name is not None
