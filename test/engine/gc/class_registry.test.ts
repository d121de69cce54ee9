/**
 * Class creation as the collector counts it (the bases' subclass registries: a weakref per class, a dict per
 * base; the shared __bases__ tuple; type_new_set_names' dict copy) and print()'s transient `write` method.
 * Every expected output was printed by real CPython 3.11.7, 3.12.1 and 3.13.0 running the same program as a
 * script with its output on a pipe (PYTHONIOENCODING=utf-8), identical on the three versions unless named.
 */
import { describe, expect, it } from 'vitest';
import { runAudited as run } from '../audited';

const VERSIONS = ['3.11', '3.12', '3.13'] as const;


/** `gc.get_count()[0]` before and after each statement, with the get_count tuple taken from the freelist. */
function countDeltas(statements: string[]): string {
  const lines = ['import gc', 'gc.disable()', 'gc.collect()', 'c = gc.get_count', 'out = []', 'c(); c()'];
  for (const s of statements) lines.push('a = c()[0]', ...s.split('\n'), 'b = c()[0]; out.append(b - a)');
  lines.push('print(out)');
  return lines.join('\n');
}

describe.each(VERSIONS)('class creation and print on %s', (v) => {
  it('a class statement allocates what CPython does: registry weakref, new registry dicts, set_names copy', () => {
    const src = countDeltas([
      'class A:\n    pass',
      'class A2:\n    pass',
      'class A3:\n    pass',
      'class B(A):\n    pass', // A's registry dict is new
      'class B2(A2):\n    pass',
      'class E(float):\n    pass', // float has no subclasses after startup: a new dict
      'class E2(float):\n    pass',
      'class L(list):\n    pass', // 3.12+: list has startup subclasses (importlib's _List): its dict exists
    ]);
    expect(run(src, v)).toBe(v === '3.11' ? '[9, 7, 7, 6, 6, 8, 7, 8]\n' : '[9, 7, 7, 6, 6, 8, 7, 7]\n');
  });

  it("an emptied registry is released, so the base's next subclass allocates a new dict", () => {
    const src = [
      'import gc',
      'gc.disable()',
      'gc.collect()',
      'c = gc.get_count',
      'out = []',
      'c(); c()',
      'class A:',
      '    pass',
      'class A2:',
      '    pass',
      'a = c()[0]',
      'class B(A):',
      '    pass',
      'b = c()[0]; out.append(b - a)',
      'del B',
      'gc.collect()',
      'c(); c()',
      'a = c()[0]',
      'class B(A2):',
      '    pass',
      'b = c()[0]; out.append(b - a)',
      'a = c()[0]',
      'class B3(A):',
      '    pass',
      'b = c()[0]; out.append(b - a)',
      'a = c()[0]',
      'class C2(A2):',
      '    pass',
      'b = c()[0]; out.append(b - a)',
      'print(out)',
    ].join('\n');
    // B(A): A's new dict; B(A2) after the collection emptied the freelists; B3(A): A's dict again (released
    // when B died); C2(A2): A2's dict exists
    expect(run(src, v)).toBe('[6, 8, 6, 5]\n');
  });

  it('__subclasses__ and weakref counts come from the registry', () => {
    const src = [
      'import gc, weakref',
      'class A:',
      '    pass',
      'class B(A):',
      '    pass',
      'class C(A):',
      '    pass',
      'r = weakref.ref(C)',
      'print([k.__name__ for k in A.__subclasses__()], weakref.getweakrefcount(A), weakref.getweakrefcount(C))',
      'del B',
      'gc.collect()',
      'print([k.__name__ for k in A.__subclasses__()])',
      'del C',
      'gc.collect()',
      'print(A.__subclasses__(), r())',
      'class D(A, float):',
      '    pass',
      'print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in float.__subclasses__()], weakref.getweakrefcount(D))',
    ].join('\n');
    expect(run(src, v)).toBe("['B', 'C'] 1 1\n['C']\n[] None\n['D'] ['D'] 1\n");
  });

  it("print's bound write method can trigger a collection that runs before the text is written", () => {
    const src = [
      'import gc',
      'class C:',
      '    def __init__(self):',
      '        self.me = self',
      '    def __del__(self):',
      '        print("del")',
      'gc.collect()',
      'gc.set_threshold(1000)',
      'print("w")',
      'print("w")',
      'c = gc.get_count',
      'c(); c()',
      'C()',
      'k = c()[0]',
      'gc.set_threshold(k)',
      'print("x")',
      'r = c()',
      'gc.set_threshold(1000)',
      'print(k, r)',
    ].join('\n');
    // count == threshold before print("x"): the bound method pushes it over; 3.11 collects in the
    // allocation, 3.12+ in PyObject_Str's PyErr_CheckSignals, both before "x" reaches the buffer
    expect(run(src, v)).toBe(`w\nw\ndel\nx\n${v === '3.11' ? 5 : 4} (0, 1, 0)\n`);
  });
});
