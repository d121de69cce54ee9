# collections.OrderedDict and ChainMap.
from collections import OrderedDict, ChainMap
od = OrderedDict()
od["b"] = 2; od["a"] = 1; od["c"] = 3
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od.update(x=9, y=8)
od.move_to_end("a"); print(list(od))
od.move_to_end("y", last=False); print(list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(od)), od.copy(), OrderedDict.fromkeys("xyz", 0))
try:
    od.move_to_end("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], len(cm), sorted(cm), cm.get("nope", "-"))
cm["color"] = "blue"
print(cli, defaults["color"], cm.maps[0] is cli)
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], list(child.maps[0].items()))
