<?php
/**
 * A PHP port of the ad slot's size parsing and pre-upgrade CSS (src/components/ad-slot/size-map.ts:
 * parseSizes, parseSizeMap, planSizes, reservedBox, preUpgradeCss). The plugin prints these rules
 * in `<head>` for every slot it renders, so each slot has its exact height before any script runs
 * and the element's upgrade moves nothing. tests/node/wordpress-ad-css.test.mjs holds this port
 * and the TypeScript to the same output, byte for byte, on a corpus that includes hostile input.
 *
 * Every number in the CSS comes from the digits these functions parsed, and the selector is built
 * by the caller from a hex key, so no input can reach the stylesheet as text.
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Creative dimensions larger than this are typos (size-map.ts: MAX_DIMENSION). */
define( 'SABBA_WIDGETS_AD_MAX_DIMENSION', 4000 );
/** Breakpoints wider than this are typos (size-map.ts: MAX_BREAKPOINT). */
define( 'SABBA_WIDGETS_AD_MAX_BREAKPOINT', 20000 );
/** At most this many sizes per list (size-map.ts: MAX_SIZES). */
define( 'SABBA_WIDGETS_AD_MAX_SIZES', 20 );

/**
 * JavaScript's String.prototype.trim(): its WhiteSpace and LineTerminator code points, which are
 * more than PHP's trim() strips (no-break space, BOM, the Unicode spaces).
 *
 * @param string $text Valid UTF-8.
 * @return string
 */
function sabba_widgets_js_trim( $text ) {
	$space = '[\x{0009}-\x{000D}\x{0020}\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]';
	$out   = preg_replace( '/^' . $space . '+|' . $space . '+$/uD', '', $text );
	return is_string( $out ) ? $out : '';
}

/**
 * An attribute value as the element reads it: a string of valid UTF-8, else '' (a browser never
 * hands the element invalid text, so invalid bytes can only be an attack or a bug).
 *
 * @param mixed $value The untrusted value.
 * @return string
 */
function sabba_widgets_ad_text( $value ) {
	if ( ! is_string( $value ) || 1 !== preg_match( '//u', $value ) ) {
		return '';
	}
	return $value;
}

/**
 * One size token, `300x250` (also `300×250`, `300 X 250`), as array( width, height ), or null.
 *
 * @param string $token One comma-separated part.
 * @return array{0: int, 1: int}|null
 */
function sabba_widgets_parse_ad_size( $token ) {
	$space = '[\x{0009}-\x{000D}\x{0020}\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]';
	// [0-9], not \d: JavaScript's \d is ASCII only; D: `$` is the very end, as in JavaScript.
	if ( 1 !== preg_match( '/^([0-9]{1,5})' . $space . '*[xX\x{00D7}]' . $space . '*([0-9]{1,5})$/uD', sabba_widgets_js_trim( $token ), $match ) ) {
		return null;
	}
	$width  = (int) $match[1];
	$height = (int) $match[2];
	if ( $width < 1 || $height < 1 || $width > SABBA_WIDGETS_AD_MAX_DIMENSION || $height > SABBA_WIDGETS_AD_MAX_DIMENSION ) {
		return null;
	}
	return array( $width, $height );
}

/**
 * Adds a size to a list unless an equal size is already there.
 *
 * @param array<int, array{0: int, 1: int}> $sizes The list.
 * @param array{0: int, 1: int}             $size  The size.
 * @return array<int, array{0: int, 1: int}>
 */
function sabba_widgets_add_ad_size( array $sizes, array $size ) {
	if ( ! in_array( $size, $sizes, true ) ) {
		$sizes[] = $size;
	}
	return $sizes;
}

/**
 * A comma-separated size list (size-map.ts: parseSizes): unreadable tokens and duplicates are
 * dropped, at most 20 sizes are kept.
 *
 * @param mixed $value The `sizes` attribute.
 * @return array<int, array{0: int, 1: int}>
 */
function sabba_widgets_parse_ad_sizes( $value ) {
	$sizes = array();
	foreach ( explode( ',', sabba_widgets_ad_text( $value ) ) as $token ) {
		if ( '' === sabba_widgets_js_trim( $token ) ) {
			continue;
		}
		$size = sabba_widgets_parse_ad_size( $token );
		if ( null === $size ) {
			continue;
		}
		if ( count( $sizes ) >= SABBA_WIDGETS_AD_MAX_SIZES ) {
			break;
		}
		$sizes = sabba_widgets_add_ad_size( $sizes, $size );
	}
	return $sizes;
}

/**
 * A `size-map` value (size-map.ts: parseSizeMap): breakpoints sorted by width, a malformed entry
 * dropped, a repeated breakpoint keeping its last definition.
 *
 * @param mixed $value The `size-map` attribute.
 * @return array<int, array{min_width: int, sizes: array<int, array{0: int, 1: int}>}>
 */
