#!/usr/bin/env node
/**
 * Measures the cyclic GC's allocation counts (gc.get_count()) and statistics (gc.get_stats()) CPython has
 * when it starts compiling the program's file: the state after interpreter start-up, `site` and
 * _PyRun_SimpleFileObject's set_main_loader (the SourceFileLoader it creates for __main__.__loader__),
 * just before _PyAST_Compile.
 * They do not depend on the program (checked here with two different programs) and are the
 * `gcStartupCounts` and `gcStartupStats` of the version profiles (src/engine/profiles/index.ts); so are the
 * tuple, list, dict and dict-keys freelists' sizes at that moment and the float freelist's when parsing
 * starts (`gcStartupFreelists`), and the modules start-up
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
 *   node scripts/measure-gc-startup.mjs --refcounts [--write]
 *       3.11 (3.12+ makes these objects immortal): the refcounts of the static objects a program can reach —
 *       None, True, False, Ellipsis, NotImplemented, the small ints, (), '', b'', the one-character str and
 *       bytes singletons, the separate one-character strings start-up interned (Profile.preInternedChars) and
 *       the static types — when CPython starts parsing the file (_PyParser_ASTFromFile: before the parser's AST constants take
 *       their references); with --write they become the 3.11 profile's `staticRefcounts`
 *   node scripts/measure-gc-startup.mjs --builtin-refcounts [--write]
 *       every version: the refcount of each function of the builtins module (len, print, ...: ordinary,
 *       mortal heap objects on every version) when the program's first line runs — the references CPython's
 *       interpreter holds (the builtins dict, interp->builtins_copy, io.open, interp->import_func, ...);
 *       with --write they become the profiles' `builtinRefcounts`
 *   node scripts/measure-gc-startup.mjs --import-freelists [--write]
 *       per module a program can import (heapscope's stdlib and native modules), what CPython's first
 *       `import M` does to each freelist (float, tuple per size, list, dict, dict-keys, the slice cache): the
 *       count n before becomes min(hi, max(lo, n + delta)) after (`importKeysFreelist` for the dict-keys
 *       freelist, `importFreelists` for the others, see importFreelistsMain); with --write they are written
 *       to the profiles
 *   node scripts/measure-gc-startup.mjs --import [--trace]
 *       the GC traffic of importlib's own Python code during an uncached `import` of a builtin module
 *       (`gcImportBuiltin`, see importGcTokens below) and the builtin modules heapscope implements natively
 *       (`builtinModules`); --trace prints the raw event log; with --write both are written to the profiles
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertCleanSitePackages, cleanEnv } from './oracle-env.mjs';

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

/**
 * The newest pyenv build of `version` (or HEAPSCOPE_PYTHON_3_12 etc., like update-conformance.mjs); the
 * script stops if its site-packages hold a .pth file that would change start-up (assertCleanSitePackages).
 */
