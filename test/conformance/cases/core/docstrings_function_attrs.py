# Docstrings, function attributes, __name__/__qualname__/__module__, __dict__ on functions.
"""Module docstring for the conformance program."""
def documented(a, b=2):
    """Add two numbers.

    Longer description.
    """
    return a + b
print(repr(documented.__doc__))
print(__doc__)
print(documented.__name__, documented.__qualname__, documented.__module__, documented.__defaults__)
class K:
    """Class doc."""
    def m(self):
        """Method doc."""
    class Nested:
        def deep(self):
            pass
print(K.__doc__, K.m.__doc__, K.m.__qualname__, K.Nested.__qualname__, K.Nested.deep.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
documented.custom = "attached"
documented.counter = 0
documented.counter += 1
print(documented.custom, documented.counter, sorted(documented.__dict__))
print(__name__, type(documented).__name__, documented.__code__.co_name, documented.__code__.co_argcount)
def nodoc():
    x = "not a docstring"
print(nodoc.__doc__)
def numdoc():
    42
print(numdoc.__doc__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__)
documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
try:
    documented.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
