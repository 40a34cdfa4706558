s = 'single' "double" '''triple
quoted''' """another"""
r = r'raw\n' R"\d"
rb = rb'\x00' BR'\n'
b = b'bytes\x41\101\n'
e = '\t\x41\u00e9\U0001F600\N{BULLET}\q\
continued'
f = f'{name!r:>{width}} and {{braces}} {x=} {3.14:.2f}'
g = f"nested {f'{inner}'}" 'plain' F'''
{multi
 + line}'''
h = "héllo wörld ☃"
