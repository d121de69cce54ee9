"""Support for type hints (heapscope stdlib).

A runtime-light version of CPython's typing: every public name can be used in
annotations, subscripting builds alias objects with CPython's reprs
(typing.List[int], typing.Optional[str], ~T), and NamedTuple / TypedDict /
Generic / Protocol work with class syntax.  Static-only details (variance
checking, ParamSpec substitution, ...) are not modelled.
"""

import sys
import collections
import collections.abc
import functools
import operator
from abc import abstractmethod, ABCMeta

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type',
    'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict',
    'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired',
    'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False
_PY312 = sys.version_info >= (3, 12)
_PY313 = sys.version_info >= (3, 13)

_GenericAliasType = type(list[int])
_UnionType = type(int | str)
_FunctionType = type(lambda: None)
NoneType = type(None)


def _type_repr(obj):
    """repr() of a type argument the way typing prints it."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasType):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _caller_module(depth=2):
    getmod = getattr(sys, '_getframemodulename', None)
    if getmod is not None:
        return getmod(depth) or '__main__'
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        try:
            return getframe(depth).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    return '__main__'


class _Final:
    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if '_root' not in kwds and not _root:
            pass


# ---------------------------------------------------------------------------
# Special forms

class _SpecialForm(_Final, _root=True):
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


@_SpecialForm
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def TypeAlias(self, parameters):
    """Special form for marking type aliases."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict as required."""
    return _GenericAlias(self, (_type_check(parameters, ''),))


@_SpecialForm
def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as potentially missing."""
    return _GenericAlias(self, (_type_check(parameters, ''),))


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing construct for marking user-defined type guard functions."""
    return _GenericAlias(self, (_type_check(parameters, ''),))


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator."""
    return _GenericAlias(self, (_type_check(parameters, ''),))


def _flatten_union(parameters):
    params = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias):
            params.extend(p.__args__)
        elif isinstance(p, _UnionType):
            params.extend(p.__args__)
        else:
            params.append(p)
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return tuple(out)


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = tuple(_type_check(p, '') for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


@_SpecialForm
def Literal(self, parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    out = []
    seen = []
    for p in flat:
        key = (p, type(p))
        try:
            if key in seen:
                continue
        except TypeError:
            pass
        seen.append(key)
        out.append(p)
    return _LiteralGenericAlias(self, tuple(out))


@_SpecialForm
def Concatenate(self, parameters):
    """Special form for annotating higher-order functions."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


class _AnnotatedAlias:
    pass


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x]."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        return _AnnotatedGenericAlias(params[0], tuple(params[1:]))


# ---------------------------------------------------------------------------
# Aliases

class _BaseGenericAlias(_Final, _root=True):
    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        self.__slots__ = None

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not (attr[:2] == attr[-2:] == '__'):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if attr[:2] == attr[-2:] == '__' or attr in {'_name', '_inst', '_nparams', '_defaults'}:
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __dir__(self):
        return list(set(super().__dir__()
                        + [attr for attr in dir(self.__origin__) if not attr[:2] == '__']))


class _GenericAlias(_BaseGenericAlias, _root=True):
    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self} is not a generic class")
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self};"
                            f" actual {len(args)}, expected {len(params)}")
        subst = dict(zip(params, args))
        new_args = tuple(_substitute(a, subst) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            args = "()"
        return f'{name}[{args}]'

    def __reduce__(self):
        return operator.getitem, (self.__origin__, self.__args__)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


def _substitute(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_substitute(a, subst) for a in arg.__args__))
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    return arg


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, (TypeVar, ParamSpec, TypeVarTuple)):
            if t not in params:
                params.append(t)
        elif isinstance(t, (list, tuple)):
            for x in _collect_parameters(t):
                if x not in params:
                    params.append(x)
        else:
            for x in getattr(t, '__parameters__', ()) if isinstance(t, (_GenericAlias, _GenericAliasType)) else ():
                if x not in params:
                    params.append(x)
    return tuple(params)


