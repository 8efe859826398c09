"""Charts of the Inventory tab, drawn with pyqtgraph (only the GUI package imports it)."""
