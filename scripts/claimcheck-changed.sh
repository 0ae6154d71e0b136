#!/usr/bin/env bash
# Checks the drafts a change touches: Markdown, HTML and plain-text files.
#
#   claimcheck-changed.sh --staged [claimcheck check options]      a pre-commit hook
#   claimcheck-changed.sh --since REF [claimcheck check options]   CI on a branch or merge request
#
# Files that were deleted are left out; with no draft among the changes it
# exits 0 without running claimcheck. Otherwise the exit code is claimcheck's
# (0 clean, 1 conflicts, 2 bad input). CLAIMCHECK names the binary
# (default: claimcheck on PATH).
set -euo pipefail

mode="${1:-}"
case "$mode" in
  --staged) shift; range=(--cached) ;;
  --since) shift; range=("${1:?--since needs a git revision}...HEAD"); shift ;;
  *) echo "usage: $0 --staged | --since REF [claimcheck check options]" >&2; exit 2 ;;
esac

files=()
while IFS= read -r -d '' f; do files+=("$f"); done < <(
  git diff -z --name-only --diff-filter=ACMR "${range[@]}" -- \
    '*.md' '*.markdown' '*.html' '*.htm' '*.txt')
if [ ${#files[@]} -eq 0 ]; then
  exit 0
fi
exec "${CLAIMCHECK:-claimcheck}" check "$@" -- "${files[@]}"
