# try/except/else/finally execution order, return in finally, nested handlers.
def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
        if kind == "return":
            return log + ["returned from try"]
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (KeyError, IndexError) as e:
        log.append(f"except {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for k in ("none", "value", "key", "return"):
    print(k, run(k))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def finally_sees_value():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally x =", x)
print(finally_sees_value())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
nested()
def name_cleared():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return f"{type(err).__name__}: {err}"
print(name_cleared())
def reraise():
    try:
        try:
            raise IndexError("deep")
        except IndexError:
            print("handling and re-raising")
            raise
    except IndexError as e:
        print("re-raised", repr(e))
reraise()
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
