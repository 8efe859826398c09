"""What one unit of a variant costs us, and the margin at its price.

unit cost = filament (grams × cost per gram of the spools in stock)
          + printer energy (watts × hours × tariff) + printer depreciation (per hour)
          + failure allowance (a percentage of those three: a failed print wastes filament
            and printer time, not labour or packaging)
          + labour (minutes × rate) + packaging + accessories (their cost × quantity)

Cost per gram of a filament: the spools in stock (not archived, grams left), each at its actual
price per gram where known, else at the filament's list price, weighted by grams left; with no
spool in stock, the list price. Amounts are exact fractions of a cent until the end; each
component and the total are then rounded half up (so components may not add up to the total by
a cent).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.catalog import Variant
from ..db.enums import ProductKind
from ..db.files import SlicedFile
from ..db.inventory import Filament, Product, ProductAccessory, Spool
from ..db.queue import Printer
from . import ledger, settings_store
from ._common import get_or_raise
from .money_text import round_half_up


@dataclass(frozen=True)
class CostRates:
    """The shop's rates, from settings (or given, for a what-if)."""

    energy_tariff_cents_per_kwh: Fraction
    printer_power_w: int
    depreciation_cents_per_hour: int
    failure_allowance_percent: Fraction
    labour_cents_per_hour: int

    @classmethod
    def from_settings(cls, session: Session) -> CostRates:
        """The rates as stored in the shop's settings."""
        return cls(
            energy_tariff_cents_per_kwh=_exact(
                settings_store.get(session, settings_store.ENERGY_TARIFF)
            ),
            printer_power_w=settings_store.get(session, settings_store.DEFAULT_PRINTER_POWER),
            depreciation_cents_per_hour=settings_store.get(session, settings_store.DEPRECIATION),
            failure_allowance_percent=_exact(
                settings_store.get(session, settings_store.FAILURE_ALLOWANCE)
            ),
            labour_cents_per_hour=settings_store.get(session, settings_store.LABOUR_RATE),
        )


@dataclass(frozen=True)
class GramPrice:
    """A filament's cost per gram and where it came from (``spools``, ``list``, ``none``)."""

    cents_per_g: Fraction
    source: str

    @property
    def cents_per_kg(self) -> int:
        """The same price per kilogram, rounded, for display."""
        return round_half_up(self.cents_per_g * 1000)


@dataclass(frozen=True)
class FilamentCostLine:
    """The filament of one tool slot and what it costs."""

    tool: int
    filament_id: uuid.UUID
    filament: str
    grams: float
    cents_per_kg: int
    cents: int
    source: str


@dataclass(frozen=True)
class UnitCost:
    """A unit cost broken down, with the margin at the variant's (or product's) price."""

    variant_id: uuid.UUID
    print_time_s: int
    filament_cents: int
    energy_cents: int
    depreciation_cents: int
    failure_cents: int
    labour_cents: int
    packaging_cents: int
    accessories_cents: int
    total_cents: int
    price_cents: int
    filament_lines: tuple[FilamentCostLine, ...]
    warnings: tuple[str, ...]

    @property
    def margin_cents(self) -> int:
        """Price minus unit cost (negative when selling at a loss)."""
        return self.price_cents - self.total_cents

    @property
    def margin_percent(self) -> float | None:
        """Margin as a percentage of the price; None without a price."""
        return None if self.price_cents == 0 else 100.0 * self.margin_cents / self.price_cents


def _exact(value: float | int) -> Fraction:
    return Fraction(str(value))


def gram_prices(
    session: Session, filament_ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, GramPrice]:
    """Cost per gram of each filament (see the module notes for the rule)."""
    query = select(Filament.id, Filament.price_per_kg_cents)
    if filament_ids is not None:
        query = query.where(Filament.id.in_(list(filament_ids)))
    list_prices = {fid: Fraction(cents, 1000) for fid, cents in session.execute(query)}
    remaining = ledger.spool_remaining(session)
    spools = session.execute(
        select(Spool.id, Spool.filament_id, Spool.price_cents, Spool.initial_net_g).where(
            Spool.archived.is_(False), Spool.filament_id.in_(list(list_prices))
        )
    )
    weighted: dict[uuid.UUID, tuple[Fraction, int, bool]] = {}
    for spool_id, fid, price, initial in spools:
        left = remaining.get(spool_id, 0)
        if left <= 0:
            continue
        per_g = list_prices[fid]
        actual = price is not None and initial > 0
        if price is not None and initial > 0:
            per_g = Fraction(price, initial)
        total, grams, any_actual = weighted.get(fid, (Fraction(0), 0, False))
        weighted[fid] = (total + per_g * left, grams + left, any_actual or actual)
    prices = {}
    for fid, list_price in list_prices.items():
        if fid in weighted:
            total, grams, any_actual = weighted[fid]
            prices[fid] = GramPrice(total / grams, "spools" if any_actual else "list")
        else:
            prices[fid] = GramPrice(list_price, "list" if list_price else "none")
    return prices


