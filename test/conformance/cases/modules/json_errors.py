# json errors: JSONDecodeError messages, positions (lineno, colno), encoder TypeError/ValueError messages
import json

def err(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['', '   ', '[', '[1,', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a" 1}', '{1: 2}', "{'a': 1}",
          '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"', 'nul', 'tru', 'fals', '1 2', '[1]x', '-', '-x',
          '01', '1.', '.5', '1e', '\ufeff[]', '{"a": [1, {"b": }]}', '\n\n  [1,\n  2 3]', '[1, 2,,]', 'undefined']:
    err(lambda: json.loads(s))
err(lambda: json.loads(None))


class C:
    pass
err(lambda: json.dumps(C()))
err(lambda: json.dumps({C(): 1}))
err(lambda: json.dumps({(1, 2): 1}))
err(lambda: json.dumps({'a': [1, {'b': C()}]}))
err(lambda: json.dumps(float('inf'), allow_nan=False))
err(lambda: json.dumps({'a': 1, 2: 'b'}, sort_keys=True))
loop = []
loop.append(loop)
err(lambda: json.dumps(loop))
d = {}
d['self'] = d
err(lambda: json.dumps(d))
err(lambda: json.dumps(d, indent=1))

e = json.JSONDecodeError('Custom', 'line one\nline two', 12)
print(e, e.args, e.doc == 'line one\nline two', e.__reduce__()[1])
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__mro__[1].__name__)
