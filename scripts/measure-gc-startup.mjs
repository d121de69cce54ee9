#!/usr/bin/env node
/**
 * Measures the cyclic GC's allocation counts (gc.get_count()) and statistics (gc.get_stats()) CPython has
 * when it starts compiling the program's file: the state after interpreter start-up, `site` and
 * _PyRun_SimpleFileObject's set_main_loader (the SourceFileLoader it creates for __main__.__loader__),
 * just before _PyAST_Compile.
 * They do not depend on the program (checked here with two different programs) and are the
 * `gcStartupCounts` and `gcStartupStats` of the version profiles (src/engine/profiles/index.ts); so are the
 * tuple, list and dict freelists' sizes at that moment (`gcStartupFreelists`) and the modules start-up
 * left in sys.modules that heapscope implements natively (`startupModules`: importing them is a cache hit).
 *
 * CPython offers no Python-level way to read the counts before the program's first line, so the
 * interpreter runs under gdb (the pyenv builds carry debug info): a breakpoint on _PyAST_Compile, armed
 * once _PyRun_SimpleFileObject has been entered, reads `_PyRuntime.interpreters.main->gc.generations[i].count` and `gc.generation_stats`.
 * The interpreter runs exactly as the conformance harness runs it (scripts/update-conformance.mjs): `-s`,
 * the script's directory as cwd, a clean environment with PYTHONHASHSEED=0.
 *
 *   node scripts/measure-gc-startup.mjs            print the counts and stats per version
 *   node scripts/measure-gc-startup.mjs --write    also rewrite those entries of the profiles
 *   node scripts/measure-gc-startup.mjs --phases prog.py
 *       diagnosis: the counts at each step from _PyRun_SimpleFileObject to the module's execution
 *       (set_main_loader, _PyAST_Compile entry and exit, PyEval_EvalCode) and every collection after
 *       start-up, per version, for one program; plus the GC traffic of compiling it: allocations by
 *       allocating function (a freelist hit allocates nothing), frees by type (a freelist push frees nothing)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv } from './oracle-env.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PROFILES = path.join(ROOT, 'src/engine/profiles/index.ts');
const VERSIONS = ['3.11', '3.12', '3.13'];


function pyenvRoot() {
  try {
    const out = execFileSync('pyenv', ['root'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (out) return out;
  } catch {
    /* fall through */
  }
  return process.env.PYENV_ROOT || path.join(homedir(), '.pyenv');
}

/** The newest pyenv build of `version` (or HEAPSCOPE_PYTHON_3_12 etc., like update-conformance.mjs). */
function findInterpreter(version) {
  const override = process.env[`HEAPSCOPE_PYTHON_${version.replace('.', '_')}`];
  if (override) return override;
  const dir = path.join(pyenvRoot(), 'versions');
  const re = new RegExp(`^${version.replace('.', '\\.')}\\.(\\d+)$`);
  const builds = existsSync(dir) ? readdirSync(dir).filter((d) => re.test(d)) : [];
  builds.sort((a, b) => Number(re.exec(b)[1]) - Number(re.exec(a)[1]));
  for (const b of builds) {
    const exe = path.join(dir, b, 'bin', `python${version}`);
    if (existsSync(exe)) return exe;
  }
  throw new Error(`CPython ${version} was not found under ${dir}`);
}

