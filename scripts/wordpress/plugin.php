<?php
/**
 * Drives the sabba-widgets plugin on the private test WordPress (php-cli, as install.php):
 *
 *   php plugin.php install ZIP   unzip into wp-content/plugins/ (the folder is replaced) and activate
 *   php plugin.php deactivate    deactivate (the files and settings stay)
 *   php plugin.php uninstall     deactivate, run uninstall.php through WordPress, delete the files
 *   php plugin.php state         prints the plugin's options and user meta keys, and whether it is active, as JSON
 *   php plugin.php fixtures      the suite's authors (a reporter, the newsroom, a contributor) and posts; prints their ids
 *   php plugin.php options JSON  merges JSON into the plugin's settings (as stored, without the settings page)
 *   php plugin.php theme NAME    switches the theme
 *   php plugin.php add-plugin FILE  copies a one-file plugin (a test stand-in) into wp-content/plugins/ and activates it
 *   php plugin.php remove-plugin NAME  deactivates and deletes wp-content/plugins/NAME
 *   php plugin.php wp-option NAME [JSON]  prints a WordPress option as JSON; with JSON, stores that value first
 *                                (null deletes it) and prints the value it replaced
 *
 * Environment: SABBA_WP_CONFIG and WP_URL, as start.sh sets them.
 */
define('SABBA_WP_CONFIG', getenv('SABBA_WP_CONFIG'));
$url = getenv('WP_URL');
$_SERVER['WORDPRESS_CONFIG'] = 'sabba-widgets-test';
$_SERVER['HTTP_HOST'] = parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';

$plugin = 'sabba-widgets/sabba-widgets.php';
$command = $argv[1] ?? '';
$folder = WP_PLUGIN_DIR . '/sabba-widgets';

function sabba_fail(string $message): void {
    fwrite(STDERR, "[plugin] $message\n");
    exit(1);
}

