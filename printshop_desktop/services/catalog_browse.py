"""The Catalog's browsing rows: each model with what its filters, search and grid need.

A :class:`CatalogRow` is a :class:`~.catalog.ModelRow` (so everything that takes a model row
takes it) plus the licence expiry, the statuses and prices of its variants, the names of its
files (the search box looks in them) and a cover file for the thumbnail grid. A fixed handful
of set-based queries, whatever the size of the catalog.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.catalog import Design, Variant
from ..db.files import FileObject, ModelFile
from . import catalog
from .catalog import ModelRow

#: Media types a thumbnail can be drawn from, best first: a 3MF (pictures or a mesh), a bare
#: mesh, then sliced G-code (a picture only when the slicer embedded one).
COVER_RANK = {
    "model/3mf": 0,
    "model/stl": 1,
    "model/obj": 1,
    "application/x-bgcode": 2,
    "text/x.gcode": 2,
}


@dataclass(frozen=True)
class CatalogRow(ModelRow):
    """A model as the Catalog's table, grid and filters show it."""

    selling_until: date | None = None
    statuses: tuple[str, ...] = ()
    price_range: tuple[int, int] | None = None
    file_names: tuple[str, ...] = ()
    cover_sha256: str | None = None

    def selling_expired(self, today: date) -> bool:
        """True when selling was allowed only until a day before ``today``."""
        return self.selling_until is not None and self.selling_until < today


def list_catalog(session: Session, *, include_archived: bool = True) -> list[CatalogRow]:
    """Every model (archived ones too, unless told otherwise) with its browsing facts."""
    models = catalog.list_models(session, include_archived=include_archived)
    until = dict(
        session.execute(
            select(Design.id, Design.selling_allowed_until).where(
                Design.selling_allowed_until.is_not(None)
            )
        ).all()
    )
    statuses = _statuses(session)
    prices = _price_ranges(session)
    names, covers = _files(session)
    return [
        CatalogRow(
            **{name: getattr(m, name) for name in ModelRow.__dataclass_fields__},
            selling_until=until.get(m.id),
            statuses=statuses.get(m.id, ()),
            price_range=prices.get(m.id),
            file_names=names.get(m.id, ()),
            cover_sha256=covers.get(m.id),
        )
        for m in models
    ]


def _statuses(session: Session) -> dict[uuid.UUID, tuple[str, ...]]:
    found: dict[uuid.UUID, set[str]] = defaultdict(set)
    query = select(Variant.model_id, Variant.status).where(Variant.archived.is_(False)).distinct()
    for model_id, status in session.execute(query):
        found[model_id].add(status)
    return {model_id: tuple(sorted(values)) for model_id, values in found.items()}


def _price_ranges(session: Session) -> dict[uuid.UUID, tuple[int, int]]:
    query = (
        select(Variant.model_id, func.min(Variant.price_cents), func.max(Variant.price_cents))
        .where(Variant.archived.is_(False), Variant.price_cents > 0)
        .group_by(Variant.model_id)
    )
    return {model_id: (low, high) for model_id, low, high in session.execute(query)}


def _files(session: Session) -> tuple[dict[uuid.UUID, tuple[str, ...]], dict[uuid.UUID, str]]:
    """File names per model, and the cover: the best-ranked drawable file, newest first."""
    query = (
        select(
            ModelFile.model_id,
            FileObject.original_name,
            FileObject.sha256,
            FileObject.media_type,
        )
        .join(FileObject, FileObject.id == ModelFile.file_object_id)
        .order_by(ModelFile.added_at.desc(), FileObject.original_name)
    )
    names: dict[uuid.UUID, list[str]] = defaultdict(list)
    best: dict[uuid.UUID, tuple[int, str]] = {}
    for model_id, name, sha256, media_type in session.execute(query):
        names[model_id].append(name)
        rank = COVER_RANK.get(media_type)
        if rank is not None and (model_id not in best or rank < best[model_id][0]):
            best[model_id] = (rank, sha256)
    covers = {model_id: sha256 for model_id, (_rank, sha256) in best.items()}
    return {model_id: tuple(found) for model_id, found in names.items()}, covers
