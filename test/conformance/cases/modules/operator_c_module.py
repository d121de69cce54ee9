# operator: the C module _operator behind it (types, reprs, sizes, results, errors, refcounts)
import sys
import operator
import _operator

print(type(operator.add).__name__, operator.add, operator.add.__module__, operator.add.__self__ is _operator)
print(operator.add is _operator.add, operator.__add__ is operator.add, operator.__iadd__, operator.__doc__ == _operator.__doc__)
print(operator.itemgetter, operator.attrgetter, operator.methodcaller)
print([type(t).__name__ for t in (operator.itemgetter, operator.attrgetter, operator.methodcaller)])
print(operator.itemgetter.__module__, operator.itemgetter.__qualname__)
print(sorted(k for k in operator.__dict__ if not k.startswith('__')))

# sizes: GC objects (the 16-byte GC head included)
print(sys.getsizeof(operator.itemgetter(1)), sys.getsizeof(operator.itemgetter(1, 2)))
print(sys.getsizeof(operator.attrgetter('a')), sys.getsizeof(operator.attrgetter('a', 'b.c')))
print(sys.getsizeof(operator.methodcaller('m')), sys.getsizeof(operator.methodcaller('m', 1, k=2)))

# reprs
print(operator.itemgetter(1), operator.itemgetter(1, 'x'), operator.itemgetter((1, 2)))
print(operator.attrgetter('a'), operator.attrgetter('a', 'b.c.d'))
print(operator.methodcaller('f'), operator.methodcaller('f', 1, 'two', k=[3]))

# results
class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.me = self

    def greet(self, greeting, punct='!'):
        return greeting + ', ' + self.name + punct

people = [P('bo', 31), P('al', 25), P('cy', 40)]
rows = [(3, 'c', 0.5), (1, 'a', 1.5), (2, 'b', 0.25)]
print([r[1] for r in sorted(rows, key=operator.itemgetter(0))])
print(sorted(rows, key=operator.itemgetter(2, 1)))
print([p.name for p in sorted(people, key=operator.attrgetter('age'))])
print([p.name for p in sorted(people, key=operator.attrgetter('me.me.name'))])
print(operator.attrgetter('name', 'me.age')(people[0]))
print(list(map(operator.methodcaller('greet', 'hi'), people)))
print(operator.methodcaller('greet', 'yo', punct='?')(people[1]))
print(operator.itemgetter(-1)([1, 2, 3]), operator.itemgetter(5)((1,) * 6), operator.itemgetter(slice(1, 3))('abcd'))
print(operator.itemgetter('k', 'j')({'k': 1, 'j': 2}))
print(operator.add(2, 3), operator.sub(2, 3.5), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2),
      operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-2.5),
      operator.inv(5), operator.invert(0), operator.lshift(1, 5), operator.rshift(64, 3), operator.and_(6, 3),
      operator.or_(6, 3), operator.xor(6, 3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne('a', 'a'), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.index(7), operator.index(True), type(operator.index(True)).__name__)
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.contains([1, 2], 2), operator.countOf([1, 2, 1, 1.0], 1),
      operator.indexOf('abc', 'c'))
lst = [1]
print(operator.iadd(lst, [2]) is lst, lst, operator.iconcat(lst, (3,)) is lst, lst, operator.iadd(1, 2), operator.imul('a', 3))
print(operator.isub(5, 1), operator.ifloordiv(7, 2), operator.itruediv(1, 4), operator.imod(7, 4), operator.ipow(3, 3),
      operator.ilshift(1, 3), operator.irshift(8, 1), operator.iand(7, 2), operator.ior(4, 1), operator.ixor(5, 1))
d = {}
operator.setitem(d, 'a', 1)
print(operator.getitem(d, 'a'), operator.delitem(d, 'a'), d)
print(operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 7))
print(operator.call(max, 3, 9, key=operator.neg), operator.call(dict, a=1))
print(_operator._compare_digest('abc', 'abc'), _operator._compare_digest(b'ab', b'ac'), _operator._compare_digest(b'a', bytearray(b'a')))
print(operator.itemgetter(1).__reduce__(), operator.itemgetter(1, 2).__reduce__())
print(operator.attrgetter('a.b', 'c').__reduce__())
print(operator.methodcaller('f', 1).__reduce__(), operator.methodcaller('f', 1, k=2).__reduce__())

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: operator.itemgetter())
err(lambda: operator.attrgetter())
err(lambda: operator.attrgetter(1))
err(lambda: operator.attrgetter('a', 2))
err(lambda: operator.methodcaller())
err(lambda: operator.methodcaller(1))
err(lambda: operator.itemgetter(1, k=2))
err(lambda: operator.attrgetter('a', k=1))
err(lambda: operator.itemgetter(1)())
err(lambda: operator.itemgetter(1)([1, 2], 3))
err(lambda: operator.itemgetter(1)(x=1))
err(lambda: operator.attrgetter('a')(1, 2))
err(lambda: operator.methodcaller('a')())
err(lambda: operator.methodcaller('a')(1, x=2))
err(lambda: operator.itemgetter(9)([]))
err(lambda: operator.itemgetter(0, 9)([1]))
err(lambda: operator.attrgetter('a.b')(people[0]))
err(lambda: operator.methodcaller('nope')(people[0]))
err(lambda: operator.add(1))
err(lambda: operator.add(1, 2, 3))
err(lambda: operator.add(a=1, b=2))
err(lambda: operator.add(1, 'a'))
err(lambda: operator.not_())
err(lambda: operator.neg(1, 2))
err(lambda: operator.neg(x=1))
err(lambda: operator.setitem({}, 1))
err(lambda: operator.length_hint())
err(lambda: operator.length_hint([], 'x'))
err(lambda: operator.length_hint([], 1, 2))
err(lambda: operator.index(1.5))
err(lambda: operator.concat(1, 2))
err(lambda: operator.concat({}, {}))
err(lambda: operator.iconcat(1, [2]))
err(lambda: operator.countOf(1, 2))
err(lambda: operator.indexOf([1], 2))
err(lambda: operator.call())
err(lambda: _operator._compare_digest('a', b'b'))
err(lambda: _operator._compare_digest('\xe9', '\xe9'))
err(lambda: _operator._compare_digest(1, 2))
err(lambda: operator.truth(1, 2))
