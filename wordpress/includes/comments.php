<?php
/**
 * The comment thread and form: `<sabba-comments>` and `<sabba-comment-form>`, filled from the
 * post and the Discussion settings, with WordPress's own markup inside (the approved comments as
 * `<ol>`, comment_form()'s real form posting to wp-comments-post.php) so readers without
 * JavaScript comment exactly as with the theme's form.
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * What a shortcode or block asked the comments template to print ('both', 'thread' or 'form'),
 * or '' when comments_template() was called by the theme.
 *
 * @param string|null $set The part to print next, '' to reset, null to read it.
 * @return string
 */
function sabba_widgets_comments_part( $set = null ) {
	static $part = '';
	if ( null !== $set ) {
		$part = $set;
	}
	return $part;
}

/**
 * Whether the theme's comment area is replaced on this page.
 *
 * @return bool
 */
function sabba_widgets_replaces_comments() {
	return (bool) sabba_widgets_option( 'comments' ) && is_singular();
}

/**
 * Points comments_template() at the plugin's template: WordPress has then already queried the
 * comments with every Discussion setting (order, paging, the reader's own held comments).
 *
 * @param string $template The theme's comments.php.
 * @return string
 */
function sabba_widgets_comments_template( $template ) {
	if ( sabba_widgets_replaces_comments() || '' !== sabba_widgets_comments_part() ) {
		return SABBA_WIDGETS_DIR . 'templates/comments.php';
	}
	return $template;
}
add_filter( 'comments_template', 'sabba_widgets_comments_template', 20 );

/**
 * Block themes show comments with the core/comments block: it is replaced by the same output.
 *
 * @param string $content The block's HTML.
 * @return string
 */
function sabba_widgets_replace_comments_block( $content ) {
	if ( ! sabba_widgets_replaces_comments() ) {
		return $content;
	}
	return sabba_widgets_render_comments( 'both' );
}
add_filter( 'render_block_core/comments', 'sabba_widgets_replace_comments_block' );

/**
 * The thread, the form or both for the current post, as HTML.
 *
 * @param string $part 'both', 'thread' or 'form'.
 * @return string
 */
function sabba_widgets_render_comments( $part ) {
	if ( ! get_post() ) {
		return '';
	}
	global $withcomments;
	$previous = sabba_widgets_comments_part();
	$forced   = $withcomments;
	sabba_widgets_comments_part( $part );
	// comments_template() prints nothing outside a single post or page unless $withcomments is
	// set (core's own switch for this): a shortcode or block asked for the comments, and the block
	// editor's preview (a REST request) is never a single-post page.
	$withcomments = true; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- restored below.
	ob_start();
	comments_template();
	$withcomments = $forced; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- restored.
	sabba_widgets_comments_part( $previous );
	return (string) ob_get_clean();
}

/**
 * The approved comment being answered (`?replytocom=ID` on this post), or null.
 *
 * @param int $post_id The post.
 * @return WP_Comment|null
 */
function sabba_widgets_reply_target( $post_id ) {
	// phpcs:ignore WordPress.Security.NonceVerification -- a read-only link parameter, as in core.
	$id = isset( $_GET['replytocom'] ) ? absint( wp_unslash( $_GET['replytocom'] ) ) : 0;
	if ( ! $id ) {
		return null;
	}
	$comment = get_comment( $id );
	if ( ! $comment || (int) $comment->comment_post_ID !== (int) $post_id || '1' !== $comment->comment_approved ) {
		return null;
	}
	return $comment;
}

/**
 * How the element sends comments: REST for logged-in readers (with their nonce) and when the
 * site takes anonymous REST comments, otherwise wp-comments-post.php.
 *
 * @return string
 */
function sabba_widgets_transport() {
	$chosen = sabba_widgets_option( 'transport' );
	if ( 'rest' === $chosen || 'classic' === $chosen ) {
		return $chosen;
	}
	return ( is_user_logged_in() || apply_filters( 'rest_allow_anonymous_comments', false, null ) ) ? 'rest' : 'classic';
}

/**
 * The attributes of `<sabba-comment-form>` for a post.
 *
 * @param WP_Post $post The post.
 * @return array<string, mixed>
 */
function sabba_widgets_comment_form_attributes( $post ) {
	$reply     = sabba_widgets_reply_target( $post->ID );
	$transport = sabba_widgets_transport();
	$user      = wp_get_current_user();
	return array(
		'site-url'           => home_url( '/' ),
		'rest-root'          => rest_url(),
		'post-id'            => (string) $post->ID,
		// '0', not '': the element would otherwise take comment_parent from the form inside, which
		// WordPress fills from ?replytocom without the checks of sabba_widgets_reply_target().
		'parent-id'          => $reply ? (string) $reply->comment_ID : '0',
		'reply-to-name'      => $reply ? get_comment_author( $reply ) : '',
		'transport'          => $transport,
		'nonce'              => ( $user->exists() && 'rest' === $transport ) ? wp_create_nonce( 'wp_rest' ) : '',
		'logged-in-as'       => $user->exists() ? $user->display_name : '',
		'require-name-email' => get_option( 'require_name_email' ) ? '' : 'false',
		'cookies-consent'    => (bool) get_option( 'show_comments_cookies_opt_in' ),
	);
}

/**
 * The attributes of `<sabba-comments>`: the post and the Discussion settings that shape a thread.
 *
 * @param WP_Post $post The post.
 * @return array<string, mixed>
 */
function sabba_widgets_thread_attributes( $post ) {
	$paged = (bool) get_option( 'page_comments' );
	return array(
		'site-url'  => home_url( '/' ),
		'rest-root' => rest_url(),
		'post-id'   => (string) $post->ID,
		'max-depth' => get_option( 'thread_comments' ) ? (string) absint( get_option( 'thread_comments_depth' ) ) : '1',
		'per-page'  => $paged ? (string) absint( get_option( 'comments_per_page' ) ) : '',
		'page'      => $paged ? (string) max( 1, absint( get_query_var( 'cpage' ) ) ) : '',
		'order'     => 'desc' === get_option( 'comment_order' ) ? 'desc' : 'asc',
		'closed'    => ! comments_open( $post ),
	);
}
