/**
 * __slots__ on classes over builtin types (typeobject.ts instanceSlots / clearInstanceSlots, the member
 * descriptors of core_func.ts, gc.ts subtypeTraverse / subtypeClear), the class-creation details around them
 * (ht_slots, the class dict's order, the class's block) and type.__flags__ (typeflags.ts). Every program runs
 * under the heap audit: each refcount recounted and each block accounted for afterwards.
 */
import { describe, expect, it } from 'vitest';
import { runAudited, type Version } from '../audited';
import { TPF } from '../../../src/engine/objects/typeflags';
import { TPFLAGS } from '../../../src/engine/objects/object';

const VERSIONS: Version[] = ['3.11', '3.12', '3.13'];

const lines = (src: string, v: Version) => runAudited(src, v).trim().split('\n');

describe('__slots__ of classes over builtin types', () => {
  it('store, read and delete values on list, dict, set, float, bytearray and exception subclasses', () => {
    const src = `
import sys
for base, arg in ((list, [1]), (dict, {1: 2}), (set, {3}), (float, 1.5), (bytearray, b'x'), (ValueError, 'v')):
    C = type('C', (base,), {'__slots__': ('x', 'y')})
    o = C(arg)
    v = object()
    before = sys.getrefcount(v)
    o.x = v
    got = o.x is v and sys.getrefcount(v) == before + 1
    del o.x
    try:
        o.x
    except AttributeError as e:
        missing = str(e)
    try:
        del o.y
    except AttributeError as e:
        unset = repr(e)
    print(base.__name__, got, sys.getrefcount(v) == before, missing, unset)
`;
    for (const v of VERSIONS) {
      for (const row of lines(src, v)) {
        const [, got, released, ...rest] = row.split(' ');
        expect(got, `${v} ${row}`).toBe('True');
        expect(released, `${v} ${row}`).toBe('True');
        expect(rest.join(' '), `${v} ${row}`).toBe("'C' object has no attribute 'x' AttributeError('y')");
      }
    }
  });

  it("release a dying instance's slots most derived class first, each class's in sorted order, before its dict", () => {
    const src = `
class N:
    def __init__(self, n): self.n = n
    def __del__(self): print(self.n)
class A(list):
    __slots__ = ('b', 'a')
class B(A):
    __slots__ = ('d', 'c', '__dict__')
o = B()
o.a, o.b, o.c, o.d, o.e = N('a'), N('b'), N('c'), N('d'), N('e')
del o
`;
    for (const v of VERSIONS) expect(lines(src, v), v).toEqual(['c', 'd', 'a', 'b', 'e']);
  });

  it('are traversed and cleared by the collector: cycles through them are freed', () => {
    const src = `
import gc, weakref
gc.collect()
class L(list):
    __slots__ = ('me', '__weakref__')
class E(Exception):
    __slots__ = ('me',)
a = L([1])
a.me = [a]
r = weakref.ref(a)
e = E('x')
e.me = e
del a, e
print(r() is not None, gc.collect() >= 3, r() is None)
`;
    for (const v of VERSIONS) expect(lines(src, v), v).toEqual(['True True True']);
  });

  it('have member descriptors that check the instance type and name their class', () => {
    const src = `
class L(list):
    __slots__ = ('x',)
try:
    L.x.__get__([])
except TypeError as e:
    print(e)
print(L.x.__objclass__ is L, L.x.__name__, L.x.__qualname__, L.x.__reduce__()[1] == (L, 'x'))
`;
    for (const v of VERSIONS) {
      expect(lines(src, v), v).toEqual(["descriptor 'x' for 'L' objects doesn't apply to a 'list' object", 'True x L.x True']);
    }
  });

  it('decide whether __class__ can be assigned between two classes', () => {
    const src = `
class A(list): __slots__ = ('x',)
class B(list): __slots__ = ('x',)
class C(list): __slots__ = ('y',)
o = A()
o.x = 5
o.__class__ = B
try:
    o.__class__ = C
except TypeError as e:
    print(e)
print(type(o).__name__, o.x)
`;
    for (const v of VERSIONS) expect(lines(src, v), v).toEqual(["__class__ assignment: 'C' object layout differs from 'B'", 'B 5']);
  });
});

