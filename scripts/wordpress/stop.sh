#!/usr/bin/env bash
# Stop the private WordPress started by scripts/wordpress/start.sh: the php -S server and the private
# MariaDB, each by the PID file start.sh wrote. Data stay in .cache/wordpress/ for the next start;
# `rm -rf .cache/wordpress` gives a fresh install.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/wordpress/env.sh
source "$here/env.sh"
say() { printf '[wordpress] %s\n' "$*"; }

stop_pid_file() { # name pidfile group?
  local name=$1 file=$2 group=$3 pid
  if [[ ! -f "$file" ]]; then say "$name: not started (no $file)"; return 0; fi
  pid=$(cat "$file")
  if ! kill -0 "$pid" 2>/dev/null; then say "$name: pid $pid already gone"; rm -f "$file"; return 0; fi
  say "stopping $name (pid $pid)"
  # php -S runs in its own session with worker processes: signal its process group.
  if [[ $group == group ]]; then kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"; else kill -TERM "$pid"; fi
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$file"; return 0; }
    sleep 0.2
  done
  say "$name did not stop in 30 s; killing pid $pid"
  if [[ $group == group ]]; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$file"
}

stop_pid_file "php -S (WordPress)" "$WP_PHP_PID" group
stop_pid_file "MariaDB" "$WP_DB_PID" single
rm -f "$WP_DB_SOCKET"
