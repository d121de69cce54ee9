/**
 * The references CPython's PEG parser leaves in the AST arena besides the AST's own constants: they live
 * until the arena is freed (a script: when it ends; compile(): when it returns), and sys.getrefcount shows
 * them on the objects CPython shares — the small ints and the empty / one-byte bytes, mortal in 3.11
 * (3.12+ makes them immortal, which hides the counts). Two sources, both measured with gdb on 3.11
 * (refcounts from _PyParser_ASTFromFile to _PyAST_Compile):
 *
 * 1. Every token the parser fetches keeps its text as a bytes object (initialize_token): a token of at most
 *    one byte holds a reference to the b'' or one-byte singleton. INDENT, DEDENT and ENDMARKER have empty
 *    texts, and so has NEWLINE (it leaves its '\n' out) unless a comment ends the line: the token then starts
 *    at the comment's '#'.
 * 2. A NUMBER token's object is made each time the rule `atom` runs at its position (_PyPegen_number_token),
 *    and `atom` is not memoized. In an expression it runs twice: `primary` is left-recursive, and its
 *    grow loop parses `atom` in its first pass and again in the last pass, which ends the loop because it
 *    gets no further. The target rules parse `atom` too (`t_primary`, left-recursive and memoized per
 *    position): once where a target is tried at the number and fails, twice when the number is followed
 *    by '(', '[' or '.' (t_lookahead) so that the loop runs. Targets are tried at the start of an
 *    expression or assignment statement (assignment's alternatives), at each chunk after '=' for as long as
 *    the chunks parse as targets (`(star_targets '=')+`), at the next element after a comma while the
 *    elements before it were targets, and inside parentheses and brackets the target rules enter (star_atom,
 *    single_target). Pattern numbers (`case 1:`) are parsed once (signed_number), a mapping pattern's keys
 *    twice (items_pattern is parsed by two alternatives of mapping_pattern).
 *    Only the small ints are shared objects; other numbers' extra objects are separate ones (not modelled).
 *
 * 3.11 parses each f-string replacement field with a parser of its own (fstringFields311).
 *
 * Not modelled: identifiers (a NAME token makes a new interned reference each time a rule takes it, in
 * more contexts than numbers) and the bytes objects of longer tokens (memory the arena holds).
 */
import { Tok, Tokenizer, type Token, type Version } from './tokenizer';
import { normalizeNewlines } from './decode';
import { parseNumber } from './strings';

export interface ParserArenaRefs {
  /** per small-int NUMBER token (its value), how many more references than the AST's one the arena holds */
  extraSmallInts: number[];
  /** one-byte token texts (byte values), one entry per token */
  tokenBytes: number[];
  /** tokens with an empty text */
  emptyTokens: number;
}

const SMALL_INT_MAX = 256n;
const T_LOOKAHEAD = new Set(['(', '[', '.']);
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);
const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
/** statements that start with these keywords are compound statements' headers */
const COMPOUND = new Set(['if', 'elif', 'else', 'while', 'for', 'try', 'except', 'finally', 'with', 'def', 'class', 'async']);

/**
 * The arena's extra references for a source the parser accepted (null when it cannot be tokenized, which
 * the parse would have reported).
 */
export function parserArenaRefs(source: string, version: Version, mode: 'exec' | 'eval' | 'single'): ParserArenaRefs | null {
  const text = normalizeNewlines(source);
  const toks: Token[] = [];
  try {
    const tz = new Tokenizer(text, version);
    for (;;) {
      const t = tz.next();
      if (t.type === Tok.EOF_IN_BRACKETS) return null;
      toks.push(t);
      if (t.type === Tok.ENDMARKER) break;
    }
  } catch {
    return null;
  }
  const refs: ParserArenaRefs = { extraSmallInts: [], tokenBytes: [], emptyTokens: 0 };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.type === Tok.NEWLINE) {
      // the text runs from the token's start, which a comment before the newline moves to its '#'
      let hash = i > 0 ? toks[i - 1].end : t.start;
      while (hash < t.start && text.charCodeAt(hash) !== 0x23) hash++;
      const comment = t.start - hash;
      if (comment === 0) refs.emptyTokens++;
      else if (comment === 1) refs.tokenBytes.push(0x23);
    } else if (t.type === Tok.INDENT || t.type === Tok.DEDENT || t.type === Tok.ENDMARKER) refs.emptyTokens++;
    // (any other token's text is its source text: one byte when it is one ASCII character)
    else if (t.str.length === 1 && t.str.charCodeAt(0) < 0x80) refs.tokenBytes.push(t.str.charCodeAt(0));
  }
  const made = new NumberAtoms(toks).count(mode);
  for (let i = 0; i < toks.length; i++) if (toks[i].type === Tok.NUMBER) addNumber(refs, toks[i], made[i]);
  // 3.11: each replacement field of an f-string is parsed by a parser of its own, over "(<expression>)"
  if (version === '3.11') {
    for (const t of toks) if (t.type === Tok.STRING && /^[a-zA-Z]*[fF]/.test(t.str)) fstringFields311(text, t, refs);
  }
  return refs;
}

