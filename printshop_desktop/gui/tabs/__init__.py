"""The main window's tabs: one package per tab, all built on :class:`.base_tab.BaseTab`."""
