# sys.getsizeof of dicts: insertion growth (str keys, int keys), deletions, fromkeys, literals, copy.
import sys

d = {}
sizes = []
for i in range(101):
    sizes.append(sys.getsizeof(d))
    d["k%d" % i] = i
print("str-key growth 0..100:", sizes)
print("str-key size changes at n:", [(i, sizes[i]) for i in range(1, len(sizes)) if sizes[i] != sizes[i - 1]])
d2 = {}
sizes = []
for i in range(101):
    sizes.append(sys.getsizeof(d2))
    d2[i] = i
print("int-key size changes at n:", [(i, sizes[i]) for i in range(1, len(sizes)) if sizes[i] != sizes[i - 1]])
print("first int-key sizes:", sizes[:12])
for k in list(d)[:90]:
    del d[k]
print("after deleting 90 of 101:", sys.getsizeof(d), len(d))
d["new"] = 1
print("insert after deletions:", sys.getsizeof(d))
d.clear()
print("after clear:", sys.getsizeof(d))
print("fromkeys(range(n)):", [sys.getsizeof(dict.fromkeys(range(n))) for n in range(0, 12)])
print("fromkeys of str keys 20:", sys.getsizeof(dict.fromkeys(["s%d" % i for i in range(20)])))
print("literal {}:", sys.getsizeof({}))
print("literal 1 item:", sys.getsizeof({"a": 1}))
print("literal 5 items:", sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}))
print("literal 6 items:", sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}))
print("literal int keys 3:", sys.getsizeof({1: 1, 2: 2, 3: 3}))
print("dict(a=1, b=2):", sys.getsizeof(dict(a=1, b=2)))
print("dict(zip) of 10:", sys.getsizeof(dict(zip(range(10), range(10)))))
big = {i: i for i in range(50)}
print("comprehension of 50:", sys.getsizeof(big))
print("copy of 50:", sys.getsizeof(big.copy()))
print("dict(big):", sys.getsizeof(dict(big)))
for i in range(45):
    del big[i]
print("50 minus 45:", sys.getsizeof(big), "copy:", sys.getsizeof(big.copy()))
m = {"a": 1}
m.update({i: i for i in range(20)})
print("update with 20:", sys.getsizeof(m))
mixed = {"a": 1}
print("str-only 1 key:", sys.getsizeof(mixed))
mixed[1] = 2
print("after adding an int key:", sys.getsizeof(mixed))
print("dict.__sizeof__ of {}:", {}.__sizeof__())
print("{} | {'a': 1}:", sys.getsizeof({} | {"a": 1}))
