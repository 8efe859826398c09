"""CSV plumbing shared by import and export: the entities, reading rows with their line
numbers, typed cells that fail with the column's name, and the preview/result dataclasses."""

from __future__ import annotations

import csv
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TextIO

from .errors import ServiceError, ValidationFailed
from .money_text import format_cents, parse_cents

# In dependency order: an entity only refers to entities before it.
ENTITIES = ("designers", "filaments", "models", "variants", "products", "spools", "movements")
LIST_SEPARATOR = ";"


class RowAction(StrEnum):
    """What importing a row does (or did)."""

    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class RowError:
    """Why one row cannot be imported; ``line`` is the file's line number (header = 1)."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f" ({self.column})" if self.column else ""
        return f"line {self.line}{where}: {self.message}"


@dataclass(frozen=True)
class PreviewRow:
    """One data row: its cells, and what importing it would do or why it cannot."""

    line: int
    values: dict[str, str]
    action: RowAction | None = None
    error: RowError | None = None


@dataclass(frozen=True)
class ImportPreview:
    """The result of ``csv_import.parse``: every row with its action or its error."""

    entity: str
    columns: tuple[str, ...]
    rows: tuple[PreviewRow, ...]
    stock_levels: bool = True
    update_existing: bool = True

    @property
    def errors(self) -> list[RowError]:
        """Every bad row, in file order."""
        return [row.error for row in self.rows if row.error is not None]

    @property
    def actions(self) -> Counter[RowAction]:
        """How many rows would be new, updated, unchanged."""
        return Counter(row.action for row in self.rows if row.action is not None)


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    entity: str
    created: int
    updated: int
    unchanged: int
    skipped: tuple[RowError, ...] = field(default=())


class ImportRefused(ServiceError):
    """Rows are bad and skipping them was not accepted: nothing was imported."""

    def __init__(self, entity: str, errors: list[RowError]) -> None:
        lines = "; ".join(str(e) for e in errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        super().__init__(f"{entity}: {len(errors)} bad row(s), nothing imported: {lines}{more}")
        self.errors = errors


def read_rows(stream: TextIO) -> tuple[tuple[str, ...], list[tuple[int, dict[str, str]]]]:
    """The header and each data row with the line number it starts on (a BOM is ignored)."""
    reader = csv.reader(stream)
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationFailed("file", "The file is empty.") from None
    columns = tuple(name.strip().lstrip("\ufeff").strip() for name in header)
    rows = []
    start = reader.line_num + 1
    for record in reader:
        if any(cell.strip() for cell in record):
            rows.append((start, dict(zip(columns, record, strict=False))))
        start = reader.line_num + 1
    return columns, rows


def write_rows(out: TextIO, columns: tuple[str, ...], rows: list[dict[str, object]]) -> int:
    """Write a header and rows; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: "" if value is None else value for key, value in row.items()})
    return len(rows)


def iso_utc(value: datetime | None) -> str:
    """``2026-11-25T10:00:00Z`` (microseconds kept when there are any)."""
    if value is None:
        return ""
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def yes_no(value: bool) -> str:
    """Booleans are written as ``yes``/``no``."""
    return "yes" if value else "no"


def money(cents: int | None) -> str:
    """Cents as a decimal amount; empty for no amount."""
    return "" if cents is None else format_cents(cents)


@dataclass(frozen=True)
class Cells:
    """The cells of one row; each getter raises ValidationFailed naming its column."""

    values: dict[str, str]

    def raw(self, column: str) -> str:
        """The cell stripped; '' when missing."""
        return (self.values.get(column) or "").strip()

    def has(self, column: str) -> bool:
        """True when the column exists and the cell is not empty."""
        return self.raw(column) != ""

    def text(self, column: str, *, required: bool = False) -> str | None:
        """Text, or None when empty (an error when required)."""
        value = self.raw(column)
        if required and not value:
            raise ValidationFailed(column, f"{column} is required.")
        return value or None

    def integer(self, column: str, default: int | None = None) -> int | None:
        """A whole number."""
        value = self.raw(column)
        if not value:
            return default
        try:
            return int(value)
        except ValueError:
            raise ValidationFailed(column, f"{value!r} is not a whole number.") from None

    def number(self, column: str, default: float | None = None) -> float | None:
        """A decimal number (a comma is taken as the decimal point)."""
        value = self.raw(column)
        if not value:
            return default
        try:
            return float(value.replace(",", "."))
        except ValueError:
            raise ValidationFailed(column, f"{value!r} is not a number.") from None

    def boolean(self, column: str, default: bool = False) -> bool:
        """yes/no, true/false, 1/0."""
        value = self.raw(column).lower()
        if not value:
            return default
        if value in ("yes", "true", "1", "y"):
            return True
        if value in ("no", "false", "0", "n"):
            return False
        raise ValidationFailed(column, f"{value!r} is not yes or no.")

    def cents(self, column: str) -> int | None:
        """A money amount like 12.50, as cents; None when empty."""
        return parse_cents(self.raw(column), column) if self.has(column) else None

    def day(self, column: str) -> date | None:
        """An ISO date (2026-12-31)."""
        value = self.raw(column)
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValidationFailed(column, f"{value!r} is not a date like 2026-12-31.") from None

    def moment(self, column: str) -> datetime | None:
        """An ISO time with its UTC offset (2026-11-25T10:00:00Z)."""
        value = self.raw(column)
        if not value:
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise ValidationFailed(column, f"{value!r} is not an ISO time.") from None
        if parsed.tzinfo is None:
            raise ValidationFailed(column, f"{value!r} has no time zone: add Z for UTC.")
        return parsed.astimezone(UTC)

    def row_id(self, column: str = "id") -> uuid.UUID | None:
        """A UUID, or None when empty."""
        value = self.raw(column)
        if not value:
            return None
        try:
            return uuid.UUID(value)
        except ValueError:
            raise ValidationFailed(column, f"{value!r} is not an id (UUID).") from None

    def items(self, column: str) -> list[str]:
        """A ``;``-separated list, without empty entries."""
        return [part.strip() for part in self.raw(column).split(LIST_SEPARATOR) if part.strip()]
