"""Everything the Inventory tab shows at once, read in one unit of work off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ....services import inventory, lowstock
from ....services.inventory import FilamentRow, ProductRow
from ....services.stock_locations import list_locations, location_names
from .lowstock_model import LowStockLine


@dataclass(frozen=True)
class InventorySnapshot:
    """Filaments, products, the low-stock lines and how locations read."""

    filaments: list[FilamentRow]
    products: list[ProductRow]
    low: list[LowStockLine]
    places: dict[str, str]


def load_snapshot(session: Session) -> InventorySnapshot:
    """Worker: the whole tab's rows."""
    orders = {line.item.id: line for line in lowstock.shopping_list(session)}
    low = [LowStockLine(item, orders.get(item.id)) for item in lowstock.low_stock(session)]
    return InventorySnapshot(
        inventory.list_filaments(session),
        inventory.list_products(session),
        low,
        location_names(list_locations(session, include_closed=True)),
    )
