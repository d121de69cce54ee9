# compile()'s SyntaxWarnings go through the warnings filters (record, ignore, error -> SyntaxError).
import warnings

code = "x = 1\nif x is 1:\n    pass\ny = (1, 2)(3)\n"
compile(code, "<snippet>", "exec")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile(code, "<snippet>", "exec")
print([(m.category.__name__, m.filename, m.lineno, str(m.message)) for m in w])
with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    compile(code, "<snippet>", "exec")
    print("ignored")
with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    try:
        compile(code, "<snippet>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.filename)
compile(code, "<snippet>", "exec")
