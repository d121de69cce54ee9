# tracemalloc argument errors and their messages.
import tracemalloc


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("start(-1)", lambda: tracemalloc.start(-1))
attempt("start(65536)", lambda: tracemalloc.start(65536))
attempt("start('x')", lambda: tracemalloc.start("x"))
attempt("start(1, 2)", lambda: tracemalloc.start(1, 2))
attempt("get_object_traceback()", lambda: tracemalloc.get_object_traceback())
attempt("is_tracing(1)", lambda: tracemalloc.is_tracing(1))
tracemalloc.start()
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
attempt("statistics('bad')", lambda: snap.statistics("bad"))
attempt("compare_to(snap, 'bad')", lambda: snap.compare_to(snap, "bad"))
attempt("filter_traces(Filter)", lambda: snap.filter_traces(tracemalloc.Filter(True, "x")))
attempt("filter_traces([1])", lambda: snap.filter_traces([1]))
attempt("Filter(True)", lambda: tracemalloc.Filter(True))
attempt("Frame((1,))", lambda: tracemalloc.Frame(("f",)))
f = tracemalloc.Filter(True, "a.pyc")
print("pyc pattern normalised:", f.filename_pattern)
attempt("Filter.filename_pattern = 'b'", lambda: setattr(f, "filename_pattern", "b"))
