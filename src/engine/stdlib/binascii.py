"""Conversion between binary data and ASCII (heapscope stdlib).

heapscope's Python implementation of the parts of CPython's C module binascii that
base64 and snippets use: base64 lines (b2a_base64 / a2b_base64 with CPython's strict
mode and messages), hex (hexlify / unhexlify) and crc32. The results are CPython's
bytes; the working memory of the conversion is not the C module's.
"""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'hexlify', 'unhexlify',
           'b2a_hex', 'a2b_hex', 'crc32']


import sys

_V313 = sys.version_info >= (3, 13)


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_REV = [255] * 256
for _i, _c in enumerate(_B64):
    _B64_REV[_c] = _i
del _i, _c


def _buffer(data, what='a bytes-like object'):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError(f"{what} is required, not 'str'")
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError(f"{what} is required, not '{type(data).__name__}'") from None


def _ascii_buffer(data):
    """The argument of the a2b_* functions: ASCII str or a bytes-like object."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    try:
        return _buffer(data)
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def b2a_base64(data, /, *, newline=True):
    """Base64-code line of data."""
    data = _buffer(data)
    tab = _B64
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((tab[v >> 18], tab[(v >> 12) & 63], tab[(v >> 6) & 63], tab[v & 63]))
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((tab[v >> 18], tab[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((tab[v >> 18], tab[(v >> 12) & 63], tab[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data (binascii.c's rules for padding and, in strict mode, for
    anything that is not base64)."""
    data = _ascii_buffer(data)
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(data)
    if strict_mode and n > 0 and data[0] == 0x3D:
        raise Error('Leading padding not allowed')
    for i in range(n):
        ch = data[i]
        if ch == 0x3D:
            padding_started = True
            if strict_mode and quad_pos == 0 and _V313:
                raise Error('Excess padding not allowed')
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_REV[ch]
        if v >= 64:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            left = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | v) & 0xFF)
            left = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be '
                    '1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _buffer(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr, /):
    """Binary data of hexadecimal representation."""
    data = _ascii_buffer(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(data.decode('ascii').replace(' ', '!'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    data = _buffer(data)
    crc = ~crc & 0xFFFFFFFF
    tab = _CRC_TABLE
    for b in data:
        crc = tab[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
