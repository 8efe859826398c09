"""Safe text access to 3MF XML parts: strict UTF-8, no DTDs or entities, the start part.

3MF requires UTF-8; a part in another encoding, or one that declares a DOCTYPE/ENTITY (the
route to entity-expansion attacks), is refused as a damaged file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .errors import CorruptFile, UnsupportedFormat
from .zipsafe import SafeZip

MAX_XML_PART = 16 * 1024 * 1024
MODEL_REL = "http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"
THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_DECLARED = re.compile(r"<\?xml[^>]*encoding\s*=\s*[\"']([^\"']+)[\"']")
_ATTR = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


def decode_part(data: bytes, label: str) -> str:
    """Decode an XML part as UTF-8, refusing other encodings and DTDs."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorruptFile(f"{label} is not UTF-8 text, as 3MF requires") from exc
    head = text[:1024]
    declared = _DECLARED.search(head)
    if declared and declared.group(1).lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise CorruptFile(f"{label} declares the {declared.group(1)} encoding; 3MF requires UTF-8")
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise CorruptFile(f"{label} contains a document type declaration, which 3MF forbids")
    return text


def parse_xml(data: bytes, label: str) -> ET.Element:
    """Parse a small XML part (config, relationships) after the safety checks."""
    text = decode_part(data, label)
    try:
        return ET.fromstring(text)
    except ET.ParseError as exc:
        raise CorruptFile(f"{label} is not well-formed XML") from exc


def attributes(tag_text: str) -> dict[str, str]:
    """Attributes of one start tag's text, keys without namespace prefix (``p:path``→``path``)."""
    found: dict[str, str] = {}
    for name, double, single in _ATTR.findall(tag_text):
        found[name.rpartition(":")[2]] = double if double or not single else single
    return found


def local(tag: str) -> str:
    """Element name without its ``{namespace}``."""
    return tag.rpartition("}")[2]


def relationships(zipped: SafeZip, rels_name: str) -> list[tuple[str, str]]:
    """(type, target) of each relationship in a ``.rels`` part; empty if the part is absent."""
    if zipped.find(rels_name) is None:
        return []
    root = parse_xml(zipped.read(rels_name, MAX_XML_PART), rels_name)
    return [
        (rel.get("Type", ""), rel.get("Target", "").lstrip("/"))
        for rel in root
        if local(rel.tag) == "Relationship"
    ]


def start_part(zipped: SafeZip) -> str:
    """Name of the 3MF root model part, from the package relationships."""
    name = zipped.path.name
    rels = relationships(zipped, "_rels/.rels")
    if not rels:
        if any(n.lower().startswith("3d/") for n in zipped.names):
            raise CorruptFile(f"{name} is a damaged 3MF file (no package relationships)")
        raise UnsupportedFormat(f"{name} is a zip archive, not a 3MF file")
    for kind, target in rels:
        if kind == MODEL_REL:
            stored = zipped.find(target)
            if stored is None:
                raise CorruptFile(f"{name} points to a 3D model part it does not contain")
            return stored
    raise CorruptFile(f"{name} does not say which part holds its 3D model")
