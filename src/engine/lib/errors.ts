/**
 * The one way pure library code (src/engine/lib, parser helpers, tables) reports a Python-level error
 * without knowing the object model: throw a PyLibError naming the Python exception type and CPython's
 * exact message. The VM catches it at the boundary and raises the real Python exception.
 */
export type PyLibErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'IndexError'
  | 'KeyError'
  | 'LookupError'
  | 'UnicodeDecodeError'
  | 'UnicodeEncodeError'
  | 'MemoryError'
  | 'RuntimeError';

export class PyLibError extends Error {
  constructor(
    readonly pyType: PyLibErrorType,
    message: string,
  ) {
    super(message);
  }
}

export function pyError(pyType: PyLibErrorType, message: string): never {
  throw new PyLibError(pyType, message);
}
