/**
 * heapscope bytecode: the contract between the compiler and the VM.
 *
 * The instruction set is CPython 3.12's (names and stack semantics as documented for the `dis` module), so
 * `dis.dis()` of real CPython is the compiler's oracle and reference counting in the VM follows CPython's
 * evaluation loop one instruction at a time. The *encoding* is simpler than CPython's:
 *   - `code` is an Int32Array of (opcode, oparg) pairs; instruction i lives at code[2*i], code[2*i+1].
 *     There are no CACHE entries and no EXTENDED_ARG (opargs are full 32-bit ints).
 *   - Jump opargs are ABSOLUTE instruction indices (not relative offsets), for every jump opcode.
 *   - The exception table is an Int32Array of 5-int rows (start, end, target, depth, lasti):
 *     instructions with start <= i < end jump to `target` with the stack popped to `depth` entries;
 *     `lasti` = 1 means push the index of the raising instruction (as a Python int) before the exception,
 *     exactly like CPython 3.11+'s exception table. Rows are ordered innermost-first for overlapping ranges
 *     (the VM takes the first row containing i).
 *
 * Stack notation below: [... a, b] -> [... c] means b is TOS. "steals" = reference moved, not incref'd.
 * Where a 3.11 / 3.13 difference is observable (allocations, refcounts), the compiler decides from the
 * profile's `codegen` flags (see CodeGenFlags) and the VM implements both forms.
 */

