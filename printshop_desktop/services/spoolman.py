"""Import filaments and spools from Spoolman and filament lines from SpoolmanDB.

Understood inputs (JSON or CSV, told apart by their content):

- Spoolman's spool export (``/api/v1/export/spools``) and its API list (``/api/v1/spool``):
  one record per spool with ``filament.vendor.name``, ``filament.material``,
  ``filament.color_hex``, ``filament.density``, ``filament.diameter``, ``filament.weight``,
  ``filament.spool_weight``, ``filament.price``, ``initial_weight``, ``spool_weight``,
  ``used_weight``/``remaining_weight``, ``price``, ``location``, ``lot_nr``, ``first_used``,
  ``archived``. Nested JSON objects and the CSV's dotted columns are read alike.
- Spoolman's filament export (``/api/v1/export/filaments``): the same fields without the
  ``filament.`` prefix.
- SpoolmanDB: a manufacturer file (``filaments/<brand>.json``: ``manufacturer``,
  ``filaments[]`` with ``material``, ``density``, ``diameters[]``, ``colors[]`` with ``name``
  and ``hex``/``hexes``) or its compiled ``filaments.json`` list.

Records become rows of the ``filaments`` and ``spools`` CSV importers, so the preview, line
numbers (a record's line in a CSV, its position in a JSON list), skipping and idempotency are
theirs. A filament the shop has already (same brand, material, colour, diameter) is left as it
is: Spoolman often lacks prices the shop has entered. A spool's id is derived from its
Spoolman id (importing again updates, never duplicates) and its remaining grams are recorded
in the ledger as a count.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from . import csv_export, csv_import
from .csv_format import ImportPreview, ImportRefused, ImportResult, RowError
from .errors import ValidationFailed

SPOOLMAN_NAMESPACE = uuid.UUID("5f0e4a2c-1b7d-4c39-8f61-2d9a7b3e6c55")
Record = dict[str, Any]
Rows = list[tuple[int, dict[str, str]]]


@dataclass(frozen=True)
class SpoolmanPreview:
    """What a Spoolman/SpoolmanDB file would import: filaments first, then spools."""

    source: str
    filaments: ImportPreview
    spools: ImportPreview

    @property
    def errors(self) -> list[RowError]:
        """Bad records of both kinds, by line (or record number)."""
        return sorted(self.filaments.errors + self.spools.errors, key=lambda e: e.line)


def _flatten(record: Any, prefix: str = "") -> Record:
    flat: Record = {}
    if isinstance(record, dict):
        for key, value in record.items():
            flat.update(_flatten(value, f"{prefix}{key}."))
        return flat
    flat[prefix[:-1]] = record
    return flat


def read_records(text: str) -> tuple[str, list[tuple[int, Record]]]:
    """The kind of file and its records with their line (CSV) or position (JSON)."""
    stripped = text.lstrip("\ufeff").lstrip()
    if stripped.startswith(("{", "[")):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as error:
            raise ValidationFailed("file", f"Not valid JSON: {error}") from None
        if isinstance(data, dict) and "manufacturer" in data and "filaments" in data:
            return "spoolmandb", _spoolmandb_file(data)
        if isinstance(data, dict):
            data = data.get("items", [data])
        records = [(i, _flatten(r)) for i, r in enumerate(data, start=1) if isinstance(r, dict)]
    else:
        reader = csv.DictReader(io.StringIO(stripped))
        records = []
        for record in reader:
            records.append((reader.line_num, {k.strip(): v for k, v in record.items() if k}))
    if not records:
        raise ValidationFailed("file", "The file holds no records.")
    keys = set().union(*(r.keys() for _, r in records))
    if "manufacturer" in keys:
        return "spoolmandb", records
    if any(k.startswith("filament.") for k in keys):
        return "spools", records
    return "filaments", records


def _spoolmandb_file(data: Record) -> list[tuple[int, Record]]:
    records = []
    for f in data.get("filaments", []):
        for colour in f.get("colors", []):
            hexes = colour.get("hexes") or [colour.get("hex")]
            for diameter in f.get("diameters", []):
                records.append(
                    {
                        "manufacturer": data["manufacturer"],
                        "name": colour.get("name"),
                        "material": f.get("material"),
                        "density": f.get("density"),
                        "diameter": diameter,
                        "color_hex": hexes[0] if hexes else None,
                    }
                )
    return list(enumerate(records, start=1))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).strip()


def _number(value: Any) -> float | None:
    try:
        return float(value) if _text(value) not in ("", "None") else None
    except ValueError:
        return None


def _money(value: Any) -> str:
    number = _number(value)
    return "" if number is None else f"{number:.2f}"


def _hex(value: Any) -> str:
    text = _text(value).lstrip("#").split(",")[0]
    return f"#{text[:6].upper()}" if len(text) in (6, 8) else ""


def _filament_row(r: Record, prefix: str) -> dict[str, str]:
    def get(key: str) -> Any:
        return r.get(prefix + key)

    weight = _number(get("weight"))
    price = _number(get("price"))
    per_kg = f"{price * 1000 / weight:.2f}" if price is not None and weight else ""
    brand = _text(get("vendor.name")) or _text(r.get("manufacturer")) or "Unknown"
    colour_hex = _hex(get("color_hex")) or _hex(get("multi_color_hexes"))
    return {
        "id": str(uuid.uuid5(SPOOLMAN_NAMESPACE, f"filament:{_text(get('id'))}"))
        if _text(get("id"))
        else "",
        "brand": brand,
        "material": _text(get("material")),
        "colour_name": _text(get("name")) or colour_hex or "Unnamed",
        "colour_hex": colour_hex,
        "diameter_mm": _text(get("diameter")),
        "density_g_cm3": _text(get("density")),
        "price_per_kg": per_kg,
    }


def _label(row: dict[str, str]) -> str:
    diameter = float(row["diameter_mm"] or 1.75)
    return f"{row['brand']} {row['material'].upper()} {row['colour_name']} {diameter:g}mm"


def _spool_row(r: Record, filament: dict[str, str]) -> dict[str, str]:
    initial = _number(r.get("initial_weight")) or _number(r.get("filament.weight"))
    used = _number(r.get("used_weight")) or 0.0
    remaining = _number(r.get("remaining_weight"))
    if remaining is None and initial is not None:
        remaining = initial - used
    if initial is None and remaining is not None:
        initial = remaining + used
    tare = _number(r.get("spool_weight")) or _number(r.get("filament.spool_weight")) or 0
    archived = _text(r.get("archived")).lower() in ("true", "1", "yes")
    return {
        "id": str(uuid.uuid5(SPOOLMAN_NAMESPACE, f"spool:{_text(r.get('id'))}")),
        "filament": _label(filament),
        "tare_g": str(round(tare)),
        "initial_net_g": str(round(initial)) if initial is not None else "",
        "price": _money(r.get("price")),
        "location": _text(r.get("location.name")) or _text(r.get("location")),
        "lot": _text(r.get("lot_nr")),
        "opened_at": _iso(r.get("first_used")) or _iso(r.get("registered")),
        "archived": "yes" if archived else "no",
        "remaining_g": str(max(round(remaining), 0)) if remaining is not None else "",
    }


def _iso(value: Any) -> str:
    text = _text(value)
    if not text or text == "None":
        return ""
    text = text.replace(" ", "T")
    return text if text.endswith("Z") or "+" in text[10:] else f"{text}Z"


def to_rows(kind: str, records: list[tuple[int, Record]]) -> tuple[Rows, Rows]:
    """Spoolman records as rows of the filaments and spools CSV importers."""
    filaments: dict[str, tuple[int, dict[str, str]]] = {}
    spools: Rows = []
    prefix = "filament." if kind == "spools" else ""
    for line, record in records:
        filament = _filament_row(record, prefix)
        key = _label(filament).lower() if filament["material"] else f"line {line}"
        filaments.setdefault(key, (line, filament))
        if kind == "spools":
            spools.append((line, _spool_row(record, filament)))
    return sorted(filaments.values(), key=lambda item: item[0]), spools


def _columns(entity: str) -> tuple[str, ...]:
    return csv_export.COLUMNS[entity]


def parse(session: Session, text: str) -> SpoolmanPreview:
    """Read a Spoolman or SpoolmanDB file and try every record, keeping nothing."""
    kind, records = read_records(text)
    filament_rows, spool_rows = to_rows(kind, records)
    outer = session.begin_nested()
    try:
        filaments = csv_import.parse_rows(
            session, "filaments", _columns("filaments"), filament_rows, update_existing=False
        )
        csv_import.apply(session, filaments, skip_bad=True)  # so spools find their filament
        spools = csv_import.parse_rows(session, "spools", _columns("spools"), spool_rows)
    finally:
        outer.rollback()
    return SpoolmanPreview(kind, filaments, spools)


def apply(
    session: Session, preview: SpoolmanPreview, *, skip_bad: bool = False
) -> tuple[ImportResult, ImportResult]:
    """Import the filaments, then the spools; with bad records, nothing unless ``skip_bad``."""
    if preview.errors and not skip_bad:
        raise ImportRefused("spoolman", preview.errors)
    return (
        csv_import.apply(session, preview.filaments, skip_bad=True),
        csv_import.apply(session, preview.spools, skip_bad=True),
    )
