"""Optimistic locking: an edit based on a stale copy of a row is refused, never applied.

Every editable table has a ``version_id`` counter (``db.base.VersionMixin``). A dialog keeps
the ``version`` of the row it showed and hands it back as ``expected_version``; the save is
refused with :class:`ConcurrentEdit` when the row changed since, whether the other change was
committed before this session loaded the row or between its load and its UPDATE.
"""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..db.base import VersionMixin
from .errors import Conflict


class ConcurrentEdit(Conflict):
    """Someone else saved this row since it was loaded; reload it and edit again."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"This {what} was changed on another PC since you opened it. "
            "Reload it to see their change, then edit again."
        )
        self.what = what


def check_version(row: VersionMixin, expected_version: int | None, what: str) -> None:
    """Refuse the edit when the dialog's copy (``expected_version``) is not the stored one."""
    if expected_version is not None and row.version_id != expected_version:
        raise ConcurrentEdit(what)


def flush_edit(session: Session, what: str) -> None:
    """Flush an edit; a row changed underneath since it was loaded becomes ConcurrentEdit."""
    try:
        session.flush()
    except StaleDataError as error:
        raise ConcurrentEdit(what) from error
