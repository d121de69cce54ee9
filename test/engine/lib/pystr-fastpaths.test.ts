/**
 * lib/pystr's fast paths (issue #8) give what the general code point-aware loops give: split's indexOf loop
 * for short receivers and JS's split for long ones, replace's replaceAll (a '$' in the replacement is text,
 * never a substitution pattern), whatever the receiver's length and the separator's surrogates.
 */
import { describe, expect, it } from 'vitest';
import * as S from '../../../src/engine/lib/pystr';

/** str.split(sep) by code points: a separator never matches half of a surrogate pair. */
function referenceSplit(s: string, sep: string): string[] {
  const cps = Array.from(s);
  const sepCps = Array.from(sep);
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i + sepCps.length <= cps.length) {
    if (sepCps.every((c, k) => cps[i + k] === c)) {
      out.push(cps.slice(start, i).join(''));
      i += sepCps.length;
      start = i;
    } else {
      i++;
    }
  }
  out.push(cps.slice(start).join(''));
  return out;
}

const PIECES = ['a', 'bc', ':', '::', '', 'x:y', '\u00e9', '\u20ac', '\ud83d\ude00', '\ude00', '\ud83d'];

/** A deterministic receiver of about `n` UTF-16 units built from PIECES. */
function receiver(n: number, seed: number): string {
  let s = '';
  let x = seed;
  while (s.length < n) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += PIECES[x % PIECES.length];
  }
  return s;
}

describe('pystr split fast paths', () => {
  it('short (indexOf loop) and long (JS split) receivers split like the code point reference', () => {
    for (const n of [0, 5, 40, 255, 256, 257, 600]) {
      for (let seed = 1; seed <= 5; seed++) {
        const s = receiver(n, seed);
        for (const sep of [':', '::', 'bc', '\u00e9', '\ud83d\ude00', '\ude00', '\ud83d']) {
          expect(S.split(s, sep), JSON.stringify([n, seed, sep])).toEqual(referenceSplit(s, sep));
        }
      }
    }
  });

  it('maxsplit and the empty separator error are unchanged', () => {
    expect(S.split('a:b:c', ':', 1)).toEqual(['a', 'b:c']);
    expect(S.split('a:b:c'.repeat(100), ':', 2).length).toBe(3);
    expect(() => S.split('abc', '')).toThrow('empty separator');
  });
});

describe('pystr replace fast path', () => {
  it("a '$' in the replacement is literal text", () => {
    for (const repl of ['$&', "$'", '$`', '$$', '$1', '$<x>', 'y']) {
      expect(S.replace('aXbXc', 'X', repl)).toBe(['a', 'b', 'c'].join(repl));
    }
  });

  it('matches the split/join definition for every receiver', () => {
    for (const n of [3, 50, 300]) {
      const s = receiver(n, 7);
      for (const [old, repl] of [[':', '-'], ['bc', ''], ['\u00e9', 'e'], ['\ud83d\ude00', '$&']]) {
        expect(S.replace(s, old, repl)).toBe(referenceSplit(s, old).join(repl));
      }
    }
    expect(S.replace('aaa', 'a', 'b', 2)).toBe('bba');
  });
});
