"""Printable documents of an event: the packing list and the report, as PDF bytes.

The HTML is laid out by a :class:`QTextDocument` and printed with :class:`QPdfWriter` into
memory on the GUI thread (a few milliseconds); writing the file is left to a worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ....services.event_plan import ParLine
from ....services.report_export import compare
from ....services.reports import EventReport
from ...local_time import format_local
from ...money import format_money

STYLE = """
body { font-family: sans-serif; font-size: 10pt; color: #202124; }
h1 { font-size: 16pt; margin-bottom: 2px; }
p.sub { color: #5f6368; margin-top: 0; }
table { border-collapse: collapse; }
th { background: #e8eaed; text-align: left; padding: 4px 8px; }
td { padding: 4px 8px; border-bottom: 1px solid #dadce0; }
td.n { text-align: right; }
td.box { font-size: 14pt; text-align: center; }
"""


def to_pdf(html: str, images: dict[str, QImage] | None = None, title: str = "") -> bytes:
    """Lay out ``html`` on A4 pages; ``images`` are referenced as ``<img src="name">``."""
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("PrintShop Desktop")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(96)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())


def packing_html(event: str, when: str, lines: Sequence[ParLine]) -> str:
    """The packing list: one row per product with a box to tick."""
    rows = "".join(
        f"<tr><td>{escape(line.sku)}</td><td>{escape(line.name)}</td>"
        f"<td class='n'>{line.planned}</td><td class='n'>{line.packed}</td>"
        f"<td class='n'><b>{line.to_pack}</b></td><td class='n'>{line.workshop}</td>"
        "<td class='box'>☐</td></tr>"
        for line in lines
    )
    total = sum(line.to_pack for line in lines)
    return (
        f"<h1>Packing list — {escape(event)}</h1><p class='sub'>{escape(when)} · "
        f"{len(lines)} products · {total} units still to pack</p>"
        "<table width='100%'><tr><th>SKU</th><th>Product</th><th>Planned</th><th>Packed</th>"
        f"<th>To pack</th><th>In workshop</th><th>✓</th></tr>{rows}</table>"
    )


def report_html(reports: Sequence[EventReport], currency: str, charts: Sequence[str] = ()) -> str:
    """The report: figures (side by side when two), products, and the charts' images."""
    first = reports[0]

    def value(kind: str, v: int | float | None) -> str:
        if v is None:
            return "—"
        if kind == "money":
            return format_money(int(v), currency)
        return f"{v:.0%}" if kind == "share" else f"{v:,}"

    heads = "".join(f"<th>{escape(r.name)}</th>" for r in reports)
    figures = "".join(
        f"<tr><td>{escape(f.name)}</td>"
        + "".join(f"<td class='n'>{value(f.kind, v)}</td>" for v in f.values)
        + "</tr>"
        for f in compare(reports)
    )
    products = "".join(
        f"<tr><td>{escape(p.sku)}</td><td>{escape(p.name)}</td><td class='n'>{p.packed}</td>"
        f"<td class='n'>{p.units_sold}</td><td class='n'>{value('share', p.sell_through)}</td>"
        f"<td class='n'>{format_money(p.revenue_cents, currency)}</td></tr>"
        for p in first.products
    )
    images = "".join(f"<p><img src='{name}' width='640'></p>" for name in charts)
    return (
        f"<h1>Event report — {escape(first.name)}</h1>"
        f"<p class='sub'>Made {escape(format_local_now())}</p>"
        f"<table><tr><th>Figure</th>{heads}</tr>{figures}</table>{images}"
        "<h2>Products</h2><table width='100%'><tr><th>SKU</th><th>Product</th><th>Packed</th>"
        f"<th>Sold</th><th>Sell-through</th><th>Revenue</th></tr>{products}</table>"
    )


def format_local_now() -> str:
    """Now, as the screen shows times."""
    return format_local(datetime.now(UTC))
