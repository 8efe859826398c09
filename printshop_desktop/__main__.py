"""Entry point: ``printshop`` (or ``python -m printshop_desktop``)."""

from __future__ import annotations

import multiprocessing
import sys

from .cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the thumbnail helper process, in a frozen build
    sys.exit(main())
