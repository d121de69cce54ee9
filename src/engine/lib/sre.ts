/**
 * Regular expressions with the semantics of CPython's `re` (Lib/re/_parser.py + Modules/_sre): a parser of
 * Python's pattern syntax that reports CPython's error messages and positions, and a backtracking matcher
 * over code points (leftmost match, greedy / lazy / possessive repeats, atomic groups, backreferences,
 * lookarounds, conditionals, scoped flags). Pure: no engine objects; vm/modules/sre.ts wraps it.
 *
 * Positions are code-point indices (a Python str's indices); a bytes pattern or subject is a sequence of
 * byte values. The matcher runs on an array of code points.
 */
import { isAlnumCp, isDecimalCp, isSpaceCp, toLowerFull, toUpperFull, lookupUnicodeName } from './unicode';
import { isidentifier } from './pystr';

export const FLAG_TEMPLATE = 1;
export const FLAG_IGNORECASE = 2;
export const FLAG_LOCALE = 4;
export const FLAG_MULTILINE = 8;
export const FLAG_DOTALL = 16;
export const FLAG_UNICODE = 32;
export const FLAG_VERBOSE = 64;
export const FLAG_DEBUG = 128;
export const FLAG_ASCII = 256;
const TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE;

export const MAXREPEAT = 4294967295;
export const MAXGROUPS = 1073741823;

/** re.error(msg, pattern, pos): pos null when CPython passes none. */
export class ReError {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {}
}
/** An error CPython raises as another exception type while parsing (OverflowError, ValueError). */
export class ReOtherError {
  constructor(
    readonly type: 'OverflowError' | 'ValueError' | 'IndexError',
    readonly msg: string,
  ) {}
}

// ------------------------------------------------------------------ parse tree (sre_parse's opcodes)

export const enum Cat {
  DIGIT,
  NOT_DIGIT,
  SPACE,
  NOT_SPACE,
  WORD,
  NOT_WORD,
}
export type SetItem = { k: 'lit'; c: number } | { k: 'range'; lo: number; hi: number } | { k: 'cat'; cat: Cat };
export type At = 'bol' | 'eol' | 'bos' | 'eos' | 'b' | 'B';

export type Node =
  | { t: 'lit'; c: number }
  | { t: 'nlit'; c: number }
  | { t: 'any' }
  | { t: 'in'; neg: boolean; items: SetItem[] }
  | { t: 'at'; at: At }
  | { t: 'branch'; alts: Node[][] }
  | { t: 'repeat'; min: number; max: number; kind: 0 | 1 | 2; item: Node[] }
  | { t: 'group'; g: number | null; add: number; del: number; body: Node[] }
  | { t: 'atomic'; body: Node[] }
  | { t: 'assert'; dir: 1 | -1; neg: boolean; body: Node[] }
  | { t: 'ref'; g: number }
  | { t: 'refexists'; g: number; yes: Node[]; no: Node[] | null };

export interface Parsed {
  nodes: Node[];
  flags: number;
  groups: number;
  groupindex: Map<string, number>;
  /** (min, max) width of each closed group (State.groupwidths), for lookbehinds that refer to one */
  groupwidths: ([number, number] | null)[];
}

const DIGITS = '0123456789';
const OCTDIGITS = '01234567';
const HEXDIGITS = '0123456789abcdefABCDEF';
const ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const WHITESPACE = ' \t\n\r\v\f';
const SPECIAL_CHARS = '.\\[{()*+?^$|';
const REPEAT_CHARS = '*+?{';
const FLAGS: Record<string, number> = {
  i: FLAG_IGNORECASE,
  L: FLAG_LOCALE,
  m: FLAG_MULTILINE,
  s: FLAG_DOTALL,
  x: FLAG_VERBOSE,
  a: FLAG_ASCII,
  t: FLAG_TEMPLATE,
  u: FLAG_UNICODE,
};
const ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
const CAT_ESC: Record<string, Cat> = { d: Cat.DIGIT, D: Cat.NOT_DIGIT, s: Cat.SPACE, S: Cat.NOT_SPACE, w: Cat.WORD, W: Cat.NOT_WORD };
const AT_ESC: Record<string, At> = { A: 'bos', b: 'b', B: 'B', Z: 'eos' };

function isIdentifier(s: string): boolean {
  return isidentifier(s);
}

/** sre_parse.Tokenizer over the pattern's characters (code points; bytes decoded as latin-1). */
class Tokenizer {
  index = 0;
  next: string | null = null;
  constructor(
    readonly chars: string[],
    readonly istext: boolean,
  ) {
    this.advance();
  }
  private advance(): void {
    let index = this.index;
    if (index >= this.chars.length) {
      this.next = null;
      return;
    }
    let ch = this.chars[index];
    if (ch === '\\') {
      index++;
      if (index >= this.chars.length) throw new ReError('bad escape (end of pattern)', this.chars.length - 1);
      ch += this.chars[index];
    }
    this.index = index + 1;
    this.next = ch;
  }
  match(ch: string): boolean {
    if (ch === this.next) {
      this.advance();
      return true;
    }
    return false;
  }
  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }
  getwhile(n: number, set: string): string {
    let r = '';
    for (let i = 0; i < n; i++) {
      const c = this.next;
      if (c === null || c.length !== 1 || !set.includes(c)) break;
      r += c;
      this.advance();
    }
    return r;
  }
  getuntil(terminator: string, name: string): string {
    let r = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!r) throw this.error('missing ' + name);
        throw this.error(`missing ${terminator}, unterminated name`, cpLen(r));
      }
      if (c === terminator) {
        if (!r) throw this.error('missing ' + name, 1);
        break;
      }
      r += c;
    }
    return r;
  }
  tell(): number {
    return this.index - (this.next === null ? 0 : this.next.length === 1 ? 1 : [...this.next].length);
  }
  seek(index: number): void {
    this.index = index;
    this.advance();
  }
  error(msg: string, offset = 0): ReError {
    if (!this.istext) msg = asciiBackslash(msg);
    return new ReError(msg, this.tell() - offset);
  }
  checkgroupname(name: string, offset: number): void {
    if (!isIdentifier(name) || (!this.istext && /[\u0080-\uffff]/.test(name)))
      throw this.error(`bad character in group name ${pyStrRepr(name)}`, cpLen(name) + offset);
  }
}

function cpLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function asciiBackslash(s: string): string {
  let r = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    r += c < 128 ? ch : c < 256 ? '\\x' + c.toString(16).padStart(2, '0') : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
  }
  return r;
}

/** repr() of a str (for messages like "unknown group name 'x'"). */
export function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let r = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') r += '\\' + ch;
    else if (ch === '\n') r += '\\n';
    else if (ch === '\r') r += '\\r';
    else if (ch === '\t') r += '\\t';
    else if (c < 32 || c === 127) r += '\\x' + c.toString(16).padStart(2, '0');
    else r += ch;
  }
  return r + q;
}

class State {
  flags = 0;
  groupdict = new Map<string, number>();
  groupwidths: ([number, number] | null)[] = [null];
  lookbehindgroups: number | null = null;
  grouprefpos = new Map<number, number>();
  get groups(): number {
    return this.groupwidths.length;
  }
  opengroup(name: string | null): number {
    const gid = this.groups;
    this.groupwidths.push(null);
    if (this.groups > MAXGROUPS) throw new ReError('too many groups', null);
    if (name !== null) {
      const ogid = this.groupdict.get(name);
      if (ogid !== undefined) throw new ReError(`redefinition of group name ${pyStrRepr(name)} as group ${gid}; was group ${ogid}`, null);
      this.groupdict.set(name, gid);
    }
    return gid;
  }
  checkgroup(gid: number): boolean {
    return gid < this.groups && this.groupwidths[gid] !== null;
  }
  checklookbehindgroup(gid: number, source: Tokenizer): void {
    if (this.lookbehindgroups !== null) {
      if (!this.checkgroup(gid)) throw source.error('cannot refer to an open group');
      if (gid >= this.lookbehindgroups) throw source.error('cannot refer to group defined in the same lookbehind subpattern');
    }
  }
}

