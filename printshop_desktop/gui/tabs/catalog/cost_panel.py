"""The cost breakdown of the selected variant: what one unit costs us, and the margin.

Every figure is a field of the :class:`~printshop_desktop.services.costing.UnitCost` that came
with the variant line (worked out in the database lane), so the panel, the variant table and
``services.costing`` always agree.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QFrame, QLabel, QWidget

from ....services.costing import FilamentCostLine, UnitCost
from ....services.variant_costs import VariantLine
from ...files.units import format_duration
from ...forms.ui_cost_panel import Ui_CostPanel
from ...money import format_money

EMPTY_PAGE, FIGURES_PAGE = 0, 1
GAIN, LOSS = "#137333", "#b3261e"
SOURCE_TEXT = {"spools": "spools in stock", "list": "list price", "none": "no price"}


def percent_text(cost: UnitCost) -> str:
    """``43.3 %`` (of the price), or an empty text without a price."""
    percent = cost.margin_percent
    return "" if percent is None else f"{percent:.1f} %"


def filament_detail(lines: tuple[FilamentCostLine, ...]) -> str:
    """One short line per tool: ``42.0 g × €29.99/kg`` (``T1 …`` when there are several)."""
    several = len(lines) > 1
    return "<br>".join(
        (f"T{line.tool} " if several else "")
        + f"{line.grams:,.1f} g × {format_money(line.cents_per_kg)}/kg"
        for line in lines
    )


def filament_tooltip(lines: tuple[FilamentCostLine, ...]) -> str:
    """Which filament each tool uses and where its price per kg comes from."""
    return "\n".join(
        f"T{line.tool}: {line.filament}, {format_money(line.cents_per_kg)}/kg "
        f"({SOURCE_TEXT.get(line.source, line.source)}) → {format_money(line.cents)}"
        for line in lines
    )


class CostPanel(QFrame):
    """Shows a :class:`VariantLine`'s unit cost, line by line, or a hint when none is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CostPanel()
        self.ui.setupUi(self)
        self.line: VariantLine | None = None
        self.show_line(None)

    def show_line(self, line: VariantLine | None) -> None:
        """Fill the figures for ``line`` (None: the hint)."""
        self.line = line
        ui = self.ui
        cost = line.cost if line is not None else None
        if line is None or cost is None:
            ui.titleLabel.setText("Unit cost")
            ui.stack.setCurrentIndex(EMPTY_PAGE)
            return
        title = f"<b>Unit cost · {html.escape(line.name)}</b>"
        if line.sliced is not None:
            title += f"<br><small>{html.escape(line.sliced.text())}</small>"
        ui.titleLabel.setText(title)
        self._fill(line, cost)
        ui.stack.setCurrentIndex(FIGURES_PAGE)

    def value_texts(self) -> dict[str, str]:
        """The figures on show by line name (``filament`` … ``margin``), for tests and copy."""
        names = (
            "filament",
            "energy",
            "depreciation",
            "failure",
            "labour",
            "packaging",
            "accessories",
            "total",
            "price",
            "margin",
        )
        return {name: self._value(name).text() for name in names}

    def _value(self, name: str) -> QLabel:
        return getattr(self.ui, f"{name}Value")

    def _fill(self, line: VariantLine, cost: UnitCost) -> None:
        ui = self.ui
        figures = {
            "filament": cost.filament_cents,
            "energy": cost.energy_cents,
            "depreciation": cost.depreciation_cents,
            "failure": cost.failure_cents,
            "labour": cost.labour_cents,
            "packaging": cost.packaging_cents,
            "accessories": cost.accessories_cents,
            "total": cost.total_cents,
            "price": cost.price_cents,
        }
        for name, cents in figures.items():
            self._value(name).setText(format_money(cents))
        hours = format_duration(cost.print_time_s) if cost.print_time_s else "no time"
        ui.filamentDetail.setText(filament_detail(cost.filament_lines) or "no filament given")
        ui.filamentDetail.setToolTip(filament_tooltip(cost.filament_lines))
        ui.energyDetail.setText(hours)
        ui.depreciationDetail.setText(hours)
        ui.failureDetail.setText("")
        ui.labourDetail.setText(f"{line.labour_minutes:g} min")
        ui.packagingDetail.setText("")
        ui.accessoriesDetail.setText("linked product" if cost.accessories_cents else "")
        ui.priceDetail.setText("" if cost.price_cents else "not set")
        colour = GAIN if cost.margin_cents >= 0 else LOSS
        ui.marginValue.setText(format_money(cost.margin_cents))
        ui.marginValue.setStyleSheet(f"font-weight: bold; color: {colour};")
        ui.marginDetail.setText(percent_text(cost))
        ui.marginDetail.setStyleSheet(f"color: {colour};")
        ui.warningsLabel.setText("\n".join(f"⚠ {w}" for w in cost.warnings))
        ui.warningsLabel.setVisible(bool(cost.warnings))
