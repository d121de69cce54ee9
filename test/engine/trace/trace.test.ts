import { describe, it, expect } from 'vitest';
import { analyze, annotate, traceProgram } from '../../../src/engine/index';
import { captureLive, type SeekState } from '../../../src/engine/trace/seek';
import type { Recorder } from '../../../src/engine/trace/recorder';
import type { PythonVersion } from '../../../src/protocol/analysis';
import { mulberry, randomHeapProgram, randomProgram } from './programs';

/** Every word of a recording's event log, chunk by chunk. */
function logWords(rec: Recorder): number[][] {
  return rec.log.chunks.map((c) => Array.from(c.words.subarray(0, c.used)));
}

function line(r: ReturnType<typeof analyze>, n: number) {
  const l = r.lines.find((x) => x.line === n);
  if (!l) throw new Error(`line ${n} not in result`);
  return l;
}

function typeStats(r: ReturnType<typeof analyze>, n: number, type: string) {
  return line(r, n).byType.find((t) => t.type === type);
}

describe('analyze: per-line attribution', () => {
  it('counts executions like CPython 3.12 settrace (loops, comprehensions, RESUME)', () => {
    // expected counts measured with sys.settrace on CPython 3.12.1
    const src = [
      'items = []',
      'for i in range(10):',
      '    items = items + [i * 1000]',
      'def make(n):',
      '    return [k * 2000 for k in range(n)]',
      'x = make(5)',
      'y = x',
      'del x',
      'print(len(items), len(y))',
    ].join('\n');
    const r = analyze(src, { filename: '/w/a.py' });
    expect(r.stdout).toBe('10 5\n');
    expect(r.exitCode).toBe(0);
    expect(r.error).toBeNull();
    const counts = r.lines.map((l) => [l.line, l.execCount]);
    expect(counts).toEqual([[1, 1], [2, 11], [3, 10], [4, 1], [5, 6], [6, 1], [7, 1], [8, 1], [9, 1]]);
    const c2 = analyze('n = 0\nwhile n < 5: n += 1\nfor i in range(3): pass\nx = [j for j in range(4)]\n', {});
    expect(c2.lines.map((l) => [l.line, l.execCount])).toEqual([[1, 1], [2, 5], [3, 4], [4, 5]]);
  });

  it('a list built in a loop: ints and the list on their lines, sizes as CPython requests them', () => {
    // 3.12: int 1000..9000 → 32 B each (28 + 4 digits), 9 of them (0 is a small int).
    // [i * 1000 for ...] → the list object is one of the list freelist's (CPython's start-up leaves some
    // there: profile.gcStartupFreelists); its item array grows 4 → 8 → 16 slots (128 B final).
    const r = analyze('y = [i * 1000 for i in range(10)]\nprint(len(y))\n', { version: '3.12' });
    const ints = typeStats(r, 1, 'int')!;
    expect(ints.allocs).toBe(9);
    expect(ints.bytes).toBe(9 * 32);
    const lst = typeStats(r, 1, 'list')!;
    expect(lst.allocs).toBe(0);
    const l1 = line(r, 1);
    expect(l1.allocObjects).toBe(9 + 2); // ints, range and its iterator
    expect(l1.freedObjects).toBe(2); // range and range_iterator
    expect(l1.netBytes).toBe(9 * 32 + 128);
    expect(r.totals.liveObjects).toBeGreaterThanOrEqual(10);
  });

  it('allocations inside a function belong to the callee lines; the call line has the inclusive total', () => {
    const src = 'def f(n):\n    return [n * 1000, n * 2000]\nz = f(7)\n';
    const r = analyze(src, {}) as ReturnType<typeof analyze> & { lines: { inclusive: { allocBytes: number; allocObjects: number } }[] };
    const callee = line(r, 2);
    expect(typeStats(r, 2, 'int')!.allocs).toBe(2);
    // the list reuses a freelist object (profile.gcStartupFreelists): no new list
    expect(typeStats(r, 2, 'list')!.allocs).toBe(0);
    const call = line(r, 3) as (typeof r.lines)[number];
    expect(call.allocObjects).toBe(0);
    // binding z, the module's 11th global, grows its keys table to 32 slots: a 400-byte buffer, as CPython 3.12's
    // tracemalloc shows for the line that adds the 11th global of a script
    expect(call.allocBytes).toBe(400);
    expect(call.inclusive.allocObjects).toBe(callee.allocObjects);
    expect(call.inclusive.allocBytes).toBe(callee.allocBytes + call.allocBytes);
  });

  it('inclusive totals count each event once per line, at any recursion depth', () => {
    // 400 frames of f: deeper than any fixed window of the stack; line 4 is on the stack 400 times
    const src = 'def f(n):\n    if n == 0:\n        return bytearray(50)\n    return f(n - 1)\nz = f(400)\n';
    type Incl = { inclusive: { allocObjects: number; allocBytes: number } };
    const r = analyze(src, {}) as ReturnType<typeof analyze> & { lines: Incl[] };
    const at = (n: number) => line(r, n) as (typeof r.lines)[number];
    const callee = [2, 3, 4].map(at);
    const sum = (k: 'allocObjects' | 'allocBytes') => callee.reduce((a, l) => a + l[k], 0);
    expect(at(3).allocObjects).toBeGreaterThan(0);
    expect(at(4).inclusive.allocObjects).toBe(sum('allocObjects'));
    expect(at(4).inclusive.allocBytes).toBe(sum('allocBytes'));
    expect(at(5).inclusive.allocObjects).toBe(sum('allocObjects') + at(5).allocObjects);
    expect(at(5).inclusive.allocBytes).toBe(sum('allocBytes') + at(5).allocBytes);
  });

  it('name binds and unbinds change the bound object refcount (x = y, del)', () => {
    const r = analyze('x = [1000]\ny = x\ndel x\n', {});
    expect(line(r, 2).refChanges).toEqual([{ name: 'y', before: 1, after: 2, cause: 'bound to y', count: 1 }]);
    expect(line(r, 3).refChanges).toEqual([{ name: 'previous x', before: 2, after: 1, cause: 'del x', count: 1 }]);
  });

  it('a cycle collected by gc.collect(): the collection and the frees belong to its line', () => {
    const src = 'import gc\nclass Node:\n    pass\na = Node()\nb = Node()\na.other = b\nb.other = a\ndel a, b\nn = gc.collect()\nprint(n)\n';
    // 3.13: gc.collect() is the only collection (on 3.12 the start-up counts make `import gc` cross the
    // threshold, so CPython 3.12 also collects automatically)
    const r = analyze(src, { version: '3.13' });
    expect(r.stdout).toBe('2\n'); // CPython 3.13.0 prints 2
    const l9 = line(r, 9);
    expect(l9.gcRuns).toBe(1);
    expect(typeStats(r, 9, 'Node')!.frees).toBe(2);
    expect(typeStats(r, 4, 'Node')!.allocs).toBe(1);
    expect(line(r, 8).freedObjects).toBe(0); // del only drops the names: the cycle keeps both alive
    expect(r.totals.gcCollections).toBe(1);
  });

  it('reports errors with positions: syntax, runtime, limit', () => {
    const s = analyze('x = 1\ndef f(:\n  pass\n', { filename: '/w/a.py' });
    expect(s.error).toMatchObject({ kind: 'syntax', type: 'SyntaxError', message: 'invalid syntax', line: 2, column: 6 });
    const z = analyze('def f(a):\n    return 1 / a\nprint(f(2))\nf(0)\n', { filename: '/w/a.py' });
    expect(z.stdout).toBe('0.5\n');
    expect(z.error).toMatchObject({ kind: 'runtime', type: 'ZeroDivisionError', message: 'division by zero', line: 2, column: 11, endColumn: 16 });
    const l = analyze('i = 0\nwhile True:\n    i += 1\n', { maxSteps: 1000 });
    expect(l.error).toMatchObject({ kind: 'limit', type: 'StepLimit', line: 2 });
    expect(l.totals.steps).toBe(1000);
    expect(line(l, 3).execCount).toBe(1000);
  });

  it('annotate prints the source with an aligned annotation column and a summary', () => {
    const out = annotate('a = [1000, 2000]\nb = a\nprint(len(b))\n', { filename: 'x.py' });
    const rows = out.split('\n');
    // the list object comes from the list freelist (profile.gcStartupFreelists): its 16-byte item array is new
    expect(rows[0]).toMatch(/^1 {2}a = \[1000, 2000\] +▸ \+16 B$/);
    expect(rows[1]).toMatch(/^2 {2}b = a +▸ \+400 B$/); // the 11th global grows the module dict's keys (see above)
    expect(rows[0].indexOf('▸')).toBe(rows[1].indexOf('▸'));
    expect(out).toContain('peak memory:');
    expect(out).toContain('live at exit:');
    expect(out).toContain('gc collections: 0');
    const j = JSON.parse(annotate('a = [1000]\n', { json: true, filename: 'x.py' }));
    expect(j.schema).toBe('heapscope.attribution/1');
    expect(j.lines[0]).toMatchObject({ line: 1, text: 'a = [1000]', execCount: 1 });
  });
});

