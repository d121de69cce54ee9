/**
 * `str.format` / `str.format_map` template parsing, mirroring CPython's
 * Objects/stringlib/unicode_format.h (MarkupIterator, parse_field, field_name_split,
 * FieldNameIterator, build_string's recursion limit and the AutoNumber state machine).
 *
 * Design note
 * - The VM evaluates fields; this module only parses. `parseFormatString(fmt)` returns items in
 *   evaluation order: literal text, fields, and at most one trailing `{kind: 'error'}` item. CPython
 *   parses lazily while it renders, so an error in a later field is raised only after the earlier
 *   fields have been looked up and formatted (their own IndexError/KeyError/side effects win).
 *   The VM must therefore walk the items in order and raise an error item when it reaches it.
 *   Errors that CPython raises later still are attached where they occur:
 *     - `name.restError`: raised after the `rest` accessors before it were applied
 *       ('{0.a.}' looks up `.a` first, then fails with 'Empty attribute in format string');
 *     - `conversionError`: raised after the field object was looked up ('Unknown conversion
 *       specifier x');
 *     - `specItems` (the parsed nested format spec when it contains '{') may end in an error item,
 *       e.g. 'Max string recursion exceeded'; it is evaluated after the conversion.
 * - Automatic numbering is resolved here in CPython's order (outer field, then the fields nested in
 *   its spec): `first === null` means automatic and `autoIndex` holds the number it received.
 *   The numbering-mode errors become error items at the field where CPython raises them.
 * - The result depends only on the string: the VM may cache it per format string.
 * - Messages the VM raises itself while evaluating (listed here for reference, CPython text):
 *   IndexError `Replacement index %d out of range for positional args tuple`, KeyError of the name,
 *   and for format_map with a positional field ValueError `Format string contains positional fields`.
 * - Gap: integer field names between 2**53 and 2**63 lose precision (JS numbers).
 */
import { PyLibError } from './errors';
import { decimalValue } from './unicode';

export type FieldRest = { attr: string } | { index: string | number };

export interface FieldName {
  /** Integer (any Unicode decimal digits) or key; null = automatic numbering. */
  first: string | number | null;
  /** The index automatic numbering assigned (only when first === null), else -1. */
  autoIndex: number;
  rest: FieldRest[];
  /** Raised after applying `rest` (which holds the accessors parsed before the error). */
  restError: PyLibError | null;
}

export interface FormatLiteral {
  kind: 'literal';
  text: string;
}

export interface FormatField {
  kind: 'field';
  /** The raw field name text (as `string.Formatter.parse` reports it). */
  rawName: string;
  name: FieldName;
  conversion: 'r' | 's' | 'a' | null;
  /** Set (and conversion null) for any other conversion character; raised after the lookup. */
  conversionError: PyLibError | null;
  /** The raw spec text ('' when absent); may contain nested fields. */
  formatSpec: string;
  /** Parsed `formatSpec` when it contains '{' (must be built into the real spec), else null. */
  specItems: FormatItem[] | null;
}

export interface FormatError {
  kind: 'error';
  error: PyLibError;
}

export type FormatItem = FormatLiteral | FormatField | FormatError;

const err = (msg: string): PyLibError => new PyLibError('ValueError', msg);

/** One step of MarkupIterator_next over s[pos..end): literal, optional raw field parts. */
interface RawMarkup {
  literal: string;
  field: { name: string; conversion: string | null; spec: string; specNeedsExpanding: boolean } | null;
}

class MarkupIterator {
  pos: number;
  constructor(
    private readonly s: string,
    private readonly end: number = s.length,
    start = 0,
  ) {
    this.pos = start;
  }

