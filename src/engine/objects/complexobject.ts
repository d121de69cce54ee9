/**
 * The complex type (Objects/complexobject.c of CPython 3.11–3.13).
 *
 *   - A complex object is a 32-byte block (sizeof(PyComplexObject)), allocated with PyObject_Malloc; there
 *     is no freelist. Subclass instances use their type's basicsize.
 *   - Mixed arithmetic converts the int/float operand to a complex first (to_complex), so `1j * 2` is
 *     computed as (0+1j)*(2+0j) exactly like CPython before 3.14.
 *   - `complex == int` with a zero imaginary part compares a temporary float with the int, as CPython
 *     does (the temporary goes through the float freelist).
 *   - repr: the real part is omitted when it is +0.0; parts use repr-style digits without ".0".
 *   - Services: RT_EXT.newComplex(re, im) for imaginary literals, RT_EXT.complexPow(x, y) for float
 *     powers that CPython turns into a complex ((-8) ** (1/3)).
 */
import { PyObject, PyType, RT, TPFLAGS, newref, incref, decref } from './object';
import { T } from './types';
import { None, NotImplemented, IntObject } from './singletons';
import { E, raise } from './exceptions';
import { StrObject, newStr, ID } from './str';
import { FloatObject, newFloat, newBool, newInt, floatValueOf } from './numbers';
import { newTuple, TupleObject } from './sequences';
import { onBootstrap, defineMethods, typeLookup, makeStatic, typeDict, typeModified } from './typeobject';
import { dictSetItem } from './dict';
import { MemberDescrObject } from './funcobject';
import { allocObject, freeObject } from '../memory/heap';
import { RT_EXT } from '../vm/rtext';
import * as A from '../vm/abstract';
import { noArgs, oneArg, kwCount } from '../vm/args';
import { CMP } from '../compiler/opcodes';
import { intToFloat } from '../lib/intops';
import { doubleToString } from '../lib/floatrepr';
import { parseFormatSpec } from '../lib/formatspec';
import { hashFloat, hashComplex, PyHash } from '../lib/pyhash';
import { transformDecimalAndSpace, removeUnderscores, pyStrRepr } from '../lib/floatparse';
import { hypot } from '../lib/pymath';
import { PyLibError } from '../lib/errors';
import { cPow, cProd, cQuot, type C } from '../lib/complexmath';

export class ComplexObject extends PyObject {
  constructor(
    public real: number,
    public imag: number,
  ) {
    super(T.complex);
  }
}

/** PyComplex_FromDoubles. New reference. */
export function newComplex(real: number, imag: number): ComplexObject {
  const o = new ComplexObject(real, imag);
  allocObject(o, RT.profile.sizes.complex);
  return o;
}

/** complex_subtype_from_doubles (type->tp_alloc). New reference. */
function newComplexOfType(type: PyType, real: number, imag: number): ComplexObject {
  if (type === T.complex) return newComplex(real, imag);
  const o = new ComplexObject(real, imag);
  (o as PyObject).ob_type = type;
  incref(type);
  allocObject(o, type.tp_basicsize);
  if (type.tp_flags & TPFLAGS.HAVE_GC) RT.gc.track(o);
  return o;
}

function complexDealloc(o: PyObject): void {
  freeObject(o, o.ob_type === T.complex ? RT.profile.sizes.complex : o.ob_type.tp_basicsize);
}

// ------------------------------------------------------------------ arithmetic on (re, im) pairs

/** TO_COMPLEX: complex, int or float operand; null means NotImplemented. */
function toC(o: PyObject): C | null {
  if (o instanceof ComplexObject) return { re: o.real, im: o.imag };
  if (o instanceof IntObject) return { re: typeof o.value === 'number' ? o.value : intToFloat(o.value), im: 0 };
  if (o instanceof FloatObject) return { re: o.value, im: 0 };
  return null;
}

/** complex_pow without the modulus: raises ZeroDivisionError / OverflowError as CPython. */
function cPowChecked(a: C, b: C): C {
  const p = cPow(a, b);
  if (p === 'zero') raise(E.ZeroDivisionError, '0.0 to a negative or complex power');
  if (p === 'overflow') raise(E.OverflowError, 'complex exponentiation');
  return p;
}

function binop(f: (a: C, b: C) => C) {
  return (v: PyObject, w: PyObject): PyObject => {
    const a = toC(v);
    if (a === null) return newref(NotImplemented);
    const b = toC(w);
    if (b === null) return newref(NotImplemented);
    const r = f(a, b);
    return newComplex(r.re, r.im);
  };
}

// ------------------------------------------------------------------ repr / format

function reprPart(x: number): string {
  return doubleToString(x, 'r', 0, false, false);
}

