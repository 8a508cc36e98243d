// @ts-check
/**
 * Debian's nginx as a caching proxy (`proxy_cache`) in front of the test WordPress, as a CDN or a
 * site's own cache would stand: loopback only, its files under .cache/, one process (no daemon,
 * no master) that the suite stops. Each request is logged with `$upstream_cache_status`, so a test
 * can count which ones reached WordPress.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from './wordpress.mjs';

/**
 * The cache rule a site would configure for WordPress's public comment reads: GETs of
 * `/wp-json/wp/v2/comments` without cookies kept 60 s (WordPress sends no cache headers of its
 * own), keyed by URL and Origin (WordPress's CORS answer reflects the page's origin); readers'
 * browsers revalidate (`max-age=0`), so every page view reaches the cache.
 * @param {{ port: number, upstream: string, dir: string }} o
 */
function config(o) {
  return `
pid ${o.dir}/nginx.pid;
error_log ${o.dir}/error.log warn;
daemon off;
master_process off;
events { worker_connections 256; }
http {
  log_format cached '$upstream_cache_status $request_method $request_uri';
  access_log ${o.dir}/access.log cached;
  client_body_temp_path ${o.dir}/tmp/body;
  proxy_temp_path ${o.dir}/tmp/proxy;
  fastcgi_temp_path ${o.dir}/tmp/fastcgi;
  uwsgi_temp_path ${o.dir}/tmp/uwsgi;
  scgi_temp_path ${o.dir}/tmp/scgi;
  proxy_cache_path ${o.dir}/cache levels=1:2 keys_zone=wp_comments:4m max_size=64m inactive=10m use_temp_path=off;
  server {
    listen 127.0.0.1:${o.port};
    location /wp-json/wp/v2/comments {
      proxy_pass ${o.upstream};
      proxy_set_header Host $http_host;
      proxy_cache wp_comments;
      proxy_cache_methods GET HEAD;
      proxy_cache_key "$request_uri|$http_origin";
      proxy_cache_valid 200 60s;
      proxy_cache_lock on;
      proxy_cache_use_stale updating error timeout http_500 http_502 http_503;
      proxy_cache_bypass $http_cookie $http_authorization;
      proxy_no_cache $http_cookie $http_authorization;
      proxy_ignore_headers Cache-Control Expires;
      proxy_hide_header Cache-Control;
      add_header Cache-Control "public, max-age=0, s-maxage=60, stale-while-revalidate=300" always;
      add_header X-Cache $upstream_cache_status always;
    }
    location / {
      proxy_pass ${o.upstream};
      proxy_set_header Host $http_host;
    }
  }
}
`;
}

/** @param {number} port */
function listening(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts nginx on 127.0.0.1:`port` in front of `upstream`.
 * @param {{ port: number, upstream: string }} options
 */
export async function startNginxCache({ port, upstream }) {
  const dir = join(repoRoot, `.cache/nginx-cache-${port}`);
  for (const sub of ['tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi', 'cache'])
    mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'nginx.conf'), config({ port, upstream, dir }));
  writeFileSync(join(dir, 'access.log'), '');
  if (await listening(port)) throw new Error(`port ${port} is taken; set WP_CACHE_PORT`);
  const child = spawn('/usr/sbin/nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  for (let i = 0; i < 100 && !(await listening(port)); i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Every logged request: `[cache status, method, target]` (status `-` when not cacheable). */
    log: () =>
      readFileSync(join(dir, 'access.log'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' ')),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(undefined);
        child.once('exit', () => resolve(undefined));
        child.kill('SIGQUIT');
      }),
  };
}
