#!/usr/bin/env python3
"""Generate the CPython-oracle fixtures for test/engine/lib/{float,int,format,printf,math,random}*.test.ts.

Run once per CPython version, 3.12 first (the tests never need pyenv):
    for v in 3.12.1 3.11.7 3.13.0; do PYENV_VERSION=$v python3 scripts/gen_numeric_fixtures.py; done
Writes test/engine/lib/fixtures/numeric/<kind>-<major.minor>.json.
Floats are encoded as 16-hex-digit IEEE bit patterns ("f:..."), big ints as decimal strings ("i:...").
Results are {"v": value} or {"e": "ExcType: message"}.
"""
import json, math, os, random, struct, sys

VER = '%d.%d' % sys.version_info[:2]
OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'engine', 'lib', 'fixtures', 'numeric')
os.makedirs(OUT, exist_ok=True)


def fbits(x):
    return 'f:' + struct.pack('>d', x).hex()


def enc(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        return fbits(v)
    if isinstance(v, int):
        return 'i:%d' % v if v.bit_length() < 10000 else ('x:-' if v < 0 else 'x:') + '%x' % abs(v)
    if isinstance(v, (tuple, list)):
        return [enc(x) for x in v]
    if isinstance(v, complex):
        return 'complex'
    if isinstance(v, bytes):
        return 'b:' + v.hex()
    return v


def run(fn):
    try:
        return {'v': enc(fn())}
    except Exception as ex:  # noqa: BLE001
        return {'e': '%s: %s' % (type(ex).__name__, ex)}


def dump(name, data):
    # Files identical to the 3.12 one are not kept (tests fall back to -3.12.json); run 3.12 first.
    text = json.dumps(data, separators=(',', ':'))
    path = os.path.join(OUT, '%s-%s.json' % (name, VER))
    base = os.path.join(OUT, '%s-3.12.json' % name)
    if VER != '3.12' and os.path.exists(base):
        with open(base) as f:
            if f.read() == text:
                if os.path.exists(path):
                    os.remove(path)
                return
    with open(path, 'w') as f:
        f.write(text)


rng = random.Random(20240601)


def float_samples(n):
    xs = [0.0, -0.0, 1.0, -1.0, 0.5, 0.125, 0.375, 2.5, 3.5, -2.5, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5,
          0.1, 0.2, 0.3, 1/3, 2/3, 123.456, 2.675, 1.005, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 1e22, 1e21, 1e23, 123456789012345678.0, 0.05, 0.25, 0.35,
          125.0, 1.25, 12.5, 1e-7, 4.35, 1e100, 1e-100, 2**53, 2**53 + 2.0, 2**63, 1.5e300, 6.02214076e23]
    while len(xs) < n:
        k = rng.random()
        if k < 0.3:
            x = struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
            if x != x:
                continue
        elif k < 0.6:
            x = round(rng.uniform(-1000, 1000), rng.randint(0, 4))
        elif k < 0.8:
            x = rng.randint(-10**6, 10**6) / 2**rng.randint(0, 12)
        else:
            x = rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)
        xs.append(x)
    return [float(x) for x in xs]


