# fuzz regression: property=leak kind=mutated seed=1812798883 version=3.13
# from: realistic/inventory_dataclasses (swap-lines)
# problem when found:
#   found by the fixed-seed batch (npm test)
# Inventory management with dataclasses, enums, sorting and a formatted report.
from dataclasses import dataclass, field, asdict
from enum import Enum
from typing import Optional


class Category(Enum):
    TOOLS = "tools"
    GARDEN = "garden"
    KITCHEN = "kitchen"


@dataclass(order=True)
class Product:
    sort_key: tuple = field(init=False, repr=False)
    sku: str
    name: str
    category: Category
    price: float
    quantity: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"{self.sku}: negative price")
        self.sort_key = (self.category.value, self.name)

    @property
    def value(self):
        return round(self.price * self.quantity, 2)


class OutOfStock(Exception):
    pass


@dataclass
class Inventory:
    products: dict = field(default_factory=dict)
    log: list = field(default_factory=list)

    def add(self, product):
        if product.sku in self.products:
            raise KeyError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product
        self.log.append(f"add {product.sku}")

    def restock(self, sku, qty):
        self.products[sku].quantity += qty
        self.log.append(f"restock {sku} +{qty}")
    def sell(self, sku, qty):

        p = self.products[sku]
        if p.quantity < qty:
            raise OutOfStock(f"only {p.quantity} x {p.name} left, wanted {qty}")
        p.quantity -= qty
        self.log.append(f"sell {sku} -{qty}")
        return round(p.price * qty, 2)

    def find(self, *, tag: Optional[str] = None, category: Optional[Category] = None):
        return [p for p in sorted(self.products.values())
                if (tag is None or tag in p.tags) and (category is None or p.category is category)]

    def report(self):
        lines = [f"{'SKU':<6}{'Name':<16}{'Cat':<9}{'Qty':>5}{'Price':>9}{'Value':>10}"]
        for p in sorted(self.products.values()):
            lines.append(f"{p.sku:<6}{p.name:<16}{p.category.value:<9}{p.quantity:>5}{p.price:>9.2f}{p.value:>10.2f}")
        total = sum(p.value for p in self.products.values())
        lines.append(f"{'TOTAL':<45}{total:>10.2f}")
        return "\n".join(lines)


inv = Inventory()
for args in [
    ("T1", "Hammer", Category.TOOLS, 12.5, 10, ["hand"]),
    ("T2", "Screwdriver", Category.TOOLS, 4.75, 25, ["hand", "small"]),
    ("G1", "Hose 20m", Category.GARDEN, 29.99, 3),
    ("K1", "Whisk", Category.KITCHEN, 3.2, 0, ["small"]),
    ("G2", "Trowel", Category.GARDEN, 6.0, 8, ["hand", "small"]),
]:
    inv.add(Product(*args))
print(inv.report())
for sku, qty in [("T1", 3), ("K1", 1), ("G1", 3), ("G1", 1), ("ZZ", 1)]:
    try:
        print(f"sold {qty} x {sku}: {inv.sell(sku, qty):.2f}")
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown sku:", e)
inv.restock("K1", 12)
try:
    inv.add(Product("T1", "Dup", Category.TOOLS, 1.0))
except KeyError as e:
    print("rejected:", e)
try:
    Product("X1", "Broken", Category.TOOLS, -1)
except ValueError as e:
    print("rejected:", e)
print([p.name for p in inv.find(tag="small")])
print([p.sku for p in inv.find(category=Category.GARDEN)])
print([p.sku for p in inv.find(tag="hand", category=Category.TOOLS)])
print(asdict(inv.products["G2"]))
print(inv.report())
print(inv.log)
by_cat = {}
for p in inv.products.values():
    by_cat.setdefault(p.category.name, []).append(p.quantity)
print({k: sum(v) for k, v in sorted(by_cat.items())})
