"""Match what a sliced file says about a tool (material, colour) to the shop's filaments.

Slicers name materials loosely ("PLA", "Generic PETG @MINI" as a profile, sometimes nothing)
and colours as ``#RRGGBB``. A filament of the same material with the nearest colour is the
proposal; the user confirms or changes it in the sliced-file dialog.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

#: Colours closer than this ("redmean" distance, 0–765) count as the same colour.
SAME_COLOUR = 80.0


class Match(Enum):
    """How sure a proposed filament is."""

    EXACT = "same material and colour"
    CLOSE = "nearest filament; check it"
    NONE = "no matching filament"


@dataclass(frozen=True)
class FilamentChoice:
    """A filament the user can pick for a tool."""

    id: uuid.UUID
    label: str
    material: str
    colour_hex: str
    diameter_mm: float
    density_g_cm3: float


def parse_hex(colour: str | None) -> tuple[int, int, int] | None:
    """``#RRGGBB`` as three ints, or None when it is not such a colour."""
    if not colour or len(colour) != 7 or not colour.startswith("#"):
        return None
    try:
        value = int(colour[1:], 16)
    except ValueError:
        return None
    return (value >> 16) & 255, (value >> 8) & 255, value & 255


def colour_distance(a: str | None, b: str | None) -> float:
    """Perceptual-ish distance of two ``#RRGGBB`` colours (``inf`` when one is unknown)."""
    first, second = parse_hex(a), parse_hex(b)
    if first is None or second is None:
        return math.inf
    mean_red = (first[0] + second[0]) / 2
    dr, dg, db = (x - y for x, y in zip(first, second, strict=True))
    return math.sqrt(
        (2 + mean_red / 256) * dr * dr + 4 * dg * dg + (2 + (255 - mean_red) / 256) * db * db
    )


def _family(material: str) -> str:
    return material.strip().split()[0].casefold() if material.strip() else ""


def _candidates(
    material: str | None, filaments: Sequence[FilamentChoice]
) -> tuple[list[FilamentChoice], bool]:
    """Filaments of this material (exact first, else same family) and whether exact."""
    if not material or not material.strip():
        return list(filaments), False
    wanted = material.strip().casefold()
    exact = [f for f in filaments if f.material.strip().casefold() == wanted]
    if exact:
        return exact, True
    family = _family(material)
    return [f for f in filaments if _family(f.material) == family], False


def match_filament(
    material: str | None, colour: str | None, filaments: Sequence[FilamentChoice]
) -> tuple[FilamentChoice | None, Match]:
    """The filament to propose for a tool, and how good the match is."""
    candidates, exact_material = _candidates(material, filaments)
    if not candidates or (not material and parse_hex(colour) is None):
        return None, Match.NONE
    best = min(candidates, key=lambda f: colour_distance(colour, f.colour_hex))
    close = colour_distance(colour, best.colour_hex) <= SAME_COLOUR
    return best, Match.EXACT if exact_material and close else Match.CLOSE


def grams_from_length(mm: float, diameter_mm: float, density_g_cm3: float) -> float:
    """Grams of ``mm`` of filament: cross-section × length × density."""
    area_mm2 = math.pi * (diameter_mm / 2) ** 2
    return round(area_mm2 * mm * density_g_cm3 / 1000, 2)
