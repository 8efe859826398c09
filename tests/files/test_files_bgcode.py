"""Prusa binary G-code: the real sample and files built here (deflate, CRC, truncation)."""

from __future__ import annotations

from pathlib import Path

import pytest
from files_fixtures import bgcode_bytes, sample

from printshop_desktop.files import CorruptFile, FileFormat, inspect
from printshop_desktop.files.bgcode import bgcode_thumbnails

BGCODE = sample("bgcode", "mini_cube_b.bgcode")


@pytest.mark.skipif(not BGCODE.exists(), reason="shared samples absent")
def test_sample_bgcode() -> None:
    info = inspect(BGCODE)
    assert info.format is FileFormat.BGCODE
    assert (info.slicer, info.slicer_version) == ("PrusaSlicer", "2.6.0")
    assert info.printer_model == "MINI"
    assert info.estimated_time_s == 32 * 60 + 6
    assert (info.filament_used_g, info.filament_used_mm) == (3.01, 986.61)
    assert (info.nozzle_diameter_mm, info.layer_height_mm) == (0.4, 0.15)
    assert [(t.index, t.type, t.colour) for t in info.tools] == [(0, "PETG", "#FF8000")]
    assert [(t.width, t.height, t.format) for t in info.thumbnails] == [
        (16, 16, "png"), (220, 124, "png")]
    images = bgcode_thumbnails(BGCODE)
    assert all(data.startswith(b"\x89PNG") for _, data in images)


@pytest.mark.parametrize("checksum", [True, False])
def test_built_bgcode_with_deflate_metadata(tmp_path: Path, checksum: bool) -> None:
    path = tmp_path / "two.bgcode"
    path.write_bytes(bgcode_bytes(checksum=checksum))
    info = inspect(path)
    assert (info.slicer, info.slicer_version) == ("PrusaSlicer", "2.7.1")
    assert info.printer_model == "MK4"
    assert info.estimated_time_s == 93784
    assert info.filament_used_g == 4.3
    assert info.filament_used_mm == 1250.75
    assert [(t.type, t.colour, t.name, t.used_g) for t in info.tools] == [
        ("PLA", "#112233", "Prusament PLA", 3.5), ("PETG", "#445566", "Prusament PETG", 0.8)]
    assert [(t.width, t.height) for t in info.thumbnails] == [(160, 120)]


def test_truncated_bgcode_is_corrupt(tmp_path: Path) -> None:
    data = bgcode_bytes()
    for cut in (4, 9, 12, 40, len(data) // 2, len(data) - 3):
        path = tmp_path / f"cut{cut}.bgcode"
        path.write_bytes(data[:cut])
        with pytest.raises(CorruptFile):
            inspect(path)


def test_checksum_mismatch_is_corrupt(tmp_path: Path) -> None:
    data = bytearray(bgcode_bytes())
    data[30] ^= 0xFF  # inside the first metadata block
    path = tmp_path / "bad.bgcode"
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptFile, match="checksum"):
        inspect(path)


@pytest.mark.skipif(not BGCODE.exists(), reason="shared samples absent")
def test_truncated_sample_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "cut.bgcode"
    path.write_bytes(BGCODE.read_bytes()[:100_000])
    with pytest.raises(CorruptFile, match="cut short"):
        inspect(path)
