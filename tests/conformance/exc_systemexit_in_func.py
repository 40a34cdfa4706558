def main():
    try:
        raise SystemExit(2)
    except Exception:
        print("not an Exception")
main()
