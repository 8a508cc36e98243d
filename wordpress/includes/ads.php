<?php
/**
 * `<sabba-ad-slot>` from the settings page (provider, network code or AdSense client, slot,
 * sizes, size map), with ad-slot.css in `<head>` so the reserved space is there before any script.
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Validators shared by the settings page and the shortcode: each returns the value or ''.
 *
 * @param string $kind  'network', 'client', 'gpt_slot', 'adsense_slot', 'sizes', 'size_map' or 'provider'.
 * @param mixed  $value The untrusted value.
 * @return string
 */
function sabba_widgets_valid_ad_value( $kind, $value ) {
	$value    = trim( is_scalar( $value ) ? (string) $value : '' );
	$patterns = array(
		'network'      => '/^\d{1,20}$/',
		'client'       => '/^ca-pub-\d{10,20}$/',
		'gpt_slot'     => '/^[A-Za-z0-9_.\-]+(\/[A-Za-z0-9_.\-]+)*$/',
		'adsense_slot' => '/^\d{1,20}$/',
		'sizes'        => '/^\d{1,4}x\d{1,4}(\s*,\s*\d{1,4}x\d{1,4}){0,19}$/',
		'size_map'     => '/^\d{1,5}:(none|\d{1,4}x\d{1,4}(\s*,\s*\d{1,4}x\d{1,4})*)(\s*\|\s*\d{1,5}:(none|\d{1,4}x\d{1,4}(\s*,\s*\d{1,4}x\d{1,4})*))*$/',
		'provider'     => '/^(gpt|adsense)$/',
	);
	return ( isset( $patterns[ $kind ] ) && strlen( $value ) <= 500 && preg_match( $patterns[ $kind ], $value ) ) ? $value : '';
}

/**
 * One ad slot. Shortcode or block values (already validated) override the settings.
 *
 * @param array<string, string> $overrides slot, sizes, size_map.
 * @return string '' when ads are off or the slot is not configured.
 */
function sabba_widgets_render_ad_slot( array $overrides ) {
	if ( ! sabba_widgets_option( 'ads' ) ) {
		return '';
	}
	$provider = sabba_widgets_valid_ad_value( 'provider', sabba_widgets_option( 'ad_provider' ) );
	$slot     = ! empty( $overrides['slot'] ) ? $overrides['slot'] : sabba_widgets_option( 'ad_slot' );
	$sizes    = ! empty( $overrides['sizes'] ) ? $overrides['sizes'] : sabba_widgets_option( 'ad_sizes' );
	$size_map = ! empty( $overrides['size_map'] ) ? $overrides['size_map'] : sabba_widgets_option( 'ad_size_map' );
	$attrs    = array(
		'provider' => $provider,
		'sizes'    => sabba_widgets_valid_ad_value( 'sizes', $sizes ),
		'size-map' => sabba_widgets_valid_ad_value( 'size_map', $size_map ),
	);
	if ( 'gpt' === $provider ) {
		$network = sabba_widgets_valid_ad_value( 'network', sabba_widgets_option( 'ad_network' ) );
		$slot    = sabba_widgets_valid_ad_value( 'gpt_slot', $slot );
		if ( '' === $network || '' === $slot ) {
			return '';
		}
		$attrs['ad-unit'] = '/' . $network . '/' . $slot;
	} elseif ( 'adsense' === $provider ) {
		$attrs['ad-client'] = sabba_widgets_valid_ad_value( 'client', sabba_widgets_option( 'ad_client' ) );
		$attrs['ad-slot']   = sabba_widgets_valid_ad_value( 'adsense_slot', $slot );
		if ( '' === $attrs['ad-client'] || '' === $attrs['ad-slot'] ) {
			return '';
		}
	} else {
		return '';
	}
	sabba_widgets_use_script();
	return '<sabba-ad-slot' . sabba_widgets_attributes( $attrs ) . '></sabba-ad-slot>';
}

/**
 * ad-slot.css in `<head>` whenever ads are on: slots inside the content are rendered after
 * `<head>` is printed, and the reservation must be there before the first slot.
 */
function sabba_widgets_plan_ads() {
	if ( sabba_widgets_option( 'ads' ) && ! is_admin() ) {
		sabba_widgets_use_ad_css();
	}
}
add_action( 'wp_enqueue_scripts', 'sabba_widgets_plan_ads' );
