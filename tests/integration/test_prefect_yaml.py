"""prefect.yaml names real flows, with parameters they accept and London-time schedules."""

import importlib
import inspect

import yaml
from prefect import Flow

from tests.conftest import ROOT


def test_every_deployment_points_at_a_flow_that_accepts_its_parameters():
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    assert spec["prefect-version"].startswith("3.8")
    names = set()
    for deployment in spec["deployments"]:
        names.add(deployment["name"])
        path, func = deployment["entrypoint"].split(":")
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        flow = getattr(module, func)
        assert isinstance(flow, Flow), deployment["name"]
        accepted = set(inspect.signature(flow.fn).parameters)
        assert set(deployment.get("parameters", {})) <= accepted, deployment["name"]
        for schedule in deployment.get("schedules", []):
            assert schedule["timezone"] == "Europe/London"
        assert deployment["work_pool"]["name"] == "cspr"
    assert {"log-incident", "dispatch-notices"} <= names