class _TypingEllipsis:
    """Internal placeholder for ... (ellipsis)."""


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """typing.List, typing.Dict, ...: an unsubscripted alias of a builtin or ABC."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self._defaults = defaults
        if origin.__module__ == 'builtins':
            self.__doc__ = f'A generic version of {origin.__qualname__}.'
        else:
            self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}.'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        if self._defaults and len(params) < self._nparams and \
                len(params) + len(self._defaults) >= self._nparams:
            params = (*params, *self._defaults[len(params) - self._nparams:])
        actual_len = len(params)
        if actual_len != self._nparams:
            if self._defaults:
                expected = f"at least {self._nparams - len(self._defaults)}"
            else:
                expected = str(self._nparams)
            if not self._nparams:
                raise TypeError(f"{self} is not a generic class")
            raise TypeError(f"Too {'many' if actual_len > self._nparams else 'few'} arguments for {self};"
                            f" actual {actual_len}, expected {expected}")
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        return (f'typing.Callable'
                f'[[{", ".join([_type_repr(a) for a in args[:-1]])}], '
                f'{_type_repr(args[-1])}]')

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (*(_type_check(a, '') for a in args), _type_check(result, ''))
        elif args is ...:
            params = (..., _type_check(result, ''))
        else:
            params = (args, _type_check(result, ''))
        return self.copy_with(params)


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            params = tuple(_type_check(p, '') for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        params = tuple(_type_check(p, '') for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        func, (origin, args) = super().__reduce__()
        return func, (Union, args)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((a, type(a)) for a in self.__args__) == set((a, type(a)) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))


class _AnnotatedGenericAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedGenericAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        return _AnnotatedGenericAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__),
            ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedGenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


# ---------------------------------------------------------------------------
# Type variables

class TypeVar(_Final, _root=True):
    """Type variable: T = TypeVar('T'), A = TypeVar('A', str, bytes)."""

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False, infer_variance=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if _PY312:
            self.__infer_variance__ = bool(infer_variance)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, '') for t in constraints)
        self.__bound__ = _type_check(bound, '') if bound is not None else None
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if getattr(self, '__infer_variance__', False):
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")

    def __typing_subst__(self, arg):
        return arg


class TypeVarTuple(_Final, _root=True):
    """Type variable tuple: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_Final, _root=True):
    """Parameter specification variable: P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = bound
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


if _PY312:
    # 3.12+: the type-parameter objects are implemented in C (Objects/typevarobject.c); PEP 695 syntax
    # (def f[T], class C[T], type X = ...) creates these same types
    from _typing import (TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs,
                         TypeAliasType)
    __all__.append('TypeAliasType')
    if sys.version_info >= (3, 13):
        # PEP 696: the __default__ of a type parameter without a default
        from _typing import NoDefault
        __all__.append('NoDefault')

AnyStr = TypeVar('AnyStr', bytes, str)


# ---------------------------------------------------------------------------
# Generic and Protocol

class Generic:
    """Abstract base class for generic types: class C(Generic[T]): ..."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                    f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            cls_params = cls.__dict__.get('__parameters__', ())
            if any(isinstance(p, ParamSpec) for p in cls_params):
                # a ParamSpec's argument list [int, str] is stored as a tuple (_paramspec_prepare_subst)
                params = tuple(tuple(p) if isinstance(p, list) else p for p in params)
            nparams = len(cls_params)
            if len(params) < nparams and sys.version_info >= (3, 13):
                # PEP 696: missing trailing arguments take the parameters' defaults
                missing = cls_params[len(params):]
                if all(p.has_default() for p in missing):
                    params = params + tuple(p.__default__ for p in missing)
                else:
                    required = sum(1 for p in cls_params if not p.has_default())
                    raise TypeError(f"Too few arguments for {cls}; actual {len(params)}, expected at least {required}")
            if nparams != len(params) and nparams:
                raise TypeError(f"Too {'many' if len(params) > nparams else 'few'} arguments for {cls};"
                                f" actual {len(params)}, expected {nparams}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        gvars = None
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in tvars:
                        tvars.append(p)
                if base.__origin__ is Generic:
                    # Generic[...] lists the parameters (and their order) explicitly
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                s_vars = ', '.join(str(t) for t in missing)
                s_args = ', '.join(str(g) for g in gvars)
                raise TypeError(f"Some type variables ({s_vars}) are not listed in Generic[{s_args}]")
            tvars = gvars
        cls.__parameters__ = tuple(tvars)


def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


_SPECIAL_NAMES = frozenset({'__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                            '__init__', '__module__', '__new__', '__slots__',
                            '__subclasshook__', '__weakref__', '__class_getitem__',
                            '__match_args__', '__static_attributes__', '__firstlineno__',
                            '__parameters__', '__orig_bases__', '__qualname__',
                            '__protocol_attrs__', '__non_callable_proto_members__',
                            '__type_params__', '_is_protocol', '_is_runtime_protocol',
                            '_abc_impl', '__init_subclass__'})


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in {'Protocol', 'Generic'}:
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in (*base.__dict__, *annotations):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if super().__instancecheck__(instance):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                val = getattr(instance, attr)
            except AttributeError:
                break
            if val is None and attr not in cls.__non_callable_proto_members__:
                break
        else:
            return True
        return False

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        cls.__protocol_attrs__ = _get_protocol_attrs(cls)
        cls.__non_callable_proto_members__ = set()

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            for attr in cls.__protocol_attrs__:
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = getattr(base, '__annotations__', {})
                    if isinstance(annotations, collections.abc.Mapping) and attr in annotations \
                            and issubclass(other, Generic) and getattr(other, '_is_protocol', False):
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    non_callable = set()
    for attr in cls.__protocol_attrs__:
        try:
            is_callable = callable(getattr(cls, attr, None))
        except Exception:
            is_callable = False
        if not is_callable:
            non_callable.add(attr)
    cls.__non_callable_proto_members__ = non_callable
    return cls


# ---------------------------------------------------------------------------
# Generic versions of the collections

_alias = _SpecialGenericAlias
_abc = collections.abc

Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _alias(_abc.Set, 1, name='AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
if _PY313:
    Generator = _alias(_abc.Generator, 3, defaults=(NoneType, NoneType))
    AsyncGenerator = _alias(_abc.AsyncGenerator, 2, defaults=(NoneType,))
else:
    Generator = _alias(_abc.Generator, 3)
    AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')
Text = str


class _ContextManagerBase:
    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None


ContextManager = _alias(type('AbstractContextManager', (_ContextManagerBase,), {'__module__': 'contextlib'}), 1,
                        name='ContextManager')
AsyncContextManager = _alias(type('AbstractAsyncContextManager', (), {'__module__': 'contextlib'}), 1,
                             name='AsyncContextManager')


def _make_supports(name, method, rtype=None):
    def hook(cls, other):
        if cls.__dict__.get('_is_protocol'):
            for base in other.__mro__:
                if method in base.__dict__:
                    return base.__dict__[method] is not None or NotImplemented
            return NotImplemented
        return NotImplemented
    ns = {'__slots__': (), method: abstractmethod(lambda self: None), '__module__': 'typing'}
    cls = _ProtocolMeta(name, (Protocol,), ns)
    cls._is_runtime_protocol = True
    return cls


SupportsInt = _make_supports('SupportsInt', '__int__')
SupportsFloat = _make_supports('SupportsFloat', '__float__')
SupportsComplex = _make_supports('SupportsComplex', '__complex__')
SupportsBytes = _make_supports('SupportsBytes', '__bytes__')
SupportsIndex = _make_supports('SupportsIndex', '__index__')
SupportsAbs = _make_supports('SupportsAbs', '__abs__')
SupportsRound = _make_supports('SupportsRound', '__round__')


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


class Pattern:
    pass


class Match:
    pass


# ---------------------------------------------------------------------------
# NamedTuple and TypedDict

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        if Generic in bases:
            nm_tpl.__bases__ = bases
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
                if _PY312:
                    set_name = getattr(type(ns[key]), '__set_name__', None)
                    if set_name is not None:
                        set_name(ns[key], nm_tpl, key)
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic_base = (Generic,) if any(b is Generic for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)

        annotations = {}
        own_annotations = ns.get('__annotations__', {})
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own_annotations)
        for annotation_key, annotation_type in own_annotations.items():
            origin = getattr(annotation_type, '__origin__', None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(annotation_key)
                optional_keys.discard(annotation_key)
            else:
                optional_keys.add(annotation_key)
                required_keys.discard(annotation_key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`"
                )
        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ForwardRef(_Final, _root=True):
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ''
        else:
            module_repr = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'


# ---------------------------------------------------------------------------
# Functions

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def reveal_type(obj, /):
    """Ask a static type checker to reveal the inferred type of an expression."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, _FunctionType):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Decorator to mark an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "frozen_default": frozen_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods."""
    f = getattr(func, "__func__", func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    f = getattr(func, "__func__", func)
    return list(_overload_registry.get((getattr(f, '__module__', None),
                                        getattr(f, '__qualname__', None)), []))


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def get_origin(tp):
    """Get the unsubscripted version of a type."""
    if isinstance(tp, _AnnotatedGenericAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _GenericAliasType, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedGenericAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAliasType)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) or (
                getattr(tp, '__origin__', None) is collections.abc.Callable and isinstance(tp, _GenericAliasType)):
            if res and res[0] is not Ellipsis:
                res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


_BUILTIN_NAMES = {t.__name__: t for t in (
    int, float, complex, str, bytes, bytearray, bool, list, tuple, dict, set, frozenset,
    object, type, range, slice, memoryview, BaseException, Exception)}
_BUILTIN_NAMES['None'] = None


def _resolve_string(s, globalns, localns):
    """Resolve a string annotation without eval(): dotted names only."""
    text = s.strip()
    parts = text.split('.')
    if not all(p.isidentifier() for p in parts):
        return ForwardRef(s)
    for ns in (localns, globalns):
        if ns is not None and parts[0] in ns:
            obj = ns[parts[0]]
            break
    else:
        if parts[0] in _BUILTIN_NAMES:
            obj = _BUILTIN_NAMES[parts[0]]
        else:
            raise NameError(f"name '{parts[0]}' is not defined")
    for p in parts[1:]:
        obj = getattr(obj, p)
    return obj


def _eval_hint(value, globalns, localns):
    if value is None:
        return NoneType
    if isinstance(value, str):
        return _resolve_string(value, globalns, localns)
    if isinstance(value, ForwardRef):
        return _resolve_string(value.__forward_arg__, globalns, localns)
    return value


def _strip_annotations(t):
    if isinstance(t, _AnnotatedGenericAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and getattr(t.__origin__, '_name', None) in ('Required', 'NotRequired'):
        return _strip_annotations(t.__args__[0])
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object (string annotations naming plain or
    dotted names are resolved; anything else stays a ForwardRef)."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(getattr(sys, 'modules', {}).get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        nsobj = obj
        while hasattr(nsobj, '__wrapped__'):
            nsobj = nsobj.__wrapped__
        globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (type(sys), _FunctionType, type(len))):
            return {}
        raise TypeError('{!r} is not a module, class, method, '
                        'or function.'.format(obj))
    hints = dict(hints)
    for name, value in hints.items():
        hints[name] = _eval_hint(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
