# Cycles created by exceptions: an exception stored in a local of the frame in its own traceback.
import gc

gc.collect()


class Marker:
    def __del__(self):
        print("  Marker freed")


def keep_exception():
    m = Marker()
    try:
        raise ValueError("x")
    except ValueError as e:
        saved = e
    return None


keep_exception()
print("after call (exception <-> frame cycle keeps Marker alive)")
print("collect ->", gc.collect())


def no_cycle():
    m = Marker()
    try:
        raise ValueError("y")
    except ValueError:
        pass


no_cycle()
print("without saving the exception there is no cycle")
print("collect ->", gc.collect())


def traceback_cycle():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e


exc = traceback_cycle()
print("returned exception keeps its frame:", exc.__traceback__.tb_frame.f_code.co_name)
del exc
print("collect ->", gc.collect())
