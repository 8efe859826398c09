"""Catalog and inventory a shop can run on: costing inputs, accessories, edit versions, settings.

- ``model_variant`` gets its costing inputs: print time, labour minutes, packaging cents.
- ``product_accessory``: accessories a product uses up per unit made.
- ``product.supplier_url``: where bought-in accessories are reordered.
- ``version_id`` on every table a dialog edits, for optimistic locking (a concurrent edit from
  another PC is refused instead of silently overwritten).
- ``app_setting``: shop-wide settings (currency, tariffs, rates) as JSON values.

SQLite adds columns with plain ``ALTER TABLE ... ADD COLUMN`` (CHECKs inline), never by
re-creating a table: with foreign keys on, dropping a referenced table would cascade.
On PostgreSQL the new tables get the GRANTs and audit triggers of revision 0002.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import printshop_desktop.db.base

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("designer", "model", "model_variant", "filament", "spool", "product")

# (table, column, SQL type, NOT NULL DEFAULT or None, CHECK or None)
NEW_COLUMNS = (
    ("model_variant", "print_time_s", "INTEGER", None, "print_time_s IS NULL OR print_time_s >= 0"),
    ("model_variant", "labour_minutes", "DOUBLE", "0", "labour_minutes >= 0"),
    ("model_variant", "packaging_cents", "INTEGER", "0", "packaging_cents >= 0"),
    ("product", "supplier_url", "VARCHAR(1000)", None, None),
)
CHECK_NAMES = {
    "print_time_s": "time_not_negative",
    "labour_minutes": "labour_not_negative",
    "packaging_cents": "packaging_not_negative",
}
SA_TYPES = {"INTEGER": sa.Integer(), "DOUBLE": sa.Double(), "VARCHAR(1000)": sa.String(1000)}

GROUPS = ("printshop_owner", "printshop_manager", "printshop_staff", "printshop_viewer")
# new table -> (privileges for managers, key columns for the audit row id)
NEW_TABLES = {
    "product_accessory": ("INSERT, UPDATE, DELETE", ("product_id", "accessory_id")),
    "app_setting": ("INSERT, UPDATE", ("key",)),
}


def _add_column_sqlite(
    table: str, column: str, sql_type: str, default: str | None, check: str | None
) -> None:
    clause = f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}"
    if default is not None:
        clause += f" DEFAULT {default} NOT NULL"
    if check is not None:
        clause += f" CONSTRAINT ck_{table}_{CHECK_NAMES[column]} CHECK ({check})"
    op.execute(clause)


def _add_column_pg(
    table: str, column: str, sql_type: str, default: str | None, check: str | None
) -> None:
    op.add_column(
        table,
        sa.Column(
            column,
            SA_TYPES[sql_type],
            server_default=sa.text(default) if default is not None else None,
            nullable=default is None,
        ),
    )
    if check is not None:
        op.create_check_constraint(op.f(f"ck_{table}_{CHECK_NAMES[column]}"), table, check)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column(
            "value",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "updated_at", printshop_desktop.db.base.UTCDateTime(timezone=True), nullable=False
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )
    op.create_table(
        "product_accessory",
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("accessory_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "product_id <> accessory_id", name=op.f("ck_product_accessory_not_itself")
        ),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_product_accessory_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["accessory_id"],
            ["product.id"],
            name=op.f("fk_product_accessory_accessory_id_product"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_product_accessory_product_id_product"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("product_id", "accessory_id", name=op.f("pk_product_accessory")),
    )
    op.create_index(
        op.f("ix_product_accessory_accessory_id"),
        "product_accessory",
        ["accessory_id"],
        unique=False,
    )
    add_column = _add_column_sqlite if dialect == "sqlite" else _add_column_pg
    for spec in NEW_COLUMNS:
        add_column(*spec)
    for table in VERSIONED:
        add_column(table, "version_id", "INTEGER", "1", None)
    if dialect == "postgresql":
        _grant_and_audit()


def _grant_and_audit() -> None:
    everyone = ", ".join(GROUPS)
    for table, (manager_privileges, key) in NEW_TABLES.items():
        op.execute(f"GRANT SELECT ON {table} TO {everyone}")
        op.execute(f"GRANT {manager_privileges} ON {table} TO printshop_manager")
        op.execute(f"GRANT ALL ON {table} TO printshop_owner")
        args = ", ".join(f"'{column}'" for column in key)
        op.execute(
            f"CREATE TRIGGER {table}_audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION printshop_audit({args})"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        for table in NEW_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_audit ON {table}")
    dropped = [(table, "version_id") for table in VERSIONED]
    dropped += [(table, column) for table, column, *_ in reversed(NEW_COLUMNS)]
    for table, column in dropped:
        # SQLite >= 3.35 drops a column in place (no table re-creation, no cascades).
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.drop_index(op.f("ix_product_accessory_accessory_id"), table_name="product_accessory")
    op.drop_table("product_accessory")
    op.drop_table("app_setting")
