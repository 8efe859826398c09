"""Codes printed on labels and typed by keyboard-wedge scanners into the search box.

A spool label carries ``PS:SPOOL:<uuid>``, a filament ``PS:FILAMENT:<uuid>``; a product bin
carries the product's SKU (what a till scans too). :func:`lookup_code` resolves any of them.
Scanners set to another keyboard layout may type the colons as something else and change the
case, so the prefix is matched loosely.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.inventory import Filament, Product, Spool
from .inventory_edit import filament_label

_PREFIXED = re.compile(r"^PS\W?(SPOOL|FILAMENT|PRODUCT)\W?([0-9a-f-]{32,36})$", re.IGNORECASE)


class CodeKind(StrEnum):
    """What a scanned code points at."""

    SPOOL = "spool"
    FILAMENT = "filament"
    PRODUCT = "product"


@dataclass(frozen=True)
class ScanHit:
    """The item a code resolved to, with a title for the search box."""

    kind: CodeKind
    id: uuid.UUID
    title: str


def spool_code(spool_id: uuid.UUID) -> str:
    """The code on a spool's label."""
    return f"PS:SPOOL:{spool_id}"


def filament_code(filament_id: uuid.UUID) -> str:
    """The code on a filament shelf label."""
    return f"PS:FILAMENT:{filament_id}"


def product_code(sku: str) -> str:
    """The code on a product bin: its SKU."""
    return sku


def _by_id(session: Session, kind: str, row_id: uuid.UUID) -> ScanHit | None:
    if kind == "SPOOL":
        spool = session.get(Spool, row_id)
        if spool is not None:
            title = f"Spool of {filament_label(spool.filament)} at {spool.location}"
            return ScanHit(CodeKind.SPOOL, spool.id, title)
    elif kind == "FILAMENT":
        filament = session.get(Filament, row_id)
        if filament is not None:
            return ScanHit(CodeKind.FILAMENT, filament.id, filament_label(filament))
    else:
        product = session.get(Product, row_id)
        if product is not None:
            return ScanHit(CodeKind.PRODUCT, product.id, f"{product.sku} {product.name}")
    return None


def lookup_code(session: Session, code: str) -> ScanHit | None:
    """The item a scanned or typed code names, or None when nothing matches."""
    text = code.strip()
    if not text:
        return None
    match = _PREFIXED.match(text)
    if match:
        try:
            row_id = uuid.UUID(match.group(2))
        except ValueError:
            return None
        return _by_id(session, match.group(1).upper(), row_id)
    product = session.scalar(select(Product).where(func.upper(Product.sku) == text.upper()))
    if product is not None:
        return ScanHit(CodeKind.PRODUCT, product.id, f"{product.sku} {product.name}")
    return None