export const enum Op {
  // ---- stack ----
  NOP = 0,
  POP_TOP, //                [... a] -> [...]
  PUSH_NULL, //              [...] -> [... NULL]
  COPY, //        n          [... x(n) ... x1] -> [... x(n) ... x1, x(n)]   (COPY 1 duplicates TOS)
  SWAP, //        n          swap TOS with the n-th item (SWAP 2 swaps the top two)
  END_FOR, //                [... iter, value] -> [...]  (3.12: pops two)
  // ---- unary / binary ----
  UNARY_NEGATIVE,
  UNARY_NOT,
  UNARY_INVERT,
  UNARY_POSITIVE, //         (3.12 spells it CALL_INTRINSIC_1 INTRINSIC_UNARY_POSITIVE; same semantics)
  BINARY_OP, //   NB_*       [... a, b] -> [... a op b]   (inplace variants try __iXXX__ first)
  BINARY_SUBSCR, //          [... container, key] -> [... container[key]]
  STORE_SUBSCR, //           [... value, container, key] -> [...]
  DELETE_SUBSCR, //          [... container, key] -> [...]
  BINARY_SLICE, //           [... container, start, stop] -> [... container[start:stop]]
  STORE_SLICE, //            [... value, container, start, stop] -> [...]
  BUILD_SLICE, //  n (2|3)   [... start, stop(, step)] -> [... slice]
  COMPARE_OP, //   CMP_*     [... a, b] -> [... a cmp b]
  IS_OP, //        invert    [... a, b] -> [... bool]
  CONTAINS_OP, //  invert    [... a, b] -> [... (a in b) ^ invert]
  // ---- loads / stores ----
  LOAD_CONST, //        i    push co_consts[i]
  RETURN_CONST, //      i    return co_consts[i]
  LOAD_FAST, //         i    push localsplus[i] (the compiler proved it bound)
  LOAD_FAST_CHECK, //   i    push localsplus[i] or raise UnboundLocalError
  LOAD_FAST_AND_CLEAR, // i  push localsplus[i] (or NULL) and set the slot to NULL (3.12 inlined comprehensions)
  STORE_FAST, //        i
  DELETE_FAST, //       i
  LOAD_NAME, //         namei
  STORE_NAME, //        namei
  DELETE_NAME, //       namei
  LOAD_GLOBAL, //       (namei << 1) | pushNull   pushes NULL first when the low bit is set
  STORE_GLOBAL, //      namei
  DELETE_GLOBAL, //     namei
  MAKE_CELL, //         i    localsplus[i] = cell(localsplus[i] or empty)
  COPY_FREE_VARS, //    n    copy the function's closure cells into the last n localsplus slots
  LOAD_CLOSURE, //      i    push the cell in localsplus[i] itself
  LOAD_DEREF, //        i    push cell contents or raise NameError/UnboundLocalError (free vs cell message)
  LOAD_FROM_DICT_OR_DEREF, // i  [... mapping] -> [... value]: class bodies reading a free variable
  STORE_DEREF, //       i
  DELETE_DEREF, //      i
  LOAD_LOCALS, //            push the frame's locals mapping
  LOAD_ATTR, //         (namei << 1) | method
  //                         method=0: [... obj] -> [... obj.attr]
  //                         method=1: [... obj] -> [... meth, obj] if an unbound method was found, else [... NULL, attr]
  STORE_ATTR, //        namei  [... value, obj] -> [...]
  DELETE_ATTR, //       namei  [... obj] -> [...]
  LOAD_SUPER_ATTR, //   (namei << 2) | (method << 0) | (twoArgs << 1)  [... global_super, class, self] -> as LOAD_ATTR
  //                         (3.12+ only; 3.11 code calls super() and uses LOAD_ATTR)
  // ---- building ----
  BUILD_TUPLE, //       n
  BUILD_LIST, //        n
  BUILD_SET, //         n
  BUILD_MAP, //         n    [... k1, v1, ..., kn, vn] -> [... dict]
  BUILD_CONST_KEY_MAP, // n  [... v1..vn, keys_tuple] -> [... dict]
  BUILD_STRING, //      n    concatenate n strs
  LIST_APPEND, //       i    [... list(at depth i) ..., v] -> list.append(v)   (i counted like CPython: PEEK(i) after pop)
  SET_ADD, //           i
  MAP_ADD, //           i    [..., k, v]
  LIST_EXTEND, //       i
  SET_UPDATE, //        i
  DICT_UPDATE, //       i
  DICT_MERGE, //        i    like DICT_UPDATE but errors on duplicate keys (f(**a, **b))
  LIST_TO_TUPLE, //          (3.12: CALL_INTRINSIC_1 INTRINSIC_LIST_TO_TUPLE)
  UNPACK_SEQUENCE, //   n    [... seq] -> [... vn, ..., v1]  (v1 on top)
  UNPACK_EX, //         before | (after << 8)
  FORMAT_VALUE, //      flags: (flags & 3) conversion 0 none 1 str 2 repr 3 ascii; (flags & 4) a format spec is on the stack
  // ---- control flow (absolute targets) ----
  JUMP_FORWARD, //      target
  JUMP_BACKWARD, //     target  (also an eval-breaker check point, like CPython)
  POP_JUMP_IF_FALSE, // target
  POP_JUMP_IF_TRUE, //  target
  POP_JUMP_IF_NONE, //  target
  POP_JUMP_IF_NOT_NONE, // target
  GET_ITER, //               [... obj] -> [... iter(obj)]
  FOR_ITER, //          target  [... iter] -> [... iter, next]; when exhausted: pop iter and jump to target
  //                         (CPython 3.12 jumps to an END_FOR; here the target is the instruction after it)
  RETURN_VALUE,
  // ---- calls and functions ----
  KW_NAMES, //          consti  the next CALL's last len(co_consts[consti]) args are keywords with these names
  CALL, //              argc    [... NULL|meth, callable|self, args...] -> [... result]
  CALL_FUNCTION_EX, //  flags   [... NULL, func, args_tuple(, kwargs_dict if flags & 1)] -> [... result]
  MAKE_FUNCTION, //     flags   [... (defaults_tuple)(kwdefaults_dict)(annotations)(closure_tuple), code] -> [... func]
  //                         flags: 0x01 defaults, 0x02 kwdefaults, 0x04 annotations (a tuple of name/value pairs
  //                         flattened), 0x08 closure. (3.13 spells this SET_FUNCTION_ATTRIBUTE; same effect.)
  LOAD_BUILD_CLASS,
  RETURN_GENERATOR, //       first instruction of generator code: create the generator and return it
  YIELD_VALUE, //            [... v] -> (suspend, yield v) -> on resume [... sent]
  RESUME, //            where   0 start, 1 after yield, 2 after yield from, 3 after await
  SEND, //              target  [... receiver, v] -> [... receiver, result] or on StopIteration [... value] + jump
  END_SEND, //               [... receiver, value] -> [... value]
  GET_YIELD_FROM_ITER,
  CLEANUP_THROW,
  CALL_INTRINSIC_1, //  INTRINSIC_*   [... x] -> [... f(x)]
  // ---- exceptions ----
  RAISE_VARARGS, //     n (0 reraise, 1 raise exc, 2 raise exc from cause)
  RERAISE, //           oparg: if nonzero, set frame's lasti from the value under the exception
  PUSH_EXC_INFO, //          [... exc] -> [... prev_exc_info, exc]
  POP_EXCEPT, //             [... prev_exc_info] -> [...] and restore it
  CHECK_EXC_MATCH, //        [... exc, type] -> [... exc, bool]
  CHECK_EG_MATCH, //         except* (3.11+)
  WITH_EXCEPT_START, //      calls __exit__(type, val, tb) held at depth 4 (CPython 3.12 layout)
  BEFORE_WITH, //            [... mgr] -> [... bound __exit__, result of __enter__()]
  LOAD_ASSERTION_ERROR,
  // ---- imports ----
  IMPORT_NAME, //       namei  [... level, fromlist] -> [... module]
  IMPORT_FROM, //       namei  [... module] -> [... module, attr]
  // ---- annotations, match ----
  SETUP_ANNOTATIONS,
  GET_LEN, //                [... obj] -> [... obj, len(obj)]
  MATCH_MAPPING, //          [... obj] -> [... obj, bool]
  MATCH_SEQUENCE, //         [... obj] -> [... obj, bool]
  MATCH_KEYS, //             [... subject, keys] -> [... subject, keys, values_tuple_or_None]
  MATCH_CLASS, //       n    [... subject, cls, names_tuple] -> [... attrs_tuple_or_None]
  // ---- added by the compiler engineer (wave 2) ----
  CALL_INTRINSIC_2, //  INTRINSIC2_*  [... a, b] -> [... f(a, b)]   (except*: PREP_RERAISE_STAR(orig, excs))
  GET_AWAITABLE, //     where   [... obj] -> [... awaitable]  (where: 0 await, 1 after __aenter__, 2 after __aexit__)
  GET_AITER, //              [... obj] -> [... obj.__aiter__()]
  GET_ANEXT, //              [... aiter] -> [... aiter, awaitable of aiter.__anext__()]
  END_ASYNC_FOR, //          [... aiter, exc] -> [...] if exc is StopAsyncIteration, else re-raise exc
  BEFORE_ASYNC_WITH, //      [... mgr] -> [... bound __aexit__, awaitable of __aenter__()]
  // ---- PEP 695 (3.12+) ----
  LOAD_FROM_DICT_OR_GLOBALS, // namei  [... mapping] -> [... mapping[name] or global/builtin name]
  /** Not an instruction: the number of opcodes. */
  COUNT,
}

