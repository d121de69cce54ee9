#!/usr/bin/env python3
"""Generate the oracle fixtures for test/engine/tables/*.test.ts from real CPython.

Run once per version, always with PYTHONHASHSEED=0 (the project's oracle setting):

    for v in 3.11.7 3.12.1 3.13.0; do
      PYTHONHASHSEED=0 PYENV_VERSION=$v python${v%.*} test/engine/tables/gen-table-fixtures.py
    done

Writes test/engine/tables/fixtures/tables-3.X.json.  The tests only read these files; they never run Python.

Key encoding shared with the TypeScript harness (tables-harness.ts):
  JSON number (integral)   -> Python int
  JSON string              -> Python str
  {"f": "<repr>"}          -> Python float
  {"t": [k, ...]}          -> Python tuple
  {"b": "<hex>"}           -> Python bytes
"""
import json, os, random, sys

assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"
VER = "%d.%d" % sys.version_info[:2]


def enc(k):
    if isinstance(k, bool):
        raise TypeError("bool keys are not encoded")
    if isinstance(k, int):
        assert -(2**53) < k < 2**53, k
        return k
    if isinstance(k, str):
        return k
    if isinstance(k, float):
        return {"f": repr(k)}
    if isinstance(k, tuple):
        return {"t": [enc(x) for x in k]}
    if isinstance(k, bytes):
        return {"b": k.hex()}
    raise TypeError(type(k))


def dec(k):
    if isinstance(k, (int, str)):
        return k
    if "f" in k:
        return float(k["f"])
    if "t" in k:
        return tuple(dec(x) for x in k["t"])
    if "b" in k:
        return bytes.fromhex(k["b"])
    raise TypeError(k)


# ---------------------------------------------------------------- hashes
hash_values = []
ints = [0, 1, -1, -2, 2, 7, 255, 256, -256, 2**30, 2**31, 2**32, 2**53, 2**60, 2**61 - 2, 2**61 - 1, 2**61,
        2**61 + 1, 2**62, 2**63 - 1, 2**63, -2**63, 2**64, 2**64 + 5, 10**18, 10**30, -10**30, 3**100, -3**100,
        (2**61 - 1) * 5 - 1, -(2**61 - 1), 123456789012345678901234567890]
hash_values += [("int", str(i), i) for i in ints]
floats = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 0.5, 2.5, 1e-300, 1e300, -1e300, 5e-324, 2.0**52, 2.0**53, 2.0**60,
          2.0**61, 2.0**62, 2.0**64, 2.0**100, 1e22, 123.456, -987.654321, 3.141592653589793, float("inf"),
          float("-inf"), 1.7976931348623157e308, 2.2250738585072014e-308, 1/3, -2/3]
hash_values += [("float", repr(f), f) for f in floats]
strs = ["", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghi", "hello world", "x" * 15, "y" * 16,
        "z" * 17, "__init__", "é", "café", "ÿ", "\x00", "\x80abc", "日本", "日本語テキスト", "Ā", "\u0100" * 9,
        "😀", "a😀b", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\U0010ffff", "é日", "é😀", "\ud800", "a\udfffb", "k0", "k1", "k99"]
hash_values += [("str", s, s) for s in strs]
bys = [b"", b"a", b"abc", b"\x00\xff", b"hello world!!", bytes(range(40))]
hash_values += [("bytes", b.hex(), b) for b in bys]
tuples = [(), (1,), (1, 2), (2, 1), (1, 2, 3), ("a", "b"), ((1, 2), (3, 4)), (1.5, -1, "x"), (0,), (-1,), (-2,),
          tuple(range(20)), (2**61 - 1, 2**61), ((),)]
hash_values += [("tuple", repr(t), t) for t in tuples]
fsets = [frozenset(), frozenset({1}), frozenset({1, 2}), frozenset({1, 2, 3}), frozenset({"a", "b"}),
         frozenset(range(100)), frozenset({frozenset({1}), frozenset({2})}), frozenset({-1}), frozenset({-1, -2})]
hash_values += [("frozenset", repr(sorted(map(repr, f))), f) for f in fsets]
cplx = [0j, 1j, 1 + 2j, -1 - 1j, 1.5 + 0.5j, complex(1e300, -1e300), complex(float("inf"), 0), -1 + 0j]
hash_values += [("complex", repr(c), c) for c in cplx]
hash_values += [("bool", "True", True), ("bool", "False", False)]


def hash_input(kind, v):
    if kind == "int":
        return str(v)
    if kind == "float":
        return repr(v)
    if kind == "str":
        return v
    if kind == "bytes":
        return v.hex()
    if kind == "tuple":
        return enc_deep(v)
    if kind == "frozenset":
        return [enc_deep(x) for x in v]  # item hashes are recomputed in TS
    if kind == "complex":
        return [repr(v.real), repr(v.imag)]
    if kind == "bool":
        return v


def enc_deep(v):
    if isinstance(v, tuple):
        return {"t": [enc_deep(x) for x in v]}
    if isinstance(v, frozenset):
        return {"fs": [enc_deep(x) for x in v]}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, int) and not -(2**53) < v < 2**53:
        return {"i": str(v)}
    return v


