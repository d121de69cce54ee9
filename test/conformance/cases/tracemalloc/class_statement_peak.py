# The peak of a class statement: type_new ends with super(cls, cls).__init_subclass__(), a transient super
# object and bound method (the peak of a class with an empty body is reached there)
import gc, tracemalloc
tracemalloc.start()
class Node:
    pass
empty = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
class Slotted:
    __slots__ = ()
slots = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
Made = type("Made", (), {})
made = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
class Sub(Node):
    pass
sub = tracemalloc.get_traced_memory()
print("empty:", empty)
print("slots:", slots)
print("type():", made)
print("subclass:", sub)
