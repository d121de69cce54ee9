# io.StringIO's memory: object size, GC tracking, the accumulating writer vs the realized UCS4 buffer
import gc
import io
import sys
import tracemalloc

s = io.StringIO()
print(gc.is_tracked(s), sys.getsizeof(s) == sys.getsizeof(io.StringIO('x' * 100)))

tracemalloc.start()
def grows(label, f):
    before = tracemalloc.get_traced_memory()[0]
    f()
    print(label, tracemalloc.get_traced_memory()[0] - before)

chunk = 'a' * 40
wide = 'é' * 40
s = io.StringIO()
for i in range(6):
    grows('write', lambda: s.write(chunk))
held = []
grows('getvalue', lambda: held.append(s.getvalue()))
grows('getvalue again', lambda: held.append(s.getvalue()))
print(held[0] == held[1], held[0] is held[1], sys.getsizeof(held[0]))
grows('write after getvalue', lambda: s.write(chunk))
grows('seek', lambda: s.seek(0))
grows('read 5 (realizes)', lambda: held.append(s.read(5)))
grows('write in the middle', lambda: s.write('XYZ'))
grows('getvalue realized', lambda: held.append(s.getvalue()))
grows('close', s.close)
del held[:]

t = io.StringIO()
grows('wide write', lambda: t.write(wide))
grows('ascii write', lambda: t.write(chunk))
v = t.getvalue()
print(len(v), sys.getsizeof(v))
grows('initial value', lambda: held.append(io.StringIO('q' * 100)))
