"""Inspect 3MF files: Bambu Studio / OrcaSlicer sliced ``.gcode.3mf`` (plates, no mesh),
Bambu and PrusaSlicer projects, and plain 3MF (core and production extension)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .errors import CorruptFile
from .fields import SlicerFields, build_tools, total
from .gcode_meta import identify, raw_pairs
from .images import image_size
from .mesh_stats import mesh_info
from .model import FileFormat, FileInfo, MeshInfo, PlateInfo, ThumbnailInfo, ToolInfo
from .prusa_keys import read_prusa
from .threemf_mesh import assemble
from .threemf_xml import (
    MAX_XML_PART,
    THUMBNAIL_REL,
    decode_part,
    local,
    parse_xml,
    relationships,
    start_part,
)
from .values import clean, colour, first_number, parse_duration, rounded, to_float
from .zipsafe import SafeZip

MAX_SETTINGS = 32 * 1024 * 1024
_PLATE_GCODE = re.compile(r"^Metadata/plate_(\d+)\.gcode$", re.IGNORECASE)
_THUMB_NAME = re.compile(r"^Metadata/(plate_\d+(_small)?|thumbnail|top_\d+)\.(png|jpe?g)$",
                         re.IGNORECASE)
_APPLICATION = re.compile(r'<metadata\s+name="Application"\s*>([^<]*)<', re.IGNORECASE)
_APP_NAMES = {"bambustudio": "Bambu Studio", "orcaslicer": "OrcaSlicer",
              "prusaslicer": "PrusaSlicer", "superslicer": "SuperSlicer", "cura": "Cura"}


def _application(zipped: SafeZip, model_part: str) -> tuple[str | None, str | None]:
    """(slicer, version) from the model's ``Application`` metadata (``BambuStudio-01.09``)."""
    head = zipped.read_head(model_part, 64 * 1024).decode("utf-8", errors="replace")
    match = _APPLICATION.search(head)
    if not match:
        return None, None
    name, _, version = match.group(1).strip().partition("-")
    return _APP_NAMES.get(name.lower().replace(" ", ""), name or None), version or None


def _thumbnails(zipped: SafeZip) -> list[tuple[ThumbnailInfo, str]]:
    names = [n for n in zipped.names if _THUMB_NAME.match(n)]
    for kind, target in relationships(zipped, "_rels/.rels"):
        stored = zipped.find(target)
        if kind == THUMBNAIL_REL and stored and stored not in names:
            names.append(stored)
    found = []
    for name in names:
        head = zipped.read_head(name, 32)
        if head.startswith(b"\xff\xd8"):  # JPEG: the size sits after the first segments
            head = zipped.read_head(name, 64 * 1024)
        size = image_size(head)
        if size is not None:
            found.append((ThumbnailInfo(*size), name))
    return found


def _project_settings(zipped: SafeZip, raw: dict[str, str]) -> dict[str, Any]:
    name = zipped.find("Metadata/project_settings.config")
    if name is None:
        return {}
    try:
        settings = json.loads(zipped.read(name, MAX_SETTINGS))
    except (ValueError, UnicodeDecodeError) as exc:
        raise CorruptFile(f"{zipped.path.name} has damaged project settings") from exc
    if not isinstance(settings, dict):
        raise CorruptFile(f"{zipped.path.name} has damaged project settings")
    for key, value in settings.items():
        raw[key] = ";".join(map(str, value)) if isinstance(value, list) else str(value)
    return settings


def _settings_fields(settings: dict[str, Any], raw: dict[str, str]) -> SlicerFields:
    return SlicerFields(
        printer_model=clean(raw.get("printer_model")),
        nozzle_diameter_mm=first_number(raw.get("nozzle_diameter")),
        layer_height_mm=to_float(raw.get("layer_height")),
    )


def _plates(zipped: SafeZip, raw: dict[str, str], names: list[str | None]) -> list[PlateInfo]:
    """Plates from ``Metadata/slice_info.config`` (prediction seconds, weight grams)."""
    stored = zipped.find("Metadata/slice_info.config")
    if stored is None:
        return []
    root = parse_xml(zipped.read(stored, MAX_XML_PART), stored)
    for item in root.iter():
        if local(item.tag) == "header_item" and item.get("key"):
            raw[f"header.{item.get('key')}"] = item.get("value", "")
    plates = []
    for number, plate in enumerate((p for p in root if local(p.tag) == "plate"), start=1):
        meta = {m.get("key", ""): m.get("value", "") for m in plate if local(m.tag) == "metadata"}
        index = int(to_float(meta.get("index")) or number)
        for key, value in meta.items():
            raw[f"plate_{index}.{key}"] = value
        tools = []
        for fil in (f for f in plate if local(f.tag) == "filament"):
            slot = int(to_float(fil.get("id")) or 1) - 1
            metres = to_float(fil.get("used_m"))
            tools.append(ToolInfo(
                index=slot,
                type=clean(fil.get("type")),
                name=names[slot] if 0 <= slot < len(names) else None,
                colour=colour(fil.get("color")),
                used_g=rounded(to_float(fil.get("used_g"))),
                used_mm=rounded(metres * 1000, 2) if metres is not None else None,
            ))
        plates.append(PlateInfo(
            index=index,
            estimated_time_s=parse_duration(meta.get("prediction")),
            filament_used_g=rounded(to_float(meta.get("weight"))),
            tools=tuple(sorted(tools, key=lambda t: t.index)),
        ))
    return plates


