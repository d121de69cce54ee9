# print() and sys.stdout.write into an io.StringIO: contextlib.redirect_stdout, print(file=...), sys.stdout = ...
import io
import sys
from contextlib import redirect_stdout

buf = io.StringIO()
with redirect_stdout(buf):
    print('captured', 1, 2.5, sep='|', end='!\n')
    print()
    sys.stdout.write('direct\n')
print('after:', repr(buf.getvalue()))

out = io.StringIO()
print('to file', [1, 2], file=out)
print('a', 'b', sep='', end='', file=out)
print(repr(out.getvalue()))

old = sys.stdout
sys.stdout = io.StringIO()
print('hidden')
text = sys.stdout.getvalue()
sys.stdout = old
print('restored', repr(text))

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
sink = Sink()
print('x', 'y', file=sink)
print(sink.parts)
