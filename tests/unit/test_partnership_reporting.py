"""The reporting year of the annual report comes from the partnership file ([reporting])."""

import tomllib

import pytest
from pydantic import ValidationError

from domain.partnership import Partnership
from domain.reports.annual import year_start_month
from workflows.config import DEFAULT_CONFIG


def with_reporting(**reporting: object) -> Partnership:
    data = tomllib.loads(DEFAULT_CONFIG.read_text())
    data["reporting"] = reporting
    return Partnership.model_validate(data)


def test_april_by_default_and_configurable():
    assert year_start_month(with_reporting()) == 4
    assert year_start_month(with_reporting(year_start_month=1)) == 1


@pytest.mark.parametrize("bad", [{"year_start_month": 13}, {"year_start_month": 0}, {"start": 4}])
def test_a_bad_reporting_year_is_refused(bad):
    with pytest.raises(ValidationError):
        with_reporting(**bad)
