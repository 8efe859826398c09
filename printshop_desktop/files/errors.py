"""Named errors raised by the file readers.

Every failure to read a file ends in one of these, with a message written for a shop owner
(what is wrong with the file, not which Python call failed). Callers catch ``FileFormatError``.
"""

from __future__ import annotations


class FileFormatError(Exception):
    """A file could not be read as a print, sliced or model file."""


class UnsupportedFormat(FileFormatError):
    """The file is of a kind the app does not read (or not a 3D-printing file at all)."""


class CorruptFile(FileFormatError):
    """The file looks like a known kind but is damaged, truncated or breaks its format's rules."""


class FileTooLarge(FileFormatError):
    """The file, or a part inside it, is larger than the app is willing to read."""


class NoThumbnail(FileFormatError):
    """The file holds no picture and no model that could be drawn."""
