<?php
/**
 * The page-wide widgets: back-to-top and the adblock notice, printed once in the footer.
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * `<sabba-back-to-top>` with a plain link to the top inside, which works without JavaScript.
 *
 * @return string
 */
function sabba_widgets_render_back_to_top() {
	sabba_widgets_back_to_top_rendered( true );
	sabba_widgets_use_script();
	return '<sabba-back-to-top><a href="#top">' . esc_html__( 'Back to top', 'sabba-widgets' ) . '</a></sabba-back-to-top>';
}

/**
 * Whether a back-to-top control is on the page already (a block or shortcode in the content), so
 * the footer does not print a second one.
 *
 * @param bool $set True to record that one was rendered.
 * @return bool
 */
function sabba_widgets_back_to_top_rendered( $set = false ) {
	static $rendered = false;
	if ( $set ) {
		$rendered = true;
	}
	return $rendered;
}

/**
 * `<sabba-adblock-notice>` with the site's options. Without JavaScript nothing can be detected,
 * so it prints no content of its own.
 *
 * @param array<string, string> $overrides Validated shortcode or block values (mode, heading, message).
 * @return string
 */
function sabba_widgets_render_adblock_notice( array $overrides = array() ) {
	sabba_widgets_use_script();
	$mode = isset( $overrides['mode'] ) ? $overrides['mode'] : sabba_widgets_option( 'adblock_mode' );
	return '<sabba-adblock-notice' . sabba_widgets_attributes(
		array(
			'mode'          => in_array( $mode, array( 'banner', 'inline' ), true ) ? $mode : 'banner',
			'remember-days' => (string) absint( sabba_widgets_option( 'adblock_remember' ) ),
			'heading'       => isset( $overrides['heading'] ) ? $overrides['heading'] : sabba_widgets_option( 'adblock_heading' ),
			'message'       => isset( $overrides['message'] ) ? $overrides['message'] : sabba_widgets_option( 'adblock_message' ),
		)
	) . '></sabba-adblock-notice>';
}

/**
 * Decides early (before `<head>` is printed) whether the page-wide widgets are on, so the module
 * is enqueued in time on block themes too.
 */
function sabba_widgets_plan_page_widgets() {
	if ( is_admin() || is_feed() || is_embed() ) {
		return;
	}
	if ( sabba_widgets_option( 'back_to_top' ) || sabba_widgets_option( 'adblock_notice' ) ) {
		sabba_widgets_use_script();
		add_action( 'wp_footer', 'sabba_widgets_print_page_widgets', 5 );
	}
}
add_action( 'template_redirect', 'sabba_widgets_plan_page_widgets' );

/**
 * Prints the page-wide widgets in the footer.
 */
function sabba_widgets_print_page_widgets() {
	if ( sabba_widgets_option( 'back_to_top' ) && ! sabba_widgets_back_to_top_rendered() ) {
		echo sabba_widgets_render_back_to_top(); // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts.
	}
	if ( sabba_widgets_option( 'adblock_notice' ) ) {
		echo sabba_widgets_render_adblock_notice(); // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts.
	}
}
