# The order in which an instance of a class over a builtin type releases its attribute values (its dict, split
# or combined) and its own contents (list items, dict values), and a dict that outlives its instance.
class N:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
class L(list): pass
class I(int): pass
class D(dict): pass
l = L([N('item1'), N('item2')]); l.b = N('attr_b'); l.a = N('attr_a')
del l
i = I(3); i.x = N('ix'); i.y = N('iy')
del i
d = D(k=N('dval')); d.z = N('dz'); d.w = N('dw'); del d.z
del d
l = L(); l.p = N('p'); dd = l.__dict__; del l
print('dict alive', list(dd)); del dd
