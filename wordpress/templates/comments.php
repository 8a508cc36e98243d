<?php
/**
 * The comment area that replaces the theme's (loaded by comments_template()): `<sabba-comments>`
 * with the approved comments as WordPress's `<ol>` markup inside, then `<sabba-comment-form>` with
 * comment_form()'s real form inside. Without JavaScript both work as the theme's would.
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

$sabba_widgets_post = get_post();
if ( ! $sabba_widgets_post || post_password_required( $sabba_widgets_post ) ) {
	return;
}
$sabba_widgets_part = sabba_widgets_comments_part() ? sabba_widgets_comments_part() : 'both';
sabba_widgets_use_script();
/**
 * Filters the classes of the comment area's wrapper. `default-max-width` is Twenty Twenty-One's
 * content column (its own comments.php sets it); themes without that class ignore it, and a theme
 * with another column class can add it here.
 *
 * @param string[] $classes The wrapper's classes.
 */
$sabba_widgets_classes = (array) apply_filters( 'sabba_widgets_comments_area_classes', array( 'comments-area', 'sabba-widgets-comments', 'default-max-width' ) );
// The thread is the page's `#comments` (themes' "N comments" links point there); a form placed on
// its own is anchored by WordPress's `#respond` inside it, so two blocks never repeat an id.
?>
<div<?php echo 'form' === $sabba_widgets_part ? '' : ' id="comments"'; ?> class="<?php echo esc_attr( implode( ' ', array_map( 'sanitize_html_class', $sabba_widgets_classes ) ) ); ?>">
<?php if ( 'form' !== $sabba_widgets_part ) : ?>
	<sabba-comments<?php echo sabba_widgets_attributes( sabba_widgets_thread_attributes( $sabba_widgets_post ) ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by sabba_widgets_attributes(). ?>>
	<?php if ( have_comments() ) : ?>
		<h2 class="comments-title">
		<?php
		/* translators: %s: number of comments. */
		echo esc_html( sprintf( _n( '%s comment', '%s comments', get_comments_number(), 'sabba-widgets' ), number_format_i18n( get_comments_number() ) ) );
		?>
		</h2>
		<ol class="comment-list">
		<?php
		wp_list_comments(
			array(
				'style'       => 'ol',
				'short_ping'  => true,
				'avatar_size' => get_option( 'show_avatars' ) ? 48 : 0,
			)
		);
		?>
		</ol>
		<?php
		the_comments_pagination(
			array(
				'prev_text' => esc_html__( 'Older comments', 'sabba-widgets' ),
				'next_text' => esc_html__( 'Newer comments', 'sabba-widgets' ),
			)
		);
		?>
	<?php elseif ( comments_open() ) : ?>
		<?php
		// The element's own empty state, printed by the server: an empty list reads as a complete first
		// page (no request), and the element's heading and message take the same lines, so nothing moves.
		?>
		<h2 class="comments-title"><?php esc_html_e( 'Comments', 'sabba-widgets' ); ?></h2>
		<ol class="comment-list"></ol>
		<p class="no-comments"><?php esc_html_e( 'No comments yet. Be the first!', 'sabba-widgets' ); ?></p>
	<?php endif; ?>
	<?php if ( ! comments_open() ) : ?>
		<p class="no-comments"><?php esc_html_e( 'Comments are closed.', 'sabba-widgets' ); ?></p>
	<?php endif; ?>
	</sabba-comments>
<?php endif; ?>
<?php
if ( 'thread' !== $sabba_widgets_part && comments_open() ) {
	if ( get_option( 'comment_registration' ) && ! is_user_logged_in() ) {
		// Only registered readers may comment: WordPress's own "You must be logged in" notice.
		comment_form();
	} else {
		echo '<sabba-comment-form' . sabba_widgets_attributes( sabba_widgets_comment_form_attributes( $sabba_widgets_post ) ) . '>'; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by sabba_widgets_attributes().
		comment_form();
		echo '</sabba-comment-form>';
	}
}
?>
</div>
