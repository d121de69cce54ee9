# NameError suggestions from a function's local variable that is never bound: 3.11 and 3.12 offer
# every name in co_varnames, 3.13 only the bound locals (f_locals).
def report():
    if False:
        value = 1
    print("reporting")
    print(valux)


report()
