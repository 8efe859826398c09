"""The first-run offer: on an empty shop, load the demo shop (in the database lane)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from ..services.demo import DemoSummary, load_demo_data
from .connector import OpenedShop
from .context import ShopContext
from .runner import Task
from .widgets.banner import Banner, BannerAction, BannerKind

TOPIC = "demo"
OFFER_TITLE = "Your shop is empty — load a demo shop to look around?"
OFFER_TEXT = (
    "The demo adds a small shop to this database: designers and 33 models, filament and "
    "spools, products with stock, printers and jobs, and two market events. "
    "Use a separate profile if you want to keep your real shop apart."
)


class DemoOffer(QObject):
    """Offers demo data on an empty database, loads it, and says how it went.

    ``action`` (File ▸ Load demo data) is enabled only while the shop is empty.
    """

    loaded = Signal()

    def __init__(
        self, context: ShopContext, banner: Banner, action: QAction, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.banner = banner
        self.action = action
        self.empty = False
        self._task: Task | None = None
        action.setEnabled(False)

    def consider(self, shop: OpenedShop) -> None:
        """Offer the demo when ``shop`` has no models."""
        self.empty = shop.empty
        self.action.setEnabled(shop.empty)
        if shop.empty:
            self.banner.show_message(
                TOPIC, BannerKind.INFO, OFFER_TITLE, OFFER_TEXT,
                (BannerAction("Load demo shop", self.load), BannerAction("Not now", self.dismiss)),
            )

    def dismiss(self) -> None:
        """Hide the offer (File ▸ Load demo data stays available)."""
        self.banner.clear(TOPIC)

    def forget(self) -> None:
        """The database is going away: no offer, no pending result."""
        self.empty = False
        self.action.setEnabled(False)
        self.banner.clear(TOPIC)
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def load(self) -> None:
        """Fill the empty database with the demo shop, off the GUI thread."""
        if not self.empty or self.context.database is None:
            return
        self.empty = False
        self.action.setEnabled(False)
        self.banner.show_message(
            TOPIC, BannerKind.INFO, "Loading the demo shop…",
            "This takes a few seconds on a remote server.", closable=False,
        )
        self._task = self.context.query(load_demo_data, self._done, self._failed)

    def _done(self, summary: DemoSummary) -> None:
        self._task = None
        self.banner.show_message(
            TOPIC, BannerKind.SUCCESS, "The demo shop is loaded",
            f"{summary.models} models with {summary.variants} variants, {summary.products} "
            f"products, {summary.jobs} print jobs and {summary.events} market events. "
            "Have a look around every tab.",
        )
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self._task = None
        self.empty = True
        self.action.setEnabled(True)
        self.banner.show_message(
            TOPIC, BannerKind.ERROR, "The demo shop could not be loaded", str(error),
            (BannerAction("Try again", self.load),),
        )
