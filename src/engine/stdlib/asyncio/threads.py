"""asyncio.to_thread: the sandbox has no threads, so it raises heapscope's error."""

__all__ = 'to_thread',


async def to_thread(func, /, *args, **kwargs):
    """Run func in a separate thread (not in heapscope's sandbox)."""
    raise RuntimeError('heapscope: asyncio has no threads in the sandbox (to_thread)')
