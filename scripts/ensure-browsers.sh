#!/usr/bin/env bash
# Installs the browsers the test suites drive, from Debian's packages, only when they are missing.
# Test tools never download browsers of their own here (no network but the package registries).
set -euo pipefail

packages=()
[ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || packages+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || packages+=(firefox-esr)
# The adblock tests load EasyList and uBlock Origin's lists from this package.
[ -d /usr/share/chromium/extensions/ublock-origin/assets ] || packages+=(webext-ublock-origin-chromium)
# The adblock accuracy bench installs the real uBlock Origin into Firefox from this package.
[ -f '/usr/share/mozilla/extensions/{ec8030f7-c20a-464f-9b0e-13a3a9e97384}/uBlock0@raymondhill.net/manifest.json' ] ||
  packages+=(webext-ublock-origin-firefox)
# The WordPress plugin's node test runs `php -l` and PHP_CodeSniffer on every PHP file.
[ -x /usr/bin/php ] || packages+=(php-cli)
[ -x /usr/bin/phpcs ] || packages+=(php-codesniffer)

if [ ${#packages[@]} -eq 0 ]; then
  echo "browsers: chromium, firefox-esr, uBlock Origin for both, php-cli and phpcs are installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "browsers: missing ${packages[*]}; install them with: sudo apt-get install ${packages[*]}" >&2
  exit 1
fi

echo "browsers: installing ${packages[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "browsers: installed ${packages[*]}"
