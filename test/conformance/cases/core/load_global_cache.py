# LOAD_GLOBAL must see every change to the module's globals and to builtins between executions of one instruction.
import builtins


def use_len():
    return len("abc")


def use_g():
    return g


print(use_len())
len = lambda s: 42  # a global now shadows the builtin
print(use_len())
del len  # back to the builtin
print(use_len())

g = 1
print(use_g())
g = 2  # value replaced in place
print(use_g())
for i in range(40):  # globals grow (the keys object is replaced)
    globals()["filler%d" % i] = i
print(use_g())
del g
try:
    use_g()
except NameError as e:
    print("NameError:", e)
builtins.g = "from builtins"
print(use_g())
g = "global again"
print(use_g())
del g
print(use_g())
del builtins.g

# popitem removes the last entry; adding a key afterwards reuses its index
ns = {"__builtins__": builtins}
exec("def f():\n    return abs(-3)\n", ns)
print(ns["f"]())
ns["abs"] = lambda x: "shadowed abs"
print(ns["f"]())
ns.popitem()  # removes the last key, abs
print(ns["f"]())
ns["abs"] = lambda x: "shadowed again"
print(ns["f"]())

# one code object run with two globals dicts
src = compile("def h():\n    return value\n", "<s>", "exec")
a = {"value": "a"}
b = {"value": "b"}
exec(src, a)
exec(src, b)
for _ in range(3):
    print(a["h"](), b["h"]())
ha, hb = a["h"], b["h"]
a["value"] = "a2"
b.clear()  # the dict switches to new keys
print(ha())
try:
    hb()
except NameError as e:
    print("NameError:", e)
b["value"] = "b2"
print(ha(), hb())
