"""Every ORM class in one import, so that ``Base.metadata`` knows all tables."""

from .audit import AuditEntry
from .base import Base
from .catalog import Design, Designer, Variant, VariantFilament
from .events import EventProduct, MarketEvent
from .files import FileObject, ModelFile, SlicedFile
from .inventory import (
    DEFAULT_LOCATION,
    Filament,
    Product,
    ProductAccessory,
    Spool,
    StockMovement,
)
from .people import AppUser
from .queue import Printer, PrintJob
from .settings import AppSetting

__all__ = [
    "DEFAULT_LOCATION",
    "AppSetting",
    "AppUser",
    "AuditEntry",
    "Base",
    "Design",
    "Designer",
    "EventProduct",
    "Filament",
    "FileObject",
    "MarketEvent",
    "ModelFile",
    "PrintJob",
    "Printer",
    "Product",
    "ProductAccessory",
    "SlicedFile",
    "Spool",
    "StockMovement",
    "Variant",
    "VariantFilament",
]
