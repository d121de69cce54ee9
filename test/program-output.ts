/**
 * The output-order program shared by the engine's and the CLI's tests (test/engine/output-order.test.ts,
 * test/cli): it prints, writes a partial line, warns, prints to stderr, prints, then raises. ORDER_CPYTHON is
 * what CPython 3.12.1 run unbuffered (`python3.12 -u prog.py > out 2>&1`: each write goes out as it is made)
 * printed into one file, FILE standing for the program's path.
 */
export const ORDER_PROGRAM = `import sys
import warnings
print("one")
print("partial", end="")
sys.stderr.write("[err]")
print(" line")
warnings.warn("careful")
print("two", file=sys.stderr)
print("three")
raise ValueError("boom")
`;

export const ORDER_CPYTHON = `one
partial[err] line
FILE:7: UserWarning: careful
  warnings.warn("careful")
two
three
Traceback (most recent call last):
  File "FILE", line 10, in <module>
    raise ValueError("boom")
ValueError: boom
`;

/** What a stream gives up to its first line (all of it, if it ends first). */
export function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    stream.on('data', (d: Buffer) => {
      text += d.toString('utf8');
      if (text.includes('\n')) resolve(text);
    });
    stream.on('end', () => resolve(text));
  });
}
