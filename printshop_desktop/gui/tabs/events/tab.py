"""The Events tab: market events, the next one first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ....services import events
from ..table_tab import TableTab
from .table_models import EventTableModel


class EventsTab(TableTab):
    """Events with dates, venue, status, par-list totals and stall fee."""

    title = "&Events"
    model_class = EventTableModel
    query = events.list_events
    sort_column = EventTableModel.DATES
    sort_order = Qt.SortOrder.DescendingOrder
    empty_text = (
        "No market events yet.\n"
        "Plan a market or fair here to know what to print and pack for it."
    )
