v = 7
print(r'\n', R'\t', repr(r'\n'), repr(R"a\\b"))
print(b'abc', B'abc', type(b'x').__name__)
print(rb'\n', Rb'\x00', bR'\t', BR'\\', br'a', Br'b')
print(f'{v}', F'{v}!', fr'{v}\n', Fr'{v}\t', fR'{v}', FR'\{v}')
print(rf'{v}\n', Rf'{v}', rF'{v}', RF'{v}')
print(u'unicode', U'prefix', type(u'').__name__)
print(r'''triple
raw\n''')
print(b"""bytes
triple""")
print(f"""{v}
{v + 1}""")
print(r"\"", r'\'', len(r'\''))
print(rb'\'' == b"\\'")