const GDB_HELPER = (phases) => `
import gdb
PHASES = ${phases ? 'True' : 'False'}
gdb.execute("set pagination off")
gdb.execute("set breakpoint pending on")
armed = [False]
done = [False]
class Arm(gdb.Breakpoint):
    def stop(self):
        armed[0] = True
        return False
class AtCompile(gdb.Breakpoint):
    def stop(self):
        if armed[0] and not done[0]:
            done[0] = True
            g = gdb.parse_and_eval("_PyRuntime.interpreters.main->gc.generations")
            print("@counts", *(int(g[i]["count"]) for i in range(3)))
            st = gdb.parse_and_eval("_PyRuntime.interpreters.main->gc.generation_stats")
            print("@stats", *(int(st[i][f]) for i in range(3) for f in ("collections", "collected", "uncollectable")))
            # the freelists: interp->tuple/list/dict_state up to 3.12, interp->object_state.freelists in 3.13
            i = "_PyRuntime.interpreters.main->"
            try:
                t, l, d = (gdb.parse_and_eval(i + e) for e in ("tuple.numfree", "list.numfree", "dict_state.numfree"))
            except gdb.error:
                f = i + "object_state.freelists."
                t, l, d = (gdb.parse_and_eval(f + e) for e in ("tuples.numfree", "lists.numfree", "dicts.numfree"))
            print("@freelists", int(l), int(d), *(int(t[k]) for k in range(20)))
        return False
class Step(gdb.Breakpoint):
    def __init__(self, spec, label, finish=False, extra=None):
        super().__init__(spec)
        self.label, self.finish, self.extra = label, finish, extra
    def stop(self):
        if armed[0] and PHASES:
            more = " generation=" + str(gdb.parse_and_eval(self.extra)) if self.extra else ""
            print("@step", self.label, counts(), more)
            if self.finish:
                End(gdb.newest_frame(), self.label)
        return False
traffic = {}
inside = [False]
class End(gdb.FinishBreakpoint):
    def __init__(self, frame, label):
        super().__init__(frame, internal=True)
        self.label = label
        inside[0] = label == "_PyAST_Compile"
    def stop(self):
        if inside[0]:
            inside[0] = False
            for k, n in sorted(traffic.items(), key=lambda kv: -kv[1]):
                print("@step", "    %4d %s" % (n, k))
        print("@step", "end of " + self.label, counts())
        return False
def caller(depth):
    f = gdb.newest_frame()
    names = []
    for _ in range(depth):
        f = f.older()
        if f is None:
            break
        names.append(f.name() or "?")
    return "<".join(names)
class Link(gdb.Breakpoint):
    def stop(self):
        if inside[0]:
            k = "+ " + caller(3)
            traffic[k] = traffic.get(k, 0) + 1
        return False
class Del(gdb.Breakpoint):
    def stop(self):
        if inside[0]:
            k = "- " + gdb.parse_and_eval("((PyObject*)op)->ob_type->tp_name").string()
            traffic[k] = traffic.get(k, 0) + 1
        return False
def counts():
    g = gdb.parse_and_eval("_PyRuntime.interpreters.main->gc.generations")
    return "(%d, %d, %d)" % tuple(int(g[i]["count"]) for i in range(3))
gdb.execute("start")
Arm("_PyRun_SimpleFileObject")
AtCompile("_PyAST_Compile")
if PHASES:
    Step("set_main_loader", "set_main_loader", finish=True)
    Step("_PyAST_Compile", "_PyAST_Compile", finish=True)
    Step("PyEval_EvalCode", "PyEval_EvalCode")
    Step("gc_collect_main", "gc_collect_main", extra="generation")
    Link("_PyObject_GC_Link")
    Del("PyObject_GC_Del")
gdb.execute("continue")
`;

/** Two programs that differ in size and content: the counts must not depend on them. */
const PROGRAMS = ['import gc\nprint(gc.get_count())\n', 'class C:\n    def m(self):\n        return (1, 2.5, "s")\n\nprint(C().m())\n'];

