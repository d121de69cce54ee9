# Augmented assignment on immutables, mutables, attributes, subscripts.
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 13; n ^= 6
print(n)
f = 7.5
f /= 2; f -= 0.75
print(f)
s = "ab"
t = s
s += "cd"
print(s, t, s is t)
l1 = [1]
l2 = l1
l1 += [2]
print(l1, l2, l1 is l2)
l1 = l1 + [3]
print(l1, l2, l1 is l2)
tup = (1,)
tup2 = tup
tup += (2,)
print(tup, tup2)
class C:
    count = 0
c = C()
c.count += 1
print(c.count, C.count, c.__dict__)
d = {"k": [1]}
d["k"] += [2]
d.setdefault("n", 0)
d["n"] += 1
print(d)
log = []
def idx():
    log.append("idx")
    return 0
arr = [10]
arr[idx()] += 5
print(arr, log)
m = [[1, 2], [3]]
m[0][1] *= 10
print(m)
st = {1}
st |= {2}; st &= {2, 3}; st ^= {4}; st -= {2}
print(st)
dd = {"a": 1}
dd |= {"b": 2}
print(dd)
x = 3
x *= x + 1
print(x)
try:
    undefined_thing += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    tt = (1, [2])
    tt[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, tt)