function sabba_widgets_parse_ad_size_map( $value ) {
	$by_width = array();
	foreach ( explode( '|', sabba_widgets_ad_text( $value ) ) as $part ) {
		$text = sabba_widgets_js_trim( $part );
		if ( '' === $text ) {
			continue;
		}
		$colon      = strpos( $text, ':' );
		$width_text = false === $colon ? '' : sabba_widgets_js_trim( substr( $text, 0, $colon ) );
		$sizes_text = false === $colon ? '' : sabba_widgets_js_trim( substr( $text, $colon + 1 ) );
		if ( 1 !== preg_match( '/^[0-9]{1,5}$/D', $width_text ) || (int) $width_text > SABBA_WIDGETS_AD_MAX_BREAKPOINT || '' === $sizes_text ) {
			continue;
		}
		$min_width = (int) $width_text;
		if ( 'none' === strtolower( $sizes_text ) ) {
			$by_width[ $min_width ] = array();
			continue;
		}
		$sizes = sabba_widgets_parse_ad_sizes( $sizes_text );
		if ( array() !== $sizes ) {
			$by_width[ $min_width ] = $sizes;
		}
	}
	ksort( $by_width, SORT_NUMERIC );
	$entries = array();
	foreach ( $by_width as $min_width => $sizes ) {
		$entries[] = array(
			'min_width' => (int) $min_width,
			'sizes'     => $sizes,
		);
	}
	return $entries;
}

/**
 * Both attributes as one plan (size-map.ts: planSizes): without a usable map every width gets
 * `sizes`; with neither, the fallback 300×250 the element reserves too.
 *
 * @param mixed $sizes_value    The `sizes` attribute.
 * @param mixed $size_map_value The `size-map` attribute.
 * @return array{sizes: array<int, array{0: int, 1: int}>, entries: array<int, array{min_width: int, sizes: array<int, array{0: int, 1: int}>}>}
 */
function sabba_widgets_plan_ad_sizes( $sizes_value, $size_map_value ) {
	$sizes   = sabba_widgets_parse_ad_sizes( $sizes_value );
	$entries = sabba_widgets_parse_ad_size_map( $size_map_value );
	$all     = $sizes;
	foreach ( $entries as $entry ) {
		foreach ( $entry['sizes'] as $size ) {
			$all = sabba_widgets_add_ad_size( $all, $size );
		}
	}
	if ( array() === $all ) {
		if ( array() !== $entries ) {
			return array(
				'sizes'   => array(),
				'entries' => $entries,
			);
		}
		$fallback = array( 300, 250 );
		$entries  = array(
			array(
				'min_width' => 0,
				'sizes'     => array( $fallback ),
			),
		);
		return array(
			'sizes'   => array( $fallback ),
			'entries' => $entries,
		);
	}
	if ( array() === $entries ) {
		$entries = array(
			array(
				'min_width' => 0,
				'sizes'     => $all,
			),
		);
	}
	return array(
		'sizes'   => $all,
		'entries' => $entries,
	);
}

/**
 * The declarations that reserve one breakpoint's box before the element is defined: the widest
 * width and tallest height (only the height matters here), plus the label's 1rem and the gap;
 * `display: none` where the breakpoint shows no ad (size-map.ts: preUpgradeDeclarations).
 *
 * @param array<int, array{0: int, 1: int}> $sizes The breakpoint's sizes.
 * @return string
 */
function sabba_widgets_ad_pre_upgrade_declarations( array $sizes ) {
	if ( array() === $sizes ) {
		return 'display: none;';
	}
	$height = max( array_map( 'sabba_widgets_ad_size_height', $sizes ) );
	return 'display: block; block-size: calc(' . (int) $height . 'px + 1rem + var(--sabba-ad-slot-gap, 0.25rem));';
}

/**
 * A size's height (for array_map).
 *
 * @param array{0: int, 1: int} $size The size.
 * @return int
 */
function sabba_widgets_ad_size_height( array $size ) {
	return $size[1];
}

/**
 * The pre-upgrade rules of one slot (size-map.ts: preUpgradeCss): the element's outer margin, and
 * per breakpoint the reserved height or `display: none`, all at zero specificity and only while
 * the element is not defined.
 *
 * @param array  $plan     From sabba_widgets_plan_ad_sizes().
 * @param string $selector One compound selector, built by the caller from trusted parts only.
 * @return string
 */
function sabba_widgets_ad_pre_upgrade_css( array $plan, $selector ) {
	$target = ':where(' . $selector . ':not(:defined))';
	$rules  = array( $target . ' { display: block; margin-block: var(--sabba-ad-slot-margin-block, 1.5em); }' );
	if ( ! isset( $plan['entries'][0] ) || 0 !== $plan['entries'][0]['min_width'] ) {
		$rules[] = $target . ' { display: none; }';
	}
	foreach ( $plan['entries'] as $entry ) {
		$body    = sabba_widgets_ad_pre_upgrade_declarations( $entry['sizes'] );
		$rules[] = 0 === $entry['min_width']
			? $target . ' { ' . $body . ' }'
			: '@media (min-width: ' . (int) $entry['min_width'] . 'px) { ' . $target . ' { ' . $body . ' } }';
	}
	return implode( "\n", $rules );
}
