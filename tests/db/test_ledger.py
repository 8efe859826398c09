"""Stock is a ledger: on-hand is the sum of movements, replays record once."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from printshop_desktop.db.enums import MovementReason
from printshop_desktop.db.inventory import StockMovement
from printshop_desktop.services import inventory, ledger
from printshop_desktop.services.errors import Conflict, ValidationFailed


def _product(session, sku: str = "CAT-1") -> uuid.UUID:
    return inventory.create_product(session, inventory.ProductInput(sku=sku, name="Flexi Cat"))


def test_on_hand_is_the_sum_of_the_ledger(database) -> None:
    with database.session() as session:
        pid = _product(session)
        for qty, reason in (
            (10, MovementReason.PRINT_PRODUCED),
            (-3, MovementReason.SALE),
            (-1, MovementReason.WASTE),
        ):
            ledger.record(
                session, ledger.MovementInput(quantity=qty, reason=reason, product_id=pid)
            )
    with database.session() as session:
        row = next(p for p in inventory.list_products(session) if p.id == pid)
        assert row.on_hand == 6


def test_replaying_a_movement_records_it_once(database) -> None:
    with database.session() as session:
        pid = _product(session)
    movement = ledger.MovementInput(quantity=-2, reason=MovementReason.SALE, product_id=pid)
    with database.session() as session:
        assert ledger.record(session, movement) is True
    with database.session() as session:
        assert ledger.record(session, movement) is False
        count = session.scalar(select(func.count()).select_from(StockMovement))
        assert count == 1
        assert ledger.product_on_hand(session)[pid] == -2


def test_the_database_refuses_a_movement_for_two_items(database) -> None:
    with database.session() as session:
        pid = _product(session)
        fid = inventory.create_filament(
            session,
            inventory.FilamentInput(brand="Prusament", material="PLA", colour_name="Galaxy Black"),
        )
    with pytest.raises(IntegrityError), database.session() as session:
        session.add(
            StockMovement(
                product_id=pid, filament_id=fid, quantity=1, reason=MovementReason.PURCHASE.value
            )
        )
        session.flush()


def test_zero_and_itemless_movements_are_refused(database) -> None:
    with database.session() as session:
        with pytest.raises(ValidationFailed):
            ledger.record(session, ledger.MovementInput(quantity=1, reason=MovementReason.SALE))
        pid = _product(session)
        with pytest.raises(ValidationFailed):
            ledger.record(
                session,
                ledger.MovementInput(quantity=0, reason=MovementReason.SALE, product_id=pid),
            )


def test_filament_stock_counts_spools_and_unopened_grams(database) -> None:
    with database.session() as session:
        fid = inventory.create_filament(
            session,
            inventory.FilamentInput(
                brand="Polymaker",
                material="pla",
                colour_name="Sage",
                colour_hex="#8da58a",
                reorder_level_g=2500,
            ),
        )
        inventory.buy_unopened(session, fid, 3000)
        spool = inventory.open_spool(session, fid, 1000, tare_g=250)
        ledger.record(
            session,
            ledger.MovementInput(
                quantity=-120, reason=MovementReason.PRINT_CONSUMED, filament_id=fid, spool_id=spool
            ),
        )
    with database.session() as session:
        row = inventory.list_filaments(session)[0]
        assert (row.opened_g, row.unopened_g, row.on_hand_g) == (880, 2000, 2880)
        assert row.material == "PLA" and row.colour_hex == "#8DA58A"
        assert row.spools == 1 and not row.low
        assert ledger.spool_remaining(session)[spool] == 880


def test_sku_is_unique_and_validated(database) -> None:
    with database.session() as session:
        _product(session, "cat-1")
        with pytest.raises(Conflict, match="CAT-1"):
            _product(session, "CAT-1")
        with pytest.raises(ValidationFailed) as error:
            inventory.create_product(
                session, inventory.ProductInput(sku="X", name="X", price_cents=-5)
            )
        assert error.value.field == "price"


def test_bad_filament_colour_is_named(database) -> None:
    with database.session() as session, pytest.raises(ValidationFailed) as error:
        inventory.create_filament(
            session,
            inventory.FilamentInput(
                brand="eSun", material="PETG", colour_name="Red", colour_hex="red"
            ),
        )
    assert error.value.field == "colour_hex"
