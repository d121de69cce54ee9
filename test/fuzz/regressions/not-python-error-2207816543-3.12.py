# fuzz regression: property=not-python-error kind=mutated seed=2207816543 version=3.12
# from: errors/uncaught_exception_group (duplicate-token)
# problem when found:
#   exit 1 without a Python exception or a named limit; stderr ends with "      +------------------------------------"
def run():
    raise ExceptionGroup("several failures", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])
try:
    run()
except* ValueError as eg:
    print("handled", [str(ee) for e in eg.exceptions])