hashes = [{"kind": k, "input": hash_input(k, v), "hash": str(hash(v))} for k, _, v in hash_values]
hashes.append({"kind": "none", "input": None, "hash": str(hash(None)) if sys.version_info >= (3, 12) else None})
tuple_item_hashes = [[str(hash(x)) for x in t] for t in tuples]

# ---------------------------------------------------------------- dict scenarios
def snap(container, i, n):
    """getsizeof after every op; the iteration order after every op of short scenarios, else every 10th op."""
    r = {"size": sys.getsizeof(container)}
    if n <= 40 or i % 10 == 9 or i == n - 1:
        r["keys"] = [enc(k) for k in container]
    return r


def run_dict(ops, d=None):
    """ops: list of [op, key?]; returns per-op snapshots (keys, getsizeof)."""
    if d is None:
        d = {}
    snaps = []
    for op in ops:
        name = op[0]
        if name == "set":
            d[dec(op[1])] = 0
        elif name == "del":
            del d[dec(op[1])]
        elif name == "pop":
            d.pop(dec(op[1]), None)
        elif name == "popitem":
            d.popitem()
        elif name == "clear":
            d.clear()
        elif name == "copy":
            d = d.copy()
        elif name == "setdefault":
            d.setdefault(dec(op[1]), 0)
        elif name == "update":
            d.update(dict.fromkeys([dec(k) for k in op[1]], 0))
        else:
            raise ValueError(name)
        snaps.append(snap(d, len(snaps), len(ops)))
    return snaps


def dict_scenario(name, ops):
    return {"name": name, "ops": ops, "snaps": run_dict(ops)}


dict_scen = []
dict_scen.append(dict_scenario("int growth 0..100", [["set", i] for i in range(101)]))
dict_scen.append(dict_scenario("str growth k0..k100", [["set", "k%d" % i] for i in range(101)]))
dict_scen.append(dict_scenario("str then int (unicode -> general)",
                               [["set", "k%d" % i] for i in range(7)] + [["set", 5]] + [["set", "z%d" % i] for i in range(10)]))
dict_scen.append(dict_scenario("int then str", [["set", i * 7] for i in range(4)] + [["set", "s%d" % i] for i in range(12)]))
dict_scen.append(dict_scenario("colliding -1/-2 and multiples of 8",
                               [["set", k] for k in [-1, -2, 8, 16, 0, 24, 32, -8, 2**40, 2**40 + 8]]
                               + [["del", -1], ["set", -1], ["del", 16], ["set", 40], ["set", 16]]))
dict_scen.append(dict_scenario("delete evens then reinsert",
                               [["set", i] for i in range(10)] + [["del", i] for i in range(0, 10, 2)]
                               + [["set", i] for i in range(100, 111)] + [["set", i] for i in range(0, 10, 2)]))
