# A hand-written JSON-like serializer and pretty-printer with escaping, sorting and cycle detection.
class SerializeError(Exception):
    pass


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def quote(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else "".join(f"\\u{u:04x}" for u in surrogates(ord(ch))))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def surrogates(cp):
    cp -= 0x10000
    return 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)


def dumps(obj, indent=2, sort_keys=False, _level=0, _seen=None):
    if _seen is None:
        _seen = set()
    pad = " " * (indent * (_level + 1))
    end_pad = " " * (indent * _level)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise SerializeError(f"cannot encode {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return quote(obj)
    if isinstance(obj, (list, tuple, dict)):
        marker = id(obj)
        if marker in _seen:
            raise SerializeError("circular reference detected")
        _seen.add(marker)
        try:
            if isinstance(obj, dict):
                if not obj:
                    return "{}"
                items = sorted(obj.items()) if sort_keys else list(obj.items())
                parts = []
                for k, v in items:
                    if not isinstance(k, str):
                        raise SerializeError(f"keys must be str, not {type(k).__name__}")
                    parts.append(f"{pad}{quote(k)}: {dumps(v, indent, sort_keys, _level + 1, _seen)}")
                return "{\n" + ",\n".join(parts) + "\n" + end_pad + "}"
            if not obj:
                return "[]"
            if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in obj) and len(obj) <= 6:
                return "[" + ", ".join(dumps(x) for x in obj) + "]"
            parts = [pad + dumps(x, indent, sort_keys, _level + 1, _seen) for x in obj]
            return "[\n" + ",\n".join(parts) + "\n" + end_pad + "]"
        finally:
            _seen.discard(marker)
    raise SerializeError(f"object of type {type(obj).__name__} is not serializable")


doc = {
    "name": "heapscope",
    "version": (0, 1, 0),
    "tags": ["memory", "python", "vis\u00e9"],
    "nested": {"empty_list": [], "empty_dict": {}, "flags": [True, False, None], "ratio": 0.1 + 0.2},
    "text": 'line1\nline2\t"quoted" \\ back',
    "emoji": "\U0001F600",
    "big": 2 ** 70,
    "matrix": [[1, 2, 3], [4, 5, 6]],
}
print(dumps(doc))
print(dumps(doc["nested"], indent=4, sort_keys=True))
print(dumps([1, 2.5, -3]), dumps("tab\there"), dumps([]), dumps({}), dumps(None))
cyclic = {"a": []}
cyclic["a"].append(cyclic)
shared = [1]
for bad in (cyclic, {"k": {1, 2}}, {1: "int key"}, float("nan"), [float("inf")], {"ok": [shared, shared]}):
    try:
        print(dumps(bad, indent=1))
    except SerializeError as e:
        print("SerializeError:", e)
