/**
 * Version profiles: everything that differs between CPython 3.11, 3.12 and 3.13, as data.
 * Code reads profile fields; version strings do not spread through the engine (DESIGN.md rule 4).
 * Every number here was measured on the real interpreters (3.11.7, 3.12.1, 3.13.0, 64-bit Linux).
 */
import type { CodeGenFlags } from '../compiler/code';
import type { PythonVersion } from '../index';

export interface ObjectSizes {
  /** PyGC_Head in front of GC-capable objects. */
  gcHead: number;
  /** Extra pre-header of objects with a managed dict (3.11+) / managed weakref (3.12+). */
  preHeader: number;
  /** sizeof(PyLongObject) used by the medium-int fast path (one digit, padded). */
  intMedium: number;
  /** offsetof(PyLongObject, ob_digit). */
  intHeader: number;
  /** Minimum digits in `sys.getsizeof` (3.11+ reports a zero as one digit). */
  intMinDigits: number;
  float: number;
  complex: number;
  /** sizeof(PyASCIIObject) and sizeof(PyCompactUnicodeObject). */
  strAscii: number;
  strCompact: number;
  bytesHeader: number; // 32 + 1 NUL byte per value
  tupleHeader: number;
  list: number;
  dict: number;
  set: number;
  range: number;
  slice: number;
  object: number;
  instance: number; // basicsize of a plain class instance without GC head/pre-header
  function: number;
  method: number;
  cell: number;
  generator: number;
  type: number;
}

/**
 * The refcounts CPython 3.11's static objects have when it starts parsing the program's file
 * (_PyParser_ASTFromFile): the references interpreter start-up, `site` and __main__'s set-up hold. Objects
 * statically allocated with _PyObject_IMMORTAL_INIT count from 999999999 (small ints, (), '', b'', the
 * one-character str and bytes singletons, deep-frozen strings), the singletons None, True, False, Ellipsis and
 * NotImplemented and the static types from 1. None's count includes one reference per entry of the type attribute cache that no
 * lookup has filled yet (type_cache_clear), and which entries start-up filled depends on the names' addresses:
 * it varies by a few units with ASLR and the script's path in CPython itself.
 */
export interface StaticRefcounts {
  None: number;
  True: number;
  False: number;
  Ellipsis: number;
  NotImplemented: number;
  emptyTuple: number;
  emptyStr: number;
  emptyBytes: number;
  /** the small ints -5..256 */
  smallInts: readonly number[];
  /** the one-character str singletons chr(0)..chr(255) */
  latin1: readonly number[];
  /** the one-byte bytes singletons b'\x00'..b'\xff' */
  bytesChars: readonly number[];
  /** per character of preInternedChars: the separate string start-up interned for it */
  internedChars: Readonly<Record<string, number>>;
  /** the static types by tp_name (found from object through __subclasses__(); a name two share is left out) */
  types: Readonly<Record<string, number>>;
}

