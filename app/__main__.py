"""`python -m app` runs the gwterm command line."""

import sys

from app.cli import main

sys.exit(main())
