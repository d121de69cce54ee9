# pickle: the bytes CPython's C pickler writes for builtin values, per protocol (framing, memo opcodes,
# BINUNICODE vs SHORT_BINUNICODE, int widths, protocol 0-2 compatibility names), and loads round trips
import pickle
import sys

print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
print(pickle.PickleError, pickle.PicklingError, pickle.UnpicklingError, pickle.Pickler, pickle.Unpickler)
print(pickle.PicklingError.__mro__)

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -128, -129, 2**31 - 1, -2**31, 2**31,
          2**63, -2**63, 10**40, -10**40, 1.5, -0.0, float('inf'), 1e100, '', 'a', 'héllo', 'x' * 300,
          'a\\b\nc\r\x00\x1a', '\u20ac\U0001f600', b'', b'\x00', b'bytes', b'z' * 300, bytearray(b'ba'),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {'k': 'v'}, {'a': 1, 'b': 2},
          set(), {7}, frozenset(), frozenset([8]), complex(1, 2), range(3), len, list, type(None), ...,
          NotImplemented]
for proto in range(6):
    print('protocol', proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(' ', repr(v)[:30], len(data), data if len(data) < 90 else data[:60], back == v or back != back)

shared = 'shared'
obj = [shared, shared, (shared,), {'k': shared, 'j': [shared]}]
for proto in range(6):
    data = pickle.dumps(obj, protocol=proto)
    print(proto, len(data), data)
print(pickle.dumps(obj, protocol=-1) == pickle.dumps(obj, protocol=5))
print(pickle.dumps(obj) == pickle.dumps(obj, pickle.DEFAULT_PROTOCOL))
