# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# What the benchmark scripts print alike, sourced by run-benchmarks.sh and run-server-benchmarks.sh:
# section headings, the load average, and the machine's lines that every figure is read against.

section() { printf '\n== %s\n' "$*"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# The "Machine" section's first lines (CPU, memory, system); each script adds its own libraries.
machine_lines() {
    echo "CPU:        $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) CPUs"
    echo "RAM:        $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo "OS:         $(. /etc/os-release && echo "$PRETTY_NAME"), Debian $(cat /etc/debian_version 2>/dev/null || echo '?')"
    echo "Kernel:     $(uname -r)"
}
