# string, textwrap, contextlib, types checks
import sys


@check('string')
def string_all(M, r):
    s = M.string
    for name in ('whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
                 'hexdigits', 'octdigits', 'punctuation', 'printable'):
        r.v(getattr(s, name))
    r.v(sorted(s.__all__))
    for text in ('hello world', '  many   spaces here ', "it's a DOG", '', 'a-b c_d'):
        r(s.capwords, text)
        r(s.capwords, text, '-')
    T = s.Template
    t = T('$who likes ${what}, $$5 and $ok_2x!')
    r(t.substitute, who='tim', what='kung pao', ok_2x='y')
    r(t.substitute, {'who': 'a', 'what': 'b'}, ok_2x=3)
    r(t.substitute, who='tim')
    r(t.safe_substitute, who='tim')
    r(t.safe_substitute)
    r(t.get_identifiers)
    r(t.is_valid)
    for bad in ('$', 'abc $', 'x\ny $1', '${x', '${1}', 'line1\nline2\n  $!', '$$$', '${}', '$ x', '$x$'):
        r(T(bad).substitute, x='X')
        r(T(bad).safe_substitute, x='X')
        r(T(bad).is_valid)
        r(T(bad).get_identifiers)
    r(T('$a$b${c}').substitute, a=1, b=[2], c=None)
    r(T('${a}b').substitute, a='A', ab='no')
    r(T('$ab').substitute, a='A', ab='yes')
    r(T('$Ünicode').safe_substitute)
    r(T('$aé').substitute, a='A')

    class Pct(T):
        delimiter = '%'
    r(Pct('%who %% %{x}').substitute, who='me', x=1)
    r(lambda: T.delimiter)
    F = s.Formatter()
    r(F.format, '{} and {}', 1, 2)
    r(F.format, '{0} {1} {0}', 'a', 'b')
    r(F.format, '{name!r:>10}|{x.real}|{y[0]}|{y[1]:^5}', name='n', x=3, y=[4, 'z'])
    r(F.format, '{:{w}.{p}f}', 3.14159, w=10, p=2)
    r(F.format, '{{literal}} {}', 'x')
    r(F.format, '{0} {}', 1, 2)
    r(F.format, '{} {0}', 1, 2)
    r(F.format, '{', 1)
    r(F.format, '}', 1)
    r(F.format, '{!x}', 1)
    r(F.format, '{missing}')
    r(lambda: list(F.parse('a{b!r:c}d{{}}e{}')))
    r(F.format, '{0[key]} {0[1]}', {'key': 'v', 1: 'one'})


@check('textwrap')
def textwrap_all(M, r):
    tw = M.textwrap
    texts = [
        "The quick brown fox jumps over the lazy dog. " * 3,
        "Hello there, how are you this fine day?  I'm glad to hear it!",
        "A well-known self-described anti-establishment mother-in-law re-entered the room.",
        "Supercalifragilisticexpialidocious is a very long word indeed, isn't it?",
        "em--dash and -- spaced dashes and ---triple and a--b and x-- y",
        "tabs\there\tand\nnewlines\nand   spaces",
        "numbers 123-456 and 1-2-3 and a-1 and 1-a and --leading -dash trailing-",
        "   leading and trailing   ",
        "",
        "one",
        "Hello, world! This is: a test; with punctuation... and \"quotes\" 'single'.",
        "don't-stop e.g.-this \"quoted\"--dash ab-cd-ef-gh-ij",
        "ünïcode wörds-with-hyphens ánd ñ",
    ]
    for text in texts:
        for width in (1, 5, 10, 12, 20, 35, 70):
            r(tw.wrap, text, width)
        r(tw.wrap, text, 15, break_on_hyphens=False)
        r(tw.wrap, text, 15, break_long_words=False)
        r(tw.wrap, text, 15, drop_whitespace=False)
        r(tw.wrap, text, 15, replace_whitespace=False, expand_tabs=False)
        r(tw.fill, text, 30, initial_indent='* ', subsequent_indent='  ')
        r(tw.wrap, text, 20, max_lines=2)
        r(tw.wrap, text, 20, max_lines=1, placeholder='...')
        r(tw.shorten, text, 25)
        r(tw.shorten, text, 40, placeholder=' (more)')
        r(tw.wrap, text, 30, fix_sentence_endings=True)
        r(lambda: tw.TextWrapper(width=12)._split(text))
        r(lambda: tw.TextWrapper(width=12, break_on_hyphens=False)._split(text))
    r(tw.wrap, 'abc', 0)
    r(tw.wrap, 'abc def', 3, max_lines=1, placeholder='[...]')
    r(tw.shorten, 'Hello  world!', 5)
    for text in ('    a\n    b\n      c\n', '  x\n\ty\n', '\n   \n  a\n  b\n', 'no indent\n  x',
                 '  \t a\n  \t b', '   \n', '  a\r\n  b\r\n', ' a\n  \n b', '\ta\n\t\tb\n'):
        r(tw.dedent, text)
    r(tw.indent, 'a\n\nb\n  \nc', '> ')
    r(tw.indent, 'a\n\nb', '+', lambda line: True)
    r(tw.indent, 'x\r\ny', '- ')
    r(lambda: sorted(tw.__all__))


