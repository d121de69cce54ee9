# gc.is_tracked of the objects CPython's start-up made: builtin functions and the descriptors of builtin
# types are tracked GC objects; static types and the empty tuple are not
import gc, sys, builtins

objs = {
    "len": len, "print": print, "getsizeof": sys.getsizeof, "int.__add__": int.__add__, "str.join": str.join,
    "object.__init__": object.__init__, "int.real": int.real, "type.__name__": type.__dict__["__name__"],
    "ValueError.__init__": ValueError.__init__, "BaseException.args": BaseException.__dict__["args"],
    "dict.fromkeys": dict.__dict__["fromkeys"], "str.maketrans": str.__dict__["maketrans"],
    "()": (), "object": object, "int": int, "ValueError": ValueError, "builtins": builtins,
    "None": None, "''": "", "[].append": [].append, "gc.collect": gc.collect,
}
for k, o in objs.items():
    print(k, gc.is_tracked(o))
