<?php
/**
 * What the plugin adds around the post content by default: the author card after the content of a
 * single post, an ad slot after paragraph N (when configured), the card on author archives.
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether this the_content call is the main post of a single-post page.
 *
 * @return bool
 */
function sabba_widgets_is_main_content() {
	return is_singular( 'post' ) && in_the_loop() && is_main_query() && ! is_feed();
}

/**
 * Adds the in-content ad slot and the author card to the main post's content.
 *
 * @param string $content The rendered content.
 * @return string
 */
function sabba_widgets_filter_content( $content ) {
	if ( ! sabba_widgets_is_main_content() ) {
		return $content;
	}
	$after = absint( sabba_widgets_option( 'ad_after_paragraph' ) );
	if ( sabba_widgets_option( 'ads' ) && $after > 0 ) {
		$content = sabba_widgets_insert_after_paragraph( $content, sabba_widgets_render_ad_slot( array() ), $after );
	}
	if ( sabba_widgets_option( 'author_card' ) ) {
		$content .= sabba_widgets_render_author_cards();
	}
	return $content;
}
add_filter( 'the_content', 'sabba_widgets_filter_content', 20 );

/**
 * Inserts `$insert` after the Nth closing `</p>`; a shorter article gets it at the end.
 *
 * @param string $content The content.
 * @param string $insert  The markup to insert.
 * @param int    $count   N.
 * @return string
 */
function sabba_widgets_insert_after_paragraph( $content, $insert, $count ) {
	$parts = explode( '</p>', $content );
	if ( count( $parts ) <= $count ) {
		return $content . $insert;
	}
	$head = implode( '</p>', array_slice( $parts, 0, $count ) ) . '</p>';
	return $head . $insert . implode( '</p>', array_slice( $parts, $count ) );
}

/**
 * The card of the archive's author before the first post of an author archive.
 *
 * @param WP_Query $query The loop's query.
 */
function sabba_widgets_author_archive_card( $query ) {
	static $done = false;
	if ( $done || ! $query->is_main_query() || ! is_author() || ! sabba_widgets_option( 'author_card' ) ) {
		return;
	}
	$done = true;
	echo sabba_widgets_render_author_cards(); // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts.
}
add_action( 'loop_start', 'sabba_widgets_author_archive_card' );