@check('contextlib')
def contextlib_all(M, r):
    cl = M.contextlib
    log = []

    @cl.contextmanager
    def cm(tag):
        log.append(('enter', tag))
        try:
            yield tag.upper()
        except ValueError as e:
            log.append(('caught', str(e)))
        finally:
            log.append(('exit', tag))

    with cm('a') as v:
        log.append(v)
    with cm('b'):
        raise ValueError('boom')

    def raises_key():
        with cm('c'):
            raise KeyError('k')
    r(raises_key)
    r.v(log)

    @cl.contextmanager
    def noyield():
        if False:
            yield

    def use_noyield():
        with noyield():
            pass
    r(use_noyield)

    @cl.contextmanager
    def twice():
        yield 1
        yield 2

    def use_twice():
        with twice():
            pass
    r(use_twice)

    def use_twice_exc():
        with twice():
            raise ValueError('x')
    r(use_twice_exc)

    @cl.contextmanager
    def swallow_all():
        try:
            yield
        except Exception:
            pass
    with swallow_all():
        raise TypeError
    r.v('after swallow')

    @cl.contextmanager
    def reraise_other():
        try:
            yield
        except ValueError as e:
            raise RuntimeError('wrapped') from e

    def use_reraise():
        with reraise_other():
            raise ValueError('inner')
    r(use_reraise)

    @cl.contextmanager
    def passthrough():
        yield

    def stopiter():
        with passthrough():
            raise StopIteration('s')
    r(stopiter)

    def gen_exit():
        with passthrough():
            raise GeneratorExit
    try:
        gen_exit()
    except GeneratorExit:
        r.v('GeneratorExit propagated')

    @cm('deco')
    def decorated(x):
        return x * 2
    r(decorated, 4)
    r(decorated, 5)
    r.v(log[-4:])
    r.v(cm.__name__)
    r.v(type(cm('z')).__name__)
    r.v(cm('z').__doc__)

    with cl.suppress(KeyError, IndexError):
        {}['x']
    r.v('suppressed')

    def not_suppressed():
        with cl.suppress(KeyError):
            raise ValueError('v')
    r(not_suppressed)
    with cl.suppress():
        pass

    class Thing:
        def close(self):
            log.append('closed')
    with cl.closing(Thing()) as th:
        r.v(type(th).__name__)
    r.v(log[-1])
    with cl.nullcontext(5) as n:
        r.v(n)
    with cl.nullcontext() as n:
        r.v(n)

    order = []
    with cl.ExitStack() as stack:
        for i in range(3):
            stack.callback(order.append, i)
        stack.enter_context(cm('stacked'))
        stack.push(lambda *exc: order.append(('push', exc[0])))
    r.v(order)
    r.v(log[-2:])

    def stack_exc():
        with cl.ExitStack() as stack:
            stack.callback(order.append, 'cb')
            stack.push(lambda t, v, tb: True)
            raise ValueError('suppressed by push')
        return 'returned'
    r(stack_exc)

    def stack_raise_in_cb():
        def bad():
            raise KeyError('from cb')
        with cl.ExitStack() as stack:
            stack.callback(bad)
            raise ValueError('body')
    r(stack_raise_in_cb)
    try:
        stack_raise_in_cb()
    except KeyError as e:
        r.v(repr(e.__context__))
    r(lambda: cl.ExitStack().enter_context(5))
    s2 = cl.ExitStack()
    s2.callback(order.append, 'popped')
    s3 = s2.pop_all()
    s2.close()
    r.v(order[-1])
    s3.close()
    r.v(order[-1])
    r.v(isinstance(cl.nullcontext(), cl.AbstractContextManager))
    r.v(issubclass(Thing, cl.AbstractContextManager))

    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): pass
    r.v(issubclass(CM, cl.AbstractContextManager))
    import io
    buf = io.StringIO()
    with cl.redirect_stdout(buf):
        print('captured')
    r.v(buf.getvalue())


@check('types')
def types_all(M, r):
    ty = M.types
    for name in ('FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
                 'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
                 'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
                 'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType',
                 'ModuleType', 'TracebackType', 'FrameType', 'GetSetDescriptorType',
                 'MemberDescriptorType', 'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType',
                 'NotImplementedType'):
        obj = getattr(ty, name)
        if name != 'SimpleNamespace':
            r.v((name, obj))
    ns = ty.SimpleNamespace(a=1, b='x')
    r.v(ns)
    ns.c = [1]
    del ns.a
    r.v((ns, ns.b, vars(ns)))
    r.v(ty.SimpleNamespace())
    r.v(ns == ty.SimpleNamespace(b='x', c=[1]))
    r.v(ns == 1)
    r.v(type(ns).__hash__)  # C type's messages say 'types.SimpleNamespace'
    rec = ty.SimpleNamespace()
    rec.me = rec
    r.v(rec)

    class Sub(ty.SimpleNamespace):
        pass
    r.v(Sub(q=1))
    r.v(Sub(q=1) == ty.SimpleNamespace(q=1))
    if sys.version_info < (3, 13):
        r(ty.SimpleNamespace, {'a': 1})
    else:
        r(ty.SimpleNamespace, {'a': 1})
        r(ty.SimpleNamespace, {'a': 1}, b=2)
    r.v(hasattr(ns, 'missing'))
    mp = ty.MappingProxyType({'k': 1})
    r.v((mp, mp['k'], type(mp).__name__))
    C = ty.new_class('C', (object,), {}, lambda ns: ns.update(x=1))
    r.v((C.__name__, C.x))
    r.v(ty.resolve_bases((int, M.typing.List[int])))
    r(ty.prepare_class, 'D', (int,))
    r.v(isinstance(lambda: 0, ty.FunctionType))
    r.v(isinstance((x for x in []), ty.GeneratorType))
