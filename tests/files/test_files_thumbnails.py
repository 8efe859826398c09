"""Thumbnails: embedded pictures first, else a rendered mesh (OpenGL and numpy renderers)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from files_fixtures import (
    bambu_sliced_3mf,
    bgcode_bytes,
    box_triangles,
    orca_gcode,
    sample,
    write_binary_stl,
)
from PIL import Image

from printshop_desktop.files import NoThumbnail, thumbnail
from printshop_desktop.files.model import ThumbnailInfo
from printshop_desktop.files.render_gl import available as gl_available
from printshop_desktop.files.thumbnails import _by_fit

MESH = sample("mesh")


def _image(png: bytes) -> Image.Image:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    return Image.open(io.BytesIO(png))


def _check_render(png: bytes, size: int) -> None:
    image = _image(png)
    assert image.size == (size, size) and image.mode == "RGBA"
    pixels = np.asarray(image)
    covered = pixels[..., 3] > 0
    assert 0.05 < covered.mean() < 0.9  # a picture, neither blank nor a filled square
    shades = np.unique(pixels[covered][:, :3] // 16, axis=0)
    assert len(shades) >= 3  # shaded faces, not a flat silhouette


@pytest.mark.parametrize("renderer", [
    pytest.param("gl", marks=pytest.mark.skipif(not gl_available(), reason="no EGL context")),
    "soft",
])
def test_rendered_stl(tmp_path: Path, renderer: str) -> None:
    path = write_binary_stl(tmp_path / "box.stl", box_triangles())
    png = thumbnail(path, size=128, cache_dir=tmp_path / "cache", renderer=renderer)
    _check_render(png, 128)


@pytest.mark.skipif(not MESH.is_dir(), reason="shared samples absent")
@pytest.mark.parametrize("name", ["teapot.stl", "cube_gears.3mf", "capsule.obj"])
def test_renderers_agree_on_samples(tmp_path: Path, name: str) -> None:
    soft_png = thumbnail(MESH / name, 128, tmp_path / "s", renderer="soft")
    _check_render(soft_png, 128)
    soft = _image(soft_png)
    if not gl_available():
        pytest.skip("no EGL context")
    gl = _image(thumbnail(MESH / name, 128, tmp_path / "g", renderer="gl"))
    soft_mask = np.asarray(soft)[..., 3] > 127
    gl_mask = np.asarray(gl)[..., 3] > 127
    overlap = (soft_mask & gl_mask).sum() / max((soft_mask | gl_mask).sum(), 1)
    assert overlap > 0.85  # same camera, same silhouette


def test_cache_is_used(tmp_path: Path) -> None:
    path = write_binary_stl(tmp_path / "box.stl", box_triangles())
    cache = tmp_path / "cache"
    first = thumbnail(path, 64, cache, renderer="soft")
    (entry,) = cache.iterdir()
    entry.write_bytes(b"cached")
    assert thumbnail(path, 64, cache) == b"cached"
    assert thumbnail(path, 96, cache, renderer="soft") != first


def test_embedded_gcode_picture_preferred(tmp_path: Path) -> None:
    path = orca_gcode(tmp_path / "o.gcode", moves=10)
    image = _image(thumbnail(path, 200, tmp_path / "c"))
    assert image.size == (200, 200)
    assert image.getpixel((100, 100)) == (200, 80, 20, 255)


def test_embedded_bgcode_and_3mf_pictures(tmp_path: Path) -> None:
    bg = tmp_path / "b.bgcode"
    bg.write_bytes(bgcode_bytes())
    image = _image(thumbnail(bg, 320, tmp_path / "c"))
    assert image.size == (320, 320)
    assert image.getpixel((0, 0)) == (0, 0, 0, 0)  # 160×120 letterboxed into the square
    assert image.getpixel((160, 160)) == (200, 80, 20, 255)
    sliced = _image(thumbnail(bambu_sliced_3mf(tmp_path / "p.gcode.3mf"), 100, tmp_path / "c"))
    assert sliced.getpixel((50, 50)) == (10, 200, 10, 255)  # plate 1, not the pick map


def test_best_fit_choice() -> None:
    def cands(*sizes: int) -> list[tuple[ThumbnailInfo, object]]:
        return [(ThumbnailInfo(s, s, "png"), lambda: b"") for s in sizes]

    assert [c[0].width for c in _by_fit(cands(16, 300, 512), 256)][:1] == [300]  # type: ignore[arg-type]
    assert [c[0].width for c in _by_fit(cands(16, 220), 512)][:1] == [220]  # type: ignore[arg-type]


def test_gcode_without_picture(tmp_path: Path) -> None:
    path = tmp_path / "plain.gcode"
    path.write_text("G28\nG1 X10 E1\n")
    with pytest.raises(NoThumbnail):
        thumbnail(path, 64, tmp_path / "c")


def test_bad_size(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        thumbnail(tmp_path / "x.stl", 4)
