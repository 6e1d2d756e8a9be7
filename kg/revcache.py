"""One value per store, rebuilt when the store's revision moves.

The search index, the question router's name index and the staffing book are all derived
from a store and go stale when it changes. ``RevisionCache`` holds one of them per store,
keyed weakly by the store itself (an ``id()`` could be reused by a later store, and a closed
store's value should go with it) and tagged with the revision it was built at.

>>> names = RevisionCache(lambda store: sorted(u.name for u in store.units()))  # doctest: +SKIP
>>> names.get(store)                                                            # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class RevisionCache(Generic[T]):
    """``get(store)`` returns ``build(store)``, built once per store revision. Building
    happens under the cache's lock, so two requests never build the same value twice."""

    def __init__(self, build: Callable[[Any], T]):
        self._build = build
        self._lock = threading.Lock()
        self._values: weakref.WeakKeyDictionary[Any, tuple[int, T]] = weakref.WeakKeyDictionary()

    def get(self, store: Any) -> T:
        revision = store.revision
        try:
            current = self._values.get(store)
        except TypeError:
            current = None
        if current is not None and current[0] == revision:
            return current[1]
        with self._lock:
            current = self._values.get(store)
            if current is not None and current[0] == store.revision:
                return current[1]
            revision = store.revision
            value = self._build(store)
            with contextlib.suppress(TypeError):  # a store that cannot be weakly referenced: built each time
                self._values[store] = (revision, value)
            return value

    def peek(self, store: Any) -> T | None:
        """The value built for the store's current revision, or None (never builds)."""
        try:
            current = self._values.get(store)
        except TypeError:
            return None
        return current[1] if current is not None and current[0] == store.revision else None

    def clear(self) -> None:
        with self._lock:
            self._values = weakref.WeakKeyDictionary()
