"""pytest, before anything imports kg: the tests read kg's Python (its doctests included), not the compiled build
(kg.native), whose output ``tests/test_native.py`` checks against the Python's."""

import os

os.environ["KG_NATIVE"] = "0"
