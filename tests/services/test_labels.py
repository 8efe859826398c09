"""QR label PDFs (one page per item) and scanned codes resolving to their item."""

from __future__ import annotations

import io
import re

import pytest

from printshop_desktop.db.enums import ProductKind
from printshop_desktop.services import inventory, labels, scan_codes
from printshop_desktop.services.errors import ValidationFailed


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def _stock(session):
    fid = inventory.create_filament(
        session, inventory.FilamentInput("Prusament", "PLA", "Galaxy Black", "#1A1A1A")
    )
    spools = [
        inventory.open_spool(session, fid, 1000, tare_g=250, lot="L1", from_unopened=False),
        inventory.open_spool(session, fid, 750, from_unopened=False),
    ]
    products = [
        inventory.create_product(session, inventory.ProductInput("FOX-S", "Fox keyring")),
        inventory.create_product(
            session, inventory.ProductInput("CHAIN", "Keyring chain", ProductKind.ACCESSORY)
        ),
        inventory.create_product(session, inventory.ProductInput("OWL-L", "Owl")),
    ]
    return fid, spools, products


@pytest.mark.parametrize("size", [s.key for s in labels.LABEL_SIZES])
def test_label_pdf_has_one_page_per_item(database, size: str) -> None:
    with database.session() as session:
        _, spools, _ = _stock(session)
        spool_labels = labels.spool_labels(session)
        product_labels = labels.product_labels(session)
    assert {label.code for label in spool_labels} == {f"PS:SPOOL:{s}" for s in spools}
    assert [label.code for label in product_labels] == ["CHAIN", "FOX-S", "OWL-L"]
    for items in (spool_labels, product_labels):
        out = io.BytesIO()
        pages = labels.render_pdf(items, out, labels.label_size(size))
        pdf = out.getvalue()
        assert pdf.startswith(b"%PDF")
        assert pages == _pages(pdf) == len(items)


def test_unknown_size_and_empty_selection_are_refused() -> None:
    with pytest.raises(ValidationFailed):
        labels.label_size("a4_sheet")
    with pytest.raises(ValidationFailed):
        labels.render_pdf([], io.BytesIO())


def test_scanned_codes_open_the_item(database) -> None:
    with database.session() as session:
        fid, spools, products = _stock(session)
        hit = scan_codes.lookup_code(session, f"PS:SPOOL:{spools[0]}")
        assert hit is not None and (hit.kind, hit.id) == ("spool", spools[0])
        # A scanner on another keyboard layout: lower case, colons typed as something else.
        loose = scan_codes.lookup_code(session, f"ps;spool;{spools[1]}".upper().lower())
        assert loose is not None and loose.id == spools[1]
        assert scan_codes.lookup_code(session, " fox-s ").id == products[0]
        assert scan_codes.lookup_code(session, scan_codes.filament_code(fid)).kind == "filament"
        assert scan_codes.lookup_code(session, "PS:SPOOL:not-a-uuid") is None
        assert scan_codes.lookup_code(session, "NOPE") is None
