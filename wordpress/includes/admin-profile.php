<?php
/**
 * The user profile fields the author card reads: profile links (the same meta keys SEO plugins
 * use), the role line, and the newsroom mark that makes a staff account an Organization.
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the profile link fields to Users → Profile (keeps an SEO plugin's labels when it has them).
 *
 * @param array<string, string> $methods Contact methods.
 * @return array<string, string>
 */
function sabba_widgets_contact_methods( $methods ) {
	$labels = array(
		'facebook'  => __( 'Facebook profile URL', 'sabba-widgets' ),
		'instagram' => __( 'Instagram profile URL', 'sabba-widgets' ),
		'twitter'   => __( 'X username (without @)', 'sabba-widgets' ),
		'youtube'   => __( 'YouTube channel URL', 'sabba-widgets' ),
		'tiktok'    => __( 'TikTok username', 'sabba-widgets' ),
		'linkedin'  => __( 'LinkedIn profile URL', 'sabba-widgets' ),
	);
	return $methods + $labels;
}
add_filter( 'user_contactmethods', 'sabba_widgets_contact_methods' );

/**
 * Prints the role line and (for administrators) the newsroom mark on a profile.
 *
 * @param WP_User $user The profile's user.
 */
function sabba_widgets_profile_fields_form( $user ) {
	wp_nonce_field( 'sabba_widgets_profile_' . $user->ID, 'sabba_widgets_profile_nonce' );
	echo '<h2>' . esc_html__( 'Author card', 'sabba-widgets' ) . '</h2><table class="form-table" role="presentation"><tr><th><label for="sabba-widgets-job-title">'
		. esc_html__( 'Role (e.g. Reporter)', 'sabba-widgets' ) . '</label></th><td><input type="text" class="regular-text" id="sabba-widgets-job-title" name="sabba_widgets_job_title" value="'
		. esc_attr( (string) get_user_meta( $user->ID, 'sabba_widgets_job_title', true ) ) . '"></td></tr>';
	if ( current_user_can( 'edit_users' ) ) {
		echo '<tr><th>' . esc_html__( 'Newsroom account', 'sabba-widgets' ) . '</th><td><label><input type="checkbox" name="sabba_widgets_newsroom" value="1" '
			. checked( (bool) get_user_meta( $user->ID, 'sabba_widgets_newsroom', true ), true, false ) . '> '
			. esc_html__( 'This account is the newsroom (e.g. “Redaksi”): its card and structured data describe an organization', 'sabba-widgets' ) . '</label></td></tr>';
	}
	echo '</table>';
}
add_action( 'show_user_profile', 'sabba_widgets_profile_fields_form' );
add_action( 'edit_user_profile', 'sabba_widgets_profile_fields_form' );

/**
 * Saves the profile fields (nonce and capability checked, values sanitised).
 *
 * @param int $user_id The profile's user.
 */
function sabba_widgets_save_profile_fields( $user_id ) {
	$nonce = isset( $_POST['sabba_widgets_profile_nonce'] ) ? sanitize_text_field( wp_unslash( $_POST['sabba_widgets_profile_nonce'] ) ) : '';
	if ( ! wp_verify_nonce( $nonce, 'sabba_widgets_profile_' . $user_id ) || ! current_user_can( 'edit_user', $user_id ) ) {
		return;
	}
	$title = isset( $_POST['sabba_widgets_job_title'] ) ? sanitize_text_field( wp_unslash( $_POST['sabba_widgets_job_title'] ) ) : '';
	update_user_meta( $user_id, 'sabba_widgets_job_title', mb_substr( $title, 0, 100 ) );
	if ( current_user_can( 'edit_users' ) ) {
		if ( empty( $_POST['sabba_widgets_newsroom'] ) ) {
			delete_user_meta( $user_id, 'sabba_widgets_newsroom' );
		} else {
			update_user_meta( $user_id, 'sabba_widgets_newsroom', 1 );
		}
	}
}
add_action( 'personal_options_update', 'sabba_widgets_save_profile_fields' );
add_action( 'edit_user_profile_update', 'sabba_widgets_save_profile_fields' );
