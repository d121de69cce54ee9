# fuzz regression: property=leak kind=mutated seed=3293309715 version=3.11
# from: modules/asyncio_never_awaited (truncate, duplicate-token)
# problem when found:
#   found by the fixed-seed batch (npm test): 5 object(s) still alive after shutdown with nothing left to free them; e.g. module (refcount 1)
#   (minimised by hand: a coroutine never awaited, then an uncaught exception; also on HEAD a6040db)
async def fetch(x):
    pass


c = fetch(1)
c.cr_nope
