#!/usr/bin/env bash
# Counts the warnings gen prints over documents, by kind: the parts of an API that gen generates less of than
# the document describes. Usage: Benchmarks/count-warnings.sh [FOLDER…] (default: the corpus's official, broad
# and big folders beside this checkout). Builds release gen; writes every warning to $OUT (default
# /tmp/gen-warnings.txt) and prints a table of kinds, then every other warning message, most frequent first.
# FROM=FILE counts the warnings of an earlier run instead of running gen.
set -euo pipefail
cd "$(dirname "$0")/.."
folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=(../shared/corpus/official ../shared/corpus/broad ../shared/corpus/big)
out=${FROM:-${OUT:-/tmp/gen-warnings.txt}}
if [ -z "${FROM:-}" ]; then
    swift build -c release --product gen >/dev/null 2>&1
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    : >"$out"
    for folder in "${folders[@]}"; do
        for file in "$folder"/*; do
            case "$file" in *.yaml | *.yml | *.json) ;; *) continue ;; esac
            .build/release/gen "$file" --output "$scratch/out" --max-diagnostics 0 2>&1 >/dev/null | grep ": warning: " >>"$out" || true
        done
    done
fi
messages=$(sed -E 's/^.*: warning: //' "$out")
count() { grep -cE "$1" <<<"$messages" || true; }
printf '%-64s %6s\n' "kind" "count"
printf '%-64s %6s\n' "parameters sent as JSON text instead of their style" "$(count "sent as JSON text|is not generated for .* parameters")"
printf '%-64s %6s\n' "style not allowed in the parameter's location" "$(count "is not allowed for .* parameters")"
printf '%-64s %6s\n' "response headers not generated" "$(count "^response headers")"
printf '%-64s %6s\n' "a second media type not generated (besides XML ones)" \
    "$(grep -E "generated for this body" <<<"$messages" | grep -cvE "generated for this body; ([a-z]+/([a-z.+-]+\+)?xml(, )?)+ not$" || true)"
printf '%-64s %6s\n' "a second media type not generated (XML only)" \
    "$(count "generated for this body; ([a-z]+/([a-z.+-]+\+)?xml(, )?)+ not$")"
printf '%-64s %6s\n' "form / multipart bodies as bytes, not field by field" "$(count "not encoded field by field")"
printf '%-64s %6s\n' "mixed-type enums without a closed list" "$(count "enum mixes value types|enum of non-integer numbers")"
printf '%-64s %6s\n' "enum values the schema's own type excludes (document errors)" "$(count "^enum lists ")"
printf '%-64s %6s\n' "header parameters set by generated code" "$(count "is set by the generated code")"
printf '%-64s %6s\n' "callbacks not generated" "$(count "^callback ")"
printf '%-64s %6s\n' "oneOf/anyOf inside allOf not merged" "$(count "inside allOf is not merged")"
printf '%-64s %6s\n' "webhooks not generated" "$(count "^webhook ")"
printf '%-64s %6s\n' "all warnings" "$(wc -l <"$out")"
echo
echo "other warnings, by message (quoted names elided):"
grep -vE "sent as JSON text|is not generated for|is not allowed for|^response headers|generated for this body|field by field|enum mixes|enum of non-integer|^enum lists |set by the generated|^callback |inside allOf|^webhook " <<<"$messages" |
    sed -E "s/'[^']*'/'…'/g; s/\"[^\"]*\"/\"…\"/g" | sort | uniq -c | sort -rn | head -20
