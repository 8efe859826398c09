"""Shop-wide settings (currency, tariffs, rates), each declared once: key, type, default, label.

Values live in the ``app_setting`` table so every PC of the shop shares them; a key with no row
has its declared default. UI state (window geometry, last tab) belongs in QSettings, not here.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.settings import AppSetting
from .errors import NotFound, ValidationFailed

T = TypeVar("T", int, float, str)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """The declaration of one setting; ``minimum`` bounds numbers, ``pattern`` text."""

    key: str
    kind: type[T]
    default: T
    label: str
    unit: str = ""
    minimum: float | None = 0
    pattern: str | None = None

    def coerce(self, value: object) -> T:
        """Check and convert a value typed by a person or read from JSON."""
        problem = f"{self.label} must be "
        if self.kind is str:
            text = str(value).strip()
            if self.pattern and not re.fullmatch(self.pattern, text):
                raise ValidationFailed(self.key, f"{problem}like {self.default!r}.")
            return self.kind(text)
        try:
            number = float(str(value).strip().replace(",", "."))
        except ValueError:
            raise ValidationFailed(self.key, f"{problem}a number.") from None
        if not math.isfinite(number):
            raise ValidationFailed(self.key, f"{problem}a number.")
        if self.kind is int and not number.is_integer():
            raise ValidationFailed(self.key, f"{problem}a whole number.")
        if self.minimum is not None and number < self.minimum:
            raise ValidationFailed(self.key, f"{problem}at least {self.minimum:g}.")
        return self.kind(number)


CURRENCY = Setting("currency", str, "EUR", "Currency", pattern="[A-Z]{3}")
ENERGY_TARIFF = Setting(
    "energy_tariff_cents_per_kwh", float, 30.0, "Electricity tariff", "cents per kWh"
)
DEFAULT_PRINTER_POWER = Setting(
    "default_printer_power_w", int, 120, "Printer power (when no printer is chosen)", "W"
)
DEPRECIATION = Setting(
    "printer_depreciation_cents_per_hour", int, 20, "Printer depreciation", "cents per hour"
)
FAILURE_ALLOWANCE = Setting(
    "failure_allowance_percent", float, 5.0, "Failed print allowance", "% of print cost"
)
LABOUR_RATE = Setting("labour_cents_per_hour", int, 1500, "Labour rate", "cents per hour")
REORDER_TARGET = Setting(
    "reorder_target_factor", float, 2.0, "Order up to this many times the reorder level", "×", 1
)
PURCHASE_SPOOL = Setting("purchase_spool_g", int, 1000, "Filament is bought in spools of", "g", 1)
LABEL_FORMAT = Setting("label_format", str, "brother_62x29", "Label size", pattern=r"[a-z0-9_]+")
AUDIT_RETENTION = Setting("audit_retention_days", int, 730, "Keep the audit log for", "days", 30)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    CURRENCY,
    ENERGY_TARIFF,
    DEFAULT_PRINTER_POWER,
    DEPRECIATION,
    FAILURE_ALLOWANCE,
    LABOUR_RATE,
    REORDER_TARGET,
    PURCHASE_SPOOL,
    LABEL_FORMAT,
    AUDIT_RETENTION,
)
_BY_KEY = {setting.key: setting for setting in ALL_SETTINGS}


@dataclass(frozen=True)
class SettingRow:
    """A setting as the settings dialog shows it."""

    key: str
    label: str
    unit: str
    kind: str
    value: int | float | str
    default: int | float | str
    changed: bool


def declared(key: str) -> Setting[Any]:
    """The declaration of ``key``; unknown keys raise NotFound."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise NotFound(f"There is no setting called {key!r}.") from None


def get(session: Session, setting: Setting[T]) -> T:
    """The stored value, or the default when none is stored (or it no longer fits)."""
    row = session.get(AppSetting, setting.key)
    if row is None:
        return setting.default
    try:
        return setting.coerce(row.value)
    except ValidationFailed:
        return setting.default


def set_value(session: Session, key: str, value: object) -> None:
    """Store a new value after checking it against its declaration."""
    setting = declared(key)
    clean = setting.coerce(value)
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=clean))
    else:
        row.value = clean
    session.flush()


def reset(session: Session, key: str) -> None:
    """Forget a stored value: the default applies again."""
    row = session.get(AppSetting, declared(key).key)
    if row is not None:
        session.delete(row)
        session.flush()


def list_settings(session: Session) -> list[SettingRow]:
    """Every declared setting with its value, in declaration order."""
    stored = {row.key: row.value for row in session.scalars(select(AppSetting))}
    rows = []
    for setting in ALL_SETTINGS:
        value = get(session, setting) if setting.key in stored else setting.default
        rows.append(
            SettingRow(
                key=setting.key,
                label=setting.label,
                unit=setting.unit,
                kind=setting.kind.__name__,
                value=value,
                default=setting.default,
                changed=setting.key in stored and value != setting.default,
            )
        )
    return rows
