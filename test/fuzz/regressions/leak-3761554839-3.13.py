# fuzz regression: property=leak kind=mutated seed=3761554839 version=3.13
# from: modules/dataclasses_advanced (replace-token)
# problem when found:
#   132 object(s) still alive after shutdown with nothing left to free them; e.g. str "dict_factory" (refcount 1), str "tuple_factory" (refcount 1), str "bases" (refcount 1), str "namespace" (refcount 1), str "module" (refcount 1), dict (refcount 1), dict (refcount 1), dict (refcount 1)
from dataclasses import dataclass, field, FrozenInstanceError, InitVar, KW_ONLY
@dataclass(frozen=True, order=True)
class Version:
    major: int
