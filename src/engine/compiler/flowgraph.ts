/**
 * heapscope compiler — control-flow graph and assembler, CPython 3.12's `Python/flowgraph.c` and
 * `Python/assemble.c`.
 *
 * The code generator emits into a `Cfg`: a linked list of `BasicBlock`s (CPython's `basicblock`) holding
 * `Instr`s (`cfg_instr`) with a target block for jumps and, after `labelExceptionTargets`, the handler block
 * (`i_except`). A new block starts at every label and after every jump / scope exit, exactly like
 * `cfg_builder_maybe_start_new_block`. Pseudo-instructions (JUMP, JUMP_NO_INTERRUPT, SETUP_FINALLY,
 * SETUP_CLEANUP, SETUP_WITH, POP_BLOCK, STORE_FAST_MAYBE_NULL) live only here.
 *
 * `optimizeCodeUnit` runs CPython's passes in CPython's order: label_exception_targets, optimize_cfg
 * (inline_small_exit_blocks, optimize_basic_block: constant-condition jumps, LOAD_CONST+RETURN_VALUE ->
 * RETURN_CONST, `is None` jumps, fold_tuple_on_constants, BUILD_TUPLE/UNPACK_SEQUENCE, jump threading,
 * swaptimize/apply_static_swaps, PUSH_NULL+LOAD_GLOBAL; remove_redundant_nops_and_pairs; unreachable block
 * removal; remove_redundant_jumps), remove_unused_consts, add_checks_for_loads_of_uninitialized_variables
 * (LOAD_FAST -> LOAD_FAST_CHECK), push_cold_blocks_to_end, resolve_line_numbers. `assemble` then inserts the
 * prefix (MAKE_CELL / COPY_FREE_VARS / RETURN_GENERATOR), fixes cell offsets, computes the stack depth,
 * converts pseudo-ops, normalises jumps (forward/backward, inverting backward conditional jumps) and lays
 * out the instructions, positions and exception table in heapscope's encoding (absolute instruction
 * indices; FOR_ITER and SEND jump past their END_FOR / END_SEND).
 */
import { Op, INTRINSIC } from './opcodes';
import type { ConstSpec } from './code';
import { ConstCache, ConstList, constTruth } from './constants';
import type { Loc } from './symtable';

// Pseudo opcodes (never emitted).
export const JUMP = 200;
export const JUMP_NO_INTERRUPT = 201;
export const SETUP_FINALLY = 202;
export const SETUP_CLEANUP = 203;
export const SETUP_WITH = 204;
export const POP_BLOCK = 205;
export const STORE_FAST_MAYBE_NULL = 206;

export const NO_LOCATION: Loc = Object.freeze({ lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 });

export interface Instr {
  op: number;
  arg: number;
  target: BasicBlock | null;
  loc: Loc;
  except: BasicBlock | null;
}

let blockIds = 0;
export class BasicBlock {
  readonly id = blockIds++;
  instrs: Instr[] = [];
  next: BasicBlock | null = null;
  labelled = false;
  exceptHandler = false;
  preserveLasti = false;
  startdepth = -2147483648;
  visited = false;
  predecessors = 0;
  cold = false;
  warm = false;
  unsafeLo = 0;
  unsafeHi = 0;
  exceptStack: BasicBlock[] | null = null;
  offset = 0;
  last(): Instr | undefined {
    return this.instrs[this.instrs.length - 1];
  }
}

export function isJumpOp(op: number): boolean {
  return (
    op === JUMP ||
    op === JUMP_NO_INTERRUPT ||
    op === Op.JUMP_FORWARD ||
    op === Op.JUMP_BACKWARD ||
    op === Op.POP_JUMP_IF_FALSE ||
    op === Op.POP_JUMP_IF_TRUE ||
    op === Op.POP_JUMP_IF_NONE ||
    op === Op.POP_JUMP_IF_NOT_NONE ||
    op === Op.FOR_ITER ||
    op === Op.SEND
  );
}
export function isBlockPush(op: number): boolean {
  return op === SETUP_FINALLY || op === SETUP_CLEANUP || op === SETUP_WITH;
}
function hasTarget(op: number): boolean {
  return isJumpOp(op) || isBlockPush(op);
}
function isUncondJump(op: number): boolean {
  return op === JUMP || op === JUMP_NO_INTERRUPT || op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD;
}
function isScopeExit(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RETURN_CONST || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}
function isTerminator(op: number): boolean {
  return isJumpOp(op) || isScopeExit(op);
}
function noFallthrough(b: BasicBlock): boolean {
  const l = b.last();
  return !!l && (isUncondJump(l.op) || isScopeExit(l.op));
}
function hasFallthrough(b: BasicBlock): boolean {
  return !noFallthrough(b);
}
function hasConst(op: number): boolean {
  return op === Op.LOAD_CONST || op === Op.RETURN_CONST || op === Op.KW_NAMES;
}
function exitsScope(b: BasicBlock): boolean {
  const l = b.last();
  return !!l && isScopeExit(l.op);
}

