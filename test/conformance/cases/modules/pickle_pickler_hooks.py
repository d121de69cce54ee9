# pickle: Pickler / Unpickler hooks: persistent_id / persistent_load, reducer_override, a per-pickler
# dispatch_table, the default attributes, a PERSID without persistent_load, loads of bytes-like input
import pickle, io, copyreg
class Ref:
    def __init__(self, key): self.key = key
class P(pickle.Pickler):
    def persistent_id(self, obj):
        return ('ref', obj.key) if isinstance(obj, Ref) else None
class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded:%s' % (pid,)
for p in (0, 2, 4):
    f = io.BytesIO()
    P(f, p).dump([Ref('a'), 1, Ref('b')]) if p else None
    if p:
        print(p, f.getvalue()); f.seek(0); print(U(f).load())
class Pt:
    def __init__(self, v): self.v = v
class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Pt): return (Pt, (obj.v * 10,))
        return NotImplemented
f = io.BytesIO(); RO(f).dump([Pt(1), 2]); print(f.getvalue()); f.seek(0); print(pickle.load(f)[0].v)
class DT(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Pt] = lambda o: (Pt, (o.v + 100,))
f = io.BytesIO(); DT(f).dump(Pt(1)); print(f.getvalue()); f.seek(0); print(pickle.load(f).v)
f = io.BytesIO(); p = pickle.Pickler(f); print(hasattr(p, 'persistent_id'), p.dispatch_table if hasattr(p, 'dispatch_table') else 'no dt', p.fast)
try: pickle.loads(pickle.dumps(1, 0).replace(b'I1', b'P1'))
except Exception as e: print(type(e).__name__, e)
print(pickle.loads(b'\x80\x02]q\x00(K\x01K\x02e.'), pickle.loads(bytearray(b'\x80\x04K\x05.')), pickle.loads(memoryview(b'N.')))
