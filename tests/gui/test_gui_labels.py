"""Print labels… writes a label-sized PDF for the selected spools or product bins."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import WindowFactory
from inventory_helpers import open_inventory, press_ok, select

from printshop_desktop.db.database import Database


def test_spool_and_product_labels_are_saved_as_pdf(
    make_window: WindowFactory, demo_sqlite_db: Database, tmp_path: Path
) -> None:
    window, tab = open_inventory(make_window, demo_sqlite_db)
    select(tab.ui.filamentTable, lambda r: r.spools == 2)
    tab.ui.spoolTable.view.selectAll()
    tab.filament_actions.labels.trigger()
    dialog = tab.dialog
    assert "2 spools" in dialog.ui.summaryLabel.text()
    assert dialog.ui.sizeCombo.currentData() == "brother_62x29"  # the shop's setting
    dialog.ui.fileEdit.setText(str(tmp_path / "spools"))
    press_ok(dialog)
    pdf = tmp_path / "spools.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "2 labels saved" in window.statusBar().currentMessage()
    tab.show_products()
    select(tab.ui.productTable, lambda r: r.sku == "ACC-BAG")
    tab.product_actions.labels.trigger()
    dialog = tab.dialog
    dialog.ui.sizeCombo.setCurrentIndex(dialog.ui.sizeCombo.findData("dymo_2x1"))
    dialog.ui.fileEdit.setText(str(tmp_path / "missing-folder" / "bins.pdf"))
    press_ok(dialog)
    assert "does not exist" in dialog.errors.message("file")
    dialog.ui.fileEdit.setText(str(tmp_path / "bins.pdf"))
    press_ok(dialog)
    assert (tmp_path / "bins.pdf").read_bytes().startswith(b"%PDF")
