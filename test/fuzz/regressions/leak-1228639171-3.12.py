# fuzz regression: property=leak kind=mutated seed=1228639171 version=3.12
# from: modules/typing_names (reindent-line)
# problem when found:
#   81 object(s) still alive after shutdown with nothing left to free them; e.g. tuple (refcount 1), dict (refcount 1), tuple (refcount 1), tuple (refcount 1), dict (refcount 1), dict (refcount 1), tuple (refcount 1), dict (refcount 1)
from typing import Any, Optional, Union, List, Dict, Tuple, Callable, Iterable, Iterator, TypeVar, Generic, NamedTuple, TypedDict, Literal, Final, Protocol, cast, get_type_hints
