# BaseException.add_note and with_traceback check their arguments like CPython's METH_O methods.
e = ValueError("x")
for call in (lambda: e.add_note(), lambda: e.add_note("a", "b"), lambda: e.add_note(note="a"),
             lambda: e.add_note(3), lambda: e.with_traceback(), lambda: e.with_traceback(5)):
    try:
        call()
    except TypeError as err:
        print(type(err).__name__, err)
e.add_note("kept")
print(e.__notes__, e.with_traceback(None) is e)
