#!/usr/bin/env python3
"""Generate oracle fixtures for test/engine/compiler/*.test.ts from real CPython.

    for v in 3.11.7 3.12.1 3.13.0; do
      PYTHONHASHSEED=0 PYENV_VERSION=$v python${v%.*} scripts/gen-compiler-fixtures.py
    done

Reads test/engine/compiler/fixtures/snippets.py (snippets separated by lines '#### name [versions]') and writes
test/engine/compiler/fixtures/compiler-3.X.json: for every snippet, the AST (as produced by this CPython's
`ast.parse`, encoded for src/engine/parser/ast.ts) and, for every code object (depth-first, in co_consts order),
a normalised `dis` listing:

  * CACHE and EXTENDED_ARG entries are dropped; instructions are numbered 0, 1, 2, ... (heapscope's encoding).
  * Jump arguments become absolute instruction indices. FOR_ITER's target is the instruction *after* the END_FOR
    CPython jumps to (the contract: FOR_ITER skips END_FOR).
  * Opcodes CPython 3.12 spells differently than the contract (opcodes.ts) are renamed:
      CALL_INTRINSIC_1 5 (INTRINSIC_UNARY_POSITIVE) -> UNARY_POSITIVE 0
      CALL_INTRINSIC_1 6 (INTRINSIC_LIST_TO_TUPLE)  -> LIST_TO_TUPLE 0
      JUMP_BACKWARD_NO_INTERRUPT                    -> JUMP_BACKWARD      (not in the contract)
      COMPARE_OP (cmp << 4 | mask) [3.13: << 5]     -> COMPARE_OP cmp
  * SEND's target, like FOR_ITER's, is the instruction after the END_SEND (the contract's SEND pops the
    receiver when it jumps).
  * Exception table rows use instruction indices: [start, end, target, depth, lasti].
  * Constants are encoded by `enc_const` below; code objects as {"code": qualname}.
"""
import ast, dis, json, os, sys, types

VER = "%d.%d" % sys.version_info[:2]
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "engine", "compiler", "fixtures")


def enc_const(v):
    if v is None:
        return {"kind": "None"}
    if v is ...:
        return {"kind": "Ellipsis"}
    if isinstance(v, bool):
        return {"kind": "bool", "value": v}
    if isinstance(v, int):
        return {"kind": "int", "value": str(v)}
    if isinstance(v, float):
        return {"kind": "float", "value": repr(v)}
    if isinstance(v, complex):
        return {"kind": "complex", "real": repr(v.real), "imag": repr(v.imag)}
    if isinstance(v, str):
        return {"kind": "str", "value": v}
    if isinstance(v, bytes):
        return {"kind": "bytes", "value": list(v)}
    if isinstance(v, tuple):
        return {"kind": "tuple", "items": [enc_const(x) for x in v]}
    if isinstance(v, frozenset):
        return {"kind": "frozenset", "items": [enc_const(x) for x in v]}
    if isinstance(v, types.CodeType):
        return {"kind": "code", "qualname": v.co_qualname}
    raise TypeError(type(v))


def enc_ast(node):
    if isinstance(node, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop, ast.expr_context)):
        return type(node).__name__
    if isinstance(node, ast.AST):
        d = {"_type": type(node).__name__}
        for f in node._fields:
            val = getattr(node, f, None)
            if isinstance(node, (ast.Constant, ast.MatchSingleton)) and f == "value":
                d[f] = enc_const(val)
            elif isinstance(val, ast.AST) and type(val).__name__ in ("Load", "Store", "Del"):
                d[f] = type(val).__name__
            elif isinstance(val, ast.AST) and isinstance(val, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
                d[f] = type(val).__name__
            else:
                d[f] = enc_ast(val)
        for a in getattr(node, "_attributes", ()):
            d[a] = getattr(node, a, None)
        return d
    if isinstance(node, list):
        return [enc_ast(x) for x in node]
    return node


def code_objects(co):
    yield co
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            yield from code_objects(c)


def dis_code(co):
    raw = [i for i in dis.get_instructions(co, show_caches=False) if i.opname not in ("CACHE", "EXTENDED_ARG")]
    off2idx = {ins.offset: k for k, ins in enumerate(raw)}
    offsets = sorted(off2idx)

    def idx_at_or_after(off):
        for o in offsets:
            if o >= off:
                return off2idx[o]
        return len(raw)

    out = []
    for ins in raw:
        op, arg = ins.opname, ins.arg if ins.arg is not None else 0
        if ins.opcode in dis.hasjrel or ins.opcode in getattr(dis, "hasjabs", []) or (hasattr(dis, "hasjump") and ins.opcode in dis.hasjump):
            arg = off2idx[ins.argval]
            if op in ("FOR_ITER", "SEND") and VER >= "3.12":
                arg += 1
        if op == "COMPARE_OP":
            arg = arg >> 4 if VER == "3.12" else arg >> 5 if VER >= "3.13" else arg
        if op == "CALL_INTRINSIC_1" and arg == 5:
            op, arg = "UNARY_POSITIVE", 0
        elif op == "CALL_INTRINSIC_1" and arg == 6:
            op, arg = "LIST_TO_TUPLE", 0
        elif op == "JUMP_BACKWARD_NO_INTERRUPT":
            op = "JUMP_BACKWARD"
        p = ins.positions
        pos = [x if x is not None else -1 for x in (p.lineno, p.end_lineno, p.col_offset, p.end_col_offset)] if p else [-1] * 4
        out.append([op, arg, pos])
    table = []
    for e in dis._parse_exception_table(co):
        table.append([idx_at_or_after(e.start), idx_at_or_after(e.end), off2idx[e.target], e.depth, int(e.lasti)])
    return {
        "name": co.co_name, "qualname": co.co_qualname, "firstlineno": co.co_firstlineno,
        "argcount": co.co_argcount, "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount, "flags": co.co_flags, "stacksize": co.co_stacksize,
        "varnames": list(co.co_varnames), "cellvars": list(co.co_cellvars), "freevars": list(co.co_freevars),
        "names": list(co.co_names), "consts": [enc_const(c) for c in co.co_consts],
        "code": out, "exceptiontable": table,
    }


def main():
    text = open(os.path.join(HERE, "snippets.py")).read()
    snippets = []
    cur = None
    for line in text.split("\n"):
        if line.startswith("#### "):
            parts = line[5:].split()
            cur = {"name": parts[0], "versions": parts[1].split(",") if len(parts) > 1 else None, "lines": []}
            snippets.append(cur)
        elif cur is not None:
            cur["lines"].append(line)
    result = []
    for s in snippets:
        if s["versions"] and VER not in s["versions"]:
            continue
        src = "\n".join(s["lines"]).rstrip("\n") + "\n"
        entry = {"name": s["name"], "source": src}
        try:
            tree = ast.parse(src, "x.py")
            entry["ast"] = enc_ast(tree)
            co = compile(src, "x.py", "exec")
            entry["codes"] = [dis_code(c) for c in code_objects(co)]
        except SyntaxError as e:
            entry["error"] = {"msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                              "end_lineno": e.end_lineno, "end_offset": e.end_offset}
        result.append(entry)
    with open(os.path.join(HERE, "compiler-%s.json" % VER), "w") as f:
        json.dump(result, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print("wrote", len(result), "snippets for", VER)


if __name__ == "__main__":
    main()
