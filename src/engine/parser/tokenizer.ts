/**
 * heapscope front end — layer 2: the tokenizer.
 *
 * Layers (like pyright): characterStream (decode.ts: bytes → text, newline
 * normalisation) → tokenizer (this file: text → tokens) → parser (parser.ts:
 * tokens → AST, ast.ts).
 *
 * This is a pull tokenizer modelled on CPython 3.12's Parser/tokenizer.c: the
 * parser asks for one token at a time, so a tokenizer error is raised when the
 * parser reaches it (and, like CPython, the parser tokenizes the rest of the
 * file after a parser error to let a tokenizer error take precedence).
 *
 * - NEWLINE/INDENT/DEDENT follow CPython: tabs advance to the next multiple of
 *   8 (`col`) and count 1 (`altcol`); the two must agree or it is a TabError;
 *   blank and comment-only lines produce nothing; indentation is ignored
 *   inside brackets; 100 indentation levels / 200 nested brackets are errors.
 * - f-strings are tokenized the 3.12 way (PEP 701) into FSTRING_START,
 *   FSTRING_MIDDLE, FSTRING_END with ordinary tokens for the replacement
 *   fields. For 3.11 the f-string's extent is first found with the old
 *   "plain string" rules and the replacement fields may not cross it, may not
 *   contain a backslash or '#', which reproduces 3.11's restrictions.
 * - All scanning is a single forward pass over the string with charCodeAt;
 *   no regular expressions run over unbounded input, so it is linear time.
 *
 * Errors are thrown as {@link TokenizeError} (an internal exception caught by
 * parse()); positions follow CPython's SyntaxError attributes exactly.
 */

export const enum Tok {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  OP,
  FSTRING_START,
  FSTRING_MIDDLE,
  FSTRING_END,
  /** End of file inside brackets (CPython's ERRORTOKEN with E_EOF). */
  EOF_IN_BRACKETS,
}

export interface Token {
  type: Tok;
  /** NAME: identifier text; OP: operator; NUMBER/STRING: source text; FSTRING_MIDDLE: literal text with `{{`/`}}` collapsed (escapes not yet decoded). */
  str: string;
  /** Absolute source offsets. */
  start: number;
  end: number;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export type ErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface RawError {
  type: ErrorType;
  msg: string;
  lineno: number;
  /** 1-based UTF-16 column as CPython computes it (converted to code points later). */
  offset: number;
  end_lineno: number;
  end_offset: number;
  /** 'line' = the source line without its newline; 'lineNL' = with newline; or explicit text. */
  text: { kind: 'line' } | { kind: 'lineNL' } | { kind: 'auto' } | { kind: 'explicit'; value: string | null };
}

export class TokenizeError {
  constructor(readonly error: RawError) {}
}

export type Version = '3.11' | '3.12' | '3.13';

const MAXINDENT = 100;
const MAXLEVEL = 200;

interface FStringMode {
  quote: number; // char code of the quote
  triple: boolean;
  raw: boolean;
  /** Offset of the FSTRING_START token and its line/col. */
  start: number;
  line: number;
  col: number;
  /** Bracket level outside the f-string (before its first `{`). */
  baseLevel: number;
  /** 'string' = scanning literal text; 'expr' = inside a replacement field. */
  state: 'string' | 'expr';
  /** Nesting of replacement fields: each entry is the bracket level at the `{`, and whether we are in its format spec. */
  fields: { level: number; inSpec: boolean }[];
  /** 3.11 only: offset of the closing quote found with the old rules (-1 if unterminated). */
  bound311: number;
}

const OPS3 = new Set(['**=', '//=', '>>=', '<<=', '...', '!=']);
const OPS2 = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=', '>>', '@=', '^=', '|=',
]);
const OPS1 = '!%&()*+,-./:;<=>@[]^{|}~';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isIdStartAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
/** CPython's is_potential_identifier_char: ASCII letters, digits, _ or any non-ASCII. */
function isPotentialIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || c >= 128;
}

const ID_START_RE = /[\p{ID_Start}_]/u;
const ID_CONTINUE_RE = /[\p{ID_Continue}]/u;
const NONPRINTABLE_RE = /[\p{C}\p{Z}]/u;

