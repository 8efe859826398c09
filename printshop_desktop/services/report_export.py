"""Event reports and packing lists as CSV, and two events' figures side by side.

The CSV is written for spreadsheets: amounts as plain decimals (``12.50``) in the shop's
currency, shares as fractions (``0.75``), times as ISO 8601 UTC.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .event_plan import ParLine
from .money_text import format_cents
from .reports import EventReport


@dataclass(frozen=True)
class Figure:
    """One line of the side-by-side comparison: a name and its value for each event."""

    name: str
    values: tuple[int | float | None, ...]
    kind: str  # money, count, share


def figures(report: EventReport) -> list[Figure]:
    """The headline figures of one report."""
    return compare([report])


def compare(reports: Sequence[EventReport]) -> list[Figure]:
    """Headline figures of several events, one value per event, in the given order."""

    def row(name: str, kind: str, value: Callable[[EventReport], int | float | None]) -> Figure:
        return Figure(name, tuple(value(r) for r in reports), kind)

    return [
        row("Revenue", "money", lambda r: r.revenue_cents),
        row("Units sold", "count", lambda r: r.units_sold),
        row("Units packed", "count", lambda r: sum(p.packed for p in r.products)),
        row("Sell-through", "share", lambda r: r.sell_through),
        row("Cost of goods sold", "money", lambda r: sum(p.cost_cents for p in r.products)),
        row("Stall fee", "money", lambda r: r.stall_fee_cents),
        row("Margin after stall fee", "money", lambda r: r.margin_cents),
    ]


def _value(kind: str, value: int | float | None) -> str:
    if value is None:
        return ""
    if kind == "money":
        return format_cents(int(value))
    if kind == "share":
        return f"{value:.4f}"
    return str(value)


def report_csv(report: EventReport, currency: str) -> str:
    """The report as CSV text: figures, then one line per product, then sales by hour."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["event", report.name])
    writer.writerow(["currency", currency])
    writer.writerow([])
    writer.writerow(["figure", "value"])
    for figure in figures(report):
        writer.writerow([figure.name, _value(figure.kind, figure.values[0])])
    writer.writerow([])
    writer.writerow(["sku", "name", "packed", "units_sold", "sell_through", "revenue", "cost"])
    for p in report.products:
        writer.writerow(
            [
                p.sku,
                p.name,
                p.packed,
                p.units_sold,
                _value("share", p.sell_through),
                format_cents(p.revenue_cents),
                format_cents(p.cost_cents),
            ]
        )
    writer.writerow([])
    writer.writerow(["hour_utc", "units_sold", "revenue"])
    for hour, units, cents in report.sales_by_hour:
        writer.writerow([hour.isoformat(), units, format_cents(cents)])
    return out.getvalue()


def comparison_csv(reports: Sequence[EventReport], currency: str) -> str:
    """Several events' headline figures as CSV, one column per event."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["figure", *(r.name for r in reports)])
    for figure in compare(reports):
        writer.writerow([figure.name, *(_value(figure.kind, v) for v in figure.values)])
    writer.writerow(["currency", *([currency] * len(reports))])
    return out.getvalue()


PACKING_COLUMNS = ("sku", "name", "planned", "packed", "to_pack", "in_workshop", "check")


def packing_csv(lines: Sequence[ParLine]) -> str:
    """The packing list: what to put in the crates, with an empty column to tick."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(PACKING_COLUMNS)
    for line in lines:
        writer.writerow(
            [line.sku, line.name, line.planned, line.packed, line.to_pack, line.workshop, ""]
        )
    return out.getvalue()
