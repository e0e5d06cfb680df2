"""``python -m archiver`` is the ``archiver`` command."""

from .cli import main

main()
