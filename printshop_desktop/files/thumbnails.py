"""``thumbnail(path, size)``: a square PNG for any supported file, cached by content hash.

Embedded pictures come first (the smallest one at least ``size`` wide, else the largest).
A mesh with no picture is drawn with the fixed isometric camera: through offscreen OpenGL
(EGL) when a context can be made, else with the numpy renderer. Set the environment variable
``PRINTSHOP_THUMBNAIL_RENDERER=soft`` to force the numpy renderer.
"""

from __future__ import annotations

import io
import os
import tempfile
import warnings
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PIL import Image

from .bgcode import bgcode_thumbnails
from .cache_version import CACHE_VERSION
from .detect import Kind, sniff
from .errors import CorruptFile, FileFormatError, NoThumbnail
from .gcode_read import read_comments, read_thumbnail
from .hashing import sha256_of
from .mesh import MeshArrays, read_mesh
from .model import ThumbnailInfo
from .render_gl import GLUnavailable, render_gl
from .render_soft import render_soft
from .threemf import threemf_images
from .zipsafe import SafeZip

MIN_SIZE, MAX_SIZE = 16, 1024
MAX_EMBEDDED_PIXELS = 16_000_000
RENDERER_ENV = "PRINTSHOP_THUMBNAIL_RENDERER"

Candidate = tuple[ThumbnailInfo, Callable[[], bytes]]


def default_cache_dir() -> Path:
    """``<user cache dir>/printshop-desktop/thumbnails`` (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("printshop-desktop")) / "thumbnails"


def thumbnail(
    path: str | os.PathLike[str],
    size: int = 512,
    cache_dir: str | os.PathLike[str] | None = None,
    *,
    renderer: str = "auto",
) -> bytes:
    """Return a ``size``×``size`` PNG (transparent around the picture) for ``path``.

    ``renderer`` is ``"auto"`` (OpenGL, falling back to numpy), ``"gl"`` or ``"soft"``; it
    only matters for meshes without an embedded picture. Results are cached under
    ``cache_dir`` by the file's SHA-256 and ``size``. Raises ``FileFormatError`` subclasses
    (``NoThumbnail`` when the file has neither a picture nor a mesh).
    """
    if not MIN_SIZE <= size <= MAX_SIZE:
        raise ValueError(f"size must be between {MIN_SIZE} and {MAX_SIZE} pixels")
    file = Path(path)
    try:
        digest = sha256_of(file)
    except OSError as exc:
        raise NoThumbnail(f"{file.name} could not be read: {exc.strerror or exc}") from exc
    folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    cached = folder / f"{digest}-{size}-{CACHE_VERSION}.png"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    png = make_thumbnail(file, size, renderer=renderer)
    _store(cached, png)
    return png


def _store(target: Path, data: bytes) -> None:
    """Write the cache file atomically; a cache that cannot be written is not an error."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".tmp") as tmp:
            tmp.write(data)
        os.replace(tmp.name, target)
    except OSError:
        pass


def make_thumbnail(file: Path, size: int, *, renderer: str = "auto") -> bytes:
    """Build the PNG without touching the cache."""
    try:
        kind = sniff(file)
        candidates, mesh_loader = _sources(file, kind)
        for _, load in _by_fit(candidates, size):
            try:
                return _png(_fit(_decode(load()), size))
            except CorruptFile:
                continue
        if mesh_loader is None:
            raise NoThumbnail(f"{file.name} holds no picture and no model to draw")
        mesh = mesh_loader()
        if mesh.triangle_count == 0:
            raise NoThumbnail(f"{file.name} holds no triangles to draw")
        return _png(render(mesh, size, renderer))
    except FileFormatError:
        raise
    except (ValueError, IndexError, KeyError, EOFError, OverflowError) as exc:
        raise CorruptFile(f"{file.name} is damaged and could not be drawn") from exc
    except MemoryError as exc:
        raise CorruptFile(f"{file.name} is too large to draw") from exc


def render(mesh: MeshArrays, size: int, renderer: str = "auto") -> Image.Image:
    """Draw a mesh with the chosen renderer (``auto`` tries OpenGL first)."""
    choice = os.environ.get(RENDERER_ENV, renderer) if renderer == "auto" else renderer
    if choice in ("auto", "gl"):
        try:
            return render_gl(mesh, size)
        except GLUnavailable:
            if choice == "gl":
                raise
    return render_soft(mesh, size)


def _sources(file: Path, kind: Kind) -> tuple[list[Candidate], Callable[[], MeshArrays] | None]:
    if kind is Kind.GCODE:
        refs = read_comments(file).thumbnails
        return [(ThumbnailInfo(r.width, r.height, r.format), partial(read_thumbnail, file, r))
                for r in refs], None
    if kind is Kind.BGCODE:
        return [(info, partial(bytes, data)) for info, data in bgcode_thumbnails(file)], None
    if kind is Kind.ZIP:
        images = threemf_images(file)
        with SafeZip(file) as zipped:
            sliced = any(n.lower().endswith(".gcode") for n in zipped.names)
        loader = None if sliced else partial(read_mesh, file, kind)
        return [(info, partial(bytes, data)) for info, data in images], loader
    return [], partial(read_mesh, file, kind)


def _by_fit(candidates: list[Candidate], size: int) -> list[Candidate]:
    """Best first: the smallest picture at least ``size`` wide, then the rest largest first."""
    def side(c: Candidate) -> int:
        return max(c[0].width, c[0].height)

    big_enough = sorted((c for c in candidates if side(c) >= size), key=side)
    smaller = sorted((c for c in candidates if side(c) < size), key=side, reverse=True)
    return big_enough + smaller


def _decode(data: bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_EMBEDDED_PIXELS:
                raise CorruptFile("an embedded picture is implausibly large")
            image.load()
            return image.convert("RGBA")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as exc:
        raise CorruptFile("an embedded picture is damaged") from exc


def _fit(image: Image.Image, size: int) -> Image.Image:
    """Scale to fit a ``size`` square (keeping proportions) and centre on transparency."""
    scale = size / max(image.width, image.height)
    width = max(1, round(image.width * scale))
    height = max(1, round(image.height * scale))
    if (width, height) != image.size:
        image = image.resize((width, height), Image.Resampling.LANCZOS)
    canvas = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    canvas.paste(image, ((size - width) // 2, (size - height) // 2))
    return canvas


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=3)
    return out.getvalue()
