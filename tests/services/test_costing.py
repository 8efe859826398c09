"""Unit cost and margin, checked against numbers worked out by hand."""

from __future__ import annotations

from fractions import Fraction

import pytest

from printshop_desktop.db.enums import MovementReason, ProductKind
from printshop_desktop.services import (
    catalog,
    costing,
    inventory,
    inventory_edit,
    ledger,
    queue,
    settings_store,
)
from printshop_desktop.services.errors import ValidationFailed
from printshop_desktop.services.money_text import format_cents, parse_cents, round_half_up


def _shop(session):
    """Filament A: one spool at 2.5 c/g with 600 g left, one unpriced (list 2 c/g) with 1000 g.
    Filament B: no spools, list 3 c/g. Variant: 40 g of A + 10 g of B, 2 h, 6 min labour."""
    settings_store.set_value(session, "energy_tariff_cents_per_kwh", "28.5")
    a = inventory.create_filament(
        session, inventory.FilamentInput("Acme", "PLA", "Red", price_per_kg_cents=2000)
    )
    b = inventory.create_filament(
        session, inventory.FilamentInput("Acme", "PETG", "Blue", price_per_kg_cents=3000)
    )
    priced = inventory.open_spool(session, a, 1000, price_cents=2500, from_unopened=False)
    inventory.open_spool(session, a, 1000, from_unopened=False)
    ledger.record(
        session,
        ledger.MovementInput(
            quantity=-400, reason=MovementReason.PRINT_CONSUMED, filament_id=a, spool_id=priced
        ),
    )
    empty = inventory.open_spool(session, a, 1000, price_cents=99999, from_unopened=False)
    inventory_edit.archive_spool(session, empty)  # archived spools do not count
    model = catalog.create_model(session, catalog.ModelInput(name="Keyring Fox"))
    variant = catalog.create_variant(
        session,
        catalog.VariantInput(
            model,
            "Std",
            price_cents=1200,
            filament_needs=((0, a, 40.0), (1, b, 10.0)),
            print_time_s=7200,
            labour_minutes=6,
            packaging_cents=35,
        ),
    )
    printer = queue.create_printer(session, "Maple", power_w=200)
    return a, b, variant, printer


def test_unit_cost_breakdown_by_hand(database) -> None:
    with database.session() as session:
        a, b, variant, printer = _shop(session)
        chain = inventory.create_product(
            session,
            inventory.ProductInput("CHAIN", "Chain", ProductKind.ACCESSORY, cost_cents=12),
        )
        bag = inventory.create_product(
            session, inventory.ProductInput("BAG", "Bag", ProductKind.ACCESSORY, cost_cents=8)
        )
        product = inventory.create_product(
            session, inventory.ProductInput("FOX-KR", "Fox keyring", variant_id=variant)
        )
        inventory_edit.set_accessories(session, product, [(chain, 2), (bag, 1)])
    with database.session() as session:
        prices = costing.gram_prices(session)
        assert prices[a].cents_per_g == Fraction(3500, 1600)  # (2.5×600 + 2×1000) / 1600
        assert prices[a].source == "spools"
        assert prices[b] == costing.GramPrice(Fraction(3), "list")
        cost = costing.unit_cost(session, variant, printer_id=printer)
    # filament 40×2.1875 + 10×3 = 117.5; energy 0.2 kW × 2 h × 28.5 = 11.4; depreciation
    # 2 h × 20 = 40; failure 5% of 168.9 = 8.445; labour 6/60 × 1500 = 150; packaging 35;
    # accessories 2×12 + 8 = 32; total 394.345 → 394.
    assert (
        cost.filament_cents,
        cost.energy_cents,
        cost.depreciation_cents,
        cost.failure_cents,
        cost.labour_cents,
        cost.packaging_cents,
        cost.accessories_cents,
        cost.total_cents,
    ) == (118, 11, 40, 8, 150, 35, 32, 394)
    assert cost.margin_cents == 806
    assert cost.margin_percent == pytest.approx(67.1667, abs=1e-3)
    assert [line.cents for line in cost.filament_lines] == [88, 30]
    assert cost.warnings == ()


def test_missing_inputs_are_warned_not_guessed(database) -> None:
    with database.session() as session:
        free = inventory.create_filament(session, inventory.FilamentInput("X", "PLA", "Grey"))
        model = catalog.create_model(session, catalog.ModelInput(name="Blob"))
        variant = catalog.create_variant(
            session, catalog.VariantInput(model, "Std", filament_needs=((0, free, 5.0),))
        )
        cost = costing.unit_cost(session, variant)
    assert cost.total_cents == 0
    assert cost.margin_percent is None
    assert len(cost.warnings) == 2  # no filament price, no print time


def test_all_variants_at_once(database) -> None:
    with database.session() as session:
        _, _, variant, _ = _shop(session)
        costs = costing.unit_costs(session)
    # default printer power 120 W: energy 0.12 × 2 × 28.5 = 6.84; failure 5% of 164.34
    assert costs[variant].energy_cents == 7
    assert costs[variant].total_cents == round_half_up(
        Fraction("117.5") + Fraction("6.84") + 40 + Fraction("164.34") / 20 + 150 + 35
    )


def test_money_text_rules() -> None:
    assert parse_cents("12.5", "price") == 1250
    assert parse_cents("0,99", "price") == 99
    assert parse_cents("", "price") == 0
    for bad in ("12.505", "1,000.00", "abc", "-3"):
        with pytest.raises(ValidationFailed) as error:
            parse_cents(bad, "price")
        assert error.value.field == "price"
    assert format_cents(-5) == "-0.05"
    assert [round_half_up(Fraction(x)) for x in ("0.5", "1.49", "-0.5", "2.5")] == [1, 1, -1, 3]


def test_settings_are_checked_against_their_declaration(database) -> None:
    with database.session() as session:
        assert settings_store.get(session, settings_store.CURRENCY) == "EUR"
        settings_store.set_value(session, "currency", "GBP")
        with pytest.raises(ValidationFailed) as error:
            settings_store.set_value(session, "labour_cents_per_hour", "12.5")
        assert error.value.field == "labour_cents_per_hour"
        with pytest.raises(ValidationFailed):
            settings_store.set_value(session, "failure_allowance_percent", "-1")
    with database.session() as session:
        rows = {r.key: r for r in settings_store.list_settings(session)}
        assert rows["currency"].value == "GBP" and rows["currency"].changed
        settings_store.reset(session, "currency")
        assert settings_store.get(session, settings_store.CURRENCY) == "EUR"
