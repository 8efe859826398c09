"""Stall mode: one window for the helper at the stall, full screen, hard to mis-tap.

Tap a product, check quantity, price and cash/card, tap the big green button. A scanned code
(a keyboard-wedge scanner types the SKU and Enter) records a sale at once. Counts, running
totals and undo of the last entry are on the right. Every entry goes through the one path of
:class:`~printshop_desktop.services.stall_link.StallLink`, in order, off the GUI thread; when
the database cannot be reached the link carries on offline and this window says so, and tries
to send the waiting entries every :data:`SYNC_INTERVAL_MS`.
"""

from __future__ import annotations

import socket
import uuid
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QWidget

from ... import paths
from ...db.database import Database
from ...db.enums import PaymentMethod
from ...services.errors import ServiceError
from ...services.money_text import format_cents, parse_cents
from ...services.stall import Oversell, Sale
from ...services.stall_link import StallLink, StallView
from ..forms.ui_stall_window import Ui_StallWindow
from ..money import format_money
from ..runner import Lane, Runner, Task
from .style import STYLE, message_style, status_style
from .tiles import ProductTile, tile_png

SYNC_INTERVAL_MS = 15_000
OFFLINE_NOTE = (
    "The server cannot be reached. Keep selling: entries are kept on this laptop "
    "and sent by themselves when the connection is back."
)
COLUMNS = 4
Step = Callable[[StallLink], StallView]


def outbox_path() -> Path:
    """The stall's local snapshot and outbox."""
    return paths.data_dir() / "offline" / "stall.sqlite3"


