"""Image helpers: pixel size of PNG, JPEG and QOI from their first bytes, and an
alpha-correct box downscale for supersampled renders."""

from __future__ import annotations

import struct

import numpy as np
from PIL import Image

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def image_size(data: bytes) -> tuple[int, int, str] | None:
    """Return (width, height, format) for PNG/JPEG/QOI bytes, or ``None`` if not recognised."""
    if data.startswith(PNG_MAGIC) and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return width, height, "png"
    if data.startswith(b"qoif") and len(data) >= 12:
        width, height = struct.unpack(">II", data[4:12])
        return width, height, "qoi"
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int, str] | None:
    pos = 2
    while pos + 9 < len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return width, height, "jpg"
        pos += 2 + length
    return None


def downscale(image: Image.Image, factor: int) -> Image.Image:
    """Box-filter an RGBA image down by ``factor`` with premultiplied alpha (no dark edges)."""
    data = np.asarray(image, dtype=np.float32).copy()
    alpha = data[..., 3:4] / 255.0
    data[..., :3] *= alpha
    height, width = data.shape[0] // factor, data.shape[1] // factor
    small = data[: height * factor, : width * factor].reshape(
        height, factor, width, factor, 4).mean(axis=(1, 3))
    cover = small[..., 3:4] / 255.0
    small[..., :3] = np.where(cover > 0, small[..., :3] / np.maximum(cover, 1e-6), 0)
    return Image.fromarray(np.clip(small + 0.5, 0, 255).astype(np.uint8), "RGBA")
