"""The licence warning of a model, with where it is priced, stocked and planned."""

from __future__ import annotations

from datetime import date, timedelta

from printshop_desktop.db.enums import MovementReason
from printshop_desktop.services import catalog, events, inventory, ledger, licence_exposure
from printshop_desktop.services.catalog import ModelInput, VariantInput


def _stocked_model(session, **licence) -> tuple:
    model = catalog.create_model(session, ModelInput("Sleepy Fox", **licence))
    variant = catalog.create_variant(session, VariantInput(model, "Small", price_cents=900))
    catalog.create_variant(session, VariantInput(model, "Proto"))
    product = inventory.create_product(
        session, inventory.ProductInput("FOX-S", "Sleepy Fox small", variant_id=variant)
    )
    ledger.record(
        session,
        ledger.MovementInput(quantity=4, reason=MovementReason.PRINT_PRODUCED, product_id=product),
    )
    return model, product


def test_not_for_sale_model_lists_prices_stock_and_events(database) -> None:
    soon = date.today() + timedelta(days=10)
    with database.session() as session:
        model, product = _stocked_model(session, licence_id="CC-BY-NC-4.0")
        event = events.create_event(
            session, events.EventInput("Autumn Fair", soon, soon + timedelta(days=1))
        )
        events.plan_product(session, event, product, 6)
    with database.session() as session:
        found = licence_exposure.licence_exposure(session, model)
    assert found.warning == "The licence of 'Sleepy Fox' does not allow selling prints."
    assert found.exposed
    assert found.priced == ("Small",)
    assert [(p.sku, p.on_hand) for p in found.stocked] == [("FOX-S", 4)]
    assert [(e.name, e.starts_on, e.planned) for e in found.events] == [("Autumn Fair", soon, 6)]


def test_sellable_and_expired_permissions(database) -> None:
    with database.session() as session:
        model, _ = _stocked_model(
            session, selling_allowed=True, selling_allowed_until=date(2026, 3, 1)
        )
    with database.session() as session:
        before = licence_exposure.licence_exposure(session, model, date(2026, 3, 1))
        after = licence_exposure.licence_exposure(session, model, date(2026, 3, 2))
        assert licence_exposure.model_warning(session, model, date(2026, 3, 1)) is None
    assert before.warning is None and not before.exposed and before.stocked == ()
    assert after.warning is not None and "ended on 2026-03-01" in after.warning
    assert after.exposed and after.events == ()
