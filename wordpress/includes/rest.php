<?php
/**
 * The comment routes for other sites: anonymous REST comments (off unless switched on), CORS for
 * the allowed portal origins only (instead of core's echo of any Origin), and cache headers on
 * anonymous comment reads so a CDN can serve threads.
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Lets logged-out readers post through REST when the settings page says so.
 *
 * @param bool $allowed Core's answer (false by default).
 * @return bool
 */
function sabba_widgets_allow_anonymous_comments( $allowed ) {
	return sabba_widgets_option( 'anonymous_rest' ) ? true : $allowed;
}
add_filter( 'rest_allow_anonymous_comments', 'sabba_widgets_allow_anonymous_comments', 20 );

/**
 * Whether a REST request is for the comments collection or one comment.
 *
 * @param WP_REST_Request $request The request.
 * @return bool
 */
function sabba_widgets_is_comment_route( $request ) {
	return (bool) preg_match( '#^/wp/v2/comments(/\d+)?/?$#', (string) $request->get_route() );
}

/**
 * The request's Origin when it is on the allow list, else null.
 *
 * @return string|null
 */
function sabba_widgets_allowed_origin() {
	$origin  = isset( $_SERVER['HTTP_ORIGIN'] ) ? esc_url_raw( wp_unslash( $_SERVER['HTTP_ORIGIN'] ) ) : '';
	$allowed = (array) sabba_widgets_option( 'allowed_origins' );
	return ( '' !== $origin && in_array( $origin, $allowed, true ) ) ? $origin : null;
}

/**
 * Replaces core's CORS headers on the comment routes: only allowed origins get them.
 * Runs after rest_send_cors_headers() (priority 10) on the same filter.
 *
 * @param bool            $served  Whether the request was served already.
 * @param mixed           $result  The response.
 * @param WP_REST_Request $request The request.
 * @return bool
 */
function sabba_widgets_comment_cors( $served, $result, $request ) {
	if ( ! sabba_widgets_is_comment_route( $request ) || headers_sent() ) {
		return $served;
	}
	header_remove( 'Access-Control-Allow-Origin' );
	header_remove( 'Access-Control-Allow-Credentials' );
	header( 'Vary: Origin', false );
	$origin = sabba_widgets_allowed_origin();
	if ( null !== $origin ) {
		header( 'Access-Control-Allow-Origin: ' . $origin );
		header( 'Access-Control-Allow-Credentials: true' );
		header( 'Access-Control-Allow-Methods: GET, POST, OPTIONS' );
		header( 'Access-Control-Allow-Headers: Content-Type, X-WP-Nonce' );
		header( 'Access-Control-Max-Age: 600' );
	}
	return $served;
}
add_filter( 'rest_pre_serve_request', 'sabba_widgets_comment_cors', 15, 3 );

/**
 * Refuses a comment sent from a page of another origin that is not on the allow list (a browser
 * would hide the answer, but the comment would still be stored).
 *
 * @param mixed           $result  The dispatch result so far.
 * @param WP_REST_Server  $server  The server.
 * @param WP_REST_Request $request The request.
 * @return mixed
 */
function sabba_widgets_refuse_foreign_origin( $result, $server, $request ) {
	if ( 'POST' !== $request->get_method() || ! sabba_widgets_is_comment_route( $request ) || empty( $_SERVER['HTTP_ORIGIN'] ) ) {
		return $result;
	}
	$origin = esc_url_raw( wp_unslash( $_SERVER['HTTP_ORIGIN'] ) );
	$home   = wp_parse_url( home_url() );
	$own    = $home['scheme'] . '://' . $home['host'] . ( isset( $home['port'] ) ? ':' . $home['port'] : '' );
	if ( $origin === $own || null !== sabba_widgets_allowed_origin() ) {
		return $result;
	}
	return new WP_Error( 'sabba_origin_not_allowed', __( 'Comments from this site are not accepted.', 'sabba-widgets' ), array( 'status' => 403 ) );
}
add_filter( 'rest_pre_dispatch', 'sabba_widgets_refuse_foreign_origin', 10, 3 );

/**
 * Public cache headers on comment reads by logged-out readers, when set on the settings page.
 *
 * @param WP_REST_Response $response The response.
 * @param WP_REST_Server   $server   The server.
 * @param WP_REST_Request  $request  The request.
 * @return WP_REST_Response
 */
function sabba_widgets_comment_cache_headers( $response, $server, $request ) {
	$max_age = absint( sabba_widgets_option( 'cache_max_age' ) );
	if ( ! $max_age || 'GET' !== $request->get_method() || is_user_logged_in() || ! sabba_widgets_is_comment_route( $request ) ) {
		return $response;
	}
	if ( $response instanceof WP_REST_Response && $response->get_status() < 400 ) {
		$swr = absint( sabba_widgets_option( 'cache_swr' ) );
		$response->header( 'Cache-Control', 'public, max-age=' . $max_age . ( $swr ? ', stale-while-revalidate=' . $swr : '' ) );
		$response->header( 'Vary', 'Origin' );
	}
	return $response;
}
add_filter( 'rest_post_dispatch', 'sabba_widgets_comment_cache_headers', 10, 3 );
