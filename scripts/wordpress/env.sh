# Shared settings of scripts/wordpress/*.sh (sourced, not run).
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WP_PORT="${WP_PORT:-8881}"
WP_URL="http://127.0.0.1:$WP_PORT"
WP_TEST_ORIGIN="${WP_TEST_ORIGIN:-http://127.0.0.1:8882}"
WP_CACHE_DIR="${WP_CACHE_DIR:-$repo_root/.cache/wordpress}"
WP_CONTENT_DIR="$WP_CACHE_DIR/wp-content"
WP_CONFIG="$WP_CACHE_DIR/wp-config.php"
WP_STATE="$WP_CACHE_DIR/state.json"
WP_PHP_PID="$WP_CACHE_DIR/php-server.pid"
WP_DB_DIR="$WP_CACHE_DIR/mariadb"
WP_DB_PID="$WP_DB_DIR/mariadbd.pid"
# A Unix socket path must stay under 108 bytes; fall back to /tmp for deep work trees.
WP_DB_SOCKET="$WP_DB_DIR/mariadbd.sock"
if ((${#WP_DB_SOCKET} > 100)); then
  WP_DB_SOCKET="/tmp/sabba-wp-$(printf '%s' "$WP_DB_DIR" | md5sum | cut -c1-12).sock"
fi
WP_DB_NAME=wordpress
WP_DB_USER=wordpress
WP_DB_PASSWORD=wordpress
export WP_PORT WP_URL WP_TEST_ORIGIN WP_CACHE_DIR WP_STATE WP_DB_SOCKET
