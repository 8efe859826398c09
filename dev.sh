#!/usr/bin/env bash
# Set up everything PrintShop Desktop needs on Debian, then run the app or the tests.
#   ./dev.sh run [ARGS...]   open the app (or a CLI command: ./dev.sh run demo-data)
#   ./dev.sh test [PYTEST ARGS...]   lint, type-check, architecture check and the whole test suite
# Safe to run again: it only installs what is missing or changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

VENV=.venv
QT_DEBS=(libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
         libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
         libegl-mesa0 libgl1-mesa-dri)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; return 1; fi
}

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  apt_install python3 python3-venv python3-pip
  echo python3
}

setup_python() {
  local python stamp want
  if command -v dpkg-query >/dev/null; then apt_install "${QT_DEBS[@]}"; fi
  if [ ! -x "$VENV/bin/python" ]; then
    python=$(find_python)
    "$python" -m venv "$VENV" 2>/dev/null || { apt_install python3-venv; "$python" -m venv "$VENV"; }
  fi
  stamp="$VENV/.installed"
  want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing Python packages into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[test]"
    echo "$want" > "$stamp"
  fi
}

start_postgres() {
  if ! command -v pg_lsclusters >/dev/null; then
    apt_install postgresql
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n1)
  if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
    say "starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
  fi
  if [ -z "${PRINTSHOP_TEST_PG_URL:-}" ]; then
    if ! "$VENV/bin/python" -c 'import psycopg; psycopg.connect("host=127.0.0.1 user=postgres dbname=postgres connect_timeout=3").close()' 2>/dev/null; then
      # A stock Debian cluster asks for a password on TCP: give the test user one.
      as_root su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'printshop-tests'\"" >/dev/null
      export PRINTSHOP_TEST_PG_URL="postgresql+psycopg://postgres:printshop-tests@127.0.0.1/postgres"
    fi
  fi
}

cmd=${1:-run}; shift || true
case "$cmd" in
  run)
    setup_python
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ] && [ $# -eq 0 ]; then
      echo "No display found: run this from a desktop session (or set QT_QPA_PLATFORM)." >&2
      exit 1
    fi
    exec "$VENV/bin/printshop" "$@"
    ;;
  test)
    setup_python
    start_postgres
    export QT_QPA_PLATFORM=offscreen
    say "ruff"
    "$VENV/bin/ruff" check .
    say "mypy (Qt-free packages)"
    "$VENV/bin/mypy" printshop_desktop/db printshop_desktop/services printshop_desktop/files \
      printshop_desktop/storage printshop_desktop/config.py printshop_desktop/keychain.py
    say "import contracts"
    "$VENV/bin/lint-imports"
    say "pytest"
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  *)
    echo "usage: ./dev.sh run [ARGS...] | ./dev.sh test [PYTEST ARGS...]" >&2
    exit 2
    ;;
esac