def gen_float():
    xs = float_samples(400)
    rows = []
    pct = ['%.0f', '%.1f', '%.2f', '%.3f', '%.17f', '%.0e', '%.3e', '%.16e', '%e', '%g', '%.1g', '%.3g', '%.17g',
           '%#g', '%#.0f', '%r', '%+.2f', '% e', '%010.3f', '%-12.4g|', '%F', '%E', '%G', '%.30f', '%.25e']
    specs = ['', '.3', '.0', '#', '.12', 'e', 'f', 'g', '%', '.2%', ',', '_', ',.2f', '+.3e', ' g', '>15', '<15',
             '^15', '*^20.3f', '=+12.2f', '012', '015,.3f', 'z.1f', 'z', '.0e', '#.0e', 'n', '.20g', 'G', 'E', 'F',
             '#.3g', '010', '.1f']
    for x in xs:
        r = {'x': fbits(x)}
        r['repr'] = repr(x)
        r['hex'] = run(lambda: x.hex())
        r['ratio'] = run(lambda: x.as_integer_ratio())
        r['isint'] = x.is_integer()
        r['round0'] = run(lambda: round(x))
        r['round'] = [run(lambda n=n: round(x, n)) for n in (-3, -1, 0, 1, 2, 5, 300)]
        r['pct'] = [run(lambda p=p: p % x) for p in pct]
        r['fmt'] = [run(lambda s=s: format(x, s)) for s in specs]
        r['int'] = run(lambda: int(x))
        rows.append(r)
    hexs = ['0x1p0', '0x1.8p1', ' 0X1.8P+1 ', '1.', '-inFinity', 'nan', '0x.8', '0x1.0000000000000ffffp0', '0x1p-1075',
            '0x1.8p-1074', '0x1p1024', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '', '0x', '0x1p', 'x',
            '0x1.p1', '.p1', '0x.p1', '-0x0p0', '0x1P-1074', '0x3p-1076', '0x1.0000000000001p-1023', 'ff', '+0xF.8',
            '0x1p+99999', '0x1p-99999', '0x1.8p-1', '  1  ', '0x1_0p0', '0x123456789abcdef123456p-50']
    fromhex = [[h, run(lambda h=h: float.fromhex(h))] for h in hexs]
    pstrs = ['1', ' 1.5 ', '-0', '+.5', '1.', '.', '1e5', '1E+05', '1e-400', '1e400', '-1e400', 'inf', '-Infinity',
             'nAn', '+nan', 'infinit', '1_000.5', '1__0', '_1', '1_', '1_e5', '1e_5', '1e5_0', '0x10', 'abc', '',
             '  ', '1.5\n', '\t2\x0c', '１２.５', '\u00a01\u2003', '1\x1c', '0.1e1_0', '12345678901234567890123',
             '1' * 400, '0.000000000000000000000000000000000000000000001e-300', "a'b", 'a"b\'', 'é', '\x00']
    parse = [[s, run(lambda s=s: float(s))] for s in pstrs]
    dump('float', {'rows': rows, 'pct': pct, 'specs': specs, 'fromhex': fromhex, 'parse': parse})


