def main():
    value = lenn([1, 2])
main()
