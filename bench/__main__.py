import sys

if __name__ == "__main__":  # spawned caller processes import this module as __mp_main__
    from bench.run import main

    sys.exit(main())
