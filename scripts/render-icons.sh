#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon (resources/icons/brankas.svg) into the PNG sizes the Linux desktop
# uses and the .ico Windows shows. The results are committed, so neither the build nor a Windows
# runner needs an SVG renderer; run this again after changing the SVG (needs librsvg2-bin, python3).
set -euo pipefail
cd "$(dirname "$0")/.."

svg=resources/icons/brankas.svg
out=packaging/icons
mkdir -p "$out"
sizes=(16 24 32 48 64 128 256)
for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$out/brankas-$size.png"
done

# An .ico may hold PNG images as they are (Windows Vista and later); 16 to 256 cover every view.
python3 - "$out" "${sizes[@]}" <<'PYTHON'
import struct, sys
out, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
images = [open(f"{out}/brankas-{s}.png", "rb").read() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(images))
offset = len(header) + 16 * len(images)
entries = b""
for size, data in zip(sizes, images):
    dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open(f"{out}/brankas.ico", "wb") as ico:
    ico.write(header + entries + b"".join(images))
PYTHON
echo "Rendered ${#sizes[@]} sizes into $out"