/** SubPattern.getwidth: (min, max) of a sequence. */
export function getwidth(nodes: Node[], st: { groupwidths: ([number, number] | null)[] }): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const n of nodes) {
    switch (n.t) {
      case 'branch': {
        let i = MAXREPEAT - 1;
        let j = 0;
        for (const a of n.alts) {
          const [l, h] = getwidth(a, st);
          i = Math.min(i, l);
          j = Math.max(j, h);
        }
        lo += i;
        hi += j;
        break;
      }
      case 'atomic':
      case 'group': {
        const [i, j] = getwidth(n.body, st);
        lo += i;
        hi += j;
        break;
      }
      case 'repeat': {
        const [i, j] = getwidth(n.item, st);
        lo += i * n.min;
        hi += j * n.max;
        break;
      }
      case 'lit':
      case 'nlit':
      case 'any':
      case 'in':
        lo++;
        hi++;
        break;
      case 'ref': {
        const w = st.groupwidths[n.g] ?? [0, 0];
        lo += w[0];
        hi += w[1];
        break;
      }
      case 'refexists': {
        let [i, j] = getwidth(n.yes, st);
        if (n.no !== null) {
          const [l, h] = getwidth(n.no, st);
          i = Math.min(i, l);
          j = Math.max(j, h);
        } else i = 0;
        lo += i;
        hi += j;
        break;
      }
      default:
        break;
    }
  }
  return [Math.min(lo, MAXREPEAT - 1), Math.min(hi, MAXREPEAT)];
}

function classEscape(source: Tokenizer, escape: string): SetItem {
  const c = escape.slice(1);
  if (c in ESCAPES) return { k: 'lit', c: ESCAPES[c] };
  if (c in CAT_ESC) return { k: 'cat', cat: CAT_ESC[c] };
  const lit = numericEscape(source, escape, c);
  if (lit !== null) return { k: 'lit', c: lit };
  if (OCTDIGITS.includes(c)) {
    escape += source.getwhile(2, OCTDIGITS);
    const v = parseInt(escape.slice(1), 8);
    if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, cpLen(escape));
    return { k: 'lit', c: v };
  }
  if (!DIGITS.includes(c) && cpLen(escape) === 2 && !ASCIILETTERS.includes(c)) return { k: 'lit', c: c.codePointAt(0)! };
  throw source.error(`bad escape ${escape}`, cpLen(escape));
}

/** \x \u \U \N escapes (shared by _escape and _class_escape); null when `c` is not one of them. */
function numericEscape(source: Tokenizer, escape: string, c: string): number | null {
  if (c === 'x') {
    escape += source.getwhile(2, HEXDIGITS);
    if (escape.length !== 4) throw source.error(`incomplete escape ${escape}`, escape.length);
    return parseInt(escape.slice(2), 16);
  }
  if (c === 'u' && source.istext) {
    escape += source.getwhile(4, HEXDIGITS);
    if (escape.length !== 6) throw source.error(`incomplete escape ${escape}`, escape.length);
    return parseInt(escape.slice(2), 16);
  }
  if (c === 'U' && source.istext) {
    escape += source.getwhile(8, HEXDIGITS);
    if (escape.length !== 10) throw source.error(`incomplete escape ${escape}`, escape.length);
    const v = parseInt(escape.slice(2), 16);
    if (v > 0x10ffff) throw source.error(`bad escape ${escape}`, escape.length);
    return v;
  }
  if (c === 'N' && source.istext) {
    if (!source.match('{')) throw source.error('missing {');
    const name = source.getuntil('}', 'character name');
    const v = lookupUnicodeName(name);
    if (v === undefined) throw source.error(`undefined character name ${pyStrRepr(name)}`, cpLen(name) + 4);
    return v;
  }
  return null;
}

function escapeItem(source: Tokenizer, escape: string, state: State): Node {
  const c = escape.slice(1);
  if (c in AT_ESC) return { t: 'at', at: AT_ESC[c] };
  if (c in CAT_ESC) return { t: 'in', neg: false, items: [{ k: 'cat', cat: CAT_ESC[c] }] };
  if (c in ESCAPES) return { t: 'lit', c: ESCAPES[c] };
  const lit = numericEscape(source, escape, c);
  if (lit !== null) return { t: 'lit', c: lit };
  if (c === '0') {
    escape += source.getwhile(2, OCTDIGITS);
    return { t: 'lit', c: parseInt(escape.slice(1), 8) };
  }
  if (DIGITS.includes(c)) {
    if (source.next !== null && source.next.length === 1 && DIGITS.includes(source.next)) {
      escape += source.get();
      if (OCTDIGITS.includes(escape[1]) && OCTDIGITS.includes(escape[2]) && source.next !== null && source.next.length === 1 && OCTDIGITS.includes(source.next)) {
        escape += source.get();
        const v = parseInt(escape.slice(1), 8);
        if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
        return { t: 'lit', c: v };
      }
    }
    const group = parseInt(escape.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkgroup(group)) throw source.error('cannot refer to an open group', escape.length);
      state.checklookbehindgroup(group, source);
      return { t: 'ref', g: group };
    }
    throw source.error(`invalid group reference ${group}`, escape.length - 1);
  }
  if (cpLen(escape) === 2 && !ASCIILETTERS.includes(c)) return { t: 'lit', c: c.codePointAt(0)! };
  throw source.error(`bad escape ${escape}`, cpLen(escape));
}

function parseSub(source: Tokenizer, state: State, verbose: boolean, nested: number): Node[] {
  const items: Node[][] = [];
  for (;;) {
    items.push(parseSeq(source, state, verbose, nested + 1, nested === 0 && items.length === 0));
    if (!source.match('|')) break;
    if (!nested) verbose = (state.flags & FLAG_VERBOSE) !== 0;
  }
  if (items.length === 1) return items[0];
  const out: Node[] = [];
  // a common first item moves out of the branch (as _parse_sub does: it shapes the compiled code)
  for (;;) {
    let prefix: Node | null = null;
    let all = true;
    for (const item of items) {
      if (item.length === 0) {
        all = false;
        break;
      }
      if (prefix === null) prefix = item[0];
      else if (!sameNode(item[0], prefix)) {
        all = false;
        break;
      }
    }
    if (!all || prefix === null) break;
    for (const item of items) item.shift();
    out.push(prefix);
  }
  // a branch of single literals / sets becomes one set
  const set: SetItem[] = [];
  let asSet = true;
  for (const item of items) {
    if (item.length !== 1) {
      asSet = false;
      break;
    }
    const n = item[0];
    if (n.t === 'lit') set.push({ k: 'lit', c: n.c });
    else if (n.t === 'in' && !n.neg) set.push(...n.items);
    else {
      asSet = false;
      break;
    }
  }
  if (asSet) {
    out.push({ t: 'in', neg: false, items: uniqItems(set) });
    return out;
  }
  out.push({ t: 'branch', alts: items });
  return out;
}

/**
 * The prefix test of _parse_sub: its items compare as tuples, where a nested SubPattern compares by identity,
 * so only items without a subpattern (literals, sets, anchors, backreferences) are ever equal.
 */