/** Stack effect (CPython's PyCompile_OpcodeStackEffectWithJump, 3.12 semantics). */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  switch (op) {
    case Op.NOP:
    case Op.SWAP:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_NOT:
    case Op.UNARY_INVERT:
    case Op.UNARY_POSITIVE:
    case Op.RETURN_CONST:
    case Op.DELETE_FAST:
    case Op.DELETE_NAME:
    case Op.DELETE_GLOBAL:
    case Op.MAKE_CELL:
    case Op.COPY_FREE_VARS:
    case Op.LOAD_FROM_DICT_OR_DEREF:
    case Op.LOAD_FROM_DICT_OR_GLOBALS:
    case Op.DELETE_DEREF:
    case Op.LIST_TO_TUPLE:
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD:
    case Op.GET_ITER:
    case Op.KW_NAMES:
    case Op.RETURN_GENERATOR:
    case Op.YIELD_VALUE:
    case Op.RESUME:
    case Op.GET_YIELD_FROM_ITER:
    case Op.CALL_INTRINSIC_1:
    case Op.CHECK_EXC_MATCH:
    case Op.CHECK_EG_MATCH:
    case Op.SETUP_ANNOTATIONS:
    case Op.GET_AWAITABLE:
    case Op.GET_AITER:
    case JUMP:
    case JUMP_NO_INTERRUPT:
    case POP_BLOCK:
      return 0;
    case Op.POP_TOP:
    case Op.BINARY_OP:
    case Op.BINARY_SUBSCR:
    case Op.COMPARE_OP:
    case Op.IS_OP:
    case Op.CONTAINS_OP:
    case Op.STORE_FAST:
    case STORE_FAST_MAYBE_NULL:
    case Op.STORE_NAME:
    case Op.STORE_GLOBAL:
    case Op.STORE_DEREF:
    case Op.DELETE_ATTR:
    case Op.LIST_APPEND:
    case Op.SET_ADD:
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE:
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.RETURN_VALUE:
    case Op.END_SEND:
    case Op.CALL_INTRINSIC_2:
    case Op.CLEANUP_THROW:
    case Op.RERAISE:
    case Op.POP_EXCEPT:
    case Op.IMPORT_NAME:
      return -1;
    case Op.PUSH_NULL:
    case Op.COPY:
    case Op.LOAD_CONST:
    case Op.LOAD_FAST:
    case Op.LOAD_FAST_CHECK:
    case Op.LOAD_FAST_AND_CLEAR:
    case Op.LOAD_NAME:
    case Op.LOAD_CLOSURE:
    case Op.LOAD_DEREF:
    case Op.LOAD_LOCALS:
    case Op.LOAD_BUILD_CLASS:
    case Op.PUSH_EXC_INFO:
    case Op.WITH_EXCEPT_START:
    case Op.BEFORE_WITH:
    case Op.LOAD_ASSERTION_ERROR:
    case Op.IMPORT_FROM:
    case Op.GET_LEN:
    case Op.GET_ANEXT:
    case Op.BEFORE_ASYNC_WITH:
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS:
    case Op.FOR_ITER:
      return 1;
    case Op.END_FOR:
    case Op.END_ASYNC_FOR:
    case Op.DELETE_SUBSCR:
    case Op.BINARY_SLICE:
    case Op.STORE_ATTR:
    case Op.MAP_ADD:
    case Op.MATCH_CLASS:
      return -2;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.STORE_SLICE:
      return -4;
    case Op.BUILD_SLICE:
      return 1 - arg;
    case Op.LOAD_GLOBAL:
      return 1 + (arg & 1);
    case Op.LOAD_ATTR:
      return arg & 1;
    case Op.LOAD_SUPER_ATTR:
      return -2 + (arg & 1);
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_STRING:
      return 1 - arg;
    case Op.BUILD_MAP:
      return 1 - 2 * arg;
    case Op.BUILD_CONST_KEY_MAP:
      return -arg;
    case Op.UNPACK_SEQUENCE:
      return arg - 1;
    case Op.UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case Op.FORMAT_VALUE:
      return arg & 4 ? -1 : 0;
    case Op.CALL:
      return -arg - 1;
    case Op.CALL_FUNCTION_EX:
      return -2 - (arg & 1);
    case Op.MAKE_FUNCTION: {
      let n = 0;
      for (let f = arg; f; f &= f - 1) n++;
      return -n;
    }
    case Op.SEND:
      return 0;
    case Op.RAISE_VARARGS:
      return -arg;
    case SETUP_FINALLY:
      return jump ? 1 : 0;
    case SETUP_CLEANUP:
      return jump ? 2 : 0;
    case SETUP_WITH:
      return jump ? 1 : 0;
  }
  throw new Error('stackEffect: unknown opcode ' + op);
}

/** The builder (CPython's cfg_builder + instruction sequence with labels). */
export class Cfg {
  entry: BasicBlock = new BasicBlock();
  cur: BasicBlock = this.entry;
  private prevOfCur: BasicBlock | null = null;

  /** NEW_JUMP_TARGET_LABEL: a label is the block that will start at USE_LABEL. */
  newLabel(): BasicBlock {
    const b = new BasicBlock();
    b.labelled = true;
    return b;
  }

  private append(b: BasicBlock): void {
    this.cur.next = b;
    this.prevOfCur = this.cur;
    this.cur = b;
  }

  useLabel(label: BasicBlock): void {
    const cur = this.cur;
    if (cur.instrs.length || cur.labelled) {
      this.append(label);
      return;
    }
    // current block is empty and unlabelled: the label takes its place
    if (this.prevOfCur) this.prevOfCur.next = label;
    else this.entry = label;
    this.cur = label;
  }

