/**
 * Container fast paths (issue #8) must answer exactly what the generic paths answer: the tuple comparisons
 * of list.sort with exact int, float and str items (the calls a user class sees are checked against CPython
 * by the conformance case builtins/sort_tuple_compare).
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/vm/interp';

describe('sorting tuples', () => {
  it('orders by the first differing item with ints, floats and strs as the generic comparison does', () => {
    const src = [
      'import random',
      'random.seed(5)',
      'vals = [0, 1, -1, 2**31, 2**53 + 1, 2**70, -(2**70), 0.5, -0.0, 0.0, float("inf"), "a", "b", "\\uffff", "\\U00010000"]',
      'ints = [v for v in vals if type(v) is int]',
      'floats = [v for v in vals if type(v) is float]',
      'strs = [v for v in vals if type(v) is str]',
      'for group in (ints, floats, strs):',
      '    data = [(random.choice(group), random.choice(group), i) for i in range(300)]',
      '    # the same order as comparing the tuples one pair at a time with the generic protocol',
      '    expected = data[:]',
      '    for i in range(1, len(expected)):',
      '        j = i',
      '        while j > 0 and expected[j] < expected[j - 1]:',
      '            expected[j], expected[j - 1] = expected[j - 1], expected[j]',
      '            j -= 1',
      '    print(sorted(data) == expected)',
    ].join('\n');
    const r = runProgram(src, { version: '3.12', filename: 't.py' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\nTrue\nTrue\n');
  });
});
