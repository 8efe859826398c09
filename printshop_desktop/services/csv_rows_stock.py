"""CSV rows of the inventory (filaments, spools, products, movements) applied through the
inventory services and the ledger. Stock columns (``unopened_g``, ``remaining_g``,
``on_hand``) are counts: the difference to the ledger is recorded, never an overwrite."""

from __future__ import annotations

import socket
import uuid

from sqlalchemy import select

from ..db.base import utcnow
from ..db.catalog import Design, Variant
from ..db.enums import MovementReason, ProductKind
from ..db.events import MarketEvent
from ..db.inventory import DEFAULT_LOCATION, Filament, Product, Spool
from ..db.inventory import StockMovement as Movement
from ..db.queue import PrintJob
from . import inventory, inventory_edit, ledger
from .csv_export import variant_label
from .csv_format import Cells, RowAction
from .csv_rows_catalog import ImportContext
from .errors import ValidationFailed

STOCK_NOTE = "stock level from a CSV import"
PAYMENTS = ("cash", "card", "other")


def _count(ctx: ImportContext, before: int, after: int, **item: object) -> None:
    if after < 0:
        raise ValidationFailed("stock", "A stock level cannot be negative.")
    if after != before:
        ledger.record(
            ctx.session,
            ledger.MovementInput(
                quantity=after - before,
                reason=MovementReason.COUNT_ADJUSTMENT,
                note=STOCK_NOTE,
                **item,  # type: ignore[arg-type]
            ),
        )


def _hex(c: Cells) -> str:
    value = c.raw("colour_hex") or "#808080"
    return value if value.startswith("#") else f"#{value}"


def filament_row(ctx: ImportContext, c: Cells, line: int) -> RowAction:
    """Create or update a filament (by id, else brand + material + colour + diameter)."""
    row_id = c.row_id()
    data = inventory.FilamentInput(
        brand=c.text("brand", required=True) or "",
        material=c.text("material", required=True) or "",
        colour_name=c.text("colour_name", required=True) or "",
        colour_hex=_hex(c),
        diameter_mm=c.number("diameter_mm", 1.75) or 0.0,
        density_g_cm3=c.number("density_g_cm3", 1.24) or 0.0,
        price_per_kg_cents=c.cents("price_per_kg") or 0,
        reorder_level_g=c.integer("reorder_level_g", 0) or 0,
        supplier_url=c.text("supplier_url"),
    )
    archived = c.boolean("archived")
    existing = ctx.session.get(Filament, row_id) if row_id else None
    if existing is None:
        existing = ctx.session.scalar(
            select(Filament).where(
                Filament.brand == data.brand.strip(),
                Filament.material == data.material.strip().upper(),
                Filament.colour_name == data.colour_name.strip(),
                Filament.diameter_mm == data.diameter_mm,
            )
        )
    if existing is None:
        filament_id = inventory.create_filament(ctx.session, data, row_id=row_id)
        action = RowAction.NEW
    elif not ctx.update_existing:
        ctx.remember_filament(existing.id)
        return RowAction.UNCHANGED
    else:
        filament_id = existing.id
        clean = inventory.clean_filament_input(ctx.session, data, filament_id)
        detail = inventory_edit.get_filament(ctx.session, filament_id)
        action = RowAction.UNCHANGED
        if detail.data != clean:
            inventory_edit.update_filament(ctx.session, filament_id, clean)
            action = RowAction.UPDATE
    filament = ctx.session.get(Filament, filament_id)
    if filament is not None and filament.archived != archived:
        filament.archived = archived
        action = RowAction.UPDATE if action is RowAction.UNCHANGED else action
    ctx.remember_filament(filament_id)
    if ctx.stock_levels and c.has("unopened_g"):
        before = ledger.filament_on_hand(ctx.session).get(filament_id, (0, 0))[1]
        _count(ctx, before, c.integer("unopened_g") or 0, filament_id=filament_id)
    return action


def spool_row(ctx: ImportContext, c: Cells, line: int) -> RowAction:
    """Create or update a spool record (by id; rows without one get a stable derived id)."""
    key = ("filament_id", "filament", "lot", "initial_net_g", "opened_at", "location")
    row_id = c.row_id() or ctx.derived_id("spools", c, key)
    filament_id = ctx.filament(c)
    data = inventory_edit.SpoolInput(
        location=c.text("location") or DEFAULT_LOCATION,
        lot=c.text("lot"),
        tare_g=c.integer("tare_g", 0) or 0,
        price_cents=c.cents("price"),
    )
    archived = c.boolean("archived")
    spool = ctx.session.get(Spool, row_id)
    action = RowAction.UNCHANGED
    if spool is None:
        net = c.integer("initial_net_g")
        if net is None or net <= 0:
            raise ValidationFailed("initial_net_g", "A spool's net weight must be more than 0 g.")
        spool = Spool(
            id=row_id,
            filament_id=filament_id,
            initial_net_g=net,
            location=data.location,
            opened_at=c.moment("opened_at"),
        )
        ctx.session.add(spool)
        action = RowAction.NEW
    elif (spool.location, spool.lot, spool.tare_g, spool.price_cents) == (
        data.location,
        data.lot,
        data.tare_g,
        data.price_cents,
    ):
        data = inventory_edit.SpoolInput(spool.location, spool.lot, spool.tare_g, spool.price_cents)
    else:
        action = RowAction.UPDATE
    inventory_edit.update_spool(ctx.session, spool.id, data)
    if spool.archived != archived:
        spool.archived = archived
        action = RowAction.UPDATE if action is RowAction.UNCHANGED else action
    if ctx.stock_levels and c.has("remaining_g"):
        before = ledger.spool_remaining(ctx.session).get(spool.id, 0)
        after = c.integer("remaining_g") or 0
        _count(ctx, before, after, filament_id=filament_id, spool_id=spool.id,
               location=spool.location)  # fmt: skip
    return action