function sameNode(a: Node, b: Node): boolean {
  switch (a.t) {
    case 'lit':
    case 'nlit':
    case 'any':
    case 'in':
    case 'at':
    case 'ref':
      return JSON.stringify(a) === JSON.stringify(b);
    default:
      return false;
  }
}

function uniqItems(items: SetItem[]): SetItem[] {
  const seen = new Set<string>();
  const out: SetItem[] = [];
  for (const it of items) {
    const key = JSON.stringify(it);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(it);
    }
  }
  return out;
}

function isDigitTok(t: string | null): boolean {
  return t !== null && t.length === 1 && DIGITS.includes(t);
}

function parseSeq(source: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean): Node[] {
  const sub: Node[] = [];
  for (;;) {
    let tok = source.next;
    if (tok === null) break;
    if (tok === '|' || tok === ')') break;
    source.get();
    if (verbose) {
      if (WHITESPACE.includes(tok) && tok.length === 1) continue;
      if (tok === '#') {
        for (;;) {
          const t = source.get();
          if (t === null || t === '\n') break;
        }
        continue;
      }
    }
    if (tok[0] === '\\' && tok.length > 1) {
      sub.push(escapeItem(source, tok, state));
    } else if (!SPECIAL_CHARS.includes(tok)) {
      sub.push({ t: 'lit', c: tok.codePointAt(0)! });
    } else if (tok === '[') {
      const here = source.tell() - 1;
      let set: SetItem[] = [];
      const negate = source.match('^');
      for (;;) {
        tok = source.get();
        if (tok === null) throw source.error('unterminated character set', source.tell() - here);
        if (tok === ']' && set.length) break;
        let code1: SetItem;
        if (tok[0] === '\\' && tok.length > 1) code1 = classEscape(source, tok);
        else code1 = { k: 'lit', c: tok.codePointAt(0)! };
        if (source.match('-')) {
          const that = source.get();
          if (that === null) throw source.error('unterminated character set', source.tell() - here);
          if (that === ']') {
            set.push(code1);
            set.push({ k: 'lit', c: 45 });
            break;
          }
          const code2: SetItem = that[0] === '\\' && that.length > 1 ? classEscape(source, that) : { k: 'lit', c: that.codePointAt(0)! };
          if (code1.k !== 'lit' || code2.k !== 'lit' || code2.c < code1.c) {
            throw source.error(`bad character range ${tok}-${that}`, cpLen(tok) + 1 + cpLen(that));
          }
          set.push({ k: 'range', lo: code1.c, hi: code2.c });
        } else {
          set.push(code1);
        }
      }
      set = uniqItems(set);
      if (set.length === 1 && set[0].k === 'lit') sub.push(negate ? { t: 'nlit', c: set[0].c } : { t: 'lit', c: set[0].c });
      else sub.push({ t: 'in', neg: negate, items: set });
    } else if (REPEAT_CHARS.includes(tok)) {
      const here = source.tell();
      let min = 0;
      let max = MAXREPEAT;
      if (tok === '?') max = 1;
      else if (tok === '+') min = 1;
      else if (tok === '{') {
        if (source.next === '}') {
          sub.push({ t: 'lit', c: 123 });
          continue;
        }
        let lo = '';
        let hi = '';
        while (isDigitTok(source.next)) lo += source.get();
        if (source.match(',')) {
          while (isDigitTok(source.next)) hi += source.get();
        } else hi = lo;
        if (!source.match('}')) {
          sub.push({ t: 'lit', c: 123 });
          source.seek(here);
          continue;
        }
        if (lo) {
          min = Number(lo);
          if (min >= MAXREPEAT) throw new ReOtherError('OverflowError', 'the repetition number is too large');
        }
        if (hi) {
          max = Number(hi);
          if (max >= MAXREPEAT) throw new ReOtherError('OverflowError', 'the repetition number is too large');
          if (max < min) throw source.error('min repeat greater than max repeat', source.tell() - here);
        }
      }
      let item: Node[] | null = sub.length ? [sub[sub.length - 1]] : null;
      if (item === null || item[0].t === 'at') throw source.error('nothing to repeat', source.tell() - here + tok.length);
      if (item[0].t === 'repeat') throw source.error('multiple repeat', source.tell() - here + tok.length);
      const last = item[0];
      if (last.t === 'group' && last.g === null && !last.add && !last.del) item = last.body;
      const kind = source.match('?') ? 1 : source.match('+') ? 2 : 0;
      sub[sub.length - 1] = { t: 'repeat', min, max, kind, item };
    } else if (tok === '.') {
      sub.push({ t: 'any' });
    } else if (tok === '(') {
      const start = source.tell() - 1;
      let capture = true;
      let atomic = false;
      let name: string | null = null;
      let add = 0;
      let del = 0;
      if (source.match('?')) {
        let ch = source.get();
        if (ch === null) throw source.error('unexpected end of pattern');
        if (ch === 'P') {
          if (source.match('<')) {
            name = source.getuntil('>', 'group name');
            source.checkgroupname(name, 1);
          } else if (source.match('=')) {
            const nm = source.getuntil(')', 'group name');
            source.checkgroupname(nm, 1);
            const gid = state.groupdict.get(nm);
            if (gid === undefined) throw source.error(`unknown group name ${pyStrRepr(nm)}`, cpLen(nm) + 1);
            if (!state.checkgroup(gid)) throw source.error('cannot refer to an open group', cpLen(nm) + 1);
            state.checklookbehindgroup(gid, source);
            sub.push({ t: 'ref', g: gid });
            continue;
          } else {
            const c2 = source.get();
            if (c2 === null) throw source.error('unexpected end of pattern');
            throw source.error('unknown extension ?P' + c2, c2.length + 2);
          }
        } else if (ch === ':') {
          capture = false;
        } else if (ch === '#') {
          for (;;) {
            if (source.next === null) throw source.error('missing ), unterminated comment', source.tell() - start);
            if (source.get() === ')') break;
          }
          continue;
        } else if (ch === '=' || ch === '!' || ch === '<') {
          let dir: 1 | -1 = 1;
          let outerLookbehind: number | null = null;
          if (ch === '<') {
            ch = source.get();
            if (ch === null) throw source.error('unexpected end of pattern');
            if (ch !== '=' && ch !== '!') throw source.error('unknown extension ?<' + ch, ch.length + 2);
            dir = -1;
            outerLookbehind = state.lookbehindgroups;
            if (outerLookbehind === null) state.lookbehindgroups = state.groups;
          }
          const p = parseSub(source, state, verbose, nested + 1);
          if (dir < 0 && outerLookbehind === null) state.lookbehindgroups = null;
          if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
          sub.push({ t: 'assert', dir, neg: ch === '!', body: p });
          continue;
        } else if (ch === '(') {
          const condname = source.getuntil(')', 'group name');
          let condgroup: number;
          if (isIdentifier(condname)) {
            source.checkgroupname(condname, 1);
            const g = state.groupdict.get(condname);
            if (g === undefined) throw source.error(`unknown group name ${pyStrRepr(condname)}`, cpLen(condname) + 1);
            condgroup = g;
          } else {
            if (!/^[0-9]+$/.test(condname)) throw source.error(`bad character in group name ${pyStrRepr(condname)}`, cpLen(condname) + 1);
            condgroup = Number(condname);
            if (!condgroup) throw source.error('bad group number', cpLen(condname) + 1);
            if (condgroup >= MAXGROUPS) throw source.error(`invalid group reference ${condgroup}`, cpLen(condname) + 1);
            if (!state.grouprefpos.has(condgroup)) state.grouprefpos.set(condgroup, source.tell() - cpLen(condname) - 1);
          }
          state.checklookbehindgroup(condgroup, source);
          const yes = parseSeq(source, state, verbose, nested + 1, false);
          let no: Node[] | null = null;
          if (source.match('|')) {
            no = parseSeq(source, state, verbose, nested + 1, false);
            if (source.next === '|') throw source.error('conditional backref with more than two branches');
          }
          if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
          sub.push({ t: 'refexists', g: condgroup, yes, no });
          continue;
        } else if (ch === '>') {
          capture = false;
          atomic = true;
        } else if (ch in FLAGS || ch === '-') {
          const fl = parseFlags(source, state, ch);
          if (fl === null) {
            if (!first || sub.length) throw source.error('global flags not at the start of the expression', source.tell() - start);
            verbose = (state.flags & FLAG_VERBOSE) !== 0;
            continue;
          }
          [add, del] = fl;
          capture = false;
        } else {
          throw source.error('unknown extension ?' + ch, ch.length + 1);
        }
      }
      let group: number | null = null;
      if (capture) {
        try {
          group = state.opengroup(name);
        } catch (e) {
          if (e instanceof ReError) throw source.error(e.msg, cpLen(name ?? '') + 1);
          throw e;
        }
      }
      const subVerbose = (verbose || (add & FLAG_VERBOSE) !== 0) && !(del & FLAG_VERBOSE);
      const p = parseSub(source, state, subVerbose, nested + 1);
      if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
      if (group !== null) state.groupwidths[group] = getwidth(p, state);
      if (atomic) sub.push({ t: 'atomic', body: p });
      else sub.push({ t: 'group', g: group, add, del, body: p });
    } else if (tok === '^') {
      sub.push({ t: 'at', at: 'bol' });
    } else if (tok === '$') {
      sub.push({ t: 'at', at: 'eol' });
    }
  }
  // unpack non-capturing groups
  for (let i = sub.length - 1; i >= 0; i--) {
    const n = sub[i];
    if (n.t === 'group' && n.g === null && !n.add && !n.del) sub.splice(i, 1, ...n.body);
  }
  return sub;
}

