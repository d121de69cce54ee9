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
import os
import signal
import sys
import tempfile
import traceback
import types

TIME_LIMIT_S = 10


def run_child(source, filename, out_path, err_path):
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
    status = 0
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
        # the traceback without this runner's frame, as the interpreter prints it for a script
        tb = e.__traceback__.tb_next if e.__traceback__ is not None and not isinstance(e, SyntaxError) else e.__traceback__
        traceback.print_exception(type(e), e, tb)
        status = 1
        del e, tb
    del main
    sys.exit(status)


def main():
    tmp = tempfile.mkdtemp(prefix="heapscope-fuzz-")
    out_path = os.path.join(tmp, "out")
    err_path = os.path.join(tmp, "err")
    for line in sys.stdin:
        job = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            # never returns: the SystemExit it raises unwinds this loop and the interpreter finalizes
            run_child(job["source"], job["filename"], out_path, err_path)
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
    os.rmdir(tmp)


if __name__ == "__main__":
    main()
