# The builtins module's functions (len, print, ...) are ordinary heap objects in CPython, mortal on every
# version: sys.getrefcount shows the references the interpreter holds plus the program's own.
import sys
import builtins

print(sys.getrefcount(len), sys.getrefcount(isinstance))
f = len
print(sys.getrefcount(len))
del f
many = [len] * 100
print(sys.getrefcount(len))
del many
print(sys.getrefcount(len))

# print is also on the stack while its arguments are evaluated; open is io.open too
print(sys.getrefcount(print), sys.getrefcount(open), sys.getrefcount(getattr), sys.getrefcount(__import__))


def count(fn):
    return sys.getrefcount(fn)


# LOAD_GLOBAL of a builtin, before and after the specializing interpreter has warmed up
print([count(len) for _ in range(20)] == [count(len)] * 20, count(len), count(sorted))

# passed as arguments: map and sorted hold the key function while they run
m = map(len, ['a', 'bb'])
print(sys.getrefcount(len))
print(list(m), sys.getrefcount(len))
del m
print(sorted(['ccc', 'a', 'bb'], key=len), sys.getrefcount(len))
print(max(['ccc', 'a'], key=len), min([[1, 2], [3]], key=len), sys.getrefcount(len))

# rebinding and deleting builtins.X just drops a reference
old = builtins.len
builtins.len = lambda x: 42
print(len('abc'), sys.getrefcount(old))
builtins.len = old
del old
print(len('abc'), sys.getrefcount(len))
a = builtins.abs
del builtins.abs
print(sys.getrefcount(a))
try:
    abs(-1)
except NameError as e:
    print(e)
builtins.abs = a
del a
print(abs(-1), sys.getrefcount(abs))

d = vars(builtins)
names = ['abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'compile', 'delattr', 'dir', 'divmod', 'eval',
         'exec', 'format', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'isinstance',
         'issubclass', 'iter', 'len', 'locals', 'max', 'min', 'next', 'oct', 'open', 'ord', 'pow', 'print',
         'repr', 'round', 'setattr', 'sorted', 'sum', 'vars', '__build_class__', '__import__', 'breakpoint']
sys.stdout.write(' '.join('%s:%d' % (n, sys.getrefcount(d[n])) for n in names) + '\n')
