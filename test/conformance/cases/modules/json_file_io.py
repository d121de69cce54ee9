# json.dump / json.load with io.StringIO: the pieces dump writes, and reading back
import io
import json

data = {'users': [{'id': 1, 'name': 'ann', 'tags': ['a', 'b']}, {'id': 2, 'name': 'bob', 'tags': []}], 'ok': True}
buf = io.StringIO()
json.dump(data, buf)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf) == data)

pretty = io.StringIO()
json.dump(data, pretty, indent=2, sort_keys=True)
print(pretty.getvalue())
pretty.seek(0)
print(json.load(pretty, object_pairs_hook=list)[0])

class Recorder:
    def __init__(self):
        self.pieces = []
    def write(self, s):
        self.pieces.append(s)
r = Recorder()
json.dump({'a': [1, 2.5, None], 'b': 'x'}, r)
print(r.pieces)
r2 = Recorder()
json.dump([1, {'k': 'v'}], r2, indent=1)
print(r2.pieces)

lines = io.StringIO('{"n": 1}\n{"n": 2}\n{"n": 3}\n')
print([json.loads(line)['n'] for line in lines])
out = io.StringIO()
for i in range(3):
    out.write(json.dumps({'i': i}) + '\n')
print(out.getvalue().splitlines())
b = io.BytesIO(json.dumps({'bin': 'é'}).encode())
print(json.load(b))
