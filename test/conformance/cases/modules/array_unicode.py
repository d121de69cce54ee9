# array.array's unicode typecodes: 'u' (wchar_t, 4 bytes here; deprecated in 3.13 with a DeprecationWarning)
# and 3.13's 'w' (Py_UCS4); tounicode/fromunicode, the buffer PyUnicode_AsWideCharString gives a 'u' array.
import sys, warnings
from array import array
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    u = array('u', 'héllo\U0001f600')
    print([(x.category.__name__, str(x.message)) for x in w])
print(u, len(u), u.itemsize, u[1], u[-1], u.tounicode(), u.tolist()[:2], sys.getsizeof(u))
warnings.simplefilter('ignore', DeprecationWarning)
u.fromunicode('ab')
print(u, sys.getsizeof(u), u.buffer_info()[1])
u.append('z')
u[0] = 'H'
print(u, u.count('l'), u.index('z'), 'b' in u, u.tobytes()[:8])
for bad in (['ab'], [1], [None]):
    try:
        array('u', bad)
    except TypeError as e:
        print(e)
for call in (lambda: array('i', [1]).tounicode(), lambda: array('i').fromunicode('a'), lambda: array('i', 'abc'),
             lambda: array('b', array('u', 'a')), lambda: u.fromunicode(5)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
if sys.version_info >= (3, 13):
    w = array('w', 'ab\U0001f600')
    print(w, w.itemsize, w.tounicode(), len(w), sys.getsizeof(w), 'w' in __import__('array').typecodes)
else:
    print('w' in __import__('array').typecodes)
