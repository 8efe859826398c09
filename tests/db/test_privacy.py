"""A person's data can be exported and erased; the audit log keeps to its retention."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from printshop_desktop.db.audit import AuditEntry
from printshop_desktop.db.base import utcnow
from printshop_desktop.db.enums import MovementReason, Role
from printshop_desktop.db.people import AppUser
from printshop_desktop.services import catalog, inventory, ledger, people, privacy
from printshop_desktop.services.errors import NotFound, ValidationFailed


def _sqlite_only(database) -> None:
    if not database.is_sqlite:
        pytest.skip("PostgreSQL login roles are made by an administrator (see the security tests)")


def test_export_and_erase_a_person(database) -> None:
    _sqlite_only(database)
    with database.session() as session:
        user_id = people.create_user(session, "anna", Role.STAFF, display_name="Anna Example")
        product = inventory.create_product(session, inventory.ProductInput("FOX-1", "Fox"))
        ledger.record(
            session,
            ledger.MovementInput(
                quantity=3,
                reason=MovementReason.PRINT_PRODUCED,
                product_id=product,
                user_id=user_id,
            ),
        )
    database.actor = "anna"
    with database.session() as session:
        catalog.create_model(session, catalog.ModelInput(name="Moon Lamp"))
    database.actor = "app"
    with database.session() as session:
        data = privacy.export_person(session, "Anna")
    assert data["user"]["display_name"] == "Anna Example"
    assert len(data["stock_movements"]) == 1
    assert [a["table"] for a in data["audit_log"]] == ["model"]

    with database.session() as session:
        pseudonym = privacy.erase_person(session, "anna")
    with database.session() as session:
        user = session.get_one(AppUser, user_id)
        assert (user.display_name, user.active) == (pseudonym, False)
        texts = [str((a.actor, a.before, a.after)) for a in session.scalars(select(AuditEntry))]
        assert [t for t in texts if "Anna Example" in t or "'anna'" in t] == []
        assert ledger.product_on_hand(session)[product] == 3  # the ledger still adds up
        with pytest.raises(ValidationFailed):
            privacy.erase_person(session, "anna")
        with pytest.raises(NotFound):
            privacy.export_person(session, "nobody")


def test_prune_keeps_recent_entries(database) -> None:
    _sqlite_only(database)
    with database.session() as session:
        catalog.create_model(session, catalog.ModelInput(name="Old"))
        catalog.create_model(session, catalog.ModelInput(name="New"))
    with database.session() as session:
        first = session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).first()
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.id == first)
            .values(occurred_at=utcnow() - timedelta(days=800))
        )
    with database.session() as session:
        assert privacy.prune_audit(session) == 1
        with pytest.raises(ValidationFailed):
            privacy.prune_audit(session, 0)