def gen_int():
    vals = [0, 1, -1, 7, -7, 2**31, 2**53 - 1, 2**53, -(2**53), 2**64 + 3, -(10**30) + 7, 10**40, 3**100, 255, -256]
    for _ in range(60):
        vals.append(rng.randint(-10**rng.randint(1, 40), 10**rng.randint(1, 40)))
    pairs = [(a, b) for a in vals[:40] for b in (1, -1, 2, -3, 7, 10**20 + 1, -(2**70), 0, 3**40)]
    ops = []
    for a, b in pairs:
        ops.append([enc(a), enc(b), run(lambda: a // b), run(lambda: a % b), run(lambda: divmod(a, b)),
                    run(lambda: a / b), run(lambda: a ** (b % 7 - 2) if abs(a) < 10**10 else a ** 2),
                    run(lambda: pow(a, abs(b) % 50, b)), run(lambda: pow(a, -1, b)), run(lambda: a & b),
                    run(lambda: a | b), run(lambda: a ^ b), run(lambda: a << (abs(b) % 70)), run(lambda: a >> (abs(b) % 70))])
    unary = [[enc(v), v.bit_length(), v.bit_count(), bin(v), oct(v), hex(v), run(lambda v=v: float(v)),
              run(lambda v=v: v.to_bytes(20, 'little', signed=True)), run(lambda v=v: v.to_bytes(9, 'big')),
              run(lambda v=v: ~v), (abs(v).bit_length() + 29) // 30] for v in vals]
    big = [[enc(a), enc(b), run(lambda a=a, b=b: a / b)] for a, b in [
        (10**400, 3), (10**400, 10**399), (1, 10**400), (-(10**400) - 1, 7 * 10**390), (2**1100 + 1, 2**76),
        (2**1024, 1), (2**1024 - 2**970, 1), (2**1024 - 2**970 - 1, 1), (3, 2**1100), (1, 2**1074), (1, 2**1075),
        (3, 2**1076), (2**60 + 1, 2**60), (2**54 + 1, 2), (2**54 + 3, 2), (10**30, 7)]]
    fops = []
    fvals = [5.5, -5.5, 0.0, -0.0, 7.0, -3.0, 1e300, float('inf'), float('-inf'), float('nan'), 0.1, 2.0, -2.0, 3]
    for a in fvals:
        for b in fvals:
            fops.append([enc(float(a)), enc(float(b)), run(lambda: float(a) // b), run(lambda: float(a) % b),
                         run(lambda: divmod(float(a), b)), run(lambda: float(a) / b), run(lambda: float(a) ** b)])
    pstrs = ['0', '-0', '+12', ' 12 ', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101', '0b_101',
             '010', '000', '0_0', '00_', '12a', 'z', 'ZZ', '', ' ', '-', '+ 1', '١٢٣', '9' * 20, '\x00', '0x', '0b2',
             '-0b1', '1' * 4300, '1' * 4301, 'x' * 300, "a'b", '12\n', '\u00a012', '0_7', '07', '1.0', '1e5']
    bases = [10, 0, 2, 8, 16, 36, 7]
    parse = [[s, b, run(lambda s=s, b=b: int(s, b))] for s in pstrs for b in bases]
    parse += [['12', 37, run(lambda: int('12', 37))], ['12', 1, run(lambda: int('12', 1))]]
    tostr = [[enc(v), run(lambda v=v: str(v))] for v in (10**4299, 10**4300 - 1, 10**4300, -(10**4300))]
    fb = [[b.hex(), o, s, run(lambda b=b, o=o, s=s: int.from_bytes(b, o, signed=s))]
          for b in (b'', b'\x01', b'\xff\x00', b'\x80' + b'\x00' * 9, bytes(range(1, 12)), b'\xff' * 8)
          for o in ('big', 'little') for s in (False, True)]
    tb = [[enc(v), l, o, s, run(lambda v=v, l=l, o=o, s=s: v.to_bytes(l, o, signed=s))]
          for v in (0, 255, 256, -1, 128, -128, 2**64, -(2**63)) for l in (0, 1, 2, 8, 9) for o in ('big', 'little', 'mid')
          for s in (False, True)]
    errs = [[e, run(lambda e=e: eval(e))] for e in ['1//0', '1%0', '1/0', '1.0//0', '1.0%0.0', 'divmod(1,0)', 'divmod(1.0,0)',
            '1.0/0', '0**-1', '0.0**-1', 'pow(2,-1,4)', 'pow(2,-1,0)', 'pow(2,3,0)', '1<<-1', '1>>-1', '10.0**400',
            '(-8.0)**3', '(-0.0)**-1', '2.0**-1080', 'float(10**400)', '10**400/3', 'pow(0,-1,5)', 'pow(3,-1,1)',
            'pow(-2,-1,5)', 'pow(2,-1,-5)', 'pow(3,2,-5)', 'int(float("inf"))', 'int(float("nan"))']]
    dump('int', {'ops': ops, 'unary': unary, 'big': big, 'fops': fops, 'parse': parse, 'tostr': tostr,
                 'from_bytes': fb, 'to_bytes': tb, 'errs': errs})


def gen_format():
    ints = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, -(10**25), 65, 0x10ffff, 0x110000, True]
    ispecs = ['', 'd', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', 'c', ',', '_', '_x', '_b', '#_o', ',d', '+d',
              ' d', '-d', '08', '<8', '>8', '^9', '*^9', '0=10', '=+10', '010,', '015_x', '#012x', 'n', 'e', '.2f',
              '%', '.1%', 'g', 'E', 'z', '.2', ',c', '+c', '#c', '.2c', 'q', 'xx', ',_', '_,', ',,', '.', 's', '\x01',
              'é', '99999999999999999999', '0<5', '0^7', 'x<8', '5', '<', '#', '#10b', '-#10o', ' #x']
    fvals = [0.0, -0.0, 1.5, -1.5, 1234567.891, -0.0001, 1e16, 1e-5, 123.0, float('inf'), float('-inf'),
             float('nan'), 2.5, 0.125, 1e300, 5e-324]
    fspecs = ['', 'e', 'f', 'g', 'n', '%', 'x', 'c', 'd', ',', '_', ',.2f', '08.3f', '<10', '^10.2', '=+10.1f',
              'z.1f', 'z', '#', '#.0f', '.3', '.0', '#.3', '.17', ',e', '010', '+', ' ', 'E', 'G', 'F', '.1%',
              '015,.2f', '020_', 'xx', '.', '.2n', ',n', '#g', '#.3g', '.0%', '0<10', '\x01']
    svals = ['', 'abc', 'héllo', '\U0001f600x', 'a' * 12]
    sspecs = ['', 's', '5', '<5', '>5', '^6', '*^7', '.2', '.2s', '10.1', '+', ' ', '-', 'z', '#', '=5', '05', ',',
              '_', 'd', 'xx', '.', '\U0001f600^5', '0>4']
    dump('format', {
        'ints': [[enc(v), s, run(lambda v=v, s=s: format(v, s))] for v in ints for s in ispecs],
        'floats': [[enc(v), s, run(lambda v=v, s=s: format(v, s))] for v in fvals for s in fspecs],
        'strs': [[v, s, run(lambda v=v, s=s: format(v, s))] for v in svals for s in sspecs],
    })


def gen_printf():
    cases = [
        ('%s', ('x',)), ('%s %s', (1,)), ('%s', (1, 2)), ('%d', ('x',)), ('%x', ('x',)), ('%x', (3.5,)), ('%d', (3.7,)),
        ('%f', ('a',)), ('%y', (1,)), ('%\x01', (1,)), ('%é', (1,)), ('%', (1,)), ('abc%', ()), ('%5%', ()),
        ('%5%', (1,)), ('%*d', ('a', 1)), ('%.*f', ('a', 1.0)), ('%*d', (-5, 1)), ('%.*f', (-5, 1.0)),
        ('%05f', (float('inf'),)), ('%-05d|', (5,)), ('%+05d', (5,)), ('% 05d', (-5,)), ('%#x', (255,)),
        ('%#X', (255,)), ('%#o', (8,)), ('%#10x', (255,)), ('%#010x', (255,)), ('%-#10x|', (255,)), ('%.5x', (-255,)),
        ('%#.5x', (-255,)), ('%+.3d', (7,)), ('%ld %hd %Li', (1, 2, 3)), ('%#5.1g', (1.0,)), ('%g', (1e20,)),
        ('%.0e', (12345,)), ('%#.0f', (2.5,)), ('%.2f', (0.125,)), ('%10.3s|', ('abcdef',)), ('%-10r|', ('ab',)),
        ('%a', ('é',)), ('%i %u', (1, 2)), ('%c', (65,)), ('%5c|', ('x',)), ('%c', ('ab',)), ('%c', (3.5,)),
        ('%c', (-1,)), ('%c', (0x110000,)), ('%s', ()), ('%%', ()), ('%%', (5,)), ('%d', (True,)), ('%s', (True,)),
        ('%*.*f', (8, 2, 3.14159)), ('%.2d', (5,)), ('%x', (True,)), ('%o', (-8,)), ('%z', (1,)), ('%5', (1,)),
        ('%.', (1,)), ('%d', (float('inf'),)), ('%F', (float('nan'),)), ('%E', (1e-5,)), ('%G', (1e-5,)),
        ('%d', (10**30,)), ('%c', (True,)), ('%x', (10**20,)), ('%s %y', (1,)), ('%s %y', (1, 2)), ('%y', ()),
        ('%*y', (1,)), ('%+x', (255,)), ('% x', (255,)), ('%+#x', (255,)), ('%+#010x', (255,)), ('%-+#10x|', (255,)),
        ('%e', (10**400,)), ('%05.1f', (-0.0,)), ('%+.1f', (-0.0,)), ('%d', (-0.0,)), ('%.60f', (0.1,)),
        ('%#g', (0.0,)), ('%#.3g', (100000,)), ('%10.4g|', (3.14159265,)), ('%.3s', ('é' * 5,)), ('%c', ('é',)),
        ('%05s|', ('x',)), ('%.0s|', ('x',)), ('%r', (1.5,)), ('%.3r', ('abcdef',)), ('%#x', (0,)), ('%.0d', (0,)),
        ('%-5d|%5s|', (3, 'ab')), ('a%sb%dc', ('Z', 9)), ('%99999999999999999999d', (1,)), ('%s', (-0.0,)),
        ('%d%%', (50,)), ('%(a)s', None), ('%.3f', (2.0005,)), ('%.2e', (125.0,)), ('%010.2e', (-1234.5,)),
        ('%x', (-(2**70),)), ('%#o', (0,)), ('%-08.3f|', (3.14159,)), ('%+s', ('x',)), ('%5.1s|', ('xyz',)),
    ]
    out = []
    for fmt, args in cases:
        if args is None:
            continue
        out.append([fmt, enc(list(args)), run(lambda f=fmt, a=args: f % a)])
    maps = [
        ('%(a)s', {'a': 1}), ('%(a)s %(b)s', {'a': 1}), ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%((a))s', {'(a)': 1}),
        ('%(a)%', {'a': 1}), ('%(a)*d', {'a': 1}), ('%s', {'a': 1}), ('%(a)s %s', {'a': 1}), ('%%', {}),
        ('%(x)05.1f|%(y)-4d|', {'x': 2.25, 'y': 7}),
    ]
    mout = [[fmt, {k: enc(v) for k, v in d.items()}, run(lambda f=fmt, d=d: f % d)] for fmt, d in maps]
    tuple_err = [['%(a)s', run(lambda: '%(a)s' % (1,))]]
    dump('printf', {'cases': out, 'maps': mout, 'tuple_err': tuple_err})


def gen_math():
    xs = [rng.uniform(0, 10) for _ in range(600)] + [rng.uniform(-1, 1) for _ in range(200)] + \
         [rng.uniform(-1, 1) * 10.0 ** rng.randint(-20, 20) for _ in range(300)] + \
         [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 10.0, 1e-300, 1e300, 5e-324, float('inf'), float('-inf'), float('nan'),
          709.78, 709.79, -745.1, -745.2, 1e22, 3.141592653589793, 1.5707963267948966, 1e15, 2**60, 100.0, 710.0,
          -3.5, -2.0, 171.5, 0.1, 1e-10, 1e-8]
    fnames = ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos',
              'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma', 'fabs',
              'floor', 'ceil', 'trunc', 'frexp', 'modf', 'degrees', 'radians', 'ulp', 'cbrt']
    fnames = [f for f in fnames if hasattr(math, f)]
    un = {f: [run(lambda x=x, f=f: getattr(math, f)(x)) for x in xs] for f in fnames}
    ys = xs[::-1]
    bi = {
        'pow': [run(lambda x=x, y=y: math.pow(x, y / 3)) for x, y in zip(xs, ys)],
        'atan2': [run(lambda x=x, y=y: math.atan2(x - 5, y - 5)) for x, y in zip(xs, ys)],
        'fmod': [run(lambda x=x, y=y: math.fmod(x, y)) for x, y in zip(xs, ys)],
        'hypot': [run(lambda x=x, y=y: math.hypot(x, y)) for x, y in zip(xs, ys)],
        'copysign': [run(lambda x=x, y=y: math.copysign(x, y)) for x, y in zip(xs, ys)],
        'nextafter': [run(lambda x=x, y=y: math.nextafter(x, y)) for x, y in zip(xs, ys)],
        'logb': [run(lambda x=x, y=y: math.log(abs(x) + 1, abs(y) + 2)) for x, y in zip(xs, ys)],
        'floatpow': [run(lambda x=x, y=y: x ** (y / 3)) for x, y in zip(xs, ys)],
    }
    special = [[e, run(lambda e=e: eval(e, {'math': math}))] for e in [
        'math.log(0)', 'math.log(-1)', 'math.sqrt(-1)', 'math.exp(1000)', 'math.factorial(-1)', 'math.log(10**400)',
        'math.log(10**400, 10)', 'math.log2(2**5000)', 'math.log10(10**500)', 'math.log(2**1023*3)', 'math.log(10, 1)',
        'math.log(0.0)', 'math.log(-0.0)', 'math.log(float("inf"))', 'math.gamma(0)', 'math.gamma(-1)', 'math.gamma(172)',
        'math.gamma(-171.5)', 'math.lgamma(0)', 'math.lgamma(-2)', 'math.lgamma(1e308)', 'math.pow(0,-1)',
        'math.pow(-8, 1/3)', 'math.pow(2, 1024)', 'math.pow(-0.0, -3)', 'math.pow(float("inf"), -3)',
        'math.fmod(1, 0)', 'math.fmod(float("inf"), 1)', 'math.fmod(1, float("inf"))', 'math.atan2(float("inf"), float("-inf"))',
        'math.atan2(-0.0, -1)', 'math.atan2(0.0, -0.0)', 'math.ldexp(1.0, 1024)', 'math.ldexp(1.0, -1075)',
        'math.ldexp(3.0, -1075)', 'math.ldexp(1.0, 10**30)', 'math.isqrt(10**50)', 'math.isqrt(-1)', 'math.isqrt(2**200-1)',
        'math.factorial(25)', 'math.factorial(0)', 'math.comb(50, 20)', 'math.comb(5, 7)', 'math.comb(-1, 2)',
        'math.perm(10, 3)', 'math.perm(10)', 'math.perm(5, -1)', 'math.gcd(12, -18, 30)', 'math.gcd()', 'math.lcm(4, 6, 10)',
        'math.lcm()', 'math.lcm(0, 5)', 'math.gcd(2**100, 6**50)', 'math.fsum([0.1]*10)', 'math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])',
        'math.fsum([1e308, 1e308])', 'math.fsum([float("inf"), float("-inf")])', 'math.fsum([float("inf"), 1.0])',
        'math.fsum([2.0**53, 1.0, 2.0**-53])', 'math.hypot()', 'math.hypot(3, 4)', 'math.hypot(1e308, 1e308)',
        'math.hypot(1, 2, 3, 4, 5)', 'math.hypot(5e-324, 5e-324)', 'math.hypot(float("nan"), float("inf"))',
        'math.dist([1, 2, 3], [4, 5, 6.5])', 'math.dist([1], [1, 2])', 'math.isclose(1.0, 1.0 + 1e-10)',
        'math.isclose(1, 1.1, rel_tol=-1)', 'math.ulp(0.0)', 'math.ulp(1e308)', 'math.ulp(float("inf"))',
        'math.nextafter(0.0, -1)', 'math.nextafter(1.0, 2.0)', 'math.modf(-3.5)', 'math.modf(float("-inf"))',
        'math.frexp(5e-324)', 'math.frexp(0.0)', 'math.floor(-0.5)', 'math.ceil(1e20)', 'math.trunc(-2.5)',
        'math.floor(float("inf"))', 'math.prod([1, 2, 3, 4.0])', 'math.prod([2**40, 2**40])', 'math.erf(0.5)',
        'math.acosh(0.5)', 'math.atanh(1)', 'math.log1p(-1)', 'math.cosh(1000)', 'math.sinh(-1000)', 'math.tan(1e300)',
        'math.sin(1e22)', 'math.cos(2**1000)', 'math.expm1(1e-10)', 'math.log(2**1000)', 'math.log2(3)',
    ]]
    dump('math', {'xs': [fbits(x) for x in xs], 'un': un, 'bi': bi, 'special': special})


def gen_random():
    out = {}
    seeds = [0, 1, 42, -7, 2**32, 2**100 + 12345, 123456789, 3.14, -2.5, 'hello', 'héllo wörld', '', b'bytes\x00\xff', 1e300]
    per = []
    for s in seeds:
        r = random.Random(s)
        d = {'seed': enc(s) if not isinstance(s, bytes) else 'b:' + s.hex()}
        d['random'] = [fbits(r.random()) for _ in range(40)]
        d['getrandbits'] = [enc(r.getrandbits(k)) for k in (1, 5, 31, 32, 33, 53, 64, 100, 1000)]
        d['randrange'] = [enc(r.randrange(10)) for _ in range(30)] + [enc(r.randrange(-5, 1000, 7)) for _ in range(10)] + \
            [enc(r.randrange(10**30)) for _ in range(5)] + [enc(r.randrange(100, -100, -3)) for _ in range(5)]
        d['randint'] = [enc(r.randint(1, 6)) for _ in range(30)]
        d['choice'] = [r.choice(range(17)) for _ in range(20)]
        lst = list(range(30))
        r.shuffle(lst)
        d['shuffle'] = lst
        d['sample'] = [r.sample(range(100), 10), r.sample(range(10), 10), r.sample(range(10**6), 30), r.sample(range(50), 0),
                       r.sample(range(5), 3, counts=[3, 1, 4, 1, 5])]
        d['choices'] = [r.choices(range(10), k=8), r.choices(range(4), [1, 2, 3, 4], k=8),
                        r.choices(range(4), cum_weights=[0.5, 1.5, 2.5, 10], k=8), r.choices(range(3), [0.1, 0.2, 0.7], k=5)]
        d['uniform'] = [fbits(r.uniform(-3, 7)) for _ in range(5)]
        d['triangular'] = [fbits(r.triangular()) for _ in range(3)] + [fbits(r.triangular(1, 5, 4)) for _ in range(3)]
        d['gauss'] = [fbits(r.gauss(0, 1)) for _ in range(21)]
        d['normalvariate'] = [fbits(r.normalvariate(2, 3)) for _ in range(10)]
        d['lognormvariate'] = [fbits(r.lognormvariate(0, 1)) for _ in range(5)]
        d['expovariate'] = [fbits(r.expovariate(1.5)) for _ in range(10)]
        d['vonmisesvariate'] = [fbits(r.vonmisesvariate(1.0, 2.0)) for _ in range(5)] + [fbits(r.vonmisesvariate(0, 0))]
        d['gammavariate'] = [fbits(r.gammavariate(a, 2.0)) for a in (0.5, 1.0, 2.5, 9.0, 0.05)]
        d['betavariate'] = [fbits(r.betavariate(2, 5)) for _ in range(5)]
        d['paretovariate'] = [fbits(r.paretovariate(3)) for _ in range(5)]
        d['weibullvariate'] = [fbits(r.weibullvariate(1, 1.5)) for _ in range(5)]
        if hasattr(r, 'binomialvariate'):
            d['binomialvariate'] = [r.binomialvariate(n, p) for n, p in ((1, 0.5), (10, 0.3), (100, 0.75), (1000, 0.4), (5, 0.0), (20, 1.0))]
        d['randbytes'] = r.randbytes(13).hex()
        st = r.getstate()
        d['state_tail'] = [list(st[1][:3]), st[1][-1], enc(st[2]) if st[2] is not None else None]
        d['after'] = fbits(r.random())
        per.append(d)
    out['seeds'] = per
    r = random.Random(5)
    errs = [[e, run(lambda e=e: eval(e, {'r': r}))] for e in [
        'r.randrange(0)', 'r.randrange(5, 5)', 'r.randrange(5, 1)', 'r.randrange(1, 10, 0)', 'r.randrange(10, 1, 2)',
        'r.randrange(1, 5, -1)', 'r.randrange(3, step=2)', 'r.randint(5, 1)', 'r.getrandbits(-1)', 'r.choice([])',
        'r.sample(range(3), 4)', 'r.sample(range(3), -1)', 'r.choices([1, 2], [0, 0])', 'r.choices([1, 2], [1])',
        'r.choices([1], [float("inf")])', 'r.choices([1, 2], [1, 1], cum_weights=[1, 2])', 'r.gammavariate(0, 1)',
        'r.sample([1, 2], 1, counts=[1.5, 1])', 'r.sample([1, 2], 1, counts=[0, 0])', 'r.sample([1, 2], 1, counts=[1])',
        'r.seed([])', 'r.randrange(2.0)', 'r.randrange(2.5)', 'r.randrange(0, 2.5)', 'r.randrange(0, 10, 1.5)',
        'r.setstate((3, (1,) * 624 + (625,), None))', 'r.setstate((4, (), None))', 'r.setstate((3, (1,) * 10, None))',
        'r.setstate((3, (-1,) * 624 + (624,), None))', 'r.expovariate(0)']]
    out['errs'] = errs
    dump('random', out)


for g in (gen_float, gen_int, gen_format, gen_printf, gen_math, gen_random):
    g()
print('fixtures written for', VER)