def _merge_tools(plates: list[PlateInfo]) -> tuple[ToolInfo, ...]:
    merged: dict[int, ToolInfo] = {}
    for plate in plates:
        for tool in plate.tools:
            old = merged.get(tool.index)
            if old is None:
                merged[tool.index] = tool
                continue
            merged[tool.index] = ToolInfo(
                index=tool.index, type=old.type or tool.type, name=old.name or tool.name,
                colour=old.colour or tool.colour,
                used_g=rounded(total([old.used_g, tool.used_g])),
                used_mm=rounded(total([old.used_mm, tool.used_mm]), 2),
            )
    return tuple(merged[i] for i in sorted(merged))


def _sum_int(values: list[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _prusa_config(zipped: SafeZip, raw: dict[str, str]) -> SlicerFields | None:
    stored = zipped.find("Metadata/Slic3r_PE.config")
    if stored is None:
        return None
    text = zipped.read(stored, MAX_SETTINGS).decode("utf-8", errors="replace")
    comments = [line[1:].strip() for line in text.splitlines() if line.startswith(";")]
    raw_pairs(comments, raw)
    slicer, version = identify(comments[:5])
    return SlicerFields(slicer=slicer, slicer_version=version).fill_from(read_prusa(raw))


def inspect_3mf(path: Path) -> FileInfo:
    """Read a 3MF: plates and filament for sliced files, mesh facts for model files."""
    with SafeZip(path) as zipped:
        model_part = start_part(zipped)
        raw: dict[str, str] = {}
        sliced = any(_PLATE_GCODE.match(n) for n in zipped.names)
        slicer, version = _application(zipped, model_part)
        fields = SlicerFields(slicer=slicer, slicer_version=version)
        prusa = _prusa_config(zipped, raw)
        if prusa is not None:
            fields = fields.fill_from(prusa)
        settings = _project_settings(zipped, raw)
        fields = fields.fill_from(_settings_fields(settings, raw))
        names = [clean(n) for n in settings.get("filament_settings_id", []) if isinstance(n, str)]
        plates = _plates(zipped, raw, names)
        thumbnails = tuple(info for info, _ in _thumbnails(zipped))
        mesh: MeshInfo | None = None if sliced else mesh_info(assemble(zipped))
    if plates and any(p.estimated_time_s is not None or p.tools for p in plates):
        fields = fields.fill_from(SlicerFields(
            estimated_time_s=_sum_int([p.estimated_time_s for p in plates]),
            filament_used_g=rounded(total([p.filament_used_g for p in plates])),
            tools=_merge_tools(plates),
        ))
        used_mm = total([t.used_mm for t in fields.tools])
        fields = fields.fill_from(SlicerFields(filament_used_mm=rounded(used_mm, 2)))
    elif prusa is None and settings:
        fields = fields.fill_from(SlicerFields(tools=build_tools(
            types=[clean(str(t)) for t in settings.get("filament_type", [])],
            names=names,
            colours=[colour(str(c)) for c in settings.get("filament_colour", [])],
        )))
    return FileInfo(
        format=FileFormat.GCODE_3MF if sliced else FileFormat.THREEMF,
        slicer=fields.slicer,
        slicer_version=fields.slicer_version,
        printer_model=fields.printer_model,
        nozzle_diameter_mm=fields.nozzle_diameter_mm,
        layer_height_mm=fields.layer_height_mm,
        estimated_time_s=fields.estimated_time_s,
        filament_used_g=rounded(fields.filament_used_g),
        filament_used_mm=rounded(fields.filament_used_mm, 2),
        tools=fields.tools,
        plates=tuple(plates) if sliced else (),
        thumbnails=thumbnails,
        mesh=mesh,
        raw=raw,
    )


def threemf_images(path: Path) -> list[tuple[ThumbnailInfo, bytes]]:
    """Embedded pictures of a 3MF that show the whole file (first plate or package thumbnail).

    Other plates' pictures are left out; so are Bambu's ``pick_N`` object-id maps.
    """
    with SafeZip(path) as zipped:
        found = _thumbnails(zipped)
        plate_numbers = sorted({int(m.group(1)) for info, n in found
                                if (m := re.search(r"plate_(\d+)", n))})
        first = plate_numbers[0] if plate_numbers else None
        chosen = [(info, n) for info, n in found
                  if "plate_" not in n.lower() or re.search(rf"plate_{first}(_small)?\.", n)]
        return [(info, zipped.read(name, MAX_XML_PART)) for info, name in chosen]


__all__ = ["decode_part", "inspect_3mf", "threemf_images"]
