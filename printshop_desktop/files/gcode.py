"""Inspect an ASCII G-code file from its head and tail comments (never the whole file)."""

from __future__ import annotations

from pathlib import Path

from . import gcode_dialects
from .fields import SlicerFields
from .gcode_meta import PRUSA_FAMILY, identify, raw_pairs
from .gcode_read import GcodeComments, read_comments
from .model import FileFormat, FileInfo, ThumbnailInfo
from .prusa_keys import read_prusa
from .values import rounded


def inspect_gcode(path: Path) -> FileInfo:
    """Read slicer, printer, time, filament and thumbnails of an ASCII G-code file."""
    comments = read_comments(path)
    raw: dict[str, str] = {}
    raw_pairs(comments.head, raw)
    raw_pairs(comments.tail, raw)
    fields = read_fields(comments, raw)
    return FileInfo(
        format=FileFormat.GCODE,
        slicer=fields.slicer,
        slicer_version=fields.slicer_version,
        printer_model=fields.printer_model,
        nozzle_diameter_mm=fields.nozzle_diameter_mm,
        layer_height_mm=fields.layer_height_mm,
        estimated_time_s=fields.estimated_time_s,
        filament_used_g=rounded(fields.filament_used_g),
        filament_used_mm=rounded(fields.filament_used_mm, 2),
        tools=fields.tools,
        thumbnails=tuple(
            ThumbnailInfo(t.width, t.height, t.format) for t in comments.thumbnails
        ),
        raw=raw,
    )


def read_fields(comments: GcodeComments, raw: dict[str, str]) -> SlicerFields:
    """Pick the dialect reader for the slicer that wrote the file and run it."""
    slicer, version = identify(comments.head)
    if slicer is None:
        slicer, version = identify(comments.tail)
    if slicer == "Cura":
        settings = [c[len("SETTING_3 "):] for c in comments.tail if c.startswith("SETTING_3 ")]
        fields = gcode_dialects.read_cura(raw, settings)
    elif slicer in gcode_dialects.READERS:
        fields = gcode_dialects.READERS[slicer](raw)
    elif slicer in PRUSA_FAMILY:
        fields = read_prusa(raw)
    else:
        fields = read_prusa(raw).fill_from(gcode_dialects.read_cura(raw, []))
    return SlicerFields(slicer=slicer, slicer_version=version).fill_from(fields)