function runGdb(exe, dir, file, phases) {
  writeFileSync(path.join(dir, 'helper.py'), GDB_HELPER(phases));
  return execFileSync('gdb', ['-q', '-batch', '-x', path.join(dir, 'helper.py'), '--args', exe, '-s', file], {
    cwd: path.dirname(file),
    env: cleanEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function measure(exe, dir, program) {
  const file = path.join(dir, 'prog.py');
  writeFileSync(file, program);
  const out = runGdb(exe, dir, file, false);
  const m = /^@counts (\d+) (\d+) (\d+)$/m.exec(out);
  const st = /^@stats ((?:\d+ ?){9})$/m.exec(out);
  const fl = /^@freelists ((?:\d+ ?){22})$/m.exec(out);
  if (m === null || st === null || fl === null) throw new Error(`${exe}: no counts in gdb output:\n${out}`);
  const n = st[1].trim().split(' ').map(Number);
  const f = fl[1].trim().split(' ').map(Number);
  return {
    counts: [Number(m[1]), Number(m[2]), Number(m[3])],
    stats: [n.slice(0, 3), n.slice(3, 6), n.slice(6, 9)],
    // numfree per tuple size 1..20 (index size - 1), the list and the dict freelist
    freelists: { tuple: f.slice(2), list: f[0], dict: f[1] },
  };
}

/** The modules heapscope implements natively: the names its sources register in NATIVE_MODULES. */
function nativeModuleNames() {
  const names = new Set();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/NATIVE_MODULES(?:\.(\w+)|\['([\w.]+)'\]) =/g)) names.add(m[1] ?? m[2]);
      }
    }
  };
  walk(path.join(ROOT, 'src/engine/vm'));
  return names;
}

/** sys.modules when a program starts (run as the harness runs it), restricted to heapscope's native modules. */
function measureStartupModules(exe, dir) {
  const file = path.join(dir, 'mods.py');
  writeFileSync(file, 'import sys\nprint(" ".join(sys.modules))\n');
  const out = execFileSync(exe, ['-s', file], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
  const native = nativeModuleNames();
  return out.trim().split(' ').filter((m) => native.has(m));
}

const show = (st) => `[${st.map((g) => `[${g.join(', ')}]`).join(', ')}]`;
const showModules = (m) => `[${m.map((x) => `'${x}'`).join(', ')}]`;
const showFreelists = (f) => `{ tuple: [${f.tuple.join(', ')}], list: ${f.list}, dict: ${f.dict} }`;

/** --phases prog.py: the steps' counts, per version (the program's own output is left out). */
function phases(file) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gc-startup-'));
  try {
    for (const v of VERSIONS) {
      const out = runGdb(findInterpreter(v), dir, path.resolve(file), true);
      console.log(`== ${v}`);
      for (const line of out.split('\n')) if (line.startsWith('@step ')) console.log('  ' + line.slice(6));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main() {
  const pi = process.argv.indexOf('--phases');
  if (pi >= 0) return phases(process.argv[pi + 1]);
  const write = process.argv.includes('--write');
  const dir = mkdtempSync(path.join(tmpdir(), 'gc-startup-'));
  const results = {};
  try {
    for (const v of VERSIONS) {
      const exe = findInterpreter(v);
      const states = PROGRAMS.map((p) => measure(exe, dir, p));
      if (states.some((st) => JSON.stringify(st) !== JSON.stringify(states[0]))) {
        throw new Error(`${v}: the state at _PyAST_Compile depends on the program: ${JSON.stringify(states)}`);
      }
      results[v] = { ...states[0], modules: measureStartupModules(exe, dir) };
      console.log(
        `${v} (${exe}): gcStartupCounts [${states[0].counts.join(', ')}], gcStartupStats ${show(states[0].stats)}, ` +
          `gcStartupFreelists ${showFreelists(states[0].freelists)}, startupModules ${showModules(results[v].modules)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!write) return;
  let src = readFileSync(PROFILES, 'utf8');
  for (const v of VERSIONS) {
    // the profile entry of version v: from "'3.12': {" up to its gcStartupCounts / gcStartupStats lines
    const entry = (field) => new RegExp(`('${v.replace('.', '\\.')}': \\{[\\s\\S]*?${field}: ).*(,\\n)`);
    for (const [field, value] of [
      ['gcStartupCounts', `[${results[v].counts.join(', ')}]`],
      ['gcStartupStats', show(results[v].stats)],
      ['gcStartupFreelists', showFreelists(results[v].freelists)],
      ['startupModules', showModules(results[v].modules)],
    ]) {
      const re = entry(field);
      if (!re.test(src)) throw new Error(`no ${field} entry for ${v} in ${PROFILES}`);
      src = src.replace(re, `$1${value}$2`);
    }
  }
  writeFileSync(PROFILES, src);
  console.log(`updated ${path.relative(ROOT, PROFILES)}`);
}

main();
