# conformance: compare-stderr=full
# An uncaught exception raised inside exec'd code: the "<string>" frame in the traceback.
def run(src):
    exec(src)


run("x = 1\ny = [x]\ny[3]\n")
