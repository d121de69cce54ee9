// The environment real CPython runs in when it is the oracle (conformance expectations, start-up
// measurements): no user site, fixed hash seed, UTF-8 I/O, no colours; shared so every script measures
// the interpreter in the same state.
import { homedir } from 'node:os';

export function cleanEnv() {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? homedir(),
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    TERM: 'dumb',
    NO_COLOR: '1',
    PYTHON_COLORS: '0',
    PYTHONHASHSEED: '0',
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONIOENCODING: 'utf-8',
    PYTHONNOUSERSITE: '1',
  };
}
