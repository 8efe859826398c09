"""Low stock is summed per filament over spools and unopened stock; the shopping list orders
whole spools up to twice the reorder level."""

from __future__ import annotations

import csv
import io

from printshop_desktop.db.enums import ProductKind
from printshop_desktop.services import inventory, lowstock, stock_ops


def test_low_stock_and_shopping_list(database) -> None:
    with database.session() as session:
        red = inventory.create_filament(
            session,
            inventory.FilamentInput(
                "Acme",
                "PLA",
                "Red",
                price_per_kg_cents=2000,
                reorder_level_g=1000,
                supplier_url="https://example.com/red",
            ),
        )
        inventory.open_spool(session, red, 400, from_unopened=False)
        inventory.buy_unopened(session, red, 500)  # 900 g in all: low
        blue = inventory.create_filament(
            session, inventory.FilamentInput("Acme", "PLA", "Blue", reorder_level_g=500)
        )
        inventory.buy_unopened(session, blue, 1000)  # not low
        chain = inventory.create_product(
            session,
            inventory.ProductInput(
                "CHAIN", "Chain", ProductKind.ACCESSORY, cost_cents=15, reorder_level=50
            ),
        )
        stock_ops.count_product(session, chain, 20)
        inventory.create_product(session, inventory.ProductInput("FOX", "Fox", reorder_level=5))
    with database.session() as session:
        low = {row.name: row for row in lowstock.low_stock(session)}
        assert set(low) == {"Acme PLA Red 1.75mm", "Chain", "Fox"}
        assert low["Acme PLA Red 1.75mm"].on_hand == 900
        lines = {line.item.name: line for line in lowstock.shopping_list(session)}
    assert set(lines) == {"Acme PLA Red 1.75mm", "Chain"}  # the fox is printed, not bought
    red_line = lines["Acme PLA Red 1.75mm"]
    # target 2000 g, need 1100 g → 2 spools of 1000 g at 20.00 per kg
    assert (red_line.target, red_line.packs, red_line.quantity) == (2000, 2, 2000)
    assert red_line.estimated_cents == 4000
    assert (lines["Chain"].quantity, lines["Chain"].estimated_cents) == (80, 1200)
    out = io.StringIO()
    lowstock.write_shopping_csv(list(lines.values()), out)
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert rows["Acme PLA Red 1.75mm"]["supplier_url"] == "https://example.com/red"
    assert rows["Acme PLA Red 1.75mm"]["estimated_cost"] == "40.00"
    assert rows["Chain"]["sku"] == "CHAIN"