dict_scen.append(dict_scenario("popitem LIFO then insert",
                               [["set", "k%d" % i] for i in range(8)] + [["popitem"]] * 3
                               + [["set", "n%d" % i] for i in range(6)] + [["popitem"]] * 9))
dict_scen.append(dict_scenario("clear and regrow",
                               [["set", i] for i in range(20)] + [["clear"]] + [["set", i] for i in range(7)]))
dict_scen.append(dict_scenario("copy fast path and compacting copy",
                               [["set", i] for i in range(30)] + [["copy"]] + [["del", i] for i in range(0, 30, 3)]
                               + [["copy"]] + [["del", i] for i in range(1, 30, 3)] + [["copy"]]
                               + [["set", "k%d" % i] for i in range(3)] + [["copy"]]))
dict_scen.append(dict_scenario("copy small", [["set", 3], ["set", "a"], ["copy"], ["del", 3], ["copy"]]))
dict_scen.append(dict_scenario("floats and tuples mixed",
                               [["set", {"f": "1.0"}], ["set", 1], ["set", {"f": "0.5"}], ["set", {"t": [1, 2]}],
                                ["set", {"t": ["a", {"f": "2.5"}]}], ["set", {"f": "1e300"}], ["set", {"f": "-0.0"}],
                                ["set", 0], ["del", 0], ["set", {"b": "6869"}], ["set", "hi"], ["set", {"t": []}]]))
dict_scen.append(dict_scenario("setdefault and pop",
                               [["setdefault", "a"], ["setdefault", "b"], ["setdefault", "a"], ["pop", "a"],
                                ["pop", "zz"], ["setdefault", 1], ["setdefault", "a"]]))
dict_scen.append(dict_scenario("update merge", [["set", 1], ["update", list(range(10))], ["update", ["a", "b", 3]],
                                               ["clear"], ["update", ["x", "y"]], ["update", list(range(40))]]))
dict_scen.append(dict_scenario("large ints", [["set", k] for k in [2**53 - 1, -(2**53) + 1, 2**52, 2**32 + 1,
                                                                  2**31, -(2**31), 2**33 * 3, 999999999999]]))
rng = random.Random(12345)
for r in range(6):
    pool = ([i for i in range(-40, 120)] + ["s%d" % i for i in range(60)] if r % 2 else
            [i * 8 for i in range(-30, 90)] if r == 2 else ["w%d" % i for i in range(150)])
    ops = []
    for _ in range(400):
        x = rng.random()
        k = rng.choice(pool)
        if x < 0.55:
            ops.append(["set", k])
        elif x < 0.8:
            ops.append(["pop", k])
        elif x < 0.86:
            ops.append(["popitem"]) if ops else None
        elif x < 0.9:
            ops.append(["setdefault", k])
        elif x < 0.93:
            ops.append(["copy"])
        elif x < 0.935:
            ops.append(["clear"])
        else:
            ops.append(["set", k])
    clean = ops
    # re-simulate properly (copy replaces d)
    d = {}
    final = []
    for op in clean:
        if op[0] == "popitem" and not d:
            continue
        final.append(op)
        name = op[0]
        if name == "set": d[dec(op[1])] = 0
        elif name == "pop": d.pop(dec(op[1]), None)
        elif name == "popitem": d.popitem()
        elif name == "setdefault": d.setdefault(dec(op[1]), 0)
        elif name == "copy": d = d.copy()
        elif name == "clear": d.clear()
    dict_scen.append(dict_scenario("random %d" % r, final))

