'use strict';
// V8 flags for the engine: bin/compile-cache.js sets them in the CLI's engine thread before it compiles the
// engine (V8 flags belong to the process), and bench/run.mjs passes them to its harness, so the benchmark
// measures what `heapscope run` does. (The extension's worker runs in VS Code's extension host: not set there.)
//
// --max-inlined-bytecode-size-cumulative=150 (V8's default is 920): how much bytecode TurboFan inlines into one
// optimized function. V8 recompiles the eval loop (src/engine/vm/eval.ts evalFrame) several times per program
// (after each deoptimization: a path first reached late, a new kind of object at a property access) on its
// compiler thread, and inlining its many small callees made every one of those compiles much larger. Measured
// (interleaved A/B, medians of 5 runs): 5-11% less CPU time on 7 of bench/programs' 9 programs, float_math and
// gc_cycles 1-2% less, alloc_containers 2% more (within the noise of the 2-core machine).
module.exports = ['--max-inlined-bytecode-size-cumulative=150'];
