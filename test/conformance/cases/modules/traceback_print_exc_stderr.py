# traceback.print_exc() / print_stack() write to stderr exactly what the uncaught-exception printer writes
# conformance: compare-stderr=full
import traceback


def parse(text):
    return int(text)


def load(items):
    return [parse(x) for x in items]


try:
    load(['1', 'two'])
except ValueError:
    traceback.print_exc()

try:
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('lookup failed') from e
except RuntimeError:
    traceback.print_exc()
    traceback.print_exc(limit=1, chain=False)


def where():
    traceback.print_stack()


where()
print('done')
