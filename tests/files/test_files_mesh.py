"""Meshes: STL (binary, ASCII, multi-solid, empty), OBJ; size, volume, arrays."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from files_fixtures import box_triangles, sample, write_ascii_stl, write_binary_stl

from printshop_desktop.files import CorruptFile, FileFormat, inspect, load_mesh_arrays

MESH = sample("mesh")
needs_samples = pytest.mark.skipif(not MESH.is_dir(), reason="shared samples absent")


def test_tiny_binary_stl(tmp_path: Path) -> None:
    # A header starting with "solid" must not fool the detector.
    path = write_binary_stl(tmp_path / "box.stl", box_triangles(), header=b"solid box")
    info = inspect(path)
    assert info.format is FileFormat.STL
    assert info.raw == {"stl_encoding": "binary"}
    assert info.mesh is not None
    assert (info.mesh.triangles, info.mesh.size_mm, info.mesh.volume_mm3) == (
        12, (10.0, 20.0, 30.0), 6000.0)


def test_open_mesh_has_no_volume(tmp_path: Path) -> None:
    path = write_binary_stl(tmp_path / "open.stl", box_triangles()[:-1])
    info = inspect(path)
    assert info.mesh is not None and info.mesh.volume_mm3 is None
    assert info.mesh.triangles == 11


def test_ascii_multi_solid(tmp_path: Path) -> None:
    info = inspect(write_ascii_stl(tmp_path / "two.stl"))
    assert info.raw == {"stl_encoding": "ascii"}
    assert info.mesh is not None
    assert (info.mesh.triangles, info.mesh.size_mm, info.mesh.volume_mm3) == (
        24, (60.0, 20.0, 30.0), 12000.0)


def test_truncated_binary_stl_is_corrupt(tmp_path: Path) -> None:
    path = write_binary_stl(tmp_path / "box.stl", box_triangles())
    path.write_bytes(path.read_bytes()[:-20])
    with pytest.raises(CorruptFile):
        inspect(path)


def test_load_mesh_arrays(tmp_path: Path) -> None:
    vertices, faces = load_mesh_arrays(write_binary_stl(tmp_path / "b.stl", box_triangles()))
    assert vertices.dtype == np.float32 and vertices.shape == (36, 3)
    assert faces.shape == (12, 3) and int(faces.max()) == 35
    np.testing.assert_array_equal(vertices[faces], box_triangles())


@needs_samples
@pytest.mark.parametrize(("name", "fmt", "triangles", "size", "volume"), [
    ("20mm-xyz-cube.stl", "stl", 260, (20.0, 20.0, 20.0), 7938.682),
    ("teapot.stl", "stl", 894, (63.17, 39.308, 29.481), None),
    # two bodies whose facets wind inconsistently: closed but not oriented, so no volume
    ("multibody.stl", "stl", 32, (0.636, 1.088, 0.34), None),
    ("capsule.obj", "obj", 10200, (2.0, 2.0, 3.0), 7.321),
    ("fandisk.obj", "obj", 5750, (1.691, 0.864, 1.557), 0.679),
])
def test_sample_meshes(name: str, fmt: str, triangles: int, size: tuple[float, ...],
                       volume: float | None) -> None:
    info = inspect(MESH / name)
    assert info.format.value == fmt
    assert info.mesh is not None
    assert info.mesh.triangles == triangles
    assert info.mesh.size_mm == pytest.approx(size)
    assert info.mesh.volume_mm3 == (pytest.approx(volume, rel=1e-3) if volume else None)


@needs_samples
def test_empty_stl() -> None:
    info = inspect(MESH / "empty.stl")
    assert info.mesh is not None
    assert (info.mesh.triangles, info.mesh.size_mm, info.mesh.volume_mm3) == (0, None, None)


def test_obj_polygons_and_negative_indexes(tmp_path: Path) -> None:
    path = tmp_path / "quad.obj"
    path.write_text("# quad\nv 0 0 0\nv 10 0 0\nv 10 10 0\nv 0 10 0\nf -4 -3 -2 -1\n")
    info = inspect(path)
    assert info.format is FileFormat.OBJ
    assert info.mesh is not None and info.mesh.triangles == 2
    bad = tmp_path / "bad.obj"
    bad.write_text("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 9\n")
    with pytest.raises(CorruptFile):
        inspect(bad)
