"""Stock operations write deltas to the ledger; nothing overwrites a quantity."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from printshop_desktop.db.enums import MovementReason, ProductKind
from printshop_desktop.db.people import AppUser
from printshop_desktop.services import (
    catalog,
    events,
    inventory,
    inventory_edit,
    ledger,
    ledger_view,
    queue,
    stock_ops,
)
from printshop_desktop.services.errors import ValidationFailed


def _spool(session, net_g: int = 1000, tare_g: int = 250) -> tuple[uuid.UUID, uuid.UUID]:
    fid = inventory.create_filament(session, inventory.FilamentInput("Acme", "PLA", "Red"))
    return fid, inventory.open_spool(session, fid, net_g, tare_g=tare_g, from_unopened=False)


def test_weigh_in_records_the_difference_to_the_ledger(database) -> None:
    with database.session() as session:
        fid, spool = _spool(session)
        ledger.record(
            session,
            ledger.MovementInput(
                quantity=-300,
                reason=MovementReason.PRINT_CONSUMED,
                filament_id=fid,
                spool_id=spool,
            ),
        )
        result = stock_ops.weigh_spool(session, spool, gross_g=900)  # 900 − 250 = 650 left
        assert (result.before, result.after, result.delta) == (700, 650, -50)
        again = stock_ops.weigh_spool(session, spool, gross_g=900)
        assert again.delta == 0 and again.movement_id is None
        with pytest.raises(ValidationFailed) as error:
            stock_ops.weigh_spool(session, spool, gross_g=200)
        assert error.value.field == "gross_g"
    with database.session() as session:
        lines = ledger_view.item_ledger(session, spool_id=spool)
        assert [(line.quantity, line.reason) for line in lines] == [
            (1000, "purchase"),
            (-300, "print_consumed"),
            (-50, "count_adjustment"),
        ]
        assert [line.balance for line in lines] == [1000, 700, 650]
        assert ledger.spool_remaining(session)[spool] == 650
        row = inventory_edit.list_spools(session)[0]
        assert (row.remaining_g, row.used_g) == (650, 350)


def test_count_writes_a_delta_and_offline_counts_use_what_the_device_knew(database) -> None:
    with database.session() as session:
        pid = inventory.create_product(session, inventory.ProductInput("CAT", "Cat"))
        stock_ops.make_product(session, pid, 10)
        result = stock_ops.count_product(session, pid, 8)
        assert result.delta == -2
        # Counted 5 offline while the device believed 8; meanwhile 3 were sold elsewhere.
        ledger.record(
            session,
            ledger.MovementInput(quantity=-3, reason=MovementReason.SALE, product_id=pid),
        )
        offline = stock_ops.count_product(session, pid, 5, known_on_hand=8)
        assert offline.delta == -3
        assert ledger.product_on_hand(session)[pid] == 2
        with pytest.raises(ValidationFailed):
            stock_ops.count_product(session, pid, -1)


def test_transfer_moves_stock_between_locations_and_the_total_stays(database) -> None:
    with database.session() as session:
        pid = inventory.create_product(session, inventory.ProductInput("CAT", "Cat"))
        stock_ops.make_product(session, pid, 10)
        op = uuid.uuid4()
        ref = stock_ops.transfer_product(session, pid, 4, "workshop", "crate A", op_id=op)
        # The same transfer submitted twice records once.
        stock_ops.transfer_product(session, pid, 4, "workshop", "crate A", op_id=op)
        assert ref == op
        assert stock_ops.stock_by_location(session, product_id=pid) == {
            "workshop": 6,
            "crate A": 4,
        }
        assert ledger.product_on_hand(session)[pid] == 10
        with pytest.raises(ValidationFailed) as error:
            stock_ops.transfer_product(session, pid, 7, "workshop", "storage")
        assert error.value.field == "quantity"
        with pytest.raises(ValidationFailed):
            stock_ops.transfer_product(session, pid, 1, "workshop", "workshop")
        fid, spool = _spool(session)
        stock_ops.transfer_spool(session, spool, "storage")
        assert stock_ops.stock_by_location(session, filament_id=fid) == {"storage": 1000}
        inventory.buy_unopened(session, fid, 2000)
        stock_ops.transfer_unopened(session, fid, 1000, "workshop", "storage")
        assert stock_ops.stock_by_location(session, filament_id=fid, unopened_only=True) == {
            "workshop": 1000,
            "storage": 1000,
        }
        assert ledger.filament_on_hand(session)[fid] == (1000, 2000)
        pair = [
            line
            for line in ledger_view.item_ledger(session, product_id=pid)
            if line.reason == "transfer"
        ]
        assert [p.quantity for p in pair] == [-4, 4]
        assert pair[0].note == pair[1].note and str(ref) in (pair[0].note or "")


def test_waste_and_counting_unopened_spools(database) -> None:
    with database.session() as session:
        fid, spool = _spool(session)
        stock_ops.record_waste(session, 20, spool_id=spool, note="tangled")
        assert ledger.spool_remaining(session)[spool] == 980
        inventory.buy_unopened(session, fid, 3000)
        assert stock_ops.count_unopened(session, fid, 2000).delta == -1000
        assert ledger.filament_on_hand(session)[fid] == (980, 2000)
        with pytest.raises(ValidationFailed):
            stock_ops.record_waste(session, 0, spool_id=spool)


def test_a_product_made_uses_up_its_accessories(database) -> None:
    with database.session() as session:
        chain = inventory.create_product(
            session, inventory.ProductInput("CHAIN", "Chain", ProductKind.ACCESSORY)
        )
        stock_ops.count_product(session, chain, 100)
        fox = inventory.create_product(session, inventory.ProductInput("FOX", "Fox keyring"))
        inventory_edit.set_accessories(session, fox, [(chain, 2)])
        with pytest.raises(ValidationFailed):
            inventory_edit.set_accessories(session, fox, [(fox, 1)])
        op = stock_ops.make_product(session, fox, 5)
        stock_ops.make_product(session, fox, 5, op_id=op)  # replay: nothing twice
        stock = ledger.product_on_hand(session)
        assert (stock[fox], stock[chain]) == (5, 90)
        assert inventory_edit.get_product(session, fox).accessories[0].quantity == 2


def test_ledger_view_names_who_and_the_linked_job_and_event(database) -> None:
    with database.session() as session:
        user = AppUser(username="anna", display_name="Anna Berg", role="staff")
        session.add(user)
        session.flush()
        anna = user.id
        model = catalog.create_model(session, catalog.ModelInput(name="Fox"))
        variant = catalog.create_variant(session, catalog.VariantInput(model, "Std"))
        job = queue.create_job(session, queue.JobInput(variant))
        event = events.create_event(
            session, events.EventInput("Xmas Fair", date(2026, 12, 5), date(2026, 12, 6))
        )
        pid = inventory.create_product(session, inventory.ProductInput("FOX", "Fox"))
        stock_ops.make_product(session, pid, 3, job_id=job, user_id=anna)
        ledger.record(
            session,
            ledger.MovementInput(
                quantity=-1, reason=MovementReason.SALE, product_id=pid, event_id=event
            ),
        )
        lines = ledger_view.item_ledger(session, product_id=pid)
        assert [(line.who, line.job, line.event, line.balance) for line in lines] == [
            ("Anna Berg", "Fox – Std", None, 3),
            (None, None, "Xmas Fair", 2),
        ]
