# str case methods (upper, lower, title, ...) always return a new str object: never a one-character
# singleton nor the str itself (only '' gives the empty string), so identity and getsizeof show it.
import sys
for f in ('upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold'):
    r = [getattr(s, f)() for s in ('x', 'X', 'é', 'É', '', 'ab', 'ß')]
    print(f, [a is b for a, b in zip(r, ('X', 'x', 'É', 'é', '', 'AB', 'SS'))], [sys.getsizeof(a) for a in r])
print('é'.upper() is 'é'.upper(), 'x'.upper() is 'x'.upper())
