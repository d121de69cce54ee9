/**
 * The simulated memory manager: address space, pymalloc, the raw allocator, PyMem routing,
 * freelists and the sys._debugmallocstats() report. Pure TypeScript (no Node, DOM or vscode).
 */
export * from './address';
export * from './obmalloc';
export * from './raw';
export * from './pymem';
export * from './freelist';
export * from './debugmallocstats';
