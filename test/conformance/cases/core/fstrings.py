# f-strings: expressions, conversions, nested specs, debug '='.
name, n, pi = "World", 42, 3.14159265
items = ["a", "b"]
d = {"k": 1}
print(f"Hello, {name}!", f"{n + 1}", f"{n * 2:5d}|", f"{pi:.3f}", f"{name!r}", f"{name!s:>8}", f"{'é'!a}")
print(f"{items[0]}{items[-1]}", f"{d['k']}", f"{len(items)}", f"{'yes' if n > 40 else 'no'}", f"{[x * 2 for x in range(3)]}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|", f"{pi:>{width}}|", f"{name:^{width}}|", f"{n:{'0'}{width}d}")
print(f"{n=}", f"{pi=:.2f}", f"{name = }", f"{n + 1 = }", f"{items=!s}", f"{d['k']=}")
print(f"{{}} {{{n}}}", f"{n:#x} {n:#o} {n:#b} {n:,} {1e6:,.0f}")
print(f"{3.0:g} {0.5:%} {n:+d} {-n: d} {n:c}")
print(f"""multi
line {name}""", f"{'nested' + f'{n}'}", rf"raw\n{n}", fr"{name}\t")
import math
print(f"{math.pi:.5}", f"{math.e:10.4e}", f"{2 ** 64:_d}")
class C:
    def __repr__(self):
        return "C()"
    def __str__(self):
        return "c-str"
    def __format__(self, spec):
        return "formatted:" + spec
c = C()
print(f"{c}", f"{c!r}", f"{c!s}", f"{c:xyz}", f"{c=}")
x = 5
print(f"{x:>{x}}", f"{(lambda y: y * 2)(x)}", f"{x if x else 0}", f"{x!r:>4}")
try:
    print(f"{n:s}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{name:d}")
except ValueError as e:
    print(type(e).__name__, e)
