# bytearray: mutation, methods, conversions.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba), ba[1], ba[-1], bytes(ba))
ba[1:3] = b"EEE"
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.remove(ord("E"))
print(ba, ba.find(b"l"), ba.count(b"E"), ba.upper(), ba.decode())
ba.reverse()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray.fromhex("41 42"))
ba2 = bytearray(b"abc")
ba2 += b"def"
ba2 *= 2
print(ba2, ba2 == b"abcdefabcdef", ba2.hex(), ba2[::2], type(ba2[1:3]).__name__)
ba2.clear()
print(ba2, bytearray(b"xyz").copy(), bytearray(b"  pad  ").strip(), bytearray(b"a-b").split(b"-"))
for f in (lambda: ba.append(256), lambda: ba.remove(0), lambda: bytearray().pop(), lambda: ba.__setitem__(0, -1), lambda: ba.index(b"zz")):
    try:
        f()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
