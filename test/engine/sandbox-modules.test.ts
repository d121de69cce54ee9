/**
 * The parts of os, queue and pickle CPython cannot be compared with: what heapscope's sandbox does where
 * CPython would touch the machine or wait for another thread (a clear error, or the documented stand-in),
 * with a clean heap audit after every run.
 */
import { describe, expect, it } from 'vitest';
import { runAudited, type Version } from './audited';

const VERSIONS: Version[] = ['3.11', '3.12', '3.13'];

describe('os in the sandbox', () => {
  it('machine access raises PermissionError; the file-system predicates answer False', () => {
    const src = [
      'import os',
      'for f in (lambda: os.listdir("."), os.getcwd, lambda: os.system("ls"), os.uname,',
      '          lambda: os.path.getsize("x"), lambda: os.path.abspath("rel"), lambda: os.mkdir("d")):',
      '    try:',
      '        f()',
      '    except PermissionError as e:',
      '        print(e)',
      'errors = []',
      'print(list(os.walk(".", onerror=errors.append)), [type(e).__name__ for e in errors])',
      'print(os.path.exists("/"), os.path.isfile("x"), os.path.isdir("/"), os.path.islink("/"), os.access("/", os.R_OK))',
      'print(os.path.abspath("/a/../b"), os.path.realpath("/x/./y"), os.cpu_count(), os.getpid() == os.getpid())',
      'print(os.environ, os.getenv("HOME"), os.path.expanduser("~/x"), os.urandom(8) != os.urandom(8))',
    ].join('\n');
    const out = [
      'heapscope: programs cannot use os.listdir() (the sandbox has no file system)',
      'heapscope: programs cannot use os.getcwd() (the sandbox has no file system)',
      'heapscope: programs cannot use os.system() (the sandbox cannot run other programs or signal processes)',
      'heapscope: programs cannot use os.uname() (the sandbox has no access to the machine)',
      'heapscope: programs cannot use os.stat() (the sandbox has no file system)',
      'heapscope: programs cannot use os.getcwd() (the sandbox has no file system)',
      'heapscope: programs cannot use os.mkdir() (the sandbox has no file system)',
      "[] ['PermissionError']",
      'False False False False False',
      '/b /x/y None True',
      'environ({}) None ~/x True',
      '',
    ].join('\n');
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe(out);
  });

  it('urandom is the same on every run', () => {
    const src = 'import os\nprint(os.urandom(12).hex())\n';
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe(runAudited(src, v));
  });
});

describe('queue without other threads', () => {
  it('an operation that would wait forever raises RuntimeError instead of hanging', () => {
    const src = [
      'import queue',
      'q = queue.Queue(1)',
      'for f in (q.get, lambda: (q.put(1), q.put(2)), q.join, queue.SimpleQueue().get):',
      '    try:',
      '        f()',
      '    except RuntimeError as e:',
      '        print(str(e).split(" would")[0])',
    ].join('\n');
    const out = 'heapscope: Queue.get() on an empty queue\nheapscope: Queue.put() on a full queue\n'
      + 'heapscope: Queue.join() with unfinished tasks\nheapscope: SimpleQueue.get() on an empty queue\n';
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe(out);
  });
});
