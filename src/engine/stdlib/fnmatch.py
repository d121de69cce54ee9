"""Filename matching with shell patterns (heapscope stdlib).

fnmatch(FILENAME, PATTERN) matches with the platform's case convention (POSIX:
none); fnmatchcase(FILENAME, PATTERN) is always case-sensitive; filter(NAMES,
PATTERN) keeps the names that match. A pattern is translated into a regular
expression (translate(PATTERN), the same text as CPython's), compiled once and
cached by an lru_cache, as CPython's module does.
"""
import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it.
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    # a bytes pattern is translated as latin-1 text and compiled back as bytes
    if isinstance(pat, bytes):
        regex = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    match = _compile_pattern(os.path.normcase(pat))
    if os.path is posixpath:
        # POSIX's normcase changes nothing: the names are matched as they are
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    return _compile_pattern(pat)(name) is not None


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    star = object()
    return _join_translated_parts(_translate(pat, star, '.'), star)


def _bracket(pat, start, end):
    # the regex for the set pat[start:end] (the text between '[' and its ']')
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # split at the hyphens that make ranges (never the set's first character, nor one right
        # after a range's hyphen), so that the other hyphens can be escaped
        pieces = []
        lo = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[lo:k])
            lo = k + 1
            k += 3
        last = pat[lo:end]
        if last:
            pieces.append(last)
        else:
            # a trailing hyphen is a literal one
            pieces[-1] += '-'
        # a range whose end is below its start matches nothing (and is an error in a regex): drop it
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)
    # '&&', '~~' and '||' may become set operations in a future re
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in ('^', '['):
        return '[\\' + body + ']'
    return '[' + body + ']'


def _translate(pat, star, question_mark):
    # the pattern as a list of regex pieces, with `star` for each run of '*'
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not star:
                parts.append(star)
        elif c == '?':
            parts.append(question_mark)
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                # no closing bracket: a literal '['
                parts.append('\\[')
            else:
                parts.append(_bracket(pat, i, j))
                i = j + 1
        else:
            parts.append(re.escape(c))
    return parts


def _join_translated_parts(parts, star):
    # the pieces before the first star match as they are; each star followed by fixed text
    # matches lazily inside an atomic group (no backtracking into it), a final star greedily
    out = []
    i, n = 0, len(parts)
    while i < n and parts[i] is not star:
        out.append(parts[i])
        i += 1
    while i < n:
        i += 1
        j = i
        while j < n and parts[j] is not star:
            j += 1
        fixed = ''.join(parts[i:j])
        if j == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
        i = j
    return '(?s:' + ''.join(out) + ')\\Z'
