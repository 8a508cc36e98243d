#!/usr/bin/env bash
# Start a private, throw-away WordPress for the integration suite (tests/wordpress/).
#
#   scripts/wordpress/start.sh      # idempotent: reuses a running or installed instance
#   scripts/wordpress/stop.sh       # stops what this script started (by PID files)
#
# What it does, on Debian 12 as root:
#   1. apt-get installs Debian's `wordpress`, `php-cli`, `php-mysql` and `mariadb-server` (and the
#      default theme, `wordpress-theme-twentytwentythree`, so posts render as on a real site, and
#      `wordpress-l10n`, so the suite can see an Indonesian site's messages; the classic
#      `wordpress-theme-twentytwentyone`, `unzip` and `php-codesniffer` for the plugin's suite, and
#      `nginx` for the proxy_cache test, which starts its own private instance) when missing;
#   2. starts a private MariaDB (data dir, socket and PID file under .cache/wordpress/, no TCP port),
#      never the system service;
#   3. serves /usr/share/wordpress with `php -S 127.0.0.1:$WP_PORT` and our router;
#   4. installs WordPress (wp_install()) with one post open for comments and one closed, and writes
#      their ids to .cache/wordpress/state.json.
# The only file written outside the work tree is /etc/wordpress/config-sabba-widgets-test.php, a
# two-line bridge that Debian's wp-config.php loads only for our router (see router.php).
#
# Environment: WP_PORT (8881), WP_TEST_ORIGIN (origin of the test page, http://127.0.0.1:8882),
#              WP_CACHE_DIR (.cache/wordpress).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/wordpress/env.sh
source "$here/env.sh"

started_at=$(date +%s.%N)
say() { printf '[wordpress] %s\n' "$*"; }
elapsed() { awk -v a="$started_at" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# --- 1. packages ------------------------------------------------------------------------------
need=()
for pkg in wordpress wordpress-theme-twentytwentythree wordpress-theme-twentytwentyone wordpress-l10n php-cli php-mysql \
  mariadb-server unzip php-codesniffer nginx; do
  if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)" != installed ]]; then
    need+=("$pkg")
  fi
