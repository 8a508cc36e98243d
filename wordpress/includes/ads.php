<?php
/**
 * `<sabba-ad-slot>` from the settings page (provider, network code or AdSense client, slot,
 * sizes, size map), with each slot's exact pre-upgrade CSS (includes/ad-css.php) in `<head>`, so
 * the reserved space is there before any script and nothing moves when the element upgrades.
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
 * The attributes of one ad slot. Shortcode or block values (already validated) override the
 * settings.
 *
 * @param array<string, string> $overrides slot, sizes, size_map.
 * @return array<string, string>|null null when ads are off or the slot is not configured.
 */
function sabba_widgets_ad_slot_attributes( array $overrides ) {
	if ( ! sabba_widgets_option( 'ads' ) ) {
		return null;
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
			return null;
		}
		$attrs['ad-unit'] = '/' . $network . '/' . $slot;
	} elseif ( 'adsense' === $provider ) {
		$attrs['ad-client'] = sabba_widgets_valid_ad_value( 'client', sabba_widgets_option( 'ad_client' ) );
		$attrs['ad-slot']   = sabba_widgets_valid_ad_value( 'adsense_slot', $slot );
		if ( '' === $attrs['ad-client'] || '' === $attrs['ad-slot'] ) {
			return null;
		}
	} else {
		return null;
	}
	return $attrs;
}

/**
 * The key that ties a slot to its reservation rules: slots with the same sizes and size map share
 * one rule set. Hex digits only, so the selector built from it is always plain.
 *
 * @param array<string, string> $attrs From sabba_widgets_ad_slot_attributes().
 * @return string
 */
function sabba_widgets_ad_reserve_key( array $attrs ) {
	return substr( md5( $attrs['sizes'] . '|' . $attrs['size-map'] ), 0, 12 );
}

/**
 * The pre-upgrade rules for one slot, keyed by its reservation key (what the element itself will
 * reserve from the same `sizes` and `size-map` attributes).
 *
 * @param array<string, string> $attrs From sabba_widgets_ad_slot_attributes().
 * @return string
 */
function sabba_widgets_ad_reserve_css( array $attrs ) {
	$key = sabba_widgets_ad_reserve_key( $attrs );
	return sabba_widgets_ad_pre_upgrade_css(
		sabba_widgets_plan_ad_sizes( $attrs['sizes'], $attrs['size-map'] ),
		'sabba-ad-slot[data-sabba-reserve="' . $key . '"]'
	);
}

/**
 * Which reservation keys have their rules on the page already (printed in `<head>`).
 *
 * @param string|null $key A key to record, or null to only read.
 * @return array<string, true>
 */
function sabba_widgets_ad_reserved_keys( $key = null ) {
	static $keys = array();
	if ( null !== $key ) {
		$keys[ $key ] = true;
	}
	return $keys;
}

/**
 * One ad slot, with its reservation key. A slot whose rules were not printed in `<head>` (one in
 * a widget area or a template the plugin could not foresee) gets them in a `<style>` right before
 * it, which still applies before the slot is laid out.
 *
 * @param array<string, string> $overrides slot, sizes, size_map.
 * @return string '' when ads are off or the slot is not configured.
 */
function sabba_widgets_render_ad_slot( array $overrides ) {
	$attrs = sabba_widgets_ad_slot_attributes( $overrides );
	if ( null === $attrs ) {
		return '';
	}
	sabba_widgets_use_script();
	sabba_widgets_preload_element( 'sabba-ad-slot' );
	$key   = sabba_widgets_ad_reserve_key( $attrs );
	$style = '';
	if ( ! isset( sabba_widgets_ad_reserved_keys()[ $key ] ) ) {
		sabba_widgets_ad_reserved_keys( $key );
		$style = '<style class="sabba-widgets-ad-reserve">' . sabba_widgets_ad_reserve_css( $attrs ) . '</style>';
	}
	$attrs['data-sabba-reserve'] = $key;
	return $style . '<sabba-ad-slot' . sabba_widgets_attributes( $attrs ) . '></sabba-ad-slot>';
}

