import { test, expect } from 'vitest';
import { sha512, toHex, utf8Encode } from '../../../src/engine/lib/sha512';
import { createHash } from 'crypto';
test('sha512 matches node crypto (test-only oracle)', () => {
  for (const n of [0, 1, 3, 111, 112, 127, 128, 129, 239, 240, 1000]) {
    const b = new Uint8Array(n); for (let i = 0; i < n; i++) b[i] = (i * 7 + 3) & 255;
    expect(toHex(sha512(b))).toBe(createHash('sha512').update(b).digest('hex'));
  }
  expect(toHex(sha512(utf8Encode('héllo')))).toBe(createHash('sha512').update('héllo').digest('hex'));
});
