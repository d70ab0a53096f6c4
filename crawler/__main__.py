"""``python -m crawler`` is the same CLI as ``chechnya-monitor``."""

from crawler.cli import main

if __name__ == "__main__":
    main()
