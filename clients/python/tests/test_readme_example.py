"""The Python example of the repository's README.md runs as it is written: a broken example fails this test.

The example reads the service and the credentials from the environment (CORPORA_URL, CORPORA_CLIENT_ID,
CORPORA_CLIENT_SECRET) and the dataset's name from DATASET_NAME; the test sets them and runs the code between the
README's <!-- example:python --> markers unchanged.
"""
import re
import uuid
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[3] / "README.md"


def readme_example() -> str:
    text = README.read_text(encoding="utf-8")
    block = re.search(r"<!-- example:python -->\n(.*?)<!-- /example:python -->", text, re.DOTALL)
    if block is None:
        pytest.fail(f"{README} has no <!-- example:python --> ... <!-- /example:python --> block")
    fences = re.findall(r"^```python\n(.*?)^```$", block.group(1), re.DOTALL | re.MULTILINE)
    if len(fences) != 1:
        pytest.fail(f"the Python block of {README} must hold one ```python fence, it holds {len(fences)}")
    return fences[0]


def test_readme_example_logs_in_creates_a_dataset_and_lists_it(settings, run_id, monkeypatch, capsys) -> None:
    name = f"readme_py_{run_id}_Holiday_Photos"
    monkeypatch.setenv("CORPORA_URL", settings.url)
    monkeypatch.setenv("CORPORA_CLIENT_ID", settings.client_id)
    monkeypatch.setenv("CORPORA_CLIENT_SECRET", settings.client_secret)
    monkeypatch.setenv("DATASET_NAME", name)

    exec(compile(readme_example(), f"{README} (example:python)", "exec"), {"__name__": "readme_example"})

    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 1, f"the example should list the one dataset it created, it printed {printed}"
    dataset_id, listed_name, status = printed[0].split(" ")
    uuid.UUID(dataset_id)
    assert listed_name == name
    assert status == "active"
