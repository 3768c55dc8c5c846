"""Makes the package under test (bindings/python/relance) importable when
pytest runs from anywhere, ahead of any installed copy."""

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
_PACKAGE_ROOT = os.path.dirname(_HERE)
if _PACKAGE_ROOT not in sys.path:
    sys.path.insert(0, _PACKAGE_ROOT)
