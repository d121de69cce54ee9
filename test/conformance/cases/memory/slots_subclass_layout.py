# __basicsize__, __dictoffset__, __weakrefoffset__ and getsizeof of classes over slotted bases: what each adds
# (3.11 puts an added weakref pointer in the object, 3.12+ a managed weakref in the pre-header)
import sys
class A: __slots__ = ("a",)
class B(A): pass
class E: __slots__ = ("__dict__", "__weakref__")
class F(A): __slots__ = ("__weakref__",)
class G(A): __slots__ = ("__dict__",)
class H: pass
class I(H): pass
class J(H): __slots__ = ()
class K(A): __slots__ = ("__dict__", "__weakref__")
class L(B): pass
class M(F): pass
class N(G): pass
class O(E): pass
for c in (A, B, E, F, G, H, I, J, K, L, M, N, O):
    o = c()
    print(c.__name__, c.__basicsize__, c.__dictoffset__, c.__weakrefoffset__, sys.getsizeof(o), hasattr(o, "__dict__"))
