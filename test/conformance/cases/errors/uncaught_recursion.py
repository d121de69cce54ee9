# Uncaught RecursionError: the traceback is long (repeated frames are summarised); only the last line is compared.
def walk(n):
    return walk(n + 1) + 1
print("start")
walk(0)
