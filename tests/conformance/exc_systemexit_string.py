import sys
print("stdout before")
sys.exit("fatal: configuration missing")