done
mkdir -p "$WP_CACHE_DIR"
if ((${#need[@]})); then
  say "installing with apt-get: ${need[*]} (log: $WP_CACHE_DIR/apt.log)"
  export DEBIAN_FRONTEND=noninteractive
  apt_install() { apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends "${need[@]}"; }
  # Try with the package lists the machine has; refresh them only when that fails (fresh machines).
  if ! apt_install >"$WP_CACHE_DIR/apt.log" 2>&1; then
    say "refreshing the package lists (apt-get update)"
    { apt-get -o DPkg::Lock::Timeout=900 update -q && apt_install; } >>"$WP_CACHE_DIR/apt.log" 2>&1 \
      || { tail -30 "$WP_CACHE_DIR/apt.log" >&2; say "apt-get failed" >&2; exit 1; }
  fi
  say "packages installed after $(elapsed) s"
else
  say "packages present: wordpress, its themes and translations, php-cli, php-mysql, mariadb-server, unzip, phpcs, nginx"
fi

mkdir -p "$WP_CACHE_DIR" "$WP_DB_DIR" "$WP_CONTENT_DIR/plugins" "$WP_CONTENT_DIR/uploads" "$WP_CONTENT_DIR/themes"
for theme in twentytwentythree twentytwentyone; do
  ln -sfn "/usr/share/wordpress/wp-content/themes/$theme" "$WP_CONTENT_DIR/themes/$theme"
done
ln -sfn /usr/share/wordpress/wp-content/languages "$WP_CONTENT_DIR/languages"

# A PID file names a live process of ours (a reused PID of some other program does not count).
alive() { # pidfile program
  local pid
  [[ -f "$1" ]] && pid=$(cat "$1") && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2"
}
db() { mariadb --no-defaults --socket="$WP_DB_SOCKET" -uroot "$@"; }

# --- 2. private MariaDB -----------------------------------------------------------------------
if [[ ! -d "$WP_DB_DIR/data/mysql" ]]; then
  say "initialising a private MariaDB in $WP_DB_DIR/data"
  rm -rf "$WP_DB_DIR/data"
  mariadb-install-db --no-defaults --datadir="$WP_DB_DIR/data" --user=root \
    --auth-root-authentication-method=socket --skip-test-db >"$WP_DB_DIR/install-db.log" 2>&1 \
    || { cat "$WP_DB_DIR/install-db.log" >&2; exit 1; }
fi
if alive "$WP_DB_PID" mariadbd; then
  say "MariaDB already running (pid $(cat "$WP_DB_PID"), socket $WP_DB_SOCKET)"
else
  say "starting MariaDB (socket $WP_DB_SOCKET, no TCP)"
  rm -f "$WP_DB_SOCKET"
  setsid mariadbd --no-defaults --datadir="$WP_DB_DIR/data" --socket="$WP_DB_SOCKET" \
    --pid-file="$WP_DB_PID" --skip-networking --user=root --log-error="$WP_DB_DIR/error.log" \
    --skip-log-bin --skip-name-resolve --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=64M \
    --innodb-flush-log-at-trx-commit=2 </dev/null >>"$WP_DB_DIR/stdout.log" 2>&1 &
  echo $! >"$WP_DB_PID"
  for _ in $(seq 1 150); do
    mariadb-admin --no-defaults --socket="$WP_DB_SOCKET" -uroot ping >/dev/null 2>&1 && break
    alive "$WP_DB_PID" mariadbd || { tail -20 "$WP_DB_DIR/error.log" >&2; exit 1; }
    sleep 0.2
  done
  mariadb-admin --no-defaults --socket="$WP_DB_SOCKET" -uroot ping >/dev/null \
    || { say "MariaDB did not answer"; tail -20 "$WP_DB_DIR/error.log" >&2; exit 1; }
fi
db -e "CREATE DATABASE IF NOT EXISTS \`$WP_DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS '$WP_DB_USER'@'localhost' IDENTIFIED BY '$WP_DB_PASSWORD';
  GRANT ALL PRIVILEGES ON \`$WP_DB_NAME\`.* TO '$WP_DB_USER'@'localhost';"

# --- 3. configuration -------------------------------------------------------------------------
# Debian's /usr/share/wordpress/wp-config.php loads /etc/wordpress/config-$WORDPRESS_CONFIG.php when
# the server sets WORDPRESS_CONFIG. Our router (and install.php) set it to `sabba-widgets-test` and
# name this instance's own config in SABBA_WP_CONFIG, so the bridge below is the same for every work
# tree and does nothing for any other site on this machine.
bridge=/etc/wordpress/config-sabba-widgets-test.php
bridge_text="<?php
/* Added by sabba-widgets scripts/wordpress/start.sh for its private test WordPress; safe to delete.
 * Used only when its router sets WORDPRESS_CONFIG=sabba-widgets-test and names the instance config. */
if (!defined('SABBA_WP_CONFIG') || !is_file(SABBA_WP_CONFIG)) { header('HTTP/1.0 404 Not Found'); exit(\"sabba-widgets test config not set\\n\"); }
require SABBA_WP_CONFIG;"
if [[ "$(cat "$bridge" 2>/dev/null || true)" != "$bridge_text" ]]; then
  say "writing $bridge"
  mkdir -p /etc/wordpress
  printf '%s\n' "$bridge_text" >"$bridge"
fi

if [[ ! -f "$WP_CACHE_DIR/salts.php" ]]; then
  php -r 'foreach (["AUTH_KEY","SECURE_AUTH_KEY","LOGGED_IN_KEY","NONCE_KEY","AUTH_SALT","SECURE_AUTH_SALT","LOGGED_IN_SALT","NONCE_SALT"] as $k) printf("define(%s, %s);\n", var_export($k, true), var_export(bin2hex(random_bytes(32)), true));' \
    | sed '1i <?php' >"$WP_CACHE_DIR/salts.php"
fi
cat >"$WP_CONFIG.tmp" <<PHP
<?php
/* Generated by scripts/wordpress/start.sh: the private test WordPress of this work tree. */
define('DB_NAME', '$WP_DB_NAME');
define('DB_USER', '$WP_DB_USER');
define('DB_PASSWORD', '$WP_DB_PASSWORD');
define('DB_HOST', 'localhost:$WP_DB_SOCKET');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', '$WP_URL');
define('WP_SITEURL', '$WP_URL');
define('WP_CONTENT_DIR', '$WP_CONTENT_DIR');
define('WPMU_PLUGIN_DIR', '$here/mu-plugins');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HTTP_BLOCK_EXTERNAL', true);   // no update checks or pings: nothing leaves this machine
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
// Debug logging is on while the file debug.on exists (the plugin's suite creates it), so a
// notice, warning or deprecation lands in debug.log instead of the page.
define('WP_DEBUG', is_file(__DIR__ . '/debug.on'));
define('WP_DEBUG_LOG', __DIR__ . '/debug.log');
define('WP_DEBUG_DISPLAY', false);
define('SABBA_TEST_ORIGINS', '$WP_TEST_ORIGIN');
require __DIR__ . '/salts.php';
\$table_prefix = 'wp_';
PHP
mv "$WP_CONFIG.tmp" "$WP_CONFIG"

# --- 4. install WordPress ---------------------------------------------------------------------
say "installing WordPress into database $WP_DB_NAME (reused when present)"
SABBA_WP_CONFIG="$WP_CONFIG" WP_URL="$WP_URL" WP_STATE="$WP_STATE" WP_DB_SOCKET="$WP_DB_SOCKET" \
  WP_TEST_ORIGIN="$WP_TEST_ORIGIN" php -d display_errors=stderr "$here/install.php"

# --- 5. web server ----------------------------------------------------------------------------
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$WP_PORT") 2>/dev/null; }
if alive "$WP_PHP_PID" "php"; then
  say "WordPress already served at $WP_URL (pid $(cat "$WP_PHP_PID"))"
else
  if port_open; then
    say "port $WP_PORT is taken by another program; set WP_PORT to a free port" >&2
    exit 1
  fi
  say "serving WordPress at $WP_URL (php -S, router $here/router.php)"
  SABBA_WP_CONFIG="$WP_CONFIG" SABBA_REPO_ROOT="$repo_root" PHP_CLI_SERVER_WORKERS=4 setsid php -d display_errors=stderr \
    -d log_errors=On -S "127.0.0.1:$WP_PORT" -t /usr/share/wordpress "$here/router.php" \
    </dev/null >>"$WP_CACHE_DIR/php-server.log" 2>&1 &
  echo $! >"$WP_PHP_PID"
fi
for _ in $(seq 1 100); do
  if php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "$WP_URL/wp-json/" 2>/dev/null; then
    say "ready after $(elapsed) s: $WP_URL/wp-json/ answers; state in $WP_STATE"
    exit 0
  fi
  alive "$WP_PHP_PID" php || { say "php -S exited"; tail -20 "$WP_CACHE_DIR/php-server.log" >&2; exit 1; }
  sleep 0.1
done
say "WordPress did not answer at $WP_URL/wp-json/" >&2
tail -20 "$WP_CACHE_DIR/php-server.log" >&2
exit 1
