# os: the process queries a snippet makes without needing the machine: os.environ / getenv semantics
# (a mapping of str; KeyError and TypeError as in CPython), getpid's type, urandom's length and type
import os

key = 'HEAPSCOPE_TEST_UNSET_VARIABLE'
print(os.environ.get(key), os.environ.get(key, 'dflt'), os.getenv(key), os.getenv(key, 'x'), key in os.environ)
os.environ[key] = 'value'
print(os.environ[key], os.getenv(key), key in os.environ, os.environ.get(key))
print(os.environ.pop(key), key in os.environ, os.environ.pop(key, 'gone'))
print(os.environ.setdefault(key, 'v2'), os.environ[key])
del os.environ[key]
print(type(os.environ).__name__, isinstance(os.environ, dict))
for f in (lambda: 1 in os.environ, lambda: os.environ.get(2), lambda: os.environ[key], lambda: os.environ.__setitem__(key, 1), lambda: os.environ.__setitem__(2, 'x'),
          lambda: os.environ.pop(key), lambda: os.environ.__delitem__(key)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getpid() == os.getpid())
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), len(os.urandom(100)))
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
print(callable(os.listdir), callable(os.getcwd), callable(os.stat))
