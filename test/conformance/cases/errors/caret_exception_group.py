# Position markers inside exception-group tracebacks (margins "| " before every line).
# conformance: compare-stderr=full
def bad_index(items):
    return items[len(items)]

def bad_div(n):
    return n / (n - n)

def collect():
    errors = []
    for fn, arg in ((bad_index, [1, 2]), (bad_div, 3)):
        try:
            fn(arg)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("several", errors)

collect()
