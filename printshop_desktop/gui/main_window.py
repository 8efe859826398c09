"""The main window: four tabs, menus, status bar and the inline banner."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from .. import __version__
from ..config import ProfileError
from ..connection import Target, resolve
from ..db.engine import describe_url
from ..keychain import Keychain
from .connection_banner import ADVICE, PASSWORD_PROBLEMS
from .connector import Connector, LinkState, LinkStatus, OpenedShop, Problem, ProblemKind
from .context import ShopContext
from .demo_offer import DemoOffer
from .dialogs.connection_dialog import ConnectionDialog
from .dialogs.password_dialog import PasswordDialog
from .files.feature import FilesFeature
from .forms.ui_main_window import Ui_MainWindow
from .runner import Runner
from .status_bar import ShopStatusBar
from .tabs.base_tab import BaseTab
from .tabs.catalog.tab import CatalogTab
from .tabs.events.tab import EventsTab
from .tabs.inventory.file_menus import InventoryMenus
from .tabs.inventory.tab import InventoryTab
from .tabs.queue.tab import QueueTab
from .widgets.banner import BannerAction, BannerKind
from .window_state import WindowState

CONNECTION_TOPIC = "connection"
SETTINGS_TEXT = "Connection settings…"


class MainWindow(QMainWindow):
    """Shows the window at once; the database arrives later from the :class:`Connector`.

    Call :meth:`start` to open the active profile's database in the background.
    """

    def __init__(
        self,
        runner: Runner,
        keychain: Keychain | None = None,
        *,
        settings: QSettings | None = None,
        defer_hidden_tabs: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.runner = runner
        self.keychain = keychain or Keychain()
        self.context = ShopContext(runner, self)
        self.context.defer_hidden_tabs = defer_hidden_tabs
        self.connector = Connector(runner, self.keychain, self)
        self.status = ShopStatusBar(self.ui.statusBar)
        self.window_state = WindowState(settings)
        self.banner = self.ui.banner
        self.catalog = CatalogTab(self.context, self.ui.tabs)
        self.inventory = InventoryTab(self.context, self.ui.tabs)
        self.queue = QueueTab(self.context, self.ui.tabs)
        self.events = EventsTab(self.context, self.ui.tabs)
        self.events.stall_waiting.connect(self.status.show_stall_outbox)
        self.tabs: list[BaseTab] = [self.catalog, self.inventory, self.queue, self.events]
        self.demo = DemoOffer(self.context, self.banner, self.ui.actionLoadDemoData, self)
        self.demo.loaded.connect(self.refresh)
        self.dialog: QWidget | None = None
        self._add_tabs()
        self.files = FilesFeature(self)
        self.catalog.use_file_store(self.files.file_store)
        self.inventory_menus = InventoryMenus(self)
        self._connect_actions()
        self._connect_connector()
        self.window_state.restore(self, self.ui.tabs)
        self._on_status(self.connector.status)

    # -- public ------------------------------------------------------------------------

    def start(self) -> None:
        """Connect to the active profile (the window stays usable meanwhile)."""
        self.connector.connect_active()

    def use_shop(self, shop: OpenedShop) -> None:
        """Show a database that is already open (tests, tools)."""
        self.connector.adopt(shop)

    def current_tab(self) -> BaseTab:
        """The tab on show."""
        return self.tabs[self.ui.tabs.currentIndex()]

    def refresh(self) -> None:
        """Load every tab again (F5)."""
        for tab in self.tabs:
            tab.reload()

    def reconnect(self) -> None:
        """Close the database in use and open the active profile again."""
        self.banner.clear(CONNECTION_TOPIC)
        self.demo.forget()
        self.context.set_database(None)
        self.connector.connect_active()

    def open_connection_settings(self) -> ConnectionDialog:
        """Show the connection settings (window-modal, not blocking)."""
        dialog = ConnectionDialog(self.runner, self.keychain, parent=self)
        dialog.connect_requested.connect(self.reconnect)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def about_text(self) -> str:
        """Version and database in use."""
        status = self.connector.status
        database = status.description or "none"
        return (
            f"<b>PrintShop Desktop {__version__}</b><br>"
            "Catalog, inventory, print queue and market events for a small 3D-printing shop."
            f"<br><br>Database: {database}<br>State: {status.state.label}"
        )

    def show_about(self) -> QMessageBox:
        """The About box (not blocking)."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "About PrintShop Desktop",
            self.about_text(),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.finished.connect(box.deleteLater)
        self.dialog = box
        box.open()
        return box

    # -- setup -------------------------------------------------------------------------

    def _add_tabs(self) -> None:
        for tab in self.tabs:
            self.ui.tabs.addTab(tab, tab.title)
            tab.count_changed.connect(self._update_count)
            tab.load_failed.connect(self.connector.report_error)
            tab.loaded.connect(self.connector.report_ok)
        self.ui.tabs.currentChanged.connect(self._update_count)

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionConnectionSettings.triggered.connect(self.open_connection_settings)
        ui.actionLoadDemoData.triggered.connect(self.demo.load)
        ui.actionFind.triggered.connect(lambda: self.current_tab().focus_filter())
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionAbout.triggered.connect(self.show_about)
        views = (
            ui.actionShowCatalog,
            ui.actionShowInventory,
            ui.actionShowQueue,
            ui.actionShowEvents,
        )
        for number, action in enumerate(views):
            action.triggered.connect(lambda _=False, n=number: ui.tabs.setCurrentIndex(n))

    def _connect_connector(self) -> None:
        self.connector.status_changed.connect(self._on_status)
        self.connector.password_needed.connect(self._ask_password)
        self.connector.opened.connect(self._on_opened)

    # -- connection --------------------------------------------------------------------

    def _on_status(self, status: LinkStatus) -> None:
        self.status.show_status(status)
        self.ui.actionRefresh.setEnabled(
            self.context.database is not None or status.state is LinkState.CONNECTED
        )
        connecting = f"Connecting to {status.description}…" if status.description else "Connecting…"
        waiting = {
            LinkState.CONNECTING: connecting,
            LinkState.IDLE: "Not connected yet.",
        }.get(status.state, "Not connected. The message above the tabs says why.")
        for tab in self.tabs:
            tab.set_waiting_text(waiting)
        if status.problem is None:
            self.banner.clear(CONNECTION_TOPIC)
            return
        self._show_problem(status)

    def _show_problem(self, status: LinkStatus) -> None:
        problem = status.problem
        assert problem is not None
        settings = BannerAction(SETTINGS_TEXT, self.open_connection_settings)
        if problem.kind in PASSWORD_PROBLEMS:
            first = BannerAction("Enter password…", self._retry_password)
        else:
            first = BannerAction("Try again", self.reconnect)
        offline = status.state is LinkState.OFFLINE and self.context.database is not None
        kind = BannerKind.WARNING if offline else BannerKind.ERROR
        message = f"{problem.message}\n{ADVICE[problem.kind]}"
        self.banner.show_message(
            CONNECTION_TOPIC, kind, problem.title, message, (first, settings), closable=offline
        )

    def _on_opened(self, shop: OpenedShop) -> None:
        self.context.set_database(shop.database)
        if shop.read_only:
            self.banner.show_message(
                CONNECTION_TOPIC,
                BannerKind.WARNING,
                "The database file is read-only",
                f"{shop.database.description}: you can look around, but changes cannot be "
                "saved. Make the file writable, or choose another in Connection settings.",
                (BannerAction(SETTINGS_TEXT, self.open_connection_settings),),
            )
            return
        self.demo.consider(shop)

    def _ask_password(self, target: Target, reason: str = "") -> None:
        dialog = PasswordDialog(
            describe_url(target.url),
            keyring_available=self.keychain.available(),
            reason=reason,
            parent=self,
        )

        def finished(result: int) -> None:
            if result == PasswordDialog.DialogCode.Accepted:
                self.connector.use_password(target, dialog.password(), remember=dialog.remember())
            else:
                self.connector.password_refused(target)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()

    def _retry_password(self) -> None:
        problem = self.connector.status.problem
        refused = problem is not None and problem.kind is ProblemKind.AUTHENTICATION
        try:
            target = resolve(self.keychain)
        except ProfileError as error:
            self.connector.status_changed.emit(
                LinkStatus(LinkState.FAILED, "", Problem.from_error(error))
            )
            return
        self.banner.clear(CONNECTION_TOPIC)
        reason = "The server refused the last password." if refused else ""
        self._ask_password(Target(target.url.set(password=None), target.profile), reason)

    # -- window ------------------------------------------------------------------------

    def _update_count(self, *_: object) -> None:
        self.status.show_count(self.current_tab().count_text())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window, drop pending work and close the database."""
        self.window_state.save(self, self.ui.tabs)
        self.files.shutdown()
        for tab in self.tabs:
            tab.dispose()
        self.demo.forget()
        self.context.close()
        super().closeEvent(event)
