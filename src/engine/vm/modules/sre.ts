/**
 * _sre: the C half of CPython's `re` (Modules/_sre/sre.c), natively: the re.Pattern and re.Match types and
 * `compile`. The pattern syntax and the matcher are lib/sre.ts (heapscope's own parser of Python's syntax,
 * not CPython's pattern code); src/engine/stdlib/re.py is the Python half (flags, cache, module functions).
 *
 * Layouts as CPython 3.11-3.13 (measured: __basicsize__ / __itemsize__):
 *   Pattern  96 + 4 per code word (SRE_CODE), GC, weak-referenceable. The code length is _compiler's for the
 *            pattern (lib/sre.ts codeSize), so sys.getsizeof(pattern) is CPython's where that model matches.
 *   Match    88 + 8 per mark (2 * (groups + 1) Py_ssize_t), GC. It holds the string and the pattern; `regs`
 *            is made on first use and cached.
 * finditer returns a callable_iterator (32 bytes, GC) over the pattern's scanner, as CPython's
 * PyCallIter_New(scanner.search) does; the scanner's own state (SRE_STATE) is not modelled as an object.
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, incref, decref, newref, xdecref } from '../../objects/object';
import { None, True, False, NotImplemented } from '../../objects/singletons';
import { T } from '../../objects/types';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr } from '../../objects/str';
import { newBytesFrom, bytesLike } from '../../objects/bytesobject';
import { TupleObject, newTuple, newListFrom, listAppend } from '../../objects/sequences';
import { newInt } from '../../objects/numbers';
import { DictObject, newDict, dictSetItem, dictGetItem } from '../../objects/dict';
import { onBootstrap, defineMethods, defineGetSets } from '../../objects/typeobject';
import { registerWeakrefable } from '../../objects/weakref';
import { callMethod } from '../../objects/core_func';
import { allocObject, freeObject } from '../../memory/heap';
import { NATIVE_MODULES } from '../importer';
import * as A from '../abstract';
import { parseArgs, noArgs } from '../args';
import { nativeType, moduleFn, pyMinor, holdTypeRefs, holdsTypeRef, releaseTypeRef } from './nativetype';
import * as S from '../../lib/sre';

const PATTERN_TYPE = nativeType('re.Pattern', 96, TPFLAGS.HAVE_GC);
const MATCH_TYPE = nativeType('re.Match', 88, TPFLAGS.HAVE_GC);
// heap types (since 3.10): their instances hold a reference to them
holdTypeRefs(PATTERN_TYPE, MATCH_TYPE);
const CALLITER_TYPE = nativeType('callable_iterator', 32, TPFLAGS.HAVE_GC);
PATTERN_TYPE.tp_itemsize = 4;
MATCH_TYPE.tp_itemsize = 8;

/** The subject of a match: its object, its characters (code points or bytes) and how to slice it. */
interface Subject {
  obj: PyObject;
  codes: ArrayLike<number>;
  istext: boolean;
}

class PatternObject extends PyObject {
  pattern: PyObject = None;
  flags = 0;
  groups = 0;
  groupindex: DictObject | null = null;
  /** indexgroup: name per group number (null: unnamed) */
  names: (string | null)[] = [];
  groupMap = new Map<string, number>();
  istext = true;
  codesize = 0;
  prog: S.Program | null = null;
  weakreflist = false;
}

class MatchObject extends PyObject {
  string: PyObject = None;
  regs: PyObject | null = null;
  pattern: PatternObject | null = null;
  pos = 0;
  endpos = 0;
  lastindex = -1;
  marks: Int32Array = new Int32Array(2);
  subject: Subject | null = null;
}

/** callable_iterator over a scanner: the pattern, the subject and the scanning position. */
class ScanIterObject extends PyObject {
  pattern: PatternObject | null = null;
  string: PyObject | null = null;
  subject: Subject | null = null;
  pos = 0;
  endpos = 0;
  mustAdvance = false;
  done = false;
}

// ------------------------------------------------------------------ module state: the re.error class

const errorClasses = new WeakMap<object, PyObject>();

function raiseReError(e: S.ReError, pattern: PyObject | null): never {
  const cls = errorClasses.get(RT);
  if (cls === undefined) raise(E.RuntimeError, 're.error is not set');
  const msg = newStr(e.msg);
  // the compiler's own errors (a lookbehind's width) carry neither the pattern nor a position
  const args: PyObject[] = [msg, e.pos === null ? None : (pattern ?? None), e.pos === null ? None : newInt(e.pos)];
  let exc: PyObject;
  try {
    exc = A.call(cls, args, 0, 3, null);
  } finally {
    decref(args[0]);
    decref(args[2]);
  }
  throw new PyErr(exc);
}

