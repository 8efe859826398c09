"""Label stocks the label printers take, in millimetres (no PDF machinery: cheap to import)."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ValidationFailed


@dataclass(frozen=True)
class LabelSize:
    """A label stock: its name for people and its size in millimetres."""

    key: str
    name: str
    width_mm: float
    height_mm: float


LABEL_SIZES = (
    LabelSize("brother_62x29", "Brother QL 62 × 29 mm (DK-11209)", 62, 29),
    LabelSize("brother_62x100", "Brother QL 62 × 100 mm (DK-11202)", 62, 100),
    LabelSize("dymo_2x1", 'Dymo / Zebra 2" × 1" (51 × 25 mm)', 50.8, 25.4),
    LabelSize("dymo_89x28", "Dymo 30252 address (89 × 28 mm)", 88.9, 28.6),
)
DEFAULT_SIZE = LABEL_SIZES[0]


def label_size(key: str) -> LabelSize:
    """The label stock called ``key``."""
    for size in LABEL_SIZES:
        if size.key == key:
            return size
    keys = ", ".join(s.key for s in LABEL_SIZES)
    raise ValidationFailed("size", f"Unknown label size {key!r}; choose one of {keys}.")