export interface Profile {
  version: PythonVersion;
  /** sys.version_info */
  versionInfo: readonly [number, number, number, string, number];
  /** sys.version */
  versionString: string;
  hexversion: number;
  codegen: CodeGenFlags;
  /** Immortal objects (PEP 683): refcount pinned at immortalRefcnt. 3.11 has none. */
  immortal: boolean;
  immortalRefcnt: number;
  /** 3.11: refcount static objects (small ints, singletons...) start from. */
  staticInitialRefcnt: number;
  /**
   * 3.11: the static objects' refcounts when the program's file starts to be parsed, which heapscope gives
   * them at that moment (objects/static_refcounts.ts); null where they are immortal. Measured and written by
   * `scripts/measure-gc-startup.mjs --refcounts --write`.
   */
  staticRefcounts: StaticRefcounts | null;
  /** 3.12 interns compile-time strings as immortal; 3.13 makes sys.intern results mortal. */
  internedImmortal: boolean;
  /** sys.intern and the interning of identifier-like code constants (3.13: _PyUnicode_InternMortal). */
  sysInternImmortal: boolean;
  gcThresholds: readonly [number, number, number];
  /** 3.12+ runs the automatic collection at the next eval breaker, not inside the allocation. */
  gcAtEvalBreaker: boolean;
  /**
   * gc.get_count() when CPython starts compiling the program's file (`python -s prog.py`): the state
   * start-up, `site` and __main__.__loader__ (_PyRun_SimpleFileObject's set_main_loader) leave; the same for
   * every program. Measured by scripts/measure-gc-startup.mjs (gdb on _PyAST_Compile), which writes it here.
   */
  gcStartupCounts: readonly [number, number, number];
  /**
   * gc.get_stats() at the same moment, per generation [collections, collected, uncollectable]: the
   * collections start-up and `site` ran. Measured and written by the same script.
   */
  gcStartupStats: readonly (readonly [number, number, number])[];
  /**
   * How many dead objects the tuple (per size 1..20), list and dict freelists hold at the same moment: the
   * compiler's and the program's first allocations of those types reuse them instead of allocating new GC
   * objects, which gc.get_count() sees. `dictKeys`: how many freed smallest str-keys tables the dict-keys
   * freelist holds (3.11/3.12 interp->dict_state.keys_numfree, 3.13 object_state.freelists.dictkeys): while
   * it is not full, a freed table is parked there (its block, and its tracemalloc trace, stay) instead of
   * freed. Measured and written by the same script.
   */
  gcStartupFreelists: { tuple: readonly number[]; list: number; dict: number; dictKeys: number };
  /**
   * Per module a program can import: what CPython's first `import M` (importlib, M's code and the modules
   * it imports in turn) does to the dict-keys freelist, as [delta, lo, hi]: a count n before becomes
   * min(hi, max(lo, n + delta)). heapscope's own import runs other code (its stdlib, no importlib), so the
   * program's outermost uncached import sets the count to that (vm/importer.ts, gc.ts
   * applyImportKeysFreelist). Measured by `scripts/measure-gc-startup.mjs --import-keys --write`.
   */
  importKeysFreelist: Readonly<Record<string, readonly [number, number, number]>>;
  /**
   * The modules in sys.modules when the program starts that heapscope implements natively, in sys.modules
   * order (start-up and `site` imported them): importing one is a cache hit that allocates nothing.
   * Measured and written by the same script.
   */
  startupModules: readonly string[];
  /**
   * sys.builtin_module_names restricted to the modules heapscope implements natively: importing one that is
   * not in sys.modules runs importlib's _find_and_load with BuiltinImporter (vm/importer.ts importBuiltin).
   * Measured and written by `scripts/measure-gc-startup.mjs --import --write`.
   */
  builtinModules: readonly string[];
  /**
   * Per builtin module a program can import uncached: the GC traffic of its creation and execution
   * (_imp.create_builtin and exec_builtin) that heapscope's factory does not make, in gcImportBuiltin's
   * alphabet — on 3.12+ chiefly the heap types of multi-phase modules (each with its dict, descriptors and
   * tuples), which heapscope models as static types. Replayed after the factory (vm/importer.ts).
   * Measured and written by `scripts/measure-gc-startup.mjs --import --write`.
   */
  gcBuiltinModuleTraffic: Readonly<Record<string, string>>;
  /**
   * The GC traffic of the `_ast` module state a program's first compile() builds (Python-ast.c
   * init_types: a heap type per AST node class with its dict, tuples and descriptors), in gcImportBuiltin's
   * alphabet; '' where start-up already built it. Replayed by heapscope's first compile()
   * (vm/compile_builtins.ts). Measured and written by `scripts/measure-gc-startup.mjs --import --write`.
   */
  gcAstState: string;
  /**
   * The GC traffic of importlib's own Python code during such an import, in order, measured with gdb by the
   * same script on the first import of a program: one token per event —
   *   a  a transient GC object allocated (locks, bound methods, frames, exceptions, weak references)
   *   e  the same while an exception is set (counted, schedules no collection)
   *   f  a transient GC object freed
   *   c  an eval-breaker check point (3.12+: a scheduled collection runs there)
   *   S  BuiltinImporter.find_spec's ModuleSpec (a real object)
   *   U  its _uninitialized_submodules list (ModuleSpec.__init__; lives with the spec)
   *   M  the module created (_imp.create_builtin: heapscope's factory) and _init_module_attrs
   *   X  the module executed (_imp.exec_builtin) and stored in sys.modules
   *   t<n>, l, d  a transient tuple of n items, list or dict made by the freelist-aware allocator
   *   N, K  a transient dict or list made by dict() / list() (never from the freelist)
   *   T<n>, L, D  a transient tuple of n items, list or dict freed (to its freelist when it has room)
   */
  gcImportBuiltin: string;
  recursionLimit: number;
  sizes: ObjectSizes;
  freelists: { float: number; tupleMaxSize: number; tuplePerSize: number; list: number; dict: number; dictKeys: number; slice: number };
  /** Max digits for int <-> str conversion (PEP 651 follow-up, 3.11+). */
  intMaxStrDigits: number;
  /**
   * One-character strings CPython's start-up interned as separate static objects before the latin-1
   * singleton could be (3.12: the one-letter `_Py_ID`s; 3.11: those and deep-frozen modules' names): interning
   * such a character (a code constant, sys.intern) gives that object, not `chr(c)`. 3.13 interns the
   * singleton itself (intern_common). Measured on each CPython: `compile(repr(c)) is not chr(ord(c))`.
   */
  preInternedChars: string;
}

