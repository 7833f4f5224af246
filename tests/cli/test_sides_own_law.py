"""A side with no instrument of its own is a usage error that says what the side holds (issue 19)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import regalign
from regalign.cli import cli

AS_OF = "2026-11-27"
SAID = "SG has no instrument of its own"


@pytest.mark.parametrize(
    "args",
    [
        ["compare", "EU", "SG"],
        ["compare", "SG", "EU"],
        ["report", "EU", "SG", "--detail", "summary"],
        ["matrix", "EU", "KR", "SG"],
        ["matrix", "--by", "topic", "EU", "SG"],
        ["explain", "EU", "SG", "ai.transparency"],
        ["timeline", "EU", "SG"],
    ],
)
def test_a_side_holding_only_a_joint_treaty_is_a_usage_error(args: list[str]) -> None:
    result = CliRunner().invoke(cli, [*args, "--as-of", AS_OF] if args[0] != "timeline" else args)
    assert result.exit_code == 2, result.output
    assert SAID in result.output and "eu-sg-dta" in result.output
    assert "joint commitment" in result.output and "Traceback" not in result.output


def test_a_side_with_nothing_that_concerns_the_pair_says_what_it_holds() -> None:
    result = CliRunner().invoke(cli, ["report", "KR", "SG", "--as-of", AS_OF])
    assert result.exit_code == 2
    assert "SG holds no instrument" in result.output and "eu-sg-dta" in result.output


def test_matrix_resolves_each_side_against_the_others() -> None:
    """EU and KR alone are fine; the message for SG names the EU as the other party, not a stranger."""
    result = CliRunner().invoke(cli, ["matrix", "EU", "SG", "--as-of", AS_OF])
    assert result.exit_code == 2 and "a trade agreement with the EU" in result.output
    assert CliRunner().invoke(cli, ["matrix", "EU", "KR", "--as-of", AS_OF]).exit_code == 0


def test_the_treaty_itself_can_still_be_compared() -> None:
    assert CliRunner().invoke(cli, ["compare", "eu-sg-dta", "EU", "--as-of", AS_OF]).exit_code == 0


def test_the_notebook_raises_the_same_error() -> None:
    with pytest.raises(regalign.SideError, match=SAID):
        regalign.compare("EU", "SG", as_of=AS_OF)
    with pytest.raises(regalign.SideError, match=SAID):
        regalign.matrix("EU", "SG", as_of=AS_OF)
