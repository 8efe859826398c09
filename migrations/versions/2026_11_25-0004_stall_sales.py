"""Stall sales: how each sale was paid, and undo as a reversing movement.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("stock_movement") as batch:
        batch.add_column(sa.Column("payment", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("reverses_id", sa.Uuid(), nullable=True))
        batch.create_unique_constraint(op.f("uq_stock_movement_reverses_id"), ["reverses_id"])
        batch.create_foreign_key(
            op.f("fk_stock_movement_reverses_id_stock_movement"),
            "stock_movement",
            ["reverses_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch.create_check_constraint(
            op.f("ck_stock_movement_payment_valid"),
            "payment IS NULL OR payment IN ('cash', 'card', 'other')",
        )


def downgrade() -> None:
    with op.batch_alter_table("stock_movement") as batch:
        batch.drop_constraint(op.f("ck_stock_movement_payment_valid"), type_="check")
        batch.drop_constraint(
            op.f("fk_stock_movement_reverses_id_stock_movement"), type_="foreignkey"
        )
        batch.drop_constraint(op.f("uq_stock_movement_reverses_id"), type_="unique")
        batch.drop_column("reverses_id")
        batch.drop_column("payment")
