# conformance: compare-stderr=full
def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError(f"bad config value {text!r}") from exc
def load():
    try:
        return {}["missing"]
    except KeyError:
        return parse("abc")
print(load())
