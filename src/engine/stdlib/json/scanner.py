"""JSON token scanner: the _json accelerator's scanner (heapscope has no pure-Python fallback)."""
from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

make_scanner = c_make_scanner
