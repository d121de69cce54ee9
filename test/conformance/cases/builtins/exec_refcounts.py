# AST lifetime: exec()/eval() of a string keep the AST (and its constant references) alive while the
# code runs; compile() frees it before returning, so co_consts holds the only reference.
import sys
exec("s = 'a string constant!'\nprint(sys.getrefcount(s))")
exec(compile("t = 'another constant!'\nprint(sys.getrefcount(t))", "<c>", "exec"))
print(eval("sys.getrefcount(123456789)"))
print(eval(compile("sys.getrefcount(987654321)", "<e>", "eval")))
code = compile("u = 'kept by co_consts'", "<k>", "exec")
exec(code)
print(sys.getrefcount(u), u is code.co_consts[0])
del code
print(sys.getrefcount(u))