# presized constructions
presized = []
for n in range(0, 45):
    ik = list(range(n))
    sk = ["k%d" % i for i in range(n)]
    lit_i = eval("{" + ", ".join("%d: None" % i for i in ik) + "}")
    lit_s = eval("{" + ", ".join("%r: None" % s for s in sk) + "}")
    # non-constant keys: BUILD_MAP with computed keys
    ns = {"ik": ik, "sk": sk}
    build_i = eval("{" + ", ".join("ik[%d]: None" % i for i in range(n)) + "}", ns)
    presized.append({
        "n": n,
        "literal_int": sys.getsizeof(lit_i), "literal_str": sys.getsizeof(lit_s), "build_map_int": sys.getsizeof(build_i),
        "fromkeys_list_int": sys.getsizeof(dict.fromkeys(ik)), "fromkeys_dict_str": sys.getsizeof(dict.fromkeys(dict.fromkeys(sk))),
        "fromkeys_set_int": sys.getsizeof(dict.fromkeys(set(ik))),
        "fromkeys_set_int_order": list(dict.fromkeys(set(ik * 37 for ik in ik))),
        "dict_zip_str": sys.getsizeof(dict(zip(sk, ik))),
        "dict_of_dict_str": sys.getsizeof(dict(dict.fromkeys(sk))),
        "kwargs": sys.getsizeof(eval("dict(" + ", ".join("%s=None" % s for s in sk) + ")")),
    })

# ---------------------------------------------------------------- set scenarios
def run_set(ops):
    s = set()
    snaps = []
    for op in ops:
        name = op[0]
        if name == "add":
            s.add(dec(op[1]))
        elif name == "discard":
            s.discard(dec(op[1]))
        elif name == "pop":
            s.pop()
        elif name == "clear":
            s.clear()
        elif name == "copy":
            s = s.copy()
        elif name == "update":
            s.update([dec(k) for k in op[1]])
        else:
            raise ValueError(name)
        snaps.append(snap(s, len(snaps), len(ops)))
    return snaps


def set_scenario(name, ops):
    return {"name": name, "ops": ops, "snaps": run_set(ops)}


set_scen = []
set_scen.append(set_scenario("int growth 0..100", [["add", i] for i in range(101)]))
set_scen.append(set_scenario("str growth", [["add", "k%d" % i] for i in range(101)]))
set_scen.append(set_scenario("colliding", [["add", k] for k in [-1, -2, 8, 16, 0, 24, 32, -8, 2**40, 2**40 + 8, 1, 9, 17]]
                             + [["discard", -1], ["add", -1], ["discard", 16], ["add", 40], ["add", 16]]))
set_scen.append(set_scenario("pop finger", [["add", i] for i in range(20)] + [["pop"]] * 7 + [["add", i] for i in range(100, 105)]
                             + [["pop"]] * 18))
set_scen.append(set_scenario("discard and reinsert", [["add", i] for i in range(12)] + [["discard", i] for i in range(0, 12, 2)]
                             + [["add", i] for i in range(50, 60)] + [["clear"]] + [["add", "x"], ["add", "y"]]))
set_scen.append(set_scenario("copy after deletes", [["add", i * 3] for i in range(40)] + [["discard", i * 3] for i in range(30)]
                             + [["copy"]] + [["add", 7]]))
set_scen.append(set_scenario("mixed types", [["add", {"f": "1.5"}], ["add", 1], ["add", {"f": "1.0"}], ["add", "a"],
                                             ["add", {"t": [1, "a"]}], ["add", {"b": "00ff"}], ["add", -5], ["add", {"f": "-0.0"}]]))
set_scen.append(set_scenario("update lists", [["update", list(range(30))], ["update", ["a", "b"]], ["update", list(range(-10, 0))]]))
for r in range(6):
    pool = ([i for i in range(-40, 120)] + ["s%d" % i for i in range(60)] if r % 2 else
            [i * 8 for i in range(-30, 90)] if r == 2 else ["w%d" % i for i in range(150)])
    ops = []
    s = set()
    for _ in range(400):
        x = rng.random()
        k = rng.choice(pool)
        if x < 0.55:
            ops.append(["add", k]); s.add(k)
        elif x < 0.85:
            ops.append(["discard", k]); s.discard(k)
        elif x < 0.92 and s:
            ops.append(["pop"]); s.pop()
        elif x < 0.95:
            ops.append(["copy"]); s = s.copy()
        elif x < 0.955:
            ops.append(["clear"]); s.clear()
        else:
            ops.append(["add", k]); s.add(k)
    set_scen.append(set_scenario("random %d" % r, ops))

