"""Where output goes: a file written whole or not at all, and never one of the inputs.

An output file is written under a hidden temporary name beside it and renamed over the target
only when the whole output is written, so an interrupted or failed run leaves no partial file
and an existing file untouched. A target that is not a regular file (/dev/null, a FIFO, a
terminal) is written directly: renaming over it would replace the device.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator


class OutputIsInput(Exception):
    """-o names one of the inputs: writing it would destroy the input before it is read."""


class OutputFile:
    """The file a command writes (None or "-" for standard output)."""

    def __init__(self, output: str | None) -> None:
        self.output = output if output and output != "-" else None
        self._id: tuple[int, int] | None = None
        if self.output is not None:
            try:
                st = os.stat(self.output)
            except OSError:
                st = None
            if st is not None and stat.S_ISREG(st.st_mode):
                self._id = (st.st_dev, st.st_ino)

    def check_inputs(self, paths) -> None:
        """Refuse an output that is also a file given as an input (directly or by a link)."""
        if self._id is None:
            return
        for given in paths:
            if given != "-" and self.is_output(os.fspath(given)):
                raise OutputIsInput(f"the output {self.output} is also an input: choose another -o file")

    def is_output(self, path: str) -> bool:
        """Whether path is the existing output file (a folder walk leaves it out)."""
        if self._id is None:
            return False
        try:
            st = os.stat(path)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) == self._id

    @contextlib.contextmanager
    def writing(self) -> Iterator[str | None]:
        """The path to write instead of the output (None for stdout): renamed over the
        output when the block ends without an error, removed otherwise."""
        if self.output is None:
            yield None
            return
        target = os.path.realpath(self.output)  # through a link, replace the file it names
        try:
            st = os.stat(target)
        except FileNotFoundError:
            st = None
        if st is not None and not stat.S_ISREG(st.st_mode):
            yield self.output
            return
        tmp = _create_beside(target)
        try:
            yield tmp
            if st is not None:
                os.chmod(tmp, stat.S_IMODE(st.st_mode))
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _create_beside(target: str) -> str:
    """A new hidden file in the target's folder (hidden: a folder walk skips it); created
    with mode 0666 less the umask, as open() would create the target itself."""
    folder, name = os.path.split(target)
    for _ in range(100):
        tmp = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise FileExistsError(f"{target}: no free temporary name beside it")
