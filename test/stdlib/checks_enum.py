# enum checks
import sys


@check('enum')
def enum_basic(M, r):
    enum = M.enum

    class Color(enum.Enum):
        RED = 1
        GREEN = 2
        BLUE = 3
        CRIMSON = 1

        def describe(self):
            return self.name.lower()
    R = Color.RED
    r.v((repr(R), str(R), format(R), f'{R}', f'{R:>12}', R.name, R.value, R.describe()))
    r.v(list(Color))
    r.v(list(reversed(Color)))
    r.v(len(Color))
    r.v(Color.__members__)
    r.v(Color.CRIMSON)
    r.v(Color.CRIMSON is Color.RED)
    r.v((Color(1), Color['GREEN'], Color(Color.BLUE)))
    r(Color, 4)
    r(Color, 'RED')
    r(lambda: Color['PURPLE'])
    r(lambda: Color.PURPLE)
    r(lambda: Color.RED < Color.GREEN)
    r.v((Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1)))
    r.v(hash(Color.RED) == hash('RED'))
    r(setattr, Color, 'RED', 5)
    r(delattr, Color, 'RED')
    r(setattr, Color.RED, 'value', 5)
    r(setattr, Color.RED, 'name', 5)
    r.v((Color.RED in Color,))
    r(lambda: 1 in Color)
    r(lambda: 'RED' in Color)
    r(lambda: 7 in Color)
    r.v(repr(Color))
    r.v(type(Color))
    r.v((type(Color) is enum.EnumMeta, enum.EnumMeta is enum.EnumType))
    r.v(Color.__mro__)
    r.v(isinstance(Color.RED, Color))
    r.v(dir(Color))
    r.v(dir(Color.RED))
    r.v(Color.__doc__)
    r.v(Color._member_names_)
    r.v(list(Color._value2member_map_.items()))
    r.v(bool(Color))
    r.v(bool(Color.RED))
    r.v({Color.RED: 'r'}[Color.CRIMSON])
    r.v(M.copy.copy(Color.RED) is Color.RED)
    r.v(M.copy.deepcopy([Color.RED])[0] is Color.RED)

    def extend():
        class More(Color):
            PINK = 9
    r(extend)

    def dup():
        class D(enum.Enum):
            A = 1
            A = 2
    r(dup)

    def dupmeth():
        class D(enum.Enum):
            A = 1
            def A(self):
                pass
    r(dupmeth)

    def sunder():
        class D(enum.Enum):
            _bad_ = 1
    r(sunder)

    class Base(enum.Enum):
        def hello(self):
            return 'hi ' + self.name

    class Sub(Base):
        X = 'x'
    r.v((Sub.X.hello(), repr(Sub.X)))

    class Pl(enum.Enum):
        MERCURY = (3.303e+23, 2.4397e6)
        EARTH = (5.976e+24, 6.37814e6)

        def __init__(self, mass, radius):
            self.mass = mass
            self.radius = radius
    r.v((Pl.EARTH, Pl.EARTH.mass, Pl.EARTH.value, Pl((3.303e+23, 2.4397e6))))

    class Ord(enum.Enum):
        _order_ = 'B A'
        B = 2
        A = 1
    r.v(list(Ord))

    def badorder():
        class O(enum.Enum):
            _order_ = 'A B'
            B = 2
            A = 1
    r(badorder)

    class Ign(enum.Enum):
        _ignore_ = 'tmp'
        tmp = 5
        A = 1
    r.v(list(Ign))
    r(lambda: Ign.tmp)

    class Miss(enum.Enum):
        A = 'a'
        @classmethod
        def _missing_(cls, value):
            if isinstance(value, str) and value.lower() == 'a':
                return cls.A
            if value == 'bad':
                return 5
            return None
    r.v((Miss('A'), Miss('a')))
    r(Miss, 'q')
    r(Miss, 'bad')

    class Unh(enum.Enum):
        L = [1]
        D = {'a': 1}
    r.v((Unh([1]), Unh({'a': 1}), Unh.L.value))
    r(Unh, [2])


