"""The status bar: which database, its connection state, the rows of the current table, and
how many files wait to upload."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from .connector import LinkState, LinkStatus

STATE_COLOURS = {
    LinkState.IDLE: "#6b6b6b",
    LinkState.CONNECTING: "#b06000",
    LinkState.CONNECTED: "#137333",
    LinkState.OFFLINE: "#b3261e",
    LinkState.FAILED: "#b3261e",
}


class ShopStatusBar:
    """Fills the window's status bar with permanent labels (it owns no widget of its own)."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.count_label = QLabel(bar)
        self.database_label = QLabel(bar)
        self.state_label = QLabel(bar)
        self.outbox_label = QLabel(bar)
        self.stall_label = QLabel(bar)
        labels = (
            self.count_label,
            self.database_label,
            self.state_label,
            self.outbox_label,
            self.stall_label,
        )
        for label in labels:
            label.setContentsMargins(8, 0, 8, 0)
        bar.addWidget(self.count_label, 1)
        bar.addPermanentWidget(self.stall_label)
        bar.addPermanentWidget(self.outbox_label)
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(self.state_label)
        self.outbox_label.hide()
        self.stall_label.hide()
        self.stall_label.setToolTip(
            "Sales and counts made at a stall while the server could not be reached.\n"
            "They are sent by the Events tab (Send now) or when stall mode is back online."
        )

    def show_status(self, status: LinkStatus) -> None:
        """Name the database and its state."""
        self.database_label.setText(status.description or "No database")
        self.database_label.setToolTip(status.description)
        colour = STATE_COLOURS[status.state]
        self.state_label.setText(f"<span style='color:{colour}'>●</span> {status.state.label}")
        self.state_label.setToolTip(status.problem.message if status.problem else "")

    def show_outbox(self, waiting: int) -> None:
        """How many files wait on this computer for the bucket (hidden when none)."""
        noun = "file waits" if waiting == 1 else "files wait"
        self.outbox_label.setText(f"⇡ {waiting} {noun} to upload")
        self.outbox_label.setVisible(waiting > 0)

    def show_stall_outbox(self, waiting: int) -> None:
        """How many offline stall entries wait to be sent (hidden when none)."""
        noun = "stall entry waits" if waiting == 1 else "stall entries wait"
        self.stall_label.setText(f"⇅ {waiting} {noun} to sync")
        self.stall_label.setVisible(waiting > 0)

    def show_store(self, description: str) -> None:
        """Where files are stored (the outbox count's tooltip)."""
        self.outbox_label.setToolTip(
            f"Files go to {description}.\nThey upload by themselves when it can be reached."
        )

    def show_count(self, text: str) -> None:
        """Rows of the current table (``5 of 33 models``)."""
        self.count_label.setText(text)

    def state_text(self) -> str:
        """The state as plain text (tests, About)."""
        return self.state_label.text().split("</span>", 1)[-1].strip()
