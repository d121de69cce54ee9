"""Object serialization (heapscope stdlib).

heapscope's own implementation of CPython's C pickler and unpickler
(Modules/_pickle.c), written in Python: the bytes `dumps` returns are those of
CPython's `_pickle` (protocols 0-5, framing in protocol 4+, memoization, the
opcode each object gets), and `loads` rebuilds objects with the same operations
(lists extended by APPENDS, dicts filled by SETITEMS, instance dicts by BUILD).
The pickler's own working objects (output buffer, memo) are Python objects
here: what tracemalloc sees while pickling differs from CPython; the result
and the objects `loads` returns do not.  PickleBuffer and out-of-band buffers
are not provided.
"""

import sys
import copyreg
from copyreg import dispatch_table
from functools import partial
from struct import pack, unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID",
           "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD",
           "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT",
           "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4",
           "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL",
           "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG", "LONG1", "LONG4",
           "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE",
           "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ",
           "PERSID", "POP", "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER",
           "REDUCE", "SETITEM", "SETITEMS", "SHORT_BINBYTES",
           "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP",
           "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

_V313 = sys.version_info >= (3, 13)
_NO_PERSISTENT_LOAD = ("A load persistent id instruction was encountered,%sbut no persistent_load function "
                       "was specified." % ('\n' if sys.version_info < (3, 12) else ' '))


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _c in (PickleError, PicklingError, UnpicklingError):
    _c.__module__ = '_pickle'
del _c

# opcodes (the protocol's byte values)
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_HEADER_SIZE = 9
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000

_FunctionType = type(lambda: None)
_BuiltinFunctionType = type(len)
_ModuleType = type(sys)
_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)

# The Python 2 names protocols 0-2 write for Python 3 globals (the part of
# _compat_pickle's reverse mappings that concerns builtin names).
_EXC_NAMES = ('ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException',
              'BufferError', 'BytesWarning', 'DeprecationWarning', 'EOFError',
              'EnvironmentError', 'Exception', 'FloatingPointError', 'FutureWarning',
              'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning',
              'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
              'LookupError', 'MemoryError', 'NameError', 'NotImplementedError',
              'OSError', 'OverflowError', 'PendingDeprecationWarning', 'ReferenceError',
              'RuntimeError', 'RuntimeWarning', 'StopIteration', 'SyntaxError',
              'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError', 'TypeError',
              'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError',
              'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning',
              'ValueError', 'Warning', 'ZeroDivisionError')
_OSERROR_NAMES = ('BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError',
                  'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
                  'FileExistsError', 'FileNotFoundError', 'InterruptedError',
                  'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
                  'ProcessLookupError', 'TimeoutError')
_TO_PY2_NAME = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError'),
}
for _n in _EXC_NAMES:
    _TO_PY2_NAME[('builtins', _n)] = ('exceptions', _n)
for _n in _OSERROR_NAMES:
    _TO_PY2_NAME[('builtins', _n)] = ('exceptions', 'OSError')
del _n
_TO_PY2_MODULE = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
                  '_functools': 'functools', '_pickle': 'pickle'}
_FROM_PY2_MODULE = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue',
                    'exceptions': 'builtins', 'cPickle': 'pickle'}
_FROM_PY2_NAME = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
}


def _codecs_encode(obj, encoding):
    """What protocols 0-2 pickle bytes with: CPython's _codecs.encode(str, 'latin1')."""
    return obj.encode(encoding)


_codecs_encode.__module__ = '_codecs'
_codecs_encode.__name__ = _codecs_encode.__qualname__ = 'encode'


def _utf8(s):
    """str.encode('utf-8', 'surrogatepass'): lone surrogates become their 3-byte form."""
    try:
        return s.encode('utf-8')
    except UnicodeEncodeError:
        out = bytearray()
        for ch in s:
            c = ord(ch)
            if 0xD800 <= c <= 0xDFFF:
                out += bytes((0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)))
            else:
                out += ch.encode('utf-8')
        return bytes(out)


def _raw_unicode_escape(s):
    """_pickle.c raw_unicode_escape: latin-1 bytes, \\uXXXX / \\UXXXXXXXX for the rest
    and for backslash, NUL, newline, carriage return and ^Z."""
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out += b'\\U%08x' % c
        elif c >= 256 or c in (0x5C, 0, 0x0A, 0x0D, 0x1A):
            out += b'\\u%04x' % c
        else:
            out.append(c)
    return bytes(out)


