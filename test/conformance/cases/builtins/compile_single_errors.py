# compile(..., 'single'): one statement (or one line of simple statements); CPython's errors otherwise.
for src in ("a=1\nb=2", "1\n2 +", "a=1; b=2", "a=1; b=2\nc", "if 1:\n  2\n3", "if 1:\n  2\n",
            "x = 1 # c\n# more\n\n", "def f():\n  return 1\n\nf()", "", "# only", "\n\n"):
    try:
        compile(src, "<in>", "single")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.args)
for src in ("", "1 +", "(1,\n2 +", "x = 1", "a b", "1\n\n", "lambda: 0"):
    try:
        compile(src, "<in>", "eval")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.args)