  addop(op: number, arg: number, loc: Loc, target: BasicBlock | null = null): Instr {
    const last = this.cur.last();
    if (last && isTerminator(last.op)) this.append(new BasicBlock());
    const ins: Instr = { op, arg, target, loc, except: null };
    this.cur.instrs.push(ins);
    return ins;
  }

  /** Insert an instruction at the very start of the stream (wrap_in_stopiteration_handler). */
  insertFirst(op: number, arg: number, loc: Loc, target: BasicBlock | null): void {
    this.entry.instrs.unshift({ op, arg, target, loc, except: null });
  }
}


// ----------------------------------------------------------------------------------------------- passes

function markExceptHandlers(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b; b = b.next) for (const i of b.instrs) if (isBlockPush(i.op)) i.target!.exceptHandler = true;
}

function labelExceptionTargets(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b; b = b.next) b.visited = false;
  const todo: BasicBlock[] = [entry];
  entry.visited = true;
  entry.exceptStack = [];
  while (todo.length) {
    const b = todo.pop()!;
    let stack = b.exceptStack!;
    b.exceptStack = null;
    let handler: BasicBlock | null = stack.length ? stack[stack.length - 1] : null;
    for (let k = 0; k < b.instrs.length; k++) {
      const ins = b.instrs[k];
      if (isBlockPush(ins.op)) {
        if (!ins.target!.visited) {
          ins.target!.exceptStack = stack.slice();
          ins.target!.visited = true;
          todo.push(ins.target!);
        }
        if (ins.op === SETUP_WITH || ins.op === SETUP_CLEANUP) ins.target!.preserveLasti = true;
        stack.push(ins.target!);
        handler = ins.target!;
      } else if (ins.op === POP_BLOCK) {
        stack.pop();
        handler = stack.length ? stack[stack.length - 1] : null;
      } else if (isJumpOp(ins.op)) {
        ins.except = handler;
        if (!ins.target!.visited) {
          if (hasFallthrough(b)) ins.target!.exceptStack = stack.slice();
          else {
            ins.target!.exceptStack = stack;
            stack = null as unknown as BasicBlock[];
          }
          ins.target!.visited = true;
          todo.push(ins.target!);
        }
      } else {
        if (ins.op === Op.YIELD_VALUE) ins.arg = stack.length;
        ins.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptStack = stack;
      b.next.visited = true;
      todo.push(b.next);
    }
  }
}

function eliminateEmptyBlocks(cfg: Cfg): void {
  for (let b: BasicBlock | null = cfg.entry; b; b = b.next) {
    let next: BasicBlock | null = b.next;
    while (next && next.instrs.length === 0) next = next.next;
    b.next = next;
  }
  while (cfg.entry.instrs.length === 0 && cfg.entry.next) cfg.entry = cfg.entry.next;
  for (let b: BasicBlock | null = cfg.entry; b; b = b.next) {
    for (const i of b.instrs) {
      if (i.target) {
        let t: BasicBlock = i.target;
        while (t.instrs.length === 0) t = t.next!;
        i.target = t;
      }
    }
  }
}

function removeRedundantNops(b: BasicBlock): number {
  // compacts b.instrs in place (no allocation when nothing is removed)
  const instrs = b.instrs;
  let prevLineno = -1;
  const n = instrs.length;
  let dest = 0;
  for (let src = 0; src < n; src++) {
    const ins = instrs[src];
    const lineno = ins.loc.lineno;
    if (ins.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < n - 1) {
        const nextLineno = instrs[src + 1].loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          instrs[src + 1].loc = ins.loc;
          continue;
        }
      } else {
        let next = b.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0].loc.lineno) continue;
      }
    }
    if (dest !== src) instrs[dest] = ins;
    dest++;
    prevLineno = lineno;
  }
  if (dest !== n) instrs.length = dest;
  return n - dest;
}

function setNop(i: Instr): void {
  i.op = Op.NOP;
  i.arg = 0;
  i.target = null;
}

function removeRedundantNopsAndPairs(entry: BasicBlock): void {
  let done = false;
  while (!done) {
    done = true;
    let prev: Instr | null = null;
    let instr: Instr | null = null;
    for (let b: BasicBlock | null = entry; b; b = b.next) {
      removeRedundantNops(b);
      if (b.labelled) instr = null;
      for (const ins of b.instrs) {
        prev = instr;
        instr = ins;
        const prevOp = prev ? prev.op : 0;
        const prevArg = prev ? prev.arg : 0;
        if (ins.op === Op.POP_TOP && prev && (prevOp === Op.LOAD_CONST || (prevOp === Op.COPY && prevArg === 1))) {
          setNop(prev);
          setNop(ins);
          done = false;
        }
      }
      if ((instr && isJumpOp(instr.op)) || !hasFallthrough(b)) instr = null;
    }
  }
}

function removeRedundantJumps(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    const last = b.last();
    if (last && isUncondJump(last.op) && last.target === b.next) setNop(last);
  }
}

