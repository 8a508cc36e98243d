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
 * The files each element's loader chunk runs from, by tag (its chunk and the shared chunk it
 * imports), as the build wrote them to assets/preload.json; read once per request.
 *
 * @return array<string, array<int, string>> Paths under assets/, e.g. `chunks/ad-slot.define-….js`.
 */
function sabba_widgets_preload_map() {
	static $map = null;
	if ( null !== $map ) {
		return $map;
	}
	$map  = array();
	$path = plugin_dir_path( SABBA_WIDGETS_FILE ) . 'assets/preload.json';
	$json = is_readable( $path ) ? wp_json_file_decode( $path, array( 'associative' => true ) ) : null;
	if ( ! is_array( $json ) ) {
		return $map;
	}
	foreach ( $json as $tag => $files ) {
		if ( ! is_string( $tag ) || ! is_array( $files ) ) {
			continue;
		}
		// Only chunk file names, so the file can never point a link elsewhere.
		$map[ $tag ] = array_values(
			array_filter(
				$files,
				function ( $file ) {
					return is_string( $file ) && 1 === preg_match( '/^chunks\/[A-Za-z0-9_.-]+\.js$/', $file );
				}
			)
		);
	}
	return $map;
}

/**
 * Adds `$tag`'s files to the modulepreload links (or, with no tag, returns the files asked for and
 * not printed yet, marking them printed).
 *
 * @param string|null $tag A Sabba tag the page shows, or null to take the pending files.
 * @return array<int, string>
 */
function sabba_widgets_preload_queue( $tag = null ) {
	static $pending = array();
	static $printed = array();
	if ( null !== $tag ) {
		foreach ( sabba_widgets_preload_map()[ $tag ] ?? array() as $file ) {
			if ( ! isset( $printed[ $file ] ) ) {
				$pending[ $file ] = true;
			}
		}
		return array();
	}
	$files   = array_keys( $pending );
	$printed = array_merge( $printed, $pending );
	$pending = array();
	return $files;
}

/**
 * Asks for `<link rel="modulepreload">` tags for the files `$tag` runs from. The autoloader
 * fetches the ad slot (its policy is `eager`) as soon as it runs; preloaded, its chunk and the
 * shared chunk download beside `loader.js` instead of one round trip after it. Only for elements
 * the loader fetches at once: preloading one it fetches when near would cost the reader bytes
 * the first view does not need.
 *
 * @param string $tag A Sabba tag the page shows.
 */
function sabba_widgets_preload_element( $tag ) {
	sabba_widgets_preload_queue( $tag );
}

/**
 * Prints the modulepreload links asked for so far: in `<head>` for what was foreseen there (the
 * ad slots of the post), in the footer, before the loader, for the rest.
 */
function sabba_widgets_print_preloads() {
	foreach ( sabba_widgets_preload_queue() as $file ) {
		// Low priority: the article's own stylesheets and images come first.
		printf( "<link rel=\"modulepreload\" href=\"%s\" fetchpriority=\"low\">\n", esc_url( plugins_url( 'assets/' . $file, SABBA_WIDGETS_FILE ) ) );
	}
}
add_action( 'wp_head', 'sabba_widgets_print_preloads', 20 );
add_action( 'wp_footer', 'sabba_widgets_print_preloads', 9 );

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
