"""What the Events tab's buttons do: dialogs in, service calls off the GUI thread, news out."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ....db.enums import EventStatus
from ....services import (
    event_edit,
    event_plan,
    events,
    settings_store,
    stall,
    terminal_csv,
    terminal_match,
)
from ....services.event_plan import ProductionPlan
from ....services.stall import ReconcileLine
from ...dialogs.event_close_dialog import CloseCounts, EventCloseDialog
from ...dialogs.event_dialog import EventDialog
from ...dialogs.event_pack_dialog import EventPackDialog, PackCounts
from ...dialogs.event_plan_dialog import EventPlanDialog
from ...dialogs.event_products_dialog import EventProductsDialog, ProductPick
from ...dialogs.event_terminal_dialog import EventTerminalDialog
from ...dialogs.job_submit import submit_with
from ...widgets.banner import BannerKind
from ..tab_actions import TabActions

STATUS_NEWS = {
    EventStatus.PLANNED: "Back to planning",
    EventStatus.PACKING: "Packing",
    EventStatus.LIVE: "Live: selling at the stall",
}


class EventActions(TabActions):
    """Runs the Events tab's actions; :attr:`dialog` is the dialog on show (tests)."""

    def _show(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _saved(self, title: str, message: str = "") -> Callable[[Any], None]:
        def done(_: object = None) -> None:
            self.report(BannerKind.SUCCESS, title, message)
            self.changed()

        return done

    # -- events ------------------------------------------------------------------------

    def new_event(self) -> None:
        """Open the event dialog for a new event."""
        dialog = EventDialog(parent=self.window)
        submit_with(self.context, dialog, events.create_event, self._saved("Event planned"))
        self._show(dialog)

    def edit_event(self, event_id: uuid.UUID) -> None:
        """Open the event dialog on an event."""

        def show(detail: event_edit.EventDetail) -> None:
            dialog = EventDialog(detail.data, self.window)
            submit_with(
                self.context,
                dialog,
                lambda s, data: event_edit.update_event(s, event_id, data),
                self._saved("Event saved"),
            )
            self._show(dialog)

        self._run(lambda s: event_edit.get_event(s, event_id), show)

    def set_status(self, event_id: uuid.UUID, status: EventStatus) -> None:
        """Move an event along (planned ⇄ packing ⇄ live)."""
        self._run(lambda s: stall.set_status(s, event_id, status), self._saved(STATUS_NEWS[status]))

    # -- par list ----------------------------------------------------------------------

    def add_products(self, event_id: uuid.UUID) -> None:
        """Pick products for the par list by theme tags or by hand."""

        def load(session: Session) -> tuple[Any, ...]:
            return (
                event_edit.product_options(session, event_id),
                event_edit.get_event(session, event_id).data.theme_tags,
            )

        def show(found: tuple[Any, ...]) -> None:
            dialog = EventProductsDialog(found[0], found[1], self.window)

            def add(session: Session, pick: ProductPick) -> int:
                return event_edit.add_products(
                    session, event_id, list(pick.product_ids), pick.planned
                )

            submit_with(self.context, dialog, add, lambda n: self._saved(f"{n} added")(None))
            self._show(dialog)

        self._run(load, show)

    def set_planned(self, event_id: uuid.UUID, product_id: uuid.UUID, planned: int) -> None:
        """Change a product's planned count."""
        self._run(
            lambda s: event_edit.set_planned(s, event_id, product_id, planned),
            lambda _r: self.changed(),
        )

    def remove_product(self, event_id: uuid.UUID, product_id: uuid.UUID) -> None:
        """Take a product off the par list."""
        self._run(
            lambda s: event_edit.remove_product(s, event_id, product_id),
            self._saved("Removed from the par list"),
        )

    def plan_production(self, event_id: uuid.UUID) -> None:
        """Show the production plan; OK queues its jobs."""

        def show(plan: ProductionPlan) -> None:
            dialog = EventPlanDialog(plan, self.window)

            def queued(ids: list[uuid.UUID]) -> None:
                shop = plan.shopping_note() if plan.shopping else ""
                self.report(
                    BannerKind.SUCCESS,
                    f"{len(ids)} print job{'s' if len(ids) != 1 else ''} queued",
                    shop or "Filament on hand covers them.",
                )
                self.changed()

            submit_with(self.context, dialog, event_plan.apply_plan, queued)
            self._show(dialog)

        self._run(lambda s: event_plan.plan_production(s, event_id), show)

    def pack(self, event_id: uuid.UUID) -> None:
        """Count what goes into the crates; moves the event to packing if it was planned."""

        def show(lines: list[event_plan.ParLine]) -> None:
            dialog = EventPackDialog(lines, self.window)

            def pack(session: Session, counts: PackCounts) -> int:
                detail = event_edit.get_event(session, event_id)
                if detail.status == EventStatus.PLANNED.value:
                    stall.set_status(session, event_id, EventStatus.PACKING)
                for product_id, count in counts.counts:
                    stall.pack(session, event_id, product_id, count)
                return sum(n for _pid, n in counts.counts)

            submit_with(
                self.context, dialog, pack, lambda n: self._saved("Packed", f"{n} units")(None)
            )
            self._show(dialog)

        self._run(lambda s: event_plan.par_list(s, event_id), show)

    def close(self, event_id: uuid.UUID) -> None:
        """Returned and damaged counts → close_event; the differences are reported."""

        def show(lines: list[event_plan.ParLine]) -> None:
            dialog = EventCloseDialog(lines, self.window)
            names = {line.product_id: line.name for line in lines}

            def close(session: Session, counts: CloseCounts) -> list[ReconcileLine]:
                return stall.close_event(
                    session, event_id, counts.returned, counts.damaged, counts.reason
                )

            def closed(result: list[ReconcileLine]) -> None:
                off = [line for line in result if line.difference]
                text = "; ".join(
                    f"{names.get(line.product_id, '?')}: "
                    + (
                        f"{line.difference} missing"
                        if line.difference > 0
                        else f"{-line.difference} more sold than packed"
                    )
                    for line in off
                )
                kind = BannerKind.WARNING if off else BannerKind.SUCCESS
                title = "Event closed" + (f" with {len(off)} difference(s)" if off else "")
                self.report(kind, title, text or "Every product adds up.")
                self.changed()

            submit_with(self.context, dialog, close, closed)
            self._show(dialog)

        self._run(lambda s: event_plan.par_list(s, event_id), show)

    # -- card terminal -----------------------------------------------------------------

    def terminal(self, event_id: uuid.UUID) -> None:
        """Match a card terminal export against the recorded sales."""
        self._run(
            lambda s: event_edit.product_options(s, event_id),
            lambda options: self._open_terminal(event_id, options),
        )

    def _open_terminal(self, event_id: uuid.UUID, options: list[Any]) -> None:
        dialog = EventTerminalDialog(options, self.window)
        state: dict[str, Any] = {"lines": []}

        def failed(error: Exception) -> None:
            dialog.show_error(str(error))

        def read(path: Path) -> None:
            def work(session: Session) -> tuple[list[Any], Any]:
                text = path.read_text(encoding="utf-8-sig", errors="replace")
                currency = settings_store.get(session, settings_store.CURRENCY)
                lines = terminal_csv.parse_terminal_csv(text, currency)
                return lines, terminal_match.match_terminal(session, event_id, lines)

            def done(found: tuple[list[Any], Any]) -> None:
                state["lines"] = found[0]
                dialog.show_match(found[1])

            self.context.query(work, done, failed)

        def rematch(mapping: dict[str, uuid.UUID]) -> None:
            lines = state["lines"]
            self.context.query(
                lambda s: terminal_match.match_terminal(s, event_id, lines, mapping),
                dialog.show_match,
                failed,
            )

        def record(mapping: dict[str, uuid.UUID]) -> None:
            lines = state["lines"]

            def work(session: Session) -> tuple[int, Any]:
                units = terminal_match.record_missing(session, event_id, lines, mapping)
                return units, terminal_match.match_terminal(session, event_id, lines, mapping)

            def done(found: tuple[int, Any]) -> None:
                dialog.show_match(found[1], recorded=found[0])
                self.changed()

            self.context.query(work, done, failed)

        dialog.load_requested.connect(read)
        dialog.mapping_changed.connect(rematch)
        dialog.record_requested.connect(record)
        self._show(dialog)
