# json.loads: values, whitespace, escapes, surrogate pairs, bytes input, hooks, parse_* functions, raw_decode
import json


text = ' { "a" : [1, -2, 3.25, 1e3, -0, 0.5E-2, 12345678901234567890] , "b" : {"c": null, "d": true, "e": false},\n "s": "x\\ty\\u00e9\\ud83d\\ude00\\/" } '
print(json.loads(text))
print(json.loads('[]'), json.loads('{}'), json.loads('""'), json.loads('0'), json.loads(' 7 '), json.loads('-1.5'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'[2]')), json.loads('[3]'.encode('utf-8-sig')) if False else None)
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1}', object_hook=dict, object_pairs_hook=tuple))
print(json.loads('[1, 2.5, 3]', parse_int=str, parse_float=lambda s: 'F' + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: 'C:' + c))
print(json.loads('"a\tb"', strict=False))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('xx{"k": 3}', 2))
print(json.decoder.scanstring('"abc\\n" rest', 1), json.decoder.scanstring('"é"', 1))
print(json.encoder.encode_basestring_ascii('a\u00e9\U0001f600"'), json.encoder.encode_basestring('a\u00e9\n'))
print(type(json.loads('1.0')).__name__, type(json.loads('1')).__name__, type(json.loads('1e2')).__name__)
class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"x": {"y": 1}}', cls=MyDecoder))
