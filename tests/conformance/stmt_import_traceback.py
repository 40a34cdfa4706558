from pkgs import raiser
def main():
    raiser.explode(2)
main()
