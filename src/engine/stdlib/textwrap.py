"""Text wrapping and filling (heapscope stdlib).

CPython splits text with regular expressions; heapscope has no re module, so
the word splitter here is a hand-written matcher that produces the same
chunks as TextWrapper.wordsep_re / wordsep_simple_re.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):          # regex \w
    return c.isalnum() or c == '_'


def _is_letter(c):        # regex [^\d\W]
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):    # regex [\w!"\'&.,?]
    return _is_word(c) or c in '!"\'&.,?'


def _is_ws(c):
    return c in _whitespace


def _split_simple(text):
    """Chunks for break_on_hyphens=False: runs of whitespace and non-whitespace."""
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        ws = _is_ws(text[i])
        j = i + 1
        while j < n and _is_ws(text[j]) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _dash_run(text, i):
    """Length of the run of '-' starting at i."""
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    return j - i


def _split_hyphens(text):
    """Chunks for break_on_hyphens=True (CPython's wordsep_re)."""
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if _is_ws(c):
            j = i + 1
            while j < n and _is_ws(text[j]):
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # em-dash between words: (?<=wp) -{2,} (?=\w)
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]):
            run = _dash_run(text, i)
            if run >= 2 and i + run < n and _is_word(text[i + run]):
                chunks.append(text[i:i + run])
                i += run
                continue
        # a word, possibly hyphenated: the shortest run of non-whitespace that
        # ends at a hyphen between letters, at whitespace/end, or before an em-dash
        j = i + 1
        while True:
            if j < n and text[j] == '-':
                behind_ok = (j >= 2 and _is_letter(text[j - 1]) and _is_letter(text[j - 2])) or \
                            (j >= 3 and _is_letter(text[j - 1]) and text[j - 2] == '-'
                             and _is_letter(text[j - 3]))
                ahead_ok = j + 2 < n and _is_letter(text[j + 1]) and (
                    _is_letter(text[j + 2]) or
                    (text[j + 2] == '-' and j + 3 < n and _is_letter(text[j + 3])))
                if behind_ok and ahead_ok:
                    j += 1
                    break
            if j >= n or _is_ws(text[j]):
                break
            if _is_word_punct(text[j - 1]) and text[j] == '-':
                run = _dash_run(text, j)
                if run >= 2 and j + run < n and _is_word(text[j + run]):
                    break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


class TextWrapper:
    """Object for wrapping/filling text (see the textwrap module docs)."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            chunks = _split_hyphens(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Put two spaces after sentence endings ([a-z][.!?]["']? then a space)."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self._sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    @staticmethod
    def _sentence_end(chunk):
        s = chunk
        if s and s[-1] in '"\'':
            s = s[:-1]
        return len(s) >= 2 and s[-1] in '.!?' and s[-2] in 'abcdefghijklmnopqrstuvwxyz'

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()      # pop() from the end is the next chunk
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            last_allowed = (self.max_lines is None or len(lines) + 1 < self.max_lines or
                            (not chunks or
                             self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                            and cur_len <= width)
            if last_allowed:
                lines.append(indent + ''.join(cur_line))
                continue
            # max_lines reached: end with the placeholder
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of wrapped lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.split('\n')
    margin = None
    for idx, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            if line:
                lines[idx] = ''     # whitespace-only lines are normalised
            continue
        ws = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ws
        elif ws.startswith(margin):
            pass
        elif margin.startswith(ws):
            margin = ws
        else:
            for i, (x, y) in enumerate(zip(margin, ws)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        n = len(margin)
        lines = [line[n:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
