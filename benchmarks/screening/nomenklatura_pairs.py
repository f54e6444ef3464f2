"""Runs inside benchmarks/.peers (a separate virtualenv with nomenklatura): scores pairs with
OpenSanctions' logic-v1 and logic-v2 matchers. Reads a JSON list of pairs on stdin, writes
{"logic-v1": [scores], "logic-v2": [scores], "seconds": {...}} on stdout."""

from __future__ import annotations

import json
import sys
import time

from followthemoney import model
from nomenklatura.matching import get_algorithm


def entity(side: dict[str, str], key: str):  # type: ignore[no-untyped-def]
    data = {"id": key, "schema": "Person", "properties": {"name": [side["name"]]}}
    if side.get("dob"):
        data["properties"]["birthDate"] = [side["dob"]]
    if side.get("nationality"):
        data["properties"]["nationality"] = [side["nationality"].lower()]
    return model.get_proxy(data)


def main() -> None:
    pairs = json.load(sys.stdin)
    result: dict[str, object] = {"seconds": {}}
    for name in ("logic-v1", "logic-v2"):
        algorithm = get_algorithm(name)
        assert algorithm is not None, name
        config = algorithm.default_config()
        entities = [(entity(a, "a"), entity(b, "b")) for a, b in pairs]
        algorithm.compare(*entities[0], config)  # first call loads data; not timed
        started = time.perf_counter()
        scores = [algorithm.compare(a, b, config).score for a, b in entities]
        result["seconds"][name] = time.perf_counter() - started  # type: ignore[index]
        result[name] = scores
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
