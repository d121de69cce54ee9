# A use of the name `super` at module level turns the compiler's LOAD_SUPER_ATTR off in the whole module
# (CPython's can_optimize_super_call): then each super().m() call makes a super object.
import sys, tracemalloc
class Base:
    def who(self):
        return "base"
class Child(Base):
    def who(self):
        return "child of " + super().who()
c = Child()
print(c.who(), super(Child, c).who())
tracemalloc.start()
t0 = tracemalloc.get_traced_memory()
for _ in range(3):
    c.who()
t1 = tracemalloc.get_traced_memory()
print(t1[0] - t0[0], t1[1] - t0[1] > 0)
print(Child.who.__code__.co_stacksize)
