#!/usr/bin/env python3
"""Regenerate the GENERATED section of src/engine/lib/unicode.ts from real CPython.

Run with the default profile's interpreter (Unicode database 15.0.0):

    PYENV_VERSION=3.12.1 python3.12 scripts/gen_unicode_tables.py

Everything is read from CPython itself (str predicates, case mappings, unicodedata), never from
another Unicode source, so the engine agrees with CPython 3.12 even though Node's ICU is newer.
"""
import sys
import unicodedata as ud

TARGET = 'src/engine/lib/unicode.ts'
BEGIN = '// BEGIN GENERATED (scripts/gen_unicode_tables.py)'
END = '// END GENERATED'

CATS = ['Cn', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps',
        'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co']
CAT_INDEX = {c: i for i, c in enumerate(CATS)}

# flag bits (above the 5 category bits)
F_DECIMAL, F_DIGIT, F_NUMERIC, F_UPPER, F_LOWER, F_CASED, F_CASE_IGNORABLE, F_XID_START, \
    F_XID_CONTINUE, F_SPACE, F_LINEBREAK = (1 << (5 + i) for i in range(11))


def flags_of(cp):
    c = chr(cp)
    cat = ud.category(c)
    f = CAT_INDEX[cat]
    if c.isdecimal():
        f |= F_DECIMAL
    if c.isdigit():
        f |= F_DIGIT
    if c.isnumeric():
        f |= F_NUMERIC
    is_title = cat == 'Lt'
    # one character: istitle() == ISUPPER or ISTITLE; isupper()/islower() see module note
    upper = c.istitle() and not is_title
    lower = c.islower()
    if upper:
        f |= F_UPPER
    if lower:
        f |= F_LOWER
    cased = upper or lower or is_title
    if cased:
        f |= F_CASED
    if cp not in (0x3A3,):
        t1 = ('A' + c + '\u03a3').lower()[-1] == '\u03c2'
        t2 = (' ' + c + '\u03a3').lower()[-1] == '\u03c2'
        ignorable = (not t2) if cased else t1
    else:
        ignorable = False
    if ignorable:
        f |= F_CASE_IGNORABLE
    if c.isidentifier():
        f |= F_XID_START
    if ('a' + c).isidentifier():
        f |= F_XID_CONTINUE
    if c.isspace():
        f |= F_SPACE
    if len(('a' + c + 'b').splitlines()) == 2:
        f |= F_LINEBREAK
    return f


def _b36(n):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    out = ''
    while n:
        out = digits[n % 36] + out
        n //= 36
    return out


def gen_flags():
    runs = []
    prev = None
    for cp in range(0x110000):
        f = flags_of(cp)
        if f != prev:
            runs.append((cp, f))
            prev = f
    parts = []
    last = 0
    for start, f in runs:
        parts.append(_b36(start - last) + ':' + _b36(f))
        last = start
    return len(runs), ','.join(parts)


def gen_mapping(fn, base):
    """Entries cp -> mapped where fn(c) != base(c)."""
    singles = []
    multis = []
    for cp in range(0x110000):
        c = chr(cp)
        m = fn(c)
        if m == base(c):
            continue
        if len(m) == 1:
            singles.append((cp, ord(m) - cp))
        else:
            multis.append((cp, m))
    # compress singles into runs of (start, count, stride, delta)
    runs = []
    i = 0
    while i < len(singles):
        cp, d = singles[i]
        best = (1, 1)
        for stride in (1, 2):
            n = 1
            while i + n < len(singles) and singles[i + n][0] == cp + n * stride and singles[i + n][1] == d:
                n += 1
            if n > best[0]:
                best = (n, stride)
        n, stride = best
        runs.append((cp, n, stride, d))
        i += n
    enc = []
    last = 0
    for cp, n, stride, d in runs:
        enc.append(f'{_b36(cp - last)}:{_b36(n)}:{stride}:{"-" if d < 0 else ""}{_b36(abs(d))}')
        last = cp
    menc = ';'.join(f'{_b36(cp)}:' + '.'.join(_b36(ord(ch)) for ch in m) for cp, m in multis)
    return ','.join(enc), menc, len(singles) + len(multis)


