<?php
/**
 * The widgets' JavaScript: the autoloader from the plugin's own folder (no CDN), as an ES module,
 * only on pages that print a widget. The loader then fetches just the elements on the page.
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'SABBA_WIDGETS_HANDLE', 'sabba-widgets-loader' );

/**
 * Called by every renderer: the page prints a widget, so it needs the loader (once).
 */
function sabba_widgets_use_script() {
	static $done = false;
	if ( $done ) {
		return;
	}
	$done = true;
	$src  = plugins_url( 'assets/loader.js', SABBA_WIDGETS_FILE );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( SABBA_WIDGETS_HANDLE, $src, array(), SABBA_WIDGETS_VERSION );
		return;
	}
	// WordPress 6.1–6.4: a footer script marked as a module (script_loader_tag below).
	wp_enqueue_script( SABBA_WIDGETS_HANDLE, $src, array(), SABBA_WIDGETS_VERSION, true );
}

/**
 * Marks the loader as a module on WordPress before 6.5 (a classic script cannot use `import`).
 *
 * @param string $tag    The script tag WordPress built.
 * @param string $handle Its handle.
 * @return string
 */
function sabba_widgets_module_tag( $tag, $handle ) {
	if ( SABBA_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script\s/', '<script type="module" ', $tag, 1 );
}
add_filter( 'script_loader_tag', 'sabba_widgets_module_tag', 10, 2 );

/**
 * The few rules that give the server-rendered content the theme's layout before the elements
 * upgrade (and without JavaScript); in `<head>`, as widgets inside the content render after it.
 */
function sabba_widgets_enqueue_base_css() {
	wp_enqueue_style( 'sabba-widgets', plugins_url( 'css/widgets.css', SABBA_WIDGETS_FILE ), array(), SABBA_WIDGETS_VERSION );
}
add_action( 'wp_enqueue_scripts', 'sabba_widgets_enqueue_base_css' );
