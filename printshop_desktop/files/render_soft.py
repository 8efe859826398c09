"""Render a mesh thumbnail with numpy alone: flat shading and a z-buffer.

The fallback when no OpenGL context can be made. Triangles are grouped by the size of their
pixel bounding box; each group tests a square of candidate pixels per triangle at once. Every
covered sample is packed into one 64-bit key (pixel, depth, triangle) so a single sort finds
the nearest triangle per pixel. Small meshes are drawn at twice the size and scaled down, which
smooths the edges.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PIL import Image

from .camera import fit_camera, shade
from .images import downscale
from .mesh import MeshArrays, bounds

SUPERSAMPLE_BELOW = 400_000  # triangles; above this the mesh itself is fine enough
MAX_SAMPLES_PER_BATCH = 1_000_000
_DEPTH_BITS = 18

F64 = npt.NDArray[np.float64]


def _project(mesh: MeshArrays, width: int) -> tuple[F64, F64]:
    """Triangles in pixel space (x right, y down, z depth 0..1 nearer smaller) and normals."""
    low, high = bounds(mesh.vertices)
    camera = fit_camera(low, high)
    verts = mesh.vertices.astype(np.float64)
    ndc = verts @ camera.ndc_matrix()[:3, :3].T + camera.ndc_matrix()[:3, 3]
    view = verts @ camera.rotation.T
    pixels = np.empty_like(ndc)
    pixels[:, 0] = (ndc[:, 0] + 1) / 2 * width
    pixels[:, 1] = (1 - ndc[:, 1]) / 2 * width
    pixels[:, 2] = (ndc[:, 2] + 1) / 2
    faces = mesh.indexed_faces()
    tri_view = view[faces]
    normals = np.cross(tri_view[:, 1] - tri_view[:, 0], tri_view[:, 2] - tri_view[:, 0])
    length = np.linalg.norm(normals, axis=1, keepdims=True)
    normals = np.divide(normals, length, out=np.zeros_like(normals), where=length > 0)
    normals[normals[:, 2] < 0] *= -1  # two-sided: always face the camera
    return pixels[faces], normals


def _rasterise(tri: F64, width: int) -> npt.NDArray[np.int64]:
    """Index of the nearest triangle for every pixel (-1 where none), via one sort."""
    x, y = tri[:, :, 0], tri[:, :, 1]
    x0 = np.clip(np.ceil(x.min(axis=1) - 0.5), 0, width).astype(np.int64)
    x1 = np.clip(np.floor(x.max(axis=1) - 0.5), -1, width - 1).astype(np.int64)
    y0 = np.clip(np.ceil(y.min(axis=1) - 0.5), 0, width).astype(np.int64)
    y1 = np.clip(np.floor(y.max(axis=1) - 0.5), -1, width - 1).astype(np.int64)
    span = np.maximum(x1 - x0, y1 - y0) + 1
    area = (x[:, 1] - x[:, 0]) * (y[:, 2] - y[:, 0]) - (x[:, 2] - x[:, 0]) * (y[:, 1] - y[:, 0])
    live = (span > 0) & (x1 >= x0) & (y1 >= y0) & (np.abs(area) > 1e-12)
    keys: list[npt.NDArray[np.uint64]] = []
    tier = 1
    while True:
        members = np.nonzero(live & (span <= tier) & (span > tier // 2))[0]
        if len(members):
            step = max(1, MAX_SAMPLES_PER_BATCH // (tier * tier))
            for start in range(0, len(members), step):
                keys.append(_tier_samples(tri, area, x0, y0, members[start:start + step],
                                          tier, width))
        if tier >= width:
            break
        tier *= 2
    nearest = np.full(width * width, -1, dtype=np.int64)
    if not keys:
        return nearest
    packed = np.sort(np.concatenate(keys))
    pixel = (packed >> np.uint64(64 - 20)).astype(np.int64) if width <= 1024 else None
    if pixel is None:
        raise ValueError("software renderer supports up to 1024 pixels")
    first = np.ones(len(packed), dtype=bool)
    first[1:] = pixel[1:] != pixel[:-1]
    face_bits = 64 - 20 - _DEPTH_BITS
    nearest[pixel[first]] = (packed[first] & np.uint64((1 << face_bits) - 1)).astype(np.int64)
    return nearest


def _tier_samples(tri: F64, area: F64, x0: npt.NDArray[np.int64], y0: npt.NDArray[np.int64],
                  members: npt.NDArray[np.int64], tier: int, width: int
                  ) -> npt.NDArray[np.uint64]:
    """Packed (pixel, depth, triangle) keys of the pixels each member triangle covers."""
    offsets = np.arange(tier)
    px = (x0[members, None, None] + offsets[None, None, :]).astype(np.float64)
    py = (y0[members, None, None] + offsets[None, :, None]).astype(np.float64)
    px, py = np.broadcast_arrays(px, py)
    cx, cy = px + 0.5, py + 0.5
    t = tri[members]
    xa, ya, za = (t[:, 0, i][:, None, None] for i in range(3))
    xb, yb, zb = (t[:, 1, i][:, None, None] for i in range(3))
    xc, yc, zc = (t[:, 2, i][:, None, None] for i in range(3))
    inv = 1.0 / area[members][:, None, None]
    w0 = ((xc - xb) * (cy - yb) - (yc - yb) * (cx - xb)) * inv
    w1 = ((xa - xc) * (cy - yc) - (ya - yc) * (cx - xc)) * inv
    w2 = 1.0 - w0 - w1
    inside = (w0 >= 0) & (w1 >= 0) & (w2 >= 0) & (px < width) & (py < width)
    depth = np.clip(w0 * za + w1 * zb + w2 * zc, 0.0, 1.0)
    face = np.broadcast_to(members[:, None, None], inside.shape)[inside].astype(np.uint64)
    pixel = (py[inside].astype(np.uint64) * np.uint64(width) + px[inside].astype(np.uint64))
    quantised = (depth[inside] * ((1 << _DEPTH_BITS) - 1)).astype(np.uint64)
    face_bits = 64 - 20 - _DEPTH_BITS
    return ((pixel << np.uint64(64 - 20)) | (quantised << np.uint64(face_bits))
            | (face & np.uint64((1 << face_bits) - 1)))


def render_soft(mesh: MeshArrays, size: int) -> Image.Image:
    """Draw ``mesh`` into a ``size``×``size`` RGBA image on a transparent background."""
    factor = 2 if mesh.triangle_count < SUPERSAMPLE_BELOW and size * 2 <= 1024 else 1
    width = size * factor
    if width > 1024 or mesh.triangle_count >= (1 << (64 - 20 - _DEPTH_BITS)):
        raise ValueError("the software renderer draws up to 1024 px and 64M triangles")
    tri, normals = _project(mesh, width)
    nearest = _rasterise(tri, width)
    colours = (shade(normals) * 255 + 0.5).astype(np.uint8)
    rgba = np.zeros((width * width, 4), dtype=np.uint8)
    hit = nearest >= 0
    rgba[hit, :3] = colours[nearest[hit]]
    rgba[hit, 3] = 255
    image = Image.fromarray(rgba.reshape(width, width, 4), "RGBA")
    if factor > 1:
        image = downscale(image, factor)
    return image
