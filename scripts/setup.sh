#!/usr/bin/env bash
# Install factdiff and everything it uses, from the project's own files.
#   bash scripts/setup.sh          the tool: Python packages + WordNet (Debian wordnet-base)
#   bash scripts/setup.sh --test   also the test tools: pytest & co, Dask, datasketch (factdiff feed), headless Chromium + chromedriver
# System packages come from apt-get when it is there and we may use it (root or passwordless sudo);
# otherwise the script says what is missing and goes on (WordNet-based checks then degrade, browser tests skip).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

debs=(wordnet-base)
[ $want_test = 1 ] && debs+=(chromium chromium-driver)

missing=()
for d in "${debs[@]}"; do
  dpkg -s "$d" >/dev/null 2>&1 || missing+=("$d")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
      if sudo -n true 2>/dev/null; then sudo="sudo -n"; else sudo="unavailable"; fi
    fi
    if [ "$sudo" != unavailable ]; then
      export DEBIAN_FRONTEND=noninteractive
      $sudo apt-get update -qq
      $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "setup: cannot install ${missing[*]} (needs root); install them with your package manager" >&2
    fi
  else
    echo "setup: no apt-get; install ${missing[*]} yourself (WordNet 3.0 dict files: set FACTDIFF_WORDNET)" >&2
  fi
fi

extras=""
[ $want_test = 1 ] && extras="[test,dask,feed]"
"$PYTHON" -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -e ".${extras}"
# An editable install leaves factdiff as source. Compile it once, as installing a wheel does:
# with PYTHONDONTWRITEBYTECODE=1 set, Python would otherwise recompile it on every start (~70 ms).
"$PYTHON" -m compileall -q factdiff >/dev/null
