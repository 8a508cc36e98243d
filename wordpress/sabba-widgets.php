<?php
/**
 * Plugin Name:       Sabba widgets
 * Plugin URI:        https://github.com/sabba-id/sabba-widgets
 * Description:       Comment thread and form, author card, ad slots, back-to-top and adblock notice as web components, filled from WordPress's own data and working without JavaScript.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Sabba
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       sabba-widgets
 * Domain Path:       /languages
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'SABBA_WIDGETS_VERSION', '0.1.0' );
define( 'SABBA_WIDGETS_FILE', __FILE__ );
define( 'SABBA_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once SABBA_WIDGETS_DIR . 'includes/options.php';
require_once SABBA_WIDGETS_DIR . 'includes/assets.php';
require_once SABBA_WIDGETS_DIR . 'includes/comments.php';
require_once SABBA_WIDGETS_DIR . 'includes/author-card.php';
require_once SABBA_WIDGETS_DIR . 'includes/structured-data.php';
require_once SABBA_WIDGETS_DIR . 'includes/ad-css.php';
require_once SABBA_WIDGETS_DIR . 'includes/ads.php';
require_once SABBA_WIDGETS_DIR . 'includes/page-widgets.php';
require_once SABBA_WIDGETS_DIR . 'includes/shortcodes.php';
require_once SABBA_WIDGETS_DIR . 'includes/blocks.php';
require_once SABBA_WIDGETS_DIR . 'includes/rest.php';
require_once SABBA_WIDGETS_DIR . 'includes/content.php';

if ( is_admin() ) {
	require_once SABBA_WIDGETS_DIR . 'includes/admin-settings.php';
	require_once SABBA_WIDGETS_DIR . 'includes/admin-profile.php';
}

/**
 * Loads the admin and fallback texts (English source, Indonesian in languages/).
 */
function sabba_widgets_load_textdomain() {
	load_plugin_textdomain( 'sabba-widgets', false, dirname( plugin_basename( SABBA_WIDGETS_FILE ) ) . '/languages' );
}
add_action( 'init', 'sabba_widgets_load_textdomain' );

register_activation_hook( __FILE__, 'sabba_widgets_activate' );

/**
 * Stores the defaults once, so the settings page shows what the site does.
 */
function sabba_widgets_activate() {
	add_option( SABBA_WIDGETS_OPTION, sabba_widgets_defaults() );
}
