"""asyncio's subprocess functions: the sandbox has no processes, so they raise heapscope's error."""

__all__ = 'create_subprocess_exec', 'create_subprocess_shell'

PIPE = -1
STDOUT = -2
DEVNULL = -3


async def create_subprocess_exec(program, *args, **kwds):
    raise RuntimeError('heapscope: asyncio has no processes in the sandbox (create_subprocess_exec)')


async def create_subprocess_shell(cmd, **kwds):
    raise RuntimeError('heapscope: asyncio has no processes in the sandbox (create_subprocess_shell)')
