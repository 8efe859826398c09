"""Stall mode's look: big type, big targets, clear colours (a laptop on a market table)."""

from __future__ import annotations

ONLINE = "#137333"
OFFLINE = "#b06000"

STYLE = """
QWidget#StallWindow { background: #f8f9fa; }
QLabel { font-size: 16px; color: #202124; }
QLabel#eventLabel { font-size: 26px; font-weight: bold; }
QLabel#statusLabel { font-size: 16px; font-weight: bold; padding: 6px 14px;
    border-radius: 14px; color: white; }
QLabel#totalsLabel { font-size: 20px; }
QLabel#selectedLabel { font-size: 24px; font-weight: bold; }
QLabel#stockLabel { font-size: 16px; color: #5f6368; }
QLabel#countTitle { font-size: 16px; font-weight: bold; }
QLabel#lastLabel { font-size: 16px; color: #3c4043; }
QLabel#messageLabel { font-size: 16px; padding: 8px; border-radius: 6px; }
QPushButton { font-size: 20px; min-height: 56px; padding: 4px 14px; border-radius: 8px;
    border: 1px solid #c4c7c5; background: white; }
QPushButton:pressed { background: #e8eaed; }
QPushButton:disabled { color: #9aa0a6; background: #f1f3f4; }
QPushButton:checked { background: #1a73e8; color: white; border-color: #1a73e8; }
QPushButton#sellButton { font-size: 26px; font-weight: bold; min-height: 84px;
    background: #137333; color: white; border: none; }
QPushButton#sellButton:disabled { background: #c4c7c5; color: #f1f3f4; }
QPushButton#confirmButton { background: #b06000; color: white; border: none; }
QPushButton#exitButton { font-size: 16px; min-height: 44px; }
QPushButton#minusButton, QPushButton#plusButton { font-size: 30px; min-width: 72px; }
QSpinBox#quantitySpin { font-size: 30px; min-height: 56px; max-width: 110px; }
QLineEdit { font-size: 22px; min-height: 48px; padding: 0 10px; border-radius: 6px;
    border: 1px solid #c4c7c5; background: white; }
QFrame#rightBox { background: white; border: 1px solid #dadce0; border-radius: 10px; }
QFrame#confirmBox { background: #fef7e0; border: 1px solid #fdd663; border-radius: 8px; }
QToolButton#productTile { font-size: 15px; background: white; border: 2px solid #dadce0;
    border-radius: 12px; padding: 6px; }
QToolButton#productTile:checked { border: 4px solid #1a73e8; background: #e8f0fe; }
QToolButton#productTile[empty="true"] { color: #9aa0a6; }
"""

MESSAGE_COLOURS = {
    "info": ("#e8f0fe", "#174ea6"),
    "success": ("#e6f4ea", "#0d652d"),
    "error": ("#fce8e6", "#a50e0e"),
}


def status_style(online: bool) -> str:
    """The pill behind the online/offline word."""
    return f"background: {ONLINE if online else OFFLINE};"


def message_style(kind: str) -> str:
    """Colours of the message line."""
    background, text = MESSAGE_COLOURS[kind]
    return f"background: {background}; color: {text};"
