<?php
/**
 * Shortcodes for every widget. Contributors can write these in posts, so every attribute is
 * validated against a closed list or pattern and escaped on output; unknown attributes are
 * dropped by shortcode_atts().
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A shortcode boolean: true, 1, yes or on.
 *
 * @param mixed $value The attribute.
 * @return bool
 */
function sabba_widgets_truthy( $value ) {
	return in_array( strtolower( trim( (string) $value ) ), array( 'true', '1', 'yes', 'on' ), true );
}

/**
 * [sabba_comments]: the comment thread of the current post.
 *
 * @return string
 */
function sabba_widgets_shortcode_comments() {
	return sabba_widgets_render_comments( 'thread' );
}

/**
 * [sabba_comment_form]: the comment form of the current post.
 *
 * @return string
 */
function sabba_widgets_shortcode_comment_form() {
	return sabba_widgets_render_comments( 'form' );
}

/**
 * [sabba_author_card compact="true"]: the author card(s) of the current post or archive.
 *
 * @param array<string, string>|string $atts Shortcode attributes.
 * @return string
 */
function sabba_widgets_shortcode_author_card( $atts ) {
	$atts = shortcode_atts( array( 'compact' => '' ), $atts, 'sabba_author_card' );
	return sabba_widgets_render_author_cards( sabba_widgets_truthy( $atts['compact'] ) );
}

/**
 * [sabba_ad_slot slot="…" sizes="300x250" size-map="0:300x250 | 768:728x90"]: one more slot with
 * the provider and network of the settings page.
 *
 * @param array<string, string>|string $atts Shortcode attributes.
 * @return string
 */
function sabba_widgets_shortcode_ad_slot( $atts ) {
	return sabba_widgets_render_ad_slot( sabba_widgets_ad_shortcode_overrides( $atts ) );
}

/**
 * The validated overrides of an ad slot shortcode (also used to foresee the slot before `<head>`).
 *
 * @param array<string, string>|string $atts Shortcode attributes.
 * @return array<string, string> slot, sizes, size_map; '' where the value is missing or invalid.
 */
function sabba_widgets_ad_shortcode_overrides( $atts ) {
	$atts     = shortcode_atts(
		array(
			'slot'     => '',
			'sizes'    => '',
			'size-map' => '',
			'size_map' => '',
		),
		$atts,
		'sabba_ad_slot'
	);
	$provider = sabba_widgets_option( 'ad_provider' );
	return array(
		'slot'     => sabba_widgets_valid_ad_value( 'adsense' === $provider ? 'adsense_slot' : 'gpt_slot', $atts['slot'] ),
		'sizes'    => sabba_widgets_valid_ad_value( 'sizes', $atts['sizes'] ),
		'size_map' => sabba_widgets_valid_ad_value( 'size_map', '' !== $atts['size-map'] ? $atts['size-map'] : $atts['size_map'] ),
	);
}

/**
 * [sabba_back_to_top]: the back-to-top control; the footer's (when on for every page) is then
 * left out, so the page has one.
 *
 * @return string
 */
function sabba_widgets_shortcode_back_to_top() {
	return sabba_widgets_render_back_to_top();
}

/**
 * [sabba_adblock_notice mode="inline" heading="…" message="…"].
 *
 * @param array<string, string>|string $atts Shortcode attributes.
 * @return string
 */
function sabba_widgets_shortcode_adblock_notice( $atts ) {
	$atts = shortcode_atts(
		array(
			'mode'    => '',
			'heading' => '',
			'message' => '',
		),
		$atts,
		'sabba_adblock_notice'
	);
	$overrides = array();
	if ( in_array( $atts['mode'], array( 'banner', 'inline' ), true ) ) {
		$overrides['mode'] = $atts['mode'];
	}
	foreach ( array( 'heading', 'message' ) as $key ) {
		if ( '' !== $atts[ $key ] ) {
			$overrides[ $key ] = sanitize_text_field( $atts[ $key ] );
		}
	}
	return sabba_widgets_render_adblock_notice( $overrides );
}

/**
 * Registers the shortcodes.
 */
function sabba_widgets_register_shortcodes() {
	add_shortcode( 'sabba_comments', 'sabba_widgets_shortcode_comments' );
	add_shortcode( 'sabba_comment_form', 'sabba_widgets_shortcode_comment_form' );
	add_shortcode( 'sabba_author_card', 'sabba_widgets_shortcode_author_card' );
	add_shortcode( 'sabba_ad_slot', 'sabba_widgets_shortcode_ad_slot' );
	add_shortcode( 'sabba_back_to_top', 'sabba_widgets_shortcode_back_to_top' );
	add_shortcode( 'sabba_adblock_notice', 'sabba_widgets_shortcode_adblock_notice' );
}
add_action( 'init', 'sabba_widgets_register_shortcodes' );
