a = """first
  second
	third"""
print(a)
print(repr(a))
b = '''it's "quoted" '' '''
print(b)
c = """\
no leading newline"""
print(c)
d = """ends with quote\""""
print(d)
print(len("""

"""))
def f():
    """Docstring line.

    More text."""
print(f.__doc__)