def _print_time(session: Session, variant: Variant) -> int | None:
    if variant.print_time_s is not None:
        return variant.print_time_s
    return session.scalar(
        select(SlicedFile.print_time_s)
        .where(SlicedFile.variant_id == variant.id, SlicedFile.print_time_s.is_not(None))
        .order_by(SlicedFile.version.desc())
        .limit(1)
    )


def _costing_product(
    session: Session, variant: Variant, product_id: uuid.UUID | None
) -> Product | None:
    if product_id is not None:
        return get_or_raise(session, Product, product_id, "product")
    products = session.scalars(
        select(Product).where(
            Product.variant_id == variant.id,
            Product.archived.is_(False),
            Product.kind == ProductKind.FINISHED_GOOD.value,
        )
    ).all()
    return products[0] if len(products) == 1 else None


def _accessories(session: Session, product: Product | None) -> Fraction:
    if product is None:
        return Fraction(0)
    rows = session.execute(
        select(ProductAccessory.quantity, Product.cost_cents)
        .join(Product, Product.id == ProductAccessory.accessory_id)
        .where(ProductAccessory.product_id == product.id)
    )
    return Fraction(sum(quantity * cost for quantity, cost in rows))


def _printer_rates(
    session: Session, printer_id: uuid.UUID | None, rates: CostRates
) -> tuple[int, int]:
    if printer_id is None:
        return rates.printer_power_w, rates.depreciation_cents_per_hour
    printer = get_or_raise(session, Printer, printer_id, "printer")
    watts = printer.power_w or rates.printer_power_w
    return watts, printer.hourly_cost_cents or rates.depreciation_cents_per_hour


def unit_cost(
    session: Session,
    variant_id: uuid.UUID,
    *,
    printer_id: uuid.UUID | None = None,
    product_id: uuid.UUID | None = None,
    rates: CostRates | None = None,
    prices: dict[uuid.UUID, GramPrice] | None = None,
) -> UnitCost:
    """The cost of one unit of a variant.

    ``printer_id`` takes that printer's watts and hourly cost (else the settings' defaults).
    ``product_id`` adds that product's accessories and prices at the product's price; without
    it, the variant's only finished-good product (if exactly one) is used, at the variant price.
    """
    variant = get_or_raise(session, Variant, variant_id, "variant")
    rates = rates or CostRates.from_settings(session)
    needs = list(variant.filament_needs)
    if prices is None:
        prices = gram_prices(session, [n.filament_id for n in needs])
    warnings: list[str] = []
    lines = []
    filament = Fraction(0)
    for need in needs:
        gram_price = prices.get(need.filament_id, GramPrice(Fraction(0), "none"))
        exact = gram_price.cents_per_g * _exact(need.grams)
        filament += exact
        label = session.get(Filament, need.filament_id)
        name = f"{label.brand} {label.material} {label.colour_name}" if label else "?"
        if gram_price.source == "none":
            warnings.append(f"{name} has no price: its filament counts as free.")
        lines.append(
            FilamentCostLine(
                need.tool,
                need.filament_id,
                name,
                need.grams,
                gram_price.cents_per_kg,
                round_half_up(exact),
                gram_price.source,
            )
        )
    if not needs:
        warnings.append("No filament needs are recorded for this variant.")
    seconds = _print_time(session, variant)
    if seconds is None:
        warnings.append("No print time is known: energy and depreciation count as zero.")
        seconds = 0
    hours = Fraction(seconds, 3600)
    watts, per_hour = _printer_rates(session, printer_id, rates)
    energy = Fraction(watts, 1000) * hours * rates.energy_tariff_cents_per_kwh
    depreciation = hours * per_hour
    failure = (filament + energy + depreciation) * rates.failure_allowance_percent / 100
    labour = _exact(variant.labour_minutes) / 60 * rates.labour_cents_per_hour
    product = _costing_product(session, variant, product_id)
    accessories = _accessories(session, product)
    packaging = Fraction(variant.packaging_cents)
    total = filament + energy + depreciation + failure + labour + packaging + accessories
    price = product.price_cents if product_id is not None and product else variant.price_cents
    return UnitCost(
        variant_id=variant.id,
        print_time_s=seconds,
        filament_cents=round_half_up(filament),
        energy_cents=round_half_up(energy),
        depreciation_cents=round_half_up(depreciation),
        failure_cents=round_half_up(failure),
        labour_cents=round_half_up(labour),
        packaging_cents=variant.packaging_cents,
        accessories_cents=round_half_up(accessories),
        total_cents=round_half_up(total),
        price_cents=price,
        filament_lines=tuple(lines),
        warnings=tuple(warnings),
    )


def unit_costs(
    session: Session, variant_ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, UnitCost]:
    """Unit costs of many variants (all not archived by default), sharing rates and prices."""
    ids = (
        list(variant_ids)
        if variant_ids is not None
        else list(session.scalars(select(Variant.id).where(Variant.archived.is_(False))))
    )
    rates = CostRates.from_settings(session)
    prices = gram_prices(session)
    return {vid: unit_cost(session, vid, rates=rates, prices=prices) for vid in ids}
