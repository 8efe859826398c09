"""Every new table model of the Print Queue and Events tabs passes Qt's model tester, alone and
behind the sorting proxy, with rows from the demo shop."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from sqlalchemy.orm import Session

from printshop_desktop.db.database import Database
from printshop_desktop.gui.sort_proxy import SortFilterProxy
from printshop_desktop.gui.table_model import Role, RowTableModel
from printshop_desktop.gui.tabs.events.detail_models import (
    FigureTableModel,
    ParTableModel,
    ProductSalesTableModel,
)
from printshop_desktop.gui.tabs.queue.drag_order import MIME, JobQueueModel
from printshop_desktop.gui.tabs.queue.plan_models import (
    HistoryTableModel,
    MaterialTableModel,
    PrinterTableModel,
    TimelineTableModel,
)
from printshop_desktop.services import (
    event_plan,
    events,
    printers,
    queue,
    queue_plan,
    report_export,
    reports,
)


def _past_report(session: Session) -> Any:
    past = next(e for e in events.list_events(session) if e.status == "closed")
    return reports.event_report(session, past.id)


def _upcoming_par(session: Session) -> list[Any]:
    upcoming = next(e for e in events.list_events(session) if e.status == "planned")
    return event_plan.par_list(session, upcoming.id)


MODELS: list[tuple[type[RowTableModel[Any]], Callable[[Session], list[Any]]]] = [
    (JobQueueModel, queue.list_jobs),
    (PrinterTableModel, printers.list_printer_rows),
    (TimelineTableModel, queue_plan.timeline),
    (MaterialTableModel, queue_plan.material_groups),
    (HistoryTableModel, queue_plan.history),
    (ParTableModel, _upcoming_par),
    (ProductSalesTableModel, lambda s: list(_past_report(s).products)),
    (FigureTableModel, lambda s: report_export.compare([_past_report(s)] * 2)),
]


@pytest.fixture
def demo_rows(demo_sqlite_db: Database) -> dict[type, list[Any]]:
    with demo_sqlite_db.session() as session:
        return {cls: list(query(session)) for cls, query in MODELS}


@pytest.mark.parametrize("cls", [cls for cls, _ in MODELS], ids=lambda c: c.__name__)
def test_model_passes_qt_model_tester(
    cls: type[RowTableModel[Any]], demo_rows: dict[type, list[Any]], qtmodeltester: ModelTester
) -> None:
    model = cls()
    qtmodeltester.check(model)
    model.set_rows(demo_rows[cls])
    assert model.rowCount() == len(demo_rows[cls]) > 0
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        assert isinstance(model.headerData(column, Qt.Orientation.Horizontal), str)
        assert isinstance(model.index(0, column).data(), str)
    assert model.index(0, 0).data(Role.OBJECT) is demo_rows[cls][0]


@pytest.mark.parametrize("cls", [cls for cls, _ in MODELS], ids=lambda c: c.__name__)
def test_proxy_over_model_passes_tester_and_sorts_every_column(
    cls: type[RowTableModel[Any]], demo_rows: dict[type, list[Any]], qtmodeltester: ModelTester
) -> None:
    model = cls()
    proxy = SortFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(demo_rows[cls])
    qtmodeltester.check(proxy)
    for column in range(model.columnCount()):
        proxy.sort(column, Qt.SortOrder.DescendingOrder)
        assert proxy.rowCount() == model.rowCount()


def test_par_model_edits_only_the_planned_count(demo_rows: dict[type, list[Any]]) -> None:
    model = ParTableModel()
    model.set_rows(demo_rows[ParTableModel])
    edited: list[tuple[Any, int]] = []
    model.planned_edited.connect(lambda pid, n: edited.append((pid, n)))
    planned = model.index(0, ParTableModel.PLANNED)
    assert model.flags(planned) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, ParTableModel.NAME)) & Qt.ItemFlag.ItemIsEditable
    assert model.data(planned, Qt.ItemDataRole.EditRole) == model.row_at(0).planned
    assert not model.setData(planned, "lots")
    assert model.setData(planned, 99)
    assert edited == [(model.row_at(0).product_id, 99)]
    model.editable = False
    assert not model.flags(planned) & Qt.ItemFlag.ItemIsEditable


def test_queue_model_drags_only_open_jobs(demo_rows: dict[type, list[Any]]) -> None:
    model = JobQueueModel()
    model.set_rows(demo_rows[JobQueueModel])
    rows = model.rows()
    open_count = sum(r.is_open for r in rows)
    data = model.mimeData([model.index(0, 0)])
    assert data.hasFormat(MIME)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, open_count, 0, QModelIndex())
    assert not model.canDropMimeData(
        data, Qt.DropAction.MoveAction, open_count + 1, 0, QModelIndex()
    )
    assert not model.canDropMimeData(data, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    assert model.order_after_drop([rows[0].id], 0) is None  # dropped where it was
    moved = model.order_after_drop([rows[0].id], open_count)
    assert moved is not None and moved[-1] == rows[0].id
    done = next(r for r in rows if not r.is_open)
    assert model.order_after_drop([done.id], 0) is None
