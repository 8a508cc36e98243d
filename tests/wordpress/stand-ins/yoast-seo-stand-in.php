<?php
/**
 * Plugin Name: Yoast SEO STAND-IN (sabba-widgets tests only)
 * Description: NOT Yoast SEO. Yoast SEO cannot be downloaded on the test machine, so this file only
 * defines the constant WPSEO_VERSION, which the sabba-widgets plugin reads to know that an SEO
 * plugin prints the page's Article graph. It prints no graph of its own: the suite checks only
 * that the sabba-widgets plugin then prints its author nodes and no Article or ProfilePage.
 * Installed and removed by tests/wordpress/plugin-authors.wordpress.test.mjs.
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

if ( ! defined( 'WPSEO_VERSION' ) ) {
	define( 'WPSEO_VERSION', '0.0-stand-in' );
}