export function complexReprString(re: number, im: number): string {
  if (re === 0 && 1 / re > 0) return reprPart(im) + 'j';
  let ims = reprPart(im);
  if (ims[0] !== '-') ims = '+' + ims;
  return '(' + reprPart(re) + ims + 'j)';
}

function group(digits: string, sep: string): string {
  if (sep === '' || digits.length <= 3) return digits;
  let out = '';
  let i = digits.length;
  while (i > 3) {
    out = sep + digits.slice(i - 3, i) + out;
    i -= 3;
  }
  return digits.slice(0, i) + out;
}

/** format(complex, spec): CPython's format_complex_internal. */
export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  const f = parseFormatSpec(spec);
  let type = f.type;
  switch (type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
      break;
    default: {
      const cp = type.codePointAt(0)!;
      if (cp > 32 && cp < 128) throw new PyLibError('ValueError', `Unknown format code '${type}' for object of type '${typeName}'`);
      throw new PyLibError('ValueError', `Unknown format code '\\x${cp.toString(16)}' for object of type '${typeName}'`);
    }
  }
  if (f.zeroPad || (f.fillSpecified && f.fill === '0'))
    throw new PyLibError('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw new PyLibError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let addParens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && 1 / re > 0) skipRe = true;
    else addParens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const sep = f.type === 'n' ? '' : f.grouping;
  const part = (x: number, sign: string): string => {
    let s = doubleToString(x, type as 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r', precision, f.alternate, false);
    let neg = false;
    if (s[0] === '-') {
      neg = true;
      s = s.slice(1);
    }
    if (neg && f.noNeg0 && Number.isFinite(x) && !/[1-9]/.test(s.replace(/[eE].*$/, ''))) neg = false;
    let i = 0;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    const body = group(s.slice(0, i), sep) + s.slice(i);
    const signStr = neg ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
    return signStr + body;
  };
  const reStr = skipRe ? '' : part(re, f.sign);
  const imStr = part(im, skipRe ? f.sign : '+');
  let body = reStr + imStr + 'j';
  if (addParens) body = '(' + body + ')';
  const len = Array.from(body).length;
  if (f.width <= len) return body;
  const padN = f.width - len;
  const fill = f.fill;
  const align = f.align === '' ? '>' : f.align;
  if (align === '<') return body + fill.repeat(padN);
  if (align === '^') {
    const left = padN >> 1;
    return fill.repeat(left) + body + fill.repeat(padN - left);
  }
  return fill.repeat(padN) + body;
}

// ------------------------------------------------------------------ construction

/** PyOS_string_to_double prefix parse: [value, end] or null when no float starts at `pos`. */
function floatPrefix(s: string, pos: number): [number, number] | null {
  const m = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/i.exec(s.slice(pos));
  if (m === null) return null;
  const t = m[0];
  const low = t.toLowerCase();
  const neg = t[0] === '-';
  let v: number;
  if (low.endsWith('nan')) v = NaN;
  else if (low.endsWith('inf') || low.endsWith('infinity')) v = neg ? -Infinity : Infinity;
  else v = Number(t);
  return [v, pos + t.length];
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
}

/** complex_from_string_inner; null on a malformed string. */
function parseComplexString(s: string): C | null {
  let p = 0;
  let x = 0;
  let y = 0;
  let bracket = false;
  while (isSpace(s[p])) p++;
  if (s[p] === '(') {
    bracket = true;
    p++;
    while (isSpace(s[p])) p++;
  }
  const z = floatPrefix(s, p);
  if (z !== null) {
    p = z[1];
    if (s[p] === '+' || s[p] === '-') {
      x = z[0];
      const w = floatPrefix(s, p);
      if (w !== null) {
        y = w[0];
        p = w[1];
      } else {
        y = s[p] === '+' ? 1 : -1;
        p++;
      }
      if (!(s[p] === 'j' || s[p] === 'J')) return null;
      p++;
    } else if (s[p] === 'j' || s[p] === 'J') {
      p++;
      y = z[0];
    } else x = z[0];
  } else {
    if (s[p] === '+' || s[p] === '-') {
      y = s[p] === '+' ? 1 : -1;
      p++;
    } else y = 1;
    if (!(s[p] === 'j' || s[p] === 'J')) return null;
    p++;
  }
  while (isSpace(s[p])) p++;
  if (bracket) {
    if (s[p] !== ')') return null;
    p++;
    while (isSpace(s[p])) p++;
  }
  if (p !== s.length) return null;
  return { re: x, im: y };
}

function complexFromString(type: PyType, v: StrObject): PyObject {
  let t = transformDecimalAndSpace(v.value);
  if (t === null) raise(E.ValueError, 'complex() arg is a malformed string');
  if (t.includes('_')) {
    // _Py_string_to_number_with_underscores
    const stripped = removeUnderscores(t);
    if (stripped === null) raise(E.ValueError, `could not convert string to complex: ${pyStrRepr(v.value)}`);
    t = stripped;
  }
  if (t.includes('\0')) raise(E.ValueError, 'complex() arg is a malformed string');
  const c = parseComplexString(t);
  if (c === null) raise(E.ValueError, 'complex() arg is a malformed string');
  return newComplexOfType(type, c.re, c.im);
}

/** try_complex_special_method: the result of __complex__ (new reference) or null. */
function tryComplexSpecial(o: PyObject): PyObject | null {
  const f = typeLookup(o.ob_type, '__complex__');
  if (f === null) return null;
  const r = RT.ext.callBoundDescr(f, o, [], 0, 0, null);
  if (r.ob_type === T.complex) return r;
  if (!(r instanceof ComplexObject)) {
    const n = r.ob_type.tp_name;
    decref(r);
    raise(E.TypeError, `__complex__ returned non-complex (type ${n})`);
  }
  return r;
}

/** PyNumber_Float as a value, allocating the temporary float CPython makes (freelist traffic). */
function numberFloatValue(o: PyObject): number {
  if (o.ob_type === T.float) return (o as FloatObject).value;
  let tmp: PyObject;
  if (o instanceof IntObject) tmp = newFloat(intToFloat(o.value));
  else if (o instanceof FloatObject && o.ob_type.nb_float === T.float.nb_float) tmp = newFloat(o.value);
  else return floatValueOf(o);
  const v = (tmp as FloatObject).value;
  decref(tmp);
  return v;
}

/** the int 0 (a static small int; borrowed) */
function ZERO(): PyObject {
  const z = newInt(0);
  decref(z);
  return z;
}

function isNumberLike(o: PyObject): boolean {
  return o.ob_type.nb_float !== null || o.ob_type.nb_index !== null || o instanceof ComplexObject;
}

function complexNew(type: PyType, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  let r: PyObject | null = nargs > 0 ? args[start] : null;
  let i: PyObject | null = nargs > 1 ? args[start + 1] : null;
  if (nargs > 2) raise(E.TypeError, `complex() takes at most 2 arguments (${nargs} given)`);
  const nkw = kwCount(kwnames);
  for (let k = 0; k < nkw; k++) {
    const name = ((kwnames as TupleObject).items[k] as StrObject).value;
    const v = args[start + nargs + k];
    if (name === 'real' && r === null) r = v;
    else if (name === 'imag' && i === null) i = v;
    else if (name === 'real' || name === 'imag') {
      raise(E.TypeError, `argument for complex() given by name ('${name}') and position (${name === 'real' ? 1 : 2})`);
    } else if (RT.profile.version !== '3.13') raise(E.TypeError, `'${name}' is an invalid keyword argument for complex()`);
    else raise(E.TypeError, `complex() got an unexpected keyword argument '${name}'`);
  }
  if (r === null) r = ZERO();
  if (r.ob_type === T.complex && i === null && type === T.complex) return newref(r);
  if (r instanceof StrObject) {
    if (i !== null) raise(E.TypeError, "complex() can't take second arg if first is a string");
    return complexFromString(type, r);
  }
  if (i !== null && i instanceof StrObject) raise(E.TypeError, "complex() second arg can't be a string");
  const ownR = tryComplexSpecial(r);
  if (ownR !== null) r = ownR;
  try {
    if (!isNumberLike(r))
      raise(E.TypeError, `complex() first argument must be a string or a number, not '${r.ob_type.tp_name}'`);
    if (i !== null && !isNumberLike(i))
      raise(E.TypeError, `complex() second argument must be a number, not '${i.ob_type.tp_name}'`);
    let crRe = 0;
    let crIm = 0;
    let crIsComplex = false;
    if (r instanceof ComplexObject) {
      crRe = r.real;
      crIm = r.imag;
      crIsComplex = true;
    } else {
      crRe = numberFloatValue(r);
    }
    let ciRe: number;
    let ciIm = 0;
    let ciIsComplex = false;
    if (i === null) ciRe = crIm;
    else if (i instanceof ComplexObject) {
      ciRe = i.real;
      ciIm = i.imag;
      ciIsComplex = true;
    } else ciRe = numberFloatValue(i);
    if (ciIsComplex) crRe -= ciIm;
    if (crIsComplex && i !== null) ciRe += crIm;
    return newComplexOfType(type, crRe, ciRe);
  } finally {
    if (ownR !== null) decref(ownR);
  }
}

// ------------------------------------------------------------------ type setup

const scratchRe = new PyHash();
const scratchIm = new PyHash();
const scratchOut = new PyHash();

onBootstrap(() => {
  const ct = T.complex;
  ct.tp_dealloc = complexDealloc;
  ct.tp_new = complexNew;
  ct.tp_repr = (o) => newStr(complexReprString((o as ComplexObject).real, (o as ComplexObject).imag));
  ct.tp_hash = (o) => {
    const c = o as ComplexObject;
    hashFloat(c.real, o.addr, scratchRe);
    hashFloat(c.imag, o.addr, scratchIm);
    return hashComplex(scratchRe, scratchIm, scratchOut);
  };
  ct.tp_richcompare = (v, w, op) => {
    if (op !== CMP.EQ && op !== CMP.NE) return newref(NotImplemented);
    const a = v as ComplexObject;
    let equal: boolean;
    if (w instanceof IntObject) {
      if (a.imag === 0) {
        const j = newFloat(a.real);
        try {
          return A.richCompare(j, w, op);
        } finally {
          decref(j);
        }
      }
      equal = false;
    } else if (w instanceof FloatObject) {
      equal = a.real === w.value && a.imag === 0;
    } else if (w instanceof ComplexObject) {
      equal = a.real === w.real && a.imag === w.imag;
    } else return newref(NotImplemented);
    return newBool(equal === (op === CMP.EQ));
  };
  ct.nb_add = binop((a, b) => ({ re: a.re + b.re, im: a.im + b.im }));
  ct.nb_subtract = binop((a, b) => ({ re: a.re - b.re, im: a.im - b.im }));
  ct.nb_multiply = binop(cProd);
  ct.nb_true_divide = binop((a, b) => {
    const q = cQuot(a, b);
    if (q === null) raise(E.ZeroDivisionError, 'complex division by zero');
    return q;
  });
  ct.nb_power = (v, w, z) => {
    const a = toC(v);
    if (a === null) return newref(NotImplemented);
    const b = toC(w);
    if (b === null) return newref(NotImplemented);
    if (z !== None) raise(E.ValueError, 'complex modulo');
    const p = cPowChecked(a, b);
    return newComplex(p.re, p.im);
  };
  ct.nb_negative = (o) => newComplex(-(o as ComplexObject).real, -(o as ComplexObject).imag);
  ct.nb_positive = (o) => (o.ob_type === T.complex ? newref(o) : newComplex((o as ComplexObject).real, (o as ComplexObject).imag));
  ct.nb_absolute = (o) => {
    const c = o as ComplexObject;
    let r: number;
    if (!Number.isFinite(c.real) || !Number.isFinite(c.imag)) {
      if (c.real === Infinity || c.real === -Infinity) r = Math.abs(c.real);
      else if (c.imag === Infinity || c.imag === -Infinity) r = Math.abs(c.imag);
      else r = NaN;
    } else {
      r = hypot(c.real, c.imag);
      if (!Number.isFinite(r)) raise(E.OverflowError, 'absolute value too large');
    }
    return newFloat(r);
  };
  ct.nb_bool = (o) => (o as ComplexObject).real !== 0 || (o as ComplexObject).imag !== 0;

  defineMethods(ct, {
    conjugate: (self, _a, _s, n, kw) => {
      noArgs('complex.conjugate', n, kw);
      return newComplex((self as ComplexObject).real, -(self as ComplexObject).imag);
    },
    __complex__: (self, _a, _s, n, kw) => {
      noArgs('complex.__complex__', n, kw);
      return self.ob_type === T.complex ? newref(self) : newComplex((self as ComplexObject).real, (self as ComplexObject).imag);
    },
    __getnewargs__: (self, _a, _s, n, kw) => {
      noArgs('complex.__getnewargs__', n, kw);
      return newTuple([newFloat((self as ComplexObject).real), newFloat((self as ComplexObject).imag)]);
    },
    __format__: (self, a, s, n, kw) => {
      oneArg('complex.__format__', n, kw);
      const spec = a[s];
      if (!(spec instanceof StrObject)) raise(E.TypeError, `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
      if (spec.value === '') return A.str(self);
      const c = self as ComplexObject;
      return newStr(formatComplex(c.real, c.imag, spec.value, self.ob_type.tp_name));
    },
  });
  // complex_members: read-only T_DOUBLE members (member descriptors, not getsets)
  const members: [string, (c: ComplexObject) => number, string][] = [
    ['real', (c) => c.real, 'the real part of a complex number'],
    ['imag', (c) => c.imag, 'the imaginary part of a complex number'],
  ];
  for (const [name, part, doc] of members) {
    const m = new MemberDescrObject(name, ct, -1, { get: (o) => newFloat(part(o as ComplexObject)), doc });
    makeStatic(m);
    dictSetItem(typeDict(ct), ID(name), m);
  }
  typeModified(ct);

  RT_EXT.newComplex = (re: number, im: number) => newComplex(re, im);
  /** float_pow's delegation to complex_pow for a negative base and a non-integral exponent. */
  RT_EXT.complexPow = (x: number, y: number) => {
    const p = cPowChecked({ re: x, im: 0 }, { re: y, im: 0 });
    return newComplex(p.re, p.im);
  };
});