/**
 * The slots this page's main query will render, found before `<head>` is printed: the slot after
 * paragraph N of a single post, and every `[sabba_ad_slot]` shortcode and ad slot block in the
 * queried posts' content.
 *
 * @return array<int, array<string, string>> Override sets, as sabba_widgets_render_ad_slot() takes them.
 */
function sabba_widgets_foreseen_ad_slots() {
	global $wp_query;
	$found = array();
	if ( is_singular( 'post' ) && absint( sabba_widgets_option( 'ad_after_paragraph' ) ) > 0 ) {
		$found[] = array();
	}
	$posts = ( $wp_query instanceof WP_Query && is_array( $wp_query->posts ) ) ? $wp_query->posts : array();
	foreach ( $posts as $post ) {
		$content = $post instanceof WP_Post ? $post->post_content : '';
		if ( false === strpos( $content, 'sabba_ad_slot' ) && false === strpos( $content, 'sabba-widgets/ad-slot' ) ) {
			continue;
		}
		if ( preg_match_all( '/' . get_shortcode_regex( array( 'sabba_ad_slot' ) ) . '/', $content, $matches, PREG_SET_ORDER ) ) {
			foreach ( $matches as $match ) {
				if ( '[' !== $match[1] ) { // [[sabba_ad_slot]] is an escaped, printed shortcode.
					$atts    = shortcode_parse_atts( $match[3] );
					$found[] = sabba_widgets_ad_shortcode_overrides( is_array( $atts ) ? $atts : array() );
				}
			}
		}
		foreach ( sabba_widgets_ad_blocks( parse_blocks( $content ) ) as $attributes ) {
			$found[] = sabba_widgets_ad_shortcode_overrides( sabba_widgets_ad_block_atts( $attributes ) );
		}
	}
	return $found;
}

/**
 * The attributes of every ad slot block, nested ones included.
 *
 * @param array<int, array<string, mixed>> $blocks From parse_blocks().
 * @return array<int, array<string, mixed>>
 */
function sabba_widgets_ad_blocks( array $blocks ) {
	$found = array();
	foreach ( $blocks as $block ) {
		if ( isset( $block['blockName'] ) && 'sabba-widgets/ad-slot' === $block['blockName'] ) {
			$found[] = isset( $block['attrs'] ) && is_array( $block['attrs'] ) ? $block['attrs'] : array();
		}
		if ( ! empty( $block['innerBlocks'] ) && is_array( $block['innerBlocks'] ) ) {
			$found = array_merge( $found, sabba_widgets_ad_blocks( $block['innerBlocks'] ) );
		}
	}
	return $found;
}

/**
 * Prints the foreseen slots' reservation rules in `<head>` (after the plugin's base stylesheet),
 * so each slot has its final height at the first paint, and asks for the ad slot's modulepreload
 * links there.
 */
function sabba_widgets_plan_ads() {
	if ( is_admin() || ! sabba_widgets_option( 'ads' ) ) {
		return;
	}
	$css = array();
	foreach ( sabba_widgets_foreseen_ad_slots() as $overrides ) {
		$attrs = sabba_widgets_ad_slot_attributes( $overrides );
		if ( null === $attrs ) {
			continue;
		}
		sabba_widgets_preload_element( 'sabba-ad-slot' );
		$key = sabba_widgets_ad_reserve_key( $attrs );
		if ( ! isset( $css[ $key ] ) ) {
			$css[ $key ] = sabba_widgets_ad_reserve_css( $attrs );
			sabba_widgets_ad_reserved_keys( $key );
		}
	}
	if ( array() !== $css ) {
		wp_add_inline_style( 'sabba-widgets', implode( "\n", $css ) );
	}
}
add_action( 'wp_enqueue_scripts', 'sabba_widgets_plan_ads', 20 );
