/**
 * ctypes where heapscope's own limits apply (not conformance material: CPython reads whatever memory is
 * there, or calls into the machine): reads of memory heapscope does not model raise its ValueError, writes
 * into the modelled heap and machine access raise the sandbox's PermissionError, and the heap audit stays
 * clean after every run.
 */
import { describe, expect, it } from 'vitest';
import { runAudited, type Version } from './audited';

const VERSIONS: Version[] = ['3.11', '3.12', '3.13'];

function lines(src: string[]): string {
  return ['import ctypes', 'def t(f):', '    try:', '        print(f())', '    except Exception as e:', '        print(type(e).__name__, str(e).split(" (")[0])', ...src].join('\n');
}

describe('ctypes in the sandbox', () => {
  it('reads outside what heapscope models raise its ValueError, never a made-up number', () => {
    const src = lines([
      'x = [1, 2, 3]',
      'y = 1.5',
      'n = 5',
      'd = {}',
      't(lambda: ctypes.c_long.from_address(id(d) + 24).value)',
      't(lambda: ctypes.c_long.from_address(id(x) - 16).value)',
      't(lambda: ctypes.c_long.from_address(id(y) + 24).value)',
      't(lambda: ctypes.c_long.from_address(16).value)',
      't(lambda: ctypes.cast(id(x) + 8, ctypes.py_object).value)',
      't(lambda: ctypes.cast("abc", ctypes.c_void_p))',
      'x.append(4)',
      'x.pop()',
      'items = ctypes.c_void_p.from_address(id(x) + 24).value',
      't(lambda: ctypes.c_long.from_address(items + 8 * 3).value)',
      'print(ctypes.c_long.from_address(id(x)).value, ctypes.c_int.from_address(id(n) + 24).value)',
    ]);
    const x = (where: string) => `ValueError heapscope models object headers only; address ${where}`;
    for (const v of VERSIONS) {
      const out = runAudited(src, v).split('\n');
      expect(out[0]).toMatch(/^ValueError heapscope models object headers only; address 0x[0-9a-f]+ is a 'dict' object, 24 bytes past its id$/);
      expect(out[1]).toMatch(/^ValueError heapscope models object headers only; address 0x[0-9a-f]+ is the GC header in front of a 'list' object$/);
      expect(out[2]).toMatch(/^ValueError heapscope models object headers only; address 0x[0-9a-f]+ is not in a live object heapscope models$/);
      expect(out[3]).toBe(x('0x10 is not in a live object heapscope models'));
      expect(out[4]).toMatch(/^ValueError heapscope models object headers only; address 0x[0-9a-f]+ is inside a 'list' object, not at its id$/);
      expect(out[5]).toBe('ValueError heapscope models object headers only; it does not model the wchar_t buffer ctypes makes of a str');
      expect(out[6]).toMatch(/^ValueError heapscope models object headers only; address 0x[0-9a-f]+ is the unused capacity of the item array of a 'list' object$/);
      expect(out[7]).toBe('1 5');
    }
  });

  it('writes into the modelled heap and machine access raise PermissionError; own objects stay writable', () => {
    const src = lines([
      'x = [1]',
      'r = ctypes.c_long.from_address(id(x))',
      'def w(): r.value = 100',
      't(w)',
      'p = ctypes.cast(id(x), ctypes.POINTER(ctypes.c_long))',
      'def w2(): p[0] = 5',
      't(w2)',
      'print(r.value)',
      'a = ctypes.c_int(1)',
      'pa = ctypes.pointer(a)',
      'pa.contents.value = 42',
      'ctypes.c_int.from_address(ctypes.addressof(a)).value += 1',
      'print(a.value)',
      'print(type(ctypes.pythonapi).__name__, type(ctypes.cdll).__name__)',
      't(lambda: ctypes.pythonapi.Py_IncRef)',
      't(lambda: ctypes.CDLL("libc.so.6"))',
      't(lambda: ctypes.cdll.LoadLibrary("libc.so.6"))',
      't(lambda: ctypes.memmove(0, 0, 1))',
      't(lambda: ctypes.string_at(id(x), 8))',
      't(lambda: ctypes.create_string_buffer(4))',
      'def s():',
      '    class P(ctypes.Structure):',
      '        _fields_ = [("x", ctypes.c_int)]',
      't(s)',
    ]);
    const noWrite = /^PermissionError heapscope: programs cannot write to memory at 0x[0-9a-f]+$/;
    for (const v of VERSIONS) {
      const out = runAudited(src, v).split('\n');
      expect(out[0]).toMatch(noWrite);
      expect(out[1]).toMatch(noWrite);
      expect(out.slice(2)).toEqual([
        '1',
        '43',
        'PyDLL LibraryLoader',
        'PermissionError heapscope: programs cannot use ctypes.pythonapi.Py_IncRef',
        "PermissionError heapscope: programs cannot use ctypes.CDLL('libc.so.6')",
        "PermissionError heapscope: programs cannot use ctypes.cdll.LoadLibrary('libc.so.6')",
        'PermissionError heapscope: programs cannot use ctypes.memmove()',
        'PermissionError heapscope: programs cannot use ctypes.string_at()',
        'PermissionError heapscope: programs cannot use ctypes.create_string_buffer()',
        "NotImplementedError heapscope's ctypes models the simple types and pointers only: P cannot be a ctypes.Structure",
        '',
      ]);
    }
  });
});