class StallWindow(QWidget):
    """Sell and count one live event; :attr:`closed` fires when the helper leaves."""

    closed = Signal()

    def __init__(
        self,
        runner: Runner,
        database: Database,
        event_id: uuid.UUID,
        event_name: str,
        *,
        outbox: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_StallWindow()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE)
        self.runner = runner
        self.link = StallLink(
            database, event_id, outbox or outbox_path(), device=socket.gethostname()
        )
        self.view: StallView | None = None
        self.tiles: dict[uuid.UUID, ProductTile] = {}
        self.selected: uuid.UUID | None = None
        self._queue: deque[tuple[Step, Sale | None]] = deque()
        self._busy = False
        self._current_sale: Sale | None = None
        self._pending_sale: Sale | None = None
        self._tasks: list[Task] = []
        self._thumbnails_sent = False
        self._grid = QGridLayout(self.ui.productGrid)
        self._grid.setSpacing(12)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_INTERVAL_MS)
        self.sync_timer.timeout.connect(self.try_sync)
        self.ui.eventLabel.setText(event_name)
        self.setWindowTitle(f"Stall mode — {event_name}")
        self._connect()
        self._select(None)

    # -- setup -------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.exitButton.clicked.connect(self.close)
        ui.minusButton.clicked.connect(lambda: ui.quantitySpin.stepBy(-1))
        ui.plusButton.clicked.connect(lambda: ui.quantitySpin.stepBy(1))
        ui.quantitySpin.valueChanged.connect(self._update_sell_text)
        ui.priceEdit.textChanged.connect(self._update_sell_text)
        ui.cashButton.toggled.connect(self._update_sell_text)
        ui.sellButton.clicked.connect(self.sell_selected)
        ui.scanEdit.returnPressed.connect(self._scanned)
        ui.countEdit.returnPressed.connect(self.count_selected)
        ui.countButton.clicked.connect(self.count_selected)
        ui.undoButton.clicked.connect(self.undo)
        ui.confirmButton.clicked.connect(self._confirm_oversell)
        ui.dontButton.clicked.connect(self._drop_oversell)
        QShortcut(QKeySequence("Ctrl+Z"), self, self.undo)

    def start(self, *, full_screen: bool = True) -> None:
        """Show the window and open the stall (a fresh snapshot when online)."""
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.ui.scanEdit.setFocus()
        self._say("Opening the stall…", "info")
        self._submit(lambda link: link.open())

    # -- the entry queue ---------------------------------------------------------------

    def _submit(self, step: Step, sale: Sale | None = None, *, first: bool = False) -> None:
        """Queue one entry; entries run one at a time, in the order they were made."""
        if first:
            self._queue.appendleft((step, sale))
        else:
            self._queue.append((step, sale))
        self._next()

    def _next(self) -> None:
        """Run the next entry, unless one runs or an oversell waits for an answer."""
        if self._busy or not self._queue or self._pending_sale is not None:
            return
        step, self._current_sale = self._queue.popleft()
        self._busy = True
        link = self.link
        task = self.runner.run(lambda: step(link), self._done, self._failed, lane=Lane.DATABASE)
        self._tasks = [t for t in self._tasks if not t.finished] + [task]

    def _done(self, view: StallView) -> None:
        self._busy = False
        self._show_view(view)
        self._next()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        if isinstance(error, Oversell) and self._current_sale is not None:
            self._pending_sale = self._current_sale
            self.ui.confirmLabel.setText(str(error))
            self.ui.confirmBox.show()
            self._say(None)
            return
        known = isinstance(error, ServiceError | OSError)
        self._say(str(error) if known else f"Something went wrong: {error}", "error")
        self._next()

    # -- what the helper does ----------------------------------------------------------

    def select(self, product_id: uuid.UUID) -> None:
        """Choose a product (as tapping its button does)."""
        tile = self.tiles.get(product_id)
        if tile is not None:
            tile.setChecked(True)
        self._select(product_id)

    def sell_selected(self) -> None:
        """Record a sale of the chosen product with the quantity, price and payment shown."""
        if self.selected is None:
            return
        try:
            price = parse_cents(self.ui.priceEdit.text(), "price")
        except ServiceError as error:
            self._say(str(error), "error")
            return
        self._sell(Sale(self.selected, self.ui.quantitySpin.value(), price, self._payment()))
        self.ui.quantitySpin.setValue(1)

    def _payment(self) -> PaymentMethod:
        return PaymentMethod.CASH if self.ui.cashButton.isChecked() else PaymentMethod.CARD

    def _sell(self, sale: Sale) -> None:
        self._submit(lambda link: link.sell(sale), sale)

    def _confirm_oversell(self) -> None:
        """The helper says the oversell is right: record it, with the count adjustment."""
        sale = self._pending_sale
        self.ui.confirmBox.hide()
        self._pending_sale = None
        if sale is not None:
            self._submit(lambda link: link.sell(sale, confirm_oversell=True), first=True)

    def _drop_oversell(self) -> None:
        self.ui.confirmBox.hide()
        self._pending_sale = None
        self._say("Not recorded.", "info")
        self._next()

    def confirm_text(self) -> str:
        """The oversell question on show, or '' (tests)."""
        box = self.ui.confirmBox
        return self.ui.confirmLabel.text() if box.isVisibleTo(self) else ""

    def scan(self, code: str) -> bool:
        """A scanned SKU: choose that product and sell one at its price (False: unknown)."""
        code = code.strip().casefold()
        if not code or self.view is None:
            return False
        found = next((p for p in self.view.products if p.sku.casefold() == code), None)
        if found is None:
            self._say(f"No product on this stall has the code “{code.upper()}”.", "error")
            return False
        self.select(found.product_id)
        self._sell(Sale(found.product_id, 1, found.price_cents, self._payment()))
        return True

    def _scanned(self) -> None:
        self.scan(self.ui.scanEdit.text())
        self.ui.scanEdit.clear()

    def count_selected(self) -> None:
        """Save a count of the chosen product; the difference becomes an adjustment."""
        if self.selected is None:
            self._say("Tap the product you counted first.", "error")
            return
        text = self.ui.countEdit.text().strip()
        try:
            counted = int(text)
        except ValueError:
            self._say(f"“{text}” is not a number of items.", "error")
            return
        product_id = self.selected
        self.ui.countEdit.clear()
        self._submit(lambda link: link.count(product_id, counted))

    def undo(self) -> None:
        """Undo the last entry made on this laptop."""
        self._submit(lambda link: link.undo())

    def try_sync(self) -> None:
        """Offline: try to reach the server and send the waiting entries (in the background)."""
        link = self.link
        task = self.runner.run(link.sync, self._synced, self._sync_failed, lane=Lane.BACKGROUND)
        self._tasks = [t for t in self._tasks if not t.finished] + [task]

    def _synced(self, view: StallView) -> None:
        if not self._busy:
            self._show_view(view)

    def _sync_failed(self, error: Exception) -> None:
        self._say(f"Could not send the waiting entries: {error}", "error")

    # -- showing -----------------------------------------------------------------------

    def _show_view(self, view: StallView) -> None:
        self.view = view
        self._show_status(view)
        self._show_products(view)
        totals = view.totals
        cash = format_money(totals.paid(PaymentMethod.CASH))
        card = format_money(totals.paid(PaymentMethod.CARD))
        self.ui.totalsLabel.setText(
            f"<b>{totals.units} sold · {format_money(totals.cents)}</b>"
            f"<br><span style='color:#5f6368'>cash {cash} · card {card}</span>"
        )
        if view.last_entry:
            self.ui.lastLabel.setText(f"Last entry: {view.last_entry}")
        if view.note:
            self._say(view.note, "success" if view.online else "info")
        elif not view.online:
            self._say(OFFLINE_NOTE, "info")
        elif view.last_entry:
            self._say(None)
        self.ui.undoButton.setEnabled(bool(view.last_entry) or bool(self.ui.lastLabel.text()))
        self._select(self.selected)
        if view.online and not self._thumbnails_sent:
            self._send_thumbnails(view)

    def _show_status(self, view: StallView) -> None:
        label = self.ui.statusLabel
        if view.online:
            label.setText("● Online")
        else:
            waiting = "1 entry" if view.pending == 1 else f"{view.pending} entries"
            label.setText(f"● Offline — {waiting} waiting")
        label.setStyleSheet(status_style(view.online))
        if not view.online or view.pending:
            if not self.sync_timer.isActive():
                self.sync_timer.start()
        else:
            self.sync_timer.stop()

    def _show_products(self, view: StallView) -> None:
        wanted = [p.product_id for p in view.products]
        if wanted != list(self.tiles):
            for tile in self.tiles.values():
                self._grid.removeWidget(tile)
                tile.deleteLater()
            self.tiles = {}
            for number, product in enumerate(view.products):
                tile = ProductTile(product, self.ui.productGrid)
                tile.clicked.connect(lambda _c=False, pid=product.product_id: self._select(pid))
                self._grid.addWidget(tile, number // COLUMNS, number % COLUMNS)
                tile.show()  # shown now, so the layout counts it before the next paint
                self.tiles[product.product_id] = tile
            self._grid.activate()  # size the grid now, so the scroll area knows its height
        for product in view.products:
            self.tiles[product.product_id].show_product(product)

    def _send_thumbnails(self, view: StallView) -> None:
        self._thumbnails_sent = True
        pictures = {
            p.product_id: tile_png(p.name, view.colours.get(p.product_id, "#9aa0a6"))
            for p in view.products
            if not p.thumbnail
        }
        if pictures:
            self._submit(lambda link: link.set_thumbnails(pictures))

    def _select(self, product_id: uuid.UUID | None) -> None:
        changed = product_id != self.selected
        self.selected = product_id
        product = None
        if self.view is not None and product_id is not None:
            product = next((p for p in self.view.products if p.product_id == product_id), None)
        ui = self.ui
        if product is None:
            ui.selectedLabel.setText("Tap a product")
            ui.stockLabel.setText("…or scan its code.")
        else:
            ui.selectedLabel.setText(product.name)
            ui.stockLabel.setText(f"{product.sku} · {max(product.at_stall, 0)} at the stall")
            if changed:
                ui.priceEdit.setText(format_cents(product.price_cents))
                ui.quantitySpin.setValue(1)
        for widget in (ui.sellButton, ui.countButton, ui.countEdit, ui.priceEdit):
            widget.setEnabled(product is not None)
        self._update_sell_text()

    def _update_sell_text(self, *_: object) -> None:
        ui = self.ui
        if self.selected is None:
            ui.sellButton.setText("Sell")
            return
        try:
            price = parse_cents(ui.priceEdit.text(), "price")
        except ServiceError:
            ui.sellButton.setText("Sell (check the price)")
            return
        n = ui.quantitySpin.value()
        paid = "cash" if ui.cashButton.isChecked() else "card"
        ui.sellButton.setText(f"Sell {n} for {format_money(n * price)} — {paid}")

    def _say(self, text: str | None, kind: str = "info") -> None:
        label = self.ui.messageLabel
        label.setVisible(bool(text))
        label.setText(text or "")
        label.setStyleSheet(message_style(kind))

    def message(self) -> str:
        """The message line (tests)."""
        return self.ui.messageLabel.text() if self.ui.messageLabel.isVisibleTo(self) else ""

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the timer and drop callbacks; what was recorded stays recorded."""
        self.sync_timer.stop()
        for task in self._tasks:
            task.cancel()
        self.closed.emit()
        super().closeEvent(event)
