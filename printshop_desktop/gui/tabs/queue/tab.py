"""The Print Queue tab: every job, open ones first in priority order."""

from __future__ import annotations

from ....services import queue
from ..table_tab import TableTab
from .table_models import JobTableModel


class QueueTab(TableTab):
    """Jobs with model, variant, copies, priority, state, printer, event and due time."""

    title = "&Print Queue"
    model_class = JobTableModel
    query = queue.list_jobs
    sort_column = -1  # the queue's own order: open jobs by priority and position
    empty_text = (
        "The print queue is empty.\n"
        "Jobs you queue for your printers appear here, the most urgent first."
    )