// ---------------------------------------------------------------- seek

function normalise(s: SeekState) {
  return JSON.parse(JSON.stringify(s));
}

/**
 * Seek at every step of one traced run equals the live recorder of a fresh run stopped at that step (chunks
 * of 128 words, so checkpoints and replays are exercised). Returns the number of steps compared.
 */
function expectSeekEqualsFreshRuns(src: string, version: PythonVersion, stdout?: string): number {
  const full = traceProgram(src, { version, filename: '/q.py' }, { chunkWords: 128 });
  expect(full.result.exitCode, full.result.stderr).toBe(0);
  if (stdout !== undefined) expect(full.result.stdout).toBe(stdout);
  const n = full.result.totals.steps;
  for (let k = 1; k <= n; k++) {
    let live: SeekState | null = null;
    traceProgram(src, { version, filename: '/q.py', maxSteps: k }, {
      onStep(rec: Recorder, step: number) {
        if (step === k) live = captureLive(rec);
      },
    });
    expect(normalise(full.trace.seek(k)), `program:\n${src}\nversion ${version} step ${k}`).toEqual(normalise(live!));
  }
  return n;
}

describe('seek', () => {
  it('seeking to step k equals a fresh run stopped at step k (random programs)', () => {
    const rnd = mulberry(12345);
    const versions: PythonVersion[] = ['3.11', '3.12', '3.13'];
    let compared = 0;
    for (let p = 0; p < 18; p++) {
      const src = randomProgram(rnd);
      const version = versions[p % 3];
      const full = traceProgram(src, { version, filename: '/p.py' }, { chunkWords: 64 + Math.floor(rnd() * 512) });
      expect(full.result.exitCode, src + full.result.stderr).toBe(0);
      const n = full.result.totals.steps;
      if (n === 0) continue;
      const ks = new Set<number>([1, n]);
      for (let i = 0; i < 6; i++) ks.add(1 + Math.floor(rnd() * n));
      // also backward: seek in descending order after ascending
      const order = [...ks].sort((a, b) => a - b);
      for (const k of [...order, ...order.slice().reverse()]) {
        let live: SeekState | null = null;
        traceProgram(src, { version, filename: '/p.py', maxSteps: k }, {
          onStep(rec: Recorder, step: number) {
            if (step === k) live = captureLive(rec);
          },
        });
        expect(live, `step ${k} reached`).not.toBeNull();
        const sought = full.trace.seek(k);
        expect(sought.refcountsExact).toBe(true);
        expect(normalise(sought), `program:\n${src}\nversion ${version} step ${k}`).toEqual(normalise(live!));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('seek equals a fresh run at every step of programs with classes, generators, exceptions, closures, gc', () => {
    const programs = [
      'class P:\n    def __init__(self, x):\n        self.x = [x]\n    def get(self):\n        return self.x\nps = [P(i * 1000) for i in range(4)]\nq = ps[2].get()\ndel ps\nprint(q)\n',
      'def gen(n):\n    for i in range(n):\n        yield [i * 1000]\ntotal = []\nfor v in gen(4):\n    total = total + v\nprint(total)\n',
      'def f(x):\n    if x > 2:\n        raise ValueError(x * 1000)\n    return f(x + 1)\ntry:\n    f(0)\nexcept ValueError as e:\n    err = e.args\nprint(err)\n',
      'def outer():\n    acc = []\n    def add(v):\n        nonlocal acc\n        acc = acc + [v * 1000]\n        return acc\n    for i in range(3):\n        add(i)\n    return acc\nr = outer()\nprint(r)\n',
      'import gc\nclass N:\n    pass\nfor i in range(3):\n    a = N()\n    a.me = a\n    del a\n    gc.collect()\nx = 1.5\nfor i in range(3):\n    x = x * 2.5\nprint(x)\n',
      'd = {}\nfor i in range(12):\n    d[i * 1000] = (i, str(i))\nkeys = sorted(d)\nw = 0\nwhile w < 5:\n    w += 1\nprint(len(keys), w)\n',
    ];
    let compared = 0;
    for (const version of ['3.11', '3.12', '3.13'] as PythonVersion[]) {
      for (const src of programs) compared += expectSeekEqualsFreshRuns(src, version);
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('seek equals a fresh run at every step when calls reuse the frames of finished ones', () => {
    // frames unwound by an exception, then calls at the same depth: the engine recycles finished frames
    // while the recorder runs (vm/frame.ts recycleFrame), and its shadow stack must never take a reused
    // frame object for the finished one
    const src =
      'def g(x):\n    y = [x * 1000]\n    if x % 2:\n        raise ValueError(y)\n    return y\ndef f(x):\n    z = (x, x + 1000)\n    return g(x)\n' +
      'out = []\nfor i in range(4):\n    try:\n        out.append(f(i))\n    except ValueError as e:\n        out.append(e.args[0])\nprint(len(out))\n';
    let compared = 0;
    for (const version of ['3.11', '3.12', '3.13'] as PythonVersion[]) compared += expectSeekEqualsFreshRuns(src, version, '4\n');
    expect(compared).toBeGreaterThan(20);
  });

  it('the refcount watch (incref/decref hooks) and the buffer owner comparison see every change', () => {
    const rnd = mulberry(777);
    const versions: PythonVersion[] = ['3.11', '3.12', '3.13'];
    const programs = [
      // generators (finalised with a temporary resurrection), __del__ resurrection, closures, exceptions
      'class R:\n    keep = []\n    def __del__(self):\n        R.keep.append(self)\ndef gen():\n    yield [1.5]\n    yield [2.5]\ng = gen()\nnext(g)\ndel g\nr = R()\ndel r\nprint(len(R.keep))\n',
      'def f(n):\n    acc = []\n    def add(v):\n        acc.append(v * 1000)\n    for i in range(n):\n        add(i)\n    try:\n        raise KeyError(acc)\n    except KeyError as e:\n        return e.args[0]\nprint(len(f(50)))\n',
    ];
    // containers that get their first buffer without being touched (comprehension lists, STORE_ATTR into
    // a split instance dict), dicts leaving shared keys, sets and bytearrays resized
    programs.push(
      'class C:\n    pass\nobjs = []\nfor i in range(20):\n    c = C()\n    c.a = [j for j in range(i)]\n    c.b = {k: k for k in range(i)}\n    if i % 3 == 0:\n        c.__dict__.clear()\n    setattr(c, f"z{i}", i)\n    objs.append(c)\ns = set()\nb = bytearray()\nfor i in range(40):\n    s.add(i * 1000)\n    b += b"xy"\nprint(len(objs), len(s), len(b))\n',
      // sorted() with a key calling Python: the new list's items array is set aside during the sort
      'rows = [(i * 7) % 11 for i in range(30)]\nsrt = sorted(rows, key=lambda v: -v)\nrows.sort(key=lambda v: v % 5)\nprint(srt[:3], rows[:3])\n',
      // empty dicts taking keys objects from the dict-keys freelist without being touched (exec's
      // namespaces, a module's globals growing), and a set taking the table of a temporary set
      // (intersection_update swaps their bodies) while __eq__ runs Python code
      'for i in range(12):\n    ns = {}\n    exec("a = 1\\nb = [a]", ns)\n    globals()["g%d" % i] = {"k": i}\n    d = {}\n    d["x"] = i\nprint(len(ns), d)\n',
      'class K:\n    def __init__(self, v):\n        self.v = v\n    def __hash__(self):\n        return self.v % 7\n    def __eq__(self, o):\n        return isinstance(o, K) and o.v == self.v\ns = {K(i) for i in range(20)}\ns &= {K(i) for i in range(0, 40, 2)}\ns.intersection_update([K(i) for i in range(0, 40, 4)])\nt = set()\nt |= {K(1), K(2)}\nprint(len(s), len(t))\n',
    );
    for (let i = 0; i < 8; i++) programs.push(i % 2 ? randomHeapProgram(rnd) : randomProgram(rnd));
    let steps = 0;
    programs.forEach((src, i) => {
      const missed: string[] = [];
      const run = traceProgram(src, { version: versions[i % 3], filename: '/w.py' }, {
        onMirrorMismatch(what, o, mirror, actual) {
          missed.push(`${what} of ${o.ob_type.tp_name} at ${o.addr}: mirror ${mirror}, actual ${actual}`);
        },
      });
      expect(run.result.exitCode, src + run.result.stderr).toBe(0);
      expect(missed, src).toEqual([]);
      steps += run.result.totals.steps;
      // without the verifier the comparisons take their shortcuts (nothing queued, no owner to compare:
      // nothing is read): the same records, word for word, as the run that checked everything each time
      const fast = traceProgram(src, { version: versions[i % 3], filename: '/w.py' });
      expect(logWords(fast.recorder), src).toEqual(logWords(run.recorder));
    });
    expect(steps).toBeGreaterThan(100);
  });

  it('compares only what may have changed: empty containers and new instances cost no work per step', () => {
    // 2000 live empty lists (they own no buffer) and an instance made per step (its values array is a new
    // buffer): the comparison work stays proportional to what changed, so a small budget lasts the run
    const src =
      'class Node:\n    def __init__(self):\n        self.children = []\nnodes = [Node() for _ in range(2000)]\n' +
      'for i in range(2000):\n    n = Node()\n    n.children.append(i)\nprint(len(nodes))\n';
    for (const version of ['3.11', '3.12', '3.13'] as PythonVersion[]) {
      const run = traceProgram(src, { version, filename: '/w.py' }, { rcScanBudget: 1_000_000 });
      expect(run.result.stdout).toBe('2000\n');
      expect(run.result.totals.steps).toBeGreaterThan(4000);
      expect(run.recorder.rcExactUntil, version).toBe(Infinity);
      expect(run.result.extra.refcountsExactUntil, version).toBeNull();
    }
  });

  it('keeps a seekable window when the event budget is exceeded; per-line totals stay exact', () => {
    const src = 'x = 0\nfor i in range(20000):\n    x = [i * 1000]\n';
    const small = traceProgram(src, {}, { budgetBytes: 64 * 1024, chunkWords: 2048 });
    const big = traceProgram(src, {});
    expect(small.result.extra.window.truncated).toBe(true);
    expect(small.result.extra.window.firstStep).toBeGreaterThan(1);
    expect(small.result.extra.window.lastStep).toBe(small.result.totals.steps);
    expect(small.result.lines).toEqual(big.result.lines);
    expect(small.result.extra.traceBytes).toBeLessThan(200 * 1024);
    const w = small.trace.window;
    const s = small.trace.seek(w.lastStep - 5);
    expect(s.step).toBe(w.lastStep - 5);
    expect(normalise(s)).toEqual(normalise(big.trace.seek(w.lastStep - 5)));
    // before the window: clamped to its first step
    expect(small.trace.seek(0).step).toBe(w.firstStep);
  });
});