/** BINARY_OP opargs, numbered as CPython 3.12's NB_* constants. */
export const enum NB {
  ADD = 0,
  AND = 1,
  FLOOR_DIVIDE = 2,
  LSHIFT = 3,
  MATRIX_MULTIPLY = 4,
  MULTIPLY = 5,
  REMAINDER = 6,
  OR = 7,
  POWER = 8,
  RSHIFT = 9,
  SUBTRACT = 10,
  TRUE_DIVIDE = 11,
  XOR = 12,
  INPLACE_ADD = 13,
  INPLACE_AND = 14,
  INPLACE_FLOOR_DIVIDE = 15,
  INPLACE_LSHIFT = 16,
  INPLACE_MATRIX_MULTIPLY = 17,
  INPLACE_MULTIPLY = 18,
  INPLACE_REMAINDER = 19,
  INPLACE_OR = 20,
  INPLACE_POWER = 21,
  INPLACE_RSHIFT = 22,
  INPLACE_SUBTRACT = 23,
  INPLACE_TRUE_DIVIDE = 24,
  INPLACE_XOR = 25,
}

/** COMPARE_OP opargs (CPython's Py_LT .. Py_GE order). */
export const enum CMP {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}

/** CALL_INTRINSIC_1 opargs (CPython 3.12 numbering where it exists). */
export const enum INTRINSIC {
  PRINT = 1,
  IMPORT_STAR = 2,
  STOPITERATION_ERROR = 3,
  ASYNC_GEN_WRAP = 4,
  UNARY_POSITIVE = 5,
  LIST_TO_TUPLE = 6,
  /** PEP 695: TypeVar(name) */
  TYPEVAR = 7,
  /** PEP 695: ParamSpec(name) */
  PARAMSPEC = 8,
  /** PEP 695: TypeVarTuple(name) */
  TYPEVARTUPLE = 9,
  /** PEP 695: Generic[*type_params] (the implicit base of a generic class) */
  SUBSCRIPT_GENERIC = 10,
  /** PEP 695: TypeAliasType from (name, type_params | None, compute_value) */
  TYPEALIAS = 11,
}

