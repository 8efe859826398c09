"""Property: whatever sequence of stock operations runs, on-hand equals the sum of the ledger,
per location and in total, and matches a simple model of what the operations mean."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from printshop_desktop.db.enums import MovementReason
from printshop_desktop.services import inventory, ledger, ledger_view, stock_ops
from printshop_desktop.services.errors import ValidationFailed

LOCATIONS = ("workshop", "storage", "crate")
location = st.sampled_from(LOCATIONS)
operation = st.one_of(
    st.tuples(st.just("make"), st.integers(1, 20), location),
    st.tuples(st.just("sell"), st.integers(1, 5), location),
    st.tuples(st.just("waste"), st.integers(1, 3), location),
    st.tuples(st.just("count"), st.integers(0, 30), location),
    st.tuples(st.just("transfer"), st.integers(1, 10), location, location),
)


def _apply(session, pid, op, model: dict[str, int]) -> None:
    kind, quantity, where, *rest = op
    if kind == "make":
        stock_ops.make_product(session, pid, quantity, location=where)
        model[where] += quantity
    elif kind == "sell":
        ledger.record(
            session,
            ledger.MovementInput(
                quantity=-quantity, reason=MovementReason.SALE, product_id=pid, location=where
            ),
        )
        model[where] -= quantity
    elif kind == "waste":
        stock_ops.record_waste(session, quantity, product_id=pid, location=where)
        model[where] -= quantity
    elif kind == "count":
        stock_ops.count_product(session, pid, quantity, location=where)
        model[where] = quantity
    else:
        target = rest[0]
        try:
            stock_ops.transfer_product(session, pid, quantity, where, target)
        except ValidationFailed:
            assert target == where or quantity > model[where]
        else:
            model[where] -= quantity
            model[target] += quantity


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(operation, min_size=1, max_size=10))
def test_on_hand_always_equals_the_sum_of_the_ledger(database, ops) -> None:
    with database.session() as session:
        # A new product per example: examples share the database but not their item.
        pid = inventory.create_product(
            session, inventory.ProductInput(f"P-{id(ops)}-{len(ops)}-{ops[0][0]}", "Thing")
        )
        model = dict.fromkeys(LOCATIONS, 0)
        for op in ops:
            _apply(session, pid, op, model)
        lines = ledger_view.item_ledger(session, product_id=pid)
        on_hand = next(p.on_hand for p in inventory.list_products(session) if p.id == pid)
        assert on_hand == sum(line.quantity for line in lines) == sum(model.values())
        assert on_hand == (lines[-1].balance if lines else 0)
        by_location = stock_ops.stock_by_location(session, product_id=pid)
        assert by_location == {k: v for k, v in model.items() if v}
        session.rollback()
