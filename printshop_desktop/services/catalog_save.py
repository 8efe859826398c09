"""Saving the Catalog's dialogs: create or update in one call, every refusal named by field.

The dialogs show a refusal under the field at fault, so everything that can be pinned on one
field comes out as :class:`ValidationFailed`: a malformed link, a name already taken, a tool
listed twice. A :class:`~.concurrency.ConcurrentEdit` (someone else saved the row meanwhile)
passes through as it is: the dialog offers to reload.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy.orm import Session

from . import catalog, catalog_edit
from ._common import clean_text
from .catalog import ModelInput, VariantInput
from .concurrency import ConcurrentEdit
from .errors import Conflict, ValidationFailed

URL_SCHEMES = ("http://", "https://")


@dataclass(frozen=True)
class DesignerInput:
    """What the designer dialog submits."""

    name: str
    url: str | None = None
    shop_url: str | None = None
    notes: str | None = None


def check_url(value: str | None, field: str, label: str) -> str | None:
    """A web link as typed (stripped), or None; anything but http(s) is refused."""
    text = clean_text(value, field, limit=500)
    if not text:
        return None
    if not text.startswith(URL_SCHEMES) or " " in text or len(text) <= len("https://"):
        raise ValidationFailed(field, f"{label} must be a web address starting with https://.")
    return text


def _name_clash(error: Conflict) -> ValidationFailed:
    return ValidationFailed("name", str(error))


def save_designer(
    session: Session,
    data: DesignerInput,
    designer_id: uuid.UUID | None = None,
    *,
    expected_version: int | None = None,
) -> uuid.UUID:
    """Create (no ``designer_id``) or update a designer; returns its id."""
    clean_text(data.name, "name", required=True)
    url = check_url(data.url, "url", "The website")
    shop_url = check_url(data.shop_url, "shop_url", "The shop link")
    try:
        if designer_id is None:
            return catalog.create_designer(session, data.name, url, shop_url, notes=data.notes)
        catalog_edit.update_designer(
            session,
            designer_id,
            data.name,
            url,
            shop_url,
            data.notes,
            expected_version=expected_version,
        )
    except ConcurrentEdit:
        raise
    except Conflict as error:
        raise _name_clash(error) from error
    return designer_id


def save_model(
    session: Session,
    data: ModelInput,
    model_id: uuid.UUID | None = None,
    *,
    expected_version: int | None = None,
) -> uuid.UUID:
    """Create (no ``model_id``) or update a model; returns its id."""
    clean_text(data.name, "name", required=True)
    if data.selling_allowed_until is not None and not data.selling_allowed:
        raise ValidationFailed(
            "selling_allowed_until", "An end date only applies when selling is allowed."
        )
    try:
        if model_id is None:
            return catalog.create_model(session, data)
        catalog.update_model(session, model_id, data, expected_version=expected_version)
    except ConcurrentEdit:
        raise
    except Conflict as error:
        raise _name_clash(error) from error
    return model_id


def save_variant(
    session: Session,
    data: VariantInput,
    variant_id: uuid.UUID | None = None,
    *,
    expected_version: int | None = None,
) -> uuid.UUID:
    """Create (no ``variant_id``) or update a variant and its filament needs; returns its id."""
    clean_text(data.name, "name", required=True)
    twice = [tool for tool, n in Counter(t for t, _, _ in data.filament_needs).items() if n > 1]
    if twice:
        raise ValidationFailed(
            "filament_needs", f"Tool T{twice[0]} is listed twice: each tool holds one filament."
        )
    if any(grams <= 0 for _, _, grams in data.filament_needs):
        raise ValidationFailed("filament_needs", "Give each tool's filament in grams above 0.")
    try:
        if variant_id is None:
            return catalog.create_variant(session, data)
        catalog_edit.update_variant(session, variant_id, data, expected_version=expected_version)
    except ConcurrentEdit:
        raise
    except Conflict as error:
        raise _name_clash(error) from error
    return variant_id
