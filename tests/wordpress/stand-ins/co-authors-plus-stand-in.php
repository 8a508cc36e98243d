<?php
/**
 * Plugin Name: Co-Authors Plus STAND-IN (sabba-widgets tests only)
 * Description: NOT Co-Authors Plus. Co-Authors Plus cannot be downloaded on the test machine, so
 * this file defines only its documented template tag `get_coauthors( $post_id )`, which the
 * sabba-widgets plugin calls, returning what Co-Authors Plus returns: real WP_User objects for
 * user co-authors and, for a guest author, an object with `type` 'guest-author' and the fields
 * Co-Authors Plus gives guest authors (ID, display_name, user_nicename, description, website).
 * The co-authors of a post are read from its `_sabba_test_coauthors` meta: user ids and the word
 * `guest`, comma-separated. Installed and removed by tests/wordpress/plugin-authors.wordpress.test.mjs.
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

if ( ! function_exists( 'get_coauthors' ) ) {
	/**
	 * The post's co-authors, as Co-Authors Plus' template tag returns them.
	 *
	 * @param int $post_id The post (0: the current one).
	 * @return array<int, WP_User|stdClass>
	 */
	function get_coauthors( $post_id = 0 ) {
		$post = get_post( $post_id ? $post_id : null );
		if ( ! $post ) {
			return array();
		}
		$listed = (string) get_post_meta( $post->ID, '_sabba_test_coauthors', true );
		if ( '' === $listed ) {
			$user = get_userdata( (int) $post->post_author );
			return $user ? array( $user ) : array();
		}
		$authors = array();
		foreach ( explode( ',', $listed ) as $item ) {
			if ( 'guest' === trim( $item ) ) {
				$guest                = new stdClass();
				$guest->ID            = 900001;
				$guest->display_name  = 'Tamu Penulis';
				$guest->user_nicename = 'tamu-penulis';
				$guest->user_login    = 'cap-tamu-penulis';
				$guest->type          = 'guest-author';
				$guest->description   = 'Penulis tamu untuk liputan khusus.';
				$guest->website       = 'https://tamu.example.id/';
				$authors[]            = $guest;
				continue;
			}
			$user = get_userdata( (int) $item );
			if ( $user ) {
				$authors[] = $user;
			}
		}
		return $authors;
	}
}
