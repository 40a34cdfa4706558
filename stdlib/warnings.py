"""Python part of the warnings subsystem: warn(), the filters and showwarning()."""

import sys
from _thread import allocate_lock as _allocate_lock

_registry_lock = _allocate_lock()

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            line = _getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


# Keep references to check if the functions were replaced.
_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno,
               msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category,
                      msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


_line_cache = {}


def _getline(filename, lineno):
    """Line lineno of the source file filename ('' when unreadable), like linecache."""
    lines = _line_cache.get(filename)
    if lines is None:
        if not filename or filename[0] == '<' and filename[-1] == '>':
            return ''
        try:
            with open(filename, encoding='utf-8') as f:
                lines = f.readlines()
        except (OSError, UnicodeDecodeError, ValueError):
            return ''
        _line_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    message = _Pattern(message, True) if message else None
    module = _Pattern(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _Pattern:
    """A compiled filter pattern: the regular-expression subset filters use
    (literals, '.', classes [...], escapes, the quantifiers * + ?, and
    '$' / '\\Z'), matched at the start of the text like re.match."""

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self.flags = 2 if ignore_case else 0
        self._atoms = _parse_pattern(pattern.lower() if ignore_case else pattern)
        self._ignore_case = ignore_case

    def match(self, text):
        if self._ignore_case:
            text = text.lower()
        return _match_atoms(self._atoms, 0, text, 0)

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern
                and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        if self.flags:
            return f're.compile({self.pattern!r}, re.IGNORECASE)'
        return f're.compile({self.pattern!r})'


_CLASS_ESCAPES = {
    'd': lambda c: c.isdigit(),
    'w': lambda c: c.isalnum() or c == '_',
    's': lambda c: c.isspace(),
    'D': lambda c: not c.isdigit(),
    'W': lambda c: not (c.isalnum() or c == '_'),
    'S': lambda c: not c.isspace(),
}


def _parse_class(pattern, i):
    """A [...] class starting after '['; returns (test, next index)."""
    negate = i < len(pattern) and pattern[i] == '^'
    if negate:
        i += 1
    tests = []
    first = True
    while i < len(pattern) and (pattern[i] != ']' or first):
        first = False
        c = pattern[i]
        if c == '\\' and i + 1 < len(pattern):
            e = pattern[i + 1]
            i += 2
            if e in _CLASS_ESCAPES:
                tests.append(_CLASS_ESCAPES[e])
                continue
            c = e
        else:
            i += 1
        if i + 1 < len(pattern) and pattern[i] == '-' and pattern[i + 1] != ']':
            hi = pattern[i + 1]
            i += 2
            tests.append(lambda ch, lo=c, hi=hi: lo <= ch <= hi)
        else:
            tests.append(lambda ch, c=c: ch == c)
    i += 1
    return (lambda ch: any(t(ch) for t in tests) != negate), i


def _parse_pattern(pattern):
    """The atoms of a pattern: (test or 'END', min, max) triples."""
    atoms = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        i += 1
        if c == '^' and not atoms:
            continue
        if c == '$' and i == len(pattern):
            atoms.append(('END', 1, 1))
            continue
        if c == '.':
            test = lambda ch: ch != '\n'
        elif c == '[':
            test, i = _parse_class(pattern, i)
        elif c == '\\' and i < len(pattern):
            e = pattern[i]
            i += 1
            if e == 'Z':
                atoms.append(('END', 1, 1))
                continue
            test = _CLASS_ESCAPES.get(e) or (lambda ch, e=e: ch == e)
        else:
            test = lambda ch, c=c: ch == c
        low, high = 1, 1
        if i < len(pattern) and pattern[i] in '*+?':
            low, high = {'*': (0, None), '+': (1, None), '?': (0, 1)}[pattern[i]]
            i += 1
        atoms.append((test, low, high))
    return atoms


def _match_atoms(atoms, k, text, pos):
    """True when atoms[k:] match text at pos (backtracking on repeats)."""
    if k == len(atoms):
        return True
    test, low, high = atoms[k]
    if test == 'END':
        return (pos == len(text) or pos == len(text) - 1 and text[pos] == '\n') \
            and _match_atoms(atoms, k + 1, text, pos)
    count = 0
    while (high is None or count < high) and pos + count < len(text) \
            and test(text[pos + count]):
        count += 1
    while count >= low:
        if _match_atoms(atoms, k + 1, text, pos + count):
            return True
        count -= 1
    return False


def _matches(pattern, text):
    """A filter's message or module pattern against text (None matches all)."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals, source)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Low-level interface to warnings: the location is given explicitly."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    # The registries are checked and updated under a lock, so that threads
    # warning at the same place at once show the warning once, as CPython's
    # C implementation (atomic under its GIL) does.
    with _registry_lock:
        action = _register(message, category, text, key, lineno, module, registry)
    if action is None:
        return
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


def _register(message, category, text, key, lineno, module, registry):
    """The action for a warning, after recording it in the registries;
    None when it is not to be shown."""
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if registry.get(key):
        return None
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return None
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return None
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return None
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError(
            "Unrecognized action (%r) in warnings.filters:\n %s" %
            (action, item))
    return action


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and, upon exit, restores the warnings
    filter and the showwarning() function; record=True collects the warnings
    in a list instead of showing them."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # Reset showwarning() to the default implementation to make sure
            # that _showwarnmsg() calls _showwarnmsg_impl()
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# CPython's default filters (a release build started without -W options).
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
