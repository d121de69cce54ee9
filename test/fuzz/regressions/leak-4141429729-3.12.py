# fuzz regression: property=leak kind=mutated seed=4141429729 version=3.12
# from: core/annotations (delete-line)
# problem when found:
#   2 object(s) still alive after shutdown with nothing left to free them; e.g. tuple (refcount 1), dict {} (refcount 1)
from typing import Optional, Union, List, Dict, Callable
class Config:
    handler: Optional[Callable[[int], str]] = None