if ($command === 'install') {
    $zip = $argv[2] ?? '';
    if (!is_file($zip)) {
        sabba_fail("no zip at $zip");
    }
    if (is_dir($folder)) {
        exec('rm -rf ' . escapeshellarg($folder));
    }
    exec('unzip -q -o ' . escapeshellarg($zip) . ' -d ' . escapeshellarg(WP_PLUGIN_DIR), $out, $status);
    if ($status !== 0 || !is_file(WP_PLUGIN_DIR . '/' . $plugin)) {
        sabba_fail("unzip failed or $plugin missing");
    }
    wp_clean_plugins_cache();
    $result = activate_plugin($plugin);
    if (is_wp_error($result)) {
        sabba_fail('activate_plugin(): ' . $result->get_error_message());
    }
    fwrite(STDOUT, "[plugin] installed and activated $plugin\n");
} elseif ($command === 'deactivate') {
    deactivate_plugins($plugin);
    fwrite(STDOUT, "[plugin] deactivated $plugin\n");
} elseif ($command === 'uninstall') {
    deactivate_plugins($plugin);
    uninstall_plugin($plugin);
    exec('rm -rf ' . escapeshellarg($folder));
    fwrite(STDOUT, "[plugin] uninstalled $plugin\n");
} elseif ($command === 'fixtures') {
    require_once ABSPATH . 'wp-admin/includes/user.php';
    $make_user = static function (string $login, string $role, string $name, array $meta, string $url = ''): int {
        $existing = get_user_by('login', $login);
        $id = $existing ? $existing->ID : wp_insert_user([
            'user_login' => $login, 'user_pass' => "$login-pass", 'user_email' => "$login@sabba.test",
            'role' => $role, 'display_name' => $name, 'user_url' => $url,
        ]);
        if (is_wp_error($id)) {
            sabba_fail($id->get_error_message());
        }
        foreach ($meta as $key => $value) {
            update_user_meta($id, $key, $value);
        }
        return (int) $id;
    };
    $reporter = $make_user('wartawan', 'author', 'Rina Kartika', [
        'description' => "Wartawan ekonomi di Jakarta. Menulis soal pasar & kebijakan.",
        'facebook' => 'https://www.facebook.com/rina.kartika', 'twitter' => 'rinakartika',
        'sabba_widgets_job_title' => 'Wartawan Ekonomi',
    ], 'https://rina.example.id/');
    $newsroom = $make_user('redaksi', 'editor', 'Redaksi Sabba', ['description' => 'Tim redaksi Sabba.', 'sabba_widgets_newsroom' => 1]);
    $contributor = $make_user('kontributor', 'contributor', 'Kontributor Lepas', []);
    $make_post = static function (string $slug, int $author, string $content): int {
        $existing = get_page_by_path($slug, OBJECT, 'post');
        $data = ['post_name' => $slug, 'post_title' => ucwords(str_replace('-', ' ', $slug)), 'post_status' => 'publish',
            'post_content' => $content, 'post_author' => $author, 'comment_status' => 'open', 'ping_status' => 'closed'];
        $id = $existing ? wp_update_post(['ID' => $existing->ID] + $data, true) : wp_insert_post($data, true);
        if (is_wp_error($id)) {
            sabba_fail($id->get_error_message());
        }
        return (int) $id;
    };
    $paragraphs = "<p>Paragraf satu tentang pasar.</p>\n<p>Paragraf dua tentang kebijakan.</p>\n<p>Paragraf tiga, penutup.</p>";
    // What a contributor could write: every shortcode with attributes that try to break out.
    $hostile = '[sabba_ad_slot slot=\'"><script>alert(1)</script>\' sizes="300x250<img src=x onerror=alert(2)>" size-map=\'" onmouseover="alert(3)\']'
        . ' [sabba_adblock_notice mode=\'inline" onclick="alert(4)\' heading="<script>alert(5)</script>" message=\'" autofocus onfocus="alert(6)\']'
        . ' [sabba_author_card compact=\'"><svg onload=alert(7)>\'] [sabba_comments evil=\'"><script>alert(8)</script>\'] [sabba_back_to_top x="<script>alert(9)</script>"]';
    fwrite(STDOUT, wp_json_encode([
        'users' => ['reporter' => $reporter, 'newsroom' => $newsroom, 'contributor' => $contributor],
        'posts' => [
            'article' => $make_post('artikel-plugin', $reporter, $paragraphs),
            'newsroom' => $make_post('artikel-redaksi', $newsroom, $paragraphs),
            'hostile' => $make_post('artikel-kontributor', $contributor, "<p>Tulisan kontributor.</p>\n<p>$hostile</p>"),
            // Three authors through Co-Authors Plus' template tag (the suite's stand-in reads this meta).
            'coauthored' => (static function () use ($make_post, $reporter, $newsroom, $paragraphs): int {
                $id = $make_post('artikel-bersama', $reporter, $paragraphs);
                update_post_meta($id, '_sabba_test_coauthors', "$reporter,$newsroom,guest");
                return $id;
            })(),
            // Ad slots of three kinds: after paragraph N (the settings), a shortcode and a block.
            'ads' => $make_post('artikel-iklan', $reporter, "<p>Paragraf satu.</p>\n<p>Paragraf dua.</p>\n"
                . "[sabba_ad_slot slot=\"tengah\" size-map=\"0:320x100 | 1024:970x250\"]\n<p>Paragraf tiga.</p>\n"
                . "<!-- wp:sabba-widgets/ad-slot {\"slot\":\"bawah\",\"sizeMap\":\"0:none | 768:728x90, 468x60\"} /-->\n<p>Paragraf empat.</p>"),
        ],
    ]) . "\n");
} elseif ($command === 'options') {
    $changes = json_decode($argv[2] ?? '', true);
    if (!is_array($changes)) {
        sabba_fail('options needs a JSON object');
    }
    update_option('sabba_widgets_settings', array_merge((array) get_option('sabba_widgets_settings', []), $changes));
    fwrite(STDOUT, wp_json_encode(get_option('sabba_widgets_settings')) . "\n");
} elseif ($command === 'add-plugin') {
    $file = $argv[2] ?? '';
    if (!is_file($file)) {
        sabba_fail("no plugin file at $file");
    }
    copy($file, WP_PLUGIN_DIR . '/' . basename($file));
    wp_clean_plugins_cache();
    $result = activate_plugin(basename($file));
    if (is_wp_error($result)) {
        sabba_fail('activate_plugin(): ' . $result->get_error_message());
    }
    fwrite(STDOUT, "[plugin] activated " . basename($file) . "\n");
} elseif ($command === 'remove-plugin') {
    $name = basename($argv[2] ?? '');
    deactivate_plugins($name);
    if ($name !== '' && is_file(WP_PLUGIN_DIR . '/' . $name)) {
        unlink(WP_PLUGIN_DIR . '/' . $name);
    }
    fwrite(STDOUT, "[plugin] removed $name\n");
} elseif ($command === 'wp-option') {
    $name = $argv[2] ?? '';
    $old = get_option($name, null);
    if (isset($argv[3])) {
        $value = json_decode($argv[3], true);
        null === $value ? delete_option($name) : update_option($name, $value);
    }
    fwrite(STDOUT, wp_json_encode($old) . "\n");
} elseif ($command === 'theme') {
    switch_theme($argv[2] ?? '');
    fwrite(STDOUT, get_stylesheet() . "\n");
} elseif ($command === 'state') {
    global $wpdb;
    fwrite(STDOUT, wp_json_encode([
        'options' => $wpdb->get_col("SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%sabba%'"),
        'usermeta' => $wpdb->get_col("SELECT DISTINCT meta_key FROM {$wpdb->usermeta} WHERE meta_key LIKE 'sabba%'"),
        'active' => is_plugin_active($plugin),
    ]) . "\n");
} else {
    sabba_fail('usage: plugin.php install ZIP | deactivate | uninstall | state | fixtures | options JSON | theme NAME | wp-option NAME [JSON]');
}
