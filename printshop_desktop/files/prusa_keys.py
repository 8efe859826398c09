"""Read PrusaSlicer-family key/values (PrusaSlicer, SuperSlicer, Slic3r, OrcaSlicer, Bambu Studio).

The same keys appear in ASCII G-code comments, in ``.bgcode`` metadata blocks and in a
PrusaSlicer project's ``Metadata/Slic3r_PE.config``, so one reader serves all three.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .fields import SlicerFields, build_tools, total
from .values import clean, colour, first_number, float_list, parse_duration, split_list, to_float

_TIME_KEYS = (
    "estimated printing time (normal mode)",
    "estimated printing time",
    "total estimated time",
    "estimated printing time (silent mode)",
)
_TOTAL_TIME = re.compile(r"total estimated time\s*[:=]\s*([^;]+)", re.IGNORECASE)


def estimated_time(raw: Mapping[str, str]) -> int | None:
    """Print time in seconds from the first time key the slicer filled in."""
    for key in _TIME_KEYS:
        seconds = parse_duration(raw.get(key))
        if seconds is not None:
            return seconds
    # Bambu/Orca header: "; model printing time: 1h 5m; total estimated time: 1h 11m"
    packed = raw.get("model printing time")
    if packed:
        match = _TOTAL_TIME.search(packed)
        if match:
            return parse_duration(match.group(1))
        return parse_duration(packed)
    return None


def _used_mm(raw: Mapping[str, str]) -> list[float | None]:
    for key in ("filament used [mm]", "total filament length [mm]"):
        if clean(raw.get(key)):
            return float_list(raw.get(key))
    length_m = to_float(raw.get("filament_length_m"))  # Slic3r 1.3
    if length_m is not None:
        return [length_m * 1000]
    old = to_float(raw.get("filament used"))  # Slic3r PE 1.x: "1234.5mm (2.9cm3)"
    return [old] if old is not None else []


def _used_g(raw: Mapping[str, str]) -> list[float | None]:
    for key in ("filament used [g]", "total filament weight [g]", "filament mass_g"):
        if clean(raw.get(key)):
            return float_list(raw.get(key))
    return []


def read_prusa(raw: Mapping[str, str]) -> SlicerFields:
    """Normalise PrusaSlicer-family key/values; slicer name and version are set by the caller."""
    used_g = _used_g(raw)
    used_mm = _used_mm(raw)
    filament_colours = [colour(c) for c in split_list(raw.get("filament_colour"))]
    extruder_colours = [colour(c) for c in split_list(raw.get("extruder_colour"))]
    colours = [
        (filament_colours[i] if i < len(filament_colours) else None)
        or (extruder_colours[i] if i < len(extruder_colours) else None)
        for i in range(max(len(filament_colours), len(extruder_colours)))
    ]
    grams = to_float(raw.get("total filament used [g]"))
    return SlicerFields(
        printer_model=clean(raw.get("printer_model")),
        nozzle_diameter_mm=first_number(raw.get("nozzle_diameter")),
        layer_height_mm=to_float(raw.get("layer_height")),
        estimated_time_s=estimated_time(raw),
        filament_used_g=grams if grams is not None else total(used_g),
        filament_used_mm=total(used_mm),
        tools=build_tools(
            types=split_list(raw.get("filament_type")),
            names=split_list(raw.get("filament_settings_id")),
            colours=colours,
            used_g=used_g,
            used_mm=used_mm,
        ),
    )