def _variant(ctx: ImportContext, c: Cells) -> uuid.UUID | None:

    row_id = c.row_id("variant_id")
    if row_id is not None and ctx.session.get(Variant, row_id) is not None:
        return row_id
    label = c.text("variant")
    if not label:
        return None
    rows = ctx.session.execute(select(Variant.id, Design.name, Variant.name).join(Design))
    matches = [vid for vid, m, v in rows if variant_label(m, v).lower() == label.lower()]
    if len(matches) != 1:
        raise ValidationFailed("variant", f"No single variant {label!r} (Model / Variant).")
    return matches[0]


def _accessory_lines(ctx: ImportContext, c: Cells) -> list[tuple[uuid.UUID, int]]:
    lines = []
    for item in c.items("accessories"):
        sku, _, quantity = item.partition(":")
        try:
            count = int(quantity or "1")
        except ValueError:
            raise ValidationFailed("accessories", f"{item!r} is not SKU:quantity.") from None
        lines.append((ctx.product_by_sku(sku, "accessories"), count))
    return lines


def product_row(ctx: ImportContext, c: Cells, line: int) -> RowAction:
    """Create or update a product (by id, else SKU); accessories are linked after all rows."""
    row_id = c.row_id()
    kind = (c.text("kind") or ProductKind.FINISHED_GOOD.value).lower()
    if kind not in {k.value for k in ProductKind}:
        raise ValidationFailed("kind", f"{kind!r} is not finished_good or accessory.")
    data = inventory.ProductInput(
        sku=c.text("sku", required=True) or "",
        name=c.text("name", required=True) or "",
        kind=ProductKind(kind),
        variant_id=_variant(ctx, c),
        price_cents=c.cents("price") or 0,
        cost_cents=c.cents("cost") or 0,
        reorder_level=c.integer("reorder_level", 0) or 0,
        supplier_url=c.text("supplier_url"),
    )
    archived = c.boolean("archived")
    existing = ctx.session.get(Product, row_id) if row_id else None
    if existing is None:
        sku = data.sku.strip().upper()
        existing = ctx.session.scalar(select(Product).where(Product.sku == sku))
    if existing is None:
        product_id = inventory.create_product(ctx.session, data, row_id=row_id)
        action = RowAction.NEW
    else:
        product_id = existing.id
        clean = inventory.clean_product_input(ctx.session, data, product_id)
        action = RowAction.UNCHANGED
        if inventory_edit.get_product(ctx.session, product_id).data != clean:
            inventory_edit.update_product(ctx.session, product_id, clean)
            action = RowAction.UPDATE
    product = ctx.session.get(Product, product_id)
    if product is not None and product.archived != archived:
        product.archived = archived
        action = RowAction.UPDATE if action is RowAction.UNCHANGED else action
    if "accessories" in c.values:
        ctx.deferred.append(
            (line, lambda: inventory_edit.set_accessories(
                ctx.session, product_id, _accessory_lines(ctx, c)))
        )  # fmt: skip
    if ctx.stock_levels and c.has("on_hand"):
        before = ledger.product_on_hand(ctx.session).get(product_id, 0)
        _count(ctx, before, c.integer("on_hand") or 0, product_id=product_id)
    return action


def _existing(ctx: ImportContext, cls: type[PrintJob | MarketEvent | Movement],
              row_id: uuid.UUID | None) -> uuid.UUID | None:  # fmt: skip
    return row_id if row_id is not None and ctx.session.get(cls, row_id) is not None else None


def movement_row(ctx: ImportContext, c: Cells, line: int) -> RowAction:
    """Record a ledger movement (by id; rows without one get a stable derived id)."""
    columns = tuple(k for k in c.values if k != "id")
    row_id = c.row_id() or ctx.derived_id("movements", c, columns)
    product_id = filament_id = spool_id = None
    if c.has("sku"):
        product_id = ctx.product_by_sku(c.raw("sku"), "sku")
    else:
        filament_id = ctx.filament(c)
        spool_id = c.row_id("spool_id")
        spool = ctx.session.get(Spool, spool_id) if spool_id else None
        if spool_id is not None and (spool is None or spool.filament_id != filament_id):
            raise ValidationFailed("spool_id", "No spool with this id for this filament.")
    quantity = c.integer("quantity")
    if not quantity:
        raise ValidationFailed("quantity", "quantity must be a whole number other than 0.")
    reason = (c.text("reason", required=True) or "").lower()
    if reason not in {r.value for r in MovementReason}:
        raise ValidationFailed("reason", f"{reason!r} is not a movement reason.")
    payment = c.text("payment")
    if payment is not None and payment not in PAYMENTS:
        raise ValidationFailed("payment", f"{payment!r} is not cash, card or other.")
    recorded = ledger.record(
        ctx.session,
        ledger.MovementInput(
            id=row_id,
            quantity=quantity,
            reason=MovementReason(reason),
            product_id=product_id,
            filament_id=filament_id,
            spool_id=spool_id,
            location=c.text("location") or DEFAULT_LOCATION,
            job_id=_existing(ctx, PrintJob, c.row_id("job_id")),
            event_id=_existing(ctx, MarketEvent, c.row_id("event_id")),
            unit_price_cents=c.cents("unit_price"),
            payment=payment,
            reverses_id=_existing(ctx, Movement, c.row_id("reverses_id")),
            note=c.text("note"),
            occurred_at=c.moment("occurred_at") or utcnow(),
            device=c.raw("device") or socket.gethostname(),
        ),
    )
    return RowAction.NEW if recorded else RowAction.UNCHANGED
