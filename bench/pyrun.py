"""Run a benchmark program under CPython like `python FILE`, then record peak RSS (KB) in STATS."""
import json
import resource
import runpy
import sys

path, stats = sys.argv[1], sys.argv[2]
sys.argv = [path]
code = 0
try:
    runpy.run_path(path, run_name="__main__")
except SystemExit as e:
    code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
finally:
    sys.stdout.flush()
    with open(stats, "w") as f:
        ru = resource.getrusage(resource.RUSAGE_SELF)
        json.dump({"maxRssKb": ru.ru_maxrss, "cpuS": ru.ru_utime + ru.ru_stime, "exitCode": code}, f)
sys.exit(code)
