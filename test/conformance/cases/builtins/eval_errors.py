# eval()/exec()/compile() argument errors and SyntaxErrors, with CPython's messages and positions.
def attempt(fn, *args):
    try:
        fn(*args)
    except SyntaxError as e:
        print(type(e).__name__, e.args, "|", e)
    except Exception as e:
        print(type(e).__name__, e)


attempt(eval, 1)
attempt(exec, 2.5)
attempt(eval, "1", [])
attempt(eval, "1", 5)
attempt(eval, "1", {}, 3)
attempt(exec, "1", [])
attempt(exec, "1", {}, 3)
attempt(compile, 1, "f", "exec")
attempt(compile, "1", "f", "bogus")
attempt(eval, "x = 1")
attempt(eval, "1 +")
attempt(eval, "")
attempt(eval, "(1,\n2 +")
attempt(exec, "x = ")
attempt(exec, "def f(:\n    pass")
attempt(exec, "return 5")
attempt(exec, "if 1:\nx = 2")
attempt(exec, "a\0b")
attempt(eval, "undefined_name")
attempt(exec, "1 / 0")
attempt(compile, "a = 1\nb = 2", "<multi>", "single")
attempt(compile, "", "<empty>", "single")
attempt(compile, "# only a comment", "<c>", "eval")
e = SyntaxError("msg", ("/some/dir/file.py", 3, 4, "text", 3, 6))
print(e, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
print(str(SyntaxError("plain")), repr(SyntaxError("plain")))
