"""The point-of-sale item library groups variants under their model and uses SKUs as barcodes."""

from __future__ import annotations

import csv
import io

from printshop_desktop.db.enums import ProductKind
from printshop_desktop.services import catalog, inventory, pos_export


def test_square_and_generic_item_libraries(database) -> None:
    with database.session() as session:
        model = catalog.create_model(
            session, catalog.ModelInput(name="Sleepy Fox", category="Animals")
        )
        small = catalog.create_variant(session, catalog.VariantInput(model, "Small"))
        inventory.create_product(
            session, inventory.ProductInput("FOX-S", "Fox S", variant_id=small, price_cents=850)
        )
        inventory.create_product(
            session,
            inventory.ProductInput("BAG", "Gift bag", ProductKind.ACCESSORY, price_cents=50),
        )
        inventory.create_product(session, inventory.ProductInput("FREE", "Not for sale"))
        square, generic = io.StringIO(), io.StringIO()
        assert pos_export.export_pos(session, square) == 2
        pos_export.export_pos(session, generic, pos_export.PosFormat.GENERIC)
    rows = list(csv.DictReader(io.StringIO(square.getvalue())))
    assert [
        (r["Item Name"], r["Variation Name"], r["SKU"], r["Price"], r["Category"]) for r in rows
    ] == [
        ("Gift bag", "Regular", "BAG", "0.50", "Accessories"),
        ("Sleepy Fox", "Small", "FOX-S", "8.50", "Animals"),
    ]
    generic_rows = list(csv.DictReader(io.StringIO(generic.getvalue())))
    assert generic_rows[1]["barcode"] == "FOX-S"