/** A NUMBER token made `made` times: the references beyond the AST's one when it is a small int. */
function addNumber(refs: ParserArenaRefs, t: Token, made: number): void {
  if (made <= 1) return;
  const c = parseNumber(t.str);
  if (c.kind === 'int' && c.value <= SMALL_INT_MAX) for (let k = 1; k < made; k++) refs.extraSmallInts.push(Number(c.value));
}

/**
 * 3.11 (fstring_compile_expr): a field's expression is parsed from "(" + its text + ")" by a sub-parser
 * sharing the arena: its tokens' texts ('(', ')', the expression's one-byte tokens, the empty ENDMARKER)
 * and its numbers (made twice, in an expression) stay referenced. The fields are found with the PEP 701
 * tokenizer heapscope's parser uses for 3.11 f-strings (parser.ts fstring311); a nested f-string is a STRING
 * token of its field's sub-parser, whose own fields are parsed by further sub-parsers.
 */
function fstringFields311(src: string, t: Token, refs: ParserArenaRefs): void {
  const sub = new Tokenizer(src, '3.11', { pos: t.start, line: t.line, lineStart: t.start - t.col });
  const toks: Token[] = [];
  let depth = 0;
  try {
    do {
      const s = sub.next();
      toks.push(s);
      if (s.type === Tok.FSTRING_START) depth++;
      else if (s.type === Tok.FSTRING_END) depth--;
      else if (s.type === Tok.ENDMARKER || s.type === Tok.EOF_IN_BRACKETS) return;
    } while (depth > 0);
  } catch {
    return;
  }
  const isOp = (i: number, op: string): boolean => toks[i] !== undefined && toks[i].type === Tok.OP && toks[i].str === op;
  /** an f-string from its FSTRING_START at i: the index after its FSTRING_END */
  const fstring = (i: number): number => {
    let j = i + 1;
    while (j < toks.length && toks[j].type !== Tok.FSTRING_END) j = isOp(j, '{') ? field(j + 1) : j + 1;
    return j + 1;
  };
  /** a replacement field from its expression's first token at i: the index after its '}' */
  const field = (i: number): number => {
    refs.tokenBytes.push(0x28, 0x29); // the "(" and ")" around the expression
    refs.emptyTokens++; // the sub-parser's ENDMARKER
    let j = i;
    let brackets = 0;
    for (; j < toks.length; j++) {
      const s = toks[j];
      if (s.type === Tok.FSTRING_START) {
        j = fstring(j) - 1; // one STRING token of this field's parser (more than one byte)
        continue;
      }
      if (s.type === Tok.OP) {
        if (brackets === 0 && (s.str === '}' || s.str === '!' || s.str === ':' || s.str === '=')) break;
        if (OPENERS.has(s.str)) brackets++;
        else if (CLOSERS.has(s.str)) brackets--;
      }
      if (s.type === Tok.NUMBER) addNumber(refs, s, 2);
      if (s.str.length === 1 && s.str.charCodeAt(0) < 0x80) refs.tokenBytes.push(s.str.charCodeAt(0));
    }
    if (isOp(j, '=')) j++;
    if (isOp(j, '!')) j += 2;
    if (isOp(j, ':')) {
      j++;
      while (j < toks.length && !isOp(j, '}')) j = isOp(j, '{') ? field(j + 1) : j + 1;
    }
    return j + 1;
  };
  fstring(0);
}

/** How many times CPython's parser makes each NUMBER token's object (see the file comment, point 2). */
class NumberAtoms {
  /** per token index: objects made (NUMBER tokens only) */
  private readonly made: number[];
  /** positions where t_primary was parsed (it is memoized) */
  private readonly tPrimaryDone = new Set<number>();
  /** matching closer per opener index */
  private readonly closer: number[];

  constructor(private readonly toks: Token[]) {
    this.made = new Array<number>(toks.length).fill(0);
    this.closer = new Array<number>(toks.length).fill(-1);
    const stack: number[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (this.opens(i)) stack.push(i);
      else if ((t.type === Tok.OP && CLOSERS.has(t.str)) || t.type === Tok.FSTRING_END) {
        const o = stack.pop();
        if (o !== undefined) this.closer[o] = i;
      }
    }
  }

