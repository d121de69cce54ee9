/**
 * Addresses of the engine's static identifier strings (objects/str.ts `ID`). CPython allocates its `_Py_ID`
 * strings statically, laid out by name; a name's address picks its type attribute cache entries
 * (objects/typecache.ts), so it must not depend on the order in which the engine's modules first ask for
 * identifiers (adding a static type or a method used to move every later identifier, and with it which
 * looked-up names the cache kept alive: memory/refcount_instance_attr_names).
 */
import { describe, expect, it } from 'vitest';
import { runSource } from '../../../src/engine/index';
import { staticId } from '../../../src/engine/objects/str';
import { STARTUP_STRING_NAMES } from '../../../src/engine/profiles/startup_strings';

describe('static identifier addresses', () => {
  it('identifiers CPython interns at start-up sit at their name slot, in name order', () => {
    // a run sets the engine up (every start-up identifier exists afterwards)
    expect(runSource('print("ok")', { version: '3.13', filename: 'a.py' }).stdout).toBe('ok\n');
    const placed = STARTUP_STRING_NAMES.map((n) => staticId(n)).filter((s) => s !== undefined);
    // the engine's identifiers include the common method names
    expect(placed.map((s) => s.value)).toEqual(expect.arrayContaining(['__init__', 'append', 'copy', 'keys']));
    for (let i = 1; i < placed.length; i++) expect(placed[i].addr).toBeGreaterThan(placed[i - 1].addr);
  });
});
