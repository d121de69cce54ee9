/**
 * importlib's view of a builtin module (Lib/importlib/_bootstrap.py): `import gc` on a module that is not in
 * sys.modules runs _find_and_load, where BuiltinImporter.find_spec makes a ModuleSpec(name, BuiltinImporter,
 * origin='built-in') and _init_module_attrs stores it in the new module with __loader__ (the BuiltinImporter
 * class) and __package__ (spec.parent). The spec is an instance of a Python class: a GC object that stays
 * alive with the module, one of the allocations that decide when the first automatic collection runs.
 *
 * Both classes are modelled as static types named like CPython's (`_frozen_importlib.ModuleSpec`,
 * `_frozen_importlib.BuiltinImporter`). A spec's attributes live in the instance (CPython: the inline values
 * of a managed dict, no dict object), read through getsets. importlib's other temporaries of the import
 * (module locks, weak references, bound methods, frames) are freed before the import returns and are not
 * modelled.
 */
import { PyObject, RT, TPFLAGS, decref, newref } from '../objects/object';
import { None, False, True } from '../objects/singletons';
import { newStr, StrObject } from '../objects/str';
import { dictSetStr, type DictObject } from '../objects/dict';
import { newList } from '../objects/sequences';
import { onBootstrap, defineGetSets } from '../objects/typeobject';
import { allocObject, freeObject } from '../memory/heap';
import { nativeType } from './modules/nativetype';
import * as A from './abstract';

/** importlib's BuiltinImporter: the loader (the class itself) of every builtin module. */
export const T_BUILTIN_IMPORTER = nativeType('_frozen_importlib.BuiltinImporter', 16, TPFLAGS.BASETYPE);

/** importlib's ModuleSpec (a plain class instance: GC-tracked, managed dict and weakref). */
export const T_MODULE_SPEC = nativeType(
  '_frozen_importlib.ModuleSpec',
  16,
  TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE | TPFLAGS.MANAGED_DICT | TPFLAGS.MANAGED_WEAKREF,
);

export class ModuleSpecObject extends PyObject {
  /** `_uninitialized_submodules`: the empty list ModuleSpec.__init__ makes (attachSubmodulesList) */
  submodules: PyObject | null = null;
  /**
   * The singletons the spec's attribute values hold (3.11 counts them in sys.getrefcount): loader_state and
   * submodule_search_locations (None), _set_fileattr (True when a file was found: spec_from_file_location),
   * _cached (None, except for a source module, whose _init_module_attrs caches the .pyc path) and
   * _initializing (False once _load_unlocked is done).
   */
  readonly held: PyObject[];
  /** name, loader, origin (ModuleSpec.__init__'s order); loader_state, submodule_search_locations and cached are None */
  constructor(
    public name: PyObject,
    public loader: PyObject,
    public origin: PyObject,
    fromFile: boolean,
    cachedNone: boolean,
  ) {
    super(T_MODULE_SPEC);
    this.held = [None, None, fromFile ? True : False, False];
    if (cachedNone) this.held.push(None);
    for (const o of this.held) newref(o);
  }
}

/**
 * The modules heapscope implements natively that CPython loads from a Python source file (their spec's
 * _cached is the .pyc path); its other native modules are builtin or extension modules.
 */
const SOURCE_MODULES = new Set(['linecache', 'random']);

/**
 * BuiltinImporter.find_spec → spec_from_loader(name, BuiltinImporter, origin='built-in'): a new spec.
 * `fromFile`: the module is not builtin in CPython (an extension or source module: its spec comes from
 * spec_from_file_location, modelled only as far as the singletons it holds).
 */
export function newBuiltinSpec(name: string, fromFile = false): ModuleSpecObject {
  const spec = new ModuleSpecObject(
    newStr(name),
    newref(T_BUILTIN_IMPORTER),
    newStr('built-in'),
    fromFile,
    !(fromFile && SOURCE_MODULES.has(name)),
  );
  // a class instance: the type's instance size (its attribute values need no dict object)
  allocObject(spec, RT.profile.sizes.instance);
  RT.gc.track(spec);
  return spec;
}

/**
 * ModuleSpec.__init__'s `self._uninitialized_submodules = []`, made after the spec itself: a list from the
 * freelist (counted by gc.get_count() only when the freelist is empty) that lives as long as the spec.
 */
export function attachSubmodulesList(spec: ModuleSpecObject): void {
  spec.submodules = newList(0);
}

/** _init_module_attrs(spec, module): __spec__, __loader__ and __package__ (spec.parent) of a builtin module. */
export function initBuiltinModuleAttrs(module: PyObject, spec: ModuleSpecObject): void {
  const d = module.dict as DictObject;
  dictSetStr(d, '__spec__', spec);
  dictSetStr(d, '__loader__', spec.loader);
  const parent = newStr(specParent(spec));
  dictSetStr(d, '__package__', parent);
  decref(parent);
}

/** ModuleSpec.parent: the package a module belongs to (a builtin module is no package). */
function specParent(spec: ModuleSpecObject): string {
  const name = (spec.name as StrObject).value;
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(0, dot);
}

onBootstrap(() => {
  T_MODULE_SPEC.tp_dealloc = (o) => {
    const s = o as ModuleSpecObject;
    RT.gc.untrack(s);
    RT.clearWeakrefs(s);
    decref(s.name);
    decref(s.loader);
    decref(s.origin);
    for (const h of s.held) decref(h);
    if (s.submodules !== null) decref(s.submodules);
    freeObject(s, RT.profile.sizes.instance);
  };
  T_MODULE_SPEC.tp_traverse = (o, visit) => {
    const s = o as ModuleSpecObject;
    visit(s.name);
    visit(s.loader);
    visit(s.origin);
    if (s.submodules !== null) visit(s.submodules);
  };
  // ModuleSpec.__repr__: the name, the loader, and the origin when there is one
  T_MODULE_SPEC.tp_repr = (o) => {
    const s = o as ModuleSpecObject;
    const args = [`name=${A.reprString(s.name)}`, `loader=${A.reprString(s.loader)}`];
    if (s.origin !== None) args.push(`origin=${A.reprString(s.origin)}`);
    return newStr(`ModuleSpec(${args.join(', ')})`);
  };
  defineGetSets(T_MODULE_SPEC, {
    name: { get: (o) => newref((o as ModuleSpecObject).name) },
    loader: { get: (o) => newref((o as ModuleSpecObject).loader) },
    origin: { get: (o) => newref((o as ModuleSpecObject).origin) },
    loader_state: { get: () => newref(None) },
    submodule_search_locations: { get: () => newref(None) },
    cached: { get: () => newref(None) },
    // the specs of start-up's modules get theirs when first read (vm/importer.ts preloadStartupModules)
    _uninitialized_submodules: {
      get: (o) => {
        const spec = o as ModuleSpecObject;
        if (spec.submodules === null) attachSubmodulesList(spec);
        return newref(spec.submodules!);
      },
    },
    parent: { get: (o) => newStr(specParent(o as ModuleSpecObject)) },
    has_location: { get: () => newref(False) },
  });
});
