/**
 * Unicode character database for the engine: exactly CPython's view of Unicode.
 *
 * Design note
 * - CPython 3.12 ships Unicode 15.0.0 while Node 20's ICU is far newer (Unicode 17), so JS regex
 *   property escapes (`\p{L}`) and `toUpperCase()` disagree with CPython on recently added
 *   characters. Everything here is therefore read from tables that `scripts/gen_unicode_tables.py`
 *   extracts from real CPython 3.12 (the GENERATED section at the bottom of this file).
 * - One run-length table maps every code point to `category index | flag bits` (4227 runs; a
 *   binary search, with a direct 256-entry array for Latin-1). The flags are CPython's own
 *   `_PyUnicode_Is*` masks: DECIMAL/DIGIT/NUMERIC (Numeric_Type incl. Unihan numerals such as
 *   '一'), UPPER/LOWER (derived Uppercase/Lowercase), CASED, CASE_IGNORABLE, XID_START/CONTINUE,
 *   SPACE, LINEBREAK. PRINTABLE and ALPHA follow from the category exactly as in CPython.
 * - Full case mappings (SpecialCasing included: 'ß'.upper() == 'SS', 'ǅ' titlecase, 'İ'.lower())
 *   are sparse maps; title and casefold are stored as differences from upper and lower.
 * - `lookupUnicodeName` covers a practical subset of names (1711 names: ASCII, Latin-1, Latin
 *   Extended-A, combining marks, Greek, Cyrillic, punctuation, currency, letterlike, arrows, basic
 *   math, box drawing, geometric shapes, misc symbols, dingbats, common emoji), name aliases
 *   (LF, NBSP, BOM, ...), and the algorithmic names CJK UNIFIED IDEOGRAPH-XXXX and HANGUL SYLLABLE.
 *
 * Gaps: the tables are Unicode 15.0 (3.12). Under the 3.11 profile characters added in Unicode 15.0,
 * and under 3.13 characters added in 15.1 (mostly CJK Extension I, U+2EBF0..U+2EE5D), are classified
 * as 3.12 classifies them. Names outside the subset above (and CJK COMPATIBILITY IDEOGRAPH-XXXX,
 * TANGUT/KHITAN/NUSHU algorithmic names) are not found.
 */

/** CPython's general categories, in the order of the generated table's category index. */
export const CATEGORIES = [
  'Cn', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps',
  'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co',
] as const;
export type UnicodeCategory = (typeof CATEGORIES)[number];

const CAT_MASK = 31;
const CAT_LT = 3;
export const F_DECIMAL = 1 << 5;
export const F_DIGIT = 1 << 6;
export const F_NUMERIC = 1 << 7;
export const F_UPPER = 1 << 8;
export const F_LOWER = 1 << 9;
export const F_CASED = 1 << 10;
export const F_CASE_IGNORABLE = 1 << 11;
export const F_XID_START = 1 << 12;
export const F_XID_CONTINUE = 1 << 13;
export const F_SPACE = 1 << 14;
export const F_LINEBREAK = 1 << 15;
/** Not stored: computed into the Latin-1 cache and by `charFlags`. */
export const F_ALPHA = 1 << 16;
export const F_PRINTABLE = 1 << 17;
export const F_TITLE = 1 << 18;

let runStarts: Int32Array | undefined;
let runFlags: Int32Array;
const latin1Flags = new Int32Array(256);

function derive(cp: number, f: number): number {
  const cat = f & CAT_MASK;
  if (cat >= 1 && cat <= 5) f |= F_ALPHA;
  if ((cat >= 1 && cat <= 22) || cp === 0x20) f |= F_PRINTABLE;
  if (cat === CAT_LT) f |= F_TITLE;
  return f;
}

function decodeRuns(): void {
  const parts = FLAG_RUNS.split(',');
  const starts = new Int32Array(parts.length);
  runStarts = starts;
  runFlags = new Int32Array(parts.length);
  let cp = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const colon = p.indexOf(':');
    cp += parseInt(p.slice(0, colon), 36);
    starts[i] = cp;
    runFlags[i] = parseInt(p.slice(colon + 1), 36);
  }
  for (let c = 0; c < 256; c++) latin1Flags[c] = derive(c, lookupRun(c));
}

