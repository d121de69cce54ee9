# A realistic mixed program: parse records, aggregate with dicts, sort, format a report.
import random

random.seed(12345)
CITIES = ["Oslo", "Lima", "Pune", "Kyiv", "Nice", "Bonn", "Ulm", "Graz"]
PRODUCTS = ["apple", "pear", "plum", "kiwi", "lime", "fig"]

lines = []
for i in range(20000):
    city = CITIES[random.randrange(len(CITIES))]
    prod = PRODUCTS[random.randrange(len(PRODUCTS))]
    qty = random.randint(1, 20)
    price = round(random.random() * 10, 2)
    lines.append(f"{i};{city};{prod};{qty};{price}")


class Order:
    __slots__ = ("oid", "city", "product", "qty", "price")

    def __init__(self, oid, city, product, qty, price):
        self.oid = oid
        self.city = city
        self.product = product
        self.qty = qty
        self.price = price

    def total(self):
        return self.qty * self.price


orders = []
for line in lines:
    oid, city, prod, qty, price = line.split(";")
    orders.append(Order(int(oid), city, prod, int(qty), float(price)))

by_city = {}
by_product = {}
for o in orders:
    by_city[o.city] = by_city.get(o.city, 0.0) + o.total()
    s = by_product.setdefault(o.product, [0, 0.0])
    s[0] += o.qty
    s[1] += o.total()

for city, total in sorted(by_city.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{city:<5} {total:12.2f}")
for prod in sorted(by_product):
    q, t = by_product[prod]
    print(f"{prod:<6} {q:6d} {t / q:8.3f}")

top = sorted(orders, key=lambda o: (-o.total(), o.oid))[:5]
print([o.oid for o in top])
big = [o for o in orders if o.total() > 150]
print(len(big), len({o.city for o in big}))
