# numbers, fractions, statistics checks
import sys


@check('numbers')
def numbers_all(M, r):
    nb = M.numbers
    F = M.fractions.Fraction
    for cls in (nb.Number, nb.Complex, nb.Real, nb.Rational, nb.Integral):
        r.v((cls.__name__, sorted(cls.__abstractmethods__), [k.__name__ for k in cls.__mro__]))
        for v in (1, True, 2.5, 1j, F(1, 2), 'x', None):
            r.v(isinstance(v, cls))
    r(nb.Integral)

    class MyInt(nb.Integral):
        pass
    r(MyInt)


@check('fractions')
def fractions_all(M, r):
    F = M.fractions.Fraction
    vals = [F(3, 4), F(-6, 8), F(5), F(0), F(1, 3), F(-7, 3)]
    for a in vals:
        r.v((repr(a), str(a), a.numerator, a.denominator, float(a), int(a), hash(a), bool(a),
             round(a), round(a, 1), abs(a), -a, +a, a.is_integer() if hasattr(a, 'is_integer') else None,
             a.as_integer_ratio(), math_ops(a)))
        for b in vals + [2, 0.5, 1j, -3]:
            for op in ('+', '-', '*', '/', '//', '%', '**', '<', '<=', '==', '>', 'divmod'):
                def f(a=a, b=b, op=op):
                    if op == 'divmod':
                        return divmod(a, b), divmod(b, a)
                    return (eval('a %s b' % op), eval('b %s a' % op))
                r(f)
    for s in ('3/4', ' -6/8 ', '1.5', '-0.125', '1e-3', '2E3', '.5', '5.', '1_000', '3/0', 'x', '',
              '1/-2', '+7', '1.2.3', ' 2 / 3', '1__0', '0x10', '1e', '-.5e+2'):
        r(F, s)
    for x in (0.1, 1.5, -2.25, float('inf'), float('nan'), 10**30, True):
        r(F, x)
    r(F, 1, 0)
    r(F, 1.5, 2)
    r(F, F(1, 2), F(3, 4))
    r(F, 'a', 2)
    r(lambda: F(1, 3) + 0.5)
    r(lambda: F(1, 0))
    r(lambda: F(1) / 0)
    r(lambda: F(0) ** -1)
    r(lambda: F(2) ** F(1, 2))
    r(lambda: 2 ** F(3))
    r(lambda: F(3.141592653589793).limit_denominator(1000))
    r(lambda: F(1, 3).limit_denominator(2))
    r(lambda: F(1, 3).limit_denominator(0))
    r(lambda: F.from_float(0.3))
    r(lambda: F.from_float('x'))
    r(lambda: F(1, 2) == 0.5)
    r(lambda: F(1, 3) == 1 / 3)
    r(lambda: F(1, 2) < float('inf'))
    r(lambda: hash(F(1, 2)) == hash(0.5))
    r(lambda: hash(F(-1)))
    r(lambda: sorted([F(1, 2), 0.25, 1, F(1, 3)]))
    r(lambda: sum([F(1, 3)] * 3))
    r(lambda: format(F(1, 3)))
    r(lambda: F(1, 2) == 'x')
    r(lambda: F(1, 2) < 'x')
    r(lambda: M.copy.copy(F(1, 2)))


def math_ops(a):
    import math
    return (math.floor(a), math.ceil(a), math.trunc(a))


@check('statistics')
def statistics_all(M, r):
    st = M.statistics
    F = M.fractions.Fraction
    datasets = [
        [1, 2, 3, 4], [2.5, 3.25, 5.5, 11.25], [1, 2, 2, 3, 4, 4, 4, 5], [0.1, 0.2, 0.3],
        [1e300, 1e300, -1e300], [F(1, 3), F(2, 3), 1], [3], [], [1, 1.5, F(1, 2)], [True, False, True],
        [0.1] * 10, [1e-10, 2e-10, 3e-10, 4e-10], list(range(100)), [x * 0.7 for x in range(37)],
        [float('inf'), 1.0], [5, 3, 9, 1, 7, 2], [-1, -2.5, 3.75],
    ]
    for d in datasets:
        for fn in ('mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode',
                   'multimode', 'variance', 'pvariance', 'stdev', 'pstdev', 'geometric_mean',
                   'harmonic_mean'):
            r(getattr(st, fn), d)
            r(getattr(st, fn), iter(d))
        r(st.quantiles, d)
        r(st.quantiles, d, n=10, method='inclusive')
        r(st.variance, d, 2)
        r(st.pstdev, d, 1.5)
    r(st.mode, 'aabbbc')
    r(st.multimode, 'aabbcc')
    r(st.mean, ['a'])
    r(st.mean, [1, 'x'])
    r(st.fmean, [1, 2, 3], [3, 2, 1])
    r(st.harmonic_mean, [40, 60], weights=[5, 30])
    r(st.harmonic_mean, [1, -1])
    r(st.harmonic_mean, [1, 0, 2])
    r(lambda: st.NormalDist(1, 2))
    r(lambda: st.NormalDist.from_samples([1, 2, 3, 4.5]))
    r(lambda: st.NormalDist(0, 1).cdf(0.5))
    r(lambda: st.NormalDist(0, 1).pdf(0.5))
    r(lambda: issubclass(st.StatisticsError, ValueError))
    r(st.correlation, [1, 2, 3], [2, 4, 7])
    r(st.covariance, [1, 2, 3], [2, 4, 7])
    r(st.linear_regression, [1, 2, 3], [2, 4, 7])
