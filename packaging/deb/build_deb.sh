#!/usr/bin/env bash
# Build dist/gwterm_<version>_<arch>.deb from the PyInstaller bundle in dist/gwterm (make dist runs this).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
version="$(cd "$root" && .venv/bin/python -c 'import app; print(app.__version__)')"
arch="$(dpkg --print-architecture)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
         "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/mime/packages"
mkdir -p "$stage/opt/gwterm"
cp -a "$root/dist/gwterm/." "$stage/opt/gwterm/"
ln -s /opt/gwterm/gwterm "$stage/usr/bin/gwterm"
install -m 0644 "$root/packaging/deb/gwterm.desktop" "$stage/usr/share/applications/gwterm.desktop"
install -m 0644 "$root/resources/icons/gwterm.svg" "$stage/usr/share/icons/hicolor/scalable/apps/gwterm.svg"
install -m 0644 "$root/packaging/deb/gwterm-cfg.xml" "$stage/usr/share/mime/packages/gwterm.xml"
size="$(du -sk "$stage" | cut -f1)"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: gwterm
Version: $version
Architecture: $arch
Maintainer: gwterm developers <gwterm@localhost>
Installed-Size: $size
Depends: libc6, libegl1, libfontconfig1, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1
Section: utils
Priority: optional
Description: configure smart-metering gateways, or run one
 gwterm configures cellular meter modems and M-Bus / wireless M-Bus data
 concentrators over serial, TCP and TLS, one at a time or whole fleets from a
 sheet, and runs a PC as a soft-gateway.
CONTROL
cat > "$stage/DEBIAN/postinst" <<'POST'
#!/bin/sh
set -e
command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
command -v update-desktop-database >/dev/null && update-desktop-database -q || true
POST
chmod 0755 "$stage/DEBIAN/postinst"
dpkg-deb --build --root-owner-group "$stage" "$root/dist/gwterm_${version}_${arch}.deb" >/dev/null
echo "$root/dist/gwterm_${version}_${arch}.deb"