function parseFlags(source: Tokenizer, state: State, ch: string): [number, number] | null {
  let add = 0;
  let del = 0;
  let c: string | null = ch;
  if (c !== '-') {
    for (;;) {
      const flag = FLAGS[c];
      if (source.istext) {
        if (c === 'L') throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      } else if (c === 'u') throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      add |= flag;
      if (flag & TYPE_FLAGS && (add & TYPE_FLAGS) !== flag) throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      c = source.get();
      if (c === null) throw source.error('missing -, : or )');
      if (c === ')' || c === '-' || c === ':') break;
      if (!(c in FLAGS)) throw source.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing -, : or )', c.length);
    }
  }
  if (c === ')') {
    state.flags |= add;
    return null;
  }
  if (add & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn on global flag', 1);
  if (c === '-') {
    c = source.get();
    if (c === null) throw source.error('missing flag');
    if (!(c in FLAGS)) throw source.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing flag', c.length);
    for (;;) {
      const flag = FLAGS[c];
      if (flag & TYPE_FLAGS) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del |= flag;
      c = source.get();
      if (c === null) throw source.error('missing :');
      if (c === ':') break;
      if (!(c in FLAGS)) throw source.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing :', c.length);
    }
  }
  if (del & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn off global flag', 1);
  if (add & del) throw source.error('bad inline flags: flag turned on and off', 1);
  return [add, del];
}

/** fix_flags: the type flags of a str or bytes pattern (ValueError messages as CPython's). */
export function fixFlags(istext: boolean, flags: number): number {
  if (istext) {
    if (flags & FLAG_LOCALE) throw new ReOtherError('ValueError', 'cannot use LOCALE flag with a str pattern');
    if (!(flags & FLAG_ASCII)) flags |= FLAG_UNICODE;
    else if (flags & FLAG_UNICODE) throw new ReOtherError('ValueError', 'ASCII and UNICODE flags are incompatible');
  } else {
    if (flags & FLAG_UNICODE) throw new ReOtherError('ValueError', 'cannot use UNICODE flag with a bytes pattern');
    if (flags & FLAG_LOCALE && flags & FLAG_ASCII) throw new ReOtherError('ValueError', 'ASCII and LOCALE flags are incompatible');
  }
  return flags;
}

/** sre_parse.parse + the compiler's checks: the tree, final flags, group count and names. */
export function parse(chars: string[], istext: boolean, flags: number): Parsed {
  const source = new Tokenizer(chars, istext);
  const state = new State();
  state.flags = flags;
  const nodes = parseSub(source, state, (flags & FLAG_VERBOSE) !== 0, 0);
  state.flags = fixFlags(istext, state.flags);
  if (source.next !== null) throw source.error('unbalanced parenthesis');
  for (const [g, pos] of state.grouprefpos) {
    if (g >= state.groups) throw new ReError(`invalid group reference ${g}`, pos);
  }
  checkLookbehind(nodes, state);
  return { nodes, flags: state.flags, groups: state.groups - 1, groupindex: state.groupdict, groupwidths: state.groupwidths };
}

/** _compiler's check: a lookbehind's pattern must have a fixed width. */
function checkLookbehind(nodes: Node[], state: State): void {
  for (const n of nodes) {
    switch (n.t) {
      case 'assert':
        if (n.dir < 0) {
          const [lo, hi] = getwidth(n.body, state);
          if (lo !== hi) throw new ReError('look-behind requires fixed-width pattern', null);
        }
        checkLookbehind(n.body, state);
        break;
      case 'branch':
        for (const a of n.alts) checkLookbehind(a, state);
        break;
      case 'repeat':
        checkLookbehind(n.item, state);
        break;
      case 'group':
      case 'atomic':
        checkLookbehind(n.body, state);
        break;
      case 'refexists':
        checkLookbehind(n.yes, state);
        if (n.no) checkLookbehind(n.no, state);
        break;
      default:
        break;
    }
  }
}

// ------------------------------------------------------------------ replacement templates

/** parse_template: literal pieces and group indices (literals[i] null where group `groups[k]` goes). */
export interface Template {
  literals: (string | null)[];
  groups: [number, number][];
}

export function parseTemplate(chars: string[], istext: boolean, ngroups: number, groupindex: Map<string, number>): Template {
  const s = new Tokenizer(chars, istext);
  const groups: [number, number][] = [];
  const literals: (string | null)[] = [];
  let literal: string[] = [];
  const addgroup = (index: number, pos: number): void => {
    if (index > ngroups) throw s.error(`invalid group reference ${index}`, pos);
    if (literal.length) {
      literals.push(literal.join(''));
      literal = [];
    }
    groups.push([literals.length, index]);
    literals.push(null);
  };
  for (;;) {
    let tok = s.get();
    if (tok === null) break;
    if (tok[0] === '\\' && tok.length > 1) {
      const c = tok[1];
      if (c === 'g') {
        if (!s.match('<')) throw s.error('missing <');
        const name = s.getuntil('>', 'group name');
        let index: number;
        if (isIdentifier(name)) {
          s.checkgroupname(name, 1);
          const g = groupindex.get(name);
          if (g === undefined) throw new ReOtherError('IndexError', `unknown group name ${pyStrRepr(name)}`);
          index = g;
        } else {
          if (!/^[0-9]+$/.test(name)) throw s.error(`bad character in group name ${pyStrRepr(name)}`, cpLen(name) + 1);
          index = Number(name);
          if (index >= MAXGROUPS) throw s.error(`invalid group reference ${index}`, cpLen(name) + 1);
        }
        addgroup(index, cpLen(name) + 1);
      } else if (c === '0') {
        if (s.next !== null && OCTDIGITS.includes(s.next) && s.next.length === 1) {
          tok += s.get();
          if (s.next !== null && OCTDIGITS.includes(s.next) && s.next.length === 1) tok += s.get();
        }
        literal.push(String.fromCharCode(parseInt(tok.slice(1), 8) & 0xff));
      } else if (DIGITS.includes(c)) {
        let isoctal = false;
        if (isDigitTok(s.next)) {
          tok += s.get();
          if (OCTDIGITS.includes(c) && OCTDIGITS.includes(tok[2]) && s.next !== null && s.next.length === 1 && OCTDIGITS.includes(s.next)) {
            tok += s.get();
            isoctal = true;
            const v = parseInt(tok.slice(1), 8);
            if (v > 0o377) throw s.error(`octal escape value ${tok} outside of range 0-0o377`, tok.length);
            literal.push(String.fromCharCode(v));
          }
        }
        if (!isoctal) addgroup(Number(tok.slice(1)), tok.length - 1);
      } else {
        const e = ESCAPES[tok.slice(1)];
        if (e !== undefined) literal.push(String.fromCharCode(e));
        else {
          if (ASCIILETTERS.includes(c)) throw s.error(`bad escape ${tok}`, cpLen(tok));
          literal.push(tok);
        }
      }
    } else {
      literal.push(tok);
    }
  }
  if (literal.length) literals.push(literal.join(''));
  return { literals, groups };
}

// ------------------------------------------------------------------ matcher

/** The state of one match attempt: the subject, its bounds, the group marks (-1 = unset) and lastindex. */
export class MatchState {
  s: ArrayLike<number> = [];
  end = 0;
  marks: Int32Array;
  lastindex = -1;
  /** the start of the current attempt and the top-level acceptance rules (match_all, must_advance) */
  start = 0;
  matchAll = false;
  mustAdvance = false;
  constructor(readonly groups: number) {
    this.marks = new Int32Array(2 * (groups + 1)).fill(-1);
  }
}

type K = (i: number) => boolean;
type M = (i: number, k: K) => boolean;

/** A one-character test (LITERAL, NOT_LITERAL, ANY, IN): repeats of these run without recursion. */
type CharTest = (c: number) => boolean;

function simpleLower(c: number): number {
  // the one character whose full lowercase mapping (SpecialCasing) is longer than its simple one
  if (c === 0x130) return 0x69;
  const s = toLowerFull(c);
  const d = s.codePointAt(0)!;
  return s.length === (d > 0xffff ? 2 : 1) ? d : c;
}
function simpleUpper(c: number): number {
  const s = toUpperFull(c);
  const d = s.codePointAt(0)!;
  return s.length === (d > 0xffff ? 2 : 1) ? d : c;
}
function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isWordUni(c: number): boolean {
  return c === 95 || isAlnumCp(c);
}
function isWordAscii(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isSpaceAscii(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Case-folding and categories for a pattern's flags (str Unicode, str/bytes ASCII, bytes LOCALE as C). */
interface Mode {
  icase: boolean;
  lower: (c: number) => number;
  /** _casefix._EXTRA_CASES for Unicode patterns: other lowercase characters with the same uppercase */
  fixes: Record<number, number[]> | null;
  word: (c: number) => boolean;
  space: (c: number) => boolean;
  digit: (c: number) => boolean;
}

function modeFor(flags: number): Mode {
  const uni = (flags & FLAG_UNICODE) !== 0;
  return {
    icase: (flags & FLAG_IGNORECASE) !== 0,
    lower: uni ? simpleLower : asciiLower,
    fixes: uni ? EXTRA_CASES : null,
    word: uni ? isWordUni : isWordAscii,
    space: uni ? isSpaceCp : isSpaceAscii,
    digit: uni ? isDecimalCp : (c) => c >= 48 && c <= 57,
  };
}

function catTest(cat: Cat, m: Mode): CharTest {
  switch (cat) {
    case Cat.DIGIT:
      return m.digit;
    case Cat.NOT_DIGIT:
      return (c) => !m.digit(c);
    case Cat.SPACE:
      return m.space;
    case Cat.NOT_SPACE:
      return (c) => !m.space(c);
    case Cat.WORD:
      return m.word;
    case Cat.NOT_WORD:
      return (c) => !m.word(c);
  }
}

/**
 * A set's test. Under IGNORECASE the set holds the lowercase of its characters (and their _EXTRA_CASES) and a
 * character is tested by its lowercase, as _optimize_charset's fixup and IN_UNI_IGNORE / IN_IGNORE do.
 */
function setTest(items: SetItem[], neg: boolean, m: Mode): CharTest {
  const tests: CharTest[] = items.map((it) => {
    if (it.k === 'cat') return catTest(it.cat, m);
    const lo = it.k === 'lit' ? it.c : it.lo;
    const hi = it.k === 'lit' ? it.c : it.hi;
    if (!m.icase) return (c: number) => c >= lo && c <= hi;
    if (hi - lo > 0x3000) {
      // a wide range: its characters' lowercase is tested without building the folded set
      return (c: number) => (c >= lo && c <= hi) || inRangeFolded(c, lo, hi, m);
    }
    const folded = new Set<number>();
    for (let c = lo; c <= hi; c++) addFolded(folded, c, m);
    return (c: number) => folded.has(c);
  });
  const icase = m.icase;
  const lower = m.lower;
  const one = tests.length === 1 ? tests[0] : null;
  const test: CharTest = one !== null ? one : (c) => tests.some((t) => t(c));
  const folded: CharTest = icase ? (c) => test(lower(c)) : test;
  return neg ? (c) => !folded(c) : folded;
}

function addFolded(set: Set<number>, c: number, m: Mode): void {
  const lo = m.lower(c);
  set.add(lo);
  const fx = m.fixes?.[lo];
  if (fx) for (const k of fx) set.add(k);
}

/** Whether lowercase `c` is the lowercase (or an extra case) of a character in [lo, hi]. */
function inRangeFolded(c: number, lo: number, hi: number, m: Mode): boolean {
  if (m.lower(c) === c && c >= lo && c <= hi) return true;
  const candidates = [c, simpleUpper(c), ...(m.fixes?.[c] ?? [])];
  for (const x of candidates) if (x >= lo && x <= hi && m.lower(x) === c) return true;
  for (const x of candidates) {
    const u = simpleUpper(x);
    if (u >= lo && u <= hi && m.lower(u) === c) return true;
  }
  return false;
}

export class Program {
  readonly st: MatchState;
  private readonly root: M;
  private readonly widths: { groupwidths: ([number, number] | null)[] };
  private readonly first: CharTest | null;
  constructor(parsed: Parsed) {
    this.st = new MatchState(parsed.groups);
    this.widths = parsed;
    this.first = this.firstTest(parsed.nodes, parsed.flags);
    this.root = this.seq(parsed.nodes, parsed.flags);
  }

  /** Try a match starting exactly at `i`; on success the marks hold the groups and marks[0..1] the span. */
  matchAt(i: number): boolean {
    const st = this.st;
    st.marks.fill(-1);
    st.lastindex = -1;
    st.start = i;
    const ok = this.root(i, (j) => {
      if (st.matchAll && j !== st.end) return false;
      if (st.mustAdvance && j === st.start) return false;
      st.marks[0] = i;
      st.marks[1] = j;
      return true;
    });
    return ok;
  }

  /** Search from `pos` to `end` (inclusive); returns whether a match was found. */
  search(pos: number): boolean {
    const st = this.st;
    const first = this.first;
    for (let i = pos; i <= st.end; i++) {
      // (a position whose character cannot start a match is skipped, as sre's prefix / charset scans do)
      if ((first === null || (i < st.end && first(st.s[i]))) && this.matchAt(i)) return true;
      st.mustAdvance = false;
    }
    return false;
  }

  /** A test every match's first character passes, when the pattern starts by consuming one. */
  private firstTest(nodes: Node[], flags: number): CharTest | null {
    const n = nodes[0];
    if (n === undefined) return null;
    const t = this.charTest(n, flags);
    if (t !== null) return t;
    if (n.t === 'group') return this.firstTest(n.body, combineFlags(flags, n.add, n.del));
    if (n.t === 'repeat' && n.min > 0) return this.firstTest(n.item, flags);
    return null;
  }

  private seq(nodes: Node[], flags: number): M {
    const ms = nodes.map((n) => this.node(n, flags));
    if (ms.length === 0) return (i, k) => k(i);
    if (ms.length === 1) return ms[0];
    let m = ms[ms.length - 1];
    for (let x = ms.length - 2; x >= 0; x--) {
      const a = ms[x];
      const b = m;
      m = (i, k) => a(i, (j) => b(j, k));
    }
    return m;
  }

  private charTest(n: Node, flags: number): CharTest | null {
    const m = modeFor(flags);
    switch (n.t) {
      case 'lit':
      case 'nlit': {
        const c0 = n.c;
        const want = n.t === 'lit';
        if (!m.icase) return want ? (c) => c === c0 : (c) => c !== c0;
        // LITERAL_UNI_IGNORE: the lowercase of the character against the literal's (and its extra cases)
        const set = new Set<number>();
        addFolded(set, c0, m);
        const lower = m.lower;
        return (c) => set.has(lower(c)) === want;
      }
      case 'any':
        return flags & FLAG_DOTALL ? () => true : (c) => c !== 10;
      case 'in':
        return setTest(n.items, n.neg, m);
      default:
        return null;
    }
  }

  private node(n: Node, flags: number): M {
    const st = this.st;
    const test = this.charTest(n, flags);
    if (test !== null) return (i, k) => i < st.end && test(st.s[i]) && k(i + 1);
    switch (n.t) {
      case 'at':
        return this.at(n.at, flags);
      case 'branch': {
        const alts = n.alts.map((a) => this.seq(a, flags));
        return (i, k) => {
          for (const a of alts) {
            const saved = st.marks.slice();
            const li = st.lastindex;
            if (a(i, k)) return true;
            st.marks.set(saved);
            st.lastindex = li;
          }
          return false;
        };
      }
      case 'group': {
        const body = this.seq(n.body, combineFlags(flags, n.add, n.del));
        const g = n.g;
        if (g === null) return body;
        return (i, k) =>
          body(i, (j) => {
            const os = st.marks[2 * g];
            const oe = st.marks[2 * g + 1];
            const li = st.lastindex;
            st.marks[2 * g] = i;
            st.marks[2 * g + 1] = j;
            st.lastindex = g;
            if (k(j)) return true;
            st.marks[2 * g] = os;
            st.marks[2 * g + 1] = oe;
            st.lastindex = li;
            return false;
          });
      }
      case 'atomic': {
        const body = this.seq(n.body, flags);
        return (i, k) => this.once(body, i, k);
      }
      case 'assert': {
        const body = this.seq(n.body, flags);
        const width = n.dir < 0 ? getwidth(n.body, this.widths)[0] : 0;
        const neg = n.neg;
        const dir = n.dir;
        return (i, k) => {
          const saved = st.marks.slice();
          const li = st.lastindex;
          const savedEnd = st.end;
          let ok: boolean;
          // the assertion's own match knows nothing of the top-level acceptance rules
          const ma = st.matchAll;
          const mv = st.mustAdvance;
          st.matchAll = false;
          st.mustAdvance = false;
          try {
            if (dir > 0) ok = body(i, () => true);
            else ok = i - width >= 0 && body(i - width, (j) => j === i);
          } finally {
            st.matchAll = ma;
            st.mustAdvance = mv;
            st.end = savedEnd;
          }
          if (neg) {
            st.marks.set(saved);
            st.lastindex = li;
            return !ok && k(i);
          }
          if (!ok) return false;
          if (k(i)) return true;
          st.marks.set(saved);
          st.lastindex = li;
          return false;
        };
      }
      case 'ref': {
        const g = n.g;
        const m = modeFor(flags);
        return (i, k) => {
          const a = st.marks[2 * g];
          const b = st.marks[2 * g + 1];
          if (a < 0 || b < 0) return false;
          const len = b - a;
          if (i + len > st.end) return false;
          const s = st.s;
          for (let x = 0; x < len; x++) {
            const c1 = s[a + x];
            const c2 = s[i + x];
            if (c1 !== c2 && !(m.icase && m.lower(c1) === m.lower(c2))) return false;
          }
          return k(i + len);
        };
      }
      case 'refexists': {
        const g = n.g;
        const yes = this.seq(n.yes, flags);
        const no = n.no === null ? (i: number, k: K) => k(i) : this.seq(n.no, flags);
        return (i, k) => (g * 2 + 1 < st.marks.length && st.marks[2 * g + 1] >= 0 ? yes(i, k) : no(i, k));
      }
      case 'repeat':
        return this.repeat(n, flags);
      default:
        throw new Error('sre: unexpected node');
    }
  }

  /** Match `body` once at `i` (its first way), then continue: no backtracking into it (atomic, possessive). */
  private once(body: M, i: number, k: K): boolean {
    const st = this.st;
    let end = -1;
    const ma = st.matchAll;
    const mv = st.mustAdvance;
    st.matchAll = false;
    st.mustAdvance = false;
    let ok: boolean;
    const saved = st.marks.slice();
    const li = st.lastindex;
    try {
      ok = body(i, (j) => {
        end = j;
        return true;
      });
    } finally {
      st.matchAll = ma;
      st.mustAdvance = mv;
    }
    if (!ok) return false;
    if (k(end)) return true;
    st.marks.set(saved);
    st.lastindex = li;
    return false;
  }

  private repeat(n: Extract<Node, { t: 'repeat' }>, flags: number): M {
    const st = this.st;
    const { min, max, kind } = n;
    const single = n.item.length === 1 ? this.charTest(n.item[0], flags) : null;
    if (single !== null) {
      // REPEAT_ONE / MIN_REPEAT_ONE / POSSESSIVE_REPEAT_ONE: count the characters, no recursion per item
      return (i, k) => {
        const s = st.s;
        const limit = Math.min(st.end, max === MAXREPEAT ? st.end : i + max);
        if (kind === 1) {
          let j = i;
          while (j < i + min) {
            if (j >= limit || !single(s[j])) return false;
            j++;
          }
          for (;;) {
            if (k(j)) return true;
            if (j >= limit || !single(s[j])) return false;
            j++;
          }
        }
        let j = i;
        while (j < limit && single(s[j])) j++;
        if (j - i < min) return false;
        if (kind === 2) return k(j);
        for (; j >= i + min; j--) if (k(j)) return true;
        return false;
      };
    }
    const item = this.seq(n.item, flags);
    if (deterministic(n.item, flags)) {
      const rep = this.repeatUnique(item, min, max, kind !== 1);
      return kind === 2 ? (i, k) => this.once(rep, i, k) : rep;
    }
    const greedy = kind !== 1;
    // MAX_UNTIL / MIN_UNTIL: an iteration that ends where the previous one started ends the repeat
    // `last`: where the latest iteration begun with enough iterations already made started (rep->last_ptr;
    // the iterations that reach `min` leave it alone)
    const rep = (count: number, i: number, last: number, k: K): boolean => {
      if (count < min) return item(i, (j) => rep(count + 1, j, last, k));
      if (greedy) {
        if (count < max && i !== last && item(i, (j) => rep(count + 1, j, i, k))) return true;
        return k(i);
      }
      if (k(i)) return true;
      return count < max && i !== last && item(i, (j) => rep(count + 1, j, i, k));
    };
    if (kind === 2) {
      // POSSESSIVE_REPEAT: the greedy repeat's first way, with no backtracking into it
      const whole: M = (i, k) => rep(0, i, -1, k);
      return (i, k) => this.once(whole, i, k);
    }
    return (i, k) => rep(0, i, -1, k);
  }

  /**
   * A repeat of an item that matches in at most one way at a position: the iterations run in a loop (their
   * ends and the marks after each kept), then the continuation is tried from the most iterations down
   * (greedy) or from the fewest up (lazy) — MAX_UNTIL / MIN_UNTIL's order without a JS frame per iteration.
   */
  private repeatUnique(item: M, min: number, max: number, greedy: boolean): M {
    const st = this.st;
    const step = (pos: number): number => {
      let end = -1;
      return this.once(item, pos, (j) => ((end = j), true)) ? end : -1;
    };
    if (greedy) {
      return (i, k) => {
        const ends = [i];
        const marks = [st.marks.slice()];
        const lasts = [st.lastindex];
        let pos = i;
        let last = -1;
        for (let count = 0; count < max && (count < min || pos !== last); count++) {
          const j = step(pos);
          if (j < 0) break;
          if (count >= min) last = pos;
          pos = j;
          ends.push(j);
          marks.push(st.marks.slice());
          lasts.push(st.lastindex);
        }
        for (let c = ends.length - 1; c >= min; c--) {
          st.marks.set(marks[c]);
          st.lastindex = lasts[c];
          if (k(ends[c])) return true;
        }
        st.marks.set(marks[0]);
        st.lastindex = lasts[0];
        return false;
      };
    }
    return (i, k) => {
      const saved = st.marks.slice();
      const li = st.lastindex;
      let pos = i;
      let last = -1;
      for (let count = 0; ; count++) {
        if (count >= min) {
          const m = st.marks.slice();
          const l = st.lastindex;
          if (k(pos)) return true;
          st.marks.set(m);
          st.lastindex = l;
          if (count >= max || pos === last) break;
        }
        const j = step(pos);
        if (j < 0) break;
        if (count >= min) last = pos;
        pos = j;
      }
      st.marks.set(saved);
      st.lastindex = li;
      return false;
    };
  }

  private at(at: At, flags: number): M {
    const st = this.st;
    const m = modeFor(flags);
    const multi = (flags & FLAG_MULTILINE) !== 0;
    switch (at) {
      case 'bos':
        return (i, k) => i === 0 && k(i);
      case 'eos':
        return (i, k) => i === st.end && k(i);
      case 'bol':
        return multi ? (i, k) => (i === 0 || st.s[i - 1] === 10) && k(i) : (i, k) => i === 0 && k(i);
      case 'eol':
        return multi
          ? (i, k) => (i === st.end || st.s[i] === 10) && k(i)
          : (i, k) => (i === st.end || (i + 1 === st.end && st.s[i] === 10)) && k(i);
      case 'b':
      case 'B': {
        const want = at === 'b';
        return (i, k) => {
          if (st.end === 0) return false;
          const before = i > 0 && m.word(st.s[i - 1]);
          const after = i < st.end && m.word(st.s[i]);
          return (before !== after) === want && k(i);
        };
      }
    }
  }
}

/** The characters an alternative can start with, when its first item is a literal or a small set of them. */
function firstChars(alt: Node[]): number[] | null {
  const n = alt[0];
  if (n === undefined) return null;
  if (n.t === 'lit') return [n.c];
  if (n.t === 'group' && n.add === 0 && n.del === 0) return firstChars(n.body);
  if (n.t === 'in' && !n.neg) {
    const out: number[] = [];
    for (const it of n.items) {
      if (it.k === 'lit') out.push(it.c);
      else if (it.k === 'range' && it.hi - it.lo < 256) for (let c = it.lo; c <= it.hi; c++) out.push(c);
      else return null;
    }
    return out;
  }
  return null;
}

/**
 * Whether a sequence can match in at most one way at any position (no choice points inside). A branch
 * qualifies when its alternatives do and start with different characters (case-sensitively).
 */
function deterministic(nodes: Node[], flags: number): boolean {
  for (const n of nodes) {
    switch (n.t) {
      case 'branch': {
        if (flags & FLAG_IGNORECASE) return false;
        const seen = new Set<number>();
        for (const a of n.alts) {
          const first = firstChars(a);
          if (first === null || !deterministic(a, flags)) return false;
          for (const c of first) {
            if (seen.has(c)) return false;
            seen.add(c);
          }
        }
        break;
      }
      case 'lit':
      case 'nlit':
      case 'any':
      case 'in':
      case 'at':
      case 'ref':
      case 'atomic':
        break;
      case 'group':
        if (!deterministic(n.body, combineFlags(flags, n.add, n.del))) return false;
        break;
      case 'assert':
        break;
      case 'repeat':
        if (n.kind !== 2 && (n.min !== n.max || !deterministic(n.item, flags))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

// ------------------------------------------------------------------ compiled code length (sys.getsizeof)

/** _casefix._EXTRA_CASES: lowercase code -> the other lowercase codes with the same uppercase (Unicode data). */
const EXTRA_CASES: Record<number, number[]> = {
  105: [305], 115: [383], 181: [956], 305: [105], 383: [115], 837: [953, 8126], 912: [8147], 944: [8163], 946: [976],
  949: [1013], 952: [977], 953: [837, 8126], 954: [1008], 956: [181], 960: [982], 961: [1009], 962: [963], 963: [962],
  966: [981], 976: [946], 977: [952], 981: [966], 982: [960], 1008: [954], 1009: [961], 1013: [949], 1074: [7296],
  1076: [7297], 1086: [7298], 1089: [7299], 1090: [7300, 7301], 1098: [7302], 1123: [7303], 7296: [1074], 7297: [1076],
  7298: [1086], 7299: [1089], 7300: [1090, 7301], 7301: [1090, 7300], 7302: [1098], 7303: [1123], 7304: [42571],
  7777: [7835], 7835: [7777], 8126: [837, 953], 8147: [912], 8163: [944], 42571: [7304], 64261: [64262], 64262: [64261],
};

const MAXCODE = 4294967295;

/** The case helpers _compiler picks for a set of flags (none without IGNORECASE or with LOCALE). */
interface CaseFns {
  iscased: (c: number) => boolean;
  lower: (c: number) => number;
  fixes: Record<number, number[]> | null;
}
function caseFns(flags: number): CaseFns | null {
  if (!(flags & FLAG_IGNORECASE) || flags & FLAG_LOCALE) return null;
  if (flags & FLAG_UNICODE) return { iscased: (c) => c !== simpleLower(c) || c !== simpleUpper(c), lower: simpleLower, fixes: EXTRA_CASES };
  return { iscased: (c) => c < 128 && ((c | 32) >= 97 && (c | 32) <= 122), lower: asciiLower, fixes: null };
}

function combineFlags(flags: number, add: number, del: number): number {
  if (add & TYPE_FLAGS) flags &= ~TYPE_FLAGS;
  return (flags | add) & ~del;
}

/** Words of one entry of a compiled set (_compile_charset). */
function setItemWords(it: SetItem): number {
  return it.k === 'range' ? 3 : 2;
}

/**
 * _optimize_charset's output length in words, plus the FAILURE that ends the set; and whether it found cased
 * characters (which picks IN_IGNORE over IN).
 */
function charsetWords(items: SetItem[], neg: boolean, cf: CaseFns | null): [number, boolean] {
  let charmap = new Uint8Array(256);
  let tail = 0;
  let tailEntries = 0;
  let hascased = false;
  const mark = (c: number): boolean => {
    if (c >= 65536) return false;
    if (c >= charmap.length) {
      const big = new Uint8Array(65536);
      big.set(charmap);
      charmap = big;
    }
    charmap[c] = 1;
    return true;
  };
  const markFixed = (c: number): boolean => {
    if (cf === null) return mark(c);
    const lo = cf.lower(c);
    if (!mark(lo)) return false;
    const fx = cf.fixes?.[lo];
    if (fx) for (const k of fx) mark(k);
    return true;
  };
  for (const it of items) {
    if (it.k === 'cat') {
      tail += 2;
      tailEntries++;
      continue;
    }
    const lo = it.k === 'lit' ? it.c : it.lo;
    const hi = it.k === 'lit' ? it.c : it.hi;
    let ok = true;
    for (let c = lo; c <= hi && ok; c++) ok = markFixed(c);
    if (cf !== null && !hascased) {
      for (let c = lo; c <= Math.min(hi, 0x10ffff) && !hascased; c++) hascased = cf.iscased(c);
    }
    if (!ok) {
      if (cf !== null) hascased = true;
      tail += setItemWords(it);
      tailEntries++;
    }
  }
  // compress the map into at most two runs
  const runs: [number, number][] = [];
  let q = 0;
  let tooMany = false;
  for (;;) {
    const p = charmap.indexOf(1, q);
    if (p < 0) break;
    if (runs.length >= 2) {
      tooMany = true;
      break;
    }
    q = charmap.indexOf(0, p);
    if (q < 0) {
      runs.push([p, charmap.length]);
      break;
    }
    runs.push([p, q]);
  }
  const negWords = neg ? 1 : 0;
  if (!tooMany) {
    let outLen = negWords + tail;
    const outEntries = (neg ? 1 : 0) + runs.length + tailEntries;
    for (const [p, e] of runs) outLen += e - p === 1 ? 2 : 3;
    const charsetEntries = items.length + (neg ? 1 : 0);
    if (hascased || outEntries < charsetEntries) return [outLen + 1, hascased];
    let orig = negWords;
    for (const it of items) orig += setItemWords(it);
    return [orig + 1, hascased];
  }
  if (charmap.length === 256) return [negWords + 9 + tail + 1, hascased];
  const chunks = new Set<string>();
  for (let i = 0; i < 65536; i += 256) chunks.add(charmap.subarray(i, i + 256).join(''));
  return [negWords + 1 + 1 + 64 + 8 * chunks.size + tail + 1, hascased];
}

function bodyWords(nodes: Node[], flags: number): number {
  const cf = caseFns(flags);
  let w = 0;
  for (const n of nodes) {
    switch (n.t) {
      case 'lit':
      case 'nlit': {
        if (cf === null || !cf.iscased(n.c)) {
          w += 2;
          break;
        }
        const lo = cf.lower(n.c);
        const fx = cf.fixes?.[lo];
        w += fx ? 2 + (n.t === 'nlit' ? 1 : 0) + 2 * (1 + fx.length) + 1 : 2;
        break;
      }
      case 'in':
        w += 2 + charsetWords(n.items, n.neg, cf)[0];
        break;
      case 'any':
        w += 1;
        break;
      case 'repeat':
        w += 5 + bodyWords(n.item, flags);
        break;
      case 'group':
        w += (n.g !== null ? 4 : 0) + bodyWords(n.body, combineFlags(flags, n.add, n.del));
        break;
      case 'atomic':
        w += 3 + bodyWords(n.body, flags);
        break;
      case 'assert':
        w += 4 + bodyWords(n.body, flags);
        break;
      case 'at':
      case 'ref':
        w += 2;
        break;
      case 'branch':
        w += 2;
        for (const a of n.alts) w += 3 + bodyWords(a, flags);
        break;
      case 'refexists':
        w += 3 + bodyWords(n.yes, flags) + (n.no !== null && n.no.length ? 2 + bodyWords(n.no, flags) : 0);
        break;
    }
  }
  return w;
}

/** _get_literal_prefix: the prefix length and whether the whole pattern is that literal. */
function literalPrefix(nodes: Node[], flags: number): [number, boolean] {
  const cf = caseFns(flags);
  let len = 0;
  for (const n of nodes) {
    if (n.t === 'lit') {
      if (cf !== null && cf.iscased(n.c)) return [len, false];
      len++;
    } else if (n.t === 'group') {
      const f1 = combineFlags(flags, n.add, n.del);
      if (f1 & FLAG_IGNORECASE && f1 & FLAG_LOCALE) return [len, false];
      const [l1, all] = literalPrefix(n.body, f1);
      len += l1;
      if (!all) return [len, false];
    } else return [len, false];
  }
  return [len, true];
}

/** _get_charset_prefix: the set the first character must be in, or null. */
function charsetPrefix(nodes: Node[], flags: number): { items: SetItem[]; neg: boolean } | null {
  for (;;) {
    if (nodes.length === 0) return null;
    const n = nodes[0];
    if (n.t !== 'group') break;
    flags = combineFlags(flags, n.add, n.del);
    if (flags & FLAG_IGNORECASE && flags & FLAG_LOCALE) return null;
    nodes = n.body;
  }
  const cf = caseFns(flags);
  const n = nodes[0];
  if (n.t === 'lit') return cf !== null && cf.iscased(n.c) ? null : { items: [{ k: 'lit', c: n.c }], neg: false };
  if (n.t === 'branch') {
    const items: SetItem[] = [];
    for (const a of n.alts) {
      if (a.length === 0) return null;
      const f = a[0];
      if (f.t === 'lit' && !(cf !== null && cf.iscased(f.c))) items.push({ k: 'lit', c: f.c });
      else return null;
    }
    return { items, neg: false };
  }
  if (n.t === 'in') {
    if (cf !== null) {
      for (const it of n.items) {
        if (it.k === 'lit' && cf.iscased(it.c)) return null;
        if (it.k === 'range') {
          if (it.hi > 0xffff) return null;
          for (let c = it.lo; c <= it.hi; c++) if (cf.iscased(c)) return null;
        }
      }
    }
    return { items: n.items, neg: n.neg };
  }
  return null;
}

/** The length in words (SRE_CODE) of the code _compiler.compile makes: info block, body, SUCCESS. */
export function codeSize(p: Parsed): number {
  const flags = p.flags;
  const [lo] = getwidth(p.nodes, p);
  let info = 5;
  if (lo !== 0 && !(flags & FLAG_IGNORECASE && flags & FLAG_LOCALE)) {
    const [plen] = literalPrefix(p.nodes, flags);
    if (plen > 0) info += 2 + 2 * Math.min(plen, MAXCODE);
    else {
      const cs = charsetPrefix(p.nodes, flags);
      if (cs !== null) info += charsetWords(cs.items, cs.neg, null)[0];
    }
  }
  return info + bodyWords(p.nodes, flags) + 1;
}
