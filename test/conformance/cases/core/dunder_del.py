# __del__ runs when the last reference goes away (CPython reference counting).
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
r = Resource("a")
r = None
print("after rebinding")
b = Resource("b")
alias = b
del b
print("b still alive via alias")
del alias
print("after del alias")
def scope():
    local = Resource("local")
    print("in scope")
scope()
print("after scope")
items = [Resource("x"), Resource("y")]
items.pop(0)
print("popped")
items.clear()
print("cleared")
d = {"k": Resource("dict value")}
d["k"] = 1
print("replaced")
def make():
    return Resource("temp")
make()
print("temp discarded")
print(make().name)
print("after inline")
class Parent:
    def __del__(self):
        print("Parent del")
class Child(Parent):
    def __del__(self):
        print("Child del")
        super().__del__()
c = Child()
del c
class Raiser:
    def __del__(self):
        print("Raiser del")
try:
    x = Raiser()
    x = 5
except Exception as e:
    print("not reached", e)
holder = [Resource("end-of-program")]
print("done")