const common = {
  immortalRefcnt: 4294967295,
  staticInitialRefcnt: 999999999,
  recursionLimit: 1000,
  intMaxStrDigits: 4300,
  freelists: { float: 100, tupleMaxSize: 20, tuplePerSize: 2000, list: 80, dict: 80, dictKeys: 80, slice: 1 },
} as const;

const sizes312: ObjectSizes = {
  gcHead: 16,
  preHeader: 16,
  intMedium: 32,
  intHeader: 24,
  intMinDigits: 1,
  float: 24,
  complex: 32,
  strAscii: 40,
  strCompact: 56,
  bytesHeader: 32,
  tupleHeader: 24,
  list: 40,
  dict: 48,
  set: 200,
  range: 48,
  slice: 40,
  object: 16,
  instance: 16,
  function: 144,
  // PyMethodObject (func, self, weakreflist, vectorcall) and PyCellObject, as tp_basicsize
  method: 48,
  cell: 24,
  // offsetof(PyGenObject, gi_iframe) + the frame header; 8 bytes per localsplus/stack slot are added
  generator: 144,
  type: 920,
};

export const PROFILES: Record<PythonVersion, Profile> = {
  '3.11': {
    ...common,
    version: '3.11',
    staticRefcounts: { None: 3672, True: 48, False: 73, Ellipsis: 4, NotImplemented: 4, emptyTuple: 1000000067, emptyStr: 1000000037, emptyBytes: 1000000038, smallInts: [999999999, 999999999, 999999999, 999999999, 1000000001, 1000000150, 1000000065, 1000000059, 1000000027, 1000000039, 1000000021, 1000000008, 1000000012, 1000000017, 1000000007, 1000000005, 1000000010, 1000000002, 1000000003, 1000000002, 1000000003, 1000000012, 1000000004, 1000000004, 1000000003, 1000000002, 1000000002, 1000000002, 1000000002, 1000000001, 1000000001, 1000000003, 1000000001, 1000000001, 1000000002, 1000000003, 1000000001, 1000000007, 1000000000, 1000000001, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000001, 1000000000, 1000000000, 1000000002, 1000000000, 1000000000, 1000000000, 1000000001, 1000000000, 1000000000, 1000000002, 1000000015, 1000000003, 1000000002, 1000000002, 1000000002, 1000000002, 1000000002, 1000000002, 1000000002, 1000000002, 1000000002, 1000000002, 1000000002, 1000000002, 1000000002, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000001, 1000000001, 1000000000, 1000000000, 1000000000, 1000000001, 1000000000, 1000000001, 1000000001, 1000000000, 1000000000, 1000000001, 1000000001, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000000, 1000000011, 1000000000, 1000000000, 1000000000, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 1000000000, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 1000000011], latin1: [999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 1000000002, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 1000000000, 1000000000, 999999999, 999999999, 999999999, 1000000001, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 1000000000, 999999999, 999999999, 999999999, 999999999, 1000000001, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999], bytesChars: [999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 1000000001, 1000000002, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999, 999999999], internedChars: { 'B': 999999999, 'C': 999999999, 'L': 999999999, 'S': 1000000001, 'T': 1000000000, '_': 1000000001, 'a': 999999999, 'b': 1000000000, 'c': 1000000001, 'd': 1000000000, 'e': 999999999, 'f': 999999999, 'h': 999999999, 'i': 999999999, 'j': 999999999, 'k': 999999999, 'l': 1000000000, 'm': 999999999, 'n': 999999999, 'o': 999999999, 'p': 1000000000, 'q': 999999999, 'r': 1000000002, 's': 1000000002, 't': 1000000000, 'v': 999999999, 'w': 1000000002, 'x': 1000000002, 'y': 999999999 }, types: { 'ArithmeticError': 12, 'AssertionError': 6, 'AttributeError': 8, 'BaseException': 97, 'BaseExceptionGroup': 16, 'BlockingIOError': 10, 'BrokenPipeError': 7, 'BufferError': 6, 'BytesWarning': 6, 'ChildProcessError': 6, 'ConnectionAbortedError': 6, 'ConnectionError': 13, 'ConnectionRefusedError': 6, 'ConnectionResetError': 6, 'DeprecationWarning': 8, 'EOFError': 6, 'EncodingMap': 3, 'EncodingWarning': 6, 'Exception': 92, 'FileExistsError': 6, 'FileNotFoundError': 6, 'FloatingPointError': 6, 'FutureWarning': 6, 'GeneratorExit': 6, 'ImportError': 15, 'ImportWarning': 7, 'IndentationError': 7, 'IndexError': 6, 'InterpreterID': 14, 'InterruptedError': 6, 'IsADirectoryError': 6, 'KeyError': 6, 'KeyboardInterrupt': 6, 'LookupError': 13, 'MemoryError': 6, 'ModuleNotFoundError': 5, 'NameError': 9, 'NoneType': 5, 'NotADirectoryError': 6, 'NotImplementedError': 6, 'NotImplementedType': 6, 'OSError': 51, 'OverflowError': 6, 'PendingDeprecationWarning': 7, 'PermissionError': 7, 'ProcessLookupError': 6, 'PyCapsule': 3, 'RecursionError': 6, 'ReferenceError': 6, 'ResourceWarning': 7, 'RuntimeError': 14, 'RuntimeWarning': 6, 'StopAsyncIteration': 6, 'StopIteration': 6, 'SyntaxError': 17, 'SyntaxWarning': 6, 'SystemError': 8, 'SystemExit': 6, 'TabError': 5, 'TimeoutError': 6, 'Token.MISSING': 4, 'TypeError': 6, 'UnboundLocalError': 5, 'UnicodeDecodeError': 12, 'UnicodeEncodeError': 12, 'UnicodeError': 12, 'UnicodeTranslateError': 12, 'UnicodeWarning': 6, 'UnraisableHookArgs': 10, 'UserWarning': 6, 'ValueError': 13, 'Warning': 28, 'ZeroDivisionError': 6, '_contextvars.Context': 20, '_contextvars.ContextVar': 11, '_contextvars.Token': 8, '_io.BufferedRWPair': 18, '_io.BufferedRandom': 33, '_io.BufferedReader': 31, '_io.BufferedWriter': 25, '_io.BytesIO': 30, '_io.FileIO': 27, '_io.IncrementalNewlineDecoder': 11, '_io.StringIO': 23, '_io.TextIOWrapper': 33, '_io._BufferedIOBase': 22, '_io._BytesIOBuffer': 2, '_io._IOBase': 48, '_io._RawIOBase': 12, '_io._TextIOBase': 17, 'anext_awaitable': 9, 'async_generator': 19, 'async_generator_asend': 9, 'async_generator_athrow': 9, 'async_generator_wrapped_value': 3, 'asyncgen_hooks': 7, 'bool': 13, 'builtin_function_or_method': 21, 'builtin_method': 2, 'bytearray': 83, 'bytearray_iterator': 9, 'bytes': 71, 'bytes_iterator': 9, 'callable_iterator': 6, 'cell': 12, 'classmethod': 16, 'classmethod_descriptor': 11, 'code': 39, 'collections.OrderedDict': 31, 'complex': 35, 'coroutine': 19, 'coroutine_wrapper': 8, 'dict': 40, 'dict_itemiterator': 8, 'dict_items': 27, 'dict_keyiterator': 8, 'dict_keys': 27, 'dict_reverseitemiterator': 6, 'dict_reversekeyiterator': 6, 'dict_reversevalueiterator': 6, 'dict_valueiterator': 8, 'dict_values': 11, 'ellipsis': 7, 'entry': 12, 'enumerate': 11, 'fieldnameiterator': 5, 'filter': 10, 'float': 51, 'formatteriterator': 5, 'frame': 18, 'frozenset': 37, 'function': 19, 'generator': 19, 'generic_alias_iterator': 5, 'getset_descriptor': 11, 'hamt': 20, 'hamt_array_node': 3, 'hamt_bitmap_node': 3, 'hamt_collision_node': 3, 'instancemethod': 17, 'int': 68, 'items': 6, 'iterator': 8, 'keys': 6, 'list': 40, 'list_iterator': 9, 'list_reverseiterator': 9, 'longrange_iterator': 9, 'managedbuffer': 3, 'map': 10, 'mappingproxy': 27, 'member_descriptor': 12, 'memory_iterator': 5, 'memoryview': 40, 'method': 19, 'method-wrapper': 19, 'method_descriptor': 12, 'module': 12, 'moduledef': 2, 'object': 512, 'odict_items': 4, 'odict_iterator': 6, 'odict_keys': 4, 'odict_values': 4, 'pickle.PickleBuffer': 5, 'property': 23, 'range': 27, 'range_iterator': 9, 'reversed': 12, 'set': 50, 'set_iterator': 8, 'slice': 19, 'staticmethod': 17, 'stderrprinter': 12, 'str': 76, 'str_ascii_iterator': 9, 'str_iterator': 8, 'super': 13, 'symtabl': NaN, 'sys.flags': 22, 'sys.float_info': 16, 'sys.hash_info': 14, 'sys.int_info': 9, 'sys.thread_info': 8, 'sys.version_info': 9, 'traceback': 9, 'tuple': 75, 'tuple_iterator': 9, 'type': 40, 'types.GenericAlias': 38, 'types.SimpleNamespace': 16, 'types.UnionType': 16, 'values': 6, 'weakref.CallableProxyType': 71, 'weakref.ProxyType': 72, 'weakref.ReferenceType': 17, 'wrapper_descriptor': 12, 'zip': 12 } },
    versionInfo: [3, 11, 7, 'final', 0],
    versionString: '3.11.7 (main, heapscope) [heapscope model of CPython]',
    hexversion: 0x030b07f0,
    codegen: { inlineComprehensions: false, loadSuperAttr: false },
    immortal: false,
    internedImmortal: false,
    sysInternImmortal: false,
    gcThresholds: [700, 10, 10],
    gcAtEvalBreaker: false,
    gcStartupCounts: [1, 8, 0],
    gcStartupStats: [[8, 24, 0], [0, 0, 0], [0, 0, 0]],
    gcStartupFreelists: { tuple: [4, 3, 2, 2, 3, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1], list: 3, dict: 7, dictKeys: 6 },
    importKeysFreelist: { _collections: [1, 2, 80], _functools: [0, 1, 79], _tracemalloc: [1, 2, 80], _typing: [1, 2, 80], _warnings: [0, 0, 80], _weakref: [0, 0, 80], abc: [0, 0, 80], atexit: [1, 2, 80], bisect: [2, 6, 80], collections: [4, 5, 76], 'collections.abc': [4, 5, 76], contextlib: [5, 8, 75], copy: [5, 6, 79], copyreg: [1, 2, 80], dataclasses: [-27, 13, 13], enum: [-10, 1, 57], fractions: [-40, 0, 0], functools: [3, 4, 73], gc: [1, 2, 80], heapq: [1, 2, 80], inspect: [-40, 0, 0], itertools: [-1, 0, 78], keyword: [1, 2, 80], linecache: [-35, 5, 5], math: [1, 2, 80], numbers: [-39, 0, 38], operator: [2, 3, 80], random: [7, 8, 78], statistics: [-40, 0, 0], string: [-39, 1, 1], textwrap: [-38, 2, 2], time: [0, 0, 80], tracemalloc: [-26, 14, 14], types: [2, 3, 80], typing: [-39, 1, 1], warnings: [2, 3, 79], weakref: [2, 3, 77] },
    startupModules: ['_warnings', '_weakref', 'time'],
    builtinModules: ['_collections', '_functools', '_tracemalloc', '_warnings', '_weakref', 'atexit', 'gc', 'itertools', 'time'],
    gcBuiltinModuleTraffic: { _collections: 't2T2dt1t2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaadt1t3aaaaaaaaaaaadt1t2aaaaaaadt1t2aaaaaaadt1t2aaaaaaaa', _functools: 't2T2at1dt2aaaaaaaaaaaaaaaaaffat1dt2aaaaaaaaaaaaffat1dt2aaaaaaaaaaat1dt2a', _tracemalloc: 't2T2t2', atexit: 't2T2', gc: 't2T2', itertools: 't2T2dt1t2aaaaaaadt1t2aaaaaaaadt1t2aaaaaaaadt1t2aaaaaaadt1t2aaaaaaadt1t2aaaaaaadt1t2aaaaaaadt1t2aaaaaadt1t2aaaaaaaaadt1t2aaaaaadt1t2aaaaaadt1t2aaaaaaadt1t2aaaaaaadt1t2aaaaadt1t2aaaaaaaadt1t2aaaaaaaadt1t2aaaaaaaadt1t2aaaaaaadt1t2aaaaaadt1t2aaaaaaadt1t2aaaa' },
    gcAstState: 'at1dt2aaaaaaaaaft1dt3dat3aaddDaaffT3Dt2t1dt3dat4addDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1dt3dat3aadDaaffT3Dt4t6t1dt3dat4addDaaffT3Dt6t1dt3dat4adDaaffT3Dt5t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt4t1dt3dat4adDaaffT3Dt5t1dt3dat4adDaaffT3Dt5t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt4t1dt3dat4adDaaffT3Dt4t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1dt3dat4adDaaffT3Dt1dt3dat4adDaaffT3Dt1dt3dat4adDaaffT3Dt1dt3dat3aadDaaffT3Dt4t2t1dt3dat4addDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat4t1dt3dat3aadDaaffT3Dt1dt3dat3aadDaaffT3Dt4t3t1dt3dat4addDaaffT3Dt7t1dt3dat3aadDaaffT3Dt3t1dt3dat3aadDaaffT3Dt4t2t1dt3dat3aadDaaffT3Dt4t2t1dt3dat3aadDaaffT3Dt4t2t1dt3dat3aadDaaffT3Dt3t1dt3dat3aadDaaffT3Dt1dt3dat3aadDaaffT3Dt4t1t1dt3dat4addDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt4t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1dt3dat3aadDaaffT3Dt2t1dt3dat4addDaaffT3D',
    gcImportBuiltin: 't1aT1aat1aaaT1fft1aaaT1t1at2aT2faaft3T3fft3T3aaaafaaddt1T1t1T1fDafDffaaafafafaft2dSt2UT2T2Dffffdt1dMDT1Dt3T3t1aT1ft1aT1fdt1dXDT1Dt2T2dt3aaft3T3fT3DfT1ffffff',
    preInternedChars: 'BCLST_abcdefhijklmnopqrstvwxy',
    sizes: { ...sizes312, strAscii: 48, strCompact: 72, function: 136, generator: 152, type: 904, instance: 24 },
  },
  '3.12': {
    ...common,
    version: '3.12',
    staticRefcounts: null,
    versionInfo: [3, 12, 1, 'final', 0],
    versionString: '3.12.1 (main, heapscope) [heapscope model of CPython]',
    hexversion: 0x030c01f0,
    codegen: { inlineComprehensions: true, loadSuperAttr: true },
    immortal: true,
    internedImmortal: true,
    sysInternImmortal: true,
    gcThresholds: [700, 10, 10],
    gcAtEvalBreaker: true,
    gcStartupCounts: [647, 4, 0],
    gcStartupStats: [[4, 24, 0], [0, 0, 0], [0, 0, 0]],
    gcStartupFreelists: { tuple: [5, 1, 2, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0], list: 7, dict: 3, dictKeys: 5 },
    importKeysFreelist: { _collections: [0, 1, 80], _functools: [-1, 0, 79], _tracemalloc: [0, 1, 80], _typing: [0, 1, 80], _warnings: [0, 0, 80], _weakref: [0, 0, 80], abc: [0, 0, 80], atexit: [0, 1, 80], bisect: [0, 5, 80], collections: [-2, 1, 75], 'collections.abc': [-2, 2, 75], contextlib: [-5, 8, 72], copy: [-1, 2, 77], copyreg: [0, 2, 80], dataclasses: [-16, 24, 24], enum: [-28, 1, 48], fractions: [-60, 0, 19], functools: [-6, 1, 71], gc: [0, 1, 80], heapq: [-1, 1, 79], inspect: [-18, 22, 22], itertools: [-1, 1, 79], keyword: [0, 2, 80], linecache: [-27, 5, 50], math: [0, 1, 80], numbers: [-40, 0, 38], operator: [0, 2, 80], random: [-2, 3, 77], statistics: [-66, 0, 8], string: [-29, 3, 47], textwrap: [-29, 3, 47], time: [0, 0, 80], tracemalloc: [-27, 5, 50], types: [1, 3, 80], typing: [-49, 2, 28], warnings: [1, 3, 80], weakref: [-1, 1, 77] },
    startupModules: ['_warnings', '_weakref', 'time'],
    builtinModules: ['_collections', '_functools', '_tracemalloc', '_typing', '_warnings', '_weakref', 'atexit', 'gc', 'itertools', 'time'],
    gcBuiltinModuleTraffic: { _collections: 't1adt2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaft1adt3aaaaaaaaaaaat1adt2aaaaaaat1adt2aaaaaaat1adt2aaaaaaaa', _functools: 't1adt2aaaaaaaaaaaaaaaaafft1adt2aaaaaaaaaaaafft1adt2aaaaaaaaaat1adt2a', _tracemalloc: '', _typing: '', atexit: '', gc: '', itertools: 't1adt2aaaaaaat1adt2aaaaat1adt2aaaaaaaaat1adt2aaaaaaaat1adt2aaaaaat1adt2aaaaaaat1adt2aaaaaaaat1adt2aaaaaaat1adt2aaaaaaat1adt2aaaaaat1adt2aaaaaaat1adt2aaaaaat1adt2aaaaaaat1adt2aaaaat1adt2aaaaaaaat1adt2aaaaaaaat1adt2aaaaaaaat1adt2aaaaaat1adt2aaaaaaat1adt2aaaaaaaaft1adt2aaaat1adt2aaaaaaa' },
    gcAstState: 't1adt2aaaaaaaaaft1dt3dat3aaddDaaffT3Dt2t1dt3dat4addDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1dt3dat3aadDaaffT3Dt4t7t1dt3dat4addDaaffT3Dt7t1dt3dat4adDaaffT3Dt6t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt4t1dt3dat4adDaaffT3Dt5t1dt3dat4adDaaffT3Dt5t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt4t1dt3dat4adDaaffT3Dt4t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1dt3dat4adDaaffT3Dt1dt3dat4adDaaffT3Dt1dt3dat4adDaaffT3Dt1dt3dat3aadDaaffT3Dt4t2t1dt3dat4addDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat4t1dt3dat3aadDaaffT3Dt1dt3dat3aadDaaffT3Dt4t3t1dt3dat4addDaaffT3Dt7t1dt3dat3aadDaaffT3Dt3t1dt3dat3aadDaaffT3Dt4t2t1dt3dat3aadDaaffT3Dt4t2t1dt3dat3aadDaaffT3Dt4t2t1dt3dat3aadDaaffT3Dt3t1dt3dat3aadDaaffT3Dt1dt3dat3aadDaaffT3Dt4t1t1dt3dat4addDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt4t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1dt3dat3aadDaaffT3Dt2t1dt3dat4addDaaffT3Dt1dt3dat3aadDaaffT3Dt4t2t1dt3dat4addDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3D',
    gcImportBuiltin: 'ct1acT1caact1aaaT1ffct1acacacllT1ct1at2aT2cfct2acT2caacact1aaaT1ffct2ct3t2aT2T3ct3t2T2T3cT2cffaaflLt3T3fcdt3cT3Dcffffcfct3cT3caacaacfacafcafct2dSt2cUT2T2Dcffcffcdt1cdMDcT1Dct3cT3cdt1cdXDcT1Dct2cT2dt3caafct3T3fcT3DcfT1fffLLfffc',
    preInternedChars: '_abcdenprsx',
    sizes: sizes312,
  },
  '3.13': {
    ...common,
    version: '3.13',
    staticRefcounts: null,
    versionInfo: [3, 13, 0, 'final', 0],
    versionString: '3.13.0 (main, heapscope) [heapscope model of CPython]',
    hexversion: 0x030d00f0,
    codegen: { inlineComprehensions: true, loadSuperAttr: true, classFirstlineno: true, staticAttributes: true },
    immortal: true,
    internedImmortal: true,
    sysInternImmortal: false,
    gcThresholds: [2000, 10, 10],
    gcAtEvalBreaker: true,
    gcStartupCounts: [1927, 2, 0],
    gcStartupStats: [[2, 24, 0], [0, 0, 0], [0, 0, 0]],
    gcStartupFreelists: { tuple: [5, 1, 11, 1, 0, 5, 6, 3, 3, 5, 2, 8, 2, 1, 1, 2, 2, 2, 1, 0], list: 7, dict: 3, dictKeys: 3 },
    importKeysFreelist: { _collections: [0, 1, 80], _functools: [-1, 0, 79], _tracemalloc: [0, 1, 80], _typing: [0, 1, 80], _warnings: [0, 0, 80], _weakref: [0, 0, 80], abc: [0, 0, 80], atexit: [0, 1, 80], bisect: [0, 5, 80], collections: [-4, 1, 73], 'collections.abc': [-4, 2, 73], contextlib: [-17, 4, 60], copy: [-2, 2, 77], copyreg: [0, 2, 80], dataclasses: [-40, 0, 0], enum: [-25, 0, 52], fractions: [-67, 0, 6], functools: [-11, 0, 66], gc: [0, 1, 80], heapq: [-1, 1, 79], inspect: [-39, 1, 1], itertools: [-1, 1, 79], keyword: [0, 2, 80], linecache: [0, 2, 80], math: [0, 1, 80], numbers: [-42, 0, 38], operator: [0, 2, 80], random: [-3, 3, 77], statistics: [-40, 0, 0], string: [-44, 1, 33], textwrap: [-44, 1, 33], time: [0, 0, 80], tracemalloc: [-39, 3, 38], types: [1, 3, 80], typing: [-56, 1, 21], warnings: [-1, 1, 78], weakref: [-2, 0, 77] },
    startupModules: ['_warnings', '_weakref', 'time'],
    builtinModules: ['_collections', '_functools', '_tracemalloc', '_typing', '_warnings', '_weakref', 'atexit', 'gc', 'itertools', 'time'],
    gcBuiltinModuleTraffic: { _collections: 't1adt2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaft1adt3aaaaaaaaaaaat1adt2aaaaaaat1adt2aaaaaaat1adt2aaaaaaaa', _functools: 't1adt2aaaaaaaaaaaaaaaaaafft1adt2aaaaaaaaaaaafft1adt2aaaaaaaaaaat1adt2a', _tracemalloc: '', _typing: '', atexit: '', gc: '', itertools: 't1adt2aaaaaaat1adt2aaaaat1adt2aaaaaaaaat1adt2aaaaaaaat1adt2aaaaaat1adt2aaaaaaat1adt2aaaaaaaat1adt2aaaaaaat1adt2aaaaaaat1adt2aaaaaat1adt2aaaaaaat1adt2aaaaaat1adt2aaaaaaat1adt2aaaaat1adt2aaaaaaaat1adt2aaaaaaaat1adt2aaaaaaaat1adt2aaaaaat1adt2aaaaaaat1adt2aaaaaaaaft1adt2aaaat1adt2aaaaaaa' },
    gcAstState: 't1adt2aaaaaaaaaft1dt3dat3aaddDaaffT3Dt2t1dt3dat4addDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1dt3dat3aadDaaffT3Dt4t7t1dt3dat4addDaaffT3Dt7t1dt3dat4adDaaffT3Dt6t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt4t1dt3dat4adDaaffT3Dt5t1dt3dat4adDaaffT3Dt5t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt4t1dt3dat4adDaaffT3Dt4t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1dt3dat4adDaaffT3Dt1dt3dat4adDaaffT3Dt1dt3dat4adDaaffT3Dt1dt3dat3aadDaaffT3Dt4t2t1dt3dat4addDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat3aadDaaffT3Dt1dt3dat4addDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat1dt3dat4adDaaffT3Dat4t1dt3dat3aadDaaffT3Dt1dt3dat3aadDaaffT3Dt4t3t1dt3dat4addDaaffT3Dt7t1dt3dat3aadDaaffT3Dt3t1dt3dat3aadDaaffT3Dt4t2t1dt3dat3aadDaaffT3Dt4t2t1dt3dat3aadDaaffT3Dt4t2t1dt3dat3aadDaaffT3Dt3t1dt3dat3aadDaaffT3Dt1dt3dat3aadDaaffT3Dt4t1t1dt3dat4addDaaffT3Dt1t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt3t1dt3dat4adDaaffT3Dt4t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Dt1t1dt3dat4adDaaffT3Dt1dt3dat3aadDaaffT3Dt2t1dt3dat4addDaaffT3Dt1dt3dat3aadDaaffT3Dt4t3t1dt3dat4addDaaffT3Dt2t1dt3dat4adDaaffT3Dt2t1dt3dat4adDaaffT3Ddat1at1dat1ddat1dat1at1t2at2aat1dat1at1t2at2aat1dat1at1at1at1at1dt2adat1dat1t2adat1ddt2adat1at1t2adat1at1t2adat1at1dat1at1dat1at1t2adat1at1t2adat1dt2at2adat1at1at1at1dat1at1at1at1dt2adat1dt2aat1t2adat1dat1dddddat1ddddddat1at1dat1dat1dat1dat1dat1ddt2addat1at1dat1at1dt2adat1dt2adddddat1dat1dt2at2at2adddddddddddddddddddddddddddddddddat1dt2at2aat1dat1at1t2aat1at1t2aat1dt2at2adt2adt2adt2adt2aat1dddat1dat1at1t2adat1at1at1dt2adt2at2adat1ddt2at2adt2adt2a',
    gcImportBuiltin: 'cacaact1aaaT1ffacacacllt1at2aT2cfcacaacact1aaaT1fft2ct3t2aT2T3ct3t2T2T3cT2cffaaflLt3T3fcdt3cT3Dt2cT2ffffcfct3cT3caacaacfacafcafct2dSt2cUT2T2Dcffcffcdt1cdMDcT1Dct3cT3cdt1cdXDcT1Dct2cT2dt3caafct3T3fcT3Dt2cT2T1ffffLLfffc',
    preInternedChars: '',
    sizes: { ...sizes312, type: 928 },
  },
};

export function getProfile(version: PythonVersion): Profile {
  return PROFILES[version];
}
