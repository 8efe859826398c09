"""The one camera every model thumbnail uses: isometric from the front-right-top, Z up,
orthographic, fitted to the model's bounding box; and the shading both renderers share."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float64]

EYE_DIRECTION = np.array([1.0, -1.0, 1.0]) / np.sqrt(3.0)  # from the model towards the camera
MARGIN = 0.06
BASE_COLOUR = (0.93, 0.55, 0.20)  # a filament orange, as slicers show models
AMBIENT = 0.30
KEY_LIGHT = (np.array([-0.35, 0.55, 0.75]) / np.linalg.norm([-0.35, 0.55, 0.75]), 0.60)
FILL_LIGHT = (np.array([0.65, -0.15, 0.55]) / np.linalg.norm([0.65, -0.15, 0.55]), 0.25)


@dataclass(frozen=True)
class Camera:
    """World→view rotation about the box centre, plus the orthographic fit into NDC."""

    rotation: Matrix  # rows: right, up, towards-camera
    centre: Matrix
    scale: float
    offset: Matrix  # view-space x/y that lands in the middle of the picture
    depth_scale: float

    def view_matrix(self) -> Matrix:
        """4×4 world→view (rotation and translation only, millimetres kept)."""
        view = np.eye(4)
        view[:3, :3] = self.rotation
        view[:3, 3] = -self.rotation @ self.centre
        return view

    def ndc_matrix(self) -> Matrix:
        """4×4 world→normalised device coordinates (x, y in [-1, 1], nearer = smaller z)."""
        fit = np.diag([self.scale, self.scale, -self.depth_scale, 1.0])
        fit[0, 3] = -self.offset[0] * self.scale
        fit[1, 3] = -self.offset[1] * self.scale
        return fit @ self.view_matrix()


def fit_camera(low: npt.ArrayLike, high: npt.ArrayLike, margin: float = MARGIN) -> Camera:
    """Camera that fits the box ``low``..``high`` into the picture with a small margin."""
    towards = EYE_DIRECTION
    right = np.cross(-towards, [0.0, 0.0, 1.0])
    right /= np.linalg.norm(right)
    up = np.cross(towards, right)
    rotation = np.vstack([right, up, towards])
    low64, high64 = np.asarray(low, np.float64), np.asarray(high, np.float64)
    centre = (low64 + high64) / 2
    corners = np.array([[x, y, z] for x in (low64[0], high64[0]) for y in (low64[1], high64[1])
                        for z in (low64[2], high64[2])])
    projected = (corners - centre) @ rotation.T
    lo, hi = projected.min(axis=0), projected.max(axis=0)
    extent = max(float(hi[0] - lo[0]), float(hi[1] - lo[1]), 1e-9)
    radius = max(float(np.linalg.norm(high64 - low64)) / 2, 1e-9)
    return Camera(
        rotation=rotation,
        centre=centre,
        scale=2 * (1 - margin) / extent,
        offset=(lo[:2] + hi[:2]) / 2,
        depth_scale=1 / (radius * 1.01),
    )


def shade(normals: Matrix) -> Matrix:
    """Lambert shading (two lights plus ambient) of unit view-space normals facing the camera."""
    light = np.full(len(normals), AMBIENT)
    for direction, strength in (KEY_LIGHT, FILL_LIGHT):
        light += strength * np.clip(normals @ direction, 0.0, None)
    return np.clip(light[:, None] * np.array(BASE_COLOUR), 0.0, 1.0)