NAME_RANGES = [
    (0x20, 0x7E), (0xA0, 0x17F), (0x300, 0x36F), (0x391, 0x3C9), (0x401, 0x45F), (0x2000, 0x2027),
    (0x2030, 0x205E), (0x20A0, 0x20C0), (0x2100, 0x215F), (0x2190, 0x21FF), (0x2200, 0x2265),
    (0x2500, 0x257F), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x2700, 0x2767), (0xFB00, 0xFB06),
    (0xFE0F, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFFC, 0xFFFD), (0x1F600, 0x1F64F),
    (0x1F308, 0x1F308), (0x1F30D, 0x1F30D), (0x1F31F, 0x1F31F), (0x1F332, 0x1F332), (0x1F34E, 0x1F34E),
    (0x1F355, 0x1F355), (0x1F381, 0x1F381), (0x1F389, 0x1F389), (0x1F3C6, 0x1F3C6), (0x1F40D, 0x1F40D),
    (0x1F41B, 0x1F41B), (0x1F431, 0x1F431), (0x1F436, 0x1F436), (0x1F440, 0x1F440), (0x1F44B, 0x1F44F),
    (0x1F468, 0x1F469), (0x1F480, 0x1F480), (0x1F4A1, 0x1F4A1), (0x1F4A5, 0x1F4A5), (0x1F4A9, 0x1F4A9),
    (0x1F4AF, 0x1F4AF), (0x1F4BB, 0x1F4BB), (0x1F4C1, 0x1F4C1), (0x1F4DD, 0x1F4DD), (0x1F50D, 0x1F50D),
    (0x1F512, 0x1F513), (0x1F525, 0x1F525), (0x1F680, 0x1F680), (0x1F6A8, 0x1F6A8), (0x1F914, 0x1F914),
    (0x1F91D, 0x1F91D), (0x1F923, 0x1F923), (0x1F970, 0x1F970), (0x1F9E0, 0x1F9E0),
]
# Name aliases (NameAliases.txt) accepted by \N{...}; each is checked against CPython below.
ALIASES = {
    'NULL': 0, 'NUL': 0, 'START OF HEADING': 1, 'START OF TEXT': 2, 'END OF TEXT': 3,
    'END OF TRANSMISSION': 4, 'ENQUIRY': 5, 'ACKNOWLEDGE': 6, 'ALERT': 7, 'BEL': 7, 'BACKSPACE': 8,
    'BS': 8, 'CHARACTER TABULATION': 9, 'HORIZONTAL TABULATION': 9, 'TAB': 9, 'HT': 9,
    'LINE FEED': 10, 'NEW LINE': 10, 'END OF LINE': 10, 'LF': 10, 'NL': 10, 'EOL': 10,
    'LINE TABULATION': 11, 'VERTICAL TABULATION': 11, 'VT': 11, 'FORM FEED': 12, 'FF': 12,
    'CARRIAGE RETURN': 13, 'CR': 13, 'SHIFT OUT': 14, 'SHIFT IN': 15, 'DATA LINK ESCAPE': 16,
    'DEVICE CONTROL ONE': 17, 'DEVICE CONTROL TWO': 18, 'DEVICE CONTROL THREE': 19,
    'DEVICE CONTROL FOUR': 20, 'NEGATIVE ACKNOWLEDGE': 21, 'SYNCHRONOUS IDLE': 22,
    'END OF TRANSMISSION BLOCK': 23, 'CANCEL': 24, 'END OF MEDIUM': 25, 'SUBSTITUTE': 26,
    'ESCAPE': 27, 'ESC': 27, 'INFORMATION SEPARATOR FOUR': 28, 'FILE SEPARATOR': 28,
    'INFORMATION SEPARATOR THREE': 29, 'GROUP SEPARATOR': 29, 'INFORMATION SEPARATOR TWO': 30,
    'RECORD SEPARATOR': 30, 'INFORMATION SEPARATOR ONE': 31, 'UNIT SEPARATOR': 31, 'SP': 32,
    'DELETE': 0x7F, 'DEL': 0x7F, 'NEXT LINE': 0x85, 'NEL': 0x85, 'NBSP': 0xA0, 'SHY': 0xAD,
    'ZWSP': 0x200B, 'ZWNJ': 0x200C, 'ZWJ': 0x200D, 'LRM': 0x200E, 'RLM': 0x200F,
    'BYTE ORDER MARK': 0xFEFF, 'BOM': 0xFEFF, 'ZWNBSP': 0xFEFF, 'WJ': 0x2060, 'VS16': 0xFE0F,
}