  private opens(i: number): boolean {
    const t = this.toks[i];
    return (t.type === Tok.OP && OPENERS.has(t.str)) || t.type === Tok.FSTRING_START;
  }
  private op(i: number, s: string): boolean {
    const t = this.toks[i];
    return t !== undefined && t.type === Tok.OP && t.str === s;
  }
  private isName(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && t.type === Tok.NAME && !KEYWORDS.has(t.str);
  }
  private lookahead(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && t.type === Tok.OP && T_LOOKAHEAD.has(t.str);
  }
  /** the index after a balanced group opened at i (or i + 1 when unbalanced) */
  private after(i: number): number {
    const c = this.closer[i];
    return c < 0 ? i + 1 : c + 1;
  }

  count(mode: 'exec' | 'eval' | 'single'): number[] {
    const toks = this.toks;
    // every NUMBER is an atom of an expression (primary parses it twice) unless it is in a pattern
    for (let i = 0; i < toks.length; i++) if (toks[i].type === Tok.NUMBER) this.made[i] = 2;
    if (mode !== 'eval') this.statements();
    return this.made;
  }

  /** Walk the statements: targets are tried at the simple statements' starts; case patterns. */
  private statements(): void {
    const toks = this.toks;
    let i = 0;
    let depthIndent = 0;
    /** indentation levels whose statements are a match statement's case blocks */
    const caseLevels: number[] = [];
    let pendingMatch = false;
    while (i < toks.length) {
      const t = toks[i];
      if (t.type === Tok.ENDMARKER) break;
      if (t.type === Tok.NEWLINE) {
        i++;
        continue;
      }
      if (t.type === Tok.INDENT) {
        depthIndent++;
        if (pendingMatch) caseLevels.push(depthIndent);
        pendingMatch = false;
        i++;
        continue;
      }
      if (t.type === Tok.DEDENT) {
        if (caseLevels[caseLevels.length - 1] === depthIndent) caseLevels.pop();
        depthIndent--;
        i++;
        continue;
      }
      pendingMatch = false;
      // a statement starts at i
      if (t.type === Tok.NAME && t.str === 'case' && caseLevels[caseLevels.length - 1] === depthIndent) {
        i = this.casePattern(i + 1);
        continue;
      }
      if (t.type === Tok.OP && t.str === '@') {
        i = this.lineEnd(i);
        continue;
      }
      if (t.type === Tok.NAME && (COMPOUND.has(t.str) || (t.str === 'match' && this.isMatchHeader(i)))) {
        const colon = this.headerColon(i);
        if (t.str === 'match') pendingMatch = true;
        // a simple statement on the header's line (`if x: y = 1`)
        i = colon + 1;
        continue;
      }
      i = this.simpleStatement(i);
    }
  }

  /** The first ':' at bracket depth 0 from i (a compound statement's header end). */
  private headerColon(i: number): number {
    const toks = this.toks;
    for (let j = i; j < toks.length; j++) {
      if (this.opens(j)) {
        j = this.after(j) - 1;
        continue;
      }
      if (this.op(j, ':') || toks[j].type === Tok.NEWLINE || toks[j].type === Tok.ENDMARKER) return j;
    }
    return toks.length;
  }

  /** The NEWLINE ending the logical line at i. */
  private lineEnd(i: number): number {
    const toks = this.toks;
    let j = i;
    while (j < toks.length && toks[j].type !== Tok.NEWLINE && toks[j].type !== Tok.ENDMARKER) j++;
    return j;
  }

  /** A line starting with the soft keyword `match` that is a match statement: `match <subject>:` NEWLINE INDENT. */
  private isMatchHeader(i: number): boolean {
    const c = this.headerColon(i + 1);
    const t = this.toks[c + 1];
    return c > i + 1 && this.op(c, ':') && t !== undefined && t.type === Tok.NEWLINE && this.toks[c + 2]?.type === Tok.INDENT;
  }

  /** A case header from i (after `case`): pattern numbers, then the guard's expression; returns the ':' + 1. */
  private casePattern(i: number): number {
    const toks = this.toks;
    const brackets: string[] = [];
    let j = i;
    for (; j < toks.length; j++) {
      const t = toks[j];
      if (t.type === Tok.NEWLINE || t.type === Tok.ENDMARKER) break;
      if (t.type === Tok.OP) {
        if (OPENERS.has(t.str)) brackets.push(t.str);
        else if (CLOSERS.has(t.str)) brackets.pop();
        else if (t.str === ':' && brackets.length === 0) break;
      }
      // the guard is an expression (its numbers keep the count of 2)
      if (t.type === Tok.NAME && t.str === 'if' && brackets.length === 0) {
        j = this.headerColon(j);
        break;
      }
      if (t.type === Tok.NUMBER) this.made[j] = brackets[brackets.length - 1] === '{' && this.op(j + 1, ':') ? 2 : 1;
    }
    return j + 1;
  }

