"""The frozen program's entry point: the gwterm command line (GUI with `gwterm gui`)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
