#!/usr/bin/env python3
"""Writes a document N times the size of an OpenAPI document: N copies of its paths and components, copy k's
names suffixed `K<k>` (paths prefixed `/k<k>`, operationIds and component names suffixed, every `$ref` to a
component rewritten to the copy's), so a generator sees N times as many distinct operations and types. Output
is JSON, and `--times 1` writes the document itself as JSON, so scales compare one format with itself.

    Benchmarks/scale.py FILE --times N OUT.json

For the linearity target of issue "Speed" (Benchmarks/whole-run.sh --scale). The output is scratch: never
committed.
"""
import argparse
import json
import sys

import yaml

try:
    Loader = yaml.CSafeLoader
except AttributeError:
    Loader = yaml.SafeLoader


def rename(value, suffix, kinds):
    """The value with every `$ref` to a component of a renamed kind pointing at that kind's copy."""
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if key == "$ref" and isinstance(item, str) and item.startswith("#/components/"):
                parts = item.split("/")
                if len(parts) >= 4 and parts[2] in kinds:
                    parts[3] = parts[3] + suffix
                    item = "/".join(parts)
            result[key] = rename(item, suffix, kinds)
        return result
    if isinstance(value, list):
        return [rename(item, suffix, kinds) for item in value]
    return value


def copy(document, index):
    suffix = "K%d" % index
    components = document.get("components") or {}
    # Security schemes are named in requirements, not by `$ref`: they stay shared.
    kinds = {kind for kind in components if kind != "securitySchemes"}
    paths = {}
    for path, item in (document.get("paths") or {}).items():
        item = rename(item, suffix, kinds)
        for method in ("get", "put", "post", "delete", "options", "head", "patch", "trace"):
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict) and "operationId" in operation:
                operation["operationId"] = str(operation["operationId"]) + suffix
        paths["/k%d%s" % (index, path)] = item
    copied = {}
    for kind, entries in components.items():
        if kind in kinds and isinstance(entries, dict):
            copied[kind] = {name + suffix: rename(entry, suffix, kinds) for name, entry in entries.items()}
    return paths, copied


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--times", type=int, required=True)
    parser.add_argument("out")
    arguments = parser.parse_args()
    with open(arguments.file, "rb") as handle:
        document = yaml.load(handle, Loader=Loader)
    if arguments.times > 1:
        paths = {}
        components = dict(document.get("components") or {})
        scaled = {kind: {} for kind in components if kind != "securitySchemes"}
        for index in range(1, arguments.times + 1):
            copied_paths, copied_components = copy(document, index)
            paths.update(copied_paths)
            for kind, entries in copied_components.items():
                scaled.setdefault(kind, {}).update(entries)
        components.update(scaled)
        document["paths"] = paths
        document["components"] = components
    with open(arguments.out, "w") as handle:
        json.dump(document, handle, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main())
