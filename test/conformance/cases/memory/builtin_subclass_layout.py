# type_new's layout over builtin bases per version: __basicsize__, __itemsize__, __dictoffset__,
# __weakrefoffset__ and sys.getsizeof of instances; nonempty __slots__ over a variable-size base.
import sys
bases = [int, float, complex, list, tuple, str, bytes, bytearray, dict, set, frozenset, object, ValueError]
samples = {int: 12345678, float: 1.5, complex: 1j, list: [1, 2], tuple: (1, 2, 3), str: 'abc', bytes: b'abcd',
           bytearray: b'ab', dict: {}, set: (), frozenset: (), object: None, ValueError: None}
variants = [None, (), ('a',), ('__dict__',), ('__weakref__',), ('__dict__', '__weakref__')]
for b in bases:
    print(b.__name__, b.__basicsize__, b.__itemsize__, b.__dictoffset__, b.__weakrefoffset__)
    for v in variants:
        ns = {} if v is None else {'__slots__': v}
        try:
            C = type('C', (b,), ns)
        except TypeError as e:
            print('  ', v, 'TypeError', e)
            continue
        s = samples[b]
        try:
            o = C() if s is None else C(s)
        except TypeError as e:
            print('  ', v, 'new TypeError', e)
            continue
        print('  ', v, C.__basicsize__, C.__itemsize__, C.__dictoffset__, C.__weakrefoffset__, sys.getsizeof(o), hasattr(o, '__dict__'))
        D = type('D', (C,), {})
        print('    sub', D.__basicsize__, D.__itemsize__, D.__dictoffset__, D.__weakrefoffset__, sys.getsizeof(D() if s is None else D(s)))
