"""Plain result types of ``inspect``: frozen dataclasses with a JSON-able ``to_dict``.

Unknown values are ``None``; nothing here is ever filled with a guess or a placeholder.
Tool indexes are 0-based (tool 0 is ``T0``, Bambu filament id 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class FileFormat(StrEnum):
    """The kind of file, as found from its content (never from its name)."""

    GCODE = "gcode"
    BGCODE = "bgcode"
    GCODE_3MF = "gcode.3mf"
    THREEMF = "3mf"
    STL = "stl"
    OBJ = "obj"


@dataclass(frozen=True)
class ToolInfo:
    """One extruder or filament slot and what the slicer says it uses."""

    index: int
    type: str | None = None
    name: str | None = None
    colour: str | None = None
    used_g: float | None = None
    used_mm: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the tool as a JSON-able dict."""
        return {
            "index": self.index,
            "type": self.type,
            "name": self.name,
            "colour": self.colour,
            "used_g": self.used_g,
            "used_mm": self.used_mm,
        }


@dataclass(frozen=True)
class PlateInfo:
    """One build plate of a multi-plate sliced project (Bambu Studio, OrcaSlicer)."""

    index: int
    estimated_time_s: int | None = None
    filament_used_g: float | None = None
    tools: tuple[ToolInfo, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the plate as a JSON-able dict."""
        return {
            "index": self.index,
            "estimated_time_s": self.estimated_time_s,
            "filament_used_g": self.filament_used_g,
            "tools": [t.to_dict() for t in self.tools],
        }


@dataclass(frozen=True)
class ThumbnailInfo:
    """An image embedded in the file: its size in pixels and format (png, jpg or qoi)."""

    width: int
    height: int
    format: str

    def to_dict(self) -> dict[str, Any]:
        """Return the thumbnail description as a JSON-able dict."""
        return {"width": self.width, "height": self.height, "format": self.format}


@dataclass(frozen=True)
class MeshInfo:
    """Geometry facts of a model: triangle count, bounding-box size and closed volume."""

    triangles: int
    size_mm: tuple[float, float, float] | None = None
    volume_mm3: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the mesh facts as a JSON-able dict."""
        return {
            "triangles": self.triangles,
            "size_mm": list(self.size_mm) if self.size_mm is not None else None,
            "volume_mm3": self.volume_mm3,
        }


@dataclass(frozen=True)
class FileInfo:
    """Everything ``inspect`` learnt about one file, normalised across slicers."""

    format: FileFormat
    slicer: str | None = None
    slicer_version: str | None = None
    printer_model: str | None = None
    nozzle_diameter_mm: float | None = None
    layer_height_mm: float | None = None
    estimated_time_s: int | None = None
    filament_used_g: float | None = None
    filament_used_mm: float | None = None
    tools: tuple[ToolInfo, ...] = ()
    plates: tuple[PlateInfo, ...] = ()
    thumbnails: tuple[ThumbnailInfo, ...] = ()
    mesh: MeshInfo | None = None
    raw: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return every field as a JSON-able dict (the CLI's ``--json`` output)."""
        return {
            "format": self.format.value,
            "slicer": self.slicer,
            "slicer_version": self.slicer_version,
            "printer_model": self.printer_model,
            "nozzle_diameter_mm": self.nozzle_diameter_mm,
            "layer_height_mm": self.layer_height_mm,
            "estimated_time_s": self.estimated_time_s,
            "filament_used_g": self.filament_used_g,
            "filament_used_mm": self.filament_used_mm,
            "tools": [t.to_dict() for t in self.tools],
            "plates": [p.to_dict() for p in self.plates],
            "thumbnails": [t.to_dict() for t in self.thumbnails],
            "mesh": self.mesh.to_dict() if self.mesh is not None else None,
            "raw": dict(self.raw),
        }