export class Tokenizer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private atBol = true;
  private indStack: number[] = [0];
  private altStack: number[] = [0];
  private pendingDedents = 0;
  private pendingIndent = false;
  /** Bracket stack: char code, line, col, offset. */
  readonly parens: { ch: number; line: number; col: number; lineStart: number }[] = [];
  private fmodes: FStringMode[] = [];
  private done = false;
  /** Set when the last returned token was a NEWLINE (or start of file). */
  private contLine = false;
  /** Start offsets of each line (index = line - 1). Filled as the tokenizer advances. */
  readonly lineStarts: number[] = [0];

  /** 3.11 top level: an f-string is one STRING token (the parser re-tokenizes it with a sub-tokenizer). */
  private readonly fstringAsString: boolean;

  constructor(
    readonly src: string,
    readonly version: Version,
    sub?: { pos: number; line: number; lineStart: number },
  ) {
    this.fstringAsString = version === '3.11' && !sub;
    if (sub) {
      this.pos = sub.pos;
      this.line = sub.line;
      this.lineStart = sub.lineStart;
      this.atBol = false;
    }
  }

  /** Current line of the tokenizer (CPython's tok->lineno). */
  get currentLine(): number {
    return this.line;
  }

  private newline(at: number): void {
    // `at` = offset just after the '\n'
    this.line++;
    this.lineStart = at;
    if (this.lineStarts.length < this.line) this.lineStarts.push(at);
  }

  lineText(lineno: number): string {
    // Lines may be beyond what we scanned; scan forward if needed.
    const src = this.src;
    let start: number;
    if (lineno - 1 < this.lineStarts.length) start = this.lineStarts[lineno - 1];
    else {
      let l = this.lineStarts.length;
      start = this.lineStarts[l - 1];
      while (l < lineno) {
        const nl = src.indexOf('\n', start);
        if (nl < 0) return '';
        start = nl + 1;
        l++;
      }
    }
    let e = src.indexOf('\n', start);
    if (e < 0) e = src.length;
    return src.slice(start, e);
  }

  // ---------------------------------------------------------------- errors

  /** CPython's syntaxerror(tok, ...): offset = chars from line start to `cur`. */
  private errAt(msg: string, cur: number, type: ErrorType = 'SyntaxError'): never {
    const off = cur - this.lineStart;
    throw new TokenizeError({ type, msg, lineno: this.line, offset: off, end_lineno: this.line, end_offset: off, text: { kind: 'line' } });
  }
  private errRange(msg: string, col: number, endCol: number): never {
    throw new TokenizeError({ type: 'SyntaxError', msg, lineno: this.line, offset: col, end_lineno: this.line, end_offset: endCol, text: { kind: 'line' } });
  }

  /** Number of the last line of the file (what "detected at line N" reports). */
  lastLine(): number {
    return this.lastLineNumber();
  }

  private lastLineNumber(): number {
    const src = this.src;
    let n = 1;
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) n++;
    if (src.length > 0 && src.charCodeAt(src.length - 1) === 10) n--;
    return n;
  }

  // ---------------------------------------------------------------- main

  private make(type: Tok, str: string, start: number, startLine: number, startCol: number): Token {
    return { type, str, start, end: this.pos, line: startLine, col: startCol, endLine: this.line, endCol: this.pos - this.lineStart };
  }

  next(): Token {
    const fm = this.fmodes.length ? this.fmodes[this.fmodes.length - 1] : null;
    if (fm && fm.state === 'string') return this.fstringMiddle(fm);
    return this.nextRegular();
  }

  private nextRegular(): Token {
    const src = this.src;
    const n = src.length;
    if (this.done) return this.make(Tok.ENDMARKER, '', this.pos, this.line, this.pos - this.lineStart);

    // ---- indentation at the beginning of a line
    if (this.atBol) {
      this.atBol = false;
      let col = 0;
      let altcol = 0;
      let p = this.pos;
      for (;;) {
        const c = src.charCodeAt(p);
        if (c === 32) {
          col++;
          altcol++;
        } else if (c === 9) {
          col = (Math.floor(col / 8) + 1) * 8;
          altcol++;
        } else if (c === 12) {
          col = altcol = 0;
        } else break;
        p++;
      }
      this.pos = p;
      const c = p < n ? src.charCodeAt(p) : -1;
      const blank = c === 35 || c === 10 || (c === 92 && false);
      if (!blank && this.parens.length === 0 && this.fmodes.length === 0) {
        const top = this.indStack[this.indStack.length - 1];
        const alttop = this.altStack[this.altStack.length - 1];
        if (col === top) {
          if (altcol !== alttop) this.tabError();
        } else if (col > top) {
          if (this.indStack.length >= MAXINDENT) {
            throw new TokenizeError({ type: 'IndentationError', msg: 'too many levels of indentation', lineno: this.line, offset: 1, end_lineno: this.line, end_offset: 0, text: { kind: 'lineNL' } });
          }
          if (altcol <= alttop) this.tabError();
          this.indStack.push(col);
          this.altStack.push(altcol);
          this.pendingIndent = true;
        } else {
          while (this.indStack.length > 1 && col < this.indStack[this.indStack.length - 1]) {
            this.indStack.pop();
            this.altStack.pop();
            this.pendingDedents++;
          }
          if (col !== this.indStack[this.indStack.length - 1]) {
            const eol = src.indexOf('\n', p);
            throw new TokenizeError({ type: 'IndentationError', msg: 'unindent does not match any outer indentation level', lineno: this.line, offset: (eol < 0 ? n : eol + 1) - this.lineStart, end_lineno: this.line, end_offset: -1, text: { kind: 'lineNL' } });
          }
          if (altcol !== this.altStack[this.altStack.length - 1]) this.tabError();
        }
      }
    }
    if (this.pendingIndent) {
      this.pendingIndent = false;
      return this.make(Tok.INDENT, '', this.lineStart, this.line, 0);
    }
    if (this.pendingDedents > 0) {
      this.pendingDedents--;
      const t = this.make(Tok.DEDENT, '', this.pos, this.line, this.pos - this.lineStart);
      return t;
    }

    // ---- skip spaces, comments, continuation lines
    for (;;) {
      let c = this.pos < n ? src.charCodeAt(this.pos) : -1;
      while (c === 32 || c === 9 || c === 12) {
        this.pos++;
        c = this.pos < n ? src.charCodeAt(this.pos) : -1;
      }
      const fm = this.fmodes.length ? this.fmodes[this.fmodes.length - 1] : null;
      if (fm && fm.bound311 >= 0 && this.pos >= fm.bound311) {
        // 3.11: the replacement field ran into the end of the f-string.
        return this.fstring311Unclosed(fm);
      }
      if (c === 35) {
        if (fm && this.version === '3.11') this.fstring311Error(fm, "f-string expression part cannot include '#'");
        // comment: skip to end of line
        let e = src.indexOf('\n', this.pos);
        if (e < 0) e = n;
        this.pos = e;
        continue;
      }
      if (c === 92) {
        // backslash continuation
        if (fm && this.version === '3.11') this.fstring311Error(fm, 'f-string expression part cannot include a backslash');
        const c2 = this.pos + 1 < n ? src.charCodeAt(this.pos + 1) : -1;
        if (c2 !== 10) {
          if (c2 === -1) {
            this.pos = n;
            this.unexpectedEOF();
          }
          // E_LINECONT
          const off = this.pos + 2 - this.lineStart - 1;
          throw new TokenizeError({ type: 'SyntaxError', msg: 'unexpected character after line continuation character', lineno: this.line, offset: off + 1, end_lineno: this.line, end_offset: 0, text: { kind: 'lineNL' } });
        }
        this.pos += 2;
        this.newline(this.pos);
        if (this.pos >= n) this.unexpectedEOF();
        continue;
      }
      break;
    }

    const start = this.pos;
    const startLine = this.line;
    const startCol = start - this.lineStart;

    // ---- end of file
    if (start >= n) {
      if (this.parens.length > 0 || this.fmodes.length > 0) {
        return this.make(Tok.EOF_IN_BRACKETS, '', start, startLine, startCol);
      }
      if (!this.contLine && start > 0 && !(this.line === 1 && start === 0)) {
        // implicit NEWLINE at end of file when the last line had tokens
      }
      if (this.contLine) {
        this.contLine = false;
        return this.make(Tok.NEWLINE, '', start, startLine, startCol);
      }
      if (this.indStack.length > 1) {
        this.indStack.pop();
        this.altStack.pop();
        return this.make(Tok.DEDENT, '', start, startLine, startCol);
      }
      this.done = true;
      return this.make(Tok.ENDMARKER, '', start, startLine, startCol);
    }

    const c = src.charCodeAt(start);

    // ---- newline
    if (c === 10) {
      this.pos++;
      const blankOrInBrackets = this.parens.length > 0 || this.fmodes.length > 0 || !this.contLine;
      const tokLine = this.line;
      const tokCol = start - this.lineStart;
      this.newline(this.pos);
      this.atBol = true;
      if (blankOrInBrackets) return this.nextRegular();
      this.contLine = false;
      return { type: Tok.NEWLINE, str: '\n', start, end: this.pos, line: tokLine, col: tokCol, endLine: tokLine, endCol: tokCol + 1 };
    }

    this.contLine = true;

    // ---- identifiers and string prefixes
    if (isIdStartAscii(c) || c >= 128) {
      // string prefix?
      let sawB = false, sawR = false, sawU = false, sawF = false;
      let p = start;
      for (;;) {
        const ch = src.charCodeAt(p) | 0x20;
        if (!(sawB || sawU || sawF) && ch === 98) sawB = true;
        else if (!(sawB || sawU || sawR || sawF) && ch === 117) sawU = true;
        else if (!(sawR || sawU) && ch === 114) sawR = true;
        else if (!(sawF || sawB || sawU) && ch === 102) sawF = true;
        else break;
        p++;
        const q = src.charCodeAt(p);
        if (q === 34 || q === 39) {
          if (sawF && !this.fstringAsString) return this.fstringStart(start, p, sawR);
          return this.stringLiteral(start, p);
        }
      }
      // identifier
      p = start;
      let nonAscii = false;
      while (p < n) {
        const ch = src.charCodeAt(p);
        if (!isPotentialIdChar(ch)) break;
        if (ch >= 128) nonAscii = true;
        p++;
      }
      if (nonAscii) this.verifyIdentifier(start, p);
      this.pos = p;
      let name = src.slice(start, p);
      if (nonAscii) name = name.normalize('NFKC');
      return this.make(Tok.NAME, name, start, startLine, startCol);
    }

    // ---- numbers
    if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(start + 1)))) {
      return this.number(start, startLine, startCol);
    }

    // ---- strings
    if (c === 34 || c === 39) return this.stringLiteral(start, start);

    // ---- operators
    const fm = this.fmodes.length ? this.fmodes[this.fmodes.length - 1] : null;
    if (fm) {
      const field = fm.fields[fm.fields.length - 1];
      const atFieldLevel = field && this.parens.length === field.level;
      if (atFieldLevel) {
        if (c === 125 /* } */) {
          this.pos++;
          fm.fields.pop();
          this.parens.pop();
          fm.state = 'string';
          return this.make(Tok.OP, '}', start, startLine, startCol);
        }
        if (c === 58 /* : */) {
          this.pos++;
          field.inSpec = true;
          fm.state = 'string';
          return this.make(Tok.OP, ':', start, startLine, startCol);
        }
        if (c === 33 /* ! */ && src.charCodeAt(start + 1) !== 61) {
          this.pos++;
          return this.make(Tok.OP, '!', start, startLine, startCol);
        }
      }
    }
    let op = '';
    const s3 = src.substr(start, 3);
    if (s3.length === 3 && OPS3.has(s3) && s3 !== '!=') op = s3;
    else {
      const s2 = s3.slice(0, 2);
      if (s2.length === 2 && OPS2.has(s2) && s2 !== '<>') op = s2;
      else if (OPS1.indexOf(src[start]) >= 0 && c !== 33) op = src[start];
    }
    if (op === '') {
      // Unknown character
      if (c === 33 && fm === null) {
        // lone '!' outside f-string: CPython 3.12 produces an ERRORTOKEN -> "invalid syntax"
        this.pos++;
        return this.make(Tok.OP, '!', start, startLine, startCol);
      }
      this.pos++;
      return this.make(Tok.OP, src[start], start, startLine, startCol);
    }
    this.pos = start + op.length;
    // brackets
    if (op === '(' || op === '[' || op === '{') {
      if (this.parens.length >= MAXLEVEL) this.errAt('too many nested parentheses', this.pos);
      this.parens.push({ ch: c, line: startLine, col: startCol, lineStart: this.lineStart });
    } else if (op === ')' || op === ']' || op === '}') {
      if (this.parens.length === 0) this.errAt(`unmatched '${op}'`, this.pos);
      const open = this.parens[this.parens.length - 1];
      const want = open.ch === 40 ? 41 : open.ch === 91 ? 93 : 125;
      if (c !== want) {
        const o = String.fromCharCode(open.ch);
        if (open.line !== startLine) {
          this.errAt(`closing parenthesis '${op}' does not match opening parenthesis '${o}' on line ${open.line}`, this.pos);
        }
        this.errAt(`closing parenthesis '${op}' does not match opening parenthesis '${o}'`, this.pos);
      }
      this.parens.pop();
    }
    return this.make(Tok.OP, op, start, startLine, startCol);
  }

  private tabError(): never {
    throw new TokenizeError({ type: 'TabError', msg: 'inconsistent use of tabs and spaces in indentation', lineno: this.line, offset: 1, end_lineno: this.line, end_offset: 0, text: { kind: 'lineNL' } });
  }

  private unexpectedEOF(): never {
    const off = this.src.length - this.lineStarts[this.lineStarts.length - 2 >= 0 ? this.lineStarts.length - 2 : 0];
    // Reported on the line holding the backslash.
    const ln = Math.max(1, this.line - 1);
    throw new TokenizeError({ type: 'SyntaxError', msg: 'unexpected EOF while parsing', lineno: ln, offset: off, end_lineno: ln, end_offset: -1, text: { kind: 'explicit', value: null } });
  }

  private verifyIdentifier(start: number, end: number): void {
    const src = this.src;
    let first = true;
    for (let p = start; p < end; ) {
      const cp = src.codePointAt(p)!;
      const ch = String.fromCodePoint(cp);
      const ok = cp < 128 ? (first ? isIdStartAscii(cp) : isPotentialIdChar(cp)) : first ? ID_START_RE.test(ch) : ID_CONTINUE_RE.test(ch);
      if (!ok) {
        // NFKC may turn an invalid char into a valid one (e.g. fullwidth letters are valid already); keep simple.
        const after = p + ch.length;
        if (NONPRINTABLE_RE.test(ch) && ch !== ' ') {
          this.errAt(`invalid non-printable character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, after);
        }
        this.errAt(`invalid character '${ch}' (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`, after);
      }
      first = false;
      p += ch.length;
    }
  }

  // ---------------------------------------------------------------- numbers

  private number(start: number, startLine: number, startCol: number): Token {
    const src = this.src;
    let p = start;
    const at = (i: number) => (i < src.length ? src.charCodeAt(i) : -1);
    let c = at(p);
    const decimalTail = (): void => {
      // p points at a digit
      for (;;) {
        while (isDigit(at(p))) p++;
        if (at(p) !== 95) break;
        p++;
        if (!isDigit(at(p))) this.errAt('invalid decimal literal', p);
      }
    };
    const verifyEnd = (kind: string): void => {
      const ch = at(p);
      const rest = (s: string) => src.startsWith(s, p + 1);
      let r = false;
      if (ch === 97) r = rest('nd');
      else if (ch === 101) r = rest('lse');
      else if (ch === 102) r = rest('or');
      else if (ch === 105) {
        const c2 = at(p + 1);
        r = c2 === 102 || c2 === 110 || c2 === 115;
      } else if (ch === 111) r = rest('r');
      else if (ch === 110) r = rest('ot');
      if (r) return;
      if (ch >= 0 && ch < 128 && isPotentialIdChar(ch)) this.errAt(`invalid ${kind} literal`, p + 1 - 1 + 0 === p ? p : p);
    };
    const radix = (kind: string, valid: (ch: number) => boolean, digitErr: boolean): Token => {
      p += 2;
      do {
        if (at(p) === 95) p++;
        if (!valid(at(p))) {
          if (digitErr && isDigit(at(p))) this.errAt(`invalid digit '${src[p]}' in ${kind} literal`, p + 1);
          this.errAt(`invalid ${kind} literal`, p);
        }
        while (valid(at(p))) p++;
      } while (at(p) === 95);
      if (digitErr && isDigit(at(p))) this.errAt(`invalid digit '${src[p]}' in ${kind} literal`, p + 1);
      verifyEnd(kind);
      this.pos = p;
      return this.make(Tok.NUMBER, src.slice(start, p), start, startLine, startCol);
    };
    let fraction = false;
    if (c === 48) {
      const c1 = at(p + 1) | 0x20;
      if (c1 === 120) return radix('hexadecimal', isHex, false);
      if (c1 === 111) return radix('octal', (ch) => ch >= 48 && ch <= 55, true);
      if (c1 === 98) return radix('binary', (ch) => ch === 48 || ch === 49, true);
      // zeros
      p++;
      for (;;) {
        if (at(p) === 95) {
          p++;
          if (!isDigit(at(p))) this.errAt('invalid decimal literal', p);
        }
        if (at(p) !== 48) break;
        p++;
      }
      const zerosEnd = p + 1;
      let nonzero = false;
      if (isDigit(at(p))) {
        nonzero = true;
        decimalTail();
      }
      c = at(p);
      if (c === 46) {
        p++;
        fraction = true;
      } else if ((c | 0x20) === 101 || (c | 0x20) === 106) {
        // exponent / imaginary handled below
      } else if (nonzero) {
        this.errRange(
          'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          start + 1 - this.lineStart,
          Math.min(zerosEnd, src.length) - this.lineStart,
        );
      } else {
        verifyEnd('decimal');
        this.pos = p;
        return this.make(Tok.NUMBER, src.slice(start, p), start, startLine, startCol);
      }
    } else if (c === 46) {
      p++;
      fraction = true;
    } else {
      decimalTail();
      if (at(p) === 46) {
        p++;
        fraction = true;
      }
    }
    if (fraction && isDigit(at(p))) decimalTail();
    c = at(p);
    if ((c | 0x20) === 101) {
      const e = p;
      p++;
      let c2 = at(p);
      if (c2 === 43 || c2 === 45) {
        p++;
        if (!isDigit(at(p))) this.errAt('invalid decimal literal', p);
        c2 = at(p);
      } else if (!isDigit(c2)) {
        p = e;
        verifyEnd('decimal');
        this.pos = p;
        return this.make(Tok.NUMBER, src.slice(start, p), start, startLine, startCol);
      }
      decimalTail();
    }
    if ((at(p) | 0x20) === 106) {
      p++;
      verifyEnd('imaginary');
    } else verifyEnd('decimal');
    this.pos = p;
    return this.make(Tok.NUMBER, src.slice(start, p), start, startLine, startCol);
  }

  // ---------------------------------------------------------------- strings

  /** Find the end of a plain string literal whose quote is at `q`. Returns offset after the closing quote. */
  private scanString(start: number, q: number, isF: boolean): number {
    const src = this.src;
    const n = src.length;
    const quote = src.charCodeAt(q);
    const triple = src.charCodeAt(q + 1) === quote && src.charCodeAt(q + 2) === quote;
    let p = q + (triple ? 3 : 1);
    const startLineStart = this.lineStart;
    const startLine = this.line;
    const startCol = start - startLineStart;
    const what = isF ? 'f-string literal' : 'string literal';
    for (;;) {
      if (p >= n) {
        // unterminated
        const detected = this.lastLineNumber();
        this.line = startLine;
        this.lineStart = startLineStart;
        throw new TokenizeError({
          type: 'SyntaxError',
          msg: triple ? `unterminated triple-quoted ${what} (detected at line ${detected})` : `unterminated ${what} (detected at line ${detected})`,
          lineno: startLine, offset: startCol + 1, end_lineno: startLine, end_offset: startCol + 1, text: { kind: 'line' },
        });
      }
      const c = src.charCodeAt(p);
      if (c === quote) {
        if (!triple) return p + 1;
        if (src.charCodeAt(p + 1) === quote && src.charCodeAt(p + 2) === quote) return p + 3;
        p++;
      } else if (c === 10) {
        if (!triple) {
          const detected = this.line;
          const inF = this.fmodes.length > 0 && this.version !== '3.11';
          throw new TokenizeError({ type: 'SyntaxError', msg: inF ? "f-string: expecting '}'" : `unterminated ${what} (detected at line ${detected})`, lineno: startLine, offset: startCol + 1, end_lineno: startLine, end_offset: startCol + 1, text: { kind: 'line' } });
        }
        p++;
        this.newline(p);
      } else if (c === 92) {
        p++;
        if (p < n) {
          if (src.charCodeAt(p) === 10) this.newline(p + 1);
          p++;
        }
      } else p++;
    }
  }

  private stringLiteral(start: number, q: number): Token {
    const startLine = this.line;
    const startCol = start - this.lineStart;
    const end = this.scanString(start, q, false);
    if (this.version === '3.11' && this.fmodes.length > 0 && this.src.lastIndexOf('\\', end) >= start) {
      this.errAt('f-string expression part cannot include a backslash', end);
    }
    this.pos = end;
    return this.make(Tok.STRING, this.src.slice(start, end), start, startLine, startCol);
  }

  // ---------------------------------------------------------------- f-strings

  private fstringStart(start: number, q: number, raw: boolean): Token {
    const src = this.src;
    const startLine = this.line;
    const startCol = start - this.lineStart;
    const quote = src.charCodeAt(q);
    const triple = src.charCodeAt(q + 1) === quote && src.charCodeAt(q + 2) === quote;
    let bound311 = -1;
    if (this.version === '3.11') {
      // Find the extent with the old rules (this may raise "unterminated string literal").
      const saveLine = this.line, saveLs = this.lineStart;
      const end = this.scanString(start, q, false);
      this.line = saveLine;
      this.lineStart = saveLs;
      bound311 = end - (triple ? 3 : 1);
    }
    this.pos = q + (triple ? 3 : 1);
    this.fmodes.push({ quote, triple, raw, start, line: startLine, col: startCol, baseLevel: this.parens.length, state: 'string', fields: [], bound311 });
    return this.make(Tok.FSTRING_START, src.slice(start, this.pos), start, startLine, startCol);
  }

  private fstring311Error(fm: FStringMode, msg: string): never {
    void fm;
    this.errAt(msg, this.pos + 1);
  }

  private fstring311Unclosed(fm: FStringMode): never {
    void fm;
    this.errAt("f-string: expecting '}'", this.pos + 1);
  }

  /** Scan literal text of an f-string (or a format spec). */
  private fstringMiddle(fm: FStringMode): Token {
    const src = this.src;
    const n = src.length;
    const start = this.pos;
    const startLine = this.line;
    const startCol = start - this.lineStart;
    const field = fm.fields.length ? fm.fields[fm.fields.length - 1] : null;
    const inSpec = field !== null && field.inSpec;
    const parts: string[] = [];
    let segStart = this.pos;
    let p = this.pos;
    const flushMiddle = (): Token | null => {
      parts.push(src.slice(segStart, p));
      const text = parts.join('');
      this.pos = p;
      if (text.length === 0 && p === start) return null;
      return this.make(Tok.FSTRING_MIDDLE, text, start, startLine, startCol);
    };
    for (;;) {
      const c = p < n ? src.charCodeAt(p) : -1;
      const atBound = fm.bound311 >= 0 && p >= fm.bound311;
      if (c === -1 || (c === 10 && !fm.triple) || (atBound && inSpec)) {
        if (inSpec && (c === -1 || atBound)) {
          this.pos = p;
          if (this.version === '3.11') this.errAt("f-string: expecting '}'", p + 1);
        }
        // unterminated f-string
        const detected = c === -1 ? this.lastLineNumber() : this.line;
        const what = fm.triple ? 'unterminated triple-quoted f-string literal' : 'unterminated f-string literal';
        if (this.version === '3.11') {
          // 3.11 never gets here for unterminated strings (found by scanString earlier)
        }
        this.line = fm.line;
        this.lineStart = fm.start - fm.col;
        throw new TokenizeError({ type: 'SyntaxError', msg: `${what} (detected at line ${detected})`, lineno: fm.line, offset: fm.col + 1, end_lineno: fm.line, end_offset: fm.col + 1, text: { kind: 'line' } });
      }
      if (c === fm.quote && (!fm.triple || (src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === c))) {
        if (inSpec) {
          // the f-string ends inside a format spec
          const t = flushMiddle();
          if (t) return t;
          this.pos = p;
          if (this.version === '3.11') this.errAt("f-string: expecting '}'", p + 1);
          // 3.12: emit the end so that the parser reports "expecting '}'"
          fm.state = 'expr';
          return this.fstringEnd(fm);
        }
        const t = flushMiddle();
        if (t) return t;
        return this.fstringEnd(fm);
      }
      if (c === 10) {
        p++;
        this.newline(p);
        continue;
      }
      if (c === 123 /* { */) {
        if (!inSpec && src.charCodeAt(p + 1) === 123) {
          p++;
          parts.push(src.slice(segStart, p));
          p++;
          segStart = p;
          continue;
        }
        const t = flushMiddle();
        if (t) return t;
        // open a replacement field
        this.pos = p + 1;
        if (this.parens.length >= MAXLEVEL) this.errAt('too many nested parentheses', this.pos);
        this.parens.push({ ch: 123, line: this.line, col: p - this.lineStart, lineStart: this.lineStart });
        fm.fields.push({ level: this.parens.length, inSpec: false });
        fm.state = 'expr';
        return this.make(Tok.OP, '{', p, this.line, p - this.lineStart);
      }
      if (c === 125 /* } */) {
        if (inSpec) {
          const t = flushMiddle();
          if (t) return t;
          this.pos = p + 1;
          fm.fields.pop();
          this.parens.pop();
          fm.state = 'string';
          return this.make(Tok.OP, '}', p, this.line, p - this.lineStart);
        }
        if (src.charCodeAt(p + 1) === 125) {
          p++;
          parts.push(src.slice(segStart, p));
          p++;
          segStart = p;
          continue;
        }
        if (this.version === '3.11') this.errAt("f-string: single '}' is not allowed", p + 1);
        this.errAt("f-string: single '}' is not allowed", p + 1);
      }
      if (c === 92 && !fm.raw) {
        // escape: skip next char; \N{...} is a named escape, not a field
        const c2 = src.charCodeAt(p + 1);
        if (c2 === 78 && src.charCodeAt(p + 2) === 123) {
          const close = src.indexOf('}', p + 3);
          const nl = src.indexOf('\n', p + 3);
          if (close >= 0 && (nl < 0 || close < nl)) {
            p = close + 1;
            continue;
          }
        }
        if (c2 === 123 || c2 === 125) {
          p++;
          continue;
        }
        if (p + 1 < n) {
          if (c2 === 10) {
            p += 2;
            this.newline(p);
            continue;
          }
          p += 2;
          continue;
        }
        p++;
        continue;
      }
      if (c === 92 && fm.raw) {
        // In raw f-strings a backslash still protects a following quote from ending the string.
        const c2 = src.charCodeAt(p + 1);
        if (c2 === fm.quote || c2 === 92) {
          p += 2;
          continue;
        }
      }
      p++;
    }
  }

  private fstringEnd(fm: FStringMode): Token {
    const start = this.pos;
    const startLine = this.line;
    const startCol = start - this.lineStart;
    this.pos += fm.triple ? 3 : 1;
    this.fmodes.pop();
    this.contLine = true;
    return this.make(Tok.FSTRING_END, this.src.slice(start, this.pos), start, startLine, startCol);
  }

  /** Called by the parser when the f-string's replacement field is in `expr` state and the parser needs the mode. */
  inFString(): boolean {
    return this.fmodes.length > 0;
  }

  /** Absolute offset → column within its line (UTF-16). */
  colOf(offset: number): number {
    const ls = this.lineStarts;
    let lo = 0, hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return offset - ls[lo];
  }
}
