#!/usr/bin/env bash
# The recipes of docs/ci.md, tried in a scratch repository: the pre-commit
# hook refuses a commit whose draft contradicts itself and lets a clean one
# through; the CI mode checks only what a branch changed.
#   changed_test.sh CLAIMCHECK SOURCE_DIR
set -euo pipefail
exe="$1"; src="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q -b main repo && cd repo
git config user.email test@example.com && git config user.name test
export CLAIMCHECK="$exe"

# The hook exactly as docs/ci.md installs it.
cat > .git/hooks/pre-commit <<HOOK
#!/bin/sh
exec "$src/scripts/claimcheck-changed.sh" --staged
HOOK
chmod +x .git/hooks/pre-commit

cp "$src/samples/city-budget.md" clean.md
git add clean.md
git commit -q -m "a clean draft" || { echo "FAIL: the hook refused a clean draft"; exit 1; }

cp "$src/samples/ai-chip-budget.md" wrong.md
git add wrong.md
if git commit -q -m "a draft with a conflict" 2>/dev/null; then
  echo "FAIL: the hook let a contradiction through"; exit 1
fi
git reset -q

# A change to something that is not a draft does not run claimcheck.
echo "x = 1" > settings.toml && git add settings.toml
CLAIMCHECK=/bin/false git commit -q -m "not a draft" || { echo "FAIL: ran on a non-draft"; exit 1; }

# CI mode: only the branch's own drafts are checked.
git checkout -q -b feature
cp "$src/samples/quarterly-results.md" q.md && git add q.md && git commit -q --no-verify -m "q"
set +e
"$src/scripts/claimcheck-changed.sh" --since main --format github > out.txt
rc=$?
set -e
[ "$rc" -eq 1 ] || { echo "FAIL: --since main: exit $rc, expected 1"; cat out.txt; exit 1; }
grep -q "^::error file=q.md" out.txt || { echo "FAIL: no annotation for q.md"; cat out.txt; exit 1; }
if grep -q "clean.md" out.txt; then echo "FAIL: checked a file the branch did not change"; exit 1; fi
echo "ok: pre-commit hook and --since mode"
