"""What the Catalog tab loads in the database lane: its rows, and the selected model's extras."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ....services import catalog_browse, catalog_edit, licence_exposure, variant_costs
from ....services.catalog_browse import CatalogRow
from ....services.licence_exposure import LicenceExposure
from ....services.variant_costs import VariantLine


@dataclass(frozen=True)
class Selection:
    """The selected model's variants (with costs), source link, notes and licence exposure."""

    model_id: uuid.UUID
    lines: list[VariantLine]
    source_url: str | None
    notes: str | None
    exposure: LicenceExposure


def load_rows(session: Session, include_archived: bool) -> list[CatalogRow]:
    """Worker: every model with its browsing facts."""
    return catalog_browse.list_catalog(session, include_archived=include_archived)


def load_selection(session: Session, model_id: uuid.UUID) -> Selection:
    """Worker: everything the panels show for one model, in one unit of work."""
    detail = catalog_edit.get_model(session, model_id)
    return Selection(
        model_id,
        variant_costs.list_variant_lines(session, model_id),
        detail.data.source_url,
        detail.data.notes,
        licence_exposure.licence_exposure(session, model_id),
    )
