# operator: function forms, itemgetter, attrgetter, methodcaller.
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 2), op.pow(2, 8), op.neg(5), op.pos(-5), op.abs(-3), op.invert(5))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(32, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.getitem([10, 20], 1), op.concat([1], [2]), op.index(7), op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
lst = [1, 2, 3]
op.setitem(lst, 0, "x"); op.delitem(lst, 1); print(lst)
rows = [("b", 2, 30), ("a", 2, 10), ("c", 1, 20)]
print(sorted(rows, key=op.itemgetter(1, 0)), op.itemgetter(2)(rows[0]), op.itemgetter(0, 2)(rows[1]), op.itemgetter(slice(1, None))(rows[2]))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, punct):
        return "hi " + self.name + punct
ps = [P("zed"), P("amy", P("inner"))]
print([p.name for p in sorted(ps, key=op.attrgetter("name"))], op.attrgetter("inner.name")(ps[1]), op.attrgetter("name", "inner")(ps[0]))
print(op.methodcaller("greet", "!")(ps[0]), op.methodcaller("split", ",")("a,b"), list(map(op.methodcaller("upper"), ["a", "b"])))
x = [1]
x = op.iadd(x, [2]); print(x, op.imul("ab", 2))
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
