# io.StringIO's memory under tracemalloc (Modules/_io/stringio.c): writes at the end accumulate (3.12+: a
# _PyUnicodeWriter whose str grows by a quarter; 3.11: a _PyAccu list of the written strs); getvalue() hands out
# the accumulated str and copies it into a fresh accumulator; a read, readline, seek-then-write or truncate
# realizes it into the UCS4 buffer (resize_buffer's growth). Also print(..., file=buf), whose write lookups use a
# static name (no new str kept by the type attribute cache) and whose int pieces are converted with a scratch int.
import io, tracemalloc

def step(label, fn):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    fn()
    current, peak = tracemalloc.get_traced_memory()
    print(label, current - before, peak - before)

tracemalloc.start()
buf = io.StringIO()
for n in (1, 10, 7, 7, 7, 40, 300, 3):
    step('write %d' % n, lambda: buf.write('a' * n))
for i in range(3):
    step('print', lambda: print('line', i * 1000, file=buf))
step('print sep/end', lambda: print('x', 'y', sep='-', end='', file=buf))
held = []
step('getvalue', lambda: held.append(buf.getvalue()))
step('write after getvalue', lambda: buf.write('b' * 20))
step('getvalue again', lambda: held.append(buf.getvalue()))
step('tell', lambda: held.append(buf.tell()))
step('seek 5', lambda: buf.seek(5))
step('read 10', lambda: held.append(buf.read(10)))
step('write middle', lambda: buf.write('Z' * 4))
step('seek end', lambda: buf.seek(0, 2))
step('write end realized', lambda: buf.write('c' * 500))
step('truncate 100', lambda: buf.truncate(100))
step('getvalue realized', lambda: held.append(buf.getvalue()))
step('readline', lambda: held.append(buf.readline()))
step('write latin-1', lambda: buf.write('é' * 3))
step('write ucs2', lambda: buf.write('€' * 3))
step('close', buf.close)
del held[:]

loop = io.StringIO()
step('loop of 200 prints', lambda: [print('line', i, file=loop) for i in range(200)])
step('loop getvalue', lambda: held.append(loop.getvalue()))
print(len(held[0]))
del held[:]

wide = io.StringIO()
step('ascii then ucs2', lambda: (wide.write('a' * 50), wide.write('€'), wide.write('b' * 50)))
step('then ucs4', lambda: wide.write('\U0001F600'))
step('wide getvalue', lambda: held.append(wide.getvalue()))
del held[:]

init = io.StringIO('hello\nworld\n')
step('initial value readline', lambda: held.append(init.readline()))
step('initial value write', lambda: init.write('X' * 30))
nl = io.StringIO(newline='\r\n')
step('newline translate', lambda: nl.write('a\nb\n' * 10))
step('newline getvalue', lambda: held.append(nl.getvalue()))
tracemalloc.stop()
