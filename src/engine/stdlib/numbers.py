"""Abstract Base Classes (ABCs) for numbers, according to PEP 3141 (heapscope stdlib)."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class _WithAbstract(ABCMeta):
    """Metaclass used only while this module builds its classes: the class
    body lists abstract method names in _abstract_names_ instead of spelling
    out each placeholder method."""

    def __new__(mcls, name, bases, ns):
        names = ns.pop('_abstract_names_', ())
        ns.update(_abstract(*names))
        return ABCMeta.__new__(ABCMeta, name, bases, ns)


def _abstract(*names):
    """Abstract placeholder methods for the given names."""
    def make(name):
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = name
        return abstractmethod(method)
    return {name: make(name) for name in names}


def _abstract_property(name):
    def getter(self):
        raise NotImplementedError
    getter.__name__ = name
    return property(abstractmethod(getter))


class Number(metaclass=_WithAbstract):
    """All numbers inherit from this class."""
    __slots__ = ()
    __hash__ = None


class Complex(Number, metaclass=_WithAbstract):
    """Complex defines the operations that work on the builtin complex type."""
    __slots__ = ()
    _abstract_names_ = ('__complex__', '__add__', '__radd__', '__neg__', '__pos__',
                              '__mul__', '__rmul__', '__truediv__', '__rtruediv__',
                              '__pow__', '__rpow__', '__abs__', 'conjugate', '__eq__')
    real = _abstract_property('real')
    imag = _abstract_property('imag')

    def __bool__(self):
        """True if self != 0. Called for bool(self)."""
        return self != 0

    def __sub__(self, other):
        """self - other"""
        return self + -other

    def __rsub__(self, other):
        """other - self"""
        return -self + other


Complex.register(complex)


class Real(Complex, metaclass=_WithAbstract):
    """To Complex, Real adds the operations that work on real numbers."""
    __slots__ = ()
    _abstract_names_ = ('__float__', '__trunc__', '__floor__', '__ceil__', '__round__',
                              '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__',
                              '__lt__', '__le__')

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __complex__(self):
        """complex(self) == complex(float(self), 0)"""
        return complex(float(self))

    @property
    def real(self):
        """Real numbers are their real component."""
        return +self

    @property
    def imag(self):
        """Real numbers have no imaginary component."""
        return 0

    def conjugate(self):
        """Conjugate is a no-op for Reals."""
        return +self


Real.register(float)


class Rational(Real, metaclass=_WithAbstract):
    """.numerator and .denominator should be in lowest terms."""
    __slots__ = ()
    numerator = _abstract_property('numerator')
    denominator = _abstract_property('denominator')

    def __float__(self):
        """float(self) = self.numerator / self.denominator"""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational, metaclass=_WithAbstract):
    """Integral adds methods that work on integral numbers."""
    __slots__ = ()
    _abstract_names_ = ('__int__', '__pow__', '__lshift__', '__rlshift__', '__rshift__',
                              '__rrshift__', '__and__', '__rand__', '__xor__', '__rxor__',
                              '__or__', '__ror__', '__invert__')

    def __index__(self):
        """Called whenever an index is needed, such as in slicing"""
        return int(self)

    def __float__(self):
        """float(self) == float(int(self))"""
        return float(int(self))

    @property
    def numerator(self):
        """Integers are their own numerators."""
        return +self

    @property
    def denominator(self):
        """Integers have a denominator of 1."""
        return 1


Integral.register(int)
