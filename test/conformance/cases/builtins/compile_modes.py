# compile() in 'exec', 'eval' and 'single' modes: code objects, reuse, and interactive printing.
c = compile("total = sum(range(5))\n", "<gen>", "exec")
print(type(c).__name__, c.co_filename, c.co_name, c.co_names)
ns = {}
print(exec(c, ns), ns["total"])
e = compile("a * b", "<expr>", "eval")
print(e.co_names, [eval(e, {"a": i, "b": 3}) for i in range(4)])
print(eval(compile("pass", "<p>", "exec")))
s = compile("1 + 1", "<s>", "single")
exec(s)
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("v = 4; v * 10", "<s>", "single"))
exec(compile("for i in range(2):\n    i\n", "<s>", "single"))
exec(compile("if True:\n    [1, 2]\n", "<s>", "single"))
import builtins
print(builtins._)
print(compile(b"1", "<b>", "eval").co_consts)
print(eval(compile("lambda n: n + 1", "<l>", "eval"))(1))
