"""The example files in docs/adding-a-framework.md validate as the page says: no errors, no warnings."""

from __future__ import annotations

import re
from pathlib import Path

from regalign.frameworks.loader import load

DOC = Path(__file__).resolve().parent.parent / "docs" / "adding-a-framework.md"


def test_the_guides_example_files_validate_cleanly(tmp_path: Path) -> None:
    blocks = re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    examples = [
        b for b in blocks if b.lstrip().startswith("# Example only") and "kind: framework" in b
    ]
    assert len(examples) == 2
    paths = []
    for i, text in enumerate(examples):
        path = tmp_path / f"example-{i}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    result = load(paths)
    mine = [i.as_text() for i in result.issues if i.file in {str(p) for p in paths}]
    assert mine == []
