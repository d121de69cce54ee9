"""Runs many programs in one CPython process, each as if it were `python prog.py` (the fuzzer's oracle).

Reads JSON lines {"source": ..., "filename": ...} on stdin and writes one JSON line
{"stdout": ..., "stderr": ..., "exit": ...} per program on stdout, in order.

Each program runs in a forked child: a fresh `__main__` module replaces the runner's, stdout and stderr go to
temporary files, and the child leaves through sys.exit, so the real interpreter finalization runs (module
teardown, the shutdown collections, __del__ at exit) exactly as for a script. Forking costs about a
millisecond instead of the tens of milliseconds of a new interpreter. Run with PYTHONHASHSEED=0 (the
conformance oracle's setting) so sets of str iterate in the same order as in the engine.
"""
import builtins
import json
import linecache
import os
import signal
import sys
import types

TIME_LIMIT_S = 10


def run_child(source, filename, out_path, err_path, src_dir):
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    for fd, path in ((1, out_path), (2, err_path)):
        f = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(f, fd)
        os.close(f)
    signal.alarm(TIME_LIMIT_S)
    main = types.ModuleType("__main__")
    main.__file__ = filename
    main.__cached__ = None
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    # the program's file does not exist here, but warnings (compile-time SyntaxWarnings too) and tracebacks
    # quote its lines as for `python prog.py`: Python-level display reads linecache; C-level display (3.12's
    # warnings before the module is imported, tracebacks before 3.13) opens the file, and when that fails,
    # looks for its base name in each sys.path directory (_Py_FindSourceFile), where the script's own
    # directory comes first
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    with open(os.path.join(src_dir, os.path.basename(filename)), "w", encoding="utf-8") as f:
        f.write(source)
    sys.path.insert(0, src_dir)
    status = 0
    code = None
    try:
        code = compile(source, filename, "exec")
        exec(code, main.__dict__)
    except SystemExit as e:
        if e.code is None:
            status = 0
        elif isinstance(e.code, int):
            status = e.code & 0xFF
        else:
            print(e.code, file=sys.stderr)
            status = 1
    except BaseException as e:
        # the traceback without this runner's frame, as the interpreter prints it for a script (a program
        # that does not compile has no traceback at all)
        tb = None if code is None or e.__traceback__ is None else e.__traceback__.tb_next
        e.__traceback__ = tb
        # the interpreter's own display (PyErr_Display): 3.11 adds "Did you mean" suggestions only there,
        # not in the traceback module
        sys.__excepthook__(type(e), e, tb)
        status = 1
        del e, tb
    del main, code
    sys.exit(status)


def main():
    # per-process output files (no tempfile module: every child finalizes each module the runner imported,
    # and tempfile's imports made that a third of a child's CPU time)
    base = os.path.join(os.environ.get("TMPDIR") or "/tmp", "heapscope-fuzz-%d" % os.getpid())
    out_path = base + ".out"
    err_path = base + ".err"
    src_dir = base + ".src"
    os.makedirs(src_dir, exist_ok=True)
    for line in sys.stdin:
        job = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            # never returns: the SystemExit it raises unwinds this loop and the interpreter finalizes
            run_child(job["source"], job["filename"], out_path, err_path, src_dir)
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            code = -os.WTERMSIG(status)
        else:
            code = os.WEXITSTATUS(status)
        with open(out_path, encoding="utf-8", errors="backslashreplace") as f:
            out = f.read()
        with open(err_path, encoding="utf-8", errors="backslashreplace") as f:
            err = f.read()
        sys.stdout.write(json.dumps({"stdout": out, "stderr": err, "exit": code}) + "\n")
    sys.stdout.flush()
    for p in (out_path, err_path):
        if os.path.exists(p):
            os.remove(p)
    for name in os.listdir(src_dir):
        os.remove(os.path.join(src_dir, name))
    os.rmdir(src_dir)


if __name__ == "__main__":
    main()
