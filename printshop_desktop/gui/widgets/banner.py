"""An inline message across the top of the window, with up to two buttons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtWidgets import QFrame, QStyle, QWidget

from ..forms.ui_banner import Ui_Banner


class BannerKind(Enum):
    """How the message looks: its colours and icon."""

    INFO = ("#e8f0fe", "#8ab4f8", QStyle.StandardPixmap.SP_MessageBoxInformation)
    SUCCESS = ("#e6f4ea", "#81c995", QStyle.StandardPixmap.SP_DialogApplyButton)
    WARNING = ("#fef7e0", "#fdd663", QStyle.StandardPixmap.SP_MessageBoxWarning)
    ERROR = ("#fce8e6", "#f28b82", QStyle.StandardPixmap.SP_MessageBoxCritical)


@dataclass(frozen=True)
class BannerAction:
    """A button on the banner."""

    text: str
    callback: Callable[[], object]


class Banner(QFrame):
    """Shows one message at a time; ``topic`` says which part of the app owns it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Banner()
        self.ui.setupUi(self)
        self.topic = ""
        self._callbacks: list[Callable[[], object] | None] = [None, None]
        self.ui.primaryButton.clicked.connect(lambda: self._clicked(0))
        self.ui.secondaryButton.clicked.connect(lambda: self._clicked(1))
        self.ui.closeButton.clicked.connect(self.clear)

    def show_message(
        self,
        topic: str,
        kind: BannerKind,
        title: str,
        message: str = "",
        actions: tuple[BannerAction, ...] = (),
        *,
        closable: bool = True,
    ) -> None:
        """Show ``title`` and ``message`` with buttons for ``actions`` (at most two)."""
        self.topic = topic
        background, border, pixmap = kind.value
        self.setStyleSheet(
            f"QFrame#{self.objectName() or 'Banner'} {{ background: {background};"
            f" border: 1px solid {border}; border-radius: 4px; }}"
        )
        icon = self.style().standardIcon(pixmap)
        self.ui.iconLabel.setPixmap(icon.pixmap(24, 24))
        self.ui.titleLabel.setText(title)
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.setVisible(bool(message))
        buttons = (self.ui.primaryButton, self.ui.secondaryButton)
        for number, button in enumerate(buttons):
            action = actions[number] if number < len(actions) else None
            button.setVisible(action is not None)
            button.setText(action.text if action else "")
            self._callbacks[number] = action.callback if action else None
        self.ui.closeButton.setVisible(closable)
        self.show()

    def clear(self, topic: str | None = None) -> None:
        """Hide the message (only if it belongs to ``topic``, when given)."""
        if topic is not None and topic != self.topic:
            return
        self.topic = ""
        self._callbacks = [None, None]
        self.hide()

    def button_texts(self) -> list[str]:
        """Texts of the visible buttons (for tests and accessibility checks)."""
        buttons = (self.ui.primaryButton, self.ui.secondaryButton)
        return [b.text() for b in buttons if not b.isHidden()]

    def click(self, text: str) -> None:
        """Press the button labelled ``text``."""
        for button in (self.ui.primaryButton, self.ui.secondaryButton):
            if not button.isHidden() and button.text() == text:
                button.click()
                return
        raise LookupError(f"no banner button {text!r}")

    def _clicked(self, number: int) -> None:
        callback = self._callbacks[number]
        if callback is not None:
            callback()
