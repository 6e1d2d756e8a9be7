"""Where the project finds things outside its own tree.

One setting for the shared folder of real documents (``../shared`` beside the clone, with
``corpus/`` and ``seeds/``): ``KG_SHARED`` overrides it. Nothing in the repository names an
absolute machine path (tests/test_paths.py greps for it).
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """The shared folder: ``$KG_SHARED`` if set, else ``<repo>/../shared``."""
    value = os.environ.get("KG_SHARED", "").strip()
    return Path(value).expanduser().resolve() if value else (REPO.parent / "shared").resolve()
