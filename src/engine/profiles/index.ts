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
   * objects, which gc.get_count() sees. Measured and written by the same script.
   */
  gcStartupFreelists: { tuple: readonly number[]; list: number; dict: number };
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
   * 3.12+: the GC traffic of the `_ast` module state a program's first compile() builds (Python-ast.c
   * init_types: a heap type per AST node class with its dict, tuples and descriptors), in gcImportBuiltin's
   * alphabet; '' where start-up already built it (3.11). Replayed by heapscope's first compile()
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
    versionInfo: [3, 11, 7, 'final', 0],
    versionString: '3.11.7 (main, heapscope) [heapscope model of CPython]',
    hexversion: 0x030b07f0,
    codegen: { inlineComprehensions: false, loadSuperAttr: false },
    immortal: false,
    internedImmortal: false,
    sysInternImmortal: false,
    gcThresholds: [700, 10, 10],
    gcAtEvalBreaker: false,
    gcStartupCounts: [221, 0, 2],
    gcStartupStats: [[22, 43, 0], [2, 92, 0], [0, 0, 0]],
    gcStartupFreelists: { tuple: [4, 3, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6], list: 40, dict: 7 },
    startupModules: ['_warnings', '_weakref', 'time', 'atexit', 'itertools', '_collections', '_functools', 'math', 'random', '_typing'],
    builtinModules: ['_collections', '_functools', '_tracemalloc', '_warnings', '_weakref', 'atexit', 'gc', 'itertools', 'time'],
    gcBuiltinModuleTraffic: { _tracemalloc: 't2T2t2', gc: 't2T2' },
    gcAstState: '',
    gcImportBuiltin: 't1aT1aat1aaaT1fft1aaaT1t1at2aT2faaft3T3fft3T3aaaafaaddt1T1t1T1fDafDffaaafafafaft2dSt2UT2T2Dffffdt1dMDT1Dt3T3t1aT1ft1aT1fdt1dXDT1Dt2T2dt3aaft3T3fT3DfT1ffffff',
    preInternedChars: 'BCLST_abcdefhijklmnopqrstvwxy',
    sizes: { ...sizes312, strAscii: 48, strCompact: 72, function: 136, generator: 152, type: 904, instance: 24 },
  },
  '3.12': {
    ...common,
    version: '3.12',
    versionInfo: [3, 12, 1, 'final', 0],
    versionString: '3.12.1 (main, heapscope) [heapscope model of CPython]',
    hexversion: 0x030c01f0,
    codegen: { inlineComprehensions: true, loadSuperAttr: true },
    immortal: true,
    internedImmortal: true,
    sysInternImmortal: true,
    gcThresholds: [700, 10, 10],
    gcAtEvalBreaker: true,
    gcStartupCounts: [667, 4, 0],
    gcStartupStats: [[4, 24, 0], [0, 0, 0], [0, 0, 0]],
    gcStartupFreelists: { tuple: [5, 3, 3, 1, 1, 1, 0, 0, 2, 0, 1, 0, 1, 1, 0, 0, 1, 2, 0, 0], list: 9, dict: 14 },
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
    versionInfo: [3, 13, 0, 'final', 0],
    versionString: '3.13.0 (main, heapscope) [heapscope model of CPython]',
    hexversion: 0x030d00f0,
    codegen: { inlineComprehensions: true, loadSuperAttr: true, classFirstlineno: true, staticAttributes: true },
    immortal: true,
    internedImmortal: true,
    sysInternImmortal: false,
    gcThresholds: [2000, 10, 10],
    gcAtEvalBreaker: true,
    gcStartupCounts: [3, 3, 0],
    gcStartupStats: [[3, 24, 0], [0, 0, 0], [0, 0, 0]],
    gcStartupFreelists: { tuple: [5, 3, 4, 1, 0, 2, 5, 2, 3, 5, 2, 8, 2, 1, 1, 2, 2, 2, 1, 0], list: 10, dict: 12 },
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
