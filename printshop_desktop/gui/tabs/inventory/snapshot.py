"""Everything the Inventory tab shows at once, read in one unit of work off the GUI thread."""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ....services import inventory, lowstock, settings_store
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


def _to_print(item: lowstock.LowStockRow, factor: float) -> int:
    """Units of a printed product to make to reach its order-up-to level."""
    if item.kind != "finished_good":
        return 0
    return max(math.ceil(item.reorder_level * factor) - item.on_hand, 0)


def load_snapshot(session: Session) -> InventorySnapshot:
    """Worker: the whole tab's rows."""
    orders = {line.item.id: line for line in lowstock.shopping_list(session)}
    factor = settings_store.get(session, settings_store.REORDER_TARGET)
    low = [
        LowStockLine(item, orders.get(item.id), _to_print(item, factor))
        for item in lowstock.low_stock(session)
    ]
    return InventorySnapshot(
        inventory.list_filaments(session),
        inventory.list_products(session),
        low,
        location_names(list_locations(session, include_closed=True)),
    )
