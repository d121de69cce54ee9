"""A small warehouse: orders come in, stock moves, a report goes out.

About a hundred lines of everyday Python (classes, dicts, lists, comprehensions,
string formatting, a reference cycle cleaned up by the cyclic GC) to watch the
memory model work on something realistic.
"""
import gc


class Item:
    def __init__(self, sku, name, price, stock):
        self.sku = sku
        self.name = name
        self.price = price
        self.stock = stock

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r})"


class Order:
    def __init__(self, number, customer):
        self.number = number
        self.customer = customer
        self.lines = []
        self.warehouse = None

    def add(self, item, quantity):
        self.lines.append((item, quantity))

    def total(self):
        return sum(item.price * quantity for item, quantity in self.lines)


class Warehouse:
    def __init__(self):
        self.items = {}
        self.orders = []
        self.log = []

    def stock_item(self, sku, name, price, stock):
        self.items[sku] = Item(sku, name, price, stock)

    def place(self, order):
        missing = [item.sku for item, qty in order.lines if item.stock < qty]
        if missing:
            self.log.append(f"order {order.number}: short of {', '.join(missing)}")
            return False
        for item, qty in order.lines:
            item.stock -= qty
        order.warehouse = self  # order -> warehouse -> orders -> order: a cycle
        self.orders.append(order)
        self.log.append(f"order {order.number}: {len(order.lines)} lines, {order.total():.2f}")
        return True

    def low_stock(self, threshold):
        return sorted(item.sku for item in self.items.values() if item.stock < threshold)


def build_catalogue(warehouse):
    catalogue = [
        ("A100", "bolt", 0.25, 500),
        ("A200", "nut", 0.10, 800),
        ("B300", "hinge", 3.50, 40),
        ("C400", "panel", 12.00, 12),
        ("D500", "lamp", 24.99, 5),
    ]
    for sku, name, price, stock in catalogue:
        warehouse.stock_item(sku, name, price, stock)


def make_orders(warehouse):
    customers = ["ada", "grace", "linus", "guido"]
    orders = []
    for number in range(1, 9):
        order = Order(number, customers[number % len(customers)])
        order.add(warehouse.items["A100"], 40 * number)
        order.add(warehouse.items["A200"], 60)
        if number % 3 == 0:
            order.add(warehouse.items["D500"], 2)
        orders.append(order)
    return orders


def report(warehouse):
    by_customer = {}
    for order in warehouse.orders:
        by_customer.setdefault(order.customer, []).append(order.total())
    for customer in sorted(by_customer):
        totals = by_customer[customer]
        print(f"{customer:>6}: {len(totals)} orders, {sum(totals):8.2f}")
    print("low stock:", warehouse.low_stock(50))


warehouse = Warehouse()
build_catalogue(warehouse)
placed = [warehouse.place(order) for order in make_orders(warehouse)]
print("placed:", placed.count(True), "of", len(placed))
print("\n".join(warehouse.log))
report(warehouse)
del warehouse, placed
print("collected:", gc.collect() > 0)
