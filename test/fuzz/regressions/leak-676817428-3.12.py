# fuzz regression: property=leak kind=mutated seed=676817428 version=3.12
# from: modules/dataclasses_basic (swap-lines)
# problem when found:
#   9 object(s) still alive after shutdown with nothing left to free them; e.g. str "dict_factory" (refcount 1), str "tuple_factory" (refcount 1), str "bases" (refcount 1), str "namespace" (refcount 1), str "module" (refcount 1), dict (refcount 1), dict (refcount 1), dict (refcount 1)
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass
@dataclass
class Item:
    price: float
