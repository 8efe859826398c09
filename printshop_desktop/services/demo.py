"""Demo data: a believable small print shop, for a first look and for tests."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..db.catalog import Design
from ..db.enums import (
    EventStatus,
    JobPriority,
    JobState,
    MovementReason,
    PaymentMethod,
    ProductKind,
)
from ..db.inventory import StockMovement
from ..db.queue import PrintJob
from . import catalog, events, inventory, ledger, queue, stall
from .errors import Conflict

DESIGNERS = [
    ("Cinderwing3D", "https://www.printables.com/@Cinderwing3D"),
    ("Loubie3D", "https://www.printables.com/@Loubie"),
    ("Flexi Factory", "https://www.thingiverse.com/flexifactory"),
    ("In-house", None),
]

# name, designer index, category, tags, licence id, licence text, selling allowed
MODELS = [
    (
        "Crystal Dragon",
        0,
        "Creatures/Dragons",
        ("dragon", "fantasy"),
        None,
        "Patreon commercial tier",
        True,
    ),
    (
        "Baby Dragon Egg",
        0,
        "Creatures/Dragons",
        ("dragon", "easter"),
        None,
        "Patreon commercial tier",
        True,
    ),
    (
        "Articulated Axolotl",
        2,
        "Creatures/Flexi",
        ("axolotl", "flexi", "kids"),
        "CC-BY-4.0",
        None,
        True,
    ),
    ("Flexi Rex", 2, "Creatures/Flexi", ("dinosaur", "flexi", "kids"), "CC-BY-4.0", None, True),
    ("Flexi Cat", 2, "Creatures/Flexi", ("cat", "flexi"), "CC-BY-4.0", None, True),
    ("Flexi Shark", 2, "Creatures/Flexi", ("shark", "flexi", "summer"), "CC-BY-4.0", None, True),
    ("Sleepy Fox", 1, "Creatures/Cute", ("fox", "autumn"), "CC-BY-NC-4.0", None, False),
    (
        "Mushroom House",
        1,
        "Home/Decor",
        ("mushroom", "autumn", "fantasy"),
        "CC-BY-NC-4.0",
        None,
        False,
    ),
    ("Ghost Tealight", 1, "Home/Lights", ("halloween", "light"), "CC-BY-NC-SA-4.0", None, False),
    ("Pumpkin Bowl", 3, "Home/Decor", ("halloween", "autumn"), "LicenseRef-own", None, True),
    (
        "Snowflake Ornament",
        3,
        "Seasonal/Christmas",
        ("christmas", "winter"),
        "LicenseRef-own",
        None,
        True,
    ),
    (
        "Gingerbread Keyring",
        3,
        "Accessories/Keyrings",
        ("christmas", "keyring"),
        "LicenseRef-own",
        None,
        True,
    ),
    ("Star Tree Topper", 3, "Seasonal/Christmas", ("christmas",), "LicenseRef-own", None, True),
    (
        "Reindeer Planter",
        0,
        "Home/Planters",
        ("christmas", "planter"),
        None,
        "Patreon commercial tier",
        True,
    ),
    ("Hex Planter", 3, "Home/Planters", ("planter", "geometric"), "LicenseRef-own", None, True),
    ("Low-poly Bunny", 1, "Creatures/Cute", ("bunny", "easter"), "CC-BY-NC-4.0", None, False),
    ("Octopus Phone Stand", 2, "Desk/Stands", ("octopus", "desk"), "CC-BY-4.0", None, True),
    ("Cable Turtle", 3, "Desk/Organisers", ("desk", "turtle"), "LicenseRef-own", None, True),
    (
        "Honeycomb Pen Cup",
        3,
        "Desk/Organisers",
        ("desk", "geometric"),
        "LicenseRef-own",
        None,
        True,
    ),
    ("Moon Lamp", 3, "Home/Lights", ("moon", "light"), "CC0-1.0", None, True),
    ("Fidget Gear Cube", 2, "Toys/Fidget", ("fidget", "kids"), "CC-BY-4.0", None, True),
    ("Infinity Cube", 2, "Toys/Fidget", ("fidget",), "CC-BY-4.0", None, True),
    ("Twisty Vase", 3, "Home/Vases", ("vase", "spiral"), "LicenseRef-own", None, True),
    ("Wave Vase", 3, "Home/Vases", ("vase",), "LicenseRef-own", None, True),
    ("Cat Earrings", 1, "Jewellery/Earrings", ("cat", "earrings"), "CC-BY-NC-4.0", None, False),
    (
        "Leaf Earrings",
        3,
        "Jewellery/Earrings",
        ("autumn", "earrings"),
        "LicenseRef-own",
        None,
        True,
    ),
    (
        "Bee Keyring",
        3,
        "Accessories/Keyrings",
        ("bee", "keyring", "summer"),
        "LicenseRef-own",
        None,
        True,
    ),
    (
        "Dice Tower",
        0,
        "Games/Tabletop",
        ("dice", "games", "fantasy"),
        None,
        "Patreon commercial tier",
        True,
    ),
    ("Dice Set Box", 0, "Games/Tabletop", ("dice", "games"), None, "Patreon commercial tier", True),
    ("Mini Castle", 1, "Games/Tabletop", ("castle", "fantasy"), "CC-BY-NC-4.0", None, False),
    ("Bookmark Cat", 3, "Stationery", ("cat", "books"), "LicenseRef-own", None, True),
    ("Name Plate", 3, "Custom", ("custom", "desk"), "LicenseRef-own", None, True),
    ("Headphone Hook", 3, "Desk/Stands", ("desk",), "MIT", None, True),
]

FILAMENTS = [
    ("Prusament", "PLA", "Galaxy Black", "#1B1B1F", 2999, 1000),
    ("Prusament", "PLA", "Jet Black", "#0C0C0C", 2499, 1000),
    ("Polymaker", "PLA", "Sage Green", "#8DA58A", 2299, 1000),
    ("Polymaker", "PLA", "Lavender", "#B7A6D9", 2299, 500),
    ("Bambu Lab", "PLA", "White", "#F4F4F4", 1999, 2000),
    ("Bambu Lab", "PLA", "Orange", "#F27C1A", 1999, 1000),
    ("Bambu Lab", "PLA Silk", "Gold", "#D4AF37", 2599, 500),
    ("eSun", "PETG", "Clear", "#E8F1F2", 2099, 1000),
    ("eSun", "PETG", "Red", "#C8102E", 2099, 500),
    ("Sunlu", "TPU", "Teal", "#1F9E9A", 2899, 500),
]

ACCESSORIES = [
    ("ACC-CHAIN", "Keyring chain", 8, 400),
    ("ACC-HOOK", "Earring hooks (pair)", 15, 200),
    ("ACC-BAG", "Gift bag", 12, 100),
    ("ACC-CARD", "Thank-you card", 5, 100),
    ("ACC-LED", "LED tealight", 60, 20),
]

PRINTERS = [
    ("Maple", "Prusa MK4S", (250.0, 210.0, 220.0), 120, 45),
    ("Birch", "Bambu Lab P1S", (256.0, 256.0, 256.0), 150, 55),
    ("Cedar", "Prusa MINI+", (180.0, 180.0, 180.0), 80, 30),
]


@dataclass(frozen=True)
class DemoSummary:
    """What the demo data added."""

    models: int
    variants: int
    products: int
    movements: int
    jobs: int
    events: int


def _when(days_ago: float) -> datetime:
    return datetime.now(UTC) - timedelta(days=days_ago)


def _backdate(session: Session, past_event: uuid.UUID) -> None:
    """Give the demo's setup movements believable dates: spools bought and opened before the
    prints that used them, crates packed before the market and unpacked after it."""
    base = select(StockMovement.id)
    recent = StockMovement.occurred_at > _when(0.01)
    stock_in = base.where(
        recent, StockMovement.event_id.is_(None), StockMovement.reason.in_(("purchase", "transfer"))
    )
    packed = base.where(StockMovement.event_id == past_event, StockMovement.note == "packed")
    after = base.where(recent, StockMovement.event_id == past_event)
    for query, days in ((stock_in, 90), (packed, 24.2), (after, 22.5)):
        session.execute(
            update(StockMovement)
            .where(StockMovement.id.in_(query.scalar_subquery()))
            .values(occurred_at=_when(days))
        )


def _run_past_event(
    session: Session,
    rng: random.Random,
    event_id: uuid.UUID,
    products: list[tuple[uuid.UUID, int]],
) -> None:
    """Pack, sell and close an event through the stall service, as a shop would have."""
    stall.set_status(session, event_id, EventStatus.PACKING)
    in_workshop = ledger.product_on_hand(session)
    sold: dict[uuid.UUID, int] = {}
    for pid, _price in products:
        packed = min(rng.randint(2, 6), in_workshop.get(pid, 0))
        if packed:
            events.plan_product(session, event_id, pid, packed)
            stall.pack(session, event_id, pid, packed)
            sold[pid] = rng.randint(0, packed)
    stall.set_status(session, event_id, EventStatus.LIVE)
    for pid, price in products:
        for _ in range(sold.get(pid, 0)):
            stall.record_sale(
                session,
                event_id,
                stall.Sale(
                    product_id=pid,
                    quantity=1,
                    unit_price_cents=price,
                    payment=rng.choice(list(PaymentMethod)[:2]),
                    occurred_at=_when(23.5 - rng.uniform(0, 0.3)),
                ),
            )
    returned = {pid: in_stall for pid, in_stall in stall.at_stall(session, event_id).items()}
    stall.close_event(session, event_id, returned)


def load_demo_data(session: Session, *, seed: int = 7) -> DemoSummary:
    """Fill an empty database with a small shop. Refuses a database that has a catalog."""
    if session.scalar(select(Design.id).limit(1)) is not None:
        raise Conflict(
            "This database already has a catalog; demo data only goes into an empty one."
        )
    rng = random.Random(seed)
    designer_ids = [catalog.create_designer(session, n, u) for n, u in DESIGNERS]
    filament_ids = []
    for brand, material, colour, hexcode, price, reorder in FILAMENTS:
        fid = inventory.create_filament(
            session,
            inventory.FilamentInput(
                brand=brand,
                material=material,
                colour_name=colour,
                colour_hex=hexcode,
                price_per_kg_cents=price,
                reorder_level_g=reorder,
                density_g_cm3=1.27 if material == "PETG" else 1.24,
            ),
        )
        filament_ids.append(fid)
        sealed = rng.randint(0, 3)
        if sealed:
            inventory.buy_unopened(session, fid, 1000 * sealed)
        for _ in range(rng.randint(1, 2)):
            spool = inventory.open_spool(
                session,
                fid,
                1000,
                tare_g=250,
                from_unopened=False,
                price_cents=price,
            )
            used = rng.randint(100, 900)
            ledger.record(
                session,
                ledger.MovementInput(
                    quantity=-used,
                    reason=MovementReason.PRINT_CONSUMED,
                    filament_id=fid,
                    spool_id=spool,
                    occurred_at=_when(rng.uniform(1, 60)),
                ),
            )

    accessory_ids = {}
    for sku, name, cost, reorder in ACCESSORIES:
        pid = inventory.create_product(
            session,
            inventory.ProductInput(
                sku=sku,
                name=name,
                kind=ProductKind.ACCESSORY,
                cost_cents=cost,
                reorder_level=reorder,
            ),
        )
        accessory_ids[sku] = pid
        ledger.record(
            session,
            ledger.MovementInput(
                quantity=reorder * 3,
                reason=MovementReason.PURCHASE,
                product_id=pid,
                occurred_at=_when(40),
            ),
        )

    variant_ids: list[uuid.UUID] = []
    product_ids: list[tuple[uuid.UUID, int]] = []
    for index, (name, d, category, tags, spdx, text, allowed) in enumerate(MODELS):
        model_id = catalog.create_model(
            session,
            catalog.ModelInput(
                name=name,
                designer_id=designer_ids[d],
                category=category,
                tags=tags,
                licence_id=spdx,
                licence_text=text,
                selling_allowed=allowed,
                source_url=f"https://www.printables.com/model/{100000 + index * 37}",
            ),
        )
        sizes = [("Standard", 1.0)] if index % 3 else [("Small", 0.7), ("Large", 1.4)]
        for size, scale in sizes:
            grams = round(rng.uniform(8, 90) * scale, 1)
            f1 = rng.choice(filament_ids)
            needs: tuple[tuple[int, uuid.UUID, float], ...] = ((0, f1, grams),)
            if index % 5 == 0:
                needs += ((1, rng.choice(filament_ids), round(grams * 0.2, 1)),)
            price = int(round(grams * scale * 25 + 300, -2))
            vid = catalog.create_variant(
                session,
                catalog.VariantInput(
                    model_id=model_id,
                    name=size,
                    size_scale=f"{int(scale * 100)}%",
                    status=catalog.VariantStatus.ACTIVE,
                    price_cents=price,
                    filament_needs=needs,
                ),
            )
            variant_ids.append(vid)
            if allowed:
                sku = f"{''.join(w[0] for w in name.split()).upper()}-{size[:1]}{index:02d}"
                pid = inventory.create_product(
                    session,
                    inventory.ProductInput(
                        sku=sku,
                        name=f"{name} ({size})",
                        variant_id=vid,
                        price_cents=price,
                        cost_cents=int(grams * 2.6) + 40,
                        reorder_level=3,
                    ),
                )
                product_ids.append((pid, price))
                made = rng.randint(2, 14)
                ledger.record(
                    session,
                    ledger.MovementInput(
                        quantity=made,
                        reason=MovementReason.PRINT_PRODUCED,
                        product_id=pid,
                        occurred_at=_when(rng.uniform(20, 50)),
                    ),
                )

    printer_ids = [
        queue.create_printer(session, n, m, build_mm=b, power_w=w, hourly_cost_cents=c)
        for n, m, b, w, c in PRINTERS
    ]
    past = events.create_event(
        session,
        events.EventInput(
            name="Autumn Makers Market",
            starts_on=date.today() - timedelta(days=24),
            ends_on=date.today() - timedelta(days=23),
            venue="Old Corn Exchange",
            stall_fee_cents=4500,
            theme_tags=("autumn", "halloween"),
        ),
    )
    upcoming = events.create_event(
        session,
        events.EventInput(
            name="Christmas Craft Fair",
            starts_on=date.today() + timedelta(days=12),
            ends_on=date.today() + timedelta(days=13),
            venue="Town Hall",
            stall_fee_cents=6000,
            theme_tags=("christmas", "winter"),
        ),
    )
    _run_past_event(session, rng, past, product_ids[:14])
    for pid, _price in product_ids[10:24]:
        events.plan_product(session, upcoming, pid, rng.randint(3, 10))

    states = [
        JobState.DONE,
        JobState.DONE,
        JobState.FAILED,
        JobState.DONE,
        JobState.PRINTING,
        JobState.QUEUED,
        JobState.QUEUED,
        JobState.QUEUED,
        JobState.QUEUED,
        JobState.PAUSED,
        JobState.QUEUED,
        JobState.CANCELLED,
    ]
    priorities = list(JobPriority)
    for n, state in enumerate(states):
        job_id = queue.create_job(
            session,
            queue.JobInput(
                variant_id=variant_ids[(n * 5) % len(variant_ids)],
                copies=rng.randint(1, 6),
                priority=priorities[n % len(priorities)],
                printer_id=printer_ids[n % 3],
                event_id=upcoming if state is JobState.QUEUED and n % 2 else None,
                due_at=_when(-10) if state is JobState.QUEUED else None,
            ),
        )
        job = session.get_one(PrintJob, job_id)
        job.state = state.value
        if state is not JobState.QUEUED:
            job.started_at = _when(3 - n * 0.1)
        if state in (JobState.DONE, JobState.FAILED, JobState.CANCELLED):
            job.finished_at = _when(2.5 - n * 0.1)
            job.copies_made = job.copies if state is JobState.DONE else 0
    session.flush()
    _backdate(session, past)
    movements = session.scalar(select(func.count()).select_from(StockMovement)) or 0
    return DemoSummary(
        models=len(MODELS),
        variants=len(variant_ids),
        products=len(product_ids) + len(ACCESSORIES),
        movements=movements,
        jobs=len(states),
        events=2,
    )