# set algebra: operands built by adding in the given order
def build(keys):
    s = set()
    for k in keys:
        s.add(k)
    return s


algebra = []
operand_pairs = [
    (list(range(10)), list(range(5, 15))),
    (list(range(0, 40, 3)), list(range(0, 40, 2))),
    (["a", "b", "c", "d"], ["c", "d", "e", "f", "g", "h"]),
    (list(range(100)), [3, 1, 4, 1, 5]),
    ([3, 1, 4], list(range(100))),
    ([-1, -2, 8, 16, 0], [16, -2, 24, 7]),
    (["k%d" % i for i in range(30)], ["k%d" % i for i in range(20, 60)]),
    ([i * 8 for i in range(20)], [i * 4 for i in range(30)]),
    ([], [1, 2]),
    (list(range(200)), list(range(2))),
]
for a_keys, b_keys in operand_pairs:
    a, b = build(a_keys), build(b_keys)
    res = {}
    res["or"] = list(a | b)
    res["and"] = list(a & b)
    res["sub"] = list(a - b)
    res["xor"] = list(a ^ b)
    res["rsub"] = list(b - a)
    res["union_list"] = list(a.union(b_keys))
    res["intersection_list"] = list(a.intersection(b_keys))
    res["difference_list"] = list(a.difference(b_keys))
    res["symdiff_list"] = list(a.symmetric_difference(b_keys))
    x = a.copy(); x |= b; res["ior"] = list(x)
    x = a.copy(); x &= b; res["iand"] = list(x)
    x = a.copy(); x -= b; res["isub"] = list(x)
    x = a.copy(); x ^= b; res["ixor"] = list(x)
    x = a.copy(); x.update(b_keys); res["update_list"] = list(x)
    x = a.copy(); x.intersection_update(b_keys); res["iupdate_list"] = list(x)
    x = a.copy(); x.difference_update(b_keys); res["dupdate_list"] = list(x)
    x = a.copy(); x.symmetric_difference_update(b_keys); res["sdupdate_list"] = list(x)
    res["set_of_list"] = list(set(a_keys))
    res["frozenset_hash"] = str(hash(frozenset(a)))
    sizes = {k: sys.getsizeof(v) for k, v in [("or", a | b), ("and", a & b), ("sub", a - b), ("xor", a ^ b), ("copy", a.copy())]}
    algebra.append({"a": [enc(k) for k in a_keys], "b": [enc(k) for k in b_keys],
                    "results": {k: [enc(x) for x in v] if isinstance(v, list) else v for k, v in res.items()},
                    "sizes": sizes})

# ---------------------------------------------------------------- instance dicts (split keys), data only
def mkclass():
    class C:
        pass
    return C


instance_dicts = []
for n in [0, 1, 2, 5, 10, 20, 28, 29, 30, 31, 40]:
    C = mkclass()
    sizes = []
    objs = []
    for inst in range(4):
        o = C()
        objs.append(o)
        for i in range(n):
            setattr(o, "a%d" % i, i)
        sizes.append(sys.getsizeof(o.__dict__))
    instance_dicts.append({"attrs": n, "getsizeof_dict_per_instance": sizes, "getsizeof_obj": sys.getsizeof(objs[0])})

out = {
    "version": VER,
    "full_version": sys.version.split()[0],
    "hashes": hashes,
    "dicts": dict_scen,
    "presized": presized,
    "sets": set_scen,
    "algebra": algebra,
    "instance_dicts": instance_dicts,
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "tables-%s.json" % VER)
with open(path, "w") as f:
    json.dump(out, f, separators=(",", ":"), ensure_ascii=True)
    f.write("\n")
print("wrote", path)