def _raw_unicode_unescape(data):
    """The raw-unicode-escape codec's decoder: \\uXXXX and \\UXXXXXXXX escapes, latin-1 bytes."""
    chars = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b == 0x5C and i + 1 < n and data[i + 1] in (0x75, 0x55):
            width = 4 if data[i + 1] == 0x75 else 8
            chars.append(chr(int(data[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            chars.append(chr(b))
            i += 1
    return ''.join(chars)


def _reduce_builtin(f):
    """meth_reduce (Objects/methodobject.c): a module function pickles as its name, a bound builtin
    method as getattr(self, name); the name is a new str each time."""
    name = (f.__name__ + '.')[:-1]
    self = f.__self__
    if self is None or isinstance(self, _ModuleType):
        return name
    return (getattr, (self, name))


def _protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    proto = protocol.__index__() if not isinstance(protocol, int) else int(protocol)
    if proto < 0:
        return HIGHEST_PROTOCOL
    if proto > HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
    return proto


def _dotted_path(obj, name):
    path = name.split('.')
    for part in path:
        if part == '<locals>':
            verb = 'get' if _V313 else 'pickle'
            if obj is None:
                raise AttributeError("Can't %s local object %r" % (verb, name))
            raise AttributeError("Can't %s local attribute %r on %r" % (verb, name, obj))
    return path


def _deep_attribute(obj, path):
    """(parent, attribute) along `path`, or (None, None) when a lookup fails."""
    parent = None
    for name in path:
        parent = obj
        try:
            obj = getattr(parent, name)
        except AttributeError:
            return None, None
    return parent, obj


def _whichmodule(obj, path):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module is None:
            continue
        if _deep_attribute(module, path)[1] is obj:
            return module_name
    return '__main__'


class Pickler:
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)"""

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        proto = _protocol(protocol)
        if buffer_callback is not None and proto < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._init(proto, fix_imports)

    def _init(self, proto, fix_imports):
        self.proto = proto
        self.bin = proto > 0
        self.fast = 0
        self._fix_imports = bool(fix_imports) and proto < 3
        self._memo = {}
        self._buf = bytearray()
        self._framing = False
        self._frame_start = -1
        # 3.13's Pickler has a default persistent_id (None for everything): only an override is called
        pid = getattr(self, 'persistent_id', None)
        self._has_persistent_id = pid is not None and not (
            _V313 and getattr(pid, '__func__', None) is Pickler.persistent_id)
        self._reducer_override = None

    @property
    def memo(self):
        return {k: v for k, v in self._memo.items()}

    if _V313:
        def persistent_id(self, obj):
            """The persistent ID of an object (None: pickle it as usual)."""
            return None

    def clear_memo(self):
        self._memo.clear()

    def dump(self, obj):
        """Write a pickled representation of the given object to the open file."""
        if getattr(self, '_file_write', None) is None:
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._buf = bytearray()
        self._frame_start = -1
        self._dump(obj)
        self._flush_to_file()

    # ---- output buffer and frames (_Pickler_Write, _Pickler_CommitFrame) ----

    def _write(self, data):
        buf = self._buf
        if self._framing and self._frame_start < 0:
            self._frame_start = len(buf)
            buf += b'\xfe\xfe\xfe\xfe\xfe\xfe\xfe\xfe\xfe'
        buf += data

    def _commit_frame(self):
        start = self._frame_start
        if not self._framing or start < 0:
            return
        buf = self._buf
        n = len(buf) - start - _FRAME_HEADER_SIZE
        if n >= _FRAME_SIZE_MIN:
            buf[start:start + _FRAME_HEADER_SIZE] = FRAME + n.to_bytes(8, 'little')
        else:
            del buf[start:start + _FRAME_HEADER_SIZE]
        self._frame_start = -1

    def _getvalue(self):
        self._commit_frame()
        data = bytes(self._buf)
        self._buf = bytearray()
        return data

    def _flush_to_file(self):
        self._file_write(self._getvalue())

    def _opcode_boundary(self):
        start = self._frame_start
        if not self._framing or start < 0:
            return
        if len(self._buf) - start - _FRAME_HEADER_SIZE >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            if getattr(self, '_file_write', None) is not None:
                self._flush_to_file()

    def _write_large(self, header, data):
        """_Pickler_write_bytes: a payload of 64 KiB or more goes outside any frame."""
        if len(data) < _FRAME_SIZE_TARGET:
            self._write(header)
            self._write(data)
            return
        framing = self._framing
        self._commit_frame()
        self._framing = False
        self._write(header)
        if getattr(self, '_file_write', None) is not None:
            self._flush_to_file()
            self._file_write(data)
        else:
            self._write(data)
        self._framing = framing

    # ---- the memo ----

    def _memo_put(self, obj):
        if self.fast:
            return
        idx = len(self._memo)
        self._memo[id(obj)] = (idx, obj)
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif not self.bin:
            self._write(b'p%d\n' % idx)
        elif idx < 256:
            self._write(BINPUT + bytes((idx,)))
        else:
            self._write(LONG_BINPUT + idx.to_bytes(4, 'little'))

    def _memo_get(self, obj):
        idx = self._memo[id(obj)][0]
        if not self.bin:
            self._write(b'g%d\n' % idx)
        elif idx < 256:
            self._write(BINGET + bytes((idx,)))
        else:
            self._write(LONG_BINGET + idx.to_bytes(4, 'little'))

    # ---- dump and save ----

    def _dump(self, obj):
        self._reducer_override = getattr(self, 'reducer_override', None)
        try:
            if self.proto >= 2:
                self._write(PROTO + bytes((self.proto,)))
                if self.proto >= 4:
                    self._framing = True
            self._save(obj)
            self._write(STOP)
            self._commit_frame()
        finally:
            self._framing = False
            # the bound method refers to the pickler: drop it (no cycle left behind)
            self._reducer_override = None

    def _save(self, obj, pers_save=False):
        self._opcode_boundary()
        if not pers_save and self._has_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self._write(NONE)
            return
        if obj is True or obj is False:
            if self.proto >= 2:
                self._write(NEWTRUE if obj else NEWFALSE)
            else:
                self._write(TRUE if obj else FALSE)
            return
        if t is int:
            self._save_long(obj)
            return
        if t is float:
            if self.bin:
                self._write(BINFLOAT + pack('>d', obj))
            else:
                self._write(b'F' + repr(obj).encode('ascii') + b'\n')
            return
        if id(obj) in self._memo:
            self._memo_get(obj)
            return
        if t is bytes:
            self._save_bytes(obj)
            return
        if t is str:
            self._save_str(obj)
            return
        if t is dict:
            self._save_dict(obj)
            return
        if t is set:
            self._save_set(obj)
            return
        if t is frozenset:
            self._save_frozenset(obj)
            return
        if t is list:
            self._save_list(obj)
            return
        if t is tuple:
            self._save_tuple(obj)
            return
        if t is bytearray:
            self._save_bytearray(obj)
            return
        rv = NotImplemented
        if self._reducer_override is not None:
            rv = self._reducer_override(obj)
        if rv is NotImplemented:
            if t is type:
                self._save_type(obj)
                return
            if t is _FunctionType:
                self._save_global(obj)
                return
            table = getattr(self, 'dispatch_table', dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif t is _BuiltinFunctionType:
                rv = _reduce_builtin(obj)
            elif obj is ... or obj is NotImplemented:
                # ellipsis_reduce / notimplemented_reduce: the singleton's name
                rv = repr(obj)
            elif issubclass(t, type):
                self._save_global(obj)
                return
            else:
                reduce = getattr(obj, '__reduce_ex__', None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if reduce is None:
                        raise PicklingError("can't pickle '%.200s' object: %r" % (t.__name__, obj))
                    rv = reduce()
        if isinstance(rv, str):
            self._save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self._save_reduce(rv, obj)

    def _save_pers(self, pid):
        if self.bin:
            self._save(pid, True)
            self._write(BINPERSID)
        else:
            s = str(pid)
            if not s.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._write(PERSID + s.encode('ascii') + b'\n')

    def _save_long(self, v):
        if -0x80000000 <= v <= 0x7fffffff:
            if not self.bin:
                self._write(b'I%d\n' % v)
            elif 0 <= v <= 0xff:
                self._write(BININT1 + bytes((v,)))
            elif 0 <= v <= 0xffff:
                self._write(BININT2 + v.to_bytes(2, 'little'))
            else:
                self._write(BININT + v.to_bytes(4, 'little', signed=True))
            return
        if self.proto >= 2:
            nbytes = (abs(v).bit_length() >> 3) + 1
            data = v.to_bytes(nbytes, 'little', signed=True)
            if v < 0 and nbytes > 1 and data[-1] == 0xff and data[-2] & 0x80:
                data = data[:-1]
                nbytes -= 1
            if nbytes < 256:
                self._write(LONG1 + bytes((nbytes,)))
            else:
                self._write(LONG4 + nbytes.to_bytes(4, 'little'))
            self._write(data)
        else:
            self._write(LONG + repr(v).encode('ascii') + b'L\n')

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self._save_reduce((bytes, ()), obj)
            else:
                self._save_reduce((_codecs_encode, (obj.decode('latin-1'), 'latin1')), obj)
            return
        self._save_bytes_data(obj, obj)

    def _save_bytes_data(self, obj, data):
        n = len(data)
        if n <= 0xff:
            header = SHORT_BINBYTES + bytes((n,))
        elif n <= 0xffffffff:
            header = BINBYTES + n.to_bytes(4, 'little')
        elif self.proto >= 4:
            header = BINBYTES8 + n.to_bytes(8, 'little')
        else:
            raise OverflowError("serializing a bytes object larger than 4 GiB "
                                "requires pickle protocol 4 or higher")
        self._write_large(header, data)
        self._memo_put(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self._save_reduce((bytearray, ()), obj)
            else:
                self._save_reduce((bytearray, (bytes(obj),)), obj)
            return
        self._write_large(BYTEARRAY8 + len(obj).to_bytes(8, 'little'), bytes(obj))
        self._memo_put(obj)

    def _save_str(self, obj):
        if self.bin:
            data = _utf8(obj)
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                header = SHORT_BINUNICODE + bytes((n,))
            elif n <= 0xffffffff:
                header = BINUNICODE + n.to_bytes(4, 'little')
            elif self.proto >= 4:
                header = BINUNICODE8 + n.to_bytes(8, 'little')
            else:
                raise OverflowError("serializing a string larger than 4 GiB "
                                    "requires pickle protocol 4 or higher")
            self._write_large(header, data)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self._memo_put(obj)

    def _save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._write(EMPTY_TUPLE if self.proto else MARK + TUPLE)
            return
        save = self._save
        if n <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            if id(obj) in self._memo:
                self._write(POP * n)
                self._memo_get(obj)
                return
            self._write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
            self._memo_put(obj)
            return
        self._write(MARK)
        for item in obj:
            save(item)
        if id(obj) in self._memo:
            self._write(POP_MARK if self.bin else POP * (n + 1))
            self._memo_get(obj)
            return
        self._write(TUPLE)
        self._memo_put(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self._memo_put(obj)
        if not obj:
            return
        if self.proto > 0:
            save = self._save
            if len(obj) == 1:
                save(obj[0])
                self._write(APPEND)
                return
            total = 0
            while True:
                self._write(MARK)
                batch = 0
                while total < len(obj):
                    save(obj[total])
                    total += 1
                    batch += 1
                    if batch == _BATCHSIZE:
                        break
                self._write(APPENDS)
                if total >= len(obj):
                    return
        self._batch_appends(iter(obj))

    def _batch_appends(self, it):
        """batch_list: MARK items APPENDS in batches, APPEND for a lone item (protocol 0: one by one)."""
        save = self._save
        write = self._write
        if self.proto == 0:
            for item in it:
                save(item)
                write(APPEND)
            return
        while True:
            try:
                first = next(it)
            except StopIteration:
                return
            try:
                item = next(it)
            except StopIteration:
                save(first)
                write(APPEND)
                return
            write(MARK)
            save(first)
            n = 1
            while True:
                save(item)
                n += 1
                if n == _BATCHSIZE:
                    break
                try:
                    item = next(it)
                except StopIteration:
                    break
            write(APPENDS)
            if n != _BATCHSIZE:
                return

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self._memo_put(obj)
        if not obj:
            return
        if type(obj) is dict and self.proto > 0:
            save = self._save
            size = len(obj)
            if size == 1:
                for k, v in obj.items():
                    save(k)
                    save(v)
                self._write(SETITEM)
                return
            it = iter(obj.items())
            while True:
                self._write(MARK)
                batch = 0
                for k, v in it:
                    save(k)
                    save(v)
                    batch += 1
                    if batch == _BATCHSIZE:
                        break
                self._write(SETITEMS)
                if len(obj) != size:
                    raise RuntimeError("dictionary changed size during iteration")
                if batch != _BATCHSIZE:
                    return
        self._batch_setitems(iter(obj.items()))

    def _batch_setitems(self, it):
        save = self._save
        write = self._write
        if self.proto == 0:
            for pair in it:
                if type(pair) is not tuple or len(pair) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(pair[0])
                save(pair[1])
                write(SETITEM)
            return
        while True:
            try:
                first = next(it)
            except StopIteration:
                return
            if not isinstance(first, tuple) or len(first) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            try:
                pair = next(it)
            except StopIteration:
                save(first[0])
                save(first[1])
                write(SETITEM)
                return
            write(MARK)
            save(first[0])
            save(first[1])
            n = 1
            while True:
                if not isinstance(pair, tuple) or len(pair) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(pair[0])
                save(pair[1])
                n += 1
                if n == _BATCHSIZE:
                    break
                try:
                    pair = next(it)
                except StopIteration:
                    break
            write(SETITEMS)
            if n != _BATCHSIZE:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self._save_reduce((set, (list(obj),)), obj)
            return
        self._write(EMPTY_SET)
        self._memo_put(obj)
        size = len(obj)
        if size == 0:
            return
        save = self._save
        it = iter(obj)
        while True:
            self._write(MARK)
            batch = 0
            for item in it:
                save(item)
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self._write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if batch != _BATCHSIZE:
                return

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self._save_reduce((frozenset, (list(obj),)), obj)
            return
        self._write(MARK)
        for item in obj:
            self._save(item)
        if id(obj) in self._memo:
            self._write(POP_MARK)
            self._memo_get(obj)
            return
        self._write(FROZENSET)
        self._memo_put(obj)

    def _save_type(self, obj):
        if obj is _NoneType:
            self._save_reduce((type, (None,)), obj)
        elif obj is _EllipsisType:
            self._save_reduce((type, (...,)), obj)
        elif obj is _NotImplementedType:
            self._save_reduce((type, (NotImplemented,)), obj)
        else:
            self._save_global(obj)

    def _save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        path = _dotted_path(None, name)
        if obj is _codecs_encode:
            module_name = '_codecs'
            parent = module = None
        else:
            module_name = _whichmodule(obj, path)
            try:
                __import__(module_name)
                module = sys.modules[module_name]
            except Exception:
                raise PicklingError("Can't pickle %r: import of module %r failed"
                                    % (obj, module_name)) from None
            parent, found = _deep_attribute(module, path)
            if parent is None:
                raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                    % (obj, name, module_name))
            if found is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                    % (obj, module_name, name))
        lastname = path[-1]
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code is not None:
                if code <= 0xff:
                    self._write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    self._write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    self._write(EXT4 + code.to_bytes(4, 'little'))
                return
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self._save(module_name)
            self._save(name)
            self._write(STACK_GLOBAL)
        elif parent is not module:
            if _V313:
                self._save_nested(module_name, path)
            else:
                self._save_reduce((getattr, (parent, lastname)), None)
        else:
            self._write_global(module_name, name)
        self._memo_put(obj)

    def _save_nested(self, module_name, path):
        """3.13's protocol 0-3 form of a nested name: getattr(getattr(module.A, 'B'), 'C') with no memo
        entries for the enclosing objects or the argument tuples."""
        if len(path) == 1:
            self._write_global(module_name, path[0])
            return
        self._save(getattr)
        if self.proto < 2:
            self._write(MARK)
        self._save_nested(module_name, path[:-1])
        self._save(path[-1])
        self._write(TUPLE2 if self.proto >= 2 else TUPLE)
        self._write(REDUCE)

    def _write_global(self, module_name, name):
        if self._fix_imports:
            mapped = _TO_PY2_NAME.get((module_name, name))
            if mapped is not None:
                module_name, name = mapped
            else:
                module_name = _TO_PY2_MODULE.get(module_name, module_name)
        encoding = 'utf-8' if self.proto == 3 else 'ascii'
        try:
            m = module_name.encode(encoding)
        except UnicodeEncodeError:
            raise PicklingError("can't pickle module identifier '%s' using pickle protocol %i"
                                % (module_name, self.proto)) from None
        try:
            g = name.encode(encoding)
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s' using pickle protocol %i"
                                % (name, self.proto)) from None
        self._write(GLOBAL + m + b'\n' + g + b'\n')

    def _save_reduce(self, rv, obj):
        size = len(rv)
        if size < 2 or size > 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        func, args = rv[0], rv[1]
        state = rv[2] if size > 2 else None
        listitems = rv[3] if size > 3 else None
        dictitems = rv[4] if size > 4 else None
        state_setter = rv[5] if size > 5 else None
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(type(listitems), '__next__'):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be "
                                "an iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(type(dictitems), '__next__'):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be "
                                "an iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be "
                                "a function, not %s" % type(state_setter).__name__)
        save = self._save
        write = self._write
        func_name = getattr(func, '__name__', None) if self.proto >= 2 else None
        if func_name == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d"
                                    % len(args))
            cls, a, kw = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, not %.200s"
                                    % type(cls).__name__)
            if not isinstance(a, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not %.200s"
                                    % type(a).__name__)
            if not isinstance(kw, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, not %.200s"
                                    % type(kw).__name__)
            if self.proto >= 4:
                save(cls)
                save(a)
                save(kw)
                write(NEWOBJ_EX)
            else:
                save(partial(cls.__new__, cls, *a, **kw))
                save(())
                write(REDUCE)
        elif func_name == '__newobj__':
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, '__class__', type(obj)) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self._memo:
                write(POP)
                self._memo_get(obj)
                return
            self._memo_put(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)


Pickler.__module__ = '_pickle'


class _BufferPickler(Pickler):
    """The pickler dumps() uses: no file, the result is the buffer."""

    def __init__(self, protocol, fix_imports, buffer_callback):
        proto = _protocol(protocol)
        if buffer_callback is not None and proto < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._file_write = None
        self._init(proto, fix_imports)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    p = _BufferPickler(protocol, fix_imports, buffer_callback)
    p._dump(obj)
    return p._getvalue()


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


# ---------------------------------------------------------------------------
# Unpickling
# ---------------------------------------------------------------------------

class _Stop(Exception):
    pass


def _load_key_error(code):
    if 0x20 <= code <= 0x7e and code not in (0x27, 0x5C):
        return UnpicklingError("invalid load key, '%c'." % code)
    return UnpicklingError("invalid load key, '\\x%02x'." % code)


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())"""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._init(b'', fix_imports, encoding, errors)

    def _init(self, data, fix_imports, encoding, errors):
        self._data = data
        self._pos = 0
        self._fix_imports = fix_imports
        self._encoding = encoding
        self._errors = errors
        self.memo = {}
        self._stack = []
        self._marks = []
        self.proto = 0
        self._has_persistent_load = hasattr(self, 'persistent_load')

    # ---- input ----

    def _read(self, n):
        pos = self._pos
        data = self._data
        if pos + n <= len(data):
            self._pos = pos + n
            return data[pos:pos + n]
        if self._file_read is None:
            raise UnpicklingError("pickle data was truncated")
        rest = data[pos:]
        more = self._file_read(n - len(rest))
        self._data = b''
        self._pos = 0
        if len(more) < n - len(rest):
            raise UnpicklingError("pickle data was truncated")
        return rest + more if rest else more

    def _readline(self):
        pos = self._pos
        data = self._data
        end = data.find(b'\n', pos)
        if end >= 0:
            self._pos = end + 1
            return data[pos:end + 1]
        if self._file_read is None:
            raise UnpicklingError("pickle data was truncated")
        line = data[pos:] + self._file_readline()
        self._data = b''
        self._pos = 0
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _pop_mark(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        m = self._marks.pop()
        stack = self._stack
        items = stack[m:]
        del stack[m:]
        return items

    def _pop(self):
        stack = self._stack
        if len(stack) <= (self._marks[-1] if self._marks else 0):
            raise UnpicklingError("unpickling stack underflow")
        return stack.pop()

    def _top(self):
        stack = self._stack
        if len(stack) <= (self._marks[-1] if self._marks else 0):
            raise UnpicklingError("unpickling stack underflow")
        return stack[-1]

    def load(self):
        """Load a pickle from the open file given in the constructor."""
        if getattr(self, '_data', None) is None:
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self._stack = []
        self._marks = []
        stack = self._stack
        try:
            while True:
                pos = self._pos
                data = self._data
                if pos < len(data):
                    code = data[pos]
                    self._pos = pos + 1
                else:
                    try:
                        code = self._read(1)[0]
                    except UnpicklingError:
                        raise EOFError("Ran out of input") from None
                op = _DISPATCH.get(code)
                if op is None:
                    raise _load_key_error(code)
                op(self)
        except _Stop:
            pass
        if not stack:
            raise UnpicklingError("unpickling stack underflow")
        value = stack.pop()
        self._stack = []
        self._marks = []
        return value

    if _V313:
        def persistent_load(self, pid):
            raise UnpicklingError(_NO_PERSISTENT_LOAD)

    def find_class(self, module, name):
        """Return an object from a specified module (imported if necessary)."""
        if self.proto < 3 and self._fix_imports:
            mapped = _FROM_PY2_NAME.get((module, name))
            if mapped is not None:
                module, name = mapped
            else:
                module = _FROM_PY2_MODULE.get(module, module)
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        __import__(module)
        mod = sys.modules[module]
        if self.proto >= 4:
            obj = mod
            for part in _dotted_path(mod, name):
                try:
                    obj = getattr(obj, part)
                except AttributeError:
                    raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None
            return obj
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    # ---- opcodes ----

    def _op_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _op_frame(self):
        n = int.from_bytes(self._read(8), 'little')
        if self._file_read is not None and self._pos >= len(self._data):
            self._data = self._read(n)
            self._pos = 0

    def _op_stop(self):
        raise _Stop

    def _op_mark(self):
        self._marks.append(len(self._stack))

    def _op_none(self):
        self._stack.append(None)

    def _op_newtrue(self):
        self._stack.append(True)

    def _op_newfalse(self):
        self._stack.append(False)

    def _op_int(self):
        line = self._readline()[:-1]
        if line == b'00':
            v = False
        elif line == b'01':
            v = True
        else:
            v = int(line)
        self._stack.append(v)

    def _op_binint(self):
        self._stack.append(int.from_bytes(self._read(4), 'little', signed=True))

    def _op_binint1(self):
        self._stack.append(self._read(1)[0])

    def _op_binint2(self):
        self._stack.append(int.from_bytes(self._read(2), 'little'))

    def _op_long(self):
        line = self._readline()[:-1]
        if line.endswith(b'L'):
            line = line[:-1]
        self._stack.append(int(line))

    def _op_long1(self):
        n = self._read(1)[0]
        self._stack.append(int.from_bytes(self._read(n), 'little', signed=True))

    def _op_long4(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._stack.append(int.from_bytes(self._read(n), 'little', signed=True))

    def _op_float(self):
        self._stack.append(float(self._readline()[:-1].decode('ascii')))

    def _op_binfloat(self):
        self._stack.append(unpack('>d', self._read(8))[0])

    def _decode_py2_str(self, data):
        if self._encoding == 'bytes':
            return data
        return data.decode(self._encoding, self._errors)

    def _op_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._stack.append(self._decode_py2_str(data.decode('latin-1').encode('latin-1')))

    def _op_binstring(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self._stack.append(self._decode_py2_str(self._read(n)))

    def _op_short_binstring(self):
        n = self._read(1)[0]
        self._stack.append(self._decode_py2_str(self._read(n)))

    def _op_binbytes(self):
        self._stack.append(self._read(int.from_bytes(self._read(4), 'little')))

    def _op_short_binbytes(self):
        self._stack.append(self._read(self._read(1)[0]))

    def _op_binbytes8(self):
        self._stack.append(self._read(int.from_bytes(self._read(8), 'little')))

    def _op_bytearray8(self):
        self._stack.append(bytearray(self._read(int.from_bytes(self._read(8), 'little'))))

    def _op_unicode(self):
        self._stack.append(_raw_unicode_unescape(self._readline()[:-1]))

    def _op_binunicode(self):
        self._stack.append(self._read(int.from_bytes(self._read(4), 'little')).decode('utf-8'))

    def _op_short_binunicode(self):
        self._stack.append(self._read(self._read(1)[0]).decode('utf-8'))

    def _op_binunicode8(self):
        self._stack.append(self._read(int.from_bytes(self._read(8), 'little')).decode('utf-8'))

    def _op_tuple(self):
        self._stack.append(tuple(self._pop_mark()))

    def _op_empty_tuple(self):
        self._stack.append(())

    def _op_tuple1(self):
        self._stack.append((self._pop(),))

    def _op_tuple2(self):
        b = self._pop()
        a = self._pop()
        self._stack.append((a, b))

    def _op_tuple3(self):
        c = self._pop()
        b = self._pop()
        a = self._pop()
        self._stack.append((a, b, c))

    def _op_empty_list(self):
        self._stack.append([])

    def _op_empty_dict(self):
        self._stack.append({})

    def _op_empty_set(self):
        self._stack.append(set())

    def _op_frozenset(self):
        self._stack.append(frozenset(self._pop_mark()))

    def _op_list(self):
        self._stack.append(self._pop_mark())

    def _op_dict(self):
        items = self._pop_mark()
        d = {}
        for i in range(0, len(items) - 1, 2):
            d[items[i]] = items[i + 1]
        self._stack.append(d)

    def _op_append(self):
        value = self._pop()
        self._top().append(value)

    def _op_appends(self):
        items = self._pop_mark()
        lst = self._top()
        if type(lst) is list:
            # PyList_SetSlice at the end: list_resize's over-allocation (extend would allocate exactly)
            n = len(lst)
            lst[n:n] = items
            return
        extend = getattr(lst, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            append = lst.append
            for item in items:
                append(item)

    def _op_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _op_setitems(self):
        items = self._pop_mark()
        d = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def _op_additems(self):
        items = self._pop_mark()
        s = self._top()
        if isinstance(s, set):
            s.update(items)
        else:
            add = s.add
            for item in items:
                add(item)

    def _op_pop(self):
        if self._marks and self._marks[-1] == len(self._stack):
            self._marks.pop()
        else:
            self._pop()

    def _op_pop_mark(self):
        self._pop_mark()

    def _op_dup(self):
        self._stack.append(self._top())

    def _op_get(self):
        self._get(int(self._readline()[:-1]))

    def _op_binget(self):
        self._get(self._read(1)[0])

    def _op_long_binget(self):
        self._get(int.from_bytes(self._read(4), 'little'))

    def _get(self, idx):
        try:
            self._stack.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def _op_put(self):
        idx = int(self._readline()[:-1])
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self._top()

    def _op_binput(self):
        self.memo[self._read(1)[0]] = self._top()

    def _op_long_binput(self):
        idx = int.from_bytes(self._read(4), 'little', signed=True)
        if idx < 0:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[idx] = self._top()

    def _op_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def _op_global(self):
        module = self._readline()[:-1].decode('utf-8')
        name = self._readline()[:-1].decode('utf-8')
        self._stack.append(self.find_class(module, name))

    def _op_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._stack.append(self.find_class(module, name))

    def _op_ext(self, nbytes):
        code = int.from_bytes(self._read(nbytes), 'little')
        obj = copyreg._extension_cache.get(code)
        if obj is None:
            key = copyreg._inverted_registry.get(code)
            if key is None:
                raise ValueError("unregistered extension code %d" % code)
            obj = self.find_class(*key)
            copyreg._extension_cache[code] = obj
        self._stack.append(obj)

    def _op_ext1(self):
        self._op_ext(1)

    def _op_ext2(self):
        self._op_ext(2)

    def _op_ext4(self):
        self._op_ext(4)

    def _op_reduce(self):
        args = self._pop()
        func = self._top()
        self._stack[-1] = func(*args)

    def _op_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if type(args) is not tuple:
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self._stack.append(cls.__new__(cls, *args))

    def _op_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %.200s"
                                  % type(cls).__name__)
        self._stack.append(cls.__new__(cls, *args, **kwargs))

    def _op_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = sys.intern(k)
                inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _op_persid(self):
        pid = self._readline()[:-1]
        if not self._has_persistent_load:
            raise UnpicklingError(_NO_PERSISTENT_LOAD)
        try:
            pid = pid.decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self._stack.append(self.persistent_load(pid))

    def _op_binpersid(self):
        pid = self._pop()
        if not self._has_persistent_load:
            raise UnpicklingError(_NO_PERSISTENT_LOAD)
        self._stack.append(self.persistent_load(pid))


Unpickler.__module__ = '_pickle'


class _BufferUnpickler(Unpickler):
    """The unpickler loads() uses: it reads the bytes it was given."""

    def __init__(self, data, fix_imports, encoding, errors):
        self._file_read = None
        self._file_readline = None
        self._init(data, fix_imports, encoding, errors)


_DISPATCH = {}
for _name, _code in (('proto', PROTO), ('frame', FRAME), ('stop', STOP), ('mark', MARK),
                     ('none', NONE), ('newtrue', NEWTRUE), ('newfalse', NEWFALSE),
                     ('int', INT), ('binint', BININT), ('binint1', BININT1),
                     ('binint2', BININT2), ('long', LONG), ('long1', LONG1), ('long4', LONG4),
                     ('float', FLOAT), ('binfloat', BINFLOAT), ('string', STRING),
                     ('binstring', BINSTRING), ('short_binstring', SHORT_BINSTRING),
                     ('binbytes', BINBYTES), ('short_binbytes', SHORT_BINBYTES),
                     ('binbytes8', BINBYTES8), ('bytearray8', BYTEARRAY8),
                     ('unicode', UNICODE), ('binunicode', BINUNICODE),
                     ('short_binunicode', SHORT_BINUNICODE), ('binunicode8', BINUNICODE8),
                     ('tuple', TUPLE), ('empty_tuple', EMPTY_TUPLE), ('tuple1', TUPLE1),
                     ('tuple2', TUPLE2), ('tuple3', TUPLE3), ('empty_list', EMPTY_LIST),
                     ('empty_dict', EMPTY_DICT), ('empty_set', EMPTY_SET),
                     ('frozenset', FROZENSET), ('list', LIST), ('dict', DICT),
                     ('append', APPEND), ('appends', APPENDS), ('setitem', SETITEM),
                     ('setitems', SETITEMS), ('additems', ADDITEMS), ('pop', POP),
                     ('pop_mark', POP_MARK), ('dup', DUP), ('get', GET), ('binget', BINGET),
                     ('long_binget', LONG_BINGET), ('put', PUT), ('binput', BINPUT),
                     ('long_binput', LONG_BINPUT), ('memoize', MEMOIZE), ('global', GLOBAL),
                     ('stack_global', STACK_GLOBAL), ('ext1', EXT1), ('ext2', EXT2),
                     ('ext4', EXT4), ('reduce', REDUCE), ('newobj', NEWOBJ),
                     ('newobj_ex', NEWOBJ_EX), ('build', BUILD), ('persid', PERSID),
                     ('binpersid', BINPERSID)):
    _DISPATCH[_code[0]] = getattr(Unpickler, '_op_' + _name)
del _name, _code


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if type(data) is not bytes:
        data = bytes(data)
    return _BufferUnpickler(data, fix_imports, encoding, errors).load()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors).load()