  /** null at the end; throws PyLibError on malformed markup. */
  next(): RawMarkup | null {
    const s = this.s;
    if (this.pos >= this.end) return null;
    const start = this.pos;
    let c = '';
    let markup = false;
    while (this.pos < this.end) {
      c = s[this.pos++];
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = this.pos >= this.end;
    let len = this.pos - start;
    if (c === '}' && markup && (atEnd || s[this.pos] !== '}')) throw err("Single '}' encountered in format string");
    if (atEnd && c === '{' && markup) throw err("Single '{' encountered in format string");
    if (!atEnd && markup) {
      if (s[this.pos] === c) {
        this.pos++;
        markup = false;
      } else len--;
    }
    const literal = s.slice(start, start + len);
    if (!markup) return { literal, field: null };
    return { literal, field: this.parseField() };
  }

  private parseField(): NonNullable<RawMarkup['field']> {
    const s = this.s;
    const nameStart = this.pos;
    let c = '';
    let stop = false;
    while (this.pos < this.end) {
      c = s[this.pos++];
      if (c === '{') throw err("unexpected '{' in field name");
      if (c === '[') {
        while (this.pos < this.end && s[this.pos] !== ']') this.pos++;
        continue;
      }
      if (c === '}' || c === ':' || c === '!') {
        stop = true;
        break;
      }
    }
    const name = s.slice(nameStart, this.pos - 1);
    if (stop && (c === '!' || c === ':')) {
      let conversion: string | null = null;
      if (c === '!') {
        if (this.pos >= this.end) throw err('end of string while looking for conversion specifier');
        const cp = s.codePointAt(this.pos)!;
        conversion = String.fromCodePoint(cp);
        this.pos += conversion.length;
        if (this.pos < this.end) {
          const d = s[this.pos++];
          if (d === '}') return { name, conversion, spec: '', specNeedsExpanding: false };
          if (d !== ':') throw err("expected ':' after conversion specifier");
        }
      }
      const specStart = this.pos;
      let depth = 1;
      let expand = false;
      while (this.pos < this.end) {
        const d = s[this.pos++];
        if (d === '{') {
          expand = true;
          depth++;
        } else if (d === '}') {
          depth--;
          if (depth === 0) return { name, conversion, spec: s.slice(specStart, this.pos - 1), specNeedsExpanding: expand };
        }
      }
      throw err("unmatched '{' in format spec");
    }
    if (!stop || c !== '}') throw err("expected '}' before end of string");
    return { name, conversion: null, spec: '', specNeedsExpanding: false };
  }
}

const MAX_SSIZE = 9223372036854775807n;

/** get_integer: -1 when not all decimal digits (or empty); throws on > Py_ssize_t max. */
function getInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0n;
  for (const ch of s) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    acc = acc * 10n + BigInt(d);
    if (acc > MAX_SSIZE) throw err('Too many decimal digits in format string');
  }
  return Number(acc);
}

/** Parse the accessors after the first part ('.attr' / '[key]'). */
function parseRest(s: string, pos: number): { rest: FieldRest[]; restError: PyLibError | null } {
  const rest: FieldRest[] = [];
  try {
    while (pos < s.length) {
      const c = s[pos++];
      let name: string;
      let idx = -1;
      let isAttr: boolean;
      if (c === '.') {
        isAttr = true;
        const a = pos;
        while (pos < s.length && s[pos] !== '.' && s[pos] !== '[') pos++;
        name = s.slice(a, pos);
      } else if (c === '[') {
        isAttr = false;
        const a = pos;
        while (pos < s.length && s[pos] !== ']') pos++;
        if (pos >= s.length) throw err("Missing ']' in format string");
        name = s.slice(a, pos);
        pos++;
        idx = getInteger(name);
      } else {
        throw err("Only '.' or '[' may follow ']' in format field specifier");
      }
      if (name.length === 0) throw err('Empty attribute in format string');
      rest.push(isAttr ? { attr: name } : { index: idx >= 0 ? idx : name });
    }
  } catch (e) {
    if (e instanceof PyLibError) return { rest, restError: e };
    throw e;
  }
  return { rest, restError: null };
}

/** formatter_field_name_split without auto numbering: first is int, or str (possibly ''). */
export function splitFieldName(name: string): { first: string | number; rest: FieldRest[]; restError: PyLibError | null } {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const firstText = name.slice(0, i);
  const n = getInteger(firstText);
  return { first: n >= 0 ? n : firstText, ...parseRest(name, i) };
}

const enum AutoState {
  Init,
  Auto,
  Manual,
}

class Parser {
  state = AutoState.Init;
  next = 0;
  failed = false;