/** CALL_INTRINSIC_2 opargs (CPython 3.12 numbering). */
export const enum INTRINSIC2 {
  PREP_RERAISE_STAR = 1,
  /** PEP 695: TypeVar(name, lazily evaluated bound) */
  TYPEVAR_WITH_BOUND = 2,
  /** PEP 695: TypeVar(name, lazily evaluated constraints) */
  TYPEVAR_WITH_CONSTRAINTS = 3,
  /** PEP 695: func.__type_params__ = type_params; returns func */
  SET_FUNCTION_TYPE_PARAMS = 4,
  /** PEP 696 (3.13): the type parameter's lazily evaluated default; returns the type parameter */
  SET_TYPEPARAM_DEFAULT = 5,
}

/** RESUME opargs. */
export const enum RESUME_WHERE {
  START = 0,
  AFTER_YIELD = 1,
  AFTER_YIELD_FROM = 2,
  AFTER_AWAIT = 3,
}

export const OP_NAMES: readonly string[] = [
  'NOP', 'POP_TOP', 'PUSH_NULL', 'COPY', 'SWAP', 'END_FOR',
  'UNARY_NEGATIVE', 'UNARY_NOT', 'UNARY_INVERT', 'UNARY_POSITIVE', 'BINARY_OP', 'BINARY_SUBSCR', 'STORE_SUBSCR',
  'DELETE_SUBSCR', 'BINARY_SLICE', 'STORE_SLICE', 'BUILD_SLICE', 'COMPARE_OP', 'IS_OP', 'CONTAINS_OP',
  'LOAD_CONST', 'RETURN_CONST', 'LOAD_FAST', 'LOAD_FAST_CHECK', 'LOAD_FAST_AND_CLEAR', 'STORE_FAST', 'DELETE_FAST',
  'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'MAKE_CELL',
  'COPY_FREE_VARS', 'LOAD_CLOSURE', 'LOAD_DEREF', 'LOAD_FROM_DICT_OR_DEREF', 'STORE_DEREF', 'DELETE_DEREF',
  'LOAD_LOCALS', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_SUPER_ATTR',
  'BUILD_TUPLE', 'BUILD_LIST', 'BUILD_SET', 'BUILD_MAP', 'BUILD_CONST_KEY_MAP', 'BUILD_STRING', 'LIST_APPEND',
  'SET_ADD', 'MAP_ADD', 'LIST_EXTEND', 'SET_UPDATE', 'DICT_UPDATE', 'DICT_MERGE', 'LIST_TO_TUPLE',
  'UNPACK_SEQUENCE', 'UNPACK_EX', 'FORMAT_VALUE',
  'JUMP_FORWARD', 'JUMP_BACKWARD', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE',
  'POP_JUMP_IF_NOT_NONE', 'GET_ITER', 'FOR_ITER', 'RETURN_VALUE',
  'KW_NAMES', 'CALL', 'CALL_FUNCTION_EX', 'MAKE_FUNCTION', 'LOAD_BUILD_CLASS', 'RETURN_GENERATOR', 'YIELD_VALUE',
  'RESUME', 'SEND', 'END_SEND', 'GET_YIELD_FROM_ITER', 'CLEANUP_THROW', 'CALL_INTRINSIC_1',
  'RAISE_VARARGS', 'RERAISE', 'PUSH_EXC_INFO', 'POP_EXCEPT', 'CHECK_EXC_MATCH', 'CHECK_EG_MATCH',
  'WITH_EXCEPT_START', 'BEFORE_WITH', 'LOAD_ASSERTION_ERROR',
  'IMPORT_NAME', 'IMPORT_FROM',
  'SETUP_ANNOTATIONS', 'GET_LEN', 'MATCH_MAPPING', 'MATCH_SEQUENCE', 'MATCH_KEYS', 'MATCH_CLASS',
  'CALL_INTRINSIC_2', 'GET_AWAITABLE', 'GET_AITER', 'GET_ANEXT', 'END_ASYNC_FOR', 'BEFORE_ASYNC_WITH',
  'LOAD_FROM_DICT_OR_GLOBALS',
];

/** Opcodes whose oparg is an absolute jump target. */
export function isJump(op: number): boolean {
  return (
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
