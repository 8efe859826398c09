"""Files in the GUI: drops onto the Catalog, uploads, previews, storage settings, downloads.

Everything slow (hashing, reading metadata, thumbnails, uploads, downloads) runs off the GUI
thread; see ``feature.py`` for how the parts are put into the main window.
"""