const MAX_COPY_SIZE = 4;
function inlineSmallExitBlocks(b: BasicBlock): void {
  const last = b.last();
  if (!last || !isUncondJump(last.op)) return;
  const target = last.target!;
  if (exitsScope(target) && target.instrs.length <= MAX_COPY_SIZE) {
    setNop(last);
    for (const i of target.instrs) b.instrs.push({ ...i });
  }
}

function jumpThread(inst: Instr, target: Instr, op: number): boolean {
  if ((inst.loc.lineno === target.loc.lineno || target.loc.lineno === -1) && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = op;
    return true;
  }
  return false;
}

function foldTupleOnConstants(b: BasicBlock, start: number, n: number, consts: ConstList): void {
  for (let i = 0; i < n; i++) if (!hasConst(b.instrs[start + i].op) || b.instrs[start + i].op !== Op.LOAD_CONST) return;
  const items: ConstSpec[] = [];
  for (let i = 0; i < n; i++) items.push(consts.items[b.instrs[start + i].arg]);
  const index = consts.addFolded({ kind: 'tuple', items });
  for (let i = 0; i < n; i++) setNop(b.instrs[start + i]);
  const bt = b.instrs[start + n];
  bt.op = Op.LOAD_CONST;
  bt.arg = index;
}

function swaptimize(b: BasicBlock, ix: number): number {
  const ins = b.instrs;
  let depth = ins[ix].arg;
  let len = 0;
  let more = false;
  const limit = ins.length - ix;
  while (++len < limit) {
    const op = ins[ix + len].op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, ins[ix + len].arg);
      more = true;
    } else if (op !== Op.NOP) break;
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const I = ins[ix + i];
    if (I.op === Op.SWAP) {
      const top = stack[0];
      stack[0] = stack[I.arg - 1];
      stack[I.arg - 1] = top;
    }
  }
  let current = len - 1;
  const VISITED = -1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const I = ins[ix + current--];
        I.op = Op.SWAP;
        I.arg = j + 1;
        I.target = null;
      }
      if (stack[j] === VISITED) break;
      const nj = stack[j];
      stack[j] = VISITED;
      j = nj;
    }
  }
  while (current >= 0) setNop(ins[ix + current--]);
  return ix + len - 1;
}

