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

/**
 * The theme template parts that print an author box below single posts, which the card replaces:
 * Twenty Twenty-One's and Twenty Nineteen's `template-parts/post/author-bio`, Twenty Twenty's
 * `template-parts/entry-author-bio`. Filter `sabba_widgets_theme_author_bio_parts` to name a
 * theme's own, or return false from `sabba_widgets_hide_theme_author_bio` to keep both boxes.
 *
 * @return array<int, string>
 */
function sabba_widgets_theme_author_bio_parts() {
	$parts = apply_filters( 'sabba_widgets_theme_author_bio_parts', array( 'template-parts/post/author-bio', 'template-parts/entry-author-bio' ) );
	return is_array( $parts ) ? array_values( array_filter( $parts, 'is_string' ) ) : array();
}

/**
 * Whether the theme's own author box is hidden on this page: the card follows the content of
 * single posts, so a second box with the same name and bio would repeat it.
 *
 * @return bool
 */
function sabba_widgets_hides_theme_author_bio() {
	return is_singular( 'post' ) && (bool) sabba_widgets_option( 'author_card' )
		&& (bool) apply_filters( 'sabba_widgets_hide_theme_author_bio', true );
}

/**
 * Registers, before the template is loaded, the hooks that hide the theme's author box: core's
 * `get_template_part_{$slug}` action (classic themes) and the author biography block (block themes).
 */
function sabba_widgets_plan_theme_author_bio() {
	if ( ! sabba_widgets_hides_theme_author_bio() ) {
		return;
	}
	foreach ( sabba_widgets_theme_author_bio_parts() as $slug ) {
		add_action( 'get_template_part_' . $slug, 'sabba_widgets_skip_theme_author_bio' );
	}
	add_filter( 'render_block_core/post-author-biography', '__return_empty_string' );
}
add_action( 'template_redirect', 'sabba_widgets_plan_theme_author_bio' );

/**
 * Runs just before the theme's author-bio part is loaded. Those parts print only when the
 * author has a description (`get_the_author_meta( 'description' )`), so the next read of it, the
 * part's own check, answers '' once; every other read (the card's, the JSON-LD's) is untouched.
 */
function sabba_widgets_skip_theme_author_bio() {
	add_filter( 'get_the_author_description', 'sabba_widgets_empty_description_once', 999 );
}

/**
 * '' for one read of the author's description, then removes itself.
 *
 * @return string
 */
function sabba_widgets_empty_description_once() {
	remove_filter( 'get_the_author_description', 'sabba_widgets_empty_description_once', 999 );
	return '';
}
