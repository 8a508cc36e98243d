<?php
/**
 * The plugin's settings: one option array, its defaults and a typed reader.
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'SABBA_WIDGETS_OPTION', 'sabba_widgets_settings' );

/**
 * The settings after activation: comments, author card and back-to-top on; ads and the adblock
 * notice off until configured.
 *
 * @return array<string, mixed>
 */
function sabba_widgets_defaults() {
	return array(
		'comments'            => 1,
		'transport'           => 'auto',
		'anonymous_rest'      => 0,
		'allowed_origins'     => array(),
		'cache_max_age'       => 0,
		'cache_swr'           => 0,
		'author_card'         => 1,
		'structured_data'     => 1,
		'back_to_top'         => 1,
		'adblock_notice'      => 0,
		'adblock_mode'        => 'banner',
		'adblock_remember'    => 7,
		'adblock_heading'     => '',
		'adblock_message'     => '',
		'ads'                 => 0,
		'ad_provider'         => 'gpt',
		'ad_network'          => '',
		'ad_client'           => '',
		'ad_slot'             => '',
		'ad_sizes'            => '300x250',
		'ad_size_map'         => '',
		'ad_after_paragraph'  => 0,
	);
}

/**
 * One setting, falling back to its default when the stored array lacks it or is not an array.
 *
 * @param string $key A key of sabba_widgets_defaults().
 * @return mixed
 */
function sabba_widgets_option( $key ) {
	$defaults = sabba_widgets_defaults();
	$stored   = get_option( SABBA_WIDGETS_OPTION, array() );
	if ( is_array( $stored ) && array_key_exists( $key, $stored ) ) {
		return $stored[ $key ];
	}
	return isset( $defaults[ $key ] ) ? $defaults[ $key ] : null;
}

/**
 * Prints an attribute list from name => value pairs, escaped; true prints a bare boolean
 * attribute, false, null and '' print nothing.
 *
 * @param array<string, mixed> $attributes Attribute names (trusted) and values (untrusted).
 * @return string
 */
function sabba_widgets_attributes( array $attributes ) {
	$out = '';
	foreach ( $attributes as $name => $value ) {
		if ( false === $value || null === $value || '' === $value ) {
			continue;
		}
		$name = preg_replace( '/[^a-z-]/', '', (string) $name );
		$out .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( (string) $value ) . '"';
	}
	return $out;
}
