"""Writing reports: atomically (temporary file, then rename), never over an input document.
A device or pipe as destination (/dev/stdout, a FIFO) is written into directly instead of replaced."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from opcheck.errors import UsageError


def write_atomic(destination: Path, content: str | bytes, inputs: list[Path] = ()) -> None:
    destination = Path(destination)
    target = destination.resolve()
    for source in inputs:
        try:
            same = Path(source).resolve() == target or (target.exists() and os.path.samefile(source, target))
        except OSError:
            same = False
        if same:
            raise UsageError(f"--output {destination} is een van de invoerbestanden; kies een andere bestandsnaam.",
                             f"--output {destination} is one of the input documents; choose another file name.")
    if target.is_dir():
        raise UsageError(f"--output {destination} is een map; geef een bestandsnaam op.",
                         f"--output {destination} is a folder; give a file name.")
    directory = target.parent
    if not directory.is_dir():
        raise UsageError(f"De map {directory} voor --output bestaat niet.", f"The folder {directory} for --output does not exist.")
    data = content.encode("utf-8") if isinstance(content, str) else content
    if destination.exists() and not destination.is_file() and not destination.is_dir():
        _write_to_special(destination, destination, data)
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise UsageError(f"Kan niet schrijven in {directory}: {exc.strerror}.", f"Cannot write to {directory}: {exc.strerror}.") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        # mkstemp creates the file private (0600); give the report the mode a normally created file
        # gets (or the mode of the file it replaces)
        try:
            os.chmod(tmp, _mode_for(target))
        except OSError:
            pass
        os.replace(tmp, target)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise UsageError(f"Kan {destination} niet schrijven: {exc.strerror}.", f"Cannot write {destination}: {exc.strerror}.") from exc


def _write_to_special(destination: Path, target: Path, data: bytes) -> None:
    """A device or pipe (/dev/stdout, /dev/null, a FIFO) is written into, never replaced: renaming a file
    over it would swap the device node for an ordinary file. Anything else that is not a file is refused."""
    import stat
    mode = target.stat().st_mode
    if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        raise UsageError(f"--output {destination} is geen gewoon bestand; geef een bestandsnaam op.",
                         f"--output {destination} is not a regular file; give a file name.")
    try:
        with open(target, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise UsageError(f"Kan {destination} niet schrijven: {exc.strerror}.", f"Cannot write {destination}: {exc.strerror}.") from exc


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
