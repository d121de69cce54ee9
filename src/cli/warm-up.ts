/**
 * What a V8 startup snapshot of the engine holds besides the loaded bundle: the interpreter's static types
 * built, and the bytecode of the functions a small program runs (parser, compiler, eval loop, printing,
 * shutdown), so a run from the snapshot compiles none of them again. Used by the CLI's snapshot
 * (src/cli/snapshot.ts) and the benchmark harness's (bench/harness.ts), which must start alike.
 */
import { runSource } from '../engine/index';
import { sourceLines } from '../engine/objects/core_exc';

const WARM_UP = `class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y!r})"

def total(items):
    s = 0
    for i in items:
        s += i
    return s

d = {str(i): [i, i * 2.5, (i, "x")] for i in range(20)}
print(total(range(10)), len(d), Point(1, "2"), sorted(d)[:3], "%d-%s" % (1, "a"))
try:
    d["missing"]
except KeyError as e:
    print(repr(e))
`;
const WARM_UP_FILE = '<heapscope snapshot warm-up>';

/**
 * Run the warm-up program (the static types are built first, if they were not). A run leaves nothing the next
 * one can observe (the extension's worker and the tests run many per process); the source lines it registered
 * for tracebacks are removed.
 */
export function warmUp(): void {
  runSource(WARM_UP, { version: '3.12', filename: WARM_UP_FILE });
  sourceLines.delete(WARM_UP_FILE);
}
