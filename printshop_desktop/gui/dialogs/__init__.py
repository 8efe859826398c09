"""Dialogs of the main window, each laid out by a Designer form."""
