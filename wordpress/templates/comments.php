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
?>
<div id="comments" class="comments-area sabba-widgets-comments">
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
