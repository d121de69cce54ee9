# pickle: exceptions pickle through BaseException.__reduce__ ((type, args), plus __dict__ when they have one),
# with protocol 0-2's compatibility module name 'exceptions'; slices through slice.__reduce__; copy uses the
# same reductions
import copy
import pickle

e = ValueError('bad value', 2)
print(e.__reduce__())
e.detail = {'k': 1}
print(e.__reduce__())
for proto in range(6):
    data = pickle.dumps([e, KeyError('k'), KeyError, OSError, ZeroDivisionError('z')], proto)
    back = pickle.loads(data)
    print(proto, len(data), data)
    print(type(back[0]).__name__, back[0].args, back[0].detail, back[1], back[2] is KeyError)


class AppError(Exception):
    pass


err = AppError('app', 1)
print(pickle.loads(pickle.dumps(err)).args, type(copy.copy(err)).__name__, copy.deepcopy(e).detail)
print(StopIteration(3).__reduce__(), Exception().__reduce__())
try:
    e.__reduce__(1)
except TypeError as exc:
    print(exc)

sl = slice(1, None, 'x')
print(sl.__reduce__(), pickle.loads(pickle.dumps(sl)), copy.deepcopy(slice(1, 2)))
for proto in range(6):
    print(pickle.dumps([slice(1, 2), slice(None)], proto))
try:
    sl.__reduce__(1)
except TypeError as exc:
    print(exc)
