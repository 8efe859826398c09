"""PostgreSQL: group roles with GRANTs, and the audit log written by triggers.

Each person logs in as their own role, a member of one group role (owner, manager, staff,
viewer); the database, not the GUI, is the guard. The audit log is append-only for every
group but the owner (who may delete old entries under the retention setting). The stock
ledger is append-only for everyone but the owner and carries its own who/when/device, so it
has no audit trigger (it would double a million-row table).

On SQLite this revision does nothing: the app writes the audit log itself.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = ("printshop_owner", "printshop_manager", "printshop_staff", "printshop_viewer")

# table -> its key columns (for the audit row id)
AUDITED = {
    "app_user": ("id",),
    "designer": ("id",),
    "model": ("id",),
    "model_variant": ("id",),
    "variant_filament": ("variant_id", "tool"),
    "file_object": ("id",),
    "model_file": ("id",),
    "sliced_file": ("id",),
    "filament": ("id",),
    "spool": ("id",),
    "product": ("id",),
    "printer": ("id",),
    "print_job": ("id",),
    "market_event": ("id",),
    "event_product": ("event_id", "product_id"),
}

CATALOG = (
    "designer",
    "model",
    "model_variant",
    "variant_filament",
    "product",
    "filament",
    "printer",
    "market_event",
)
STAFF_WRITES = {
    "stock_movement": "INSERT",
    "print_job": "INSERT, UPDATE",
    "spool": "INSERT, UPDATE",
    "event_product": "INSERT, UPDATE",
    "file_object": "INSERT, UPDATE",
    "model_file": "INSERT",
    "sliced_file": "INSERT",
    "printer": "UPDATE",
}

AUDIT_FUNCTION = """
CREATE OR REPLACE FUNCTION printshop_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    source jsonb := coalesce(new_row, old_row);
    key text := '';
    i int;
BEGIN
    FOR i IN 0 .. TG_NARGS - 1 LOOP
        key := key || CASE WHEN i > 0 THEN ',' ELSE '' END || (source ->> TG_ARGV[i]);
    END LOOP;
    IF TG_OP = 'UPDATE' AND old_row = new_row THEN
        RETURN NEW;
    END IF;
    INSERT INTO audit_log (occurred_at, actor, table_name, row_id, action, before, after)
    VALUES (now(), session_user, TG_TABLE_NAME, key, lower(TG_OP), old_row, new_row);
    RETURN coalesce(NEW, OLD);
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for group in GROUPS:
        op.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        )
    everyone = ", ".join(GROUPS)
    op.execute(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    op.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}")
    op.execute("REVOKE SELECT ON audit_log FROM printshop_staff, printshop_viewer")
    for table, privileges in STAFF_WRITES.items():
        op.execute(f"GRANT {privileges} ON {table} TO printshop_staff, printshop_manager")
    for table in CATALOG:
        op.execute(f"GRANT INSERT, UPDATE ON {table} TO printshop_manager")
    op.execute("GRANT DELETE ON variant_filament, event_product, model_file TO printshop_manager")
    op.execute("GRANT INSERT, UPDATE ON app_user TO printshop_manager")
    op.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO printshop_owner")
    op.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO printshop_owner")
    op.execute(AUDIT_FUNCTION)
    op.execute("REVOKE ALL ON FUNCTION printshop_audit() FROM PUBLIC")
    for table, key in AUDITED.items():
        args = ", ".join(f"'{column}'" for column in key)
        op.execute(
            f"CREATE TRIGGER {table}_audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION printshop_audit({args})"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in AUDITED:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_audit ON {table}")
    op.execute("DROP FUNCTION IF EXISTS printshop_audit()")
    everyone = ", ".join(GROUPS)
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}")
    op.execute(f"REVOKE USAGE ON SCHEMA public FROM {everyone}")
