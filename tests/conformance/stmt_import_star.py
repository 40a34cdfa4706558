from pkgs.starmod import *
print(public_one, public_two)
try:
    print(public_three)
except NameError as e:
    print(e)
from pkgs.noall import *
print(visible, func())
try:
    print(_hidden)
except NameError as e:
    print(e)
