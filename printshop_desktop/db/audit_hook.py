"""The app-written audit log, used where the database has no triggers for it (SQLite).

Before each flush, every inserted, changed or deleted row (but the audit log itself) adds
one :class:`AuditEntry` with the row's values before and after. ``session.info["actor"]``
names who did it.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from .audit import AuditEntry
from .base import Base
from .enums import AuditAction


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _values(obj: Base, *, committed: bool) -> dict[str, Any]:
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if committed:
            value = (history.deleted or history.unchanged or history.added or [None])[0]
        else:
            value = (history.added or history.unchanged or [None])[0]
        values[attr.columns[0].name] = _plain(value)
    return values


def _row_id(obj: Base) -> str:
    state = inspect(obj)
    identity = state.identity or tuple(
        getattr(obj, state.mapper.get_property_by_column(c).key) for c in state.mapper.primary_key
    )
    return ",".join(str(part) for part in identity)


def _apply_defaults(obj: Base) -> None:
    """Fill a new row's Python-side defaults now (the flush would), so its key and values
    are known when its audit entry is written."""
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        default = column.default
        if default is None or getattr(obj, attr.key) is not None:
            continue
        if default.is_callable:
            setattr(obj, attr.key, default.arg(None))
        elif default.is_scalar:
            setattr(obj, attr.key, default.arg)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    actor = str(session.info.get("actor", "app"))
    for obj in session.new:
        if isinstance(obj, Base) and not isinstance(obj, AuditEntry):
            _apply_defaults(obj)
    entries: list[AuditEntry] = []
    for obj, action in (
        *((o, AuditAction.INSERT) for o in session.new),
        *((o, AuditAction.UPDATE) for o in session.dirty if session.is_modified(o)),
        *((o, AuditAction.DELETE) for o in session.deleted),
    ):
        if isinstance(obj, AuditEntry) or not isinstance(obj, Base):
            continue
        before = None if action is AuditAction.INSERT else _values(obj, committed=True)
        after = None if action is AuditAction.DELETE else _values(obj, committed=False)
        entries.append(
            AuditEntry(
                actor=actor,
                table_name=obj.__tablename__,
                row_id=_row_id(obj),
                action=action.value,
                before=before,
                after=after,
            )
        )
    session.add_all(entries)


def install(factory: sessionmaker[Session]) -> None:
    """Write audit entries for every session made by ``factory``."""
    event.listen(factory, "before_flush", _before_flush)
