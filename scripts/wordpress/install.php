<?php
/**
 * Installs the private test WordPress (run by start.sh with php-cli) and writes state.json.
 * Idempotent: an installed site, its posts and its users are reused.
 */
define('SABBA_WP_CONFIG', getenv('SABBA_WP_CONFIG'));
$url = getenv('WP_URL');
$_SERVER['WORDPRESS_CONFIG'] = 'sabba-widgets-test';
$_SERVER['HTTP_HOST'] = parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define('WP_INSTALLING', true);

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

$admin = ['user' => 'admin', 'password' => 'sabba-admin-pass', 'email' => 'admin@sabba.test'];
$reader = ['user' => 'pembaca', 'password' => 'sabba-reader-pass', 'email' => 'pembaca@sabba.test'];

if (!is_blog_installed()) {
    $result = wp_install('Sabba test', $admin['user'], $admin['email'], false, '', $admin['password'], 'en_US');
    fwrite(STDOUT, "[wordpress] wp_install(): WordPress " . $GLOBALS['wp_version'] . " installed\n");
} else {
    fwrite(STDOUT, "[wordpress] WordPress " . $GLOBALS['wp_version'] . " already installed\n");
}

if (get_stylesheet() !== 'twentytwentythree' && wp_get_theme('twentytwentythree')->exists()) {
    switch_theme('twentytwentythree');
}

// Core defaults that the suite relies on, set explicitly so a reused database cannot drift.
update_option('permalink_structure', '/%postname%/');
update_option('default_comment_status', 'open');
update_option('require_name_email', '1');
update_option('comment_registration', '0');
update_option('comment_moderation', '0');
update_option('comment_previously_approved', '1');
update_option('close_comments_for_old_posts', '0');
update_option('thread_comments', '1');
update_option('blog_public', '0');
flush_rewrite_rules(false);

$admin_user = get_user_by('login', $admin['user']);
$admin_id = $admin_user->ID;
if (!get_user_by('login', $reader['user'])) {
    wp_insert_user([
        'user_login' => $reader['user'], 'user_pass' => $reader['password'],
        'user_email' => $reader['email'], 'role' => 'subscriber', 'display_name' => 'Pembaca Setia',
    ]);
}

function sabba_post(string $slug, string $title, string $comment_status, int $author): int {
    $existing = get_page_by_path($slug, OBJECT, 'post');
    if ($existing) {
        if ($existing->comment_status !== $comment_status) {
            wp_update_post(['ID' => $existing->ID, 'comment_status' => $comment_status]);
        }
        return $existing->ID;
    }
    $id = wp_insert_post([
        'post_name' => $slug, 'post_title' => $title, 'post_status' => 'publish',
        'post_content' => '<p>Artikel uji untuk sabba-widgets.</p>', 'post_author' => $author,
        'comment_status' => $comment_status, 'ping_status' => 'closed',
    ], true);
    if (is_wp_error($id)) {
        fwrite(STDERR, $id->get_error_message() . "\n");
        exit(1);
    }
    return $id;
}
$open = sabba_post('komentar-dibuka', 'Komentar dibuka', 'open', $admin_id);
$closed = sabba_post('komentar-ditutup', 'Komentar ditutup', 'closed', $admin_id);

$state = [
    'siteUrl' => $url,
    'restUrl' => $url . '/wp-json/',
    'testOrigin' => getenv('WP_TEST_ORIGIN'),
    'wordpressVersion' => $GLOBALS['wp_version'],
    'posts' => ['open' => $open, 'closed' => $closed],
    'admin' => $admin + ['id' => $admin_id],
    'reader' => $reader + ['id' => get_user_by('login', $reader['user'])->ID],
    'db' => [
        'socket' => getenv('WP_DB_SOCKET'), 'name' => DB_NAME, 'user' => DB_USER,
        'password' => DB_PASSWORD, 'tablePrefix' => $GLOBALS['table_prefix'],
    ],
];
file_put_contents(getenv('WP_STATE'), json_encode($state, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
fwrite(STDOUT, "[wordpress] posts: open #$open, closed #$closed\n");
