"""Readers for the G-code comments of slicers outside the PrusaSlicer family:
Cura, ideaMaker, Simplify3D and KISSlicer."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping

from .fields import SlicerFields, build_tools, total
from .values import clean, first_number, float_list, parse_duration, split_list, to_float

_CURA_DEFINITION = re.compile(r"\bdefinition = ([^\n\\]+)")
_CURA_NOZZLE = re.compile(r"\bmachine_nozzle_size = ([0-9.]+)")


def _cura_settings(setting_lines: list[str]) -> dict[str, str]:
    """Pick printer and nozzle from Cura's ``;SETTING_3`` JSON blob at the end of the file."""
    blob = "".join(setting_lines)
    try:
        data = json.loads(blob)
        text = json.dumps(data)
    except ValueError:
        text = blob
    found: dict[str, str] = {}
    definition = _CURA_DEFINITION.search(text.replace("\\n", "\n"))
    if definition:
        found["definition"] = definition.group(1).strip()
    nozzle = _CURA_NOZZLE.search(text.replace("\\n", "\n"))
    if nozzle:
        found["machine_nozzle_size"] = nozzle.group(1)
    return found


def read_cura(raw: Mapping[str, str], setting_lines: list[str]) -> SlicerFields:
    """Cura: ``;TIME:`` seconds, ``;Filament used: 1.2m, 0.5m``, Griffin header keys."""
    metres = [v for v in float_list(raw.get("Filament used"))]
    used_mm = [None if m is None else m * 1000 for m in metres]
    weights = float_list(raw.get("Filament weight", "").strip("[] "))
    settings = _cura_settings(setting_lines) if setting_lines else {}
    nozzle = first_number(raw.get("EXTRUDER_TRAIN.0.NOZZLE.DIAMETER")) or first_number(
        raw.get("Nozzle diameter")) or to_float(settings.get("machine_nozzle_size"))
    time = parse_duration(raw.get("TIME")) or parse_duration(raw.get("PRINT.TIME"))
    return SlicerFields(
        slicer_version=clean(raw.get("GENERATOR.VERSION")),
        printer_model=clean(raw.get("TARGET_MACHINE.NAME")) or clean(settings.get("definition")),
        nozzle_diameter_mm=nozzle,
        layer_height_mm=to_float(raw.get("Layer height")),
        estimated_time_s=time,
        filament_used_g=total(weights),
        filament_used_mm=total(used_mm),
        tools=build_tools(
            types=split_list(raw.get("Filament type")),
            names=split_list(raw.get("Filament name")),
            used_g=weights,
            used_mm=used_mm,
        ),
    )


def _numbered(raw: Mapping[str, str], pattern: str) -> list[str | None]:
    """Values of keys like ``Material#1 Used`` / ``Filament Diameter #2`` in tool order."""
    regex = re.compile(pattern)
    found: dict[int, str] = {}
    for key, value in raw.items():
        match = regex.fullmatch(key)
        if match:
            found[int(match.group(1))] = value
    if not found:
        return []
    return [found.get(i) for i in range(1, max(found) + 1)]


def read_ideamaker(raw: Mapping[str, str]) -> SlicerFields:
    """ideaMaker: ``;Print Time:`` seconds, ``;Material#N Used:`` mm.

    Grams are worked out from the length, filament diameter and density (kg/m³) that the same
    file states, as ideaMaker writes no weight itself; with any of those missing they stay None.
    """
    used_mm = [to_float(v) for v in _numbered(raw, r"Material#(\d+) Used")]
    diameters = [to_float(v) for v in _numbered(raw, r"Filament Diameter #(\d+)")]
    densities = [to_float(v) for v in _numbered(raw, r"Filament Density #(\d+)")]
    used_g: list[float | None] = []
    for i, length in enumerate(used_mm):
        diameter = diameters[i] if i < len(diameters) else None
        density = densities[i] if i < len(densities) else None
        if length is None or not diameter or not density:
            used_g.append(None)
        else:
            used_g.append(math.pi / 4 * diameter**2 * length * density / 1e6)
    return SlicerFields(
        estimated_time_s=parse_duration(raw.get("Print Time")),
        layer_height_mm=to_float(raw.get("Layer Height")),
        filament_used_g=total(used_g),
        filament_used_mm=total(used_mm),
        tools=build_tools(
            types=[clean(v) for v in _numbered(raw, r"Filament Type #(\d+)")],
            names=[clean(v) for v in _numbered(raw, r"Filament Name #(\d+)")],
            used_g=used_g,
            used_mm=used_mm,
        ),
    )


def read_simplify3d(raw: Mapping[str, str]) -> SlicerFields:
    """Simplify3D: settings as ``;   key,value`` in the head, build summary at the end."""
    length = to_float(raw.get("Filament length")) or to_float(raw.get("Material Length"))
    grams = to_float(raw.get("Plastic weight")) or to_float(raw.get("Material Weight"))
    time = parse_duration(raw.get("Build time")) or parse_duration(raw.get("Build Time"))
    return SlicerFields(
        nozzle_diameter_mm=first_number(raw.get("extruderDiameter") or raw.get("nozzleDiameter")),
        layer_height_mm=to_float(raw.get("layerHeight")),
        estimated_time_s=time,
        filament_used_g=grams,
        filament_used_mm=length,
        tools=build_tools(
            names=[clean(raw.get("printMaterial"))] if clean(raw.get("printMaterial")) else [],
            used_g=[grams] if grams is not None else [],
            used_mm=[length] if length is not None else [],
        ),
    )


def read_kisslicer(raw: Mapping[str, str]) -> SlicerFields:
    """KISSlicer: ``; Estimated Build Time: 12.3 minutes``, ``; Ext #1 = 1234.5 mm``."""
    time = None
    for key, value in raw.items():
        if key.endswith("Build Time"):
            time = parse_duration(value) if "min" in value else parse_duration(value + " minutes")
    used_mm = [to_float(v) for v in _numbered(raw, r"Ext #(\d+)")]
    nozzle = to_float(raw.get("nozzle_dia_1")) or to_float(raw.get("nozzle_dia"))
    layer = to_float(raw.get("layer_thickness_mm")) or to_float(raw.get("max_layer_thickness_mm"))
    return SlicerFields(
        nozzle_diameter_mm=nozzle,
        layer_height_mm=layer,
        estimated_time_s=time,
        filament_used_mm=total(used_mm),
        tools=build_tools(used_mm=used_mm),
    )


READERS: dict[str, Callable[[Mapping[str, str]], SlicerFields]] = {
    "ideaMaker": read_ideamaker,
    "Simplify3D": read_simplify3d,
    "KISSlicer": read_kisslicer,
}
