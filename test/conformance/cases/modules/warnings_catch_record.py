# warnings.catch_warnings(record=True): WarningMessage objects; filters restored on exit.
import warnings

before = warnings.filters[:]
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("third"))
print(len(w))
for m in w:
    print(m.category.__name__, m.message, type(m.message).__name__, m.filename.endswith(".py"), m.lineno, m.line)
print(str(w[0]).replace(w[0].filename, "FILE"))
print(warnings.filters == before)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error")
    except UserWarning as e:
        print("error:", e)
print(warnings.filters == before)
with warnings.catch_warnings(record=True) as w:
    warnings.warn("default filter dedups")
    warnings.warn("default filter dedups")
print(len(w))
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
with warnings.catch_warnings(action="ignore"):
    warnings.warn("silenced")
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  the line  "), end="")
def show(message, category, filename, lineno, file=None, line=None):
    print("custom show:", message, category.__name__, lineno)
old = warnings.showwarning
warnings.showwarning = show
warnings.warn("to custom")
warnings.showwarning = old
warnings.warn("back to stderr")