describe('class creation', () => {
  it('puts the default __doc__ after the slot members and the __dict__ / __weakref__ getsets', () => {
    const src = `
class P:
    x = 1
    __slots__ = ('z', 'y')
class Q:
    pass
print([k for k in P.__dict__ if not k.startswith('__f') and k != '__static_attributes__'])
print([k for k in Q.__dict__ if not k.startswith('__f') and k != '__static_attributes__'])
`;
    for (const v of VERSIONS) {
      expect(lines(src, v), v).toEqual([
        "['__module__', 'x', '__slots__', 'y', 'z', '__doc__']",
        "['__module__', '__dict__', '__weakref__', '__doc__']",
      ]);
    }
  });

  it('takes a block with one PyMemberDef per slot and the sentinel after the heap type', () => {
    // PyType_GenericAlloc(type, nslot): the heap type, nslot + 1 items of type.__itemsize__, the GC head
    const src = `
import tracemalloc
tracemalloc.start(1)
def make(slots):
    return type('C', (), {'__slots__': slots})
keep = []
for n in (0, 1, 3):
    before = tracemalloc.take_snapshot()
    keep.append(make(tuple('abc'[:n])))
    after = tracemalloc.take_snapshot()
    new = [t.size for t in after.traces if t.traceback[0].lineno == 5]
    print(n, type.__basicsize__ + (n + 1) * type.__itemsize__ + 16 in new)
`;
    for (const v of VERSIONS) expect(lines(src, v), v).toEqual(['0 True', '1 True', '3 True']);
  });
});

describe('type.__flags__', () => {
  it('reports what CPython sets for builtin types and classes', () => {
    const src = `
class L(list): pass
class C:
    def __call__(self): pass
import types
for t in (list, dict, int, type, types.FunctionType, L, C):
    print(t.__flags__)
`;
    for (const v of VERSIONS) {
      const [list, dict, int, type, func, l, c] = lines(src, v).map(Number);
      const staticBits = TPF.READY | TPF.IMMUTABLETYPE | (v === '3.11' ? 0 : TPF.STATIC_BUILTIN);
      for (const f of [list, dict, int, type, func]) expect(f & staticBits, v).toBe(staticBits);
      expect(list & (TPF.SEQUENCE | TPF.MATCH_SELF | TPFLAGS.LIST_SUBCLASS), v).toBe(TPF.SEQUENCE | TPF.MATCH_SELF | TPFLAGS.LIST_SUBCLASS);
      expect(dict & (TPF.MAPPING | TPF.MATCH_SELF), v).toBe(TPF.MAPPING | TPF.MATCH_SELF);
      expect(type & TPF.ITEMS_AT_END, v).toBe(v === '3.11' ? 0 : TPF.ITEMS_AT_END);
      expect(func & (TPF.HAVE_VECTORCALL | TPF.METHOD_DESCRIPTOR), v).toBe(TPF.HAVE_VECTORCALL | TPF.METHOD_DESCRIPTOR);
      // a class over list: heap, mutable, a sequence matching itself, with the list-subclass bit
      expect(l & (TPFLAGS.HEAPTYPE | TPF.READY | TPF.SEQUENCE | TPF.MATCH_SELF | TPFLAGS.LIST_SUBCLASS), v).toBe(
        TPFLAGS.HEAPTYPE | TPF.READY | TPF.SEQUENCE | TPF.MATCH_SELF | TPFLAGS.LIST_SUBCLASS,
      );
      expect(l & (TPF.IMMUTABLETYPE | TPF.STATIC_BUILTIN), v).toBe(0);
      // 3.13 embeds a plain class's attribute values in its instances
      expect(c & TPF.INLINE_VALUES, v).toBe(v === '3.13' ? TPF.INLINE_VALUES : 0);
      expect(int & TPF.VALID_VERSION_TAG, v).toBe(v === '3.13' ? 0 : TPF.VALID_VERSION_TAG);
    }
  });
});
