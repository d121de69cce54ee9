"""Argument binding with CPython's exact TypeError messages (heapscope stdlib).

heapscope has no exec(), so functions that CPython generates from source text
(namedtuple's __new__, dataclass __init__) are closures taking *args/**kwargs;
bind() maps the call onto the parameter list of the function they stand for
and raises the same errors CPython's argument parsing raises.
"""

_MISSING = object()


def _name_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _missing(qualname, names, kind):
    n = len(names)
    return TypeError('%s() missing %d required %s argument%s: %s'
                     % (qualname, n, kind, '' if n == 1 else 's', _name_list(names)))


def bind(qualname, params, kwonly, defaults, kwdefaults, args, kwargs):
    """Bind args/kwargs to positional-or-keyword ``params`` then ``kwonly``.

    ``defaults`` holds default values for the last len(defaults) params,
    ``kwdefaults`` maps keyword-only names to defaults.
    Returns the list of bound values, params first, then kwonly.
    """
    nparams = len(params)
    values = list(args[:nparams])
    values.extend([_MISSING] * (nparams - len(values)))
    kwvalues = [_MISSING] * len(kwonly)
    for key in kwargs:
        if key in params:
            i = params.index(key)
            if values[i] is not _MISSING:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, key))
            values[i] = kwargs[key]
        elif key in kwonly:
            kwvalues[kwonly.index(key)] = kwargs[key]
        else:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, key))
    given = len(args)
    if given > nparams:
        ndef = len(defaults)
        if ndef:
            sig = 'from %d to %d' % (nparams - ndef, nparams)
            plural = True
        else:
            sig = '%d' % nparams
            plural = nparams != 1
        kw_given = sum(1 for v in kwvalues if v is not _MISSING)
        if kw_given:
            kwsig = ' positional argument%s (and %d keyword-only argument%s)' % (
                '' if given == 1 else 's', kw_given, '' if kw_given == 1 else 's')
        else:
            kwsig = ''
        raise TypeError('%s() takes %s positional argument%s but %d%s %s given' % (
            qualname, sig, 's' if plural else '', given, kwsig,
            'was' if given == 1 and not kw_given else 'were'))
    first_default = nparams - len(defaults)
    missing = [params[i] for i in range(first_default) if values[i] is _MISSING]
    if missing:
        raise _missing(qualname, missing, 'positional')
    for i in range(first_default, nparams):
        if values[i] is _MISSING:
            values[i] = defaults[i - first_default]
    missing = []
    for i, name in enumerate(kwonly):
        if kwvalues[i] is _MISSING:
            if name in kwdefaults:
                kwvalues[i] = kwdefaults[name]
            else:
                missing.append(name)
    if missing:
        raise _missing(qualname, missing, 'keyword-only')
    return values + kwvalues
