# A class's __name__ and __qualname__ are the str objects the class holds (ht_name, ht_qualname): the same
# object on every read, one reference each; assigning replaces them. A builtin type's are made on each read.
import sys

name = ''.join(['Dyn', 'amic'])
before = sys.getrefcount(name)
cls = type(name, (), {})
print(cls.__name__ is name, cls.__qualname__ is name, sys.getrefcount(name) - before)
print(cls.__name__ is cls.__name__, cls.__qualname__ is cls.__qualname__)

qual = ''.join(['Outer.', 'Inner'])
cls2 = type(''.join(['In', 'ner']), (), {'__qualname__': qual})
print(cls2.__qualname__ is qual, sys.getrefcount(qual), cls2.__name__, cls2.__qualname__, '__qualname__' in cls2.__dict__)

new_name = ''.join(['Re', 'named'])
cls.__name__ = new_name
print(cls.__name__ is new_name, sys.getrefcount(new_name), sys.getrefcount(name) - before)
new_qual = ''.join(['Q', 'ual'])
cls.__qualname__ = new_qual
print(cls.__qualname__ is new_qual, sys.getrefcount(new_qual), sys.getrefcount(name) - before)
print(cls.__name__, cls.__qualname__, repr(cls).split("'")[1])

# the class statement's name is its code's constant
class Point:
    pass
print(Point.__name__ is Point.__name__, Point.__qualname__ is Point.__name__)

# released with the class
import gc
tmp_name = ''.join(['Tem', 'porary'])
tmp = type(tmp_name, (), {})
print(sys.getrefcount(tmp_name))
del tmp
gc.collect()
print(sys.getrefcount(tmp_name))

# builtin types: a new str per read
print(int.__name__ is int.__name__, dict.__qualname__ is dict.__qualname__, int.__name__ == 'int')
for bad in (1, None):
    try:
        Point.__name__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.__name__ = 'x'
except TypeError as e:
    print(type(e).__name__, e)
