#!/usr/bin/env bash
# Install factdiff and everything it uses, from the project's own files, into the project's
# virtual environment .venv (so it works on a stock Debian/Ubuntu Python, which refuses
# `pip install` outside a venv, PEP 668, as well as on a pyenv/conda one).
#   bash scripts/setup.sh          the tool: Python packages + WordNet (Debian wordnet-base)
#   bash scripts/setup.sh --test   also the test tools: pytest & co, Dask, the server (Starlette, uvicorn), headless Chromium + chromedriver
# $PYTHON (default: python3 on PATH) is the interpreter .venv is made with; then run
# .venv/bin/factdiff or .venv/bin/python. An existing working .venv is reused.
# System packages come from apt-get when it is there and we may use it (root or passwordless sudo);
# otherwise the script says what is missing and goes on (WordNet-based checks then degrade, browser tests skip).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=.venv
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then sudo="sudo -n"; else sudo="unavailable"; fi
fi
apt_install() {  # apt_install PKG... : install Debian packages if we may; 1 if we cannot
  command -v apt-get >/dev/null 2>&1 && [ "$sudo" != unavailable ] || return 1
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

debs=(wordnet-base)
[ $want_test = 1 ] && debs+=(chromium chromium-driver)
missing=()
for d in "${debs[@]}"; do
  dpkg -s "$d" >/dev/null 2>&1 || missing+=("$d")
done
if [ ${#missing[@]} -gt 0 ] && ! apt_install "${missing[@]}"; then
  echo "setup: cannot install ${missing[*]} (needs apt-get and root); install them with your package manager" \
       "(WordNet 3.0 dict files: set FACTDIFF_WORDNET)" >&2
fi

# The virtual environment. Debian/Ubuntu ship venv's pip bootstrap (ensurepip) separately.
if ! "$VENV/bin/python" -c "import sys" >/dev/null 2>&1; then
  if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
    ver=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    apt_install "python$ver-venv" || apt_install python3-venv || {
      echo "setup: $PYTHON cannot make a virtual environment; install python$ver-venv (Debian/Ubuntu)" >&2
      exit 1
    }
  fi
  "$PYTHON" -m venv --clear "$VENV"
fi
PY="$VENV/bin/python"

extras=""
[ $want_test = 1 ] && extras="[test,dask,serve]"
"$PY" -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -e ".${extras}"
# An editable install leaves factdiff as source. Compile it once, as installing a wheel does:
# with PYTHONDONTWRITEBYTECODE=1 set, Python would otherwise recompile it on every start (~70 ms).
"$PY" -m compileall -q factdiff >/dev/null
