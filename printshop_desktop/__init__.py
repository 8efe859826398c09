"""PrintShop Desktop: catalog, stock, print queue and market events for a small 3D-print shop."""

__version__ = "0.1.0"
