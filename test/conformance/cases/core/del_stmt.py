# del: names, items, slices, attributes, and errors.
x = 10
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class Obj:
    pass
o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(vars(o))
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "b" in dir())
nested = {"outer": [1, {"inner": 2, "keep": 3}]}
del nested["outer"][1]["inner"]
print(nested)
m = [[1, 2], [3, 4]]
del m[0][0], m[1]
print(m)
for bad in (lambda: d.__delitem__("zzz"), lambda: lst.__delitem__(100)):
    try:
        bad()
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del o.missing
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    v = 1
    del v
    return "v" in locals()
print(f())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
for i in range(3):
    pass
del i
print("i" in globals())
