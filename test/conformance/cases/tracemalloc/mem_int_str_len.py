# Two int allocation details visible to tracemalloc: str()/repr()/f-strings of an int convert through a scratch
# int of 1 + n + n // 99 digits (long_to_decimal_string), alive while the result str is made (it counts in the
# peak); and len() returns PyLong_FromSsize_t's int, made by _PyLong_New (28 bytes for one digit, where
# arithmetic's medium ints are 32).
import tracemalloc

def step(label, fn):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    fn()
    current, peak = tracemalloc.get_traced_memory()
    print(label, current - before, peak - before)

held = []
small, medium, big, huge = 12, 123456789, 10 ** 20, 7 ** 300
text = 'x' * 1000
tracemalloc.start()
for name, v in (('small', small), ('medium', medium), ('big', big), ('huge', huge), ('negative', -medium)):
    step('str ' + name, lambda: held.append(str(v)))
    step('repr ' + name, lambda: held.append(repr(v)))
    step('fstring ' + name, lambda: held.append(f'{v}'))
    del held[:]
step('len', lambda: held.append(len(text)))
step('len small', lambda: held.append(len('abc')))
step('add', lambda: held.append(medium + 1))
del held[:]
tracemalloc.stop()