function lookupRun(cp: number): number {
  const runStarts_ = runStarts!;
  let lo = 0;
  let hi = runStarts_.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runStarts_[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return runFlags[lo];
}

/** Category index plus every F_* flag of one code point (0..0x10FFFF). */
export function charFlags(cp: number): number {
  if (runStarts === undefined) decodeRuns();
  if (cp < 256) return latin1Flags[cp];
  return derive(cp, lookupRun(cp));
}

/** `unicodedata.category(chr(cp))`. */
export function category(cp: number): UnicodeCategory {
  return CATEGORIES[charFlags(cp) & CAT_MASK];
}

export const isAlphaCp = (cp: number): boolean => (charFlags(cp) & F_ALPHA) !== 0;
export const isDecimalCp = (cp: number): boolean => (charFlags(cp) & F_DECIMAL) !== 0;
export const isDigitCp = (cp: number): boolean => (charFlags(cp) & F_DIGIT) !== 0;
export const isNumericCp = (cp: number): boolean => (charFlags(cp) & F_NUMERIC) !== 0;
export const isAlnumCp = (cp: number): boolean =>
  (charFlags(cp) & (F_ALPHA | F_DECIMAL | F_DIGIT | F_NUMERIC)) !== 0;
export const isUpperCp = (cp: number): boolean => (charFlags(cp) & F_UPPER) !== 0;
export const isLowerCp = (cp: number): boolean => (charFlags(cp) & F_LOWER) !== 0;
export const isTitleCp = (cp: number): boolean => (charFlags(cp) & F_TITLE) !== 0;
export const isCasedCp = (cp: number): boolean => (charFlags(cp) & F_CASED) !== 0;
export const isCaseIgnorableCp = (cp: number): boolean => (charFlags(cp) & F_CASE_IGNORABLE) !== 0;
export const isXidStartCp = (cp: number): boolean => (charFlags(cp) & F_XID_START) !== 0;
export const isXidContinueCp = (cp: number): boolean => (charFlags(cp) & F_XID_CONTINUE) !== 0;
export const isPrintableCp = (cp: number): boolean => (charFlags(cp) & F_PRINTABLE) !== 0;

/** Py_UNICODE_ISSPACE: the whitespace `str.split()` / `str.strip()` use. All BMP. */
export function isSpaceCp(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
  if (cp < 0x85) return false;
  return cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/** Py_UNICODE_ISLINEBREAK: the boundaries of `str.splitlines()` (`\r\n` handled by the caller). */
export function isLinebreakCp(cp: number): boolean {
  return (cp >= 10 && cp <= 13) || (cp >= 0x1c && cp <= 0x1e) || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

/** Py_UNICODE_TODECIMAL: 0..9 for characters with Numeric_Type=Decimal, else -1. */
export function decimalValue(cp: number): number {
  if (cp < 128) return cp >= 48 && cp <= 57 ? cp - 48 : -1;
  if (!isDecimalCp(cp)) return -1;
  // Decimal digits come in contiguous runs starting at a zero (a UCD stability guarantee).
  let s = cp;
  while (isDecimalCp(s - 1)) s--;
  return (cp - s) % 10;
}

// ---------------------------------------------------------------- case mappings

type CaseMap = Map<number, string>;

let upperMap_: CaseMap | undefined;
let lowerMap_: CaseMap | undefined;
let titleMap_: CaseMap | undefined;
let foldMap_: CaseMap | undefined;
const upperMap = (): CaseMap => (upperMap_ ??= decodeMap(UPPER_RUNS, UPPER_MULTI));
const lowerMap = (): CaseMap => (lowerMap_ ??= decodeMap(LOWER_RUNS, LOWER_MULTI));
const titleMap = (): CaseMap => (titleMap_ ??= decodeMap(TITLE_RUNS, TITLE_MULTI));
const foldMap = (): CaseMap => (foldMap_ ??= decodeMap(FOLD_RUNS, FOLD_MULTI));

function decodeMap(runs: string, multi: string): CaseMap {
  const m: CaseMap = new Map();
  if (runs) {
    let cp = 0;
    for (const r of runs.split(',')) {
      const [d, n, stride, delta] = r.split(':');
      cp += parseInt(d, 36);
      const count = parseInt(n, 36);
      const st = parseInt(stride, 36);
      const dl = delta.startsWith('-') ? -parseInt(delta.slice(1), 36) : parseInt(delta, 36);
      for (let k = 0; k < count; k++) {
        const c = cp + k * st;
        m.set(c, String.fromCodePoint(c + dl));
      }
    }
  }
  if (multi) {
    for (const e of multi.split(';')) {
      const [c, chars] = e.split(':');
      m.set(parseInt(c, 36), String.fromCodePoint(...chars.split('.').map((x) => parseInt(x, 36))));
    }
  }
  return m;
}


function cpStr(cp: number): string {
  return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

/** _PyUnicode_ToUpperFull as a string (1..3 code points). */
export function toUpperFull(cp: number): string {
  return upperMap().get(cp) ?? cpStr(cp);
}
/** _PyUnicode_ToLowerFull (no final-sigma context; see pystr.lower). */
export function toLowerFull(cp: number): string {
  return lowerMap().get(cp) ?? cpStr(cp);
}
/** _PyUnicode_ToTitleFull. */
export function toTitleFull(cp: number): string {
  return titleMap().get(cp) ?? toUpperFull(cp);
}
/** _PyUnicode_ToFoldedFull. */
export function toFoldedFull(cp: number): string {
  return foldMap().get(cp) ?? toLowerFull(cp);
}

// ---------------------------------------------------------------- names

let nameToCp: Map<string, number> | undefined;
let cpToName: Map<number, string> | undefined;

function loadNames(): void {
  nameToCp = new Map();
  cpToName = new Map();
  for (const e of NAME_TABLE.split('|')) {
    if (!e) continue;
    const sp = e.indexOf(' ');
    const cp = parseInt(e.slice(0, sp), 16);
    const name = e.slice(sp + 1);
    nameToCp.set(name, cp);
    cpToName.set(cp, name);
  }
  for (const k of Object.keys(NAME_ALIASES)) nameToCp.set(k, NAME_ALIASES[k]);
}

const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI',
  'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B',
  'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];
const S_BASE = 0xac00;

function isUnifiedIdeograph(cp: number): boolean {
  for (const [a, b] of CJK_UNIFIED_RANGES) if (cp >= a && cp <= b) return true;
  return false;
}

/**
 * `\N{name}` / `unicodedata.lookup(name)`: the code point, or undefined when the name is unknown
 * (CPython: `undefined character name '...'`). Case-insensitive like CPython, except the
 * algorithmic names CJK UNIFIED IDEOGRAPH-XXXX and HANGUL SYLLABLE XXX, which must be upper case.
 */
export function lookupUnicodeName(name: string): number | undefined {
  if (name.startsWith('HANGUL SYLLABLE ')) {
    const rest = name.slice(16);
    for (let l = 0; l < JAMO_L.length; l++) {
      if (!rest.startsWith(JAMO_L[l])) continue;
      const r1 = rest.slice(JAMO_L[l].length);
      for (let v = 0; v < JAMO_V.length; v++) {
        if (!r1.startsWith(JAMO_V[v])) continue;
        const t = JAMO_T.indexOf(r1.slice(JAMO_V[v].length));
        if (t >= 0) return S_BASE + (l * 21 + v) * 28 + t;
      }
    }
    return undefined;
  }
  if (name.startsWith('CJK UNIFIED IDEOGRAPH-')) {
    const hex = name.slice(22);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
    const cp = parseInt(hex, 16);
    return isUnifiedIdeograph(cp) ? cp : undefined;
  }
  if (!nameToCp) loadNames();
  return nameToCp!.get(name.toUpperCase());
}

/** `unicodedata.name(chr(cp))` for the covered subset; undefined otherwise. */
export function unicodeNameOf(cp: number): string | undefined {
  if (cp >= S_BASE && cp < S_BASE + 11172) {
    const s = cp - S_BASE;
    return 'HANGUL SYLLABLE ' + JAMO_L[Math.floor(s / 588)] + JAMO_V[Math.floor((s % 588) / 28)] + JAMO_T[s % 28];
  }
  if (isUnifiedIdeograph(cp)) return 'CJK UNIFIED IDEOGRAPH-' + cp.toString(16).toUpperCase();
  if (!cpToName) loadNames();
  return cpToName!.get(cp);
}


// BEGIN GENERATED (scripts/gen_unicode_tables.py)
// CPython 3.12.1, Unicode 15.0.0. Do not edit by hand.
export const UNIDATA_VERSION = '15.0.0';
// 4227 runs of (start delta : category index | flags), base 36
const FLAG_RUNS = '0:q,9:cnu,1:11y2,4:q,e:11y2,3:cnu,1:cnr,1:i,3:k,1:i,2:1le,1:e,1:f,1:i,1:j,1:i,1:d,1:1le,1:i,1:6i1,a:1le,1:i,1:j,3:i,2:agx,q:e,1:i,1:f,1:1lh,1:9ho,1:1lh,1:ao2,q:e,1:j,1:f,1:j,1:q,6:11y2,1:q,q:cnr,1:i,1:k,4:m,1:i,1:1lh,1:m,1:ao5,1:g,1:j,1:1ln,1:m,1:1lh,1:m,1:j,1:5n,2:1lh,1:ao2,1:i,1:7wy,1:1lh,1:5n,1:ao5,1:h,1:3v,3:i,1:agx,n:j,1:agx,7:ao2,o:j,1:ao2,8:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,2:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,2:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,2:ao2,1:agx,1:ao2,1:agx,1:ao2,3:agx,2:ao2,1:agx,1:ao2,1:agx,2:ao2,1:agx,3:ao2,2:agx,4:ao2,1:agx,2:ao2,1:agx,3:ao2,3:agx,2:ao2,1:agx,2:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,2:ao2,1:agx,1:ao2,2:agx,1:ao2,1:agx,2:ao2,1:agx,3:ao2,1:agx,1:ao2,1:agx,2:ao2,2:9hh,1:agx,1:ao2,3:9hh,4:agx,1:a9v,1:ao2,1:agx,1:a9v,1:ao2,1:agx,1:a9v,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,2:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,2:agx,1:a9v,1:ao2,1:agx,1:ao2,1:agx,3:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,7:agx,2:ao2,1:agx,2:ao2,2:agx,1:ao2,1:agx,4:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1x:9hh,1:ao2,r:c90,9:b2c,7:c90,2:1lh,4:b2c,c:1lh,e:c90,5:1lh,7:b2c,1:1lh,1:b2c,1:1lh,h:7wm,1x:93a,1:7wm,16:agx,1:ao2,1:agx,1:ao2,1:b2c,1:1lh,1:agx,1:ao2,1:0,2:2ro,1:ao2,3:i,1:agx,1:0,4:1lh,2:agx,1:7wy,1:agx,3:0,1:agx,1:0,1:agx,2:ao2,1:agx,h:0,1:agx,9:ao2,z:agx,1:ao2,2:agx,3:ao2,3:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,5:agx,1:ao2,1:j,1:agx,1:ao2,1:agx,2:ao2,2:agx,1f:ao2,1c:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:m,1:7wm,5:1l4,2:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,2:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,2:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:0,1:agx,12:0,2:b2c,1:i,5:1le,1:ao2,15:i,1:d,1:0,2:m,2:k,1:0,1:7wm,19:d,1:7wm,1:i,1:7wm,2:i,1:7wm,2:i,1:7wm,1:0,8:9hh,r:0,4:9hh,4:i,1:1le,1:0,b:1ln,6:j,3:i,2:k,1:i,2:m,2:7wm,b:i,1:1ln,1:i,3:9hh,w:b2c,1:9hh,a:7wm,l:6i1,a:i,4:9hh,2:7wm,1:9hh,2r:i,1:9hh,1:7wm,7:1ln,1:m,1:7wm,6:b2c,2:7wm,2:m,1:7wm,4:9hh,2:6i1,a:9hh,3:m,2:9hh,1:i,e:0,1:1ln,1:9hh,1:7wm,1:9hh,u:7wm,r:0,2:9hh,2h:7wm,b:9hh,1:0,e:6i1,a:9hh,x:7wm,9:b2c,2:m,1:i,3:b2c,1:0,2:7wm,1:k,2:9hh,m:7wm,4:b2c,1:7wm,9:b2c,1:7wm,3:b2c,1:7wm,5:0,2:i,f:0,1:9hh,p:7wm,3:0,2:i,1:0,1:9hh,b:0,5:9hh,o:1lh,1:9hh,6:0,1:1ln,2:0,6:7wm,8:9hh,15:b2c,1:7wm,o:1ln,1:7wm,w:6br,1:9hh,1i:7wm,1:6br,1:7wm,1:9hh,1:6br,3:7wm,8:6br,4:7wm,1:6br,2:9hh,1:7wm,7:9hh,a:7wm,2:i,2:6i1,a:i,1:b2c,1:9hh,f:7wm,1:6br,2:0,1:9hh,8:0,2:9hh,2:0,2:9hh,m:0,1:9hh,7:0,1:9hh,1:0,3:9hh,4:0,2:7wm,1:9hh,1:6br,3:7wm,4:0,2:6br,2:0,2:6br,2:7wm,1:9hh,1:0,8:6br,1:0,4:9hh,2:0,1:9hh,3:7wm,2:0,2:6i1,a:9hh,2:k,2:3v,6:m,1:k,1:9hh,1:i,1:7wm,1:0,2:7wm,2:6br,1:0,1:9hh,6:0,4:9hh,2:0,2:9hh,m:0,1:9hh,7:0,1:9hh,2:0,1:9hh,2:0,1:9hh,2:0,2:7wm,1:0,1:6br,3:7wm,2:0,4:7wm,2:0,2:7wm,3:0,3:7wm,1:0,7:9hh,4:0,1:9hh,1:0,7:6i1,a:7wm,2:9hh,3:7wm,1:i,1:0,a:7wm,2:6br,1:0,1:9hh,9:0,1:9hh,3:0,1:9hh,m:0,1:9hh,7:0,1:9hh,2:0,1:9hh,5:0,2:7wm,1:9hh,1:6br,3:7wm,5:0,1:7wm,2:6br,1:0,1:6br,2:7wm,1:0,2:9hh,1:0,f:9hh,2:7wm,2:0,2:6i1,a:i,1:k,1:0,7:9hh,1:7wm,6:0,1:7wm,1:6br,2:0,1:9hh,8:0,2:9hh,2:0,2:9hh,m:0,1:9hh,7:0,1:9hh,2:0,1:9hh,5:0,2:7wm,1:9hh,1:6br,1:7wm,1:6br,1:7wm,4:0,2:6br,2:0,2:6br,2:7wm,1:0,7:7wm,2:6br,1:0,4:9hh,2:0,1:9hh,3:7wm,2:0,2:6i1,a:m,1:9hh,1:3v,6:0,a:7wm,1:9hh,1:0,1:9hh,6:0,3:9hh,3:0,1:9hh,4:0,3:9hh,2:0,1:9hh,1:0,1:9hh,2:0,3:9hh,2:0,3:9hh,3:0,3:9hh,c:0,4:6br,2:7wm,1:6br,2:0,3:6br,3:0,1:6br,3:7wm,1:0,2:9hh,1:0,6:6br,1:0,e:6i1,a:3v,3:m,6:k,1:m,1:0,5:7wm,1:6br,3:7wm,1:9hh,8:0,1:9hh,3:0,1:9hh,n:0,1:9hh,g:0,2:7wm,1:9hh,1:7wm,3:6br,4:0,1:7wm,3:0,1:7wm,4:0,7:7wm,2:0,1:9hh,3:0,2:9hh,1:0,2:9hh,2:7wm,2:0,2:6i1,a:0,7:i,1:3v,7:m,1:9hh,1:7wm,1:6br,2:i,1:9hh,8:0,1:9hh,3:0,1:9hh,n:0,1:9hh,a:0,1:9hh,5:0,2:7wm,1:9hh,1:6br,1:7wm,1:6br,5:0,1:7wm,1:6br,2:0,1:6br,2:7wm,2:0,7:6br,2:0,6:9hh,2:0,1:9hh,2:7wm,2:0,2:6i1,a:0,1:9hh,2:6br,1:0,c:7wm,2:6br,2:9hh,9:0,1:9hh,3:0,1:9hh,15:7wm,2:9hh,1:6br,3:7wm,4:0,1:6br,3:0,1:6br,3:7wm,1:9hh,1:m,1:0,4:9hh,3:6br,1:3v,7:9hh,3:7wm,2:0,2:6i1,a:3v,9:m,1:9hh,6:0,1:7wm,1:6br,2:0,1:9hh,i:0,3:9hh,o:0,1:9hh,9:0,1:9hh,1:0,2:9hh,7:0,3:7wm,1:0,4:6br,3:7wm,3:0,1:7wm,1:0,1:6br,8:0,6:6i1,a:0,2:6br,2:i,1:0,c:9hh,1c:7wm,1:9hh,1:6bp,1:7wm,7:0,4:k,1:9hh,6:b2c,1:7wm,8:i,1:6i1,a:i,2:0,11:9hh,2:0,1:9hh,1:0,1:9hh,5:0,1:9hh,o:0,1:9hh,1:0,1:9hh,a:7wm,1:9hh,1:6bp,1:7wm,9:9hh,1:0,2:9hh,5:0,1:b2c,1:0,1:7wm,7:0,1:6i1,a:0,2:9hh,4:0,w:9hh,1:m,3:i,f:m,1:i,1:m,3:7wm,2:m,6:6i1,a:3v,a:m,1:7wm,1:m,1:7wm,1:m,1:7wm,1:e,1:f,1:e,1:f,1:6br,2:9hh,8:0,1:9hh,10:0,4:7wm,e:6br,1:7wm,5:i,1:7wm,2:9hh,5:7wm,b:0,1:7wm,10:0,1:m,8:7wm,1:m,6:0,1:m,2:i,5:m,4:i,2:0,11:9hh,17:6br,2:7wm,4:6br,1:7wm,6:6br,1:7wm,2:6br,2:7wm,2:9hh,1:6i1,a:i,6:9hh,6:6br,2:7wm,2:9hh,4:7wm,3:9hh,1:6br,3:9hh,2:6br,7:9hh,3:7wm,4:9hh,d:7wm,1:6br,2:7wm,2:6br,6:7wm,1:9hh,1:6br,1:6i1,a:6br,3:7wm,1:m,2:agx,12:0,1:agx,1:0,5:agx,1:0,2:ao2,17:i,1:c90,1:ao2,3:9hh,95:0,1:9hh,4:0,2:9hh,7:0,1:9hh,1:0,1:9hh,4:0,2:9hh,15:0,1:9hh,4:0,2:9hh,x:0,1:9hh,4:0,2:9hh,7:0,1:9hh,1:0,1:9hh,4:0,2:9hh,f:0,1:9hh,1l:0,1:9hh,4:0,2:9hh,1v:0,2:7wm,3:i,9:6h7,9:3v,b:0,3:9hh,g:m,a:0,6:agx,2e:0,2:ao2,6:0,2:d,1:9hh,h8:m,1:i,1:9hh,h:cnr,1:9hh,q:e,1:f,1:0,3:9hh,23:i,3:9l6,3:9hh,8:0,7:9hh,i:7wm,3:6br,1:0,9:9hh,j:7wm,2:6br,1:i,2:0,9:9hh,i:7wm,2:0,c:9hh,d:0,1:9hh,3:0,1:7wm,2:0,c:9hh,1g:7wm,2:6br,1:7wm,7:6br,8:7wm,1:6br,2:7wm,b:i,3:b2c,1:i,3:k,1:9hh,1:7wm,1:0,2:6i1,a:0,6:3v,a:0,6:i,6:d,1:i,4:7wm,3:1ln,1:7wm,1:6i1,a:0,6:9hh,z:b2c,1:9hh,1h:0,7:9hh,5:b2e,2:9hh,y:7wm,1:9hh,1:0,5:9hh,1y:0,a:9hh,v:0,1:7wm,3:6br,4:7wm,2:6br,3:0,4:6br,2:7wm,1:6br,6:7wm,3:0,4:m,1:0,3:i,2:6i1,a:9hh,u:0,2:9hh,5:0,b:9hh,18:0,4:9hh,q:0,6:6i1,a:6h7,1:0,3:m,y:9hh,n:7wm,2:6br,2:7wm,1:0,2:i,2:9hh,1h:6br,1:7wm,1:6br,1:7wm,7:0,1:7wm,1:6br,1:7wm,1:6br,2:7wm,8:6br,6:7wm,a:0,2:7wm,1:6i1,a:0,6:6i1,a:0,6:i,7:b2c,1:i,6:0,2:7wm,e:1l4,1:7wm,g:0,1d:7wm,4:6br,1:9hh,1b:7wm,1:6br,1:7wm,5:6br,1:7wm,1:6br,5:7wm,1:6br,2:9hh,8:0,3:6i1,a:i,7:m,a:7wm,9:m,9:i,2:0,1:7wm,2:6br,1:9hh,u:6br,1:7wm,4:6br,2:7wm,2:6br,1:7wm,3:9hh,2:6i1,a:9hh,18:7wm,1:6br,1:7wm,2:6br,3:7wm,1:6br,1:7wm,3:6br,2:0,8:i,4:9hh,10:6br,8:7wm,8:6br,2:7wm,2:0,3:i,5:6i1,a:0,3:9hh,3:6i1,a:9hh,u:b2c,6:i,2:ao2,9:0,7:agx,17:0,2:agx,3:i,8:0,8:7wm,3:i,1:7wm,d:6br,1:7wm,7:9hh,4:7wm,1:9hh,6:7wm,1:9hh,2:6br,1:7wm,2:9hh,1:0,5:ao2,18:c90,1r:ao2,d:c90,1:ao2,y:c90,11:7wm,1s:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,9:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,9:agx,8:ao2,6:0,2:agx,6:0,2:ao2,8:agx,8:ao2,8:agx,8:ao2,6:0,2:agx,6:0,2:ao2,8:0,1:agx,1:0,1:agx,1:0,1:agx,1:0,1:agx,1:ao2,8:agx,8:ao2,e:0,2:ao2,8:a9v,8:ao2,8:a9v,8:ao2,8:a9v,8:ao2,5:0,1:ao2,2:agx,4:a9v,1:1lh,1:ao2,1:1lh,3:ao2,3:0,1:ao2,2:agx,4:a9v,1:1lh,3:ao2,4:0,2:ao2,2:agx,4:0,1:1lh,3:ao2,8:agx,5:1lh,3:0,2:ao2,3:0,1:ao2,2:agx,4:a9v,1:1lh,2:0,1:cnr,b:1ln,5:d,6:i,2:1lc,1:1ld,1:e,1:g,2:h,1:e,1:g,1:i,4:1le,1:i,2:1le,1:11y0,1:11y1,1:1ln,5:cnr,1:i,9:g,1:h,1:i,4:6bw,2:i,3:j,1:e,1:f,1:i,b:j,1:i,1:6bw,1:i,a:cnr,1:1ln,5:0,1:1ln,a:5n,1:c90,1:0,2:5n,6:j,3:e,1:f,1:c90,1:5n,a:j,3:e,1:f,1:0,1:c90,d:0,3:k,x:0,f:7wm,d:1l4,4:7wm,1:1l4,3:7wm,c:0,f:m,2:agx,1:m,4:agx,1:m,2:ao2,1:agx,3:ao2,2:agx,3:ao2,1:m,1:agx,1:m,2:9hv,1:agx,5:m,6:agx,1:m,1:agx,1:m,1:agx,1:m,1:agx,4:9hy,1:ao2,1:agx,4:ao2,1:9hh,4:ao2,1:m,2:ao2,2:agx,2:j,5:agx,1:ao2,4:m,1:j,1:m,2:ao2,1:m,1:3v,g:akq,g:aru,g:9l6,3:agx,1:ao2,1:9l6,4:3v,1:m,2:0,4:j,5:m,5:j,2:m,4:j,1:m,2:j,1:m,2:j,1:m,7:j,1:m,v:j,2:m,2:j,1:m,1:j,1:m,v:j,7g:m,8:e,1:f,1:e,1:f,1:m,k:j,2:m,7:e,1:f,1:m,29:j,1:m,u:j,p:m,14:j,6:m,1x:0,p:m,b:0,l:5n,9:3v,b:5n,9:3v,b:5n,9:3v,b:m,q:106,q:17a,q:5n,1:3v,a:5n,9:3v,1:5n,1:m,53:j,1:m,9:j,1:m,1i:j,8:m,33:j,1:m,6w:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:5n,9:3v,1:5n,9:3v,1:5n,9:3v,1:m,18:j,5:e,1:f,1:j,v:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:j,g:m,74:j,3n:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:j,1r:e,1:f,1:e,1:f,1:j,w:e,1:f,1:j,76:m,1c:j,l:m,2:j,6:m,13:0,2:m,w:0,1:m,2x:agx,1c:ao2,1c:agx,1:ao2,1:agx,3:ao2,2:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,4:ao2,1:agx,1:ao2,2:agx,1:ao2,6:c90,2:agx,3:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,2:m,6:agx,1:ao2,1:agx,1:ao2,1:7wm,3:agx,1:ao2,1:0,5:i,4:3v,1:i,2:ao2,12:0,1:ao2,1:0,5:ao2,1:0,2:9hh,1k:0,7:b2c,1:i,1:0,e:7wm,1:9hh,n:0,9:9hh,7:0,1:9hh,7:0,1:9hh,7:0,1:9hh,7:0,1:9hh,7:0,1:9hh,7:0,1:9hh,7:0,1:9hh,7:0,1:7wm,w:i,2:g,1:h,1:g,1:h,1:i,3:g,1:h,1:i,1:g,1:h,1:i,9:d,1:i,2:d,1:i,1:g,1:h,1:i,2:g,1:h,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:i,5:1l0,1:i,a:d,2:i,4:d,1:i,1:e,1:i,d:m,2:i,3:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:d,1:0,y:m,q:0,1:m,2h:0,c:m,5y:0,q:m,c:0,4:cnr,1:i,3:m,1:b2c,1:9hh,1:9l6,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:m,2:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:d,1:e,1:f,2:m,1:9l6,9:7wm,4:6br,2:d,1:b2c,5:m,2:9l6,3:b2c,1:9hh,1:i,1:m,2:0,1:9hh,2e:0,2:7wm,2:1lh,2:b2c,2:9hh,1:d,1:9hh,2i:i,1:b2c,3:9hh,1:0,5:9hh,17:0,1:9hh,2m:0,1:m,2:3v,4:m,a:9hh,w:m,10:0,c:9hh,g:m,v:0,1:3v,a:m,u:3v,8:m,1:3v,f:m,w:3v,a:m,13:3v,f:m,8w:9hh,5:9l1,1:9hh,3h:9l1,1:9hh,py:9l1,1:9hh,ma:9l1,1:9hh,3n6:m,1s:9l1,1:9hh,2:9l1,1:9hh,3:9l1,1:9hh,1:9l1,1:9hh,2b:9l1,1:9hh,1a:9l1,1:9hh,7:9l1,1:9hh,1:9l1,1:9hh,14:9l1,2:9hh,u:9l1,1:9hh,8:9l1,1:9hh,10:9l1,1:9hh,2q:9l1,1:9hh,b7:9l1,1:9hh,1t:9l1,1:9hh,y:9l1,1:9hh,1:9l1,1:9hh,1:9l1,1:9hh,cz:9l1,1:9hh,1:9l1,3:9hh,6:9l1,1:9hh,38:9l1,4:9hh,ly:9l1,1:9hh,et:9l1,1:9hh,7:9l1,1:9hh,134:9l1,1:9hh,3n:9l1,2:9hh,c:9l1,3:9hh,1:9l1,1:9hh,rx:9l1,1:9hh,25:9l1,1:9hh,w5:9l1,1:9hh,1f7:9l1,1:9hh,wf:9l1,1:9hh,kn:9l1,1:9hh,1zb:9l1,1:9hh,px:9l1,1:9hh,1oh:9l1,1:9hh,4:9l1,1:9hh,3g:9l1,1:9hh,1rk:9l1,1:9hh,10:9l1,1:9hh,5:9l1,1:9hh,17:9l1,1:9hh,3h:9l1,1:9hh,1su:b2c,1:9hh,vr:0,3:m,1j:0,9:9hh,14:b2c,6:i,2:9hh,7g:b2c,1:i,3:9hh,g:6i1,a:9hh,2:0,k:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:9hh,1:7wm,1:1l4,3:i,1:7wm,a:i,1:b2c,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:c90,2:7wm,2:9hh,1y:9l6,a:7wm,2:i,6:0,8:1lh,n:b2c,9:1lh,2:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,3:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:c90,1:ao2,8:agx,1:ao2,1:agx,1:ao2,1:agx,2:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:b2c,1:1lh,2:agx,1:ao2,1:agx,1:ao2,1:9hh,1:agx,1:ao2,1:agx,1:ao2,3:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,5:ao2,1:agx,5:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:agx,4:ao2,1:agx,1:ao2,1:0,5:agx,1:ao2,1:0,1:ao2,1:0,1:ao2,1:agx,1:ao2,1:agx,1:ao2,1:0,o:c90,3:agx,1:ao2,1:9hh,1:c90,2:ao2,1:9hh,7:7wm,1:9hh,3:7wm,1:9hh,4:7wm,1:9hh,n:6br,2:7wm,2:6br,1:m,4:7wm,1:0,3:3v,6:m,2:k,1:m,1:0,6:9hh,1g:i,4:0,8:6br,2:9hh,1e:6br,g:7wm,2:0,8:i,2:6i1,a:0,6:7wm,i:9hh,6:i,3:9hh,1:i,1:9hh,2:7wm,1:6i1,a:9hh,s:7wm,8:i,2:9hh,n:7wm,b:6br,2:0,b:i,1:9hh,t:0,3:7wm,3:6br,1:9hh,1b:7wm,1:6br,2:7wm,4:6br,2:7wm,2:6br,3:i,d:0,1:b2c,1:6i1,a:0,4:i,2:9hh,5:7wm,1:b2c,1:9hh,9:6i1,a:9hh,5:0,1:9hh,15:7wm,6:6br,2:7wm,2:6br,2:7wm,2:0,9:9hh,3:7wm,1:9hh,8:7wm,1:6br,1:0,2:6i1,a:0,2:i,4:9hh,g:b2c,1:9hh,6:m,3:9hh,1:6br,1:7wm,1:6br,1:9hh,1e:7wm,1:9hh,1:7wm,3:9hh,2:7wm,2:9hh,5:7wm,2:9hh,1:7wm,1:9hh,1:0,o:9hh,2:b2c,1:i,2:9hh,b:6br,1:7wm,2:6br,2:i,2:9hh,1:b2c,2:6br,1:7wm,1:0,a:9hh,6:0,2:9hh,6:0,2:9hh,6:0,9:9hh,7:0,1:9hh,7:0,1:ao2,17:1lh,1:c90,4:ao2,9:c90,1:1lh,2:0,4:ao2,28:9hh,z:6br,2:7wm,1:6br,2:7wm,1:6br,2:i,1:6br,1:7wm,1:0,2:6i1,a:0,6:9hh,8mc:0,c:9hh,n:0,4:9hh,1d:0,4:s,1kw:t,4xs:9hh,2z:9l1,1:9hh,7:9l1,1:9hh,4:9l1,1:9hh,1l:9l1,1:9hh,u:9l1,1:9hh,1:9l1,1:9hh,15:9l1,1:9hh,34:0,2:9hh,2y:0,12:ao2,7:0,c:ao2,5:0,5:9hh,1:7wm,1:9hh,a:j,1:9hh,d:0,1:9hh,5:0,1:9hh,1:0,1:9hh,2:0,1:9hh,2:0,1:9hh,30:1lh,h:0,g:9hh,3v:5,6:9hh,62:f,1:e,1:m,g:9hh,1s:0,2:9hh,1i:0,7:m,1:0,w:9hh,a:5,2:k,1:m,3:7wm,g:i,3:1le,1:i,3:e,1:f,1:i,1:0,6:7wm,g:i,1:d,2:6bw,2:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:e,1:f,1:i,2:e,1:f,1:i,4:6bw,3:i,2:1le,1:0,1:i,1:1le,1:i,2:d,1:e,1:f,1:e,1:f,1:e,1:f,1:i,3:j,1:d,1:j,3:0,1:i,1:k,1:i,2:0,4:5,1:9hh,1:5,1:9hh,1:5,1:0,1:5,1:9hh,1:5,1:9hh,1:5,1:9hh,1:5,1:9hh,1:5,1:9hh,3i:0,2:1ln,1:0,1:i,3:k,1:i,2:1le,1:e,1:f,1:i,1:j,1:i,1:d,1:1le,1:i,1:6i1,a:1le,1:i,1:j,3:i,2:agx,q:e,1:i,1:f,1:1lh,1:6bw,1:1lh,1:ao2,q:e,1:j,1:f,1:j,1:e,1:f,1:i,1:e,1:f,1:i,2:9hh,a:b2c,1:9hh,19:7wk,2:9hh,v:0,3:9hh,6:0,2:9hh,6:0,2:9hh,6:0,2:9hh,3:0,3:k,2:j,1:1lh,1:m,1:k,2:0,1:m,1:j,4:m,2:0,a:1ln,3:m,2:0,2:9hh,c:0,1:9hh,q:0,1:9hh,j:0,1:9hh,2:0,1:9hh,f:0,2:9hh,e:0,y:9hh,3f:0,5:i,3:0,4:3v,19:0,3:m,9:9l6,1h:3v,4:m,h:3v,2:m,3:0,1:m,d:0,3:m,1:0,1b:m,19:7wm,1:0,3m:9hh,t:0,3:9hh,1d:0,f:7wm,1:3v,r:0,4:9hh,w:3v,4:0,9:9hh,k:9l6,1:9hh,8:9l6,1:0,5:9hh,12:7wm,5:0,5:9hh,u:0,1:i,1:9hh,10:0,4:9hh,8:i,1:9l6,5:0,16:agx,14:ao2,14:9hh,26:0,2:6i1,a:0,6:agx,10:0,4:ao2,10:0,4:9hh,14:0,8:9hh,1g:0,b:i,1:agx,b:0,1:agx,f:0,1:agx,7:0,1:agx,2:0,1:ao2,b:0,1:ao2,f:0,1:ao2,7:0,1:ao2,2:0,1v:9hh,8n:0,9:9hh,m:0,a:9hh,8:0,o:c90,1:b2c,2:c90,3:0,1:c90,16:0,1:c90,9:0,1x:9hh,6:0,2:9hh,1:0,1:9hh,18:0,1:9hh,2:0,3:9hh,1:0,2:9hh,n:0,1:i,1:3v,8:9hh,n:m,2:3v,7:9hh,v:0,8:3v,9:0,1c:9hh,j:0,1:9hh,2:0,5:3v,5:9hh,m:3v,6:0,3:i,1:9hh,q:0,5:i,1:0,1s:9hh,1k:0,4:3v,2:9hh,2:3v,g:0,2:3v,1a:9hh,1:7wm,3:0,1:7wm,2:0,5:7wm,4:9hh,4:0,1:9hh,3:0,1:9hh,t:0,2:7wm,3:0,4:7wm,1:5n,4:3v,5:0,7:i,9:0,7:9hh,t:3v,2:i,1:9hh,t:3v,3:0,w:9hh,8:m,1:9hh,s:7wm,2:0,4:3v,5:i,7:0,9:9hh,1i:0,3:i,7:9hh,m:0,2:3v,8:9hh,j:0,5:3v,8:9hh,i:0,7:i,4:0,c:3v,7:0,28:9hh,21:0,1j:agx,1f:0,d:ao2,1f:0,7:3v,6:9hh,10:7wm,4:0,8:6i1,a:0,86:5n,9:3v,m:0,1:9hh,16:0,1:7wm,2:d,1:0,2:9hh,2:0,23:7wm,3:9hh,t:3v,a:9hh,1:0,8:9hh,m:7wm,b:3v,4:i,5:0,m:9hh,i:7wm,4:i,4:0,12:9hh,l:3v,7:0,k:9hh,n:0,9:6br,1:7wm,1:6br,1:9hh,1h:7wm,f:i,7:0,4:5n,9:3v,b:6i1,a:7wm,1:9hh,2:7wm,2:9hh,1:0,9:7wm,3:6br,1:9hh,19:6br,3:7wm,4:6br,2:7wm,2:i,2:1ln,1:i,4:7wm,1:0,a:1ln,1:0,2:9hh,p:0,7:6i1,a:0,6:7wm,3:9hh,10:7wm,5:6br,1:7wm,8:0,1:6i1,a:i,4:9hh,1:6br,2:9hh,1:0,8:9hh,z:7wm,1:i,2:9hh,1:0,9:7wm,2:6br,1:9hh,1c:6br,3:7wm,9:6br,2:9hh,4:i,4:7wm,4:i,1:6br,1:7wm,1:6i1,a:9hh,1:i,1:9hh,1:i,3:0,1:3v,k:0,b:9hh,i:0,1:9hh,p:6br,3:7wm,3:6br,2:7wm,1:6br,1:7wm,2:i,6:7wm,1:9hh,2:7wm,1:0,1q:9hh,7:0,1:9hh,1:0,1:9hh,4:0,1:9hh,f:0,1:9hh,a:i,1:0,6:9hh,1b:7wm,1:6br,3:7wm,8:0,5:6i1,a:0,6:7wm,2:6br,2:0,1:9hh,8:0,2:9hh,2:0,2:9hh,m:0,1:9hh,7:0,1:9hh,2:0,1:9hh,5:0,1:7wm,2:9hh,1:6br,2:7wm,1:6br,4:0,2:6br,2:0,2:6br,3:0,2:9hh,1:0,6:6br,1:0,5:9hh,5:6br,2:0,2:7wm,7:0,3:7wm,5:0,3v:9hh,1h:6br,3:7wm,8:6br,2:7wm,3:6br,1:7wm,1:9hh,4:i,5:6i1,a:i,2:0,1:i,1:7wm,1:9hh,3:0,u:9hh,1c:6br,3:7wm,6:6br,1:7wm,1:6br,4:7wm,2:6br,1:7wm,2:9hh,2:i,1:9hh,1:0,8:6i1,a:0,4m:9hh,1b:6br,3:7wm,4:0,2:6br,4:7wm,2:6br,1:7wm,2:i,n:9hh,4:7wm,2:0,y:9hh,1c:6br,3:7wm,8:6br,2:7wm,1:6br,1:7wm,2:i,3:9hh,1:0,b:6i1,a:0,6:i,d:0,j:9hh,17:7wm,1:6br,1:7wm,1:6br,2:7wm,6:6br,1:7wm,1:9hh,1:i,1:0,6:6i1,a:0,1i:9hh,r:0,2:7wm,3:6br,2:7wm,4:6br,1:7wm,5:0,4:6i1,a:3v,2:i,3:m,1:9hh,7:0,55:9hh,18:6br,3:7wm,9:6br,1:7wm,2:i,1:0,2s:agx,w:ao2,w:6i1,a:3v,9:0,c:9hh,8:0,2:9hh,1:0,2:9hh,8:0,1:9hh,2:0,1:9hh,o:6br,6:0,1:6br,2:0,2:7wm,2:6br,1:7wm,1:9hh,1:6br,1:9hh,1:6br,1:7wm,1:i,3:0,9:6i1,a:0,1y:9hh,8:0,2:9hh,13:6br,3:7wm,4:0,2:7wm,2:6br,4:7wm,1:9hh,1:i,1:9hh,1:6br,1:0,r:9hh,1:7wm,a:9hh,14:7wm,6:6br,1:9hh,1:7wm,4:i,8:7wm,1:0,8:9hh,1:7wm,6:6br,2:7wm,3:9hh,1a:7wm,d:6br,1:7wm,2:i,3:9hh,1:i,5:0,d:9hh,21:0,7:i,a:0,6u:9hh,9:0,1:9hh,11:6br,1:7wm,7:0,1:7wm,6:6br,1:7wm,1:9hh,1:i,5:0,a:6i1,a:3v,j:0,3:i,2:9hh,u:0,2:7wm,m:0,1:6br,1:7wm,7:6br,1:7wm,2:6br,1:7wm,2:0,21:9hh,7:0,1:9hh,2:0,1:9hh,12:7wm,6:0,3:7wm,1:0,1:7wm,2:0,1:7wm,7:9hh,1:7wm,1:0,8:6i1,a:0,6:9hh,6:0,1:9hh,2:0,1:9hh,w:6br,5:0,1:7wm,2:0,1:6br,2:7wm,1:6br,1:7wm,1:9hh,1:0,7:6i1,a:0,8m:9hh,j:7wm,2:6br,2:i,2:0,7:7wm,2:9hh,1:6br,1:9hh,d:0,1:9hh,y:6br,2:7wm,5:0,3:6br,2:7wm,1:6br,1:7wm,1:i,d:6i1,a:0,2e:9hh,1:0,f:3v,l:m,8:k,4:m,h:0,d:i,1:9hh,pm:0,2u:9l6,33:0,1:i,5:0,b:9hh,5g:0,218:9hh,2p:i,2:0,d:9hh,ts:1ln,g:7wm,1:9hh,6:7wm,f:0,33e:9hh,g7:0,6nt:9hh,ft:0,7:9hh,v:0,1:6i1,a:0,4:i,2:9hh,27:0,1:6i1,a:0,6:9hh,u:0,2:7wm,5:i,1:0,a:9hh,1c:7wm,7:i,5:m,4:b2c,4:i,1:m,1:0,a:6i1,a:0,1:3v,7:0,1:9hh,l:0,5:9hh,j:0,j4:agx,w:ao2,w:3v,n:i,4:0,2t:9hh,23:0,4:7wm,1:9hh,1:6br,1j:0,7:7wm,4:b2c,d:0,1s:b2c,2:i,1:b2c,1:7wm,1:0,b:6br,2:0,e:9hh,4qg:0,8:9hh,ye:0,16:9hh,9:0,6w7:b2c,4:0,1:b2c,7:0,1:b2c,2:0,1:9hh,83:0,f:9hh,1:0,t:9hh,3:0,2:9hh,1:0,e:9hh,4:0,8:9hh,b0:0,1s4:9hh,2z:0,5:9hh,d:0,3:9hh,9:0,7:9hh,a:0,2:m,1:7wm,2:i,1:1ln,4:0,3mk:7wm,1a:0,2:7wm,n:0,9:m,38:0,1o:m,6u:0,a:m,13:0,2:m,1o:6br,2:7wm,3:m,3:6br,6:1ln,8:7wm,8:m,2:7wm,7:m,u:7wm,4:m,1p:0,l:m,1u:7wm,3:m,1:0,3e:3v,k:0,c:3v,k:0,c:m,2f:0,9:3v,p:0,3r:agx,q:ao2,q:agx,q:ao2,7:0,1:ao2,i:agx,q:ao2,q:agx,1:0,1:agx,2:0,2:agx,1:0,2:agx,2:0,2:agx,4:0,1:agx,8:ao2,4:0,1:ao2,1:0,1:ao2,7:0,1:ao2,b:agx,q:ao2,q:agx,2:0,1:agx,4:0,2:agx,8:0,1:agx,7:0,1:ao2,q:agx,2:0,1:agx,4:0,1:agx,5:0,1:agx,1:0,3:agx,7:0,1:ao2,q:agx,q:ao2,q:agx,q:ao2,q:agx,q:ao2,q:agx,q:ao2,q:agx,q:ao2,q:agx,q:ao2,s:0,2:agx,p:j,1:ao2,p:j,1:ao2,6:agx,p:j,1:ao2,p:j,1:ao2,6:agx,p:j,1:ao2,p:j,1:ao2,6:agx,p:j,1:ao2,p:j,1:ao2,6:agx,p:j,1:ao2,p:j,1:ao2,6:agx,1:ao2,1:0,2:6i1,1e:m,e8:7wm,1j:m,4:7wm,1e:m,8:7wm,1:m,e:7wm,1:m,2:i,5:0,f:7wm,5:0,1:7wm,f:0,uo:ao2,a:9hh,1:ao2,k:0,6:ao2,6:0,5x:7wm,7:0,1:7wm,h:0,2:7wm,7:0,1:7wm,2:0,1:7wm,5:0,5:c90,1q:0,x:7wm,1:0,34:9hh,19:0,3:7wm,7:b2c,7:0,2:6i1,a:0,4:9hh,1:m,1:0,8w:9hh,u:7wm,1:0,h:9hh,18:7wm,4:6i1,a:0,5:k,1:0,cw:9hh,r:b2c,1:7wm,4:6i1,a:0,km:9hh,7:0,1:9hh,4:0,1:9hh,2:0,1:9hh,f:0,1:9hh,5h:0,2:3v,9:7wm,7:0,15:agx,y:ao2,y:7wm,7:b2c,1:0,4:6i1,a:0,4:i,2:0,lt:3v,1n:m,1:3v,3:k,1:3v,4:0,24:3v,19:m,1:3v,f:0,5e:9hh,4:0,1:9hh,r:0,1:9hh,2:0,1:9hh,1:0,2:9hh,1:0,1:9hh,a:0,1:9hh,4:0,1:9hh,1:0,1:9hh,1:0,6:9hh,1:0,4:9hh,1:0,1:9hh,1:0,1:9hh,1:0,1:9hh,3:0,1:9hh,2:0,1:9hh,1:0,2:9hh,1:0,1:9hh,1:0,1:9hh,1:0,1:9hh,1:0,1:9hh,1:0,1:9hh,2:0,1:9hh,1:0,2:9hh,4:0,1:9hh,7:0,1:9hh,4:0,1:9hh,4:0,1:9hh,1:0,1:9hh,a:0,1:9hh,h:0,5:9hh,3:0,1:9hh,5:0,1:9hh,h:0,1g:j,2:0,7i:m,18:0,4:m,2s:0,c:m,f:0,2:m,f:0,1:m,f:0,1:m,11:0,a:5n,b:3v,2:m,z:106,q:m,6:106,q:m,6:106,q:m,10:0,1k:m,t:0,d:m,18:0,4:m,9:0,7:m,2:0,e:m,6:0,4a:m,6z:1lh,5:m,k8:0,4:m,h:0,3:m,d:0,3:m,3b:0,4:m,2n:0,6:m,c:0,4:m,1:0,f:m,c:0,4:m,1k:0,8:m,a:0,6:m,14:0,8:m,u:0,2:m,2:0,26:m,9g:0,c:m,e:0,2:m,d:0,3:m,9:0,7:m,1a:0,1:m,7:0,8:m,e:0,4:m,9:0,7:m,9:0,7:m,43:0,1:m,1j:0,11:6i1,a:0,sm:9hh,1:9l1,1:9hh,2q:9l1,1:9hh,3h:9l1,1:9hh,1q:9l1,1:9hh,1l4:9l1,1:9hh,2g:9l1,1:9hh,8:9l1,1:9hh,f:9l1,1:9hh,99:9l1,1:9hh,i:9l1,1:9hh,r:9l1,1:9hh,4ty:9l1,1:9hh,16v:9l1,1:9hh,3gi:9l1,1:9hh,7rl:9l1,1:9hh,diq:0,w:9hh,37e:0,6:9hh,66:0,2:9hh,4g2:0,e:9hh,5rl:0,2e7:9hh,40:9l1,1:9hh,b1:0,15u:9hh,3t7:0,5:9hh,38g:0,f975:1ln,1:0,u:1ln,2o:0,3k:7wm,6o:0,1e6o:t,1eke:0,2:t,1eke:0';
// case mappings: runs "delta:count:stride:mapdelta" + multi-char "cp:ch.ch.ch" (1525 upper, 1433 lower, 135 title-vs-upper, 297 casefold-vs-lower)
const UPPER_RUNS = '2p:q:1:-w,2c:1:1:kn,17:n:1:-w,o:7:1:-w,7:1:1:3d,2:o:2:-1,1c:1:1:-6g,2:3:2:-1,7:8:2:-1,h:n:2:-1,1b:3:2:-1,5:1:1:-8c,1:1:1:5f,3:2:2:-1,5:1:1:-1,4:1:1:-1,6:1:1:-1,3:1:1:2p,4:1:1:-1,1:1:1:4j,4:1:1:3m,3:3:2:-1,7:1:1:-1,5:1:1:-1,3:1:1:-1,4:2:2:-1,5:1:1:-1,4:1:1:-1,2:1:1:1k,6:1:1:-1,1:1:1:-2,2:1:1:-1,1:1:1:-2,2:1:1:-1,1:1:1:-2,2:8:2:-1,f:1:1:-27,2:9:2:-1,j:1:1:-1,1:1:1:-2,2:1:1:-1,4:k:2:-1,16:9:2:-1,p:1:1:-1,3:2:1:8cf,3:1:1:-1,5:5:2:-1,9:1:1:8bj,1:1:1:8bg,1:1:1:8bi,1:1:1:-5u,1:1:1:-5q,2:2:1:-5p,3:1:1:-5m,2:1:1:-5n,1:1:1:wnj,4:1:1:-5p,1:1:1:wnf,2:1:1:-5r,2:1:1:wmg,1:1:1:wn8,2:1:1:-5t,1:1:1:-5v,1:1:1:wn8,1:1:1:8af,1:1:1:wn5,3:1:1:-5v,2:1:1:8al,1:1:1:-5x,3:1:1:-5y,8:1:1:89z,3:1:1:-62,2:1:1:wn7,1:1:1:-62,4:1:1:wmi,1:1:1:-62,1:1:1:-1x,1:2:1:-61,2:1:1:-1z,6:1:1:-63,b:1:1:wlx,1:1:1:wlu,4n:1:1:2c,18:2:2:-1,6:1:1:-1,4:3:1:3m,1d:1:1:-12,1:3:1:-11,4:h:1:-w,h:1:1:-v,1:9:1:-w,9:1:1:-1s,1:2:1:-1r,3:1:1:-1q,1:1:1:-1l,4:1:1:-1b,1:1:1:-1i,1:1:1:-8,2:c:2:-1,n:1:1:-2e,1:1:1:-28,1:1:1:7,1:1:1:-38,2:1:1:-2o,3:1:1:-1,3:1:1:-1,1h:w:1:-w,w:g:1:-28,h:h:2:-1,16:r:2:-1,1j:7:2:-1,d:1:1:-f,2:1c:2:-1,40:12:1:-1c,29b:17:1:2bk,19:3:1:2bk,l7:6:1:-8,1oo:1:1:-4tq,1:1:1:-4tp,1:1:1:-4tg,1:2:1:-4te,2:1:1:-4tf,1:1:1:-4t8,1:1:1:-4rp,1:1:1:r7m,6p:1:1:r9g,4:1:1:2xy,h:1:1:raw,37:23:2:-1,4a:1:1:-1n,6:1c:2:-1,2n:8:1:8,g:6:1:8,g:8:1:8,g:8:1:8,g:6:1:8,h:4:2:8,f:8:1:8,g:2:1:22,2:4:1:2e,4:2:1:2s,2:2:1:3k,2:2:1:34,2:2:1:3i,1g:2:1:8,e:1:1:-5k5,i:2:1:8,g:2:1:8,5:1:1:7,a1:1:1:-s,y:g:1:-g,k:1:1:-1,ng:q:1:-q,1gg:1c:1:-1c,1d:1:1:-1,4:1:1:-8bv,1:1:1:-8bs,2:3:2:-1,b:1:1:-1,3:1:1:-1,b:1e:2:-1,2z:2:2:-1,7:1:1:-1,d:12:1:-5ls,13:1:1:-5ls,6:1:1:-5ls,nx0:n:2:-1,1s:e:2:-1,4i:7:2:-1,g:v:2:-1,1z:2:2:-1,5:5:2:-1,d:1:1:-1,5:2:2:-1,3:1:1:1c,3:a:2:-1,u:8:2:-1,j:2:2:-1,9:1:1:-1,6:2:2:-1,v:1:1:-1,nx:1:1:-ps,t:28:1:-tzk,gk1:q:1:-w,yv:14:1:-14,4w:10:1:-14,5b:b:1:-13,c:f:1:-13,g:7:1:-13,8:2:1:-13,1dx:1f:1:-1s,2dc:w:1:-w,gww:w:1:-w,o8y:y:1:-y';
const UPPER_MULTI = '67:2b.2b;95:jg.26;ds:22.lo;pc:pl.lk.ld;q8:px.lk.ld;13b:111.11u;61i:20.mp;61j:2c.lk;61k:2f.lm;61l:2h.lm;61m:1t.ji;66o:px.lv;66q:px.lv.lc;66s:px.lv.ld;66u:px.lv.n6;680:64o.pl;681:64p.pl;682:64q.pl;683:64r.pl;684:64s.pl;685:64t.pl;686:64u.pl;687:64v.pl;688:64o.pl;689:64p.pl;68a:64q.pl;68b:64r.pl;68c:64s.pl;68d:64t.pl;68e:64u.pl;68f:64v.pl;68g:65k.pl;68h:65l.pl;68i:65m.pl;68j:65n.pl;68k:65o.pl;68l:65p.pl;68m:65q.pl;68n:65r.pl;68o:65k.pl;68p:65l.pl;68q:65m.pl;68r:65n.pl;68s:65o.pl;68t:65p.pl;68u:65q.pl;68v:65r.pl;68w:67c.pl;68x:67d.pl;68y:67e.pl;68z:67f.pl;690:67g.pl;691:67h.pl;692:67i.pl;693:67j.pl;694:67c.pl;695:67d.pl;696:67e.pl;697:67f.pl;698:67g.pl;699:67h.pl;69a:67i.pl;69b:67j.pl;69e:69m.pl;69f:pd.pl;69g:p2.pl;69i:pd.n6;69j:pd.n6.pl;69o:pd.pl;69u:6a2.pl;69v:pj.pl;69w:p5.pl;69y:pj.n6;69z:pj.n6.pl;6a4:pj.pl;6aa:pl.lk.lc;6ab:pl.lk.ld;6ae:pl.n6;6af:pl.lk.n6;6aq:px.lk.lc;6ar:px.lk.ld;6as:pt.lv;6au:px.n6;6av:px.lk.n6;6b6:6be.pl;6b7:q1.pl;6b8:pb.pl;6ba:q1.n6;6bb:q1.n6.pl;6bg:q1.pl;1dkw:1y.1y;1dkx:1y.21;1dky:1y.24;1dkz:1y.1y.21;1dl0:1y.1y.24;1dl1:2b.2c;1dl2:2b.2c;1dlf:11g.11i;1dlg:11g.111;1dlh:11g.117;1dli:11q.11i;1dlj:11g.119';
const LOWER_RUNS = '1t:q:1:w,3j:n:1:w,o:7:1:w,14:o:2:1,1e:3:2:1,7:8:2:1,h:n:2:1,1a:1:1:-3d,1:3:2:1,8:1:1:5u,1:2:2:1,4:1:1:5q,1:1:1:1,2:2:1:5p,2:1:1:1,3:1:1:27,1:1:1:5m,1:1:1:5n,1:1:1:1,2:1:1:5p,1:1:1:5r,2:1:1:5v,1:1:1:5t,1:1:1:1,4:1:1:5v,1:1:1:5x,2:1:1:5y,1:3:2:1,6:1:1:62,1:1:1:1,2:1:1:62,3:1:1:1,2:1:1:62,1:1:1:1,2:2:1:61,2:2:2:1,4:1:1:63,1:1:1:1,4:1:1:1,8:1:1:2,1:1:1:1,2:1:1:2,1:1:1:1,2:1:1:2,1:9:2:1,j:9:2:1,j:1:1:2,1:2:2:1,4:1:1:-2p,1:1:1:-1k,1:k:2:1,14:1:1:-3m,2:9:2:1,o:1:1:8bv,1:1:1:1,2:1:1:-4j,1:1:1:8bs,3:1:1:1,2:1:1:-5f,1:1:1:1x,1:1:1:1z,1:5:2:1,8a:2:2:1,6:1:1:1,9:1:1:38,7:1:1:12,2:3:1:11,4:1:1:1s,2:2:1:1r,3:h:1:w,i:9:1:w,18:1:1:8,9:c:2:1,s:1:1:-1o,3:1:1:1,2:1:1:-7,1:1:1:1,3:3:1:-3m,3:g:1:28,g:w:1:w,28:h:2:1,16:r:2:1,1i:1:1:f,1:7:2:1,f:1c:2:1,2p:12:1:1c,29b:12:1:5ls,13:1:1:5ls,6:1:1:5ls,k3:28:1:tzk,28:6:1:8,1pc:17:1:-2bk,19:3:1:-2bk,8z:23:2:1,4e:1:1:-5vj,2:1c:2:1,2w:8:1:-8,g:6:1:-8,g:8:1:-8,g:8:1:-8,g:6:1:-8,h:4:2:-8,f:8:1:-8,w:8:1:-8,g:8:1:-8,g:8:1:-8,g:2:1:-8,2:2:1:-22,2:1:1:-9,c:4:1:-2e,4:1:1:-9,c:2:1:-8,2:2:1:-2s,e:2:1:-8,2:2:1:-34,2:1:1:-7,c:2:1:-3k,2:2:1:-3i,2:1:1:-9,8a:1:1:-5st,4:1:1:-6gv,1:1:1:-6di,7:1:1:s,1a:g:1:g,z:1:1:1,mr:q:1:q,1fu:1c:1:1c,2o:1:1:1,2:1:1:-8af,1:1:1:-2xy,1:1:1:-89z,3:3:2:1,6:1:1:-8bg,1:1:1:-8al,1:1:1:-8bj,1:1:1:-8bi,2:1:1:1,3:1:1:1,9:2:1:-8cf,2:1e:2:1,2z:2:2:1,7:1:1:1,nym:n:2:1,1s:e:2:1,4i:7:2:1,g:v:2:1,1z:2:2:1,4:1:1:-r9g,1:5:2:1,d:1:1:1,2:1:1:-wmg,3:2:2:1,6:a:2:1,k:1:1:-wn8,1:1:1:-wnj,1:1:1:-wnf,1:1:1:-wn5,1:1:1:-wn8,2:1:1:-wlu,1:1:1:-wmi,1:1:1:-wlx,1:1:1:ps,1:8:2:1,g:1:1:-1c,1:1:1:-wn7,1:1:1:-raw,1:2:2:1,9:1:1:1,6:2:2:1,v:1:1:1,h7w:q:1:w,yn:14:1:14,4w:10:1:14,5c:b:1:13,c:f:1:13,g:7:1:13,8:2:1:13,1d8:1f:1:1s,2e8:w:1:w,gww:w:1:w,o8w:y:1:y';
const LOWER_MULTI = '8g:2x.lj';
const TITLE_RUNS = 'ck:1:1:1,1:1:1:0,1:1:1:-1,1:1:1:1,1:1:1:0,1:1:1:-1,1:1:1:1,1:1:1:0,1:1:1:-1,11:1:1:1,1:1:1:0,1:1:1:-1,2xp:17:1:0,19:3:1:0,2v7:8:1:8,8:8:1:0,8:8:1:8,8:8:1:0,8:8:1:8,8:8:1:0,b:1:1:9,9:1:1:0,7:1:1:9,9:1:1:0,13:1:1:9,9:1:1:0';
const TITLE_MULTI = '67:2b.37;13b:111.136;69e:69m.n9;69g:p2.n9;69j:pd.n6.n9;69u:6a2.n9;69w:p5.n9;69z:pj.n6.n9;6b6:6be.n9;6b8:pb.n9;6bb:q1.n6.n9;1dkw:1y.2u;1dkx:1y.2x;1dky:1y.30;1dkz:1y.2u.2x;1dl0:1y.2u.30;1dl1:2b.38;1dl2:2b.38;1dlf:11g.12u;1dlg:11g.12d;1dlh:11g.12j;1dli:11q.12u;1dlj:11g.12l';
const FOLD_RUNS = '51:1:1:lj,5m:1:1:-7g,cm:1:1:38,3h:1:1:1,e:1:1:-u,1:1:1:-p,4:1:1:-f,1:1:1:-m,q:1:1:-1i,1:1:1:-1c,4:1:1:-1s,33f:2e:1:0,2g:6:1:-8,1oo:1:1:-4su,1:1:1:-4st,1:1:1:-4sk,1:2:1:-4si,2:1:1:-4sj,1:1:1:-4sc,1:1:1:-4ro,1:1:1:r7n,er:1:1:-1m,83:1:1:-5j9,rle:28:1:-tzk';
const FOLD_MULTI = '67:37.37;95:jg.32;ds:2y.lo;pc:qh.lk.ld;q8:qt.lk.ld;13b:12d.136;61i:2w.mp;61j:38.lk;61k:3b.lm;61l:3d.lm;61m:2p.ji;61q:37.37;66o:qt.lv;66q:qt.lv.lc;66s:qt.lv.ld;66u:qt.lv.n6;680:64g.qh;681:64h.qh;682:64i.qh;683:64j.qh;684:64k.qh;685:64l.qh;686:64m.qh;687:64n.qh;688:64g.qh;689:64h.qh;68a:64i.qh;68b:64j.qh;68c:64k.qh;68d:64l.qh;68e:64m.qh;68f:64n.qh;68g:65c.qh;68h:65d.qh;68i:65e.qh;68j:65f.qh;68k:65g.qh;68l:65h.qh;68m:65i.qh;68n:65j.qh;68o:65c.qh;68p:65d.qh;68q:65e.qh;68r:65f.qh;68s:65g.qh;68t:65h.qh;68u:65i.qh;68v:65j.qh;68w:674.qh;68x:675.qh;68y:676.qh;68z:677.qh;690:678.qh;691:679.qh;692:67a.qh;693:67b.qh;694:674.qh;695:675.qh;696:676.qh;697:677.qh;698:678.qh;699:679.qh;69a:67a.qh;69b:67b.qh;69e:67k.qh;69f:q9.qh;69g:q4.qh;69i:q9.n6;69j:q9.n6.qh;69o:q9.qh;69u:67o.qh;69v:qf.qh;69w:q6.qh;69y:qf.n6;69z:qf.n6.qh;6a4:qf.qh;6aa:qh.lk.lc;6ab:qh.lk.ld;6ae:qh.n6;6af:qh.lk.n6;6aq:qt.lk.lc;6ar:qt.lk.ld;6as:qp.lv;6au:qt.n6;6av:qt.lk.n6;6b6:67w.qh;6b7:qx.qh;6b8:r2.qh;6ba:qx.n6;6bb:qx.n6.qh;6bg:qx.qh;1dkw:2u.2u;1dkx:2u.2x;1dky:2u.30;1dkz:2u.2u.2x;1dl0:2u.2u.30;1dl1:37.38;1dl2:37.38;1dlf:12s.12u;1dlg:12s.12d;1dlh:12s.12j;1dli:132.12u;1dlj:12s.12l';
const CJK_UNIFIED_RANGES: readonly (readonly [number, number])[] = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x20000, 0x2a6df], [0x2a700, 0x2b739], [0x2b740, 0x2b81d], [0x2b820, 0x2cea1], [0x2ceb0, 0x2ebe0], [0x30000, 0x3134a], [0x31350, 0x323af]];
const NAME_ALIASES: Readonly<Record<string, number>> = {'NULL': 0x0, 'NUL': 0x0, 'START OF HEADING': 0x1, 'START OF TEXT': 0x2, 'END OF TEXT': 0x3, 'END OF TRANSMISSION': 0x4, 'ENQUIRY': 0x5, 'ACKNOWLEDGE': 0x6, 'ALERT': 0x7, 'BEL': 0x7, 'BACKSPACE': 0x8, 'BS': 0x8, 'CHARACTER TABULATION': 0x9, 'HORIZONTAL TABULATION': 0x9, 'TAB': 0x9, 'HT': 0x9, 'LINE FEED': 0xa, 'NEW LINE': 0xa, 'END OF LINE': 0xa, 'LF': 0xa, 'NL': 0xa, 'EOL': 0xa, 'LINE TABULATION': 0xb, 'VERTICAL TABULATION': 0xb, 'VT': 0xb, 'FORM FEED': 0xc, 'FF': 0xc, 'CARRIAGE RETURN': 0xd, 'CR': 0xd, 'SHIFT OUT': 0xe, 'SHIFT IN': 0xf, 'DATA LINK ESCAPE': 0x10, 'DEVICE CONTROL ONE': 0x11, 'DEVICE CONTROL TWO': 0x12, 'DEVICE CONTROL THREE': 0x13, 'DEVICE CONTROL FOUR': 0x14, 'NEGATIVE ACKNOWLEDGE': 0x15, 'SYNCHRONOUS IDLE': 0x16, 'END OF TRANSMISSION BLOCK': 0x17, 'CANCEL': 0x18, 'END OF MEDIUM': 0x19, 'SUBSTITUTE': 0x1a, 'ESCAPE': 0x1b, 'ESC': 0x1b, 'INFORMATION SEPARATOR FOUR': 0x1c, 'FILE SEPARATOR': 0x1c, 'INFORMATION SEPARATOR THREE': 0x1d, 'GROUP SEPARATOR': 0x1d, 'INFORMATION SEPARATOR TWO': 0x1e, 'RECORD SEPARATOR': 0x1e, 'INFORMATION SEPARATOR ONE': 0x1f, 'UNIT SEPARATOR': 0x1f, 'SP': 0x20, 'DELETE': 0x7f, 'DEL': 0x7f, 'NEXT LINE': 0x85, 'NEL': 0x85, 'NBSP': 0xa0, 'SHY': 0xad, 'ZWSP': 0x200b, 'ZWNJ': 0x200c, 'ZWJ': 0x200d, 'LRM': 0x200e, 'RLM': 0x200f, 'BYTE ORDER MARK': 0xfeff, 'BOM': 0xfeff, 'ZWNBSP': 0xfeff, 'WJ': 0x2060, 'VS16': 0xfe0f};
// 1727 names: "hex name" joined by "|"
const NAME_TABLE =
  '20 SPACE|21 EXCLAMATION MARK|22 QUOTATION MARK|23 NUMBER SIGN|24 DOLLAR SIGN|25 PERCENT SIGN|' +
  '26 AMPERSAND|27 APOSTROPHE|28 LEFT PARENTHESIS|29 RIGHT PARENTHESIS|2a ASTERISK|2b PLUS SIGN|' +
  '2c COMMA|2d HYPHEN-MINUS|2e FULL STOP|2f SOLIDUS|30 DIGIT ZERO|31 DIGIT ONE|' +
  '32 DIGIT TWO|33 DIGIT THREE|34 DIGIT FOUR|35 DIGIT FIVE|36 DIGIT SIX|37 DIGIT SEVEN|' +
  '38 DIGIT EIGHT|39 DIGIT NINE|3a COLON|3b SEMICOLON|3c LESS-THAN SIGN|3d EQUALS SIGN|' +
  '3e GREATER-THAN SIGN|3f QUESTION MARK|40 COMMERCIAL AT|41 LATIN CAPITAL LETTER A|42 LATIN CAPITAL LETTER B|43 LATIN CAPITAL LETTER C|' +
  '44 LATIN CAPITAL LETTER D|45 LATIN CAPITAL LETTER E|46 LATIN CAPITAL LETTER F|47 LATIN CAPITAL LETTER G|48 LATIN CAPITAL LETTER H|49 LATIN CAPITAL LETTER I|' +
  '4a LATIN CAPITAL LETTER J|4b LATIN CAPITAL LETTER K|4c LATIN CAPITAL LETTER L|4d LATIN CAPITAL LETTER M|4e LATIN CAPITAL LETTER N|4f LATIN CAPITAL LETTER O|' +
  '50 LATIN CAPITAL LETTER P|51 LATIN CAPITAL LETTER Q|52 LATIN CAPITAL LETTER R|53 LATIN CAPITAL LETTER S|54 LATIN CAPITAL LETTER T|55 LATIN CAPITAL LETTER U|' +
  '56 LATIN CAPITAL LETTER V|57 LATIN CAPITAL LETTER W|58 LATIN CAPITAL LETTER X|59 LATIN CAPITAL LETTER Y|5a LATIN CAPITAL LETTER Z|5b LEFT SQUARE BRACKET|' +
  '5c REVERSE SOLIDUS|5d RIGHT SQUARE BRACKET|5e CIRCUMFLEX ACCENT|5f LOW LINE|60 GRAVE ACCENT|61 LATIN SMALL LETTER A|' +
  '62 LATIN SMALL LETTER B|63 LATIN SMALL LETTER C|64 LATIN SMALL LETTER D|65 LATIN SMALL LETTER E|66 LATIN SMALL LETTER F|67 LATIN SMALL LETTER G|' +
  '68 LATIN SMALL LETTER H|69 LATIN SMALL LETTER I|6a LATIN SMALL LETTER J|6b LATIN SMALL LETTER K|6c LATIN SMALL LETTER L|6d LATIN SMALL LETTER M|' +
  '6e LATIN SMALL LETTER N|6f LATIN SMALL LETTER O|70 LATIN SMALL LETTER P|71 LATIN SMALL LETTER Q|72 LATIN SMALL LETTER R|73 LATIN SMALL LETTER S|' +
  '74 LATIN SMALL LETTER T|75 LATIN SMALL LETTER U|76 LATIN SMALL LETTER V|77 LATIN SMALL LETTER W|78 LATIN SMALL LETTER X|79 LATIN SMALL LETTER Y|' +
  '7a LATIN SMALL LETTER Z|7b LEFT CURLY BRACKET|7c VERTICAL LINE|7d RIGHT CURLY BRACKET|7e TILDE|a0 NO-BREAK SPACE|' +
  'a1 INVERTED EXCLAMATION MARK|a2 CENT SIGN|a3 POUND SIGN|a4 CURRENCY SIGN|a5 YEN SIGN|a6 BROKEN BAR|' +
  'a7 SECTION SIGN|a8 DIAERESIS|a9 COPYRIGHT SIGN|aa FEMININE ORDINAL INDICATOR|ab LEFT-POINTING DOUBLE ANGLE QUOTATION MARK|ac NOT SIGN|' +
  'ad SOFT HYPHEN|ae REGISTERED SIGN|af MACRON|b0 DEGREE SIGN|b1 PLUS-MINUS SIGN|b2 SUPERSCRIPT TWO|' +
  'b3 SUPERSCRIPT THREE|b4 ACUTE ACCENT|b5 MICRO SIGN|b6 PILCROW SIGN|b7 MIDDLE DOT|b8 CEDILLA|' +
  'b9 SUPERSCRIPT ONE|ba MASCULINE ORDINAL INDICATOR|bb RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK|bc VULGAR FRACTION ONE QUARTER|bd VULGAR FRACTION ONE HALF|be VULGAR FRACTION THREE QUARTERS|' +
  'bf INVERTED QUESTION MARK|c0 LATIN CAPITAL LETTER A WITH GRAVE|c1 LATIN CAPITAL LETTER A WITH ACUTE|c2 LATIN CAPITAL LETTER A WITH CIRCUMFLEX|c3 LATIN CAPITAL LETTER A WITH TILDE|c4 LATIN CAPITAL LETTER A WITH DIAERESIS|' +
  'c5 LATIN CAPITAL LETTER A WITH RING ABOVE|c6 LATIN CAPITAL LETTER AE|c7 LATIN CAPITAL LETTER C WITH CEDILLA|c8 LATIN CAPITAL LETTER E WITH GRAVE|c9 LATIN CAPITAL LETTER E WITH ACUTE|ca LATIN CAPITAL LETTER E WITH CIRCUMFLEX|' +
  'cb LATIN CAPITAL LETTER E WITH DIAERESIS|cc LATIN CAPITAL LETTER I WITH GRAVE|cd LATIN CAPITAL LETTER I WITH ACUTE|ce LATIN CAPITAL LETTER I WITH CIRCUMFLEX|cf LATIN CAPITAL LETTER I WITH DIAERESIS|d0 LATIN CAPITAL LETTER ETH|' +
  'd1 LATIN CAPITAL LETTER N WITH TILDE|d2 LATIN CAPITAL LETTER O WITH GRAVE|d3 LATIN CAPITAL LETTER O WITH ACUTE|d4 LATIN CAPITAL LETTER O WITH CIRCUMFLEX|d5 LATIN CAPITAL LETTER O WITH TILDE|d6 LATIN CAPITAL LETTER O WITH DIAERESIS|' +
  'd7 MULTIPLICATION SIGN|d8 LATIN CAPITAL LETTER O WITH STROKE|d9 LATIN CAPITAL LETTER U WITH GRAVE|da LATIN CAPITAL LETTER U WITH ACUTE|db LATIN CAPITAL LETTER U WITH CIRCUMFLEX|dc LATIN CAPITAL LETTER U WITH DIAERESIS|' +
  'dd LATIN CAPITAL LETTER Y WITH ACUTE|de LATIN CAPITAL LETTER THORN|df LATIN SMALL LETTER SHARP S|e0 LATIN SMALL LETTER A WITH GRAVE|e1 LATIN SMALL LETTER A WITH ACUTE|e2 LATIN SMALL LETTER A WITH CIRCUMFLEX|' +
  'e3 LATIN SMALL LETTER A WITH TILDE|e4 LATIN SMALL LETTER A WITH DIAERESIS|e5 LATIN SMALL LETTER A WITH RING ABOVE|e6 LATIN SMALL LETTER AE|e7 LATIN SMALL LETTER C WITH CEDILLA|e8 LATIN SMALL LETTER E WITH GRAVE|' +
  'e9 LATIN SMALL LETTER E WITH ACUTE|ea LATIN SMALL LETTER E WITH CIRCUMFLEX|eb LATIN SMALL LETTER E WITH DIAERESIS|ec LATIN SMALL LETTER I WITH GRAVE|ed LATIN SMALL LETTER I WITH ACUTE|ee LATIN SMALL LETTER I WITH CIRCUMFLEX|' +
  'ef LATIN SMALL LETTER I WITH DIAERESIS|f0 LATIN SMALL LETTER ETH|f1 LATIN SMALL LETTER N WITH TILDE|f2 LATIN SMALL LETTER O WITH GRAVE|f3 LATIN SMALL LETTER O WITH ACUTE|f4 LATIN SMALL LETTER O WITH CIRCUMFLEX|' +
  'f5 LATIN SMALL LETTER O WITH TILDE|f6 LATIN SMALL LETTER O WITH DIAERESIS|f7 DIVISION SIGN|f8 LATIN SMALL LETTER O WITH STROKE|f9 LATIN SMALL LETTER U WITH GRAVE|fa LATIN SMALL LETTER U WITH ACUTE|' +
  'fb LATIN SMALL LETTER U WITH CIRCUMFLEX|fc LATIN SMALL LETTER U WITH DIAERESIS|fd LATIN SMALL LETTER Y WITH ACUTE|fe LATIN SMALL LETTER THORN|ff LATIN SMALL LETTER Y WITH DIAERESIS|100 LATIN CAPITAL LETTER A WITH MACRON|' +
  '101 LATIN SMALL LETTER A WITH MACRON|102 LATIN CAPITAL LETTER A WITH BREVE|103 LATIN SMALL LETTER A WITH BREVE|104 LATIN CAPITAL LETTER A WITH OGONEK|105 LATIN SMALL LETTER A WITH OGONEK|106 LATIN CAPITAL LETTER C WITH ACUTE|' +
  '107 LATIN SMALL LETTER C WITH ACUTE|108 LATIN CAPITAL LETTER C WITH CIRCUMFLEX|109 LATIN SMALL LETTER C WITH CIRCUMFLEX|10a LATIN CAPITAL LETTER C WITH DOT ABOVE|10b LATIN SMALL LETTER C WITH DOT ABOVE|10c LATIN CAPITAL LETTER C WITH CARON|' +
  '10d LATIN SMALL LETTER C WITH CARON|10e LATIN CAPITAL LETTER D WITH CARON|10f LATIN SMALL LETTER D WITH CARON|110 LATIN CAPITAL LETTER D WITH STROKE|111 LATIN SMALL LETTER D WITH STROKE|112 LATIN CAPITAL LETTER E WITH MACRON|' +
  '113 LATIN SMALL LETTER E WITH MACRON|114 LATIN CAPITAL LETTER E WITH BREVE|115 LATIN SMALL LETTER E WITH BREVE|116 LATIN CAPITAL LETTER E WITH DOT ABOVE|117 LATIN SMALL LETTER E WITH DOT ABOVE|118 LATIN CAPITAL LETTER E WITH OGONEK|' +
  '119 LATIN SMALL LETTER E WITH OGONEK|11a LATIN CAPITAL LETTER E WITH CARON|11b LATIN SMALL LETTER E WITH CARON|11c LATIN CAPITAL LETTER G WITH CIRCUMFLEX|11d LATIN SMALL LETTER G WITH CIRCUMFLEX|11e LATIN CAPITAL LETTER G WITH BREVE|' +
  '11f LATIN SMALL LETTER G WITH BREVE|120 LATIN CAPITAL LETTER G WITH DOT ABOVE|121 LATIN SMALL LETTER G WITH DOT ABOVE|122 LATIN CAPITAL LETTER G WITH CEDILLA|123 LATIN SMALL LETTER G WITH CEDILLA|124 LATIN CAPITAL LETTER H WITH CIRCUMFLEX|' +
  '125 LATIN SMALL LETTER H WITH CIRCUMFLEX|126 LATIN CAPITAL LETTER H WITH STROKE|127 LATIN SMALL LETTER H WITH STROKE|128 LATIN CAPITAL LETTER I WITH TILDE|129 LATIN SMALL LETTER I WITH TILDE|12a LATIN CAPITAL LETTER I WITH MACRON|' +
  '12b LATIN SMALL LETTER I WITH MACRON|12c LATIN CAPITAL LETTER I WITH BREVE|12d LATIN SMALL LETTER I WITH BREVE|12e LATIN CAPITAL LETTER I WITH OGONEK|12f LATIN SMALL LETTER I WITH OGONEK|130 LATIN CAPITAL LETTER I WITH DOT ABOVE|' +
  '131 LATIN SMALL LETTER DOTLESS I|132 LATIN CAPITAL LIGATURE IJ|133 LATIN SMALL LIGATURE IJ|134 LATIN CAPITAL LETTER J WITH CIRCUMFLEX|135 LATIN SMALL LETTER J WITH CIRCUMFLEX|136 LATIN CAPITAL LETTER K WITH CEDILLA|' +
  '137 LATIN SMALL LETTER K WITH CEDILLA|138 LATIN SMALL LETTER KRA|139 LATIN CAPITAL LETTER L WITH ACUTE|13a LATIN SMALL LETTER L WITH ACUTE|13b LATIN CAPITAL LETTER L WITH CEDILLA|13c LATIN SMALL LETTER L WITH CEDILLA|' +
  '13d LATIN CAPITAL LETTER L WITH CARON|13e LATIN SMALL LETTER L WITH CARON|13f LATIN CAPITAL LETTER L WITH MIDDLE DOT|140 LATIN SMALL LETTER L WITH MIDDLE DOT|141 LATIN CAPITAL LETTER L WITH STROKE|142 LATIN SMALL LETTER L WITH STROKE|' +
  '143 LATIN CAPITAL LETTER N WITH ACUTE|144 LATIN SMALL LETTER N WITH ACUTE|145 LATIN CAPITAL LETTER N WITH CEDILLA|146 LATIN SMALL LETTER N WITH CEDILLA|147 LATIN CAPITAL LETTER N WITH CARON|148 LATIN SMALL LETTER N WITH CARON|' +
  '149 LATIN SMALL LETTER N PRECEDED BY APOSTROPHE|14a LATIN CAPITAL LETTER ENG|14b LATIN SMALL LETTER ENG|14c LATIN CAPITAL LETTER O WITH MACRON|14d LATIN SMALL LETTER O WITH MACRON|14e LATIN CAPITAL LETTER O WITH BREVE|' +
  '14f LATIN SMALL LETTER O WITH BREVE|150 LATIN CAPITAL LETTER O WITH DOUBLE ACUTE|151 LATIN SMALL LETTER O WITH DOUBLE ACUTE|152 LATIN CAPITAL LIGATURE OE|153 LATIN SMALL LIGATURE OE|154 LATIN CAPITAL LETTER R WITH ACUTE|' +
  '155 LATIN SMALL LETTER R WITH ACUTE|156 LATIN CAPITAL LETTER R WITH CEDILLA|157 LATIN SMALL LETTER R WITH CEDILLA|158 LATIN CAPITAL LETTER R WITH CARON|159 LATIN SMALL LETTER R WITH CARON|15a LATIN CAPITAL LETTER S WITH ACUTE|' +
  '15b LATIN SMALL LETTER S WITH ACUTE|15c LATIN CAPITAL LETTER S WITH CIRCUMFLEX|15d LATIN SMALL LETTER S WITH CIRCUMFLEX|15e LATIN CAPITAL LETTER S WITH CEDILLA|15f LATIN SMALL LETTER S WITH CEDILLA|160 LATIN CAPITAL LETTER S WITH CARON|' +
  '161 LATIN SMALL LETTER S WITH CARON|162 LATIN CAPITAL LETTER T WITH CEDILLA|163 LATIN SMALL LETTER T WITH CEDILLA|164 LATIN CAPITAL LETTER T WITH CARON|165 LATIN SMALL LETTER T WITH CARON|166 LATIN CAPITAL LETTER T WITH STROKE|' +
  '167 LATIN SMALL LETTER T WITH STROKE|168 LATIN CAPITAL LETTER U WITH TILDE|169 LATIN SMALL LETTER U WITH TILDE|16a LATIN CAPITAL LETTER U WITH MACRON|16b LATIN SMALL LETTER U WITH MACRON|16c LATIN CAPITAL LETTER U WITH BREVE|' +
  '16d LATIN SMALL LETTER U WITH BREVE|16e LATIN CAPITAL LETTER U WITH RING ABOVE|16f LATIN SMALL LETTER U WITH RING ABOVE|170 LATIN CAPITAL LETTER U WITH DOUBLE ACUTE|171 LATIN SMALL LETTER U WITH DOUBLE ACUTE|172 LATIN CAPITAL LETTER U WITH OGONEK|' +
  '173 LATIN SMALL LETTER U WITH OGONEK|174 LATIN CAPITAL LETTER W WITH CIRCUMFLEX|175 LATIN SMALL LETTER W WITH CIRCUMFLEX|176 LATIN CAPITAL LETTER Y WITH CIRCUMFLEX|177 LATIN SMALL LETTER Y WITH CIRCUMFLEX|178 LATIN CAPITAL LETTER Y WITH DIAERESIS|' +
  '179 LATIN CAPITAL LETTER Z WITH ACUTE|17a LATIN SMALL LETTER Z WITH ACUTE|17b LATIN CAPITAL LETTER Z WITH DOT ABOVE|17c LATIN SMALL LETTER Z WITH DOT ABOVE|17d LATIN CAPITAL LETTER Z WITH CARON|17e LATIN SMALL LETTER Z WITH CARON|' +
  '17f LATIN SMALL LETTER LONG S|300 COMBINING GRAVE ACCENT|301 COMBINING ACUTE ACCENT|302 COMBINING CIRCUMFLEX ACCENT|303 COMBINING TILDE|304 COMBINING MACRON|' +
  '305 COMBINING OVERLINE|306 COMBINING BREVE|307 COMBINING DOT ABOVE|308 COMBINING DIAERESIS|309 COMBINING HOOK ABOVE|30a COMBINING RING ABOVE|' +
  '30b COMBINING DOUBLE ACUTE ACCENT|30c COMBINING CARON|30d COMBINING VERTICAL LINE ABOVE|30e COMBINING DOUBLE VERTICAL LINE ABOVE|30f COMBINING DOUBLE GRAVE ACCENT|310 COMBINING CANDRABINDU|' +
  '311 COMBINING INVERTED BREVE|312 COMBINING TURNED COMMA ABOVE|313 COMBINING COMMA ABOVE|314 COMBINING REVERSED COMMA ABOVE|315 COMBINING COMMA ABOVE RIGHT|316 COMBINING GRAVE ACCENT BELOW|' +
  '317 COMBINING ACUTE ACCENT BELOW|318 COMBINING LEFT TACK BELOW|319 COMBINING RIGHT TACK BELOW|31a COMBINING LEFT ANGLE ABOVE|31b COMBINING HORN|31c COMBINING LEFT HALF RING BELOW|' +
  '31d COMBINING UP TACK BELOW|31e COMBINING DOWN TACK BELOW|31f COMBINING PLUS SIGN BELOW|320 COMBINING MINUS SIGN BELOW|321 COMBINING PALATALIZED HOOK BELOW|322 COMBINING RETROFLEX HOOK BELOW|' +
  '323 COMBINING DOT BELOW|324 COMBINING DIAERESIS BELOW|325 COMBINING RING BELOW|326 COMBINING COMMA BELOW|327 COMBINING CEDILLA|328 COMBINING OGONEK|' +
  '329 COMBINING VERTICAL LINE BELOW|32a COMBINING BRIDGE BELOW|32b COMBINING INVERTED DOUBLE ARCH BELOW|32c COMBINING CARON BELOW|32d COMBINING CIRCUMFLEX ACCENT BELOW|32e COMBINING BREVE BELOW|' +
  '32f COMBINING INVERTED BREVE BELOW|330 COMBINING TILDE BELOW|331 COMBINING MACRON BELOW|332 COMBINING LOW LINE|333 COMBINING DOUBLE LOW LINE|334 COMBINING TILDE OVERLAY|' +
  '335 COMBINING SHORT STROKE OVERLAY|336 COMBINING LONG STROKE OVERLAY|337 COMBINING SHORT SOLIDUS OVERLAY|338 COMBINING LONG SOLIDUS OVERLAY|339 COMBINING RIGHT HALF RING BELOW|33a COMBINING INVERTED BRIDGE BELOW|' +
  '33b COMBINING SQUARE BELOW|33c COMBINING SEAGULL BELOW|33d COMBINING X ABOVE|33e COMBINING VERTICAL TILDE|33f COMBINING DOUBLE OVERLINE|340 COMBINING GRAVE TONE MARK|' +
  '341 COMBINING ACUTE TONE MARK|342 COMBINING GREEK PERISPOMENI|343 COMBINING GREEK KORONIS|344 COMBINING GREEK DIALYTIKA TONOS|345 COMBINING GREEK YPOGEGRAMMENI|346 COMBINING BRIDGE ABOVE|' +
  '347 COMBINING EQUALS SIGN BELOW|348 COMBINING DOUBLE VERTICAL LINE BELOW|349 COMBINING LEFT ANGLE BELOW|34a COMBINING NOT TILDE ABOVE|34b COMBINING HOMOTHETIC ABOVE|34c COMBINING ALMOST EQUAL TO ABOVE|' +
  '34d COMBINING LEFT RIGHT ARROW BELOW|34e COMBINING UPWARDS ARROW BELOW|34f COMBINING GRAPHEME JOINER|350 COMBINING RIGHT ARROWHEAD ABOVE|351 COMBINING LEFT HALF RING ABOVE|352 COMBINING FERMATA|' +
  '353 COMBINING X BELOW|354 COMBINING LEFT ARROWHEAD BELOW|355 COMBINING RIGHT ARROWHEAD BELOW|356 COMBINING RIGHT ARROWHEAD AND UP ARROWHEAD BELOW|357 COMBINING RIGHT HALF RING ABOVE|358 COMBINING DOT ABOVE RIGHT|' +
  '359 COMBINING ASTERISK BELOW|35a COMBINING DOUBLE RING BELOW|35b COMBINING ZIGZAG ABOVE|35c COMBINING DOUBLE BREVE BELOW|35d COMBINING DOUBLE BREVE|35e COMBINING DOUBLE MACRON|' +
  '35f COMBINING DOUBLE MACRON BELOW|360 COMBINING DOUBLE TILDE|361 COMBINING DOUBLE INVERTED BREVE|362 COMBINING DOUBLE RIGHTWARDS ARROW BELOW|363 COMBINING LATIN SMALL LETTER A|364 COMBINING LATIN SMALL LETTER E|' +
  '365 COMBINING LATIN SMALL LETTER I|366 COMBINING LATIN SMALL LETTER O|367 COMBINING LATIN SMALL LETTER U|368 COMBINING LATIN SMALL LETTER C|369 COMBINING LATIN SMALL LETTER D|36a COMBINING LATIN SMALL LETTER H|' +
  '36b COMBINING LATIN SMALL LETTER M|36c COMBINING LATIN SMALL LETTER R|36d COMBINING LATIN SMALL LETTER T|36e COMBINING LATIN SMALL LETTER V|36f COMBINING LATIN SMALL LETTER X|391 GREEK CAPITAL LETTER ALPHA|' +
  '392 GREEK CAPITAL LETTER BETA|393 GREEK CAPITAL LETTER GAMMA|394 GREEK CAPITAL LETTER DELTA|395 GREEK CAPITAL LETTER EPSILON|396 GREEK CAPITAL LETTER ZETA|397 GREEK CAPITAL LETTER ETA|' +
  '398 GREEK CAPITAL LETTER THETA|399 GREEK CAPITAL LETTER IOTA|39a GREEK CAPITAL LETTER KAPPA|39b GREEK CAPITAL LETTER LAMDA|39c GREEK CAPITAL LETTER MU|39d GREEK CAPITAL LETTER NU|' +
  '39e GREEK CAPITAL LETTER XI|39f GREEK CAPITAL LETTER OMICRON|3a0 GREEK CAPITAL LETTER PI|3a1 GREEK CAPITAL LETTER RHO|3a3 GREEK CAPITAL LETTER SIGMA|3a4 GREEK CAPITAL LETTER TAU|' +
  '3a5 GREEK CAPITAL LETTER UPSILON|3a6 GREEK CAPITAL LETTER PHI|3a7 GREEK CAPITAL LETTER CHI|3a8 GREEK CAPITAL LETTER PSI|3a9 GREEK CAPITAL LETTER OMEGA|3aa GREEK CAPITAL LETTER IOTA WITH DIALYTIKA|' +
  '3ab GREEK CAPITAL LETTER UPSILON WITH DIALYTIKA|3ac GREEK SMALL LETTER ALPHA WITH TONOS|3ad GREEK SMALL LETTER EPSILON WITH TONOS|3ae GREEK SMALL LETTER ETA WITH TONOS|3af GREEK SMALL LETTER IOTA WITH TONOS|3b0 GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS|' +
  '3b1 GREEK SMALL LETTER ALPHA|3b2 GREEK SMALL LETTER BETA|3b3 GREEK SMALL LETTER GAMMA|3b4 GREEK SMALL LETTER DELTA|3b5 GREEK SMALL LETTER EPSILON|3b6 GREEK SMALL LETTER ZETA|' +
  '3b7 GREEK SMALL LETTER ETA|3b8 GREEK SMALL LETTER THETA|3b9 GREEK SMALL LETTER IOTA|3ba GREEK SMALL LETTER KAPPA|3bb GREEK SMALL LETTER LAMDA|3bc GREEK SMALL LETTER MU|' +
  '3bd GREEK SMALL LETTER NU|3be GREEK SMALL LETTER XI|3bf GREEK SMALL LETTER OMICRON|3c0 GREEK SMALL LETTER PI|3c1 GREEK SMALL LETTER RHO|3c2 GREEK SMALL LETTER FINAL SIGMA|' +
  '3c3 GREEK SMALL LETTER SIGMA|3c4 GREEK SMALL LETTER TAU|3c5 GREEK SMALL LETTER UPSILON|3c6 GREEK SMALL LETTER PHI|3c7 GREEK SMALL LETTER CHI|3c8 GREEK SMALL LETTER PSI|' +
  '3c9 GREEK SMALL LETTER OMEGA|401 CYRILLIC CAPITAL LETTER IO|402 CYRILLIC CAPITAL LETTER DJE|403 CYRILLIC CAPITAL LETTER GJE|404 CYRILLIC CAPITAL LETTER UKRAINIAN IE|405 CYRILLIC CAPITAL LETTER DZE|' +
  '406 CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I|407 CYRILLIC CAPITAL LETTER YI|408 CYRILLIC CAPITAL LETTER JE|409 CYRILLIC CAPITAL LETTER LJE|40a CYRILLIC CAPITAL LETTER NJE|40b CYRILLIC CAPITAL LETTER TSHE|' +
  '40c CYRILLIC CAPITAL LETTER KJE|40d CYRILLIC CAPITAL LETTER I WITH GRAVE|40e CYRILLIC CAPITAL LETTER SHORT U|40f CYRILLIC CAPITAL LETTER DZHE|410 CYRILLIC CAPITAL LETTER A|411 CYRILLIC CAPITAL LETTER BE|' +
  '412 CYRILLIC CAPITAL LETTER VE|413 CYRILLIC CAPITAL LETTER GHE|414 CYRILLIC CAPITAL LETTER DE|415 CYRILLIC CAPITAL LETTER IE|416 CYRILLIC CAPITAL LETTER ZHE|417 CYRILLIC CAPITAL LETTER ZE|' +
  '418 CYRILLIC CAPITAL LETTER I|419 CYRILLIC CAPITAL LETTER SHORT I|41a CYRILLIC CAPITAL LETTER KA|41b CYRILLIC CAPITAL LETTER EL|41c CYRILLIC CAPITAL LETTER EM|41d CYRILLIC CAPITAL LETTER EN|' +
  '41e CYRILLIC CAPITAL LETTER O|41f CYRILLIC CAPITAL LETTER PE|420 CYRILLIC CAPITAL LETTER ER|421 CYRILLIC CAPITAL LETTER ES|422 CYRILLIC CAPITAL LETTER TE|423 CYRILLIC CAPITAL LETTER U|' +
  '424 CYRILLIC CAPITAL LETTER EF|425 CYRILLIC CAPITAL LETTER HA|426 CYRILLIC CAPITAL LETTER TSE|427 CYRILLIC CAPITAL LETTER CHE|428 CYRILLIC CAPITAL LETTER SHA|429 CYRILLIC CAPITAL LETTER SHCHA|' +
  '42a CYRILLIC CAPITAL LETTER HARD SIGN|42b CYRILLIC CAPITAL LETTER YERU|42c CYRILLIC CAPITAL LETTER SOFT SIGN|42d CYRILLIC CAPITAL LETTER E|42e CYRILLIC CAPITAL LETTER YU|42f CYRILLIC CAPITAL LETTER YA|' +
  '430 CYRILLIC SMALL LETTER A|431 CYRILLIC SMALL LETTER BE|432 CYRILLIC SMALL LETTER VE|433 CYRILLIC SMALL LETTER GHE|434 CYRILLIC SMALL LETTER DE|435 CYRILLIC SMALL LETTER IE|' +
  '436 CYRILLIC SMALL LETTER ZHE|437 CYRILLIC SMALL LETTER ZE|438 CYRILLIC SMALL LETTER I|439 CYRILLIC SMALL LETTER SHORT I|43a CYRILLIC SMALL LETTER KA|43b CYRILLIC SMALL LETTER EL|' +
  '43c CYRILLIC SMALL LETTER EM|43d CYRILLIC SMALL LETTER EN|43e CYRILLIC SMALL LETTER O|43f CYRILLIC SMALL LETTER PE|440 CYRILLIC SMALL LETTER ER|441 CYRILLIC SMALL LETTER ES|' +
  '442 CYRILLIC SMALL LETTER TE|443 CYRILLIC SMALL LETTER U|444 CYRILLIC SMALL LETTER EF|445 CYRILLIC SMALL LETTER HA|446 CYRILLIC SMALL LETTER TSE|447 CYRILLIC SMALL LETTER CHE|' +
  '448 CYRILLIC SMALL LETTER SHA|449 CYRILLIC SMALL LETTER SHCHA|44a CYRILLIC SMALL LETTER HARD SIGN|44b CYRILLIC SMALL LETTER YERU|44c CYRILLIC SMALL LETTER SOFT SIGN|44d CYRILLIC SMALL LETTER E|' +
  '44e CYRILLIC SMALL LETTER YU|44f CYRILLIC SMALL LETTER YA|450 CYRILLIC SMALL LETTER IE WITH GRAVE|451 CYRILLIC SMALL LETTER IO|452 CYRILLIC SMALL LETTER DJE|453 CYRILLIC SMALL LETTER GJE|' +
  '454 CYRILLIC SMALL LETTER UKRAINIAN IE|455 CYRILLIC SMALL LETTER DZE|456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I|457 CYRILLIC SMALL LETTER YI|458 CYRILLIC SMALL LETTER JE|459 CYRILLIC SMALL LETTER LJE|' +
  '45a CYRILLIC SMALL LETTER NJE|45b CYRILLIC SMALL LETTER TSHE|45c CYRILLIC SMALL LETTER KJE|45d CYRILLIC SMALL LETTER I WITH GRAVE|45e CYRILLIC SMALL LETTER SHORT U|45f CYRILLIC SMALL LETTER DZHE|' +
  '2000 EN QUAD|2001 EM QUAD|2002 EN SPACE|2003 EM SPACE|2004 THREE-PER-EM SPACE|2005 FOUR-PER-EM SPACE|' +
  '2006 SIX-PER-EM SPACE|2007 FIGURE SPACE|2008 PUNCTUATION SPACE|2009 THIN SPACE|200a HAIR SPACE|200b ZERO WIDTH SPACE|' +
  '200c ZERO WIDTH NON-JOINER|200d ZERO WIDTH JOINER|200e LEFT-TO-RIGHT MARK|200f RIGHT-TO-LEFT MARK|2010 HYPHEN|2011 NON-BREAKING HYPHEN|' +
  '2012 FIGURE DASH|2013 EN DASH|2014 EM DASH|2015 HORIZONTAL BAR|2016 DOUBLE VERTICAL LINE|2017 DOUBLE LOW LINE|' +
  '2018 LEFT SINGLE QUOTATION MARK|2019 RIGHT SINGLE QUOTATION MARK|201a SINGLE LOW-9 QUOTATION MARK|201b SINGLE HIGH-REVERSED-9 QUOTATION MARK|201c LEFT DOUBLE QUOTATION MARK|201d RIGHT DOUBLE QUOTATION MARK|' +
  '201e DOUBLE LOW-9 QUOTATION MARK|201f DOUBLE HIGH-REVERSED-9 QUOTATION MARK|2020 DAGGER|2021 DOUBLE DAGGER|2022 BULLET|2023 TRIANGULAR BULLET|' +
  '2024 ONE DOT LEADER|2025 TWO DOT LEADER|2026 HORIZONTAL ELLIPSIS|2027 HYPHENATION POINT|2030 PER MILLE SIGN|2031 PER TEN THOUSAND SIGN|' +
  '2032 PRIME|2033 DOUBLE PRIME|2034 TRIPLE PRIME|2035 REVERSED PRIME|2036 REVERSED DOUBLE PRIME|2037 REVERSED TRIPLE PRIME|' +
  '2038 CARET|2039 SINGLE LEFT-POINTING ANGLE QUOTATION MARK|203a SINGLE RIGHT-POINTING ANGLE QUOTATION MARK|203b REFERENCE MARK|203c DOUBLE EXCLAMATION MARK|203d INTERROBANG|' +
  '203e OVERLINE|203f UNDERTIE|2040 CHARACTER TIE|2041 CARET INSERTION POINT|2042 ASTERISM|2043 HYPHEN BULLET|' +
  '2044 FRACTION SLASH|2045 LEFT SQUARE BRACKET WITH QUILL|2046 RIGHT SQUARE BRACKET WITH QUILL|2047 DOUBLE QUESTION MARK|2048 QUESTION EXCLAMATION MARK|2049 EXCLAMATION QUESTION MARK|' +
  '204a TIRONIAN SIGN ET|204b REVERSED PILCROW SIGN|204c BLACK LEFTWARDS BULLET|204d BLACK RIGHTWARDS BULLET|204e LOW ASTERISK|204f REVERSED SEMICOLON|' +
  '2050 CLOSE UP|2051 TWO ASTERISKS ALIGNED VERTICALLY|2052 COMMERCIAL MINUS SIGN|2053 SWUNG DASH|2054 INVERTED UNDERTIE|2055 FLOWER PUNCTUATION MARK|' +
  '2056 THREE DOT PUNCTUATION|2057 QUADRUPLE PRIME|2058 FOUR DOT PUNCTUATION|2059 FIVE DOT PUNCTUATION|205a TWO DOT PUNCTUATION|205b FOUR DOT MARK|' +
  '205c DOTTED CROSS|205d TRICOLON|205e VERTICAL FOUR DOTS|20a0 EURO-CURRENCY SIGN|20a1 COLON SIGN|20a2 CRUZEIRO SIGN|' +
  '20a3 FRENCH FRANC SIGN|20a4 LIRA SIGN|20a5 MILL SIGN|20a6 NAIRA SIGN|20a7 PESETA SIGN|20a8 RUPEE SIGN|' +
  '20a9 WON SIGN|20aa NEW SHEQEL SIGN|20ab DONG SIGN|20ac EURO SIGN|20ad KIP SIGN|20ae TUGRIK SIGN|' +
  '20af DRACHMA SIGN|20b0 GERMAN PENNY SIGN|20b1 PESO SIGN|20b2 GUARANI SIGN|20b3 AUSTRAL SIGN|20b4 HRYVNIA SIGN|' +
  '20b5 CEDI SIGN|20b6 LIVRE TOURNOIS SIGN|20b7 SPESMILO SIGN|20b8 TENGE SIGN|20b9 INDIAN RUPEE SIGN|20ba TURKISH LIRA SIGN|' +
  '20bb NORDIC MARK SIGN|20bc MANAT SIGN|20bd RUBLE SIGN|20be LARI SIGN|20bf BITCOIN SIGN|20c0 SOM SIGN|' +
  '2100 ACCOUNT OF|2101 ADDRESSED TO THE SUBJECT|2102 DOUBLE-STRUCK CAPITAL C|2103 DEGREE CELSIUS|2104 CENTRE LINE SYMBOL|2105 CARE OF|' +
  '2106 CADA UNA|2107 EULER CONSTANT|2108 SCRUPLE|2109 DEGREE FAHRENHEIT|210a SCRIPT SMALL G|210b SCRIPT CAPITAL H|' +
  '210c BLACK-LETTER CAPITAL H|210d DOUBLE-STRUCK CAPITAL H|210e PLANCK CONSTANT|210f PLANCK CONSTANT OVER TWO PI|2110 SCRIPT CAPITAL I|2111 BLACK-LETTER CAPITAL I|' +
  '2112 SCRIPT CAPITAL L|2113 SCRIPT SMALL L|2114 L B BAR SYMBOL|2115 DOUBLE-STRUCK CAPITAL N|2116 NUMERO SIGN|2117 SOUND RECORDING COPYRIGHT|' +
  '2118 SCRIPT CAPITAL P|2119 DOUBLE-STRUCK CAPITAL P|211a DOUBLE-STRUCK CAPITAL Q|211b SCRIPT CAPITAL R|211c BLACK-LETTER CAPITAL R|211d DOUBLE-STRUCK CAPITAL R|' +
  '211e PRESCRIPTION TAKE|211f RESPONSE|2120 SERVICE MARK|2121 TELEPHONE SIGN|2122 TRADE MARK SIGN|2123 VERSICLE|' +
  '2124 DOUBLE-STRUCK CAPITAL Z|2125 OUNCE SIGN|2126 OHM SIGN|2127 INVERTED OHM SIGN|2128 BLACK-LETTER CAPITAL Z|2129 TURNED GREEK SMALL LETTER IOTA|' +
  '212a KELVIN SIGN|212b ANGSTROM SIGN|212c SCRIPT CAPITAL B|212d BLACK-LETTER CAPITAL C|212e ESTIMATED SYMBOL|212f SCRIPT SMALL E|' +
  '2130 SCRIPT CAPITAL E|2131 SCRIPT CAPITAL F|2132 TURNED CAPITAL F|2133 SCRIPT CAPITAL M|2134 SCRIPT SMALL O|2135 ALEF SYMBOL|' +
  '2136 BET SYMBOL|2137 GIMEL SYMBOL|2138 DALET SYMBOL|2139 INFORMATION SOURCE|213a ROTATED CAPITAL Q|213b FACSIMILE SIGN|' +
  '213c DOUBLE-STRUCK SMALL PI|213d DOUBLE-STRUCK SMALL GAMMA|213e DOUBLE-STRUCK CAPITAL GAMMA|213f DOUBLE-STRUCK CAPITAL PI|2140 DOUBLE-STRUCK N-ARY SUMMATION|2141 TURNED SANS-SERIF CAPITAL G|' +
  '2142 TURNED SANS-SERIF CAPITAL L|2143 REVERSED SANS-SERIF CAPITAL L|2144 TURNED SANS-SERIF CAPITAL Y|2145 DOUBLE-STRUCK ITALIC CAPITAL D|2146 DOUBLE-STRUCK ITALIC SMALL D|2147 DOUBLE-STRUCK ITALIC SMALL E|' +
  '2148 DOUBLE-STRUCK ITALIC SMALL I|2149 DOUBLE-STRUCK ITALIC SMALL J|214a PROPERTY LINE|214b TURNED AMPERSAND|214c PER SIGN|214d AKTIESELSKAB|' +
  '214e TURNED SMALL F|214f SYMBOL FOR SAMARITAN SOURCE|2150 VULGAR FRACTION ONE SEVENTH|2151 VULGAR FRACTION ONE NINTH|2152 VULGAR FRACTION ONE TENTH|2153 VULGAR FRACTION ONE THIRD|' +
  '2154 VULGAR FRACTION TWO THIRDS|2155 VULGAR FRACTION ONE FIFTH|2156 VULGAR FRACTION TWO FIFTHS|2157 VULGAR FRACTION THREE FIFTHS|2158 VULGAR FRACTION FOUR FIFTHS|2159 VULGAR FRACTION ONE SIXTH|' +
  '215a VULGAR FRACTION FIVE SIXTHS|215b VULGAR FRACTION ONE EIGHTH|215c VULGAR FRACTION THREE EIGHTHS|215d VULGAR FRACTION FIVE EIGHTHS|215e VULGAR FRACTION SEVEN EIGHTHS|215f FRACTION NUMERATOR ONE|' +
  '2190 LEFTWARDS ARROW|2191 UPWARDS ARROW|2192 RIGHTWARDS ARROW|2193 DOWNWARDS ARROW|2194 LEFT RIGHT ARROW|2195 UP DOWN ARROW|' +
  '2196 NORTH WEST ARROW|2197 NORTH EAST ARROW|2198 SOUTH EAST ARROW|2199 SOUTH WEST ARROW|219a LEFTWARDS ARROW WITH STROKE|219b RIGHTWARDS ARROW WITH STROKE|' +
  '219c LEFTWARDS WAVE ARROW|219d RIGHTWARDS WAVE ARROW|219e LEFTWARDS TWO HEADED ARROW|219f UPWARDS TWO HEADED ARROW|21a0 RIGHTWARDS TWO HEADED ARROW|21a1 DOWNWARDS TWO HEADED ARROW|' +
  '21a2 LEFTWARDS ARROW WITH TAIL|21a3 RIGHTWARDS ARROW WITH TAIL|21a4 LEFTWARDS ARROW FROM BAR|21a5 UPWARDS ARROW FROM BAR|21a6 RIGHTWARDS ARROW FROM BAR|21a7 DOWNWARDS ARROW FROM BAR|' +
  '21a8 UP DOWN ARROW WITH BASE|21a9 LEFTWARDS ARROW WITH HOOK|21aa RIGHTWARDS ARROW WITH HOOK|21ab LEFTWARDS ARROW WITH LOOP|21ac RIGHTWARDS ARROW WITH LOOP|21ad LEFT RIGHT WAVE ARROW|' +
  '21ae LEFT RIGHT ARROW WITH STROKE|21af DOWNWARDS ZIGZAG ARROW|21b0 UPWARDS ARROW WITH TIP LEFTWARDS|21b1 UPWARDS ARROW WITH TIP RIGHTWARDS|21b2 DOWNWARDS ARROW WITH TIP LEFTWARDS|21b3 DOWNWARDS ARROW WITH TIP RIGHTWARDS|' +
  '21b4 RIGHTWARDS ARROW WITH CORNER DOWNWARDS|21b5 DOWNWARDS ARROW WITH CORNER LEFTWARDS|21b6 ANTICLOCKWISE TOP SEMICIRCLE ARROW|21b7 CLOCKWISE TOP SEMICIRCLE ARROW|21b8 NORTH WEST ARROW TO LONG BAR|21b9 LEFTWARDS ARROW TO BAR OVER RIGHTWARDS ARROW TO BAR|' +
  '21ba ANTICLOCKWISE OPEN CIRCLE ARROW|21bb CLOCKWISE OPEN CIRCLE ARROW|21bc LEFTWARDS HARPOON WITH BARB UPWARDS|21bd LEFTWARDS HARPOON WITH BARB DOWNWARDS|21be UPWARDS HARPOON WITH BARB RIGHTWARDS|21bf UPWARDS HARPOON WITH BARB LEFTWARDS|' +
  '21c0 RIGHTWARDS HARPOON WITH BARB UPWARDS|21c1 RIGHTWARDS HARPOON WITH BARB DOWNWARDS|21c2 DOWNWARDS HARPOON WITH BARB RIGHTWARDS|21c3 DOWNWARDS HARPOON WITH BARB LEFTWARDS|21c4 RIGHTWARDS ARROW OVER LEFTWARDS ARROW|21c5 UPWARDS ARROW LEFTWARDS OF DOWNWARDS ARROW|' +
  '21c6 LEFTWARDS ARROW OVER RIGHTWARDS ARROW|21c7 LEFTWARDS PAIRED ARROWS|21c8 UPWARDS PAIRED ARROWS|21c9 RIGHTWARDS PAIRED ARROWS|21ca DOWNWARDS PAIRED ARROWS|21cb LEFTWARDS HARPOON OVER RIGHTWARDS HARPOON|' +
  '21cc RIGHTWARDS HARPOON OVER LEFTWARDS HARPOON|21cd LEFTWARDS DOUBLE ARROW WITH STROKE|21ce LEFT RIGHT DOUBLE ARROW WITH STROKE|21cf RIGHTWARDS DOUBLE ARROW WITH STROKE|21d0 LEFTWARDS DOUBLE ARROW|21d1 UPWARDS DOUBLE ARROW|' +
  '21d2 RIGHTWARDS DOUBLE ARROW|21d3 DOWNWARDS DOUBLE ARROW|21d4 LEFT RIGHT DOUBLE ARROW|21d5 UP DOWN DOUBLE ARROW|21d6 NORTH WEST DOUBLE ARROW|21d7 NORTH EAST DOUBLE ARROW|' +
  '21d8 SOUTH EAST DOUBLE ARROW|21d9 SOUTH WEST DOUBLE ARROW|21da LEFTWARDS TRIPLE ARROW|21db RIGHTWARDS TRIPLE ARROW|21dc LEFTWARDS SQUIGGLE ARROW|21dd RIGHTWARDS SQUIGGLE ARROW|' +
  '21de UPWARDS ARROW WITH DOUBLE STROKE|21df DOWNWARDS ARROW WITH DOUBLE STROKE|21e0 LEFTWARDS DASHED ARROW|21e1 UPWARDS DASHED ARROW|21e2 RIGHTWARDS DASHED ARROW|21e3 DOWNWARDS DASHED ARROW|' +
  '21e4 LEFTWARDS ARROW TO BAR|21e5 RIGHTWARDS ARROW TO BAR|21e6 LEFTWARDS WHITE ARROW|21e7 UPWARDS WHITE ARROW|21e8 RIGHTWARDS WHITE ARROW|21e9 DOWNWARDS WHITE ARROW|' +
  '21ea UPWARDS WHITE ARROW FROM BAR|21eb UPWARDS WHITE ARROW ON PEDESTAL|21ec UPWARDS WHITE ARROW ON PEDESTAL WITH HORIZONTAL BAR|21ed UPWARDS WHITE ARROW ON PEDESTAL WITH VERTICAL BAR|21ee UPWARDS WHITE DOUBLE ARROW|21ef UPWARDS WHITE DOUBLE ARROW ON PEDESTAL|' +
  '21f0 RIGHTWARDS WHITE ARROW FROM WALL|21f1 NORTH WEST ARROW TO CORNER|21f2 SOUTH EAST ARROW TO CORNER|21f3 UP DOWN WHITE ARROW|21f4 RIGHT ARROW WITH SMALL CIRCLE|21f5 DOWNWARDS ARROW LEFTWARDS OF UPWARDS ARROW|' +
  '21f6 THREE RIGHTWARDS ARROWS|21f7 LEFTWARDS ARROW WITH VERTICAL STROKE|21f8 RIGHTWARDS ARROW WITH VERTICAL STROKE|21f9 LEFT RIGHT ARROW WITH VERTICAL STROKE|21fa LEFTWARDS ARROW WITH DOUBLE VERTICAL STROKE|21fb RIGHTWARDS ARROW WITH DOUBLE VERTICAL STROKE|' +
  '21fc LEFT RIGHT ARROW WITH DOUBLE VERTICAL STROKE|21fd LEFTWARDS OPEN-HEADED ARROW|21fe RIGHTWARDS OPEN-HEADED ARROW|21ff LEFT RIGHT OPEN-HEADED ARROW|2200 FOR ALL|2201 COMPLEMENT|' +
  '2202 PARTIAL DIFFERENTIAL|2203 THERE EXISTS|2204 THERE DOES NOT EXIST|2205 EMPTY SET|2206 INCREMENT|2207 NABLA|' +
  '2208 ELEMENT OF|2209 NOT AN ELEMENT OF|220a SMALL ELEMENT OF|220b CONTAINS AS MEMBER|220c DOES NOT CONTAIN AS MEMBER|220d SMALL CONTAINS AS MEMBER|' +
  '220e END OF PROOF|220f N-ARY PRODUCT|2210 N-ARY COPRODUCT|2211 N-ARY SUMMATION|2212 MINUS SIGN|2213 MINUS-OR-PLUS SIGN|' +
  '2214 DOT PLUS|2215 DIVISION SLASH|2216 SET MINUS|2217 ASTERISK OPERATOR|2218 RING OPERATOR|2219 BULLET OPERATOR|' +
  '221a SQUARE ROOT|221b CUBE ROOT|221c FOURTH ROOT|221d PROPORTIONAL TO|221e INFINITY|221f RIGHT ANGLE|' +
  '2220 ANGLE|2221 MEASURED ANGLE|2222 SPHERICAL ANGLE|2223 DIVIDES|2224 DOES NOT DIVIDE|2225 PARALLEL TO|' +
  '2226 NOT PARALLEL TO|2227 LOGICAL AND|2228 LOGICAL OR|2229 INTERSECTION|222a UNION|222b INTEGRAL|' +
  '222c DOUBLE INTEGRAL|222d TRIPLE INTEGRAL|222e CONTOUR INTEGRAL|222f SURFACE INTEGRAL|2230 VOLUME INTEGRAL|2231 CLOCKWISE INTEGRAL|' +
  '2232 CLOCKWISE CONTOUR INTEGRAL|2233 ANTICLOCKWISE CONTOUR INTEGRAL|2234 THEREFORE|2235 BECAUSE|2236 RATIO|2237 PROPORTION|' +
  '2238 DOT MINUS|2239 EXCESS|223a GEOMETRIC PROPORTION|223b HOMOTHETIC|223c TILDE OPERATOR|223d REVERSED TILDE|' +
  '223e INVERTED LAZY S|223f SINE WAVE|2240 WREATH PRODUCT|2241 NOT TILDE|2242 MINUS TILDE|2243 ASYMPTOTICALLY EQUAL TO|' +
  '2244 NOT ASYMPTOTICALLY EQUAL TO|2245 APPROXIMATELY EQUAL TO|2246 APPROXIMATELY BUT NOT ACTUALLY EQUAL TO|2247 NEITHER APPROXIMATELY NOR ACTUALLY EQUAL TO|2248 ALMOST EQUAL TO|2249 NOT ALMOST EQUAL TO|' +
  '224a ALMOST EQUAL OR EQUAL TO|224b TRIPLE TILDE|224c ALL EQUAL TO|224d EQUIVALENT TO|224e GEOMETRICALLY EQUIVALENT TO|224f DIFFERENCE BETWEEN|' +
  '2250 APPROACHES THE LIMIT|2251 GEOMETRICALLY EQUAL TO|2252 APPROXIMATELY EQUAL TO OR THE IMAGE OF|2253 IMAGE OF OR APPROXIMATELY EQUAL TO|2254 COLON EQUALS|2255 EQUALS COLON|' +
  '2256 RING IN EQUAL TO|2257 RING EQUAL TO|2258 CORRESPONDS TO|2259 ESTIMATES|225a EQUIANGULAR TO|225b STAR EQUALS|' +
  '225c DELTA EQUAL TO|225d EQUAL TO BY DEFINITION|225e MEASURED BY|225f QUESTIONED EQUAL TO|2260 NOT EQUAL TO|2261 IDENTICAL TO|' +
  '2262 NOT IDENTICAL TO|2263 STRICTLY EQUIVALENT TO|2264 LESS-THAN OR EQUAL TO|2265 GREATER-THAN OR EQUAL TO|2500 BOX DRAWINGS LIGHT HORIZONTAL|2501 BOX DRAWINGS HEAVY HORIZONTAL|' +
  '2502 BOX DRAWINGS LIGHT VERTICAL|2503 BOX DRAWINGS HEAVY VERTICAL|2504 BOX DRAWINGS LIGHT TRIPLE DASH HORIZONTAL|2505 BOX DRAWINGS HEAVY TRIPLE DASH HORIZONTAL|2506 BOX DRAWINGS LIGHT TRIPLE DASH VERTICAL|2507 BOX DRAWINGS HEAVY TRIPLE DASH VERTICAL|' +
  '2508 BOX DRAWINGS LIGHT QUADRUPLE DASH HORIZONTAL|2509 BOX DRAWINGS HEAVY QUADRUPLE DASH HORIZONTAL|250a BOX DRAWINGS LIGHT QUADRUPLE DASH VERTICAL|250b BOX DRAWINGS HEAVY QUADRUPLE DASH VERTICAL|250c BOX DRAWINGS LIGHT DOWN AND RIGHT|250d BOX DRAWINGS DOWN LIGHT AND RIGHT HEAVY|' +
  '250e BOX DRAWINGS DOWN HEAVY AND RIGHT LIGHT|250f BOX DRAWINGS HEAVY DOWN AND RIGHT|2510 BOX DRAWINGS LIGHT DOWN AND LEFT|2511 BOX DRAWINGS DOWN LIGHT AND LEFT HEAVY|2512 BOX DRAWINGS DOWN HEAVY AND LEFT LIGHT|2513 BOX DRAWINGS HEAVY DOWN AND LEFT|' +
  '2514 BOX DRAWINGS LIGHT UP AND RIGHT|2515 BOX DRAWINGS UP LIGHT AND RIGHT HEAVY|2516 BOX DRAWINGS UP HEAVY AND RIGHT LIGHT|2517 BOX DRAWINGS HEAVY UP AND RIGHT|2518 BOX DRAWINGS LIGHT UP AND LEFT|2519 BOX DRAWINGS UP LIGHT AND LEFT HEAVY|' +
  '251a BOX DRAWINGS UP HEAVY AND LEFT LIGHT|251b BOX DRAWINGS HEAVY UP AND LEFT|251c BOX DRAWINGS LIGHT VERTICAL AND RIGHT|251d BOX DRAWINGS VERTICAL LIGHT AND RIGHT HEAVY|251e BOX DRAWINGS UP HEAVY AND RIGHT DOWN LIGHT|251f BOX DRAWINGS DOWN HEAVY AND RIGHT UP LIGHT|' +
  '2520 BOX DRAWINGS VERTICAL HEAVY AND RIGHT LIGHT|2521 BOX DRAWINGS DOWN LIGHT AND RIGHT UP HEAVY|2522 BOX DRAWINGS UP LIGHT AND RIGHT DOWN HEAVY|2523 BOX DRAWINGS HEAVY VERTICAL AND RIGHT|2524 BOX DRAWINGS LIGHT VERTICAL AND LEFT|2525 BOX DRAWINGS VERTICAL LIGHT AND LEFT HEAVY|' +
  '2526 BOX DRAWINGS UP HEAVY AND LEFT DOWN LIGHT|2527 BOX DRAWINGS DOWN HEAVY AND LEFT UP LIGHT|2528 BOX DRAWINGS VERTICAL HEAVY AND LEFT LIGHT|2529 BOX DRAWINGS DOWN LIGHT AND LEFT UP HEAVY|252a BOX DRAWINGS UP LIGHT AND LEFT DOWN HEAVY|252b BOX DRAWINGS HEAVY VERTICAL AND LEFT|' +
  '252c BOX DRAWINGS LIGHT DOWN AND HORIZONTAL|252d BOX DRAWINGS LEFT HEAVY AND RIGHT DOWN LIGHT|252e BOX DRAWINGS RIGHT HEAVY AND LEFT DOWN LIGHT|252f BOX DRAWINGS DOWN LIGHT AND HORIZONTAL HEAVY|2530 BOX DRAWINGS DOWN HEAVY AND HORIZONTAL LIGHT|2531 BOX DRAWINGS RIGHT LIGHT AND LEFT DOWN HEAVY|' +
  '2532 BOX DRAWINGS LEFT LIGHT AND RIGHT DOWN HEAVY|2533 BOX DRAWINGS HEAVY DOWN AND HORIZONTAL|2534 BOX DRAWINGS LIGHT UP AND HORIZONTAL|2535 BOX DRAWINGS LEFT HEAVY AND RIGHT UP LIGHT|2536 BOX DRAWINGS RIGHT HEAVY AND LEFT UP LIGHT|2537 BOX DRAWINGS UP LIGHT AND HORIZONTAL HEAVY|' +
  '2538 BOX DRAWINGS UP HEAVY AND HORIZONTAL LIGHT|2539 BOX DRAWINGS RIGHT LIGHT AND LEFT UP HEAVY|253a BOX DRAWINGS LEFT LIGHT AND RIGHT UP HEAVY|253b BOX DRAWINGS HEAVY UP AND HORIZONTAL|253c BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL|253d BOX DRAWINGS LEFT HEAVY AND RIGHT VERTICAL LIGHT|' +
  '253e BOX DRAWINGS RIGHT HEAVY AND LEFT VERTICAL LIGHT|253f BOX DRAWINGS VERTICAL LIGHT AND HORIZONTAL HEAVY|2540 BOX DRAWINGS UP HEAVY AND DOWN HORIZONTAL LIGHT|2541 BOX DRAWINGS DOWN HEAVY AND UP HORIZONTAL LIGHT|2542 BOX DRAWINGS VERTICAL HEAVY AND HORIZONTAL LIGHT|2543 BOX DRAWINGS LEFT UP HEAVY AND RIGHT DOWN LIGHT|' +
  '2544 BOX DRAWINGS RIGHT UP HEAVY AND LEFT DOWN LIGHT|2545 BOX DRAWINGS LEFT DOWN HEAVY AND RIGHT UP LIGHT|2546 BOX DRAWINGS RIGHT DOWN HEAVY AND LEFT UP LIGHT|2547 BOX DRAWINGS DOWN LIGHT AND UP HORIZONTAL HEAVY|2548 BOX DRAWINGS UP LIGHT AND DOWN HORIZONTAL HEAVY|2549 BOX DRAWINGS RIGHT LIGHT AND LEFT VERTICAL HEAVY|' +
  '254a BOX DRAWINGS LEFT LIGHT AND RIGHT VERTICAL HEAVY|254b BOX DRAWINGS HEAVY VERTICAL AND HORIZONTAL|254c BOX DRAWINGS LIGHT DOUBLE DASH HORIZONTAL|254d BOX DRAWINGS HEAVY DOUBLE DASH HORIZONTAL|254e BOX DRAWINGS LIGHT DOUBLE DASH VERTICAL|254f BOX DRAWINGS HEAVY DOUBLE DASH VERTICAL|' +
  '2550 BOX DRAWINGS DOUBLE HORIZONTAL|2551 BOX DRAWINGS DOUBLE VERTICAL|2552 BOX DRAWINGS DOWN SINGLE AND RIGHT DOUBLE|2553 BOX DRAWINGS DOWN DOUBLE AND RIGHT SINGLE|2554 BOX DRAWINGS DOUBLE DOWN AND RIGHT|2555 BOX DRAWINGS DOWN SINGLE AND LEFT DOUBLE|' +
  '2556 BOX DRAWINGS DOWN DOUBLE AND LEFT SINGLE|2557 BOX DRAWINGS DOUBLE DOWN AND LEFT|2558 BOX DRAWINGS UP SINGLE AND RIGHT DOUBLE|2559 BOX DRAWINGS UP DOUBLE AND RIGHT SINGLE|255a BOX DRAWINGS DOUBLE UP AND RIGHT|255b BOX DRAWINGS UP SINGLE AND LEFT DOUBLE|' +
  '255c BOX DRAWINGS UP DOUBLE AND LEFT SINGLE|255d BOX DRAWINGS DOUBLE UP AND LEFT|255e BOX DRAWINGS VERTICAL SINGLE AND RIGHT DOUBLE|255f BOX DRAWINGS VERTICAL DOUBLE AND RIGHT SINGLE|2560 BOX DRAWINGS DOUBLE VERTICAL AND RIGHT|2561 BOX DRAWINGS VERTICAL SINGLE AND LEFT DOUBLE|' +
  '2562 BOX DRAWINGS VERTICAL DOUBLE AND LEFT SINGLE|2563 BOX DRAWINGS DOUBLE VERTICAL AND LEFT|2564 BOX DRAWINGS DOWN SINGLE AND HORIZONTAL DOUBLE|2565 BOX DRAWINGS DOWN DOUBLE AND HORIZONTAL SINGLE|2566 BOX DRAWINGS DOUBLE DOWN AND HORIZONTAL|2567 BOX DRAWINGS UP SINGLE AND HORIZONTAL DOUBLE|' +
  '2568 BOX DRAWINGS UP DOUBLE AND HORIZONTAL SINGLE|2569 BOX DRAWINGS DOUBLE UP AND HORIZONTAL|256a BOX DRAWINGS VERTICAL SINGLE AND HORIZONTAL DOUBLE|256b BOX DRAWINGS VERTICAL DOUBLE AND HORIZONTAL SINGLE|256c BOX DRAWINGS DOUBLE VERTICAL AND HORIZONTAL|256d BOX DRAWINGS LIGHT ARC DOWN AND RIGHT|' +
  '256e BOX DRAWINGS LIGHT ARC DOWN AND LEFT|256f BOX DRAWINGS LIGHT ARC UP AND LEFT|2570 BOX DRAWINGS LIGHT ARC UP AND RIGHT|2571 BOX DRAWINGS LIGHT DIAGONAL UPPER RIGHT TO LOWER LEFT|2572 BOX DRAWINGS LIGHT DIAGONAL UPPER LEFT TO LOWER RIGHT|2573 BOX DRAWINGS LIGHT DIAGONAL CROSS|' +
  '2574 BOX DRAWINGS LIGHT LEFT|2575 BOX DRAWINGS LIGHT UP|2576 BOX DRAWINGS LIGHT RIGHT|2577 BOX DRAWINGS LIGHT DOWN|2578 BOX DRAWINGS HEAVY LEFT|2579 BOX DRAWINGS HEAVY UP|' +
  '257a BOX DRAWINGS HEAVY RIGHT|257b BOX DRAWINGS HEAVY DOWN|257c BOX DRAWINGS LIGHT LEFT AND HEAVY RIGHT|257d BOX DRAWINGS LIGHT UP AND HEAVY DOWN|257e BOX DRAWINGS HEAVY LEFT AND LIGHT RIGHT|257f BOX DRAWINGS HEAVY UP AND LIGHT DOWN|' +
  '25a0 BLACK SQUARE|25a1 WHITE SQUARE|25a2 WHITE SQUARE WITH ROUNDED CORNERS|25a3 WHITE SQUARE CONTAINING BLACK SMALL SQUARE|25a4 SQUARE WITH HORIZONTAL FILL|25a5 SQUARE WITH VERTICAL FILL|' +
  '25a6 SQUARE WITH ORTHOGONAL CROSSHATCH FILL|25a7 SQUARE WITH UPPER LEFT TO LOWER RIGHT FILL|25a8 SQUARE WITH UPPER RIGHT TO LOWER LEFT FILL|25a9 SQUARE WITH DIAGONAL CROSSHATCH FILL|25aa BLACK SMALL SQUARE|25ab WHITE SMALL SQUARE|' +
  '25ac BLACK RECTANGLE|25ad WHITE RECTANGLE|25ae BLACK VERTICAL RECTANGLE|25af WHITE VERTICAL RECTANGLE|25b0 BLACK PARALLELOGRAM|25b1 WHITE PARALLELOGRAM|' +
  '25b2 BLACK UP-POINTING TRIANGLE|25b3 WHITE UP-POINTING TRIANGLE|25b4 BLACK UP-POINTING SMALL TRIANGLE|25b5 WHITE UP-POINTING SMALL TRIANGLE|25b6 BLACK RIGHT-POINTING TRIANGLE|25b7 WHITE RIGHT-POINTING TRIANGLE|' +
  '25b8 BLACK RIGHT-POINTING SMALL TRIANGLE|25b9 WHITE RIGHT-POINTING SMALL TRIANGLE|25ba BLACK RIGHT-POINTING POINTER|25bb WHITE RIGHT-POINTING POINTER|25bc BLACK DOWN-POINTING TRIANGLE|25bd WHITE DOWN-POINTING TRIANGLE|' +
  '25be BLACK DOWN-POINTING SMALL TRIANGLE|25bf WHITE DOWN-POINTING SMALL TRIANGLE|25c0 BLACK LEFT-POINTING TRIANGLE|25c1 WHITE LEFT-POINTING TRIANGLE|25c2 BLACK LEFT-POINTING SMALL TRIANGLE|25c3 WHITE LEFT-POINTING SMALL TRIANGLE|' +
  '25c4 BLACK LEFT-POINTING POINTER|25c5 WHITE LEFT-POINTING POINTER|25c6 BLACK DIAMOND|25c7 WHITE DIAMOND|25c8 WHITE DIAMOND CONTAINING BLACK SMALL DIAMOND|25c9 FISHEYE|' +
  '25ca LOZENGE|25cb WHITE CIRCLE|25cc DOTTED CIRCLE|25cd CIRCLE WITH VERTICAL FILL|25ce BULLSEYE|25cf BLACK CIRCLE|' +
  '25d0 CIRCLE WITH LEFT HALF BLACK|25d1 CIRCLE WITH RIGHT HALF BLACK|25d2 CIRCLE WITH LOWER HALF BLACK|25d3 CIRCLE WITH UPPER HALF BLACK|25d4 CIRCLE WITH UPPER RIGHT QUADRANT BLACK|25d5 CIRCLE WITH ALL BUT UPPER LEFT QUADRANT BLACK|' +
  '25d6 LEFT HALF BLACK CIRCLE|25d7 RIGHT HALF BLACK CIRCLE|25d8 INVERSE BULLET|25d9 INVERSE WHITE CIRCLE|25da UPPER HALF INVERSE WHITE CIRCLE|25db LOWER HALF INVERSE WHITE CIRCLE|' +
  '25dc UPPER LEFT QUADRANT CIRCULAR ARC|25dd UPPER RIGHT QUADRANT CIRCULAR ARC|25de LOWER RIGHT QUADRANT CIRCULAR ARC|25df LOWER LEFT QUADRANT CIRCULAR ARC|25e0 UPPER HALF CIRCLE|25e1 LOWER HALF CIRCLE|' +
  '25e2 BLACK LOWER RIGHT TRIANGLE|25e3 BLACK LOWER LEFT TRIANGLE|25e4 BLACK UPPER LEFT TRIANGLE|25e5 BLACK UPPER RIGHT TRIANGLE|25e6 WHITE BULLET|25e7 SQUARE WITH LEFT HALF BLACK|' +
  '25e8 SQUARE WITH RIGHT HALF BLACK|25e9 SQUARE WITH UPPER LEFT DIAGONAL HALF BLACK|25ea SQUARE WITH LOWER RIGHT DIAGONAL HALF BLACK|25eb WHITE SQUARE WITH VERTICAL BISECTING LINE|25ec WHITE UP-POINTING TRIANGLE WITH DOT|25ed UP-POINTING TRIANGLE WITH LEFT HALF BLACK|' +
  '25ee UP-POINTING TRIANGLE WITH RIGHT HALF BLACK|25ef LARGE CIRCLE|25f0 WHITE SQUARE WITH UPPER LEFT QUADRANT|25f1 WHITE SQUARE WITH LOWER LEFT QUADRANT|25f2 WHITE SQUARE WITH LOWER RIGHT QUADRANT|25f3 WHITE SQUARE WITH UPPER RIGHT QUADRANT|' +
  '25f4 WHITE CIRCLE WITH UPPER LEFT QUADRANT|25f5 WHITE CIRCLE WITH LOWER LEFT QUADRANT|25f6 WHITE CIRCLE WITH LOWER RIGHT QUADRANT|25f7 WHITE CIRCLE WITH UPPER RIGHT QUADRANT|25f8 UPPER LEFT TRIANGLE|25f9 UPPER RIGHT TRIANGLE|' +
  '25fa LOWER LEFT TRIANGLE|25fb WHITE MEDIUM SQUARE|25fc BLACK MEDIUM SQUARE|25fd WHITE MEDIUM SMALL SQUARE|25fe BLACK MEDIUM SMALL SQUARE|25ff LOWER RIGHT TRIANGLE|' +
  '2600 BLACK SUN WITH RAYS|2601 CLOUD|2602 UMBRELLA|2603 SNOWMAN|2604 COMET|2605 BLACK STAR|' +
  '2606 WHITE STAR|2607 LIGHTNING|2608 THUNDERSTORM|2609 SUN|260a ASCENDING NODE|260b DESCENDING NODE|' +
  '260c CONJUNCTION|260d OPPOSITION|260e BLACK TELEPHONE|260f WHITE TELEPHONE|2610 BALLOT BOX|2611 BALLOT BOX WITH CHECK|' +
  '2612 BALLOT BOX WITH X|2613 SALTIRE|2614 UMBRELLA WITH RAIN DROPS|2615 HOT BEVERAGE|2616 WHITE SHOGI PIECE|2617 BLACK SHOGI PIECE|' +
  '2618 SHAMROCK|2619 REVERSED ROTATED FLORAL HEART BULLET|261a BLACK LEFT POINTING INDEX|261b BLACK RIGHT POINTING INDEX|261c WHITE LEFT POINTING INDEX|261d WHITE UP POINTING INDEX|' +
  '261e WHITE RIGHT POINTING INDEX|261f WHITE DOWN POINTING INDEX|2620 SKULL AND CROSSBONES|2621 CAUTION SIGN|2622 RADIOACTIVE SIGN|2623 BIOHAZARD SIGN|' +
  '2624 CADUCEUS|2625 ANKH|2626 ORTHODOX CROSS|2627 CHI RHO|2628 CROSS OF LORRAINE|2629 CROSS OF JERUSALEM|' +
  '262a STAR AND CRESCENT|262b FARSI SYMBOL|262c ADI SHAKTI|262d HAMMER AND SICKLE|262e PEACE SYMBOL|262f YIN YANG|' +
  '2630 TRIGRAM FOR HEAVEN|2631 TRIGRAM FOR LAKE|2632 TRIGRAM FOR FIRE|2633 TRIGRAM FOR THUNDER|2634 TRIGRAM FOR WIND|2635 TRIGRAM FOR WATER|' +
  '2636 TRIGRAM FOR MOUNTAIN|2637 TRIGRAM FOR EARTH|2638 WHEEL OF DHARMA|2639 WHITE FROWNING FACE|263a WHITE SMILING FACE|263b BLACK SMILING FACE|' +
  '263c WHITE SUN WITH RAYS|263d FIRST QUARTER MOON|263e LAST QUARTER MOON|263f MERCURY|2640 FEMALE SIGN|2641 EARTH|' +
  '2642 MALE SIGN|2643 JUPITER|2644 SATURN|2645 URANUS|2646 NEPTUNE|2647 PLUTO|' +
  '2648 ARIES|2649 TAURUS|264a GEMINI|264b CANCER|264c LEO|264d VIRGO|' +
  '264e LIBRA|264f SCORPIUS|2650 SAGITTARIUS|2651 CAPRICORN|2652 AQUARIUS|2653 PISCES|' +
  '2654 WHITE CHESS KING|2655 WHITE CHESS QUEEN|2656 WHITE CHESS ROOK|2657 WHITE CHESS BISHOP|2658 WHITE CHESS KNIGHT|2659 WHITE CHESS PAWN|' +
  '265a BLACK CHESS KING|265b BLACK CHESS QUEEN|265c BLACK CHESS ROOK|265d BLACK CHESS BISHOP|265e BLACK CHESS KNIGHT|265f BLACK CHESS PAWN|' +
  '2660 BLACK SPADE SUIT|2661 WHITE HEART SUIT|2662 WHITE DIAMOND SUIT|2663 BLACK CLUB SUIT|2664 WHITE SPADE SUIT|2665 BLACK HEART SUIT|' +
  '2666 BLACK DIAMOND SUIT|2667 WHITE CLUB SUIT|2668 HOT SPRINGS|2669 QUARTER NOTE|266a EIGHTH NOTE|266b BEAMED EIGHTH NOTES|' +
  '266c BEAMED SIXTEENTH NOTES|266d MUSIC FLAT SIGN|266e MUSIC NATURAL SIGN|266f MUSIC SHARP SIGN|2670 WEST SYRIAC CROSS|2671 EAST SYRIAC CROSS|' +
  '2672 UNIVERSAL RECYCLING SYMBOL|2673 RECYCLING SYMBOL FOR TYPE-1 PLASTICS|2674 RECYCLING SYMBOL FOR TYPE-2 PLASTICS|2675 RECYCLING SYMBOL FOR TYPE-3 PLASTICS|2676 RECYCLING SYMBOL FOR TYPE-4 PLASTICS|2677 RECYCLING SYMBOL FOR TYPE-5 PLASTICS|' +
  '2678 RECYCLING SYMBOL FOR TYPE-6 PLASTICS|2679 RECYCLING SYMBOL FOR TYPE-7 PLASTICS|267a RECYCLING SYMBOL FOR GENERIC MATERIALS|267b BLACK UNIVERSAL RECYCLING SYMBOL|267c RECYCLED PAPER SYMBOL|267d PARTIALLY-RECYCLED PAPER SYMBOL|' +
  '267e PERMANENT PAPER SIGN|267f WHEELCHAIR SYMBOL|2680 DIE FACE-1|2681 DIE FACE-2|2682 DIE FACE-3|2683 DIE FACE-4|' +
  '2684 DIE FACE-5|2685 DIE FACE-6|2686 WHITE CIRCLE WITH DOT RIGHT|2687 WHITE CIRCLE WITH TWO DOTS|2688 BLACK CIRCLE WITH WHITE DOT RIGHT|2689 BLACK CIRCLE WITH TWO WHITE DOTS|' +
  '268a MONOGRAM FOR YANG|268b MONOGRAM FOR YIN|268c DIGRAM FOR GREATER YANG|268d DIGRAM FOR LESSER YIN|268e DIGRAM FOR LESSER YANG|268f DIGRAM FOR GREATER YIN|' +
  '2690 WHITE FLAG|2691 BLACK FLAG|2692 HAMMER AND PICK|2693 ANCHOR|2694 CROSSED SWORDS|2695 STAFF OF AESCULAPIUS|' +
  '2696 SCALES|2697 ALEMBIC|2698 FLOWER|2699 GEAR|269a STAFF OF HERMES|269b ATOM SYMBOL|' +
  '269c FLEUR-DE-LIS|269d OUTLINED WHITE STAR|269e THREE LINES CONVERGING RIGHT|269f THREE LINES CONVERGING LEFT|26a0 WARNING SIGN|26a1 HIGH VOLTAGE SIGN|' +
  '26a2 DOUBLED FEMALE SIGN|26a3 DOUBLED MALE SIGN|26a4 INTERLOCKED FEMALE AND MALE SIGN|26a5 MALE AND FEMALE SIGN|26a6 MALE WITH STROKE SIGN|26a7 MALE WITH STROKE AND MALE AND FEMALE SIGN|' +
  '26a8 VERTICAL MALE WITH STROKE SIGN|26a9 HORIZONTAL MALE WITH STROKE SIGN|26aa MEDIUM WHITE CIRCLE|26ab MEDIUM BLACK CIRCLE|26ac MEDIUM SMALL WHITE CIRCLE|26ad MARRIAGE SYMBOL|' +
  '26ae DIVORCE SYMBOL|26af UNMARRIED PARTNERSHIP SYMBOL|26b0 COFFIN|26b1 FUNERAL URN|26b2 NEUTER|26b3 CERES|' +
  '26b4 PALLAS|26b5 JUNO|26b6 VESTA|26b7 CHIRON|26b8 BLACK MOON LILITH|26b9 SEXTILE|' +
  '26ba SEMISEXTILE|26bb QUINCUNX|26bc SESQUIQUADRATE|26bd SOCCER BALL|26be BASEBALL|26bf SQUARED KEY|' +
  '26c0 WHITE DRAUGHTS MAN|26c1 WHITE DRAUGHTS KING|26c2 BLACK DRAUGHTS MAN|26c3 BLACK DRAUGHTS KING|26c4 SNOWMAN WITHOUT SNOW|26c5 SUN BEHIND CLOUD|' +
  '26c6 RAIN|26c7 BLACK SNOWMAN|26c8 THUNDER CLOUD AND RAIN|26c9 TURNED WHITE SHOGI PIECE|26ca TURNED BLACK SHOGI PIECE|26cb WHITE DIAMOND IN SQUARE|' +
  '26cc CROSSING LANES|26cd DISABLED CAR|26ce OPHIUCHUS|26cf PICK|26d0 CAR SLIDING|26d1 HELMET WITH WHITE CROSS|' +
  '26d2 CIRCLED CROSSING LANES|26d3 CHAINS|26d4 NO ENTRY|26d5 ALTERNATE ONE-WAY LEFT WAY TRAFFIC|26d6 BLACK TWO-WAY LEFT WAY TRAFFIC|26d7 WHITE TWO-WAY LEFT WAY TRAFFIC|' +
  '26d8 BLACK LEFT LANE MERGE|26d9 WHITE LEFT LANE MERGE|26da DRIVE SLOW SIGN|26db HEAVY WHITE DOWN-POINTING TRIANGLE|26dc LEFT CLOSED ENTRY|26dd SQUARED SALTIRE|' +
  '26de FALLING DIAGONAL IN WHITE CIRCLE IN BLACK SQUARE|26df BLACK TRUCK|26e0 RESTRICTED LEFT ENTRY-1|26e1 RESTRICTED LEFT ENTRY-2|26e2 ASTRONOMICAL SYMBOL FOR URANUS|26e3 HEAVY CIRCLE WITH STROKE AND TWO DOTS ABOVE|' +
  '26e4 PENTAGRAM|26e5 RIGHT-HANDED INTERLACED PENTAGRAM|26e6 LEFT-HANDED INTERLACED PENTAGRAM|26e7 INVERTED PENTAGRAM|26e8 BLACK CROSS ON SHIELD|26e9 SHINTO SHRINE|' +
  '26ea CHURCH|26eb CASTLE|26ec HISTORIC SITE|26ed GEAR WITHOUT HUB|26ee GEAR WITH HANDLES|26ef MAP SYMBOL FOR LIGHTHOUSE|' +
  '26f0 MOUNTAIN|26f1 UMBRELLA ON GROUND|26f2 FOUNTAIN|26f3 FLAG IN HOLE|26f4 FERRY|26f5 SAILBOAT|' +
  '26f6 SQUARE FOUR CORNERS|26f7 SKIER|26f8 ICE SKATE|26f9 PERSON WITH BALL|26fa TENT|26fb JAPANESE BANK SYMBOL|' +
  '26fc HEADSTONE GRAVEYARD SYMBOL|26fd FUEL PUMP|26fe CUP ON BLACK SQUARE|26ff WHITE FLAG WITH HORIZONTAL MIDDLE BLACK STRIPE|2700 BLACK SAFETY SCISSORS|2701 UPPER BLADE SCISSORS|' +
  '2702 BLACK SCISSORS|2703 LOWER BLADE SCISSORS|2704 WHITE SCISSORS|2705 WHITE HEAVY CHECK MARK|2706 TELEPHONE LOCATION SIGN|2707 TAPE DRIVE|' +
  '2708 AIRPLANE|2709 ENVELOPE|270a RAISED FIST|270b RAISED HAND|270c VICTORY HAND|270d WRITING HAND|' +
  '270e LOWER RIGHT PENCIL|270f PENCIL|2710 UPPER RIGHT PENCIL|2711 WHITE NIB|2712 BLACK NIB|2713 CHECK MARK|' +
  '2714 HEAVY CHECK MARK|2715 MULTIPLICATION X|2716 HEAVY MULTIPLICATION X|2717 BALLOT X|2718 HEAVY BALLOT X|2719 OUTLINED GREEK CROSS|' +
  '271a HEAVY GREEK CROSS|271b OPEN CENTRE CROSS|271c HEAVY OPEN CENTRE CROSS|271d LATIN CROSS|271e SHADOWED WHITE LATIN CROSS|271f OUTLINED LATIN CROSS|' +
  '2720 MALTESE CROSS|2721 STAR OF DAVID|2722 FOUR TEARDROP-SPOKED ASTERISK|2723 FOUR BALLOON-SPOKED ASTERISK|2724 HEAVY FOUR BALLOON-SPOKED ASTERISK|2725 FOUR CLUB-SPOKED ASTERISK|' +
  '2726 BLACK FOUR POINTED STAR|2727 WHITE FOUR POINTED STAR|2728 SPARKLES|2729 STRESS OUTLINED WHITE STAR|272a CIRCLED WHITE STAR|272b OPEN CENTRE BLACK STAR|' +
  '272c BLACK CENTRE WHITE STAR|272d OUTLINED BLACK STAR|272e HEAVY OUTLINED BLACK STAR|272f PINWHEEL STAR|2730 SHADOWED WHITE STAR|2731 HEAVY ASTERISK|' +
  '2732 OPEN CENTRE ASTERISK|2733 EIGHT SPOKED ASTERISK|2734 EIGHT POINTED BLACK STAR|2735 EIGHT POINTED PINWHEEL STAR|2736 SIX POINTED BLACK STAR|2737 EIGHT POINTED RECTILINEAR BLACK STAR|' +
  '2738 HEAVY EIGHT POINTED RECTILINEAR BLACK STAR|2739 TWELVE POINTED BLACK STAR|273a SIXTEEN POINTED ASTERISK|273b TEARDROP-SPOKED ASTERISK|273c OPEN CENTRE TEARDROP-SPOKED ASTERISK|273d HEAVY TEARDROP-SPOKED ASTERISK|' +
  '273e SIX PETALLED BLACK AND WHITE FLORETTE|273f BLACK FLORETTE|2740 WHITE FLORETTE|2741 EIGHT PETALLED OUTLINED BLACK FLORETTE|2742 CIRCLED OPEN CENTRE EIGHT POINTED STAR|2743 HEAVY TEARDROP-SPOKED PINWHEEL ASTERISK|' +
  '2744 SNOWFLAKE|2745 TIGHT TRIFOLIATE SNOWFLAKE|2746 HEAVY CHEVRON SNOWFLAKE|2747 SPARKLE|2748 HEAVY SPARKLE|2749 BALLOON-SPOKED ASTERISK|' +
  '274a EIGHT TEARDROP-SPOKED PROPELLER ASTERISK|274b HEAVY EIGHT TEARDROP-SPOKED PROPELLER ASTERISK|274c CROSS MARK|274d SHADOWED WHITE CIRCLE|274e NEGATIVE SQUARED CROSS MARK|274f LOWER RIGHT DROP-SHADOWED WHITE SQUARE|' +
  '2750 UPPER RIGHT DROP-SHADOWED WHITE SQUARE|2751 LOWER RIGHT SHADOWED WHITE SQUARE|2752 UPPER RIGHT SHADOWED WHITE SQUARE|2753 BLACK QUESTION MARK ORNAMENT|2754 WHITE QUESTION MARK ORNAMENT|2755 WHITE EXCLAMATION MARK ORNAMENT|' +
  '2756 BLACK DIAMOND MINUS WHITE X|2757 HEAVY EXCLAMATION MARK SYMBOL|2758 LIGHT VERTICAL BAR|2759 MEDIUM VERTICAL BAR|275a HEAVY VERTICAL BAR|275b HEAVY SINGLE TURNED COMMA QUOTATION MARK ORNAMENT|' +
  '275c HEAVY SINGLE COMMA QUOTATION MARK ORNAMENT|275d HEAVY DOUBLE TURNED COMMA QUOTATION MARK ORNAMENT|275e HEAVY DOUBLE COMMA QUOTATION MARK ORNAMENT|275f HEAVY LOW SINGLE COMMA QUOTATION MARK ORNAMENT|2760 HEAVY LOW DOUBLE COMMA QUOTATION MARK ORNAMENT|2761 CURVED STEM PARAGRAPH SIGN ORNAMENT|' +
  '2762 HEAVY EXCLAMATION MARK ORNAMENT|2763 HEAVY HEART EXCLAMATION MARK ORNAMENT|2764 HEAVY BLACK HEART|2765 ROTATED HEAVY BLACK HEART BULLET|2766 FLORAL HEART|2767 ROTATED FLORAL HEART BULLET|' +
  'fb00 LATIN SMALL LIGATURE FF|fb01 LATIN SMALL LIGATURE FI|fb02 LATIN SMALL LIGATURE FL|fb03 LATIN SMALL LIGATURE FFI|fb04 LATIN SMALL LIGATURE FFL|fb05 LATIN SMALL LIGATURE LONG S T|' +
  'fb06 LATIN SMALL LIGATURE ST|fe0f VARIATION SELECTOR-16|feff ZERO WIDTH NO-BREAK SPACE|fffc OBJECT REPLACEMENT CHARACTER|fffd REPLACEMENT CHARACTER|1f600 GRINNING FACE|' +
  '1f601 GRINNING FACE WITH SMILING EYES|1f602 FACE WITH TEARS OF JOY|1f603 SMILING FACE WITH OPEN MOUTH|1f604 SMILING FACE WITH OPEN MOUTH AND SMILING EYES|1f605 SMILING FACE WITH OPEN MOUTH AND COLD SWEAT|1f606 SMILING FACE WITH OPEN MOUTH AND TIGHTLY-CLOSED EYES|' +
  '1f607 SMILING FACE WITH HALO|1f608 SMILING FACE WITH HORNS|1f609 WINKING FACE|1f60a SMILING FACE WITH SMILING EYES|1f60b FACE SAVOURING DELICIOUS FOOD|1f60c RELIEVED FACE|' +
  '1f60d SMILING FACE WITH HEART-SHAPED EYES|1f60e SMILING FACE WITH SUNGLASSES|1f60f SMIRKING FACE|1f610 NEUTRAL FACE|1f611 EXPRESSIONLESS FACE|1f612 UNAMUSED FACE|' +
  '1f613 FACE WITH COLD SWEAT|1f614 PENSIVE FACE|1f615 CONFUSED FACE|1f616 CONFOUNDED FACE|1f617 KISSING FACE|1f618 FACE THROWING A KISS|' +
  '1f619 KISSING FACE WITH SMILING EYES|1f61a KISSING FACE WITH CLOSED EYES|1f61b FACE WITH STUCK-OUT TONGUE|1f61c FACE WITH STUCK-OUT TONGUE AND WINKING EYE|1f61d FACE WITH STUCK-OUT TONGUE AND TIGHTLY-CLOSED EYES|1f61e DISAPPOINTED FACE|' +
  '1f61f WORRIED FACE|1f620 ANGRY FACE|1f621 POUTING FACE|1f622 CRYING FACE|1f623 PERSEVERING FACE|1f624 FACE WITH LOOK OF TRIUMPH|' +
  '1f625 DISAPPOINTED BUT RELIEVED FACE|1f626 FROWNING FACE WITH OPEN MOUTH|1f627 ANGUISHED FACE|1f628 FEARFUL FACE|1f629 WEARY FACE|1f62a SLEEPY FACE|' +
  '1f62b TIRED FACE|1f62c GRIMACING FACE|1f62d LOUDLY CRYING FACE|1f62e FACE WITH OPEN MOUTH|1f62f HUSHED FACE|1f630 FACE WITH OPEN MOUTH AND COLD SWEAT|' +
  '1f631 FACE SCREAMING IN FEAR|1f632 ASTONISHED FACE|1f633 FLUSHED FACE|1f634 SLEEPING FACE|1f635 DIZZY FACE|1f636 FACE WITHOUT MOUTH|' +
  '1f637 FACE WITH MEDICAL MASK|1f638 GRINNING CAT FACE WITH SMILING EYES|1f639 CAT FACE WITH TEARS OF JOY|1f63a SMILING CAT FACE WITH OPEN MOUTH|1f63b SMILING CAT FACE WITH HEART-SHAPED EYES|1f63c CAT FACE WITH WRY SMILE|' +
  '1f63d KISSING CAT FACE WITH CLOSED EYES|1f63e POUTING CAT FACE|1f63f CRYING CAT FACE|1f640 WEARY CAT FACE|1f641 SLIGHTLY FROWNING FACE|1f642 SLIGHTLY SMILING FACE|' +
  '1f643 UPSIDE-DOWN FACE|1f644 FACE WITH ROLLING EYES|1f645 FACE WITH NO GOOD GESTURE|1f646 FACE WITH OK GESTURE|1f647 PERSON BOWING DEEPLY|1f648 SEE-NO-EVIL MONKEY|' +
  '1f649 HEAR-NO-EVIL MONKEY|1f64a SPEAK-NO-EVIL MONKEY|1f64b HAPPY PERSON RAISING ONE HAND|1f64c PERSON RAISING BOTH HANDS IN CELEBRATION|1f64d PERSON FROWNING|1f64e PERSON WITH POUTING FACE|' +
  '1f64f PERSON WITH FOLDED HANDS|1f308 RAINBOW|1f30d EARTH GLOBE EUROPE-AFRICA|1f31f GLOWING STAR|1f332 EVERGREEN TREE|1f34e RED APPLE|' +
  '1f355 SLICE OF PIZZA|1f381 WRAPPED PRESENT|1f389 PARTY POPPER|1f3c6 TROPHY|1f40d SNAKE|1f41b BUG|' +
  '1f431 CAT FACE|1f436 DOG FACE|1f440 EYES|1f44b WAVING HAND SIGN|1f44c OK HAND SIGN|1f44d THUMBS UP SIGN|' +
  '1f44e THUMBS DOWN SIGN|1f44f CLAPPING HANDS SIGN|1f468 MAN|1f469 WOMAN|1f480 SKULL|1f4a1 ELECTRIC LIGHT BULB|' +
  '1f4a5 COLLISION SYMBOL|1f4a9 PILE OF POO|1f4af HUNDRED POINTS SYMBOL|1f4bb PERSONAL COMPUTER|1f4c1 FILE FOLDER|1f4dd MEMO|' +
  '1f50d LEFT-POINTING MAGNIFYING GLASS|1f512 LOCK|1f513 OPEN LOCK|1f525 FIRE|1f680 ROCKET|1f6a8 POLICE CARS REVOLVING LIGHT|' +
  '1f914 THINKING FACE|1f91d HANDSHAKE|1f923 ROLLING ON THE FLOOR LAUGHING|1f970 SMILING FACE WITH SMILING EYES AND THREE HEARTS|1f9e0 BRAIN';
// END GENERATED

// Every table decodes on first use (start-up time matters: most programs need few or none of them).
