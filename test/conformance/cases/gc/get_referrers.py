# gc.get_referrers: only deterministic facts (whether specific containers refer to an object).
import gc


class Node:
    pass


target = ["target"]
holder_list = [target]
holder_tuple = (target, 1)
holder_dict = {"k": target}
n = Node()
n.attr = target
unrelated = ["other"]
refs = gc.get_referrers(target)


def has(container):
    return any(r is container for r in refs)


print("list holding it:", has(holder_list))
print("tuple holding it:", has(holder_tuple))
print("dict holding it:", has(holder_dict))
print("unrelated list:", has(unrelated))
print("module globals dict:", has(globals()))
inst_refs = [r for r in refs if r is n]
print("instance (attribute values) holding it:", len(inst_refs) == 1)
del refs
ints = gc.get_referrers(123456789)
print("referrers of an int constant include untracked containers? ", any(r is holder_tuple for r in ints))
x = ["x"]
y = [x, x]
print("list referring twice appears once:", sum(1 for r in gc.get_referrers(x) if r is y))
frozen = tuple([x])
gc.collect()
print("tracked tuple still listed after collect:", any(r is frozen for r in gc.get_referrers(x)))
atoms = tuple(["only", "atoms"])
gc.collect()
print("untracked tuple is never a referrer:", any(r is atoms for r in gc.get_referrers(atoms[0])))
