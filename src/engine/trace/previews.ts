/**
 * Previews of immutable scalars (int, float, str) for the heap panel, by allocation sequence number
 * (MirrorState.seq).
 *
 * The recorder reads an object's value when the object is first seen at a position (recorder.flushPreviews);
 * this table keeps that value as cheaply as it can and makes the repr only when a snapshot asks for it:
 * an int or float is kept as its JS number (its repr is `String(v)` / `floatRepr(v)`, never longer than
 * PREVIEW_CHARS), a str or a big int as its finished preview. `get(seq)` therefore returns exactly the string
 * the eager computation gave, without a Map entry and a string per scalar while recording.
 *
 * Sequence numbers only grow, so entries are appended in ascending order and found by binary search; an
 * out-of-order set (a str resized in place gets its preview again) overwrites or inserts.
 */
import type { PyObject, PyType } from '../objects/object';
import { T } from '../objects/types';
import { IntObject } from '../objects/singletons';
import { FloatObject } from '../objects/numbers';
import { StrObject } from '../objects/str';
import { strRepr } from '../lib/pystr';
import { floatRepr } from '../lib/floatrepr';

/** previews longer than this are not kept ('' in the panel) */
export const PREVIEW_CHARS = 60;

const K_TEXT = 0;
const K_INT = 1;
const K_FLOAT = 2;

export function isPreviewableType(t: PyType): boolean {
  return t === T.int || t === T.float || t === T.str;
}

export function isPreviewable(o: PyObject): boolean {
  return isPreviewableType(o.ob_type);
}

/** The repr of an int, float or str when it is short (else ''). */
export function previewOf(o: PyObject): string {
  let p = '';
  if (o instanceof IntObject) p = String(o.value);
  else if (o instanceof FloatObject) p = floatRepr(o.value);
  else if (o instanceof StrObject) p = o.value.length <= PREVIEW_CHARS ? strRepr(o.value) : '';
  return p.length <= PREVIEW_CHARS ? p : '';
}

export class PreviewTable {
  private seqs = new Float64Array(1024);
  private kinds = new Uint8Array(1024);
  /** an int's or float's value (in a typed array: a JS array of numbers would box each float) */
  private nums = new Float64Array(1024);
  /** a str's or big int's preview ('' for the numbers) */
  private texts: string[] = [];
  /** number of entries */
  size = 0;

  /**
   * Record the preview of `o` (allocation sequence number `seq`) as of now; an object whose preview is ''
   * is not recorded (it does not count in `size`). Returns whether an entry was added or replaced.
   */
  set(seq: number, o: PyObject): boolean {
    let kind: number;
    let num = 0;
    let text = '';
    if (o instanceof IntObject && typeof o.value === 'number') {
      kind = K_INT;
      num = o.value;
    } else if (o instanceof FloatObject) {
      kind = K_FLOAT;
      num = o.value;
    } else {
      kind = K_TEXT;
      text = previewOf(o);
      if (text === '') return false;
    }
    const n = this.size;
    if (n === 0 || seq > this.seqs[n - 1]) {
      if (n === this.seqs.length) this.grow();
      this.seqs[n] = seq;
      this.kinds[n] = kind;
      this.nums[n] = num;
      this.texts.push(text);
      this.size = n + 1;
      return true;
    }
    const i = this.lowerBound(seq);
    if (i < n && this.seqs[i] === seq) {
      this.kinds[i] = kind;
      this.nums[i] = num;
      this.texts[i] = text;
      return true;
    }
    // insert at i (rare: an older object that had no preview gets one)
    if (n === this.seqs.length) this.grow();
    this.seqs.copyWithin(i + 1, i, n);
    this.kinds.copyWithin(i + 1, i, n);
    this.nums.copyWithin(i + 1, i, n);
    this.seqs[i] = seq;
    this.kinds[i] = kind;
    this.nums[i] = num;
    this.texts.splice(i, 0, text);
    this.size = n + 1;
    return true;
  }

  /** The preview recorded for `seq`, or undefined. */
  get(seq: number): string | undefined {
    const i = this.lowerBound(seq);
    if (i >= this.size || this.seqs[i] !== seq) return undefined;
    switch (this.kinds[i]) {
      case K_INT:
        return String(this.nums[i]);
      case K_FLOAT:
        return floatRepr(this.nums[i]);
      default:
        return this.texts[i];
    }
  }

  private lowerBound(seq: number): number {
    const a = this.seqs;
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const m = (lo + hi) >>> 1;
      if (a[m] < seq) lo = m + 1;
      else hi = m;
    }
    return lo;
  }

  private grow(): void {
    const s = new Float64Array(this.seqs.length * 2);
    s.set(this.seqs);
    this.seqs = s;
    const k = new Uint8Array(this.kinds.length * 2);
    k.set(this.kinds);
    this.kinds = k;
    const v = new Float64Array(this.nums.length * 2);
    v.set(this.nums);
    this.nums = v;
  }
}