  /**
   * A simple statement from i: assignment's alternatives try targets at its start, then the chunks of an
   * assignment chain; returns the index after the statement (its NEWLINE or ';').
   */
  private simpleStatement(i: number): number {
    let pos = i;
    for (;;) {
      const r = this.starTargets(pos);
      if (r < 0 || !this.op(r, '=')) break;
      pos = r + 1;
    }
    const toks = this.toks;
    let j = i;
    while (j < toks.length && toks[j].type !== Tok.NEWLINE && toks[j].type !== Tok.ENDMARKER && !this.op(j, ';')) {
      j = this.opens(j) ? this.after(j) : j + 1;
    }
    return this.op(j, ';') ? j + 1 : j;
  }

  /** star_targets at i: the index after it, or -1. */
  private starTargets(i: number): number {
    let end = this.starTarget(i);
    if (end < 0) return -1;
    while (this.op(end, ',')) {
      const next = this.starTarget(end + 1);
      if (next < 0) return end + 1; // the optional trailing comma
      end = next;
    }
    return end;
  }

  /** star_target at i (target_with_star_atom, star_atom): the index after it, or -1. */
  private starTarget(i: number): number {
    if (this.op(i, '*')) return this.op(i + 1, '*') ? -1 : this.starTarget(i + 1);
    // t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
    const chain = this.tPrimaryTarget(i);
    if (chain >= 0) return chain;
    // star_atom
    if (this.isName(i)) return i + 1;
    if (this.op(i, '(')) {
      const inner = this.starTarget(i + 1);
      if (inner >= 0 && this.op(inner, ')')) return inner + 1;
      if (this.op(i + 1, ')')) return i + 2;
      const seq = this.targetSequence(i + 1, ')');
      return seq;
    }
    if (this.op(i, '[')) {
      if (this.op(i + 1, ']')) return i + 2;
      return this.targetSequence(i + 1, ']');
    }
    return -1;
  }

  /** star_targets_tuple_seq / star_targets_list_seq from i up to `close`: the index after `close`, or -1. */
  private targetSequence(i: number, close: string): number {
    let end = this.starTarget(i);
    if (end < 0) return -1;
    while (this.op(end, ',')) {
      if (this.op(end + 1, close)) {
        end++;
        break;
      }
      const next = this.starTarget(end + 1);
      if (next < 0) return -1;
      end = next;
    }
    return this.op(end, close) ? end + 1 : -1;
  }

  /**
   * t_primary at i (memoized: its atom is made once, or twice when t_lookahead follows it) and the target it
   * ends: the index after a chain ending in `.NAME` or `[...]` not followed by t_lookahead, or -1.
   */
  private tPrimaryTarget(i: number): number {
    const toks = this.toks;
    const t = toks[i];
    if (t === undefined) return -1;
    let atomEnd: number;
    if (t.type === Tok.NAME) atomEnd = KEYWORDS.has(t.str) && t.str !== 'None' && t.str !== 'True' && t.str !== 'False' ? -1 : i + 1;
    else if (t.type === Tok.NUMBER) atomEnd = i + 1;
    else if (t.type === Tok.STRING || t.type === Tok.FSTRING_START) {
      atomEnd = i;
      while (toks[atomEnd] !== undefined && (toks[atomEnd].type === Tok.STRING || toks[atomEnd].type === Tok.FSTRING_START)) {
        atomEnd = toks[atomEnd].type === Tok.STRING ? atomEnd + 1 : this.after(atomEnd);
      }
    } else if (t.type === Tok.OP && OPENERS.has(t.str)) atomEnd = this.after(i);
    else if (this.op(i, '...')) atomEnd = i + 1;
    else atomEnd = -1;
    if (atomEnd < 0) return -1;
    const grows = this.lookahead(atomEnd);
    if (t.type === Tok.NUMBER && !this.tPrimaryDone.has(i)) this.made[i] += grows ? 2 : 1;
    this.tPrimaryDone.add(i);
    if (!grows) return -1;
    let j = atomEnd;
    let last = '';
    while (this.lookahead(j)) {
      if (this.op(j, '.')) {
        if (toks[j + 1]?.type !== Tok.NAME) return -1;
        j += 2;
        last = '.';
      } else {
        last = toks[j].str;
        j = this.after(j);
      }
    }
    return last === '.' || last === '[' ? j : -1;
  }
}
