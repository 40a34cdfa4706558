"""help(): a short version of pydoc's text for modules, classes and functions."""

HOW_TO = """Welcome to gilpy's help (a short version of Python's).

  help(object)    what an object is: its signature and docstring; for a class
                  its methods, for a module its classes and functions
  help("name")    the same for a module or built-in given by name
  dir()           the names defined in the session; dir(object) its attributes

Keys: Tab completes names (after "import": module names; after "obj.":
attributes), Up/Down walk the history, Ctrl-R searches it, Ctrl-C cancels
the line or interrupts running code, Ctrl-D (or exit()) leaves.
"""

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08


def signature(func):
    """The parameter list of a Python function, as written in its def."""
    code = getattr(func, "__code__", None)
    if code is None:
        return "(...)"
    names = list(code.co_varnames)
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        text = names[i]
        if i >= first_default:
            text += "=" + repr(defaults[i - first_default])
        parts.append(text)
        if nposonly and i == nposonly - 1:
            parts.append("/")
    rest = npos + nkw
    if code.co_flags & CO_VARARGS:
        parts.append("*" + names[rest])
        rest_star = rest + 1
    else:
        rest_star = rest
        if nkw:
            parts.append("*")
    for name in names[npos:npos + nkw]:
        text = name
        if name in kwdefaults:
            text += "=" + repr(kwdefaults[name])
        parts.append(text)
    if code.co_flags & CO_VARKEYWORDS:
        parts.append("**" + names[rest_star])
    return "(" + ", ".join(parts) + ")"


def indent(text, prefix):
    """Every line of `text` after `prefix`."""
    return "\n".join((prefix + line).rstrip() for line in text.strip("\n").split("\n"))


def doc_of(obj):
    doc = getattr(obj, "__doc__", None)
    return doc if isinstance(doc, str) else ""


def is_function(obj):
    return hasattr(obj, "__code__")


def callable_text(name, obj):
    """`name(signature)` and its docstring below it."""
    sig = signature(obj) if is_function(obj) else "(...)"
    text = name + sig + "\n"
    doc = doc_of(obj)
    if doc:
        text += indent(doc, "    ") + "\n"
    return text


def class_text(cls):
    bases = ", ".join(b.__name__ for b in getattr(cls, "__bases__", ()))
    text = "class " + cls.__name__ + ("(" + bases + ")" if bases else "") + "\n"
    doc = doc_of(cls)
    if doc:
        text += indent(doc, " |  ") + "\n |  \n"
    methods = []
    for name, value in sorted(cls.__dict__.items()):
        if (name.startswith("_") and name != "__init__") or not callable(value):
            continue
        methods.append(indent(callable_text(name, value), " |  "))
    if methods:
        text += " |  Methods defined here:\n |  \n" + "\n |  \n".join(methods) + "\n"
    return text


def module_text(module):
    text = "NAME\n    " + module.__name__ + "\n"
    doc = doc_of(module)
    if doc:
        text += "\nDESCRIPTION\n" + indent(doc, "    ") + "\n"
    classes = []
    functions = []
    for name in sorted(dir(module)):
        if name.startswith("_"):
            continue
        value = getattr(module, name)
        if isinstance(value, type):
            classes.append(name)
        elif callable(value):
            functions.append(name)
    if classes:
        text += "\nCLASSES\n" + name_list(classes) + "\n"
    if functions:
        text += "\nFUNCTIONS\n" + name_list(functions) + "\n"
    return text


def name_list(names):
    """Names separated by commas, in indented lines of at most 76 characters."""
    lines = []
    line = "   "
    for name in names:
        if len(line) + len(name) + 2 > 76:
            lines.append(line.rstrip())
            line = "   "
        line += " " + name + ","
    lines.append(line[:-1])
    return "\n".join(lines)


def module_name(obj):
    module = getattr(obj, "__module__", None)
    return module if isinstance(module, str) else "builtins"


def page(obj):
    """The help text for `obj`."""
    kind = type(obj).__name__
    if kind == "module":
        return "Help on module " + obj.__name__ + ":\n\n" + module_text(obj)
    if isinstance(obj, type):
        head = "Help on class " + obj.__name__ + " in module " + module_name(obj) + ":\n\n"
        return head + class_text(obj)
    if is_function(obj) or kind in ("builtin_function_or_method", "method"):
        what = "function" if is_function(obj) else "built-in function"
        if kind == "method":
            what = "method"
        name = getattr(obj, "__name__", "?")
        head = "Help on " + what + " " + name + " in module " + module_name(obj) + ":\n\n"
        return head + callable_text(name, obj)
    return page(type(obj))


def by_name(name):
    """The object a name in help("name") stands for, or None."""
    import builtins
    if hasattr(builtins, name):
        return getattr(builtins, name)
    try:
        return __import__(name)
    except ImportError:
        return None


def help(*args):
    """help(object) prints what object is; help() prints how to use help."""
    if not args:
        print(HOW_TO)
        return
    if len(args) > 1:
        raise TypeError("help() takes at most 1 argument (" + str(len(args)) + " given)")
    obj = args[0]
    if isinstance(obj, str):
        found = by_name(obj)
        if found is None:
            print("No Python documentation found for " + repr(obj) + ".\n"
                  "Use help() to get the interactive help utility.\n"
                  "Use help(str) for help on the str class.")
            return
        obj = found
    print(page(obj))