def gen_names():
    entries = []
    for lo, hi in NAME_RANGES:
        for cp in range(lo, hi + 1):
            n = ud.name(chr(cp), None)
            if n and not n.startswith('CJK '):
                entries.append((cp, n))
    for alias, cp in ALIASES.items():
        assert ud.lookup(alias) == chr(cp), alias
    # words are shared a lot: keep the table a flat "hex name" list, one entry per line
    return entries


def cjk_ranges():
    out = []
    start = None
    for cp in range(0x110000):
        n = ud.name(chr(cp), '')
        ok = n.startswith('CJK UNIFIED IDEOGRAPH-')
        if ok and start is None:
            start = cp
        if not ok and start is not None:
            out.append((start, cp - 1))
            start = None
    return out


def main():
    assert ud.unidata_version == '15.0.0', ud.unidata_version
    nruns, flags = gen_flags()
    up_s, up_m, up_n = gen_mapping(str.upper, lambda c: c)
    lo_s, lo_m, lo_n = gen_mapping(str.lower, lambda c: c)
    ti_s, ti_m, ti_n = gen_mapping(str.title, str.upper)
    cf_s, cf_m, cf_n = gen_mapping(str.casefold, str.lower)
    names = gen_names()
    cjk = cjk_ranges()
    out = [BEGIN,
           f'// CPython {sys.version.split()[0]}, Unicode {ud.unidata_version}. Do not edit by hand.',
           f"export const UNIDATA_VERSION = '{ud.unidata_version}';",
           f'// {nruns} runs of (start delta : category index | flags), base 36',
           f"const FLAG_RUNS = '{flags}';",
           f'// case mappings: runs "delta:count:stride:mapdelta" + multi-char "cp:ch.ch.ch" ({up_n} upper, {lo_n} lower, {ti_n} title-vs-upper, {cf_n} casefold-vs-lower)',
           f"const UPPER_RUNS = '{up_s}';", f"const UPPER_MULTI = '{up_m}';",
           f"const LOWER_RUNS = '{lo_s}';", f"const LOWER_MULTI = '{lo_m}';",
           f"const TITLE_RUNS = '{ti_s}';", f"const TITLE_MULTI = '{ti_m}';",
           f"const FOLD_RUNS = '{cf_s}';", f"const FOLD_MULTI = '{cf_m}';",
           'const CJK_UNIFIED_RANGES: readonly (readonly [number, number])[] = ['
           + ', '.join(f'[0x{a:x}, 0x{b:x}]' for a, b in cjk) + '];',
           'const NAME_ALIASES: Readonly<Record<string, number>> = {'
           + ', '.join(f"'{k}': 0x{v:x}" for k, v in ALIASES.items()) + '};',
           f'// {len(names)} names: "hex name" joined by "|"',
           'const NAME_TABLE =']
    chunk = []
    lines = []
    for cp, n in names:
        chunk.append(f'{cp:x} {n}')
        if len(chunk) == 6:
            lines.append("  '" + '|'.join(chunk) + "|' +")
            chunk = []
    lines.append("  '" + '|'.join(chunk) + "';")
    out += lines
    out.append(END)
    src = open(TARGET).read()
    a = src.index(BEGIN)
    b = src.index(END) + len(END)
    open(TARGET, 'w').write(src[:a] + '\n'.join(out) + src[b:])
    print(f'flag runs {nruns}, names {len(names)}, upper {up_n}, lower {lo_n}, title {ti_n}, fold {cf_n}')


if __name__ == '__main__':
    main()