@check('enum')
def enum_auto_unique(M, r):
    enum = M.enum

    class A(enum.Enum):
        X = enum.auto()
        Y = enum.auto()
        Z = 10
        W = enum.auto()
    r.v(list(A))
    r.v(repr(enum.auto()).startswith('auto('))

    class G(enum.Enum):
        def _generate_next_value_(name, start, count, last_values):
            return name * 2
        P = enum.auto()
        Q = enum.auto()
    r.v(list(G))

    class S(enum.StrEnum):
        ALPHA = enum.auto()
        BETA = 'b'
    r.v((list(S), str(S.ALPHA), format(S.BETA), S.ALPHA == 'alpha', S.ALPHA.upper(), repr(S.BETA)))
    r(lambda: type('E', (enum.StrEnum,), {}))

    def bad_str():
        class S2(enum.StrEnum):
            A = 1
    r(bad_str)
    r(enum.unique, A)

    def uniq():
        @enum.unique
        class U(enum.Enum):
            A = 1
            B = 1
            C = 2
            D = 2
    r(uniq)

    class Tup(enum.Enum):
        A = (1, enum.auto())
        B = (2, enum.auto())
    r.v(list(Tup))

    class MemberNon(enum.Enum):
        A = 1
        B = enum.nonmember(2)
        C = enum.member(lambda: 3)
    r.v((list(MemberNon), MemberNon.B, MemberNon.C.value()))


@check('enum')
def enum_int_flag(M, r):
    enum = M.enum

    class N(enum.IntEnum):
        A = 1
        B = 2
    r.v((repr(N.A), str(N.A), format(N.A), f'{N.A:>4}', f'{N.B:b}', N.A + 1, N.A == 1, N.A < N.B,
         N.B * 3, int(N.B), isinstance(N.A, int), sorted([N.B, N.A, 0]), N(2), hash(N.A) == hash(1)))
    r(N, 3)
    r.v([1, 2, 3][N.A])
    r.v(N.__members__)
    r.v(list(N))

    class F(enum.Flag):
        R = 4
        W = 2
        X = 1
        RWX = 7
    rw = F.R | F.W
    r.v((repr(rw), str(rw), format(rw), list(rw), len(rw), bool(rw), F.R in rw, F.X in rw))
    r.v((repr(~F.R), repr(F(0)), str(F(0)), bool(F(0)), repr(F.RWX), list(F.RWX), repr(~F.RWX)))
    r.v((repr(F.R & F.W), repr(F.R ^ F.RWX), F(6), F(7) is F.RWX, list(F)))
    r(F, 8)
    r(lambda: F.R | 1)
    r(lambda: 1 in F.R)
    r.v(F.__members__)
    r.v(repr(F))
    r.v(F._boundary_)
    r.v(repr(F._boundary_))

    class Perm(enum.IntFlag):
        R = 4
        W = 2
        X = 1
    p = Perm.R | Perm.W
    r.v((repr(p), str(p), format(p), p + 1, p | 1, repr(p | 8), repr(Perm(0)), repr(Perm(16)),
         repr(~Perm.R), repr(Perm.R | 16), list(Perm(7)), Perm.R & 4, repr(Perm(-1))))
    r.v(Perm._boundary_)

    class AF(enum.Flag):
        A = enum.auto()
        B = enum.auto()
        C = enum.auto()
    r.v((list(AF), repr(AF.A | AF.C), AF(5), repr(AF(0))))

    class Conf(enum.Flag, boundary=enum.CONFORM):
        A = 1
        B = 2
    r.v(repr(Conf(7)))

    class Ej(enum.Flag, boundary=enum.EJECT):
        A = 1
        B = 2
    r.v(repr(Ej(7)))

    class Unord(enum.Flag):
        B = 2
        A = 1
    r.v(list(Unord(3)))
    r.v(repr(Unord(3)))
    r.v(sorted(n for n in dir(enum) if not n.startswith('_') and n not in (
        'bltns', 'sys', 'MappingProxyType', 'reduce', 'bin')))
    r.v(sorted(enum.__all__))
    r.v(enum.show_flag_values(13))
    r.v((enum.bin(5), enum.bin(-3), enum.bin(8, 6)))


@check('enum')
def enum_functional(M, r):
    enum = M.enum
    E = enum.Enum('E', 'A B C')
    r.v((list(E), repr(E), E.__module__))
    E2 = enum.Enum('E2', [('X', 10), ('Y', 20)])
    r.v(list(E2))
    E3 = enum.Enum('E3', {'P': 'p', 'Q': 'q'})
    r.v(list(E3))
    E4 = enum.IntEnum('E4', 'M N', start=5)
    r.v((list(E4), E4.M + 1))
    E5 = enum.Enum('E5', 'A, B', module='mymod', qualname='Outer.E5')
    r.v((E5.__module__, E5.__qualname__))
    F = enum.Flag('F', 'R W X')
    r.v(list(F))
    r(enum.Enum, 'Z', 'A A')
    S = enum.Enum('S', 'a b', type=str)
    r.v(list(S))
