"""The version of the thumbnail cache's file names (no heavy imports: the GUI reads it)."""

CACHE_VERSION = "v1"
