# bytearray: in-place methods, slice assignment and deletion, and its buffer over-allocation (__alloc__ and
# __sizeof__ follow PyByteArray_Resize, including the logical-offset trick for deleting from the front).
b = bytearray()
sizes = []
for i in range(40):
    b.append(i)
    sizes.append(b.__alloc__())
print(sizes)
b = bytearray(b'abcdef')
print(b.__alloc__(), b.__sizeof__())
b += b'xyz'
print(b.__alloc__(), b)
b.extend(range(10))
print(b.__alloc__(), len(b))
b.extend(x for x in range(50))
print(b.__alloc__(), len(b))
del b[:5]
print(b.__alloc__(), len(b), b[:3])
del b[:40]
print(b.__alloc__(), len(b), b[:3])
b.append(1)
print(b.__alloc__(), len(b))
del b[3]
print(b.__alloc__(), len(b))
b[1:3] = b'QQQQQQQQ'
print(b.__alloc__(), len(b), b[:12])
b[::2] = bytes(len(b[::2]))
print(b[:10])
del b[::3]
print(b, b.__alloc__())
b.clear()
print(b.__alloc__(), b)
print(bytearray(5).__alloc__(), bytearray(b'x' * 100).__alloc__(), bytearray([1, 2, 3]).__alloc__(), bytearray((i for i in range(7))).__alloc__())
print(bytearray("héllo", "utf-8").__alloc__(), bytearray(range(20)).__alloc__(), bytearray().__sizeof__(), bytearray(5).__sizeof__())
c = bytearray(b'hello world')
print(c.pop(), c.pop(0), c, c.__alloc__())
c.insert(0, 65)
c.insert(100, 66)
c.insert(-1, 67)
print(c, c.__alloc__())
c.remove(65)
c.reverse()
print(c, c.__alloc__())
c *= 3
print(c, c.__alloc__())
print(c.upper(), c.split(), c.partition(b'x'), c.strip(b'B'), c.replace(b'l', b'L'), c.copy() == c, c.copy() is c)
d = bytearray(b'xyz')
d[0] = 65
d[-1] = 66
print(d, bytearray(b'a') == b'a', bytearray(b'b') > b'a', b'a' in bytearray(b'cab'), 97 in bytearray(b'a'))
for f in (lambda: d.__setitem__(5, 1), lambda: d.__setitem__(0, 256), lambda: d.__setitem__(slice(0, 1), 5), lambda: d.__setitem__(slice(None, None, 2), b'abcdef'),
          lambda: bytearray(b'a').append('a'), lambda: bytearray(b'a').pop(5), lambda: bytearray().pop(), lambda: bytearray(b'a').remove(5),
          lambda: bytearray(b'a').insert(0), lambda: bytearray(b'abc')[5], lambda: hash(bytearray()), lambda: bytearray(-1), lambda: bytearray('a'),
          lambda: bytearray([300]), lambda: bytearray(1.5), lambda: bytearray(b'a').extend(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
