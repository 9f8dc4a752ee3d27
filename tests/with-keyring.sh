#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a real, unlocked Secret Service (gnome-keyring) on a private session bus.
# Usage: tests/with-keyring.sh COMMAND [ARGS...]
# The keyring lives in its own XDG_DATA_HOME: a login keyring left by an earlier run with another
# password would stay locked, and then writes fail and reads answer "entry not found".
set -euo pipefail

if [ -z "${BRANKAS_IN_KEYRING_SESSION:-}" ]; then
    export BRANKAS_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

# BRANKAS_KEYRING_DIR keeps the keyring in that folder across runs: one folder is one "PC" whose
# keychain outlives a command (the server suites run several such PCs side by side).
keep=""
if [ -n "${BRANKAS_KEYRING_DIR:-}" ]; then
    scratch=$BRANKAS_KEYRING_DIR
    keep=1
    mkdir -p "$scratch"
else
    scratch=$(mktemp -d -t brankas-keyring.XXXXXX)
fi
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
# The keyring's files (XDG_DATA_HOME) are the PC's; its control socket is this run's own, as several
# commands of one PC run at once and a second daemon cannot bind a socket the first still holds.
if [ -n "$keep" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d "$scratch/run.XXXXXX")
else
    XDG_RUNTIME_DIR="$scratch/run"
    mkdir -p "$XDG_RUNTIME_DIR"
fi
export XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"
trap 'kill "${GNOME_KEYRING_PID:-}" 2>/dev/null || true; if [ -n "$keep" ]; then rm -rf "$XDG_RUNTIME_DIR"; else rm -rf "$scratch"; fi' EXIT

eval "$(printf 'brankas-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID 2>/dev/null || true

"$@"