function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === STORE_FAST_MAYBE_NULL || op === Op.POP_TOP;
}
function storesTo(i: Instr): number {
  return i.op === Op.STORE_FAST || i.op === STORE_FAST_MAYBE_NULL ? i.arg : -1;
}
function nextSwappable(b: BasicBlock, i: number, lineno: number): number {
  while (++i < b.instrs.length) {
    const ins = b.instrs[i];
    if (lineno >= 0 && ins.loc.lineno !== lineno) return -1;
    if (ins.op === Op.NOP) continue;
    if (swappable(ins.op)) return i;
    return -1;
  }
  return -1;
}
function applyStaticSwaps(b: BasicBlock, i: number): void {
  for (; i >= 0; i--) {
    const swap = b.instrs[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(b, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = b.instrs[j].loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(b, k, lineno);
      if (k < 0) return;
    }
    const sj = storesTo(b.instrs[j]);
    const sk = storesTo(b.instrs[k]);
    if (sj >= 0 || sk >= 0) {
      if (sj === sk) return;
      for (let idx = j + 1; idx < k; idx++) {
        const si = storesTo(b.instrs[idx]);
        if (si >= 0 && (si === sj || si === sk)) return;
      }
    }
    setNop(swap);
    const t = b.instrs[j];
    b.instrs[j] = b.instrs[k];
    b.instrs[k] = t;
  }
}

function optimizeBasicBlock(b: BasicBlock, consts: ConstList): void {
  const nop: Instr = { op: Op.NOP, arg: 0, target: null, loc: NO_LOCATION, except: null };
  let target: Instr = nop;
  let opcode = 0;
  let oparg = 0;
  for (let i = 0; i < b.instrs.length; i++) {
    const inst = b.instrs[i];
    const isCopyOfLoadConst = opcode === Op.LOAD_CONST && inst.op === Op.COPY && inst.arg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.op;
      oparg = inst.arg;
      target = hasTarget(opcode) ? inst.target!.instrs[0] : nop;
    }
    const nextop = i + 1 < b.instrs.length ? b.instrs[i + 1].op : 0;
    switch (opcode) {
      case Op.LOAD_CONST: {
        if (nextop === Op.POP_JUMP_IF_FALSE || nextop === Op.POP_JUMP_IF_TRUE) {
          const isTrue = constTruth(consts.items[oparg]);
          setNop(inst);
          const jumpIfTrue = nextop === Op.POP_JUMP_IF_TRUE;
          if (isTrue === jumpIfTrue) b.instrs[i + 1].op = JUMP;
          else setNop(b.instrs[i + 1]);
        } else if (nextop === Op.IS_OP) {
          const cnt = consts.items[oparg];
          const jumpOp = i + 2 < b.instrs.length ? b.instrs[i + 2].op : 0;
          if (cnt.kind === 'None' && (jumpOp === Op.POP_JUMP_IF_FALSE || jumpOp === Op.POP_JUMP_IF_TRUE)) {
            const nextarg = b.instrs[i + 1].arg;
            setNop(inst);
            setNop(b.instrs[i + 1]);
            b.instrs[i + 2].op = (nextarg ^ (jumpOp === Op.POP_JUMP_IF_FALSE ? 1 : 0)) ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
          }
        } else if (nextop === Op.RETURN_VALUE) {
          setNop(inst);
          const r = b.instrs[++i];
          r.op = Op.RETURN_CONST;
          r.arg = oparg;
        }
        break;
      }
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === b.instrs[i + 1].arg) {
          if (oparg === 1) {
            setNop(inst);
            setNop(b.instrs[i + 1]);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            setNop(inst);
            b.instrs[i + 1].op = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(b, i - oparg, oparg, consts);
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case JUMP:
        if (target.op === JUMP && jumpThread(inst, target, inst.op)) i -= 1;
        break;
      case Op.SWAP:
        if (oparg === 1) {
          setNop(inst);
          break;
        }
        i = swaptimize(b, i);
        applyStaticSwaps(b, i);
        break;
      case Op.PUSH_NULL:
        if (nextop === Op.LOAD_GLOBAL && (b.instrs[i + 1].arg & 1) === 0) {
          setNop(inst);
          b.instrs[i + 1].arg |= 1;
        }
        break;
    }
  }
}

function markReachable(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    b.visited = false;
    b.predecessors = 0;
  }
  const stack: BasicBlock[] = [entry];
  entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = true;
    if (b.next && hasFallthrough(b)) {
      if (!b.next.visited) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const ins of b.instrs) {
      if (isJumpOp(ins.op) || isBlockPush(ins.op)) {
        const t = ins.target!;
        if (!t.visited) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

function optimizeCfg(cfg: Cfg, consts: ConstList): void {
  eliminateEmptyBlocks(cfg);
  for (let b: BasicBlock | null = cfg.entry; b; b = b.next) inlineSmallExitBlocks(b);
  for (let b: BasicBlock | null = cfg.entry; b; b = b.next) optimizeBasicBlock(b, consts);
  removeRedundantNopsAndPairs(cfg.entry);
  for (let b: BasicBlock | null = cfg.entry; b; b = b.next) inlineSmallExitBlocks(b);
  markReachable(cfg.entry);
  for (let b: BasicBlock | null = cfg.entry; b; b = b.next) if (b.predecessors === 0) b.instrs = [];
  for (let b: BasicBlock | null = cfg.entry; b; b = b.next) removeRedundantNops(b);
  eliminateEmptyBlocks(cfg);
  removeRedundantJumps(cfg.entry);
}

function removeUnusedConsts(entry: BasicBlock, consts: ConstList, trimOnly: boolean): void {
  const n = consts.items.length;
  if (n === 0) return;
  if (trimOnly) {
    // 3.11's trim_unused_consts: only constants after the last one used are dropped (index 0 is kept)
    let max = 0;
    for (let b: BasicBlock | null = entry; b; b = b.next) for (const i of b.instrs) if (hasConst(i.op) && i.arg > max) max = i.arg;
    if (max + 1 < n) {
      const keep: number[] = [];
      for (let i = 0; i <= max; i++) keep.push(i);
      consts.retain(keep);
    }
    return;
  }
  const used = new Array<boolean>(n).fill(false);
  used[0] = true;
  for (let b: BasicBlock | null = entry; b; b = b.next) for (const i of b.instrs) if (hasConst(i.op)) used[i.arg] = true;
  const map = new Array<number>(n).fill(-1);
  const kept: number[] = [];
  for (let i = 0; i < n; i++) {
    if (used[i]) {
      map[i] = kept.length;
      kept.push(i);
    }
  }
  if (kept.length === n) return;
  for (let b: BasicBlock | null = entry; b; b = b.next) for (const i of b.instrs) if (hasConst(i.op)) i.arg = map[i.arg];
  consts.retain(kept);
}

function addChecksForLoadsOfUninitialized(entry: BasicBlock, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    const states = new Array<number>(nlocals - 64).fill(0);
    let blocknum = 0;
    for (let b: BasicBlock | null = entry; b; b = b.next) {
      blocknum++;
      for (const ins of b.instrs) {
        const arg = ins.arg;
        if (arg < 64) continue;
        switch (ins.op) {
          case Op.DELETE_FAST:
          case Op.LOAD_FAST_AND_CLEAR:
          case STORE_FAST_MAYBE_NULL:
            states[arg - 64] = blocknum - 1;
            break;
          case Op.STORE_FAST:
            states[arg - 64] = blocknum;
            break;
          case Op.LOAD_FAST:
            if (states[arg - 64] !== blocknum) ins.op = Op.LOAD_FAST_CHECK;
            states[arg - 64] = blocknum;
            break;
        }
      }
    }
    nlocals = 64;
  }
  // bit i of the 64-bit mask (lo: locals 0..31, hi: 32..63) is set if local i may be unbound
  const stack: BasicBlock[] = [];
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    b.visited = false;
    b.unsafeLo = 0;
    b.unsafeHi = 0;
  }
  const maybePush = (b: BasicBlock, lo: number, hi: number): void => {
    const bothLo = b.unsafeLo | lo;
    const bothHi = b.unsafeHi | hi;
    if (b.unsafeLo !== bothLo || b.unsafeHi !== bothHi) {
      b.unsafeLo = bothLo;
      b.unsafeHi = bothHi;
      if (!b.visited) {
        stack.push(b);
        b.visited = true;
      }
    }
  };
  const scan = (b: BasicBlock): void => {
    let lo = b.unsafeLo;
    let hi = b.unsafeHi;
    for (const ins of b.instrs) {
      if (ins.except) maybePush(ins.except, lo, hi);
      const arg = ins.arg;
      if (arg >= 64) continue;
      const op = ins.op;
      if (op !== Op.DELETE_FAST && op !== Op.LOAD_FAST_AND_CLEAR && op !== STORE_FAST_MAYBE_NULL && op !== Op.STORE_FAST && op !== Op.LOAD_FAST_CHECK && op !== Op.LOAD_FAST) continue;
      const isHi = arg >= 32;
      const bit = 1 << (arg & 31);
      switch (op) {
        case Op.DELETE_FAST:
        case Op.LOAD_FAST_AND_CLEAR:
        case STORE_FAST_MAYBE_NULL:
          if (isHi) hi |= bit;
          else lo |= bit;
          break;
        case Op.STORE_FAST:
        case Op.LOAD_FAST_CHECK:
          if (isHi) hi &= ~bit;
          else lo &= ~bit;
          break;
        case Op.LOAD_FAST:
          if ((isHi ? hi : lo) & bit) ins.op = Op.LOAD_FAST_CHECK;
          if (isHi) hi &= ~bit;
          else lo &= ~bit;
          break;
      }
    }
    if (b.next && hasFallthrough(b)) maybePush(b.next, lo, hi);
    const last = b.last();
    if (last && isJumpOp(last.op)) maybePush(last.target!, lo, hi);
  };
  let startLo = 0;
  let startHi = 0;
  for (let i = nparams; i < nlocals; i++) {
    if (i >= 32) startHi |= 1 << (i & 31);
    else startLo |= 1 << i;
  }
  maybePush(entry, startLo, startHi);
  for (let b: BasicBlock | null = entry; b; b = b.next) scan(b);
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = false;
    scan(b);
  }
}

