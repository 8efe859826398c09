"""The slicer-independent fields a dialect reader fills, and how per-tool lists become tools."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from .model import ToolInfo
from .values import rounded

_T = TypeVar("_T")


@dataclass(frozen=True)
class SlicerFields:
    """Normalised print facts read from one slicer's key/values (no format, mesh or images)."""

    slicer: str | None = None
    slicer_version: str | None = None
    printer_model: str | None = None
    nozzle_diameter_mm: float | None = None
    layer_height_mm: float | None = None
    estimated_time_s: int | None = None
    filament_used_g: float | None = None
    filament_used_mm: float | None = None
    tools: tuple[ToolInfo, ...] = ()

    def fill_from(self, other: SlicerFields) -> SlicerFields:
        """Return a copy where each unknown field takes ``other``'s value."""
        updates = {
            name: getattr(other, name)
            for name in self.__dataclass_fields__
            if getattr(self, name) in (None, ()) and getattr(other, name) not in (None, ())
        }
        return replace(self, **updates) if updates else self


def _at(items: Sequence[_T | None], index: int) -> _T | None:
    return items[index] if index < len(items) else None


def build_tools(
    *,
    types: Sequence[str | None] = (),
    names: Sequence[str | None] = (),
    colours: Sequence[str | None] = (),
    used_g: Sequence[float | None] = (),
    used_mm: Sequence[float | None] = (),
) -> tuple[ToolInfo, ...]:
    """Zip per-tool lists into tools.

    When the slicer says how much each tool uses, tools that use nothing are left out (a
    four-colour AMS setup printing in one colour lists one tool); otherwise every configured
    tool is listed.
    """
    count = max(len(types), len(names), len(colours), len(used_g), len(used_mm), 0)
    usage_known = any(v is not None for v in (*used_g, *used_mm))
    tools = []
    for i in range(count):
        grams, mm = _at(used_g, i), _at(used_mm, i)
        if usage_known and not ((grams or 0) > 0 or (mm or 0) > 0):
            continue
        tools.append(ToolInfo(
            index=i,
            type=_at(types, i),
            name=_at(names, i),
            colour=_at(colours, i),
            used_g=rounded(grams),
            used_mm=rounded(mm, 2),
        ))
    return tuple(tools)


def total(values: Sequence[float | None]) -> float | None:
    """Sum the known values, or ``None`` if none is known."""
    known = [v for v in values if v is not None]
    return sum(known) if known else None
