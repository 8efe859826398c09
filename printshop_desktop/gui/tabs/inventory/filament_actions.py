"""What can be done on the Filament view: filament lines (new, edit, archive, buy sealed,
open, count sealed, history) and their spools (weigh-in, move, write off, edit, archive,
history, labels), in toolbars and right-click menus."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ....services import inventory_edit
from ....services.inventory import FilamentRow
from ....services.inventory_edit import SpoolRow
from ...dialogs.filament_dialog import FilamentDialog
from ...dialogs.labels_dialog import LabelKind
from ...dialogs.spool_dialogs import (
    MoveSpoolDialog,
    SpoolEditDialog,
    SpoolWasteDialog,
    WeighInDialog,
)
from ...dialogs.stock_filament_ops import BuySealedDialog, CountSealedDialog, OpenSpoolDialog
from ...dialogs.stock_ledger_dialog import ItemKind, LedgerItem
from .selection import selected_rows
from .toolbar import add_context_menu, make_action, make_toolbar

if TYPE_CHECKING:
    from .tab import InventoryTab


def filament_title(row: FilamentRow) -> str:
    """``Prusament PLA Galaxy Black (1.75 mm)``."""
    return f"{row.brand} {row.material} {row.colour_name} ({row.diameter_mm:g} mm)"


class FilamentActions(QObject):
    """The Filament view's actions; enabled by what is selected."""

    def __init__(self, tab: InventoryTab) -> None:
        super().__init__(tab)
        self.tab = tab
        ui = tab.ui
        page = ui.filamentPage

        def act(text: str, slot: Callable[[], object], tip: str, name: str) -> QAction:
            return make_action(page, text, slot, tip, name=name)

        self.new = act(
            "&New filament…", self.new_filament, "Add a filament line you buy", "actionNewFilament"
        )
        self.edit = act(
            "&Edit…",
            self.edit_filament,
            "Change the selected filament's details",
            "actionEditFilament",
        )
        self.archive = act(
            "&Archive",
            self.archive_filament,
            "Hide the selected filament (its history stays)",
            "actionArchiveFilament",
        )
        self.buy = act(
            "&Buy sealed spools…",
            self.buy_sealed,
            "Record sealed spools bought (no spool records needed)",
            "actionBuySealed",
        )
        self.open_spool = act(
            "&Open a spool…",
            self.open_a_spool,
            "Start a spool: it gets a record with its weight and lot",
            "actionOpenSpool",
        )
        self.count = act(
            "&Count sealed…",
            self.count_sealed,
            "Record how many sealed grams are on the shelf",
            "actionCountSealed",
        )
        self.weigh = act(
            "&Weigh-in…",
            self.weigh_in,
            "Put the selected spool on the scale and record what is left",
            "actionWeighIn",
        )
        self.history = act(
            "&History",
            self.filament_history,
            "Every movement of the selected filament",
            "actionFilamentHistory",
        )
        self.move = act(
            "&Move…", self.move_spool, "Take the spool to another place", "actionMoveSpool"
        )
        self.waste = act(
            "W&rite off…", self.spool_waste, "Grams of the spool wasted", "actionSpoolWaste"
        )
        self.edit_spool = act(
            "Edit s&pool…", self.edit_the_spool, "Lot, empty weight and price", "actionEditSpool"
        )
        self.archive_spool = act(
            "Archi&ve spool",
            self.archive_the_spool,
            "Put an empty spool away",
            "actionArchiveSpool",
        )
        self.spool_history = act(
            "Spool &history",
            self.the_spool_history,
            "Every movement of the selected spool",
            "actionSpoolHistory",
        )
        self.labels = act(
            "&Labels…",
            self.spool_labels,
            "Print QR labels for the selected spools",
            "actionSpoolLabels",
        )
        filament_actions = [self.new, self.edit, self.archive, None, self.buy, self.open_spool,
                            self.count, self.weigh, None, self.history]  # fmt: skip
        spool_actions = [self.weigh, self.move, self.waste, None, self.edit_spool,
                         self.archive_spool, None, self.spool_history, self.labels]  # fmt: skip
        ui.filamentLayout.insertWidget(0, make_toolbar(page, filament_actions, "filamentToolbar"))
        ui.spoolHeaderRow.addWidget(make_toolbar(page, spool_actions, "spoolToolbar"))
        add_context_menu(ui.filamentTable.view, filament_actions)
        add_context_menu(ui.spoolTable.view, spool_actions)
        ui.filamentTable.view.doubleClicked.connect(lambda _: self.filament_history())
        ui.spoolTable.view.doubleClicked.connect(lambda _: self.the_spool_history())
        ui.filamentTable.current_changed.connect(lambda _: self.update_enabled())
        ui.spoolTable.current_changed.connect(lambda _: self.update_enabled())
        self.update_enabled()

    # -- state -------------------------------------------------------------------------

    def filament(self) -> FilamentRow | None:
        """The filament under the cursor."""
        row = self.tab.ui.filamentTable.current_row()
        return row if isinstance(row, FilamentRow) else None

    def spool(self) -> SpoolRow | None:
        """The spool under the cursor."""
        row = self.tab.ui.spoolTable.current_row()
        return row if isinstance(row, SpoolRow) else None

    def update_enabled(self) -> None:
        """Filament actions need a filament, spool actions a spool."""
        has_filament, has_spool = self.filament() is not None, self.spool() is not None
        for action in (self.edit, self.archive, self.buy, self.open_spool, self.count,
                       self.history):  # fmt: skip
            action.setEnabled(has_filament)
        for action in (self.weigh, self.move, self.waste, self.edit_spool, self.archive_spool,
                       self.spool_history, self.labels):  # fmt: skip
            action.setEnabled(has_spool)

    # -- filament ----------------------------------------------------------------------

    def new_filament(self) -> FilamentDialog:
        """New filament…."""
        dialog = FilamentDialog(self.tab.context, None, self.tab)
        self.tab.open_dialog(dialog, "Filament added.", select_filament=True)
        return dialog

    def edit_filament(self) -> FilamentDialog | None:
        """Edit…."""
        row = self.filament()
        if row is None:
            return None
        dialog = FilamentDialog(self.tab.context, row.id, self.tab)
        self.tab.open_dialog(dialog, "Filament saved.", select_filament=True)
        return dialog

    def archive_filament(self) -> None:
        """Archive (after a question)."""
        row = self.filament()
        if row is None:
            return
        filament_id = row.id
        self.tab.confirm(
            f"Archive {filament_title(row)}?",
            "It leaves the lists; its spools, stock and history stay in the database.",
            lambda: self.tab.change(
                lambda session: inventory_edit.archive_filament(session, filament_id),
                f"Archived {filament_title(row)}.",
            ),
        )

    def buy_sealed(self) -> BuySealedDialog | None:
        """Buy sealed spools…."""
        row = self.filament()
        if row is None:
            return None
        dialog = BuySealedDialog(self.tab.context, row.id, filament_title(row), self.tab)
        self.tab.open_dialog(dialog, "Sealed spools recorded.")
        return dialog

    def open_a_spool(self) -> OpenSpoolDialog | None:
        """Open a spool…."""
        row = self.filament()
        if row is None:
            return None
        dialog = OpenSpoolDialog(self.tab.context, row.id, filament_title(row), self.tab)
        self.tab.open_dialog(dialog, "Spool opened.", select_spool=True)
        return dialog

    def count_sealed(self) -> CountSealedDialog | None:
        """Count sealed…."""
        row = self.filament()
        if row is None:
            return None
        dialog = CountSealedDialog(self.tab.context, row.id, filament_title(row), self.tab)
        self.tab.open_dialog(dialog, "Count recorded.")
        return dialog

    def filament_history(self) -> None:
        """History of the filament (its spools and sealed stock together)."""
        row = self.filament()
        if row is not None:
            self.tab.open_ledger(LedgerItem(ItemKind.FILAMENT, row.id, filament_title(row)))

    # -- spools ------------------------------------------------------------------------

    def weigh_in(self) -> WeighInDialog | None:
        """Weigh-in… the selected spool."""
        spool = self.spool()
        if spool is None:
            return None
        dialog = WeighInDialog(self.tab.context, spool, self.tab)
        self.tab.open_dialog(dialog, "Weight recorded.")
        return dialog

    def move_spool(self) -> MoveSpoolDialog | None:
        """Move…."""
        spool = self.spool()
        if spool is None:
            return None
        dialog = MoveSpoolDialog(self.tab.context, spool, self.tab)
        self.tab.open_dialog(dialog, "Spool moved.")
        return dialog

    def spool_waste(self) -> SpoolWasteDialog | None:
        """Write off…."""
        spool = self.spool()
        if spool is None:
            return None
        dialog = SpoolWasteDialog(self.tab.context, spool, self.tab)
        self.tab.open_dialog(dialog, "Waste recorded.")
        return dialog

    def edit_the_spool(self) -> SpoolEditDialog | None:
        """Edit spool…."""
        spool = self.spool()
        if spool is None:
            return None
        dialog = SpoolEditDialog(self.tab.context, spool, self.tab)
        self.tab.open_dialog(dialog, "Spool saved.")
        return dialog

    def archive_the_spool(self) -> None:
        """Archive spool (after a question)."""
        spool = self.spool()
        if spool is None:
            return
        spool_id = spool.id
        left = f"{spool.remaining_g:,} g are on it by the ledger. " if spool.remaining_g else ""
        self.tab.confirm(
            "Archive this spool?",
            f"{left}It leaves the list; its history stays.",
            lambda: self.tab.change(
                lambda session: inventory_edit.archive_spool(session, spool_id), "Spool archived."
            ),
        )

    def the_spool_history(self) -> None:
        """History of the selected spool."""
        spool = self.spool()
        if spool is not None:
            lot = f" (lot {spool.lot})" if spool.lot else ""
            title = f"Spool of {spool.filament}{lot}"
            self.tab.open_ledger(LedgerItem(ItemKind.SPOOL, spool.id, title))

    def spool_labels(self) -> None:
        """Labels… for the selected spools."""
        spools = [r for r in selected_rows(self.tab.ui.spoolTable) if isinstance(r, SpoolRow)]
        if spools:
            self.tab.open_labels(LabelKind.SPOOLS, [s.id for s in spools])