function findInterpreter(version) {
  const override = process.env[`HEAPSCOPE_PYTHON_${version.replace('.', '_')}`];
  if (override) {
    assertCleanSitePackages(override);
    return override;
  }
  const dir = path.join(pyenvRoot(), 'versions');
  const re = new RegExp(`^${version.replace('.', '\\.')}\\.(\\d+)$`);
  const builds = existsSync(dir) ? readdirSync(dir).filter((d) => re.test(d)) : [];
  builds.sort((a, b) => Number(re.exec(b)[1]) - Number(re.exec(a)[1]));
  for (const b of builds) {
    const exe = path.join(dir, b, 'bin', `python${version}`);
    if (existsSync(exe)) {
      assertCleanSitePackages(exe);
      return exe;
    }
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
            # the freelists: interp->tuple/list/dict_state up to 3.12 (dict_state also holds the dict-keys
            # freelist: keys_numfree), interp->object_state.freelists in 3.13 (dictkeys.numfree)
            i = "_PyRuntime.interpreters.main->"
            try:
                t, l, d, k = (gdb.parse_and_eval(i + e) for e in ("tuple.numfree", "list.numfree", "dict_state.numfree", "dict_state.keys_numfree"))
            except gdb.error:
                f = i + "object_state.freelists."
                t, l, d, k = (gdb.parse_and_eval(f + e) for e in ("tuples.numfree", "lists.numfree", "dicts.numfree", "dictkeys.numfree"))
            print("@freelists", int(l), int(d), int(k), *(int(t[n]) for n in range(20)))
        return False
parsed = [False]
class AtParse(gdb.Breakpoint):
    # the float freelist before the parser makes the program's float constants (heapscope makes them later,
    # with the code objects: its count at _PyAST_Compile would depend on the program)
    def stop(self):
        if armed[0] and not parsed[0]:
            parsed[0] = True
            i = "_PyRuntime.interpreters.main->"
            try:
                n = gdb.parse_and_eval(i + "float_state.numfree")
            except gdb.error:
                n = gdb.parse_and_eval(i + "object_state.freelists.floats.numfree")
            print("@floats", int(n))
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
AtParse("_PyParser_ASTFromFile")
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

/**
 * gdb helper for --import: logs, during importlib's _find_and_load of module MOD (import_find_and_load
 * entered with that name, up to the program's print() call), every GC allocation (_PyObject_GC_Link: the
 * count after it, whether an exception is set — _PyObject_GC_Link schedules no collection then —, the
 * allocating C functions and, for a tuple, its size), every GC free (PyObject_GC_Del and the type), every
 * eval-breaker check point (3.12+: _Py_HandlePending, reached at every check because the helper keeps the
 * eval breaker set — 3.12: ceval.eval_breaker; 3.13: tstate->eval_breaker's signals-pending bit, which
 * _Py_HandlePending clears again without effect — and PyErr_CheckSignals), the module's creation and
 * execution (_imp.create_builtin / exec_builtin) and each collection, with the Python function, line and
 * instruction offset they happen at.
 */
const IMPORT_HELPER = (version, mod, region = '', regionEnd = '') => `
import gdb
gdb.execute("set pagination off")
gdb.execute("set breakpoint pending on")
V = "${version}"
MOD = "${mod}"
REGION = "${region}"
REGION_END = "${regionEnd}"
on = [False]
def cnt():
    return int(gdb.parse_and_eval("_PyRuntime.interpreters.main->gc.generations")[0]["count"])
TS = "_PyRuntime.interpreters.main->threads.head"
def err_set():
    f = "curexc_type" if V == "3.11" else "current_exception"
    return int(gdb.parse_and_eval("(long)%s->%s" % (TS, f))) != 0
def pyframe():
    try:
        if V == "3.13":
            f = int(gdb.parse_and_eval("(long)%s->current_frame" % TS))
            code = "((PyCodeObject*)((_PyInterpreterFrame*)%d)->f_executable)" % f
            instr = "((_PyInterpreterFrame*)%d)->instr_ptr" % f
        else:
            f = int(gdb.parse_and_eval("(long)%s->cframe->current_frame" % TS))
            code = "((_PyInterpreterFrame*)%d)->f_code" % f
            instr = "((_PyInterpreterFrame*)%d)->prev_instr" % f
        # an entry frame of a call from C (3.13: f_executable is None) has no code object
        if f == 0 or int(gdb.parse_and_eval("(long)((PyObject*)%s)->ob_type != (long)&PyCode_Type" % code)):
            return "?"
        name = gdb.parse_and_eval("(char*)PyUnicode_AsUTF8(%s->co_name)" % code).string()
        off = int(gdb.parse_and_eval("(char*)%s - (char*)%s->co_code_adaptive" % (instr, code)))
        line = int(gdb.parse_and_eval("PyCode_Addr2Line(%s, %d)" % (code, off)))
        return "%s:%d@%d" % (name.replace(" ", "_"), line, off)
    except gdb.error:
        return "?"
def callers():
    f = gdb.newest_frame()
    names, nitems = [], 0
    for _ in range(5):
        f = f.older()
        if f is None:
            break
        names.append(f.name() or "?")
        if f.name() == "_PyObject_GC_NewVar":
            try:
                nitems = int(f.read_var("nitems"))
            except (gdb.error, ValueError):
                pass
    return "<".join(names), nitems
def arm():
    if V == "3.13":
        gdb.execute("set var %s->eval_breaker |= 2" % TS, to_string=True)
    elif V == "3.12":
        gdb.execute("set var _PyRuntime.interpreters.main->ceval.eval_breaker._value = 1", to_string=True)
class Start(gdb.Breakpoint):
    def stop(self):
        try:
            n = gdb.parse_and_eval("(char*)PyUnicode_AsUTF8(abs_name)").string()
        except gdb.error:
            return False
        if n == MOD and not on[0]:
            on[0] = True
            print("@ev BEGIN %d" % cnt())
            arm()
        return False
class End(gdb.Breakpoint):
    def stop(self):
        if on[0]:
            on[0] = False
            print("@ev END %d" % cnt())
        return False
class Rearm(gdb.FinishBreakpoint):
    def stop(self):
        if on[0]:
            arm()
        return False
class Link(gdb.Breakpoint):
    def stop(self):
        if on[0]:
            who, nitems = callers()
            print("@ev + %d %s %s %d %s" % (cnt() + 1, pyframe(), "E" if err_set() else "-", nitems, who))
        return False
class Del(gdb.Breakpoint):
    def stop(self):
        if on[0]:
            t = gdb.parse_and_eval("((PyObject*)$rdi)->ob_type->tp_name").string()
            print("@ev - %d %s %s" % (max(cnt() - 1, 0), pyframe(), t))
        return False
class Mark(gdb.Breakpoint):
    def __init__(self, spec, tag):
        super().__init__(spec)
        self.tag = tag
    def stop(self):
        if on[0]:
            print("@ev %s %d %s" % (self.tag, cnt(), pyframe()))
            if self.tag == "CHECK":
                Rearm(gdb.newest_frame(), internal=True)
            elif self.tag in ("CREATE", "EXEC"):
                Done(gdb.newest_frame(), self.tag, internal=True)
        return False
class Done(gdb.FinishBreakpoint):
    def __init__(self, frame, tag, internal):
        super().__init__(frame, internal=internal)
        self.tag = tag
    def stop(self):
        if on[0]:
            print("@ev %s_END %d %s" % (self.tag, cnt(), pyframe()))
        return False
class Alloc(gdb.Breakpoint):
    def __init__(self, spec, tp):
        super().__init__(spec)
        self.tp = tp
    def stop(self):
        if on[0]:
            n = int(gdb.parse_and_eval("$rdi")) if self.tp == "tuple" else 0
            print("@ev ALLOC %d %s %s %d" % (cnt(), pyframe(), self.tp, n))
        return False
class Dealloc(gdb.Breakpoint):
    def __init__(self, spec, tp):
        super().__init__(spec)
        self.tp = tp
    def stop(self):
        if on[0]:
            if gdb.parse_and_eval("((PyObject*)$rdi)->ob_type->tp_name").string() == self.tp:
                n = int(gdb.parse_and_eval("((PyVarObject*)$rdi)->ob_size")) if self.tp == "tuple" else 0
                print("@ev DEALLOC %d %s %s %d" % (cnt(), pyframe(), self.tp, n))
        return False
def in_compile():
    f = gdb.newest_frame()
    for _ in range(12):
        f = f.older()
        if f is None:
            return False
        if (f.name() or "").startswith("builtin_compile"):
            return True
    return False
class RegionStart(gdb.Breakpoint):
    def stop(self):
        # the program's own compile() (module level): not one run by start-up code (3.11 here: a .pth file's)
        if not on[0] and not done[0] and in_compile() and pyframe().startswith("<module>:"):
            on[0] = done[0] = True
            print("@ev BEGIN %d" % cnt())
        return False
done = [False]
gdb.execute("start")
if REGION:
    RegionStart(REGION)
    End(REGION_END)
else:
    Start("import_find_and_load")
    End("builtin_print")
Alloc("tuple_alloc", "tuple")
Alloc("PyList_New", "list")
Alloc("new_dict", "dict")
Dealloc("*tupledealloc", "tuple")
Dealloc("*list_dealloc", "list")
Dealloc("*dict_dealloc", "dict")
Link("_PyObject_GC_Link")
Del("*PyObject_GC_Del")
Mark("_Py_HandlePending", "CHECK")
Mark("PyErr_CheckSignals", "CHECK")
Mark("gc_collect_main", "COLLECT")
Mark("_imp_create_builtin", "CREATE")
Mark("_imp_exec_builtin", "EXEC")
gdb.execute("continue")
`;

/**
 * The --import event log as gcImportBuiltin's tokens (the alphabet is documented with the profile field):
 * the module's own objects (made inside _imp.create_builtin / exec_builtin), the ModuleSpec (the last
 * allocation in spec_from_loader) and its _uninitialized_submodules list are objects heapscope really
 * creates (M, X, S, U); importlib's transient tuples, lists and dicts (call argument tuples, *args and
 * **kwargs, the module lock's lists) come from and go back to their freelists when these hold some, so
 * whether they count depends on the freelists' state: they are logged where the freelist-aware allocator is
 * entered (tuple_alloc, PyList_New, new_dict: t<size>, l, d; dict() and list() never pop: N, K) and where
 * they are freed (T<size>, L, D), and replayed through heapscope's allocators (vm/importer.ts); every other
 * allocation (a) and free (f) is one of importlib's transient objects (locks, bound methods, frames,
 * exceptions, weak references).
 */
const FREELIST_TYPES = new Set(['tuple', 'list', 'dict']);
const FREELIST_ALLOC = /Tuple|tuple_alloc|PyList_New|new_dict/;
/** dict() and list() allocate with PyType_GenericAlloc, never from the freelist (their dealloc pushes to it) */
const GENERIC_DICT_ALLOC = /dict_new|dict_vectorcall/;
const GENERIC_LIST_ALLOC = /list_new|list_vectorcall/;
/** A made tuple / list / dict (ALLOC) or a freed one (DEALLOC) as its token. */
const madeToken = (e) => (e[3] === 'tuple' ? `t${e[4]}` : e[3] === 'list' ? 'l' : 'd');
/**
 * A free as its token: a GC free (-) of an object without freelist (f; a tuple, list or dict has its
 * DEALLOC event instead) or a tuple / list / dict dealloc (T<n>, L, D); null for any other event.
 */
const freeToken = (e) =>
  e[0] === '-' ? (FREELIST_TYPES.has(e[3]) ? null : 'f') : e[0] === 'DEALLOC' ? (e[3] === 'tuple' ? `T${e[4]}` : e[3] === 'list' ? 'L' : 'D') : null;
/** A GC allocation (+) not made by a freelist-aware allocator (those have their ALLOC event) as its token, or null. */
const linkToken = (who, err) =>
  FREELIST_ALLOC.test(who) ? null : GENERIC_DICT_ALLOC.test(who) ? 'N' : GENERIC_LIST_ALLOC.test(who) ? 'K' : err === 'E' ? 'e' : 'a';

function importGcTokens(log, version) {
  const events = log.split('\n').filter((l) => l.startsWith('@ev ')).map((l) => l.slice(4).split(' '));
  const begin = events.findIndex((e) => e[0] === 'BEGIN');
  const end = events.findIndex((e) => e[0] === 'END');
  if (begin < 0 || end < begin) throw new Error(`no import in the gdb log:\n${log}`);
  const tokens = [];
  // inside _imp.create_builtin / exec_builtin: the module's own objects, which heapscope's factory makes
  let inModule = false;
  let specAt = -1;
  let specList = false;
  for (const e of events.slice(begin + 1, end)) {
    const [kind, , frame] = e;
    if (inModule && (kind === '+' || kind === '-' || kind === 'ALLOC' || kind === 'DEALLOC')) continue;
    switch (kind) {
      case 'CREATE':
        tokens.push('M');
        inModule = true;
        break;
      case 'EXEC':
        tokens.push('X');
        inModule = true;
        break;
      case 'CREATE_END':
      case 'EXEC_END':
        inModule = false;
        break;
      case 'CHECK':
        if (version !== '3.11') tokens.push('c');
        break;
      case '+': {
        const [, , , err, , who] = e;
        const token = linkToken(who, err);
        if (token === null) break; // its ALLOC event
        if (frame.startsWith('spec_from_loader:')) specAt = tokens.length;
        tokens.push(token);
        break;
      }
      case 'ALLOC':
        // ModuleSpec.__init__'s `self._uninitialized_submodules = []`: the spec's own list, not a transient
        if (e[3] === 'list' && specAt >= 0 && !specList && frame.startsWith('__init__:')) {
          tokens.push('U');
          specList = true;
          break;
        }
        tokens.push(madeToken(e));
        break;
      default: {
        const token = freeToken(e); // COLLECT and the like: null
        if (token !== null) tokens.push(token);
      }
    }
  }
  if (specAt < 0) throw new Error('no ModuleSpec allocation in spec_from_loader');
  if (!specList) throw new Error("no list made by ModuleSpec.__init__ (_uninitialized_submodules)");
  tokens[specAt] = 'S';
  // a check point right after another (no GC traffic between them) decides nothing new
  return tokens.filter((t, i) => !(t === 'c' && tokens[i - 1] === 'c')).join('');
}

/**
 * The GC traffic of a builtin module's own creation and execution (inside _imp.create_builtin and
 * exec_builtin) that heapscope's factory does not make, in gcImportBuiltin's alphabet (a, f, t<n>, l, d, N,
 * K, T<n>, L, D): on 3.12+ chiefly the heap types of multi-phase modules (each type with its dict, method
 * descriptors, bases and mro tuples, ...), which heapscope models as static types. Left out: the module
 * object, its dict (the first dict made after it) and its functions (PyModule_AddFunctions), which the
 * factory makes.
 */
function moduleTrafficTokens(log) {
  return trafficTokens(log, ['CREATE', 'EXEC'], ['CREATE_END', 'EXEC_END'], true);
}

/**
 * The GC traffic logged between the `starts` and `ends` marks, as replay tokens (see moduleTrafficTokens);
 * `module`: leave out a builtin module's own object, dict and functions.
 */
function trafficTokens(log, starts, ends, module) {
  const tokens = [];
  let inRegion = false;
  let moduleMade = !module;
  let dictMade = !module;
  for (const l of log.split('\n')) {
    if (!l.startsWith('@ev ')) continue;
    const e = l.slice(4).split(' ');
    const kind = e[0];
    if (starts.includes(kind)) inRegion = true;
    else if (ends.includes(kind)) inRegion = false;
    if (!inRegion) continue;
    switch (kind) {
      case '+': {
        const who = e[5];
        if (module && /new_module|PyModule_New/.test(who)) moduleMade = true;
        // the module's functions (PyModule_AddFunctions); a type's __new__ (add_tp_new_wrapper) is the type's
        else if (module && /_add_methods_to_object/.test(who)) break;
        else {
          // module state is made with no exception set: 'e' does not occur
          const token = linkToken(who, '-');
          if (token !== null) tokens.push(token);
        }
        break;
      }
      case 'ALLOC':
        if (e[3] === 'dict' && moduleMade && !dictMade) dictMade = true;
        else tokens.push(madeToken(e));
        break;
      default: {
        const token = freeToken(e);
        if (token !== null) tokens.push(token);
      }
    }
  }
  return tokens.join('');
}

/**
 * 3.12+: the first compile() of a program builds the `_ast` module state (Python-ast.c init_types: a heap
 * type per AST node class, with its dict, tuples and descriptors, ~800 GC objects on 3.12), which
 * heapscope does not create: its GC traffic, replayed by heapscope's first compile() (gcAstState).
 */
function measureAstState(exe, version, dir) {
  const file = path.join(dir, 'ast.py');
  writeFileSync(file, 'compile("x = 1", "<s>", "exec")\n');
  // from init_types (reached through PyAST_Check) to the compilation proper (its arena)
  writeFileSync(path.join(dir, 'helper.py'), IMPORT_HELPER(version, '', 'init_types', '_PyArena_New'));
  const out = execFileSync('gdb', ['-q', '-batch', '-x', path.join(dir, 'helper.py'), '--args', exe, '-s', file], {
    cwd: dir,
    env: cleanEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
  });
  // a state start-up already built (3.11 on the oracle machine: code in a .pth file compiles) costs nothing more
  return out.includes('@ev BEGIN') ? trafficTokens(out, ['BEGIN'], ['END'], false) : '';
}

/** --import: the tokens of an uncached `import gc` (the first import of a program), checked on a second module. */
function measureImport(exe, version, dir, trace, modules) {
  const run = (program, mod) => {
    const file = path.join(dir, 'imp.py');
    writeFileSync(file, program);
    writeFileSync(path.join(dir, 'helper.py'), IMPORT_HELPER(version, mod));
    const out = execFileSync('gdb', ['-q', '-batch', '-x', path.join(dir, 'helper.py'), '--args', exe, '-s', file], {
      cwd: dir,
      env: cleanEnv(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 26,
    });
    if (trace) for (const l of out.split('\n')) if (l.startsWith('@ev ')) console.log(`  ${version} ${mod}: ${l.slice(4)}`);
    objects[mod] = moduleTrafficTokens(out);
    return importGcTokens(out, version);
  };
  const objects = {};
  const first = run('import gc\nprint()\n', 'gc');
  const second = run('import gc\nimport _tracemalloc\nprint()\n', '_tracemalloc');
  if (first !== second) throw new Error(`${version}: importlib's GC traffic depends on the module:\n  gc:        ${first}\n  _tracemalloc: ${second}`);
  // every other builtin module a program can import uncached (not left in sys.modules by start-up)
  const startup = new Set(measureStartupModules(exe, dir));
  for (const mod of modules) if (objects[mod] === undefined && !startup.has(mod)) run(`import gc\nimport ${mod}\nprint()\n`, mod);
  return { tokens: first, objects };
}

/** sys.builtin_module_names restricted to heapscope's native modules: the imports BuiltinImporter serves. */
function measureBuiltinModules(exe, dir) {
  const file = path.join(dir, 'builtins.py');
  writeFileSync(file, 'import sys\nprint(" ".join(sys.builtin_module_names))\n');
  const out = execFileSync(exe, ['-s', file], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
  const native = nativeModuleNames();
  return out.trim().split(' ').filter((m) => native.has(m));
}

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
  const fl = /^@freelists ((?:\d+ ?){23})$/m.exec(out);
  const floats = /^@floats (\d+)$/m.exec(out);
  if (m === null || st === null || fl === null || floats === null) throw new Error(`${exe}: no counts in gdb output:\n${out}`);
  const n = st[1].trim().split(' ').map(Number);
  const f = fl[1].trim().split(' ').map(Number);
  return {
    counts: [Number(m[1]), Number(m[2]), Number(m[3])],
    stats: [n.slice(0, 3), n.slice(3, 6), n.slice(6, 9)],
    // numfree per tuple size 1..20 (index size - 1), the list, dict and dict-keys freelists; the float
    // freelist's when parsing starts
    freelists: { tuple: f.slice(3), list: f[0], dict: f[1], dictKeys: f[2], float: Number(floats[1]) },
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
const showFreelists = (f) => `{ tuple: [${f.tuple.join(', ')}], list: ${f.list}, dict: ${f.dict}, dictKeys: ${f.dictKeys}, float: ${f.float} }`;

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

/** Rewrite the `field: value,` line of version v's profile entry in the profiles' source. */
function replaceProfileField(src, v, field, value) {
  const re = new RegExp(`('${v.replace('.', '\\.')}': \\{[\\s\\S]*?${field}: ).*(,\\n)`);
  if (!re.test(src)) throw new Error(`no ${field} entry for ${v} in ${PROFILES}`);
  return src.replace(re, `$1${value}$2`);
}

/** { module: 'tokens' } as the profile's source writes it, in module name order */
function showObjects(objects) {
  const keys = Object.keys(objects).sort();
  return `{ ${keys.map((k) => `${k}: '${objects[k]}'`).join(', ')} }`;
}

/** --import: gcImportBuiltin, builtinModules, gcBuiltinModuleTraffic and gcAstState per version. */
function importMain(write, trace) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gc-import-'));
  const results = {};
  try {
    for (const v of VERSIONS) {
      const exe = findInterpreter(v);
      const builtins = measureBuiltinModules(exe, dir);
      results[v] = { ...measureImport(exe, v, dir, trace, builtins), builtins, ast: measureAstState(exe, v, dir) };
      console.log(`${v}: gcImportBuiltin '${results[v].tokens}', builtinModules ${showModules(results[v].builtins)}, gcBuiltinModuleTraffic ${showObjects(results[v].objects)}, gcAstState '${results[v].ast}'`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!write) return;
  let src = readFileSync(PROFILES, 'utf8');
  for (const v of VERSIONS) {
    src = replaceProfileField(src, v, 'gcImportBuiltin', `'${results[v].tokens}'`);
    src = replaceProfileField(src, v, 'builtinModules', showModules(results[v].builtins));
    src = replaceProfileField(src, v, 'gcBuiltinModuleTraffic', showObjects(results[v].objects));
    src = replaceProfileField(src, v, 'gcAstState', `'${results[v].ast}'`);
  }
  writeFileSync(PROFILES, src);
  console.log(`updated ${path.relative(ROOT, PROFILES)}`);
}

/**
 * --import-gc: the modules whose first import's GC traffic is measured (importGc). Adding a module is one
 * entry here (a module CPython loads at start-up needs none: its import is a cache hit, startupSysModules).
 */
const IMPORT_GC_MODULES = [
  'collections', 'collections.abc', 'functools', 'enum', 'dataclasses', 'contextlib', 'weakref', 'tracemalloc',
  'operator', 'typing', 'copy', 'copyreg', 'heapq', 'bisect', 'keyword', 'reprlib', 'string', 'textwrap', 'types',
  'numbers', 'fractions', 'statistics', 'inspect', 'math', 'random', 'warnings', '__future__', 're', 'json',
  'array', 'struct', 'pickle', 'fnmatch',
];

/**
 * gdb helper for --import-gc: from the program's first uncached import of MOD (import_find_and_load) to its
 * print() call, every GC allocation (_PyObject_GC_Link: the object's address, whether an exception is set),
 * every GC free (PyObject_GC_Del: the address), every eval-breaker check point (3.12+, as IMPORT_HELPER
 * keeps the eval breaker set), each nested uncached import (IMP name ... IMPEND) and each collection
 * (COLLECT ... COLLECT_END, from invoke_gc_callback's start and stop). The events are printed at the end (printing each as it happens is slower).
 */
const IMPORT_GC_HELPER = (version, mod) => `
import gdb
gdb.execute("set pagination off")
gdb.execute("set breakpoint pending on")
V = "${version}"
MOD = "${mod}"
on = [False]
out = []
TS = "_PyRuntime.interpreters.main->threads.head"
def err_set():
    f = "curexc_type" if V == "3.11" else "current_exception"
    return int(gdb.parse_and_eval("(long)%s->%s" % (TS, f))) != 0
def arm():
    if V == "3.13":
        gdb.execute("set var %s->eval_breaker |= 2" % TS, to_string=True)
    elif V == "3.12":
        gdb.execute("set var _PyRuntime.interpreters.main->ceval.eval_breaker._value = 1", to_string=True)
def real_frame():
    # import_find_and_load and gc_collect_main may be inlined into their callers
    f = gdb.newest_frame()
    while f is not None and f.type() == gdb.INLINE_FRAME:
        f = f.older()
    return f
# the end of a call: a breakpoint at its caller's return address, with the stack pointers of the calls
# still running (a nested call returns to the same address first); gdb's FinishBreakpoint misses them here
returns = {}
class Return(gdb.Breakpoint):
    def __init__(self, pc):
        super().__init__("*%d" % pc, internal=True)
        self.waiting = []
    def stop(self):
        sp = int(gdb.parse_and_eval("(long)$sp"))
        while self.waiting and self.waiting[-1][0] < sp:
            _, tag = self.waiting.pop()
            if on[0]:
                out.append(tag)
        return False
def at_return(tag):
    pc = real_frame().older().pc()
    b = returns.get(pc)
    if b is None:
        b = returns[pc] = Return(pc)
    b.waiting.append((int(gdb.parse_and_eval("(long)$sp")), tag))
class Imp(gdb.Breakpoint):
    def stop(self):
        try:
            n = gdb.parse_and_eval("(char*)PyUnicode_AsUTF8(abs_name)").string()
        except gdb.error:
            return False
        if not on[0]:
            if n == MOD:
                on[0] = True
                out.append("BEGIN")
                arm()
            return False
        out.append("IMP " + n)
        at_return("IMPEND")
        return False
class End(gdb.Breakpoint):
    def stop(self):
        if on[0]:
            on[0] = False
            out.append("END")
            print("@ev " + "\\n@ev ".join(out))
        return False
class Rearm(gdb.FinishBreakpoint):
    def stop(self):
        if on[0]:
            arm()
        return False
class Link(gdb.Breakpoint):
    def stop(self):
        if on[0]:
            out.append("+ %d %s" % (int(gdb.parse_and_eval("(long)$rdi")), "E" if err_set() else "-"))
        return False
class Del(gdb.Breakpoint):
    def stop(self):
        if on[0]:
            out.append("- %d" % int(gdb.parse_and_eval("(long)$rdi")))
        return False
class Check(gdb.Breakpoint):
    def stop(self):
        if on[0]:
            out.append("CHECK")
            Rearm(gdb.newest_frame(), internal=True)
        return False
class Collect(gdb.Breakpoint):
    # invoke_gc_callback runs at a collection's start and stop, in every version (gc.callbacks or not)
    def stop(self):
        if on[0]:
            out.append("COLLECT" if gdb.parse_and_eval("phase").string() == "start" else "COLLECT_END")
        return False
gdb.execute("start")
Imp("import_find_and_load")
End("builtin_print")
Link("_PyObject_GC_Link")
Del("*PyObject_GC_Del")
Check("_Py_HandlePending")
Check("PyErr_CheckSignals")
Collect("invoke_gc_callback")
gdb.execute("continue")
`;

/**
 * The --import-gc log as importGc's tokens (alphabet documented with the profile field). An allocation whose
 * object the import leaves as cyclic garbage (freed by a collection during the import, or found by the
 * program's gc.collect() after it: DEBUG_SAVEALL's gc.garbage) is `g`; a collection's own events are left
 * out (the replay makes its collections itself); runs of one letter are counted (a12). Garbage the
 * program's collection finds that was allocated before one of the import's collections survived it (it
 * was reachable then, and promoted): it is allocated as `a` and becomes garbage at the end (`h`). Garbage
 * the import took from a freelist (no allocation logged) is `x`: before the event a collection that freed it
 * followed (a collection's own frees of objects not allocated in the import are counted the same way: none
 * exist after start-up, whose garbage is all collected), or at the end.
 */
function importGcTokens2(log, version) {
  const events = log.split('\n').filter((l) => l.startsWith('@ev ')).map((l) => l.slice(4).split(' '));
  const begin = events.findIndex((e) => e[0] === 'BEGIN');
  const end = events.findIndex((e) => e[0] === 'END');
  if (begin < 0 || end < begin) throw new Error(`no import in the gdb log:\n${log.slice(-2000)}`);
  const garbageLine = /^@garbage(.*)$/m.exec(log);
  if (garbageLine === null) throw new Error('no @garbage line in the program output');
  const garbage = new Set(garbageLine[1].trim().split(/\s+/).filter(Boolean));
  const tokens = [];
  const lastLink = new Map(); // address -> index in tokens of its latest allocation
  let collecting = 0;
  let lastCollection = -1; // index in tokens of the last collection's end
  let trigger = -1; // index in tokens of the event the running collection follows
  // per token index: garbage a collection that token triggered freed without its allocation logged
  const unlinkedBefore = new Map();
  for (const e of events.slice(begin + 1, end)) {
    switch (e[0]) {
      case 'COLLECT':
        collecting++;
        if (collecting === 1) trigger = tokens.length - 1;
        break;
      case 'COLLECT_END':
        collecting--;
        lastCollection = tokens.length;
        break;
      case '+':
        if (collecting > 0) break;
        lastLink.set(e[1], tokens.length);
        tokens.push(e[2] === 'E' ? 'e' : 'a');
        break;
      case '-':
        if (collecting > 0) {
          const i = lastLink.get(e[1]);
          if (i !== undefined) tokens[i] = 'g';
          else unlinkedBefore.set(trigger, (unlinkedBefore.get(trigger) ?? 0) + 1);
        } else tokens.push('f');
        lastLink.delete(e[1]);
        break;
      case 'CHECK':
        if (version !== '3.11' && collecting === 0) tokens.push('c');
        break;
      case 'IMP':
        tokens.push(`(${e[1]};`);
        break;
      case 'IMPEND':
        tokens.push(')');
        break;
    }
  }
  let aged = 0;
  for (const [addr, i] of lastLink) {
    if (!garbage.has(addr)) continue;
    garbage.delete(addr);
    if (i < lastCollection) aged++;
    else tokens[i] = 'g';
  }
  for (let k = 0; k < aged; k++) tokens.push('h');
  // garbage made without a GC allocation (a tuple, list or dict the import took from its freelist): before
  // the event a collection that freed it followed, or at the end
  for (let k = 0; k < garbage.size; k++) tokens.push('x');
  const all = [];
  for (const [i, t] of tokens.entries()) {
    for (let k = unlinkedBefore.get(i) ?? 0; k > 0; k--) all.push('x');
    all.push(t);
  }
  tokens.length = 0;
  tokens.push(...all);
  // a check point right after another decides nothing new; runs are counted
  let s = '';
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    let j = i + 1;
    if (t === 'c') {
      while (j < tokens.length && tokens[j] === 'c') j++;
      s += 'c';
    } else if (t.length === 1 && t !== ')') {
      while (j < tokens.length && tokens[j] === t) j++;
      s += j - i > 1 ? `${t}${j - i}` : t;
    } else s += t;
    i = j;
  }
  return s;
}

/**
 * One module's first import after `import gc` (the usual first line), as importGc tokens. A submodule's
 * packages are imported first: `import a.b` imports `a` with importlib's Python code (no nested
 * import_find_and_load), and heapscope replays `a` on its own before `a.b` (vm/importer.ts).
 */
function measureImportGc(exe, version, dir, mod) {
  const file = path.join(dir, 'imp.py');
  const parents = mod.split('.').slice(0, -1).map((_, i, a) => `import ${a.slice(0, i + 1).join('.')}\n`).join('');
  writeFileSync(file, `import gc\n${parents}import ${mod}\nprint()\ngc.set_debug(gc.DEBUG_SAVEALL)\ngc.collect()\nprint('@garbage', *map(id, gc.garbage))\n`);
  writeFileSync(path.join(dir, 'helper.py'), IMPORT_GC_HELPER(version, mod));
  const out = execFileSync('gdb', ['-q', '-batch', '-x', path.join(dir, 'helper.py'), '--args', exe, '-s', file], {
    cwd: dir,
    env: cleanEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 28,
  });
  return importGcTokens2(out, version);
}

/** sys.modules when a program starts (run as the harness runs it), every name. */
function measureStartupSysModules(exe, dir) {
  const file = path.join(dir, 'mods.py');
  writeFileSync(file, 'import sys\nprint(" ".join(sys.modules))\n');
  return execFileSync(exe, ['-s', file], { cwd: dir, env: cleanEnv(), encoding: 'utf8' }).trim().split(' ');
}

/**
 * --import-gc [--write] [--version 3.12]... [module...]: importGc and startupSysModules per version (all
 * three unless named). With --write each module's entry is written as soon as it is measured (a gdb run
 * takes from seconds to minutes), the other modules keep theirs.
 */
function importGcMain(write, args) {
  const versions = args.flatMap((a, i) => (args[i - 1] === '--version' ? [a] : []));
  const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--version');
  const dir = mkdtempSync(path.join(tmpdir(), 'gc-importgc-'));
  const update = (v, field, value) => {
    writeFileSync(PROFILES, replaceProfileField(readFileSync(PROFILES, 'utf8'), v, field, value));
  };
  try {
    for (const v of versions.length > 0 ? versions : VERSIONS) {
      const exe = findInterpreter(v);
      const startup = measureStartupSysModules(exe, dir);
      const builtins = new Set(measureBuiltinModules(exe, dir));
      console.log(`${v}: startupSysModules ${showModules(startup)}`);
      if (write) update(v, 'startupSysModules', showModules(startup));
      for (const mod of only.length > 0 ? only : IMPORT_GC_MODULES) {
        // a start-up module's import is a cache hit; a builtin one's is gcImportBuiltin's replay
        if (startup.includes(mod) || builtins.has(mod)) continue;
        const tokens = measureImportGc(exe, v, dir, mod);
        console.log(`${v} ${mod}: '${tokens}'`);
        if (write) update(v, 'importGc', showImportGc({ ...readImportGc(readFileSync(PROFILES, 'utf8'), v), [mod]: tokens }));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The importGc entry of version v's profile, as an object. */
function readImportGc(src, v) {
  const m = new RegExp(`'${v.replace('.', '\\.')}': \\{[\\s\\S]*?importGc: (.*),\\n`).exec(src);
  if (m === null) return {};
  const r = {};
  for (const e of m[1].matchAll(/'([\w.]+)': '([^']*)'/g)) r[e[1]] = e[2];
  return r;
}
const showImportGc = (r) => `{ ${Object.keys(r).sort().map((k) => `'${k}': '${r[k]}'`).join(', ')} }`;

/**
 * --builtin-refcounts probe: nothing between start-up and the program's first line touches these counts (the
 * compiler stores names, not the functions), so a plain run reads them; the probe reaches each function
 * through the builtins dict (the subscript's result is getrefcount's only extra reference) and writes with
 * sys.stdout.write (a call of print would hold a reference to print on the stack).
 */
const BUILTIN_REFCOUNT_PROBE = `import sys, builtins
d = vars(builtins)
names = sorted(n for n in d if type(d[n]) is type(len))
sys.stdout.write(' '.join('%s=%d' % (n, sys.getrefcount(d[n]) - 1) for n in names) + chr(10))
`;

/** --builtin-refcounts: the builtins module's functions' refcounts per version, checked on both PROGRAMS' paths. */
function builtinRefcountsMain(write) {
  const dir = mkdtempSync(path.join(tmpdir(), 'builtin-refcounts-'));
  const results = {};
  try {
    for (const v of VERSIONS) {
      const exe = findInterpreter(v);
      const runs = ['a.py', 'probe_with_a_longer_name.py'].map((name) => {
        const file = path.join(dir, name);
        writeFileSync(file, BUILTIN_REFCOUNT_PROBE);
        return execFileSync(exe, ['-s', file], { cwd: dir, env: cleanEnv(), encoding: 'utf8' }).trim();
      });
      if (runs[0] !== runs[1]) throw new Error(`${v}: the builtin functions' refcounts depend on the program:\n${runs.join('\n')}`);
      results[v] = Object.fromEntries(runs[0].split(' ').map((e) => [e.slice(0, e.lastIndexOf('=')), Number(e.slice(e.lastIndexOf('=') + 1))]));
      console.log(`${v} (${exe}): builtinRefcounts ${showBuiltinRefcounts(results[v])}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!write) return;
  let src = readFileSync(PROFILES, 'utf8');
  for (const v of VERSIONS) src = replaceProfileField(src, v, 'builtinRefcounts', showBuiltinRefcounts(results[v]));
  writeFileSync(PROFILES, src);
  console.log(`updated ${path.relative(ROOT, PROFILES)}`);
}

/** A builtinRefcounts table as the profile's source writes it (one line, in name order). */
const showBuiltinRefcounts = (r) => `{ ${Object.keys(r).sort().map((n) => `${n}: ${r[n]}`).join(', ')} }`;

/**
 * gdb helper for --refcounts (3.11): at _PyParser_ASTFromFile, armed once _PyRun_SimpleFileObject has been
 * entered, prints each static object's ob_refcnt (all of them read before anything else is evaluated); then
 * looks every one-character string up in the interned dict (a borrowed lookup, which changes no count) and
 * prints, for each character whose interned string is not the latin-1 singleton, that object's count.
 */
const REFCOUNT_HELPER = `
import gdb
TYPES_PROBE = """
import sys as _s
_seen = {}
_stack = [object]
while _stack:
    _t = _stack.pop()
    if id(_t) not in _seen:
        _seen[id(_t)] = _t
        _stack.extend(type.__subclasses__(_t))
_out = []
for _t in _seen.values():
    if not _t.__flags__ & 512:
        _out.append('%s=%d' % (_t.__qualname__ if _t.__module__ == 'builtins' else _t.__module__ + '.' + _t.__qualname__, _s.getrefcount(_t) - 3))
_s.stdout.write('@rc types ' + ' '.join(_out) + chr(10))
_s.stdout.flush()
"""
gdb.execute("set pagination off")
gdb.execute("set breakpoint pending on")
S = "_PyRuntime.global_objects.singletons."
def rc(e):
    return int(gdb.parse_and_eval("((PyObject*)(%s))->ob_refcnt" % e))
def char(c):
    return "&%sstrings.ascii[%d]" % (S, c) if c < 128 else "&%sstrings.latin1[%d]" % (S, c - 128)
armed = [False]
class Arm(gdb.Breakpoint):
    def stop(self):
        armed[0] = True
        return False
class AtParse(gdb.Breakpoint):
    def stop(self):
        if not armed[0]:
            return False
        print("@rc singletons", *(rc(e) for e in ("&_Py_NoneStruct", "&_Py_TrueStruct", "&_Py_FalseStruct", "&_Py_EllipsisObject", "&_Py_NotImplementedStruct")))
        print("@rc empty", rc("&%stuple_empty" % S), rc("&%sstrings.literals._empty" % S), rc("&%sbytes_empty" % S))
        print("@rc ints", *(rc("&%ssmall_ints[%d]" % (S, i)) for i in range(262)))
        print("@rc latin1", *(rc(char(c)) for c in range(256)))
        print("@rc bytes", *(rc("&%sbytes_characters[%d]" % (S, c)) for c in range(256)))
        # the type attribute cache's entries that no lookup has filled yet hold a reference to None each
        # (type_cache_clear); which entries start-up filled depends on the names' addresses
        cache = gdb.parse_and_eval("_PyRuntime.interpreters.main->type_cache.hashtable")
        none = int(gdb.parse_and_eval("(long)&_Py_NoneStruct"))
        print("@rc cachenone", sum(1 for i in range(4096) if int(cache[i]["name"]) == none))
        out = []
        for c in range(256):
            o = int(gdb.parse_and_eval("(long)PyDict_GetItem(interned, (PyObject*)%s)" % char(c)))
            if o != 0 and o != int(gdb.parse_and_eval("(long)%s" % char(c))):
                out.append("%d:%d" % (c, rc(o)))
        print("@rc interned", *out)
        # the static types (not Py_TPFLAGS_HEAPTYPE), found from object through __subclasses__(), by tp_name:
        # Python code run here, whose own references (the dict value, the loop variable, getrefcount's
        # argument) are taken off; it runs after every other count was read
        # (the probe has no double quotes or backslashes: its newlines become C escapes)
        gdb.parse_and_eval('PyRun_SimpleString("%s")' % TYPES_PROBE.replace(chr(10), chr(92) + 'n'))
        gdb.execute("kill")
        return True
gdb.execute("start")
Arm("_PyRun_SimpleFileObject")
AtParse("_PyParser_ASTFromFile")
gdb.execute("continue")
`;

/** The versions whose static objects are mortal (the profiles' `immortal: false`): 3.11. */
function mortalVersions() {
  const src = readFileSync(PROFILES, 'utf8');
  return VERSIONS.filter((v) => {
    const m = new RegExp(`'${v.replace('.', '\\.')}': \\{[\\s\\S]*?\\bimmortal: (true|false),`).exec(src);
    if (m === null) throw new Error(`no immortal entry for ${v} in ${PROFILES}`);
    return m[1] === 'false';
  });
}

/** --refcounts: one program's static-object refcounts at _PyParser_ASTFromFile (see REFCOUNT_HELPER). */
function measureRefcounts(exe, dir, program) {
  const file = path.join(dir, 'prog.py');
  writeFileSync(file, program);
  writeFileSync(path.join(dir, 'helper.py'), REFCOUNT_HELPER);
  const out = execFileSync('gdb', ['-q', '-batch', '-x', path.join(dir, 'helper.py'), '--args', exe, '-s', file], {
    cwd: dir,
    env: cleanEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = (tag) => {
    const m = new RegExp(`^@rc ${tag}(.*)$`, 'm').exec(out);
    if (m === null) throw new Error(`${exe}: no "${tag}" refcounts in the gdb output:\n${out}`);
    return m[1].trim().split(' ').filter((x) => x !== '');
  };
  const [none, t, f, ellipsis, notImplemented] = line('singletons').map(Number);
  const [emptyTuple, emptyStr, emptyBytes] = line('empty').map(Number);
  const cacheNone = Number(line('cachenone')[0]);
  const internedChars = {};
  for (const e of line('interned')) {
    const [c, n] = e.split(':').map(Number);
    internedChars[String.fromCharCode(c)] = n;
  }
  // static types by tp_name; a name two static types share is left out (heapscope could not tell them apart)
  const types = {};
  const seen = new Set();
  for (const e of line('types')) {
    const at = e.lastIndexOf('=');
    const name = e.slice(0, at);
    if (seen.has(name)) delete types[name];
    else types[name] = Number(e.slice(at + 1));
    seen.add(name);
  }
  return {
    None: none,
    True: t,
    False: f,
    Ellipsis: ellipsis,
    NotImplemented: notImplemented,
    emptyTuple,
    emptyStr,
    emptyBytes,
    smallInts: line('ints').map(Number),
    latin1: line('latin1').map(Number),
    bytesChars: line('bytes').map(Number),
    internedChars,
    types: Object.fromEntries(Object.keys(types).sort().map((k) => [k, types[k]])),
    cacheNone,
  };
}

/** A staticRefcounts table as the profile's source writes it (one line). */
function showRefcounts(r) {
  const chars = Object.keys(r.internedChars)
    .sort()
    .map((c) => `${JSON.stringify(c).replace(/^"|"$/g, "'")}: ${r.internedChars[c]}`)
    .join(', ');
  return (
    `{ None: ${r.None}, True: ${r.True}, False: ${r.False}, Ellipsis: ${r.Ellipsis}, NotImplemented: ${r.NotImplemented}, ` +
    `emptyTuple: ${r.emptyTuple}, emptyStr: ${r.emptyStr}, emptyBytes: ${r.emptyBytes}, smallInts: [${r.smallInts.join(', ')}], ` +
    `latin1: [${r.latin1.join(', ')}], bytesChars: [${r.bytesChars.join(', ')}], internedChars: { ${chars} }, ` +
    `types: { ${Object.keys(r.types).map((k) => `'${k}': ${r.types[k]}`).join(', ')} } }`
  );
}

/** --refcounts: staticRefcounts per mortal version, checked on both PROGRAMS. */
function refcountsMain(write) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gc-refcounts-'));
  const results = {};
  try {
    for (const v of mortalVersions()) {
      const exe = findInterpreter(v);
      const states = PROGRAMS.map((p) => measureRefcounts(exe, dir, p));
      // None's count moves with the type cache's unfilled entries (object addresses: the program's size and
      // path, ASLR outside gdb); the rest of it, and every other count, must not depend on the program
      const fixed = ({ None, cacheNone, ...rest }) => JSON.stringify({ ...rest, None: None - cacheNone });
      if (fixed(states[0]) !== fixed(states[1])) {
        throw new Error(`${v}: the static objects' refcounts at _PyParser_ASTFromFile depend on the program:\n${JSON.stringify(states)}`);
      }
      // the separate one-character strings are the ones the profile's preInternedChars lists (str.ts makes them)
      const pre = new RegExp(`'${v.replace('.', '\\.')}': \\{[\\s\\S]*?preInternedChars: '([^']*)'`).exec(readFileSync(PROFILES, 'utf8'));
      const chars = Object.keys(states[0].internedChars).sort().join('');
      if (pre === null || [...pre[1]].sort().join('') !== chars) {
        throw new Error(`${v}: start-up interned one-character strings '${chars}' differ from the profile's preInternedChars '${pre?.[1]}'`);
      }
      results[v] = states[0];
      console.log(`${v} (${exe}): staticRefcounts ${showRefcounts(states[0])}`);
      console.log(`  None: ${states.map((s) => `${s.None} (${s.cacheNone} of them the type cache's unfilled entries)`).join(', ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!write) return;
  let src = readFileSync(PROFILES, 'utf8');
  for (const v of Object.keys(results)) src = replaceProfileField(src, v, 'staticRefcounts', showRefcounts(results[v]));
  writeFileSync(PROFILES, src);
  console.log(`updated ${path.relative(ROOT, PROFILES)}`);
}

/**
 * The freelists' fields a program can observe, as [name, expression under the main interpreter, width]:
 * numfree of the float, tuple (per size 1..20), list, dict and dict-keys freelists, and the one-slot slice
 * cache (a pointer: full when not NULL). 3.11 / 3.12 keep them in PyInterpreterState's per-type states,
 * 3.13 in object_state.freelists.
 */
function freelistFields(v) {
  const old = v === '3.11' || v === '3.12';
  const f = old ? '' : 'object_state.freelists.';
  return [
    ['float', old ? 'float_state.numfree' : `${f}floats.numfree`, 4],
    ...Array.from({ length: 20 }, (_, i) => [`t${i + 1}`, old ? `tuple.numfree[${i}]` : `${f}tuples.numfree[${i}]`, 4]),
    ['list', old ? 'list.numfree' : `${f}lists.numfree`, 4],
    ['dict', old ? 'dict_state.numfree' : `${f}dicts.numfree`, 4],
    ['dictKeys', old ? 'dict_state.keys_numfree' : `${f}dictkeys.numfree`, 4],
    ['slice', old ? 'slice_cache' : `${f}slices.slice_cache`, 8],
  ];
}

/** The capacity of each freelist field (the profiles' common.freelists). */
const FREELIST_CAPS = { float: 100, list: 80, dict: 80, dictKeys: 80, slice: 1, tuple: 2000 };
const capOf = (name) => (name.startsWith('t') ? FREELIST_CAPS.tuple : FREELIST_CAPS[name]);

/**
 * The freelist fields' addresses relative to None's: they live in libpython's data (the main interpreter is
 * embedded in _PyRuntime), so a Python program finds them at id(None) + offset (read from the library's debug
 * info by gdb, without running it).
 */
function freelistOffsets(exe, v) {
  const fields = freelistFields(v);
  const lib = path.join(path.dirname(path.dirname(exe)), 'lib', `libpython${v}.so.1.0`);
  const args = ['-q', '-batch'];
  for (const [, e] of fields) args.push('-ex', `p (long)&_PyRuntime._main_interpreter.${e} - (long)&_Py_NoneStruct`, '-ex', `p sizeof(_PyRuntime._main_interpreter.${e})`);
  const out = execFileSync('gdb', [...args, existsSync(lib) ? lib : exe], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const values = [...out.matchAll(/^\$\d+ = (-?\d+)$/gm)].map((m) => Number(m[1]));
  if (values.length !== 2 * fields.length) throw new Error(`${exe}: no freelist offsets in gdb output:\n${out}`);
  return fields.map(([name, e, width], i) => {
    if (values[2 * i + 1] !== width) throw new Error(`${exe}: ${e} is ${values[2 * i + 1]} bytes, not ${width}`);
    return [name, values[2 * i], width];
  });
}

/**
 * The probe for --import-freelists, one fresh interpreter per run, written for one module (a literal
 * `import M`, as a program's own import: IMPORT_NAME, not __import__): it reads the freelists' fields from its
 * own memory (/proc/self/mem at id(None) + offset, OFFS; os calls, int and bytes objects only: nothing that
 * touches a freelist), imports the module and reads them again, writing "before | after" to fd 1.
 * mode 'n': nothing else, so the import runs in the state a program importing the module on its first lines
 * has (the GC's allocation count too: collections during the import happen where they do there). '0' / 'f':
 * with the collector disabled (not for M = gc: its import would be a cache hit), every freelist is first
 * emptied (objects of each kind made and kept, more than its capacity) and with 'f' then filled
 * (capacity-many of them freed); lists last (the set-up's own lists are freed as it goes), the slice cache
 * after them (slices made by subscripts: slice() would free its arguments tuple on 3.11); no comprehension
 * over a closure (3.11 would free its closure tuple).
 */
const FREELIST_PROBE = (mod, offsets, mode) => {
  const setup = `
${mod === 'gc' ? '' : 'import gc\ngc.disable()'}
class Key:
    def __getitem__(self, k):
        return k
key = Key()
keys = [{'a': i} for i in range(100)]
dicts = [{} for i in range(100)]
floats = [i + 0.5 for i in range(120)]
tuples = []
for n in range(1, 21):
    items = [None] * n
    made = []
    for i in range(2100):
        made.append(tuple(items))
    tuples.append(made)
${mode === 'f' ? 'del keys[:80]\ndel floats[:100]\nfor t in tuples:\n    del t[:2000]' : ''}
lists = [[] for i in range(100)]
${mode === 'f' ? 'del lists[:80]' : ''}
cached = key[1:2]
${mode === 'f' ? 'key[3:4]' : ''}
${mod === 'gc' ? '' : 'gc.enable()'}
`;
  return `import os
BASE = id(None)
OFFS = (${offsets.map(([, off, w]) => `${off}, ${w}`).join(', ')})
def read():
    fd = os.open('/proc/self/mem', os.O_RDONLY)
    i = 0
    while i < ${2 * offsets.length}:
        os.write(1, b'%d ' % int.from_bytes(os.pread(fd, OFFS[i + 1], BASE + OFFS[i]), 'little'))
        i += 2
    os.close(fd)
${mode === 'n' ? '' : setup}
read()
os.write(1, b'| ')
try:
    import ${mod}
    read()
except ImportError:
    os.write(1, b'X')
`;
};

/** The modules heapscope's own stdlib provides in Python (src/engine/stdlib, packages as a.b). */
function stdlibModuleNames() {
  const base = path.join(ROOT, 'src/engine/stdlib');
  const names = [];
  const walk = (dir, prefix) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${prefix}${e.name}.`);
      else if (e.name.endsWith('.py')) {
        const mod = e.name === '__init__.py' ? prefix.slice(0, -1) : `${prefix}${e.name.slice(0, -3)}`;
        if (!mod.startsWith('_')) names.push(mod);
      }
    }
  };
  walk(base, '');
  return names;
}

/**
 * The map [delta, lo, hi] of one freelist field (n before → min(hi, max(lo, n + delta)) after), from the
 * natural start [a, b] and the results lo and hi of the empty and full starts: each push stops at the
 * capacity and each pop at 0, so an import that runs the same code whatever the count has this form. The
 * natural start's result is always kept exact: delta is b - a when b is inside (lo, hi), even where a
 * collection during the import moves with the GC's allocation count; a natural result beyond lo or hi (the
 * probe's set-up moved a collection of the empty or full start) moves that bound to it; at a bound, delta is
 * the middle of the range the clamped results allow.
 */
function clampMap([a, b], lo, hi, cap) {
  if (b < lo) lo = b;
  if (b > hi) hi = b;
  if (b > lo && b < hi) return [b - a, lo, hi];
  let min = -cap;
  let max = cap;
  for (const [k, r] of [[a, b], [0, lo], [cap, hi]]) {
    if (r === lo) max = Math.min(max, lo - k);
    if (r === hi) min = Math.max(min, hi - k);
  }
  const d = min > max ? b - a : Math.round((min + max) / 2);
  if (Math.min(hi, Math.max(lo, a + d)) !== b) throw new Error(`clampMap: [${d}, ${lo}, ${hi}] maps ${a} to ${Math.min(hi, Math.max(lo, a + d))}, not ${b}`);
  return [d, lo, hi];
}

/**
 * --import-freelists: per module a program can import (heapscope's stdlib and native modules), what CPython's
 * first `import M` does to each freelist: the float, tuple (per size), list, dict and dict-keys freelists and
 * the slice cache, each as clampMap's [delta, lo, hi] from the natural, empty and full starts. heapscope's
 * own import of a module runs different code (its stdlib, no importlib), so after a program's outermost
 * uncached import it sets each count to CPython's (vm/importer.ts, vm/modules/gc.ts applyImportFreelists).
 * The dict-keys maps are `importKeysFreelist`, the others `importFreelists` (identity maps left out).
 */
function importFreelistsMain(write) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gc-freelists-'));
  const modules = [...new Set([...stdlibModuleNames(), ...nativeModuleNames()])].sort();
  const keys = {};
  const others = {};
  try {
    const file = path.join(dir, 'probe.py');
    for (const v of VERSIONS) {
      const exe = findInterpreter(v);
      const offsets = freelistOffsets(exe, v);
      const names = offsets.map(([name]) => name);
      keys[v] = {};
      others[v] = {};
      for (const mod of modules) {
        const run = (mode) => {
          writeFileSync(file, FREELIST_PROBE(mod, offsets, mode));
          const out = execFileSync(exe, ['-s', file], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
          const [before, after] = out.split('|').map((s) => s.trim());
          if (after === 'X') return null;
          // the slice cache's pointer: 1 when it holds a slice
          const counts = (s) => s.split(' ').map((x, i) => (names[i] === 'slice' ? Number(x !== '0') : Number(x)));
          return [counts(before), counts(after)];
        };
        const natural = run('n');
        if (natural === null) continue; // not importable in this version
        if (Object.keys(others[v]).length === 0) console.log(`${v}: a program's first import starts from ${names.map((n, i) => `${n} ${natural[0][i]}`).join(', ')}`);
        const empty = run('0');
        const full = run('f');
        const maps = {};
        for (const [i, name] of names.entries()) {
          if (full[0][i] !== capOf(name)) throw new Error(`${v} ${mod}: the probe left ${full[0][i]} entries in the ${name} freelist, not ${capOf(name)}`);
          // 3.11 / 3.12 push 20-tuples but never pop them (maybe_freelist_pop: size < PyTuple_MAXSAVESIZE), so
          // the probe cannot empty that list: the import only pushes there, and its result from 0 is the
          // result from the probe's start less that start
          const e0 = empty[0][i];
          if (e0 !== 0 && name !== 't20') throw new Error(`${v} ${mod}: the probe left ${e0} entries in the ${name} freelist, not 0`);
          const m = clampMap([natural[0][i], natural[1][i]], empty[1][i] - e0, full[1][i], capOf(name));
          if (name === 'dictKeys') keys[v][mod] = m;
          else if (m[0] !== 0 || m[1] !== 0 || m[2] !== capOf(name)) maps[name] = m;
        }
        others[v][mod] = maps;
      }
      console.log(`${v}: importKeysFreelist ${showKeysTraffic(keys[v])}`);
      console.log(`${v}: importFreelists ${showFreelistMaps(others[v])}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!write) return;
  let src = readFileSync(PROFILES, 'utf8');
  for (const v of VERSIONS) {
    src = replaceProfileField(src, v, 'importKeysFreelist', showKeysTraffic(keys[v]));
    src = replaceProfileField(src, v, 'importFreelists', showFreelistMaps(others[v]));
  }
  writeFileSync(PROFILES, src);
  console.log(`updated ${path.relative(ROOT, PROFILES)}`);
}

const propName = (m) => (/^[A-Za-z_]\w*$/.test(m) ? m : `'${m}'`);
const showKeysTraffic = (r) => `{ ${Object.keys(r).map((m) => `${propName(m)}: [${r[m].join(', ')}]`).join(', ')} }`;
const showFreelistMaps = (r) =>
  `{ ${Object.keys(r).map((m) => `${propName(m)}: { ${Object.keys(r[m]).map((k) => `${k}: [${r[m][k].join(', ')}]`).join(', ')} }`.replace('{  }', '{}')).join(', ')} }`;

function main() {
  const pi = process.argv.indexOf('--phases');
  if (pi >= 0) return phases(process.argv[pi + 1]);
  const write = process.argv.includes('--write');
  if (process.argv.includes('--import-freelists')) return importFreelistsMain(write);
  const gi = process.argv.indexOf('--import-gc');
  if (gi >= 0) return importGcMain(write, process.argv.slice(gi + 1).filter((a) => a !== '--write'));
  if (process.argv.includes('--import')) return importMain(write, process.argv.includes('--trace'));
  if (process.argv.includes('--refcounts')) return refcountsMain(write);
  if (process.argv.includes('--builtin-refcounts')) return builtinRefcountsMain(write);
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
