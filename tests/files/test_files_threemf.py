"""3MF: Bambu/Orca sliced plates, projects, plain meshes, and hostile archives."""

from __future__ import annotations

from pathlib import Path

import pytest
from files_fixtures import (
    bambu_project_3mf,
    bambu_sliced_3mf,
    prusa_project_3mf,
    sample,
    zip_bomb_3mf,
)

from printshop_desktop.files import (
    CorruptFile,
    FileFormat,
    FileTooLarge,
    UnsupportedFormat,
    inspect,
)
from printshop_desktop.files.threemf import threemf_images

MESH = sample("mesh")
BAD = sample("bad")


def test_bambu_sliced_two_plates(tmp_path: Path) -> None:
    info = inspect(bambu_sliced_3mf(tmp_path / "print.gcode.3mf"))
    assert info.format is FileFormat.GCODE_3MF
    assert (info.slicer, info.slicer_version) == ("Bambu Studio", "01.09.00.70")
    assert info.printer_model == "Bambu Lab P1S"
    assert (info.nozzle_diameter_mm, info.layer_height_mm) == (0.4, 0.2)
    assert info.mesh is None
    assert [(p.index, p.estimated_time_s, p.filament_used_g) for p in info.plates] == [
        (1, 3754, 25.07), (2, 1200, 10.5)]
    assert info.estimated_time_s == 4954
    assert info.filament_used_g == pytest.approx(35.57)
    plate1 = info.plates[0].tools
    assert [(t.index, t.type, t.colour, t.used_g, t.used_mm) for t in plate1] == [
        (0, "PLA", "#FFFFFF", 24.47, 8210.0), (2, "PETG", "#0A2989", 0.6, 190.0)]
    assert plate1[0].name == "Bambu PLA Basic @BBL P1S"
    assert [(t.index, t.used_g) for t in info.tools] == [(0, 34.97), (2, 0.6)]
    assert info.raw["plate_1.printer_model_id"] == "C11"
    sizes = sorted((t.width, t.height) for t in info.thumbnails)
    assert sizes == [(128, 128), (512, 512), (512, 512)]  # plates 1 (+small) and 2, no pick map
    chosen = threemf_images(tmp_path / "print.gcode.3mf")
    assert sorted(i.width for i, _ in chosen) == [128, 512]  # first plate only


def test_bambu_project_meshes_in_objects_folder(tmp_path: Path) -> None:
    info = inspect(bambu_project_3mf(tmp_path / "project.3mf"))
    assert info.format is FileFormat.THREEMF
    assert (info.slicer, info.slicer_version) == ("Bambu Studio", "01.10.01.50")
    assert info.printer_model == "Bambu Lab A1 mini"
    assert info.layer_height_mm == 0.16
    assert info.mesh is not None
    assert info.mesh.triangles == 24
    assert info.mesh.size_mm == (30.0, 20.0, 30.0)  # two boxes 20 mm apart along X
    assert info.mesh.volume_mm3 == 12000.0
    assert [(t.type, t.colour, t.name) for t in info.tools] == [
        ("PLA", "#00AE42", "Bambu PLA Basic")]


def test_prusa_project(tmp_path: Path) -> None:
    info = inspect(prusa_project_3mf(tmp_path / "prusa.3mf"))
    assert (info.slicer, info.slicer_version) == ("PrusaSlicer", "2.8.1")
    assert info.printer_model == "MK4S"
    assert (info.nozzle_diameter_mm, info.layer_height_mm) == (0.4, 0.15)
    assert info.estimated_time_s is None
    assert info.mesh is not None and info.mesh.size_mm == (20.0, 40.0, 60.0)  # scaled ×2
    assert info.mesh.volume_mm3 == 48000.0
    assert [(t.width, t.height) for t in info.thumbnails] == [(220, 124)]


@pytest.mark.skipif(not MESH.is_dir(), reason="shared samples absent")
@pytest.mark.parametrize(("name", "triangles", "size", "volume"), [
    ("box.3mf", 12, (10.0, 20.0, 30.0), 6000.0),
    ("box_prod.3mf", 12, (10.0, 20.0, 30.0), 6000.0),
    ("pyramid_vertexcolor.3mf", 4, (10.0, 10.0, 10.0), 333.333),
    ("cube_gears.3mf", 25692, (167.996, 125.102, 33.601), 112366.33),
    ("counterXP.3MF", 83750, (304.8, 304.409, 25.838), 888809.037),
    ("sphere.3mf", 2880, (20.0, 20.0, 20.0), 4172.803),
])
def test_sample_3mf_meshes(name: str, triangles: int, size: tuple[float, ...],
                           volume: float) -> None:
    info = inspect(MESH / name)
    assert info.format is FileFormat.THREEMF
    assert info.mesh is not None
    assert info.mesh.triangles == triangles
    assert info.mesh.size_mm == pytest.approx(size)
    assert info.mesh.volume_mm3 == pytest.approx(volume, rel=1e-4)


@pytest.mark.skipif(not MESH.is_dir(), reason="shared samples absent")
def test_sample_3mf_thumbnail_from_relationship() -> None:
    info = inspect(MESH / "box_prod.3mf")
    assert [(t.width, t.height, t.format) for t in info.thumbnails] == [(531, 734, "png")]


@pytest.mark.skipif(not BAD.is_dir(), reason="shared samples absent")
@pytest.mark.parametrize("name", sorted(p.name for p in BAD.glob("*.3mf")) if BAD.is_dir() else [])
def test_spec_breaking_3mf_are_corrupt(name: str) -> None:
    with pytest.raises(CorruptFile):
        inspect(BAD / name)


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileTooLarge):
        inspect(zip_bomb_3mf(tmp_path / "bomb.3mf"))


def test_damaged_zip_and_plain_zip(tmp_path: Path) -> None:
    good = bambu_project_3mf(tmp_path / "p.3mf").read_bytes()
    cut = tmp_path / "cut.3mf"
    cut.write_bytes(good[: len(good) // 2])
    with pytest.raises(CorruptFile):
        inspect(cut)
    import zipfile

    plain = tmp_path / "notes.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(UnsupportedFormat, match="not a 3MF"):
        inspect(plain)


def test_doctype_and_non_utf8_parts_are_refused(tmp_path: Path) -> None:
    import zipfile

    from files_fixtures import RELS

    for name, model in (
        ("dtd.3mf", b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]><model>&a;</model>'),
        ("latin.3mf", b'<?xml version="1.0" encoding="ISO-8859-1"?><model>\xe9</model>'),
        ("utf16.3mf", '<?xml version="1.0" encoding="UTF-16"?><model/>'.encode("utf-16")),
    ):
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("_rels/.rels", RELS)
            archive.writestr("3D/3dmodel.model", model)
        with pytest.raises(CorruptFile):
            inspect(path)
