"""QR labels for spools and product bins, as a PDF with one page per label.

Pages are the label's own size, which is what label printer drivers expect (Brother QL,
Dymo, Zebra print one page per label). The default, 62 × 29 mm, is Brother's DK-11209 die-cut
label (also fine cut from 62 mm continuous tape). The QR code holds the short code that
``scan_codes.lookup_code`` resolves, so a keyboard-wedge scanner typing it into the search box
opens the item. Drawn with reportlab (its built-in QR code and Helvetica; no font files).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor, black
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.catalog import Design, Variant
from ..db.inventory import Filament, Product, Spool
from .errors import ValidationFailed
from .label_sizes import DEFAULT_SIZE, LABEL_SIZES, LabelSize, label_size

__all__ = [
    "DEFAULT_SIZE",
    "LABEL_SIZES",
    "Label",
    "LabelSize",
    "label_size",
    "product_labels",
    "render_pdf",
    "spool_labels",
]
from .scan_codes import product_code, spool_code


@dataclass(frozen=True)
class Label:
    """What one label shows: the QR code's text, a title, a few lines and a colour swatch."""

    code: str
    title: str
    lines: tuple[str, ...]
    colour_hex: str | None = None


def spool_labels(session: Session, spool_ids: Sequence[uuid.UUID] | None = None) -> list[Label]:
    """Labels for the given spools (all spools not archived by default)."""
    query = select(Spool, Filament).join(Filament).order_by(Filament.brand, Spool.created_at)
    query = (
        query.where(Spool.id.in_(list(spool_ids)))
        if spool_ids is not None
        else query.where(Spool.archived.is_(False))
    )
    labels = []
    for s, f in session.execute(query):
        opened = f" · opened {s.opened_at:%Y-%m-%d}" if s.opened_at else ""
        lines = (
            f"{f.diameter_mm:g} mm" + (f" · lot {s.lot}" if s.lot else ""),
            f"{s.location}{opened}",
            f"net {s.initial_net_g} g · tare {s.tare_g} g",
        )
        title = f"{f.brand} {f.material} {f.colour_name}"
        labels.append(Label(spool_code(s.id), title, lines, f.colour_hex))
    return labels


def product_labels(session: Session, product_ids: Sequence[uuid.UUID] | None = None) -> list[Label]:
    """Bin labels for the given products (all products not archived by default)."""
    query = (
        select(Product, Variant, Design)
        .outerjoin(Variant, Variant.id == Product.variant_id)
        .outerjoin(Design, Design.id == Variant.model_id)
        .order_by(Product.sku)
    )
    query = (
        query.where(Product.id.in_(list(product_ids)))
        if product_ids is not None
        else query.where(Product.archived.is_(False))
    )
    labels = []
    for p, v, m in session.execute(query):
        detail = f"{m.name} / {v.name}" if m is not None and v is not None else p.kind
        labels.append(Label(product_code(p.sku), p.sku, (p.name, detail)))
    return labels


def _fit(text: str, font: str, size: float, width: float, smallest: float = 5) -> tuple[str, float]:
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    while stringWidth(text, font, size) > width and len(text) > 1:
        text = text[:-2] + "…"
    return text, size


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Up to two lines of ``text`` at ``size``; the second is cut to fit."""
    words = text.split()
    first = ""
    while words and stringWidth(f"{first} {words[0]}".strip(), font, size) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:
        return [_fit(text, font, size, width, size)[0]]
    return [first] + ([_fit(" ".join(words), font, size, width, size)[0]] if words else [])


def _qr(value: str, side: float) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M", barBorder=2)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def _draw(canvas: Canvas, label: Label, width: float, height: float) -> None:
    pad = 1.5 * mm
    portrait = height > width
    side = min(width, height) - 2 * pad
    renderPDF.draw(_qr(label.code, side), canvas, pad, height - pad - side)
    if portrait:
        left, top, text_width = 2 * pad, height - 2 * pad - side, width - 4 * pad
    else:
        left, top, text_width = side + 2 * pad, height - 2 * pad, width - side - 3 * pad
    title_size = 11 if portrait else 9
    y = top
    for line in _wrap(label.title, "Helvetica-Bold", title_size, text_width):
        y -= title_size
        canvas.setFont("Helvetica-Bold", title_size)
        canvas.drawString(left, y, line)
    for line in label.lines:
        text, size = _fit(line, "Helvetica", min(7.5, title_size - 1), text_width)
        y -= size + 1.5
        if y < pad:
            break
        canvas.setFont("Helvetica", size)
        canvas.drawString(left, y, text)
    if label.colour_hex:  # a swatch of the filament's colour, bottom right
        swatch = 4 * mm
        canvas.setFillColor(HexColor(label.colour_hex))
        canvas.rect(width - pad - swatch, pad, swatch, swatch, fill=1, stroke=1)
        canvas.setFillColor(black)


def render_pdf(labels: Sequence[Label], out: BinaryIO, size: LabelSize = DEFAULT_SIZE) -> int:
    """Write one page per label to ``out``; returns the number of pages."""
    if not labels:
        raise ValidationFailed("labels", "Nothing to print: choose at least one item.")
    width, height = size.width_mm * mm, size.height_mm * mm
    canvas = Canvas(out, pagesize=(width, height), pageCompression=1)
    canvas.setTitle(f"PrintShop labels ({size.name})")
    for label in labels:
        _draw(canvas, label, width, height)
        canvas.showPage()
    canvas.save()
    return len(labels)
