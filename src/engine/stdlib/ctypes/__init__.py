"""ctypes for heapscope: the simple C types and pointers over the native _ctypes, reading the object
headers heapscope models (c_long.from_address(id(x)).value is x's reference count as CPython stores it).
Loading libraries, calling C functions and raw memory access are not available in the sandbox: they raise
PermissionError naming the idiom to use instead where there is one."""

import sys as _sys
# CPython's ctypes imports these too (sys.modules after `import ctypes` lists them)
import types as _types
from struct import calcsize as _calcsize

from _ctypes import _SimpleCData, _Pointer, POINTER, pointer, sizeof, addressof, _cast
from _ctypes import _pointer_type_cache

__version__ = "1.1.0"


class ArgumentError(Exception):
    pass


class py_object(_SimpleCData):
    _type_ = "O"


class c_short(_SimpleCData):
    _type_ = "h"


class c_ushort(_SimpleCData):
    _type_ = "H"


class c_long(_SimpleCData):
    _type_ = "l"


class c_ulong(_SimpleCData):
    _type_ = "L"


class c_int(_SimpleCData):
    _type_ = "i"


class c_uint(_SimpleCData):
    _type_ = "I"


class c_float(_SimpleCData):
    _type_ = "f"


class c_double(_SimpleCData):
    _type_ = "d"


# as on CPython where long long and long have the same size: one class for both
if _calcsize("l") == _calcsize("q"):
    c_longlong = c_long
    c_ulonglong = c_ulong


class c_ubyte(_SimpleCData):
    _type_ = "B"


class c_byte(_SimpleCData):
    _type_ = "b"


class c_char(_SimpleCData):
    _type_ = "c"


class c_void_p(_SimpleCData):
    _type_ = "P"


c_voidp = c_void_p


class c_bool(_SimpleCData):
    _type_ = "?"


c_size_t = c_ulong
c_ssize_t = c_long
c_int8 = c_byte
c_uint8 = c_ubyte
c_int16 = c_short
c_uint16 = c_ushort
c_int32 = c_int
c_uint32 = c_uint
c_int64 = c_longlong
c_uint64 = c_ulonglong


def cast(obj, typ):
    result = _cast(obj, obj, typ)
    if result is NotImplemented:
        if _sys.version_info >= (3, 13) and not isinstance(obj, _SimpleCData):
            raise ArgumentError(f"argument 1: TypeError: '{type(obj).__name__}' object cannot be "
                                "interpreted as ctypes.c_void_p")
        raise ArgumentError("argument 1: TypeError: wrong type")
    return result


# ---- what needs the machine: C libraries, foreign functions, raw memory

_INSTEAD = {
    "Py_IncRef": "; keep a reference in Python instead (y = x)",
    "Py_DecRef": "; drop a reference in Python instead (del y)",
    "Py_REFCNT": "; read a count with ctypes.c_long.from_address(id(x)).value or sys.getrefcount(x)",
    "string_at": "; read the headers heapscope models with ctypes.c_char.from_address(id(x))",
}


def _sandboxed(what, hint=""):
    raise PermissionError(f"heapscope: programs cannot use ctypes.{what} (the sandbox has no C libraries "
                          f"and no raw memory access){hint}")


class CDLL:
    """A C library: loading one raises the sandbox's error; so does every function of the ones ctypes has."""

    def __init__(self, name, *args, **kwargs):
        _sandboxed(f"{type(self).__name__}({name!r})")

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        _sandboxed(f"{self._name}.{attr}", _INSTEAD.get(attr, ""))

    def __getitem__(self, name):
        _sandboxed(f"{self._name}[{name!r}]", _INSTEAD.get(name, ""))

    def __repr__(self):
        return f"<ctypes.{self._name}: not available in heapscope's sandbox>"


class PyDLL(CDLL):
    pass


def _library(cls, name):
    # the libraries ctypes makes at import (pythonapi) exist without being loaded
    lib = object.__new__(cls)
    lib._name = name
    return lib


pythonapi = _library(PyDLL, "pythonapi")


class LibraryLoader:
    """cdll, pydll: loading a library through them raises the sandbox's error."""

    def __init__(self, dlltype):
        self._dlltype = dlltype
        self._name = "cdll" if dlltype is CDLL else "pydll" if dlltype is PyDLL else "LibraryLoader"

    def __getattr__(self, attr):
        if attr.startswith("_"):
            raise AttributeError(attr)
        _sandboxed(f"{self._name}.{attr}")

    def __getitem__(self, name):
        _sandboxed(f"{self._name}[{name!r}]")

    def LoadLibrary(self, name):
        _sandboxed(f"{self._name}.LoadLibrary({name!r})")


cdll = LibraryLoader(CDLL)
pydll = LibraryLoader(PyDLL)


def CFUNCTYPE(restype, *argtypes, **kw):
    _sandboxed("CFUNCTYPE()")


def PYFUNCTYPE(restype, *argtypes):
    _sandboxed("PYFUNCTYPE()")


def memmove(dst, src, count):
    _sandboxed("memmove()")


def memset(dst, c, count):
    _sandboxed("memset()")


def string_at(ptr, size=-1):
    _sandboxed("string_at()", _INSTEAD["string_at"])


def wstring_at(ptr, size=-1):
    _sandboxed("wstring_at()")


def create_string_buffer(init, size=None):
    _sandboxed("create_string_buffer()")


def create_unicode_buffer(init, size=None):
    _sandboxed("create_unicode_buffer()")


def _not_modelled(cls, **kwargs):
    raise NotImplementedError(f"heapscope's ctypes models the simple types and pointers only: "
                              f"{cls.__name__} cannot be a ctypes.{cls.__mro__[1].__name__}")


class Structure:
    """Structures are not modelled: defining one raises NotImplementedError."""
    __init_subclass__ = _not_modelled


class Union:
    """Unions are not modelled: defining one raises NotImplementedError."""
    __init_subclass__ = _not_modelled


from ctypes._endian import BigEndianStructure, LittleEndianStructure
from ctypes._endian import BigEndianUnion, LittleEndianUnion
