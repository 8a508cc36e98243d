<?php
/**
 * The blocks: metadata in blocks/<name>/block.json, rendered on the server by the same functions
 * as the shortcodes, with one small editor script (blocks/editor.js, no build step).
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script and the six blocks.
 */
function sabba_widgets_register_blocks() {
	wp_register_script(
		'sabba-widgets-blocks-editor',
		plugins_url( 'blocks/editor.js', SABBA_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-i18n', 'wp-components', 'wp-block-editor', 'wp-server-side-render' ),
		SABBA_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'sabba-widgets-blocks-editor', 'sabba-widgets', SABBA_WIDGETS_DIR . 'languages' );
	$renderers = array(
		'comments'       => 'sabba_widgets_shortcode_comments',
		'comment-form'   => 'sabba_widgets_shortcode_comment_form',
		'author-card'    => 'sabba_widgets_block_author_card',
		'ad-slot'        => 'sabba_widgets_block_ad_slot',
		'back-to-top'    => 'sabba_widgets_render_back_to_top',
		'adblock-notice' => 'sabba_widgets_block_adblock_notice',
	);
	foreach ( $renderers as $name => $renderer ) {
		register_block_type( SABBA_WIDGETS_DIR . 'blocks/' . $name, array( 'render_callback' => $renderer ) );
	}
}
add_action( 'init', 'sabba_widgets_register_blocks' );

/**
 * Renders the author card block.
 *
 * @param array<string, mixed> $attributes Block attributes.
 * @return string
 */
function sabba_widgets_block_author_card( $attributes ) {
	return sabba_widgets_render_author_cards( ! empty( $attributes['compact'] ) );
}

/**
 * Renders the ad slot block (the same validation as the shortcode).
 *
 * @param array<string, mixed> $attributes Block attributes.
 * @return string
 */
function sabba_widgets_block_ad_slot( $attributes ) {
	return sabba_widgets_shortcode_ad_slot( sabba_widgets_ad_block_atts( $attributes ) );
}

/**
 * The ad slot block's attributes as shortcode attributes.
 *
 * @param array<string, mixed> $attributes Block attributes.
 * @return array<string, string>
 */
function sabba_widgets_ad_block_atts( $attributes ) {
	$text = function ( $key ) use ( $attributes ) {
		return isset( $attributes[ $key ] ) && is_scalar( $attributes[ $key ] ) ? (string) $attributes[ $key ] : '';
	};
	return array(
		'slot'     => $text( 'slot' ),
		'sizes'    => $text( 'sizes' ),
		'size-map' => $text( 'sizeMap' ),
	);
}

/**
 * Renders the adblock notice block.
 *
 * @param array<string, mixed> $attributes Block attributes.
 * @return string
 */
function sabba_widgets_block_adblock_notice( $attributes ) {
	return sabba_widgets_shortcode_adblock_notice(
		array(
			'mode'    => isset( $attributes['mode'] ) ? (string) $attributes['mode'] : '',
			'heading' => isset( $attributes['heading'] ) ? (string) $attributes['heading'] : '',
			'message' => isset( $attributes['message'] ) ? (string) $attributes['message'] : '',
		)
	);
}
