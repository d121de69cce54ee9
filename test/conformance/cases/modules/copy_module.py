# copy: shallow vs deep copies, custom __copy__/__deepcopy__, cycles.
import copy
orig = {"nums": [1, 2], "nested": {"k": [3]}, "t": (1, [2])}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["nums"].append(99)
orig["nested"]["k"].append(100)
orig["t"][1].append(5)
print(shallow)
print(deep)
print(shallow["nums"] is orig["nums"], deep["nums"] is orig["nums"], copy.copy((1, 2)) is not None)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, dc)
class Node:
    def __init__(self, v, children=None):
        self.v = v
        self.children = children or []
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].v = 40
print(tree, t2)
class Custom:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print("custom __copy__")
        return Custom(self.data)
    def __deepcopy__(self, memo):
        print("custom __deepcopy__")
        return Custom(copy.deepcopy(self.data, memo))
c = Custom([1])
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1.data is c.data, c2.data is c.data)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1])
print(copy.copy([1, [2]]), copy.deepcopy({"a": {1, 2}}), copy.copy("str"), copy.deepcopy(frozenset({1})))
