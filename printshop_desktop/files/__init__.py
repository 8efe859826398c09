"""Slicer metadata, meshes and thumbnails of 3D-printing files, with no Qt and no database.

Public API:

- ``inspect(path) -> FileInfo``: what a .gcode, .bgcode, .3mf/.gcode.3mf, .stl or .obj says
  (format told from content; cheap: G-code is read from its two ends only).
- ``thumbnail(path, size=512, cache_dir=None) -> bytes``: a PNG, embedded picture first,
  else a rendered view of the mesh (offscreen OpenGL, or a numpy fallback).
- ``load_mesh_arrays(path) -> (vertices, faces)``: numpy arrays for a 3D preview.
- ``estimate_gcode_full(path, cancel=None)``: full-file time/filament estimate for G-code
  that carries no slicer estimate (slow; for a worker thread).
- ``sha256_of(path)``: streaming content hash.

Errors are ``FileFormatError`` and its subclasses.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import CorruptFile, FileFormatError, FileTooLarge, NoThumbnail, UnsupportedFormat
from .model import FileFormat, FileInfo, MeshInfo, PlateInfo, ThumbnailInfo, ToolInfo

if TYPE_CHECKING:
    from .gcode_estimate import Cancelled, GcodeEstimate, estimate_gcode_full
    from .hashing import sha256_of
    from .inspector import inspect
    from .mesh import load_mesh_arrays
    from .thumbnails import thumbnail

# The readers pull in numpy and OpenGL: loaded on first use, so that importing the error
# types (the GUI does at start) costs nothing.
_LAZY = {
    "Cancelled": ".gcode_estimate",
    "GcodeEstimate": ".gcode_estimate",
    "estimate_gcode_full": ".gcode_estimate",
    "sha256_of": ".hashing",
    "inspect": ".inspector",
    "load_mesh_arrays": ".mesh",
    "thumbnail": ".thumbnails",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Cancelled",
    "CorruptFile",
    "FileFormat",
    "FileFormatError",
    "FileInfo",
    "FileTooLarge",
    "GcodeEstimate",
    "MeshInfo",
    "NoThumbnail",
    "PlateInfo",
    "ThumbnailInfo",
    "ToolInfo",
    "UnsupportedFormat",
    "estimate_gcode_full",
    "inspect",
    "load_mesh_arrays",
    "sha256_of",
    "thumbnail",
]
