#!/usr/bin/env python3
"""Fails when a module of the app imports a layer above its own.

Layers, lowest first (README, "Architecture"):
    domain, error, paths, user, register, wire   pure types and rules, no I/O
    i18n                                          texts and formats
    ssr (the store)                               all SQL, named rows
    api                                           server functions: parse, authorize, call the store
    components, pages                             UI (components never import pages)
A module may import its own layer and any lower one. `lib.rs` assembles everything.
`with_db!` (the macro that runs SQL on either backend) belongs to the store: neither
`api` and the UI nor the server crate (`server/src`) may use it. The store never reads
Leptos context (`use_context`, `use_lang`): `api` reads the request once and passes
the caller, language, register and database down.
Every `crate::<module>` reference counts, in `use` lines (grouped ones too) and inline.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "app" / "src"

BASE = {"domain", "error", "paths", "user", "register", "wire"}
ALLOWED = {
    "domain": {"domain", "error"},
    "error": {"error"},
    "paths": {"paths", "domain"},
    "user": {"user", "domain"},
    "register": {"register", "domain", "error"},
    "wire": BASE,
    "i18n": BASE | {"i18n"},
    "ssr": BASE | {"i18n", "ssr", "with_db"},
    "api": BASE | {"i18n", "ssr", "api"},
    "components": BASE | {"i18n", "api", "components"},
    "pages": BASE | {"i18n", "api", "components", "pages"},
}

REF = re.compile(r"\bcrate::(\{[^}]*\}|[a-z_]+)")


def referenced_modules(text):
    found = set()
    for match in REF.finditer(text):
        target = match.group(1)
        if target.startswith("{"):
            for part in target[1:-1].split(","):
                name = part.strip().split("::")[0].strip()
                if name and name != "self":
                    found.add(name)
        else:
            found.add(target)
    return found


def main():
    problems = []
    for path in sorted(ROOT.rglob("*.rs")):
        rel = path.relative_to(ROOT)
        layer = rel.parts[0].removesuffix(".rs")
        if layer == "lib":
            continue
        if layer not in ALLOWED:
            problems.append(f"{rel}: module '{layer}' has no layer; add it to scripts/check-layers.py")
            continue
        text = "\n".join(line for line in path.read_text().splitlines() if not line.lstrip().startswith("//"))
        for target in sorted(referenced_modules(text)):
            if target not in ALLOWED[layer] and target in ALLOWED.keys() | {"with_db"}:
                problems.append(f"{rel}: layer '{layer}' imports '{target}', a layer above it")
    # The store is given what it needs; it never reads the request or Leptos context.
    for path in sorted((ROOT / "ssr").rglob("*.rs")):
        text = "\n".join(line for line in path.read_text().splitlines() if not line.lstrip().startswith("//"))
        if re.search(r"\b(leptos|leptos_axum|use_context|use_lang)\b", text):
            problems.append(f"{path.relative_to(ROOT)}: the store reads Leptos context; pass it in from api/")
    server = ROOT.parent.parent / "server" / "src"
    for path in sorted(server.rglob("*.rs")):
        text = "\n".join(line for line in path.read_text().splitlines() if not line.lstrip().startswith("//"))
        if re.search(r"\bwith_db\b", text):
            problems.append(f"server/src/{path.relative_to(server)}: uses with_db!; SQL belongs in the store (app/src/ssr)")
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} import(s) against the layers", file=sys.stderr)
        return 1
    print("layers: every import points downward")
    return 0


if __name__ == "__main__":
    sys.exit(main())
