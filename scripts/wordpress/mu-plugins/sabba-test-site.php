<?php
/**
 * Plugin Name: sabba-widgets test site
 * Description: What a site embedding <sabba-comment-form> from another origin adds, for the
 * integration suite only. Loaded as a must-use plugin through WPMU_PLUGIN_DIR (start.sh).
 *
 * - Anonymous REST comments on (core default is off: 401 rest_comment_login_required). Two query
 *   flags, which only the test suite sends, show other sites for one request:
 *   `sabba_test_anonymous=0`    core's default: REST refuses logged-out readers, the classic form
 *                               still takes them;
 *   `sabba_test_registration=1` "Users must be registered and logged in to comment" (both refuse);
 *   `sabba_test_locale=id_ID`   the site's language (Debian's wordpress-l10n translations).
 * - CORS for the test page's origin(s) (SABBA_TEST_ORIGINS, space separated) on every response,
 *   including wp-comments-post.php and its error pages; preflights answered here.
 * - While the sabba-widgets plugin is active (its suite), its own CORS answers the comment routes.
 * - Core's comment flood and duplicate checks are left as they are: the suite must see them.
 */
if (!defined('ABSPATH')) {
    exit;
}

add_filter('rest_allow_anonymous_comments', static function ($allowed) {
    if (isset($_GET['sabba_test_anonymous']) && $_GET['sabba_test_anonymous'] === '0') {
        return false;
    }
    return true;
});

if (isset($_GET['sabba_test_registration']) && $_GET['sabba_test_registration'] === '1') {
    add_filter('pre_option_comment_registration', static fn () => '1');
}

if (isset($_GET['sabba_test_locale']) && preg_match('/^[a-z]{2,3}(_[A-Z]{2})?$/', $_GET['sabba_test_locale'])) {
    $sabba_test_locale = $_GET['sabba_test_locale'];
    add_filter('locale', static fn () => $sabba_test_locale);
}

function sabba_test_allowed_origin(): ?string {
    $origin = $_SERVER['HTTP_ORIGIN'] ?? '';
    $allowed = preg_split('/\s+/', defined('SABBA_TEST_ORIGINS') ? SABBA_TEST_ORIGINS : '', -1, PREG_SPLIT_NO_EMPTY);
    return in_array($origin, $allowed, true) ? $origin : null;
}

function sabba_test_send_cors_headers(): void {
    $origin = sabba_test_allowed_origin();
    if ($origin === null || headers_sent()) {
        return;
    }
    header('Access-Control-Allow-Origin: ' . $origin);
    header('Access-Control-Allow-Credentials: true');
    header('Access-Control-Allow-Methods: GET, POST, OPTIONS');
    header('Access-Control-Allow-Headers: Content-Type, X-WP-Nonce, Authorization');
    header('Access-Control-Expose-Headers: X-WP-Total, X-WP-TotalPages, Link, Location');
    header('Access-Control-Max-Age: 600');
    header('Vary: Origin', false);
}

// The test machine sends no mail (no sendmail); comment notifications are skipped quietly.
add_filter('pre_wp_mail', '__return_false');

// Every response (REST, wp-comments-post.php, wp_die() error pages, redirects) gets the headers.
sabba_test_send_cors_headers();
if (($_SERVER['REQUEST_METHOD'] ?? '') === 'OPTIONS' && !str_contains($_SERVER['REQUEST_URI'] ?? '', '/wp-json/')
    && !isset($_GET['rest_route'])) {
    status_header(204);
    exit;
}

// REST: core's rest_send_cors_headers() echoes any Origin; keep our list the only one allowed.
add_filter('rest_pre_serve_request', static function ($served, $result = null, $request = null) {
    // The sabba-widgets plugin, while its suite has it active, answers CORS on the comment routes itself.
    if (defined('SABBA_WIDGETS_VERSION') && $request instanceof WP_REST_Request
        && str_starts_with($request->get_route(), '/wp/v2/comments')) {
        return $served;
    }
    if (sabba_test_allowed_origin() === null) {
        header_remove('Access-Control-Allow-Origin');
        header_remove('Access-Control-Allow-Credentials');
    } else {
        sabba_test_send_cors_headers();
    }
    return $served;
}, 20, 3);

// The test machine has no route to WordPress.org: wp-admin's update and translation checks are
// answered "nothing new" (and the block directory "no plugin found") here, so they log no warning (the plugin's suite reads debug.log).
add_filter('pre_http_request', static function ($pre, $args, $url) {
    if (!is_string($url) || !str_contains($url, 'api.wordpress.org')) {
        return $pre;
    }
    $body = match (true) {
        str_contains($url, '/plugins/update-check') => '{"plugins":[],"translations":[],"no_update":[]}',
        str_contains($url, '/themes/update-check') => '{"themes":[],"translations":[],"no_update":[]}',
        str_contains($url, '/translations/') => '{"translations":[]}',
        // The dashboard's browser and PHP checks: nothing to upgrade.
        str_contains($url, '/core/browse-happy/') => '{"name":"Chrome","version":"156","platform":"Linux","update_url":"","img_src":"","img_src_ssl":"","current_version":"156","upgrade":false,"insecure":false,"mobile":false}',
        str_contains($url, '/core/serve-happy/') => '{"recommended_version":"8.2","minimum_version":"7.0","is_supported":true,"is_secure":true,"is_acceptable":true}',
        // The block editor's inserter searches the block directory: no plugin found.
        str_contains($url, '/plugins/info/') => '{"info":{"page":1,"pages":0,"results":0},"plugins":[]}',
        default => '{"offers":[],"translations":[]}',
    };
    return ['headers' => [], 'body' => $body, 'response' => ['code' => 200, 'message' => 'OK'], 'cookies' => [], 'filename' => null];
}, 10, 3);
