"""Work-arounds for bugs in the Qt bindings, in one place.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit()`` without taking a
reference to it, so every emit from Python steals one reference to ``True``.
After a few thousand emits (a day of marks, or a test run) the count reaches
zero and CPython aborts with "bool_dealloc: deallocating True or False".
PySide6 6.11 does not do this.  ``emit`` below gives the reference back, but
only where the bug is measured at import, so it does nothing on a fixed
version.  The real fix is to require a PySide6 without the bug.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _measure() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()  # the result is dropped: one reference each, if it was never taken
    stolen = before - sys.getrefcount(True)
    for _ in range(max(stolen, 0)):
        _incref(True)  # give back what the measurement itself took
    return stolen > 0


#: True when this PySide6 steals a reference with every emit.
EMIT_STEALS_A_REFERENCE = _measure()


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, safe on PySide6 releases with the reference bug."""
    result = signal.emit(*args)
    if EMIT_STEALS_A_REFERENCE and isinstance(result, bool):
        _incref(result)
