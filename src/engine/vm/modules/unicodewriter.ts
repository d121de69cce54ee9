/**
 * CPython's _PyUnicodeWriter with `overallocate` set, as the C code that accumulates text uses it (the StringIO
 * accumulator of Modules/_io/stringio.c, the json encoder and scanstring of Modules/_json.c): the text lives in
 * a real str object whose length is the writer's capacity, grown by 25% more than asked (OVERALLOCATE_FACTOR 4)
 * with resize_compact (PyObject_Realloc: the block stays while its size class allows), replaced by a new str
 * when a wider character arrives, and resized to its content by finish().
 */
import { RT, decref, newref } from '../../objects/object';
import { StrObject, EMPTY_STR, latin1Char } from '../../objects/str';
import { allocObject } from '../../memory/heap';

const KIND_MAX = { 1: 255, 2: 0xffff, 4: 0x10ffff } as const;

/** PyUnicode_MAX_CHAR_VALUE of a str */
function maxCharValue(s: StrObject): number {
  return s.ascii ? 127 : KIND_MAX[s.kind];
}

/**
 * _PyUnicodeWriter with overallocate = 1 (the accumulator of stringio.c): `buffer` is a real str object whose
 * length is the writer's capacity (`size`); its first `pos` characters are `text`.
 */
export class UnicodeWriter {
  buffer: StrObject | null = null;
  text = '';
  pos = 0;
  /** writer->maxchar: the buffer's kind maximum (127 for ASCII); 0 before the first buffer */
  maxchar = 0;
  /** writer->overallocate: grow by a quarter more than asked (PyUnicode_FromFormatV clears it for its last literal) */
  overallocate = true;
  /** writer->min_length: the smallest capacity a (re)allocation asks for (PyUnicode_FromFormatV: strlen(format) + 100) */
  minLength = 0;

  /** the request size of a str of `len` characters with maximum `maxchar` (PyUnicode_New) */
  private static strBytes(len: number, maxchar: number): number {
    const sz = RT.profile.sizes;
    if (maxchar < 128) return sz.strAscii + len + 1;
    const kind = maxchar < 256 ? 1 : maxchar < 0x10000 ? 2 : 4;
    return sz.strCompact + (len + 1) * kind;
  }

  /** PyUnicode_New(len, maxchar) as the writer's buffer (never a singleton: len >= 1) */
  private newBuffer(len: number, maxchar: number): void {
    const o = new StrObject('');
    o.cplen = len;
    o.ascii = maxchar < 128;
    o.kind = maxchar < 256 ? 1 : maxchar < 0x10000 ? 2 : 4;
    allocObject(o, UnicodeWriter.strBytes(len, maxchar));
    this.buffer = o;
    this.maxchar = maxchar < 128 ? 127 : KIND_MAX[o.kind];
  }

  /** resize_compact of the buffer to `len` characters (PyObject_Realloc: the block may move) */
  private resize(len: number): void {
    const b = this.buffer!;
    const old = UnicodeWriter.strBytes(b.cplen, this.maxchar);
    b.addr = RT.heap.realloc(b.addr, old, UnicodeWriter.strBytes(len, this.maxchar));
    b.cplen = len;
  }

  /** _PyUnicodeWriter_WriteStr */
  writeStr(s: StrObject): void {
    this.writeText(s.value, s.cplen, maxCharValue(s));
  }

  /**
   * Write `text` (`len` code points, its largest being at most `maxchar`): _PyUnicodeWriter_Prepare then the
   * copy (WriteStr, WriteChar, WriteSubstring, WriteASCIIString).
   */
  writeText(text: string, len: number, maxchar: number): void {
    if (len === 0) return;
    const size = this.buffer === null ? 0 : this.buffer.cplen;
    if (maxchar > this.maxchar || len > size - this.pos) {
      // _PyUnicodeWriter_PrepareInternal (overallocate: newlen / OVERALLOCATE_FACTOR more)
      let newlen = this.pos + len;
      maxchar = Math.max(maxchar, 127);
      if (this.buffer === null) {
        if (this.overallocate) newlen += newlen >> 2;
        if (newlen < this.minLength) newlen = this.minLength;
        this.newBuffer(newlen, maxchar);
      } else if (newlen > size) {
        if (this.overallocate) newlen += newlen >> 2;
        if (newlen < this.minLength) newlen = this.minLength;
        if (maxchar > this.maxchar) {
          // resize + widen: a new buffer, the old one released after the copy
          const old = this.buffer;
          this.newBuffer(newlen, Math.max(maxchar, this.maxchar));
          decref(old);
        } else {
          this.resize(newlen);
        }
      } else {
        const old = this.buffer;
        this.newBuffer(size, maxchar);
        decref(old);
      }
    }
    this.text += text;
    this.pos += len;
  }

  /** _PyUnicodeWriter_Finish: the buffer resized to its content (unicode_result: '' and latin-1 chars are the singletons) */
  finish(): StrObject {
    const b = this.buffer;
    const text = this.text;
    this.buffer = null;
    this.text = '';
    const pos = this.pos;
    this.pos = 0;
    this.maxchar = 0;
    if (pos === 0 || b === null) {
      if (b !== null) decref(b);
      return newref(EMPTY_STR);
    }
    if (b.cplen !== pos) {
      const kindMax = b.ascii ? 127 : KIND_MAX[b.kind];
      b.addr = RT.heap.realloc(b.addr, UnicodeWriter.strBytes(b.cplen, kindMax), UnicodeWriter.strBytes(pos, kindMax));
    }
    b.cplen = pos;
    b.value = text;
    if (pos === 1 && b.kind === 1) {
      const c = latin1Char(text.charCodeAt(0));
      decref(b);
      return newref(c);
    }
    return b;
  }

  /** _PyUnicodeWriter_Dealloc */
  dealloc(): void {
    const b = this.buffer;
    this.buffer = null;
    this.text = '';
    this.pos = 0;
    this.maxchar = 0;
    if (b !== null) decref(b);
  }
}
