"""Every CLI command has help text with an example and is documented in docs/cli.md."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from crawler.cli import cli

DOCS = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")


def all_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found += all_commands(command, f"{prefix}{name} ")
    return found


@pytest.mark.parametrize(
    ("name", "command"), all_commands(cli), ids=lambda v: v if isinstance(v, str) else ""
)
def test_command_has_help_and_docs(name: str, command: click.Command):
    assert command.help and "Example:" in command.help, f"{name} needs help text with an Example:"
    assert f"chechnya-monitor {name}" in DOCS, f"{name} is not documented in docs/cli.md"
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output
