/**
 * The type attribute cache's references to names (objects/typecache.ts), the strings CPython has interned when
 * a program starts (profiles/startup_strings.ts via objects/str.ts), and the generation the interpreter's
 * start-up objects are in (memory/gc.ts setupGeneration, which orders the __del__ calls at shutdown).
 * Every expected output was printed by CPython 3.11.7, 3.12.1 and 3.13.0 running the same program.
 */
import { describe, expect, it } from 'vitest';
import { STARTUP_STRING_NAMES, STARTUP_STRING_STATES, FIRST_HEAP_TYPE_VERSION_TAG } from '../../../src/engine/profiles/startup_strings';
import { runAudited as run } from '../audited';

const VERSIONS = ['3.11', '3.12', '3.13'] as const;
type V = (typeof VERSIONS)[number];


const CACHE_PROGRAM = [
  'import sys',
  'class K:',
  '    pass',
  'k = K()',
  's = "".join(["ab", "cdq"])',
  'r = [sys.getrefcount(s)]',
  'getattr(k, s, None)',
  'r.append(sys.getrefcount(s))',
  'getattr(k, s, None)',
  'r.append(sys.getrefcount(s))',
  'getattr(K, s, None)',
  'r.append(sys.getrefcount(s))',
  'u = "".join(["ab", "cdu"])',
  'setattr(K, u, 1)',
  'r.append(sys.getrefcount(u))',
  'delattr(K, u)',
  'r.append(sys.getrefcount(u))',
  'sys._clear_type_cache()',
  'r.append(sys.getrefcount(s))',
  'r.append(sys.getrefcount(u))',
  'print(r)',
].join('\n');

describe('type attribute cache', () => {
  it('holds the looked-up name until cleared (3.11: one entry per type)', () => {
    // getattr on the instance: +1 (entry of K); again: a hit; on the class: +1 (entry of type, K hits);
    // setattr on the class interns u (mortal) and the type dict holds it; delattr drops that, the cache keeps it
    expect(run(CACHE_PROGRAM, '3.11')).toBe('[2, 3, 3, 4, 4, 3, 2, 2]\n');
  });
  it('3.12: the same for run-time strings; setattr made u immortal', () => {
    expect(run(CACHE_PROGRAM, '3.12')).toBe('[2, 3, 3, 4, 4294967295, 4294967295, 2, 4294967295]\n');
  });
  it('3.13: the first lookup on an untagged class fills the entry of tag 0, the second the right one', () => {
    expect(run(CACHE_PROGRAM, '3.13')).toBe('[2, 3, 4, 5, 4, 3, 2, 2]\n');
  });
  it.each(VERSIONS)('a name kept alive only by the cache is released at shutdown (%s, audit clean)', (v) => {
    const src = ['class K:', '    pass', 'for i in range(50):', '    getattr(K(), "n" + str(i), None)', 'print("ok")'].join('\n');
    expect(run(src, v)).toBe('ok\n');
  });
});

describe('strings interned at start-up', () => {
  const src = [
    'import sys',
    'b = "".join(["ab", "c"])',
    'i = sys.intern(b)',
    'print(i is b, sys.getrefcount(i) >= 999999999)',
    'n = "".join(["not_a_startup", "_name_q"])',
    'print(sys.intern(n) is n)',
    'x = "append"',
    'print(x is sys.intern("".join(["app", "end"])))',
  ].join('\n');
  it.each(VERSIONS)('interning returns the interpreter\'s object (%s)', (v) => {
    expect(run(src, v)).toBe('False True\nTrue\nTrue\n');
  });
  it.each(VERSIONS)('a start-up string has the same id in every run of the process (%s)', (v) => {
    const idSrc = 'import sys\nprint(id(sys.intern("".join(["ab", "c"]))))';
    expect(run(idSrc, v)).toBe(run(idSrc, v));
  });
  it("3.11: a heap string of the start-up keeps the start-up's references", () => {
    // 'frame' is a heap string in 3.11 (held by the start-up's objects: setuptools' _distutils_hack, which
    // stock 3.11 imports through its .pth), absent in 3.12 and 3.13 (3.12 interns it immortal then; 3.13's
    // sys.intern makes it mortal)
    const tmpSrc = 'import sys\nprint(sys.getrefcount(sys.intern("".join(["fr", "ame"]))) - 1)';
    const state = (v: V) => STARTUP_STRING_STATES[v].split(',')[STARTUP_STRING_NAMES.indexOf('frame')];
    expect(Number(state('3.11'))).toBeGreaterThan(0);
    expect(run(tmpSrc, '3.11')).toBe(`${state('3.11')}\n`);
    expect(state('3.12')).toBe('');
    expect(run(tmpSrc, '3.12')).toBe('4294967294\n');
    expect(state('3.13')).toBe('');
    expect(run(tmpSrc, '3.13')).toBe('0\n');
  });
  it('the generated table has one state per name and version, and the first class tags', () => {
    for (const v of VERSIONS) {
      expect(STARTUP_STRING_STATES[v].split(',').length).toBe(STARTUP_STRING_NAMES.length);
      expect(FIRST_HEAP_TYPE_VERSION_TAG[v]).toBeGreaterThan(0);
    }
    expect(new Set(STARTUP_STRING_NAMES).size).toBe(STARTUP_STRING_NAMES.length);
  });
});

describe('start-up objects and the order of __del__ at shutdown', () => {
  it.each([
    ['3.11', 1],
    ['3.12', 1],
    ['3.13', 0],
  ] as const)('%s: globals() is in generation %i when the program starts', (v, g) => {
    const src = [
      'import gc',
      'g = globals()',
      'print([i for i in range(3) if any(o is g for o in gc.get_objects(i))])',
    ].join('\n');
    expect(run(src, v)).toBe(`[${g}]\n`);
  });
  const chain = [
    'import sys',
    'class D:',
    '    def __init__(self, name):',
    '        self.name = name',
    '    def __del__(self):',
    '        sys.stdout.write("__del__ " + self.name + "\\n")',
    'chain = D("head")',
    'chain.next = D("tail")',
    'other = D("other")',
    'print("end")',
  ].join('\n');
  it.each(['3.11', '3.12', '3.13'] as const)('%s: the globals come after the objects: tail last', (v) => {
    expect(run(chain, v)).toBe('end\n__del__ head\n__del__ other\n__del__ tail\n');
  });
});