function markCold(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b; b = b.next) b.visited = false;
  // mark_warm
  const st: BasicBlock[] = [entry];
  entry.visited = true;
  while (st.length) {
    const b = st.pop()!;
    b.warm = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.visited) {
      st.push(next);
      next.visited = true;
    }
    for (const ins of b.instrs) {
      if (isJumpOp(ins.op) && !ins.target!.visited) {
        st.push(ins.target!);
        ins.target!.visited = true;
      }
    }
  }
  for (let b: BasicBlock | null = entry; b; b = b.next) b.visited = false;
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    if (b.exceptHandler) {
      st.push(b);
      b.visited = true;
    }
  }
  while (st.length) {
    const b = st.pop()!;
    b.cold = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.warm && !next.visited) {
      st.push(next);
      next.visited = true;
    }
    for (const ins of b.instrs) {
      if (isJumpOp(ins.op)) {
        const t = ins.target!;
        if (!t.warm && !t.visited) {
          st.push(t);
          t.visited = true;
        }
      }
    }
  }
}

function pushColdBlocksToEnd(cfg: Cfg): void {
  const entry = cfg.entry;
  if (!entry.next) return;
  markCold(entry);
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    if (b.cold && hasFallthrough(b) && b.next && b.next.warm) {
      const j = new BasicBlock();
      j.instrs.push({ op: JUMP, arg: 0, target: b.next, loc: NO_LOCATION, except: null });
      j.cold = true;
      j.next = b.next;
      b.next = j;
      b = j;
    }
  }
  let coldHead: BasicBlock | null = null;
  let coldTail: BasicBlock | null = null;
  let b: BasicBlock = entry;
  while (b.next) {
    while (b.next && !b.next.cold) b = b.next;
    if (!b.next) break;
    let end: BasicBlock = b.next;
    while (end.next && end.next.cold) end = end.next;
    if (!coldHead) coldHead = b.next;
    else coldTail!.next = b.next;
    coldTail = end;
    b.next = end.next;
    end.next = null;
  }
  b.next = coldHead;
  if (coldHead) removeRedundantJumps(entry);
}

function isExitWithoutLineno(b: BasicBlock): boolean {
  if (!exitsScope(b)) return false;
  for (const i of b.instrs) if (i.loc.lineno >= 0) return false;
  return true;
}

function resolveLineNumbers(cfg: Cfg, firstlineno: number): void {
  // duplicate_exits_without_lineno (b_predecessors as computed by optimize_cfg's mark_reachable)
  for (let b: BasicBlock | null = cfg.entry; b; b = b.next) {
    const last = b.last()!;
    if (isJumpOp(last.op)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const nb = new BasicBlock();
        nb.instrs = target.instrs.map((i) => ({ ...i }));
        nb.instrs[0].loc = last.loc;
        last.target = nb;
        target.predecessors--;
        nb.predecessors = 1;
        nb.next = target.next;
        target.next = nb;
      }
    }
  }
  for (let b: BasicBlock | null = cfg.entry; b; b = b.next) {
    if (hasFallthrough(b) && b.next && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      b.next.instrs[0].loc = b.last()!.loc;
    }
  }
  // propagate_line_numbers
  for (let b: BasicBlock | null = cfg.entry; b; b = b.next) {
    const last = b.last();
    if (!last) continue;
    let prev: Loc = NO_LOCATION;
    for (const i of b.instrs) {
      if (i.loc.lineno < 0) i.loc = prev;
      else prev = i.loc;
    }
    if (hasFallthrough(b) && b.next && b.next.predecessors === 1 && b.next.instrs[0].loc.lineno < 0) {
      b.next.instrs[0].loc = prev;
    }
    if (isJumpOp(last.op)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs[0].loc.lineno < 0) t.instrs[0].loc = prev;
    }
  }
  // guarantee_lineno_for_exits
  let lineno = firstlineno;
  for (let b: BasicBlock | null = cfg.entry; b; b = b.next) {
    const last = b.last();
    if (!last) continue;
    if (last.loc.lineno < 0) {
      if (last.op === Op.RETURN_VALUE) {
        for (const i of b.instrs) i.loc = { ...i.loc, lineno };
      }
    } else lineno = last.loc.lineno;
  }
}

