# eval() and exec() with globals/locals dictionaries.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("max(a, b)", {"a": 3, "b": 9}), eval("v + 1", {}, {"v": 41}))
ns = {}
exec("def sq(n):\n    return n * n\nresult = sq(7)", ns)
print(ns["result"], ns["sq"](3), sorted(k for k in ns if k != "__builtins__"))
exec("counter = 10\nfor i in range(3):\n    counter += i")
print(counter)
code = compile("a * 2", "<expr>", "eval")
print(eval(code, {"a": 21}), type(code).__name__)
print(eval("len('abc')"), eval("__name__"), eval(" 5 "), exec("x = 1") is None)
for src, mode in (("1 +", "eval"), ("x = ", "exec"), ("def f(:", "exec"), ("return 1", "exec")):
    try:
        (eval if mode == "eval" else exec)(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
try:
    eval("undefined_name_here")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
