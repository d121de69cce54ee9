# fuzz regression: property=not-python-error kind=mutated seed=4197855416 version=3.11
# from: errors/uncaught_exception_group (duplicate-token)
# problem when found:
#   exit 1 without a Python exception or a named limit; stderr ends with "    +------------------------------------"
def run():
    raise ExceptionGroup("several failures", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])
try:
    run()
except* KeyError as eg:
    print("handled keys", [repr(e) for e in eg.exceptions])