export interface UnitInfo {
  consts: ConstList;
  /** u_varnames in index order. */
  varnames: string[];
  /** u_cellvars in index order. */
  cellvars: string[];
  /** u_freevars in index order (indices continue after cellvars). */
  freevars: string[];
  nparams: number;
  firstlineno: number;
  flags: number;
  isGenerator: boolean;
  /** 3.11: unused constants stay in co_consts unless they follow the last used one (trim_unused_consts). */
  trimUnusedConstsOnly?: boolean;
  /** Handler blocks whose depths do not count towards co_stacksize (3.11: code CPython's lacks, see codegen). */
  stackdepthExclude?: readonly BasicBlock[];
  /**
   * RETURN_CONST counts as the LOAD_CONST and RETURN_VALUE it stands for: 3.11 has no RETURN_CONST, and 3.13
   * computes the depth before it fuses the pair.
   */
  returnConstLoads?: boolean;
  /** 3.13: a keyword call's names tuple is on the stack (LOAD_CONST before CALL_KW) where 3.12 has KW_NAMES. */
  kwNamesOnStack?: boolean;
}

export interface Assembled {
  code: Int32Array;
  positions: Int32Array;
  exceptionTable: Int32Array;
  stacksize: number;
  localsplusnames: string[];
  localspluskinds: number[];
}

const CO_FAST_LOCAL = 0x20;
const CO_FAST_CELL = 0x40;
const CO_FAST_FREE = 0x80;

