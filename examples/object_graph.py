# object_graph.py: parents and children that point at each other, a
# __del__ finaliser, and gc.collect() finding what reference counting cannot free.
import gc


class Employee:
    def __init__(self, name, manager=None):
        self.name = name
        self.manager = manager
        self.reports = []
        if manager is not None:
            manager.reports.append(self)  # child -> parent and parent -> child: a cycle

    def __del__(self):
        print("goodbye", self.name)


def build_team():
    boss = Employee("Ada")
    for name in ["Grace", "Linus", "Guido"]:
        Employee(name, boss)
    return boss


team = build_team()
print("team of", 1 + len(team.reports))

# Containers are tracked by the cyclic GC; a list can even contain itself.
matrix = [[0] * 3 for _ in range(3)]
matrix[1][1] = matrix
print("matrix tracked by gc:", gc.is_tracked(matrix), "| int tracked:", gc.is_tracked(42))

del team  # the employees refer to each other: nothing is freed yet
del matrix
print("collecting...")
print("unreachable:", gc.collect())
print("done")
