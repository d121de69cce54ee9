# fuzz regression: property=leak kind=mutated seed=801468551 version=3.13
# from: realistic/inventory_dataclasses (duplicate-line)
# problem when found:
#   137 object(s) still alive after shutdown with nothing left to free them; e.g. str "dict_factory" (refcount 1), str "tuple_factory" (refcount 1), str "bases" (refcount 1), str "namespace" (refcount 1), str "module" (refcount 1), dict (refcount 1), dict (refcount 1), dict (refcount 1)
from enum import Enum
class Product:
            raise ValueError(f"{self.sku}: negative price")
