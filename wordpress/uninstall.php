<?php
/**
 * Removes everything the plugin stored: its settings and the per-user newsroom and role fields.
 * The profile links (facebook, instagram, …) stay: they are the user's data and the same fields
 * that SEO plugins use.
 *
 * @package SabbaWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'sabba_widgets_settings' );
delete_site_option( 'sabba_widgets_settings' );
foreach ( array( 'sabba_widgets_newsroom', 'sabba_widgets_job_title' ) as $sabba_widgets_meta_key ) {
	delete_metadata( 'user', 0, $sabba_widgets_meta_key, '', true );
}