  build(fmt: string, depth: number): FormatItem[] {
    const items: FormatItem[] = [];
    if (depth <= 0) {
      this.failed = true;
      items.push({ kind: 'error', error: err('Max string recursion exceeded') });
      return items;
    }
    const it = new MarkupIterator(fmt);
    for (;;) {
      let m: RawMarkup | null;
      try {
        m = it.next();
      } catch (e) {
        if (!(e instanceof PyLibError)) throw e;
        this.failed = true;
        items.push({ kind: 'error', error: e });
        return items;
      }
      if (m === null) return items;
      if (m.literal) items.push({ kind: 'literal', text: m.literal });
      if (!m.field) continue;
      const f = m.field;
      let name: FieldName;
      try {
        name = this.fieldName(f.name);
      } catch (e) {
        if (!(e instanceof PyLibError)) throw e;
        this.failed = true;
        items.push({ kind: 'error', error: e });
        return items;
      }
      let conversion: FormatField['conversion'] = null;
      let conversionError: PyLibError | null = null;
      if (f.conversion !== null) {
        if (f.conversion === 'r' || f.conversion === 's' || f.conversion === 'a') conversion = f.conversion;
        else {
          const cp = f.conversion.codePointAt(0)!;
          conversionError = err(
            'Unknown conversion specifier ' + (cp > 32 && cp < 127 ? f.conversion : '\\x' + cp.toString(16)),
          );
        }
      }
      const field: FormatField = {
        kind: 'field',
        rawName: f.name,
        name,
        conversion,
        conversionError,
        formatSpec: f.spec,
        specItems: null,
      };
      items.push(field);
      if (conversionError || name.restError) return items; // evaluation stops at that error
      if (f.specNeedsExpanding) {
        field.specItems = this.build(f.spec, depth - 1);
        if (this.failed) return items;
      }
    }
  }

  private fieldName(text: string): FieldName {
    let i = 0;
    while (i < text.length && text[i] !== '.' && text[i] !== '[') i++;
    const firstText = text.slice(0, i);
    const idx = getInteger(firstText);
    const empty = firstText.length === 0;
    const numeric = empty || idx !== -1;
    if (numeric) {
      if (this.state === AutoState.Init) this.state = empty ? AutoState.Auto : AutoState.Manual;
      if (this.state === AutoState.Manual && empty) {
        throw err('cannot switch from manual field specification to automatic field numbering');
      }
      if (this.state === AutoState.Auto && !empty) {
        throw err('cannot switch from automatic field numbering to manual field specification');
      }
    }
    const { rest, restError } = parseRest(text, i);
    if (empty) return { first: null, autoIndex: this.next++, rest, restError };
    return { first: idx !== -1 ? idx : firstText, autoIndex: -1, rest, restError };
  }
}

/**
 * Parse a `str.format` template into items in evaluation order (see the module note: a trailing
 * error item, a field's restError/conversionError, or an error inside specItems must be raised when
 * the VM reaches it).
 */
export function parseFormatString(fmt: string): FormatItem[] {
  return new Parser().build(fmt, 2);
}

/** Like parseFormatString but throws the first error eagerly (for callers that do not care about ordering). */
export function parseFormatStringStrict(fmt: string): FormatItem[] {
  const items = parseFormatString(fmt);
  const check = (list: FormatItem[]): void => {
    for (const it of list) {
      if (it.kind === 'error') throw it.error;
      if (it.kind === 'field') {
        if (it.name.restError) throw it.name.restError;
        if (it.conversionError) throw it.conversionError;
        if (it.specItems) check(it.specItems);
      }
    }
  };
  check(items);
  return items;
}

/**
 * `_string.formatter_parser(fmt)` (string.Formatter.parse): tuples (literal, field_name,
 * format_spec, conversion). Lazy like CPython: an error is thrown when iteration reaches it.
 */
export function* formatterParser(fmt: string): Generator<[string, string | null, string | null, string | null]> {
  const it = new MarkupIterator(fmt);
  for (;;) {
    const m = it.next();
    if (m === null) return;
    if (m.field) yield [m.literal, m.field.name, m.field.spec, m.field.conversion];
    else yield [m.literal, null, null, null];
  }
}
