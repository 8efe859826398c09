"""The licences offered by the model dialog: common SPDX ids, another id, or custom terms."""

from __future__ import annotations

from dataclasses import dataclass

OTHER, CUSTOM, UNCHECKED = "\x00other", "\x00custom", "\x00unchecked"


@dataclass(frozen=True)
class LicenceChoice:
    """One licence in the picker: its SPDX id, a short name, and whether prints may be sold."""

    spdx: str
    name: str
    commercial: bool


COMMON = (
    LicenceChoice("CC0-1.0", "public domain", True),
    LicenceChoice("CC-BY-4.0", "attribution", True),
    LicenceChoice("CC-BY-SA-4.0", "attribution, share alike", True),
    LicenceChoice("CC-BY-ND-4.0", "attribution, no derivatives", True),
    LicenceChoice("CC-BY-NC-4.0", "non-commercial", False),
    LicenceChoice("CC-BY-NC-SA-4.0", "non-commercial, share alike", False),
    LicenceChoice("CC-BY-NC-ND-4.0", "non-commercial, no derivatives", False),
    LicenceChoice("GPL-3.0-or-later", "GNU GPL 3 or later", True),
    LicenceChoice("MIT", "MIT", True),
    LicenceChoice("LicenseRef-own", "our own design", True),
)
BY_ID = {choice.spdx.casefold(): choice for choice in COMMON}


def commercial(spdx: str) -> bool | None:
    """Whether a licence id lets anyone sell prints (None when this list does not know it)."""
    known = BY_ID.get(spdx.strip().casefold())
    if known is not None:
        return known.commercial
    return False if "-NC" in spdx.upper() else None


def hint(spdx: str | None) -> str:
    """A line under the picker about what the licence means for selling."""
    if spdx is None:
        return ""
    allows = commercial(spdx)
    if allows is False:
        return (
            "Non-commercial: selling prints needs the designer's permission (for example a "
            "commercial tier). Record that permission below as proof."
        )
    if allows:
        return "This licence lets you sell prints (check for attribution terms)."
    return "Check the licence terms before selling prints."
