from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"
ROBUSTNESS = SHARED / "corpus" / "robustness"


@pytest.fixture
def repo() -> Path:
    return REPO