/** Run `f`, turning the library's errors into CPython's exceptions. */
function guard<R>(pattern: PyObject | null, f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof S.ReError) raiseReError(e, pattern);
    if (e instanceof S.ReOtherError) raise(E[e.type], e.msg);
    if (e instanceof RangeError) raise(E.RecursionError, 'maximum recursion depth exceeded in regular expression matching (heapscope limit)');
    throw e;
  }
}

// ------------------------------------------------------------------ subjects

function codePoints(s: string, n: number): ArrayLike<number> {
  const out = new Int32Array(n);
  if (n === s.length) {
    for (let i = 0; i < n; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    out[j++] = c;
  }
  return out;
}

/** getstring: the characters of a str or bytes-like object, with CPython's TypeError otherwise. */
function subjectOf(o: PyObject): Subject {
  if (o instanceof StrObject) return { obj: o, codes: codePoints(o.value, o.cplen), istext: true };
  const b = bytesLike(o);
  if (b !== null) return { obj: o, codes: b, istext: false };
  raise(E.TypeError, `expected string or bytes-like object, got '${o.ob_type.tp_name}'`);
}

function checkSubject(p: PatternObject, subj: Subject): void {
  if (p.istext && !subj.istext) raise(E.TypeError, 'cannot use a string pattern on a bytes-like object');
  if (!p.istext && subj.istext) raise(E.TypeError, 'cannot use a bytes pattern on a string-like object');
}

/** getslice: the subject's characters [a, b) as the subject's kind (the subject itself when whole). */
function getslice(subj: Subject, a: number, b: number): PyObject {
  const o = subj.obj;
  if (subj.istext) {
    const s = o as StrObject;
    if (a === 0 && b === s.cplen && o.ob_type === T.str) return newref(o);
    if (s.cplen === s.value.length) return newStr(s.value.slice(a, b));
    let r = '';
    for (let i = a; i < b; i++) r += String.fromCodePoint(subj.codes[i]);
    return newStr(r);
  }
  const u8 = subj.codes as Uint8Array;
  if (a === 0 && b === u8.length && o.ob_type === T.bytes) return newref(o);
  return newBytesFrom(u8.slice(a, b));
}

function emptyOf(subj: Subject): PyObject {
  return getslice(subj, 0, 0);
}

// ------------------------------------------------------------------ code size (for sys.getsizeof)

/** PyObject_GC_NewVar's request: the struct and the code words, rounded up to a pointer's size. */
function patternSize(p: PatternObject): number {
  return (96 + 4 * p.codesize + 7) & ~7;
}

// ------------------------------------------------------------------ Pattern

/** _sre.compile(pattern, flags): parse, build the matcher, and the Pattern object. */
function compilePattern(pattern: PyObject, flags: number): PatternObject {
  let chars: string[];
  let istext: boolean;
  if (pattern instanceof StrObject) {
    chars = [...pattern.value];
    istext = true;
  } else {
    const b = bytesLike(pattern);
    if (b === null) raise(E.TypeError, 'first argument must be string or compiled pattern');
    chars = Array.from(b, (c) => String.fromCharCode(c));
    istext = false;
  }
  const parsed = guard(pattern, () => S.parse(chars, istext, flags));
  const codesize = S.codeSize(parsed);
  const p = new PatternObject(PATTERN_TYPE);
  p.pattern = newref(pattern);
  p.flags = parsed.flags;
  p.groups = parsed.groups;
  p.istext = istext;
  p.codesize = codesize;
  p.prog = new S.Program(parsed);
  p.groupMap = parsed.groupindex;
  p.names = new Array(parsed.groups + 1).fill(null);
  for (const [name, g] of parsed.groupindex) p.names[g] = name;
  if (holdsTypeRef(PATTERN_TYPE)) incref(PATTERN_TYPE);
  allocObject(p, patternSize(p));
  // _compiler.compile builds the groupindex dict in Python; the Pattern keeps it only when it has names
  if (parsed.groupindex.size > 0) {
    const gi = newDict();
    for (const [name, g] of parsed.groupindex) {
      const k = newStr(name);
      const v = newInt(g);
      dictSetItem(gi, k, v);
      decref(k);
      decref(v);
    }
    p.groupindex = gi;
  }
  RT.gc.track(p);
  return p;
}

function patternDealloc(o: PyObject): void {
  const p = o as PatternObject;
  RT.gc.untrack(o);
  if (p.weakreflist) RT.clearWeakrefs(o);
  const gi = p.groupindex;
  p.groupindex = null;
  xdecref(gi);
  const pat = p.pattern;
  p.pattern = None;
  decref(pat);
  freeObject(o, patternSize(p));
  releaseTypeRef(PATTERN_TYPE);
}

function patternTraverse(o: PyObject, visit: (x: PyObject) => void): void {
  const p = o as PatternObject;
  if (p.groupindex !== null) visit(p.groupindex);
  visit(p.pattern);
}

function patternClear(o: PyObject): void {
  const p = o as PatternObject;
  const gi = p.groupindex;
  p.groupindex = null;
  xdecref(gi);
}

/** re.TEMPLATE's name (removed in 3.13) */
const FLAG_NAMES_TEMPLATE: [string, number][] = [['re.TEMPLATE', S.FLAG_TEMPLATE]];
const FLAG_NAMES: [string, number][] = [
  ['re.IGNORECASE', S.FLAG_IGNORECASE],
  ['re.LOCALE', S.FLAG_LOCALE],
  ['re.MULTILINE', S.FLAG_MULTILINE],
  ['re.DOTALL', S.FLAG_DOTALL],
  ['re.UNICODE', S.FLAG_UNICODE],
  ['re.VERBOSE', S.FLAG_VERBOSE],
  ['re.DEBUG', S.FLAG_DEBUG],
  ['re.ASCII', S.FLAG_ASCII],
];

/** pattern_repr: re.compile(<repr truncated to 200 characters>[, flag names]). */
function patternRepr(o: PyObject): PyObject {
  const p = o as PatternObject;
  const pr = [...A.reprString(p.pattern)].slice(0, 200).join('');
  let flags = p.flags;
  if (p.istext && (flags & (S.FLAG_LOCALE | S.FLAG_UNICODE | S.FLAG_ASCII)) === S.FLAG_UNICODE) flags &= ~S.FLAG_UNICODE;
  if (flags === 0) return newStr(`re.compile(${pr})`);
  const names: string[] = [];
  const table = pyMinor() < 13 ? [...FLAG_NAMES_TEMPLATE, ...FLAG_NAMES] : FLAG_NAMES;
  for (const [name, v] of table) {
    if (flags & v) {
      names.push(name);
      flags &= ~v;
    }
  }
  if (flags) names.push('0x' + flags.toString(16));
  return newStr(`re.compile(${pr}, ${names.join('|')})`);
}

function asIndex(o: PyObject): number {
  const v = A.indexValue(o);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/** state_init's bounds: pos and endpos clamped to [0, len]. */
function bounds(len: number, posO: PyObject | null, endO: PyObject | null): [number, number] {
  let pos = posO === null ? 0 : asIndex(posO);
  let end = endO === null ? len : asIndex(endO);
  if (pos < 0) pos = 0;
  else if (pos > len) pos = len;
  if (end < 0) end = 0;
  else if (end > len) end = len;
  return [pos, end];
}

/** Prepare the pattern's matcher for `subj` in [.., end). */
function prepare(p: PatternObject, subj: Subject, end: number): S.Program {
  const prog = p.prog!;
  prog.st.s = subj.codes;
  prog.st.end = end;
  prog.st.matchAll = false;
  prog.st.mustAdvance = false;
  return prog;
}

function run<R>(p: PatternObject, f: () => R): R {
  return guard(p.pattern, f);
}

/** pattern_new_match: a Match from the matcher's state (new reference). */
function newMatch(p: PatternObject, subj: Subject, pos: number, endpos: number): MatchObject {
  const st = p.prog!.st;
  const m = new MatchObject(MATCH_TYPE);
  m.string = newref(subj.obj);
  m.pattern = newref(p);
  m.pos = pos;
  m.endpos = endpos;
  m.marks = st.marks.slice();
  m.lastindex = st.lastindex;
  m.subject = subj;
  if (holdsTypeRef(MATCH_TYPE)) incref(MATCH_TYPE);
  allocObject(m, matchSize(p.groups));
  RT.gc.track(m);
  return m;
}

function matchSize(groups: number): number {
  return 88 + 8 * 2 * (groups + 1);
}

type Mode = 'match' | 'fullmatch' | 'search';

function doMatch(p: PatternObject, name: Mode, args: PyObject[], start: number, nargs: number, kw: PyObject | null): PyObject {
  const [strO, posO, endO] = parseArgs(name, args, start, nargs, kw, ['string', 'pos?', 'endpos?']);
  const subj = subjectOf(strO!);
  checkSubject(p, subj);
  const [pos, end] = bounds(subj.codes.length, posO, endO);
  if (pos > end) return newref(None);
  const found = run(p, () => {
    const prog = prepare(p, subj, end);
    if (name === 'search') return prog.search(pos);
    prog.st.matchAll = name === 'fullmatch';
    return prog.matchAt(pos);
  });
  if (!found) return newref(None);
  return newMatch(p, subj, pos, end);
}

/**
 * The scanning loop of findall / finditer / sub / split: each match after the previous one's end; after an
 * empty match the next may not be empty at the same position (SRE_STATE.must_advance).
 */
function scan(p: PatternObject, subj: Subject, pos: number, end: number, each: () => boolean): void {
  let mustAdvance = false;
  while (pos <= end) {
    const found = run(p, () => {
      const prog = prepare(p, subj, end);
      prog.st.mustAdvance = mustAdvance;
      return prog.search(pos);
    });
    if (!found) return;
    const st = p.prog!.st;
    const b = st.marks[0];
    const e = st.marks[1];
    if (!each()) return;
    mustAdvance = e === b;
    pos = e;
  }
}

/** A group's value for findall / split: the slice, or `dflt` when it did not take part. */
function groupValue(subj: Subject, marks: Int32Array, g: number, dflt: PyObject | null): PyObject {
  const a = marks[2 * g];
  const b = marks[2 * g + 1];
  if (a < 0 || b < 0) return dflt === null ? emptyOf(subj) : newref(dflt);
  return getslice(subj, a, b);
}

function findall(p: PatternObject, args: PyObject[], start: number, nargs: number, kw: PyObject | null): PyObject {
  const [strO, posO, endO] = parseArgs('findall', args, start, nargs, kw, ['string', 'pos?', 'endpos?']);
  const subj = subjectOf(strO!);
  checkSubject(p, subj);
  const [pos, end] = bounds(subj.codes.length, posO, endO);
  const list = newListFrom([]);
  try {
    scan(p, subj, pos, end, () => {
      const marks = p.prog!.st.marks;
      let item: PyObject;
      if (p.groups === 0) item = getslice(subj, marks[0], marks[1]);
      else if (p.groups === 1) item = groupValue(subj, marks, 1, null);
      else {
        const items: PyObject[] = [];
        for (let g = 1; g <= p.groups; g++) items.push(groupValue(subj, marks, g, null));
        item = newTuple(items);
      }
      listAppend(list, item);
      return true;
    });
  } catch (e) {
    decref(list);
    throw e;
  }
  return list;
}

function split(p: PatternObject, args: PyObject[], start: number, nargs: number, kw: PyObject | null): PyObject {
  const [strO, maxO] = parseArgs('split', args, start, nargs, kw, ['string', 'maxsplit?']);
  const subj = subjectOf(strO!);
  checkSubject(p, subj);
  const maxsplit = maxO === null ? 0 : asIndex(maxO);
  const len = subj.codes.length;
  const list = newListFrom([]);
  let last = 0;
  let n = 0;
  try {
    scan(p, subj, 0, len, () => {
      // (pattern_split: a negative maxsplit splits nothing)
      if (maxsplit !== 0 && n >= maxsplit) return false;
      const marks = p.prog!.st.marks;
      listAppend(list, getslice(subj, last, marks[0]));
      for (let g = 1; g <= p.groups; g++) listAppend(list, groupValue(subj, marks, g, None));
      n++;
      last = marks[1];
      return true;
    });
    listAppend(list, getslice(subj, last, len));
  } catch (e) {
    decref(list);
    throw e;
  }
  return list;
}

/** _compile_template / literal check: a callable, a literal replacement, or a parsed template. */
type Repl = { kind: 'call'; fn: PyObject } | { kind: 'literal'; value: PyObject } | { kind: 'template'; t: S.Template };

function templateChars(o: PyObject, istext: boolean): string[] | null {
  if (o instanceof StrObject) return istext ? [...o.value] : null;
  const b = bytesLike(o);
  if (b !== null && !istext) return Array.from(b, (c) => String.fromCharCode(c));
  return null;
}

function compileRepl(p: PatternObject, repl: PyObject): Repl {
  if (A.callable(repl)) return { kind: 'call', fn: repl };
  const chars = templateChars(repl, p.istext);
  if (chars === null) {
    // parse_template decodes a non-str template as latin-1; a str / bytes of the other kind fails in the join
    if (!(repl instanceof StrObject) && bytesLike(repl) === null) {
      raise(E.TypeError, `decoding to str: need a bytes-like object, ${repl.ob_type.tp_name} found`);
    }
    return { kind: 'literal', value: repl };
  }
  if (!chars.includes('\\')) return { kind: 'literal', value: repl };
  const t = guard(repl, () => S.parseTemplate(chars, p.istext, p.groups, p.groupMap));
  if (t.groups.length === 0 && t.literals.length === 1) {
    return { kind: 'literal', value: p.istext ? newStr(t.literals[0]!) : newBytesFrom(Uint8Array.from(t.literals[0]!, (c) => c.charCodeAt(0))) };
  }
  return { kind: 'template', t };
}

/** expand_template: the pieces of a template for the matcher's current marks, joined. */
function expandTemplate(t: S.Template, subj: Subject, marks: Int32Array, istext: boolean): PyObject {
  const parts: PyObject[] = [];
  const lit = (s: string): PyObject => (istext ? newStr(s) : newBytesFrom(Uint8Array.from(s, (c) => c.charCodeAt(0))));
  let gi = 0;
  for (let i = 0; i < t.literals.length; i++) {
    const l = t.literals[i];
    if (l !== null) parts.push(lit(l));
    else {
      const g = t.groups[gi++][1];
      parts.push(groupValue(subj, marks, g, null));
    }
  }
  const list = newListFrom(parts);
  const empty = emptyOf(subj);
  try {
    return callMethod(empty, 'join', [list]);
  } finally {
    decref(empty);
    decref(list);
  }
}

function subx(p: PatternObject, name: string, args: PyObject[], start: number, nargs: number, kw: PyObject | null, withCount: boolean): PyObject {
  const [replO, strO, countO] = parseArgs(name, args, start, nargs, kw, ['repl', 'string', 'count?']);
  const subj = subjectOf(strO!);
  checkSubject(p, subj);
  const count = countO === null ? 0 : asIndex(countO);
  const repl = compileRepl(p, replO!);
  const len = subj.codes.length;
  const pieces: PyObject[] = [];
  let last = 0;
  let n = 0;
  try {
    scan(p, subj, 0, len, () => {
      // (pattern_subx: a negative count replaces nothing)
      if (count !== 0 && n >= count) return false;
      const st = p.prog!.st;
      const b = st.marks[0];
      const e = st.marks[1];
      if (last < b) pieces.push(getslice(subj, last, b));
      if (repl.kind === 'literal') pieces.push(newref(repl.value));
      else if (repl.kind === 'template') pieces.push(expandTemplate(repl.t, subj, st.marks, p.istext));
      else {
        const m = newMatch(p, subj, 0, len);
        let r: PyObject;
        try {
          r = A.call(repl.fn, [m], 0, 1, null);
        } finally {
          decref(m);
        }
        if (r === None) decref(r);
        else pieces.push(r);
      }
      n++;
      last = e;
      return true;
    });
  } catch (e) {
    for (const x of pieces) decref(x);
    if (repl.kind === 'literal' && repl.value !== replO) decref(repl.value);
    throw e;
  }
  if (repl.kind === 'literal' && repl.value !== replO) decref(repl.value);
  let result: PyObject;
  if (n === 0 && (strO!.ob_type === T.str || strO!.ob_type === T.bytes)) {
    result = newref(strO!);
  } else {
    if (last < len) pieces.push(getslice(subj, last, len));
    const list = newListFrom(pieces);
    const empty = emptyOf(subj);
    try {
      result = callMethod(empty, 'join', [list]);
    } finally {
      decref(empty);
      decref(list);
    }
  }
  if (!withCount) return result;
  const cnt = newInt(n);
  return newTuple([result, cnt]);
}

function finditer(p: PatternObject, args: PyObject[], start: number, nargs: number, kw: PyObject | null): PyObject {
  const [strO, posO, endO] = parseArgs('finditer', args, start, nargs, kw, ['string', 'pos?', 'endpos?']);
  const subj = subjectOf(strO!);
  checkSubject(p, subj);
  const [pos, end] = bounds(subj.codes.length, posO, endO);
  const it = new ScanIterObject(CALLITER_TYPE);
  it.pattern = newref(p);
  it.string = newref(strO!);
  it.subject = subj;
  it.pos = pos;
  it.endpos = end;
  it.done = pos > end;
  allocObject(it, CALLITER_TYPE.tp_basicsize);
  RT.gc.track(it);
  return it;
}

function scanNext(o: PyObject): PyObject | null {
  const it = o as ScanIterObject;
  if (it.done || it.pattern === null) return null;
  const p = it.pattern;
  const subj = it.subject!;
  const found = run(p, () => {
    const prog = prepare(p, subj, it.endpos);
    prog.st.mustAdvance = it.mustAdvance;
    return prog.search(it.pos);
  });
  if (!found) {
    it.done = true;
    return null;
  }
  const m = newMatch(p, subj, it.pos, it.endpos);
  it.mustAdvance = m.marks[0] === m.marks[1];
  it.pos = m.marks[1];
  // callable_iterator keeps the scanner's position past endpos from searching again
  if (it.pos > it.endpos) it.done = true;
  return m;
}

function scanDealloc(o: PyObject): void {
  const it = o as ScanIterObject;
  RT.gc.untrack(o);
  const p = it.pattern;
  const s = it.string;
  it.pattern = null;
  it.string = null;
  xdecref(p);
  xdecref(s);
  freeObject(o, CALLITER_TYPE.tp_basicsize);
}

// ------------------------------------------------------------------ Match

/** match_getindex: a group number from an int or a group name; IndexError "no such group". */
function groupIndex(m: MatchObject, o: PyObject): number {
  const p = m.pattern!;
  if (o.ob_type.nb_index !== null) {
    const v = A.indexValue(o);
    if (typeof v === 'bigint' || v < 0 || v > p.groups) raise(E.IndexError, 'no such group');
    return v;
  }
  if (o instanceof StrObject) {
    const g = p.groupMap.get(o.value);
    if (g !== undefined) return g;
  } else if (p.groupindex !== null) {
    const v = dictGetItem(p.groupindex, o);
    if (v !== null) return Number(A.indexValue(v));
  }
  raise(E.IndexError, 'no such group');
}

function matchGroup(m: MatchObject, g: number, dflt: PyObject): PyObject {
  const a = m.marks[2 * g];
  const b = m.marks[2 * g + 1];
  if (a < 0 || b < 0) return newref(dflt);
  return getslice(m.subject!, a, b);
}

function matchDealloc(o: PyObject): void {
  const m = o as MatchObject;
  RT.gc.untrack(o);
  const regs = m.regs;
  const s = m.string;
  const p = m.pattern;
  m.regs = null;
  m.string = None;
  m.pattern = null;
  xdecref(regs);
  decref(s);
  xdecref(p);
  freeObject(o, matchSize(p === null ? 0 : p.groups));
  releaseTypeRef(MATCH_TYPE);
}

function matchTraverse(o: PyObject, visit: (x: PyObject) => void): void {
  const m = o as MatchObject;
  if (m.regs !== null) visit(m.regs);
  visit(m.string);
  if (m.pattern !== null) visit(m.pattern);
}

function matchRepr(o: PyObject): PyObject {
  const m = o as MatchObject;
  const g0 = matchGroup(m, 0, None);
  try {
    // match_repr's "%.50R": the repr cut to 50 characters
    const r = [...A.reprString(g0)].slice(0, 50).join('');
    return newStr(`<re.Match object; span=(${m.marks[0]}, ${m.marks[1]}), match=${r}>`);
  } finally {
    decref(g0);
  }
}

/** _PyArg_NoKeywords for the Match methods that take positional arguments only. */
function noKw(name: string, kw: PyObject | null): void {
  if (kw !== null && (kw as TupleObject).items.length) raise(E.TypeError, `Match.${name}() takes no keyword arguments`);
}

function spanTuple(a: number, b: number): PyObject {
  return newTuple([newInt(a), newInt(b)]);
}

function matchMethods(): void {
  defineMethods(MATCH_TYPE, {
    __sizeof__: (self, _a, _s, n, kw) => {
      noArgs('__sizeof__', n, kw);
      return newInt(matchSize((self as MatchObject).pattern!.groups));
    },
    group: (self, a, s, n, kw) => {
      const m = self as MatchObject;
      noKw('group', kw);
      if (n === 0) return matchGroup(m, 0, None);
      if (n === 1) return matchGroup(m, groupIndex(m, a[s]), None);
      const items: PyObject[] = [];
      try {
        for (let i = 0; i < n; i++) items.push(matchGroup(m, groupIndex(m, a[s + i]), None));
      } catch (e) {
        for (const x of items) decref(x);
        throw e;
      }
      return newTuple(items);
    },
    groups: (self, a, s, n, kw) => {
      const m = self as MatchObject;
      const [d] = parseArgs('groups', a, s, n, kw, ['default?']);
      const items: PyObject[] = [];
      for (let g = 1; g <= m.pattern!.groups; g++) items.push(matchGroup(m, g, d ?? None));
      return newTuple(items);
    },
    groupdict: (self, a, s, n, kw) => {
      const m = self as MatchObject;
      const [d] = parseArgs('groupdict', a, s, n, kw, ['default?']);
      const out = newDict();
      for (const [name, g] of m.pattern!.groupMap) {
        const k = newStr(name);
        const v = matchGroup(m, g, d ?? None);
        dictSetItem(out, k, v);
        decref(k);
        decref(v);
      }
      return out;
    },
    start: (self, a, s, n, kw) => {
      const m = self as MatchObject;
      noKw('start', kw);
      if (n > 1) raise(E.TypeError, `start expected at most 1 argument, got ${n}`);
      const g = n === 0 ? 0 : groupIndex(m, a[s]);
      return newInt(m.marks[2 * g] < 0 || m.marks[2 * g + 1] < 0 ? -1 : m.marks[2 * g]);
    },
    end: (self, a, s, n, kw) => {
      const m = self as MatchObject;
      noKw('end', kw);
      if (n > 1) raise(E.TypeError, `end expected at most 1 argument, got ${n}`);
      const g = n === 0 ? 0 : groupIndex(m, a[s]);
      return newInt(m.marks[2 * g] < 0 || m.marks[2 * g + 1] < 0 ? -1 : m.marks[2 * g + 1]);
    },
    span: (self, a, s, n, kw) => {
      const m = self as MatchObject;
      noKw('span', kw);
      if (n > 1) raise(E.TypeError, `span expected at most 1 argument, got ${n}`);
      const g = n === 0 ? 0 : groupIndex(m, a[s]);
      if (m.marks[2 * g] < 0 || m.marks[2 * g + 1] < 0) return spanTuple(-1, -1);
      return spanTuple(m.marks[2 * g], m.marks[2 * g + 1]);
    },
    expand: (self, a, s, n, kw) => {
      const m = self as MatchObject;
      const [tO] = parseArgs('expand', a, s, n, kw, ['template']);
      const p = m.pattern!;
      const chars = templateChars(tO!, p.istext);
      if (chars === null) raise(E.TypeError, `expected ${p.istext ? 'str' : 'a bytes-like object'}, ${tO!.ob_type.tp_name} found`);
      const t = guard(tO!, () => S.parseTemplate(chars, p.istext, p.groups, p.groupMap));
      return expandTemplate(t, m.subject!, m.marks, p.istext);
    },
    __copy__: (self, _a, _s, n, kw) => {
      noArgs('__copy__', n, kw);
      return newref(self);
    },
    __deepcopy__: (self) => newref(self),
    __class_getitem__: { kind: 'class', fn: classGetItem },
  });
  defineGetSets(MATCH_TYPE, {
    string: { get: (o) => newref((o as MatchObject).string) },
    re: { get: (o) => newref((o as MatchObject).pattern!) },
    pos: { get: (o) => newInt((o as MatchObject).pos) },
    endpos: { get: (o) => newInt((o as MatchObject).endpos) },
    lastindex: { get: (o) => ((o as MatchObject).lastindex >= 0 ? newInt((o as MatchObject).lastindex) : newref(None)) },
    lastgroup: {
      get: (o) => {
        const m = o as MatchObject;
        const name = m.lastindex >= 0 ? m.pattern!.names[m.lastindex] : null;
        return name === null ? newref(None) : newStr(name);
      },
    },
    regs: {
      get: (o) => {
        const m = o as MatchObject;
        if (m.regs === null) {
          const items: PyObject[] = [];
          for (let g = 0; g <= m.pattern!.groups; g++) items.push(spanTuple(m.marks[2 * g], m.marks[2 * g + 1]));
          m.regs = newTuple(items);
        }
        return newref(m.regs);
      },
    },
  });
}

function patternMethods(): void {
  const P = (o: PyObject) => o as PatternObject;
  defineMethods(PATTERN_TYPE, {
    __sizeof__: (self, _a, _s, n, kw) => {
      noArgs('__sizeof__', n, kw);
      return newInt(96 + 4 * P(self).codesize);
    },
    match: (self, a, s, n, kw) => doMatch(P(self), 'match', a, s, n, kw),
    fullmatch: (self, a, s, n, kw) => doMatch(P(self), 'fullmatch', a, s, n, kw),
    search: (self, a, s, n, kw) => doMatch(P(self), 'search', a, s, n, kw),
    findall: (self, a, s, n, kw) => findall(P(self), a, s, n, kw),
    finditer: (self, a, s, n, kw) => finditer(P(self), a, s, n, kw),
    split: (self, a, s, n, kw) => split(P(self), a, s, n, kw),
    sub: (self, a, s, n, kw) => subx(P(self), 'sub', a, s, n, kw, false),
    subn: (self, a, s, n, kw) => subx(P(self), 'subn', a, s, n, kw, true),
    __copy__: (self, _a, _s, n, kw) => {
      noArgs('__copy__', n, kw);
      return newref(self);
    },
    __deepcopy__: (self) => newref(self),
    __class_getitem__: { kind: 'class', fn: classGetItem },
  });
  defineGetSets(PATTERN_TYPE, {
    pattern: { get: (o) => newref(P(o).pattern) },
    flags: { get: (o) => newInt(P(o).flags) },
    groups: { get: (o) => newInt(P(o).groups) },
    groupindex: {
      get: (o) => {
        // pattern_groupindex: a proxy of the names, or a new empty dict when there are none
        const gi = P(o).groupindex;
        return gi !== null ? (RT.ext.newMappingProxy(gi) as PyObject) : newDict();
      },
    },
  });
}

onBootstrap(() => {
  PATTERN_TYPE.tp_dealloc = patternDealloc;
  PATTERN_TYPE.tp_traverse = patternTraverse;
  PATTERN_TYPE.tp_clear = patternClear;
  PATTERN_TYPE.tp_repr = patternRepr;
  PATTERN_TYPE.tp_hash = (o) => A.hash(P0(o).pattern);
  PATTERN_TYPE.tp_richcompare = (a, b, op) => {
    if (op !== 2 && op !== 3) return newref(NotImplemented);
    if (!(b instanceof PatternObject)) return newref(NotImplemented);
    const pa = a as PatternObject;
    const eq = pa === b || (pa.flags === b.flags && pa.istext === b.istext && pa.codesize === b.codesize && A.richCompareBool(pa.pattern, b.pattern, 2));
    return newref(eq === (op === 2) ? True : False);
  };
  registerWeakrefable(PATTERN_TYPE);
  patternMethods();
  MATCH_TYPE.tp_dealloc = matchDealloc;
  MATCH_TYPE.tp_traverse = matchTraverse;
  MATCH_TYPE.tp_repr = matchRepr;
  MATCH_TYPE.mp_subscript = (o, k) => {
    const m = o as MatchObject;
    return matchGroup(m, groupIndex(m, k), None);
  };
  matchMethods();
  CALLITER_TYPE.tp_dealloc = scanDealloc;
  CALLITER_TYPE.tp_traverse = (o, visit) => {
    const it = o as ScanIterObject;
    if (it.pattern !== null) visit(it.pattern);
    if (it.string !== null) visit(it.string);
  };
  CALLITER_TYPE.tp_iter = (o) => newref(o);
  CALLITER_TYPE.tp_iternext = scanNext;
});

/** __class_getitem__ (Py_GenericAlias), through the service the typing owner installs. */
function classGetItem(cls: PyObject, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  if (n !== 1 || (kw !== null && (kw as TupleObject).items.length)) raise(E.TypeError, `__class_getitem__ expected 1 argument, got ${n}`);
  const ga = RT.ext.genericAlias as ((origin: PyObject, args: PyObject) => PyObject) | undefined;
  if (typeof ga !== 'function') raise(E.TypeError, `type '${(cls as PyType).tp_name}' is not subscriptable`);
  return ga(cls, a[s]);
}

function P0(o: PyObject): PatternObject {
  return o as PatternObject;
}

NATIVE_MODULES._sre = () => {
  const m = RT.ext.newModule('_sre');
  moduleFn(m, 'compile', (_self, a, s, n, kw) => {
    const [pat, fl] = parseArgs('compile', a, s, n, kw, ['pattern', 'flags']);
    return compilePattern(pat!, Number(A.indexValue(fl!)));
  });
  moduleFn(m, '_set_error', (_self, a, s, n, kw) => {
    const [cls] = parseArgs('_set_error', a, s, n, kw, ['cls']);
    // the module state owns the class (as _sre's state would); the map keeps it borrowed
    errorClasses.set(RT, cls!);
    RT.moduleStateRefs.push(newref(cls!));
    return newref(None);
  });
  const d = m.dict as DictObject;
  const set = (name: string, v: PyObject) => {
    const k = newStr(name);
    dictSetItem(d, k, v);
    decref(k);
    decref(v);
  };
  set('MAXREPEAT', newInt(S.MAXREPEAT));
  set('MAXGROUPS', newInt(S.MAXGROUPS));
  incref(PATTERN_TYPE);
  set('Pattern', PATTERN_TYPE);
  incref(MATCH_TYPE);
  set('Match', MATCH_TYPE);
  return m;
};

