# json.dumps: types, floats, escaping, ensure_ascii, sort_keys, indent, separators, skipkeys, default, cls
import json

doc = {'name': 'héllo "q"\n\t\\', 'n': [1, -2, 3.5, 1e100, 1e-7, 0.1, -0.0, 10**20], 'b': [True, False, None],
       't': (1, 2), 'empty': [[], {}, ()], 'emoji': '😀\x7f\x00'}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False))
print(json.dumps(doc, sort_keys=True, indent=2))
print(json.dumps([1, {'a': [2, {}]}], indent='--'))
print(json.dumps([1, {'a': 2}], indent=0))
print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':')))
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=1, separators=(';', '=')))
print(json.dumps({3: 'int', 2.5: 'float', True: 'bool', None: 'none', 'z': 's'}))
print(json.dumps({(1, 2): 'tuple', 'ok': 1}, skipkeys=True))
print(json.dumps([float('inf'), float('-inf'), float('nan')]))
print(json.dumps('plain'), json.dumps('é'), json.dumps('é', ensure_ascii=False), json.dumps(None), json.dumps(3))
print(json.dumps({1, 2}, default=sorted))
print(json.dumps(range(3), default=list))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return super().default(o)

print(json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder))
print(json.dumps({'p': Point(0, 0)}, cls=PointEncoder, indent=2))
enc = json.JSONEncoder(sort_keys=True)
print(enc.encode({'b': 1, 'a': 2}), list(enc.iterencode({'b': [1, 2], 'a': None})))
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)

from enum import IntEnum
class Color(IntEnum):
    RED = 1
print(json.dumps([Color.RED, {Color.RED: 'r'}]))