export function optimizeAndAssemble(cfg: Cfg, u: UnitInfo, _cache: ConstCache): Assembled {
  markExceptHandlers(cfg.entry);
  labelExceptionTargets(cfg.entry);
  optimizeCfg(cfg, u.consts);
  removeUnusedConsts(cfg.entry, u.consts, u.trimUnusedConstsOnly === true);
  addChecksForLoadsOfUninitialized(cfg.entry, u.varnames.length, u.nparams);
  pushColdBlocksToEnd(cfg);
  resolveLineNumbers(cfg, u.firstlineno);

  // prepare_localsplus
  const nlocals = u.varnames.length;
  const ncells = u.cellvars.length;
  const nfree = u.freevars.length;
  const fixed: number[] = [];
  for (let i = 0; i < ncells + nfree; i++) fixed.push(nlocals + i);
  const varIndex = new Map<string, number>();
  u.varnames.forEach((n, i) => varIndex.set(n, i));
  u.cellvars.forEach((n, i) => {
    const vi = varIndex.get(n);
    if (vi !== undefined) fixed[i] = vi;
  });
  // insert_prefix_instructions
  const entry = cfg.entry;
  if (u.isGenerator) {
    entry.instrs.unshift(
      { op: Op.RETURN_GENERATOR, arg: 0, target: null, loc: { lineno: u.firstlineno, end_lineno: u.firstlineno, col_offset: -1, end_col_offset: -1 }, except: null },
      { op: Op.POP_TOP, arg: 0, target: null, loc: NO_LOCATION, except: null },
    );
  }
  if (ncells) {
    const sorted = new Array<number>(ncells + nlocals).fill(0);
    for (let i = 0; i < ncells; i++) sorted[fixed[i]] = i + 1;
    const cells: Instr[] = [];
    for (let i = 0, used = 0; used < ncells; i++) {
      const old = sorted[i] - 1;
      if (old === -1) continue;
      cells.push({ op: Op.MAKE_CELL, arg: old, target: null, loc: NO_LOCATION, except: null });
      used++;
    }
    entry.instrs.unshift(...cells);
  }
  if (nfree) entry.instrs.unshift({ op: Op.COPY_FREE_VARS, arg: nfree, target: null, loc: NO_LOCATION, except: null });
  // fix_cell_offsets
  let numdropped = 0;
  for (let i = 0; i < ncells + nfree; i++) {
    if (fixed[i] === i + nlocals) fixed[i] -= numdropped;
    else numdropped++;
  }
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      switch (ins.op) {
        case Op.MAKE_CELL:
        case Op.LOAD_CLOSURE:
        case Op.LOAD_DEREF:
        case Op.STORE_DEREF:
        case Op.DELETE_DEREF:
        case Op.LOAD_FROM_DICT_OR_DEREF:
          ins.arg = fixed[ins.arg];
      }
    }
  }
  // localsplus names and kinds
  const names: string[] = u.varnames.slice();
  const kinds: number[] = u.varnames.map(() => CO_FAST_LOCAL);
  let dropped = 0;
  u.cellvars.forEach((n, i) => {
    const vi = varIndex.get(n);
    if (vi !== undefined) {
      kinds[vi] |= CO_FAST_CELL;
      dropped++;
      return;
    }
    names[i + nlocals - dropped] = n;
    kinds[i + nlocals - dropped] = CO_FAST_CELL;
  });
  u.freevars.forEach((n, i) => {
    const off = ncells + i + nlocals - dropped;
    names[off] = n;
    kinds[off] = CO_FAST_FREE;
  });

  // stackdepth
  const stacksize = stackdepth(entry, u.isGenerator, new Set(u.stackdepthExclude ?? []), u.returnConstLoads ?? false, u.kwNamesOnStack ?? false);

  // convert pseudo ops
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      if (isBlockPush(ins.op) || ins.op === POP_BLOCK) setNop(ins);
      else if (ins.op === STORE_FAST_MAYBE_NULL) ins.op = Op.STORE_FAST;
    }
  }
  for (let b: BasicBlock | null = entry; b; b = b.next) removeRedundantNops(b);

  // normalize_jumps
  for (let b: BasicBlock | null = entry; b; b = b.next) b.visited = false;
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    b.visited = true;
    const last = b.last();
    if (!last || !isJumpOp(last.op)) continue;
    const isForward = !last.target!.visited;
    if (last.op === JUMP || last.op === JUMP_NO_INTERRUPT) {
      last.op = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
      continue;
    }
    if (isForward) continue;
    let rev = 0;
    switch (last.op) {
      case Op.POP_JUMP_IF_NOT_NONE:
        rev = Op.POP_JUMP_IF_NONE;
        break;
      case Op.POP_JUMP_IF_NONE:
        rev = Op.POP_JUMP_IF_NOT_NONE;
        break;
      case Op.POP_JUMP_IF_FALSE:
        rev = Op.POP_JUMP_IF_TRUE;
        break;
      case Op.POP_JUMP_IF_TRUE:
        rev = Op.POP_JUMP_IF_FALSE;
        break;
      default:
        continue;
    }
    const target = last.target!;
    const bj = new BasicBlock();
    bj.instrs.push({ op: Op.JUMP_BACKWARD, arg: 0, target, loc: last.loc, except: null });
    bj.visited = true;
    last.op = rev;
    last.target = b.next;
    bj.next = b.next;
    b.next = bj;
    b = bj;
  }

  // layout
  let n = 0;
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    b.offset = n;
    n += b.instrs.length;
  }
  const code = new Int32Array(2 * n);
  const positions = new Int32Array(4 * n);
  const table: number[] = [];
  let k = 0;
  let handler: BasicBlock | null = null;
  let hstart = 0;
  const emitRow = (start: number, end: number, h: BasicBlock): void => {
    const depth = h.startdepth - 1 - (h.preserveLasti ? 1 : 0);
    table.push(start, end, h.offset, depth, h.preserveLasti ? 1 : 0);
  };
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      if (ins.except !== handler) {
        if (handler) emitRow(hstart, k, handler);
        hstart = k;
        handler = ins.except;
      }
      let arg = ins.arg;
      if (ins.target) {
        arg = ins.target.offset;
        if (ins.op === Op.FOR_ITER || ins.op === Op.SEND) arg += 1; // heapscope: skip END_FOR / END_SEND
      }
      code[2 * k] = ins.op;
      code[2 * k + 1] = arg;
      const l = ins.loc;
      positions[4 * k] = l.lineno;
      positions[4 * k + 1] = l.lineno < 0 ? -1 : l.end_lineno;
      positions[4 * k + 2] = l.lineno < 0 ? -1 : l.col_offset;
      positions[4 * k + 3] = l.lineno < 0 ? -1 : l.end_col_offset;
      k++;
    }
  }
  if (handler) emitRow(hstart, k, handler);
  return {
    code,
    positions,
    exceptionTable: Int32Array.from(table),
    stacksize,
    localsplusnames: names,
    localspluskinds: kinds,
  };
}

function stackdepth(
  entry: BasicBlock,
  isGen: boolean,
  exclude: ReadonlySet<BasicBlock>,
  returnConstLoads: boolean,
  kwNamesOnStack: boolean,
): number {
  for (let b: BasicBlock | null = entry; b; b = b.next) b.startdepth = -2147483648;
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number): void => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(entry, isGen ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    const counts = !exclude.has(b);
    for (const ins of b.instrs) {
      const eff = stackEffect(ins.op, ins.arg, false);
      const nd = depth + eff;
      if (nd > maxdepth && counts) maxdepth = nd;
      // (the item the version's code has on the stack for a moment where this code has none)
      const transient = (returnConstLoads && ins.op === Op.RETURN_CONST) || (kwNamesOnStack && ins.op === Op.KW_NAMES);
      if (transient && depth + 1 > maxdepth && counts) maxdepth = depth + 1;
      if (hasTarget(ins.op)) {
        const te = stackEffect(ins.op, ins.arg, true);
        const td = depth + te;
        if (td > maxdepth && !exclude.has(ins.target!)) maxdepth = td;
        push(ins.target!, td);
      }
      depth = nd;
      if (isUncondJump(ins.op) || isScopeExit(ins.op)) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

export { INTRINSIC };
