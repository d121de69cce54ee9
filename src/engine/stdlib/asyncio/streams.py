"""asyncio's stream functions: the sandbox has no network, so they raise heapscope's error."""

__all__ = ('open_connection', 'start_server', 'open_unix_connection', 'start_unix_server')


def _sandboxed(what):
    raise RuntimeError(f'heapscope: asyncio has no network in the sandbox ({what})')


async def open_connection(host=None, port=None, **kwds):
    _sandboxed('open_connection')


async def start_server(client_connected_cb, host=None, port=None, **kwds):
    _sandboxed('start_server')


async def open_unix_connection(path=None, **kwds):
    _sandboxed('open_unix_connection')


async def start_unix_server(client_connected_cb, path=None, **kwds):
    _sandboxed('start_unix_server')
