<?php
/**
 * Router for `php -S 127.0.0.1:PORT -t /usr/share/wordpress router.php` (see start.sh).
 *
 * - Selects this work tree's config: Debian's wp-config.php loads
 *   /etc/wordpress/config-$WORDPRESS_CONFIG.php, a bridge that requires SABBA_WP_CONFIG.
 * - Serves static files as they are, runs existing PHP files (wp-comments-post.php, wp-login.php,
 *   wp-admin/...), and sends everything else to index.php: pretty permalinks and /wp-json/.
 * - /sabba-test/ is the test suite's embedding page on WordPress's own origin (as a theme page
 *   would embed the form): tests/wordpress/page/ and the drop-in build dist/cdn/, under a strict CSP.
 * - /wp-content/plugins/ static files from this instance's WP_CONTENT_DIR (the plugin's scripts).
 */
$config = getenv('SABBA_WP_CONFIG');
if (!$config || !is_file($config)) {
    http_response_code(500);
    echo "SABBA_WP_CONFIG is not set; start the server with scripts/wordpress/start.sh\n";
    return true;
}
define('SABBA_WP_CONFIG', $config);
$_SERVER['WORDPRESS_CONFIG'] = 'sabba-widgets-test';

$root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
$request_path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/';
if (str_starts_with($request_path, '/sabba-test/')) {
    $name = basename($request_path);
    $repo = getenv('SABBA_REPO_ROOT');
    $file = in_array($name, ['form.html', 'page.js'], true)
        ? "$repo/tests/wordpress/page/$name"
        : "$repo/dist/cdn/" . ltrim(substr($request_path, strlen('/sabba-test/')), '/');
    if (!$repo || str_contains($request_path, '..') || !is_file($file)) {
        http_response_code(404);
        return true;
    }
    $html = str_ends_with($file, '.html');
    header('Content-Type: ' . ($html ? 'text/html' : 'text/javascript') . '; charset=utf-8');
    header('Cache-Control: no-store');
    if ($html) {
        header("Content-Security-Policy: default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'");
    }
    readfile($file);
    return true;
}
// Plugins live in this instance's WP_CONTENT_DIR (.cache/wordpress/wp-content), not under the
// document root: their static files (the sabba-widgets plugin's scripts and styles) are sent here.
if (str_starts_with($request_path, '/wp-content/plugins/') && !str_ends_with($request_path, '.php')) {
    $base = realpath(dirname($config) . '/wp-content/plugins');
    $file = realpath($base . '/' . rawurldecode(substr($request_path, strlen('/wp-content/plugins/'))));
    if ($base === false || $file === false || !str_starts_with($file, $base . '/') || !is_file($file)) {
        http_response_code(404);
        return true;
    }
    $types = ['js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml', 'png' => 'image/png'];
    header('Content-Type: ' . ($types[pathinfo($file, PATHINFO_EXTENSION)] ?? 'application/octet-stream'));
    readfile($file);
    return true;
}
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (str_contains($path, '..')) {
    http_response_code(400);
    return true;
}
$file = $root . $path;
if (is_dir($file)) {
    $file = rtrim($file, '/') . '/index.php';
    $path = rtrim($path, '/') . '/index.php';
}
if (is_file($file) && !str_ends_with($file, '.php')) {
    return false; // static asset: let the built-in server send it
}
if (!is_file($file)) {
    $file = $root . '/index.php';
    $path = '/index.php';
}
$_SERVER['SCRIPT_NAME'] = $path;
$_SERVER['PHP_SELF'] = $path;
$_SERVER['SCRIPT_FILENAME'] = $file;
chdir(dirname($file));
require $file;
return true;
