<?php
/**
 * `<sabba-author-card>`: the post author (or each co-author, with Co-Authors Plus) with the name,
 * bio, avatar, archive link and profile links from the user's profile, and the same content in
 * the light DOM for readers and crawlers without JavaScript.
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Profile fields (user meta keys, the same names SEO plugins use) and how a bare handle becomes a URL.
 *
 * @return array<string, string> Meta key => URL prefix for a handle ('' when only URLs are accepted).
 */
function sabba_widgets_profile_fields() {
	return array(
		'facebook'  => 'https://www.facebook.com/',
		'instagram' => 'https://www.instagram.com/',
		'twitter'   => 'https://x.com/',
		'youtube'   => '',
		'tiktok'    => 'https://www.tiktok.com/@',
		'linkedin'  => '',
	);
}

/**
 * An http(s) URL from a profile field, a handle turned into its network's URL, or ''.
 *
 * @param string $value  The stored value.
 * @param string $prefix The network's URL for handles.
 * @return string
 */
function sabba_widgets_profile_url( $value, $prefix ) {
	$value = trim( (string) $value );
	if ( '' !== $prefix && preg_match( '/^@?[A-Za-z0-9_.]{1,64}$/', $value ) ) {
		$value = $prefix . ltrim( $value, '@' );
	}
	$url = esc_url_raw( $value, array( 'http', 'https' ) );
	return ( '' !== $url && preg_match( '#^https?://[^/?\#\s]+#i', $url ) ) ? $url : '';
}

/**
 * What the card and its structured data say about one author.
 *
 * @param WP_User|object $author A user, or a Co-Authors Plus guest author.
 * @return array<string, mixed>|null
 */
function sabba_widgets_author_data( $author ) {
	if ( ! is_object( $author ) || empty( $author->ID ) || empty( $author->display_name ) ) {
		return null;
	}
	$is_guest = isset( $author->type ) && 'guest-author' === $author->type;
	$id       = (int) $author->ID;
	$links    = array();
	$website  = $is_guest ? ( isset( $author->website ) ? $author->website : '' ) : $author->user_url;
	foreach ( array_merge( array( 'user_url' => '' ), sabba_widgets_profile_fields() ) as $key => $prefix ) {
		$raw = 'user_url' === $key ? $website : ( $is_guest ? '' : get_user_meta( $id, $key, true ) );
		$url = sabba_widgets_profile_url( is_string( $raw ) ? $raw : '', $prefix );
		if ( '' !== $url && ! in_array( $url, $links, true ) ) {
			$links[] = $url;
		}
	}
	$login = isset( $author->user_login ) ? $author->user_login : '';
	return array(
		'id'        => $id,
		'name'      => $author->display_name,
		'bio'       => trim( wp_strip_all_tags( $is_guest ? ( isset( $author->description ) ? $author->description : '' ) : get_the_author_meta( 'description', $id ) ) ),
		'job_title' => $is_guest ? '' : (string) get_user_meta( $id, 'sabba_widgets_job_title', true ),
		'type'      => ( ! $is_guest && get_user_meta( $id, 'sabba_widgets_newsroom', true ) ) ? 'organization' : 'person',
		'avatar'    => get_option( 'show_avatars' ) ? (string) get_avatar_url( $is_guest ? $author : $id, array( 'size' => 128 ) ) : '',
		'href'      => get_author_posts_url( $id, isset( $author->user_nicename ) ? $author->user_nicename : '' ),
		'links'     => $links,
		// The @id scheme of the dominant SEO plugin: a salted hash, never the login or the e-mail.
		'schema_id' => trailingslashit( home_url() ) . '#/schema/person/' . wp_hash( $login . $id ),
	);
}

/**
 * The authors of a post: Co-Authors Plus' list when that plugin is active, else the post author.
 *
 * @param WP_Post $post The post.
 * @return array<int, array<string, mixed>>
 */
function sabba_widgets_post_authors( $post ) {
	$authors = function_exists( 'get_coauthors' ) ? get_coauthors( $post->ID ) : array( get_userdata( (int) $post->post_author ) );
	return array_values( array_filter( array_map( 'sabba_widgets_author_data', is_array( $authors ) ? $authors : array() ) ) );
}

/**
 * The authors the card shows on this page: the archive's author, or the current post's authors.
 *
 * @return array<int, array<string, mixed>>
 */
function sabba_widgets_current_authors() {
	if ( is_author() ) {
		$author = get_queried_object();
		$data   = $author instanceof WP_User ? sabba_widgets_author_data( $author ) : null;
		return $data ? array( $data ) : array();
	}
	$post = get_post();
	return $post ? sabba_widgets_post_authors( $post ) : array();
}

/**
 * One `<sabba-author-card>` with its server-rendered content, printed once: readers without
 * JavaScript (and crawlers) read it as it is, styled by css/widgets.css, and the element takes it
 * over when it upgrades. The photo, name, role and links sit in `slot="server"` children, which
 * the element reads instead of attributes and never renders; the bio is an ordinary child
 * (`.sabba-author-bio`), which the element shows in its bio box. Only what is not content is an attribute
 * (`type`, `compact`). The markup is the contract of src/components/author-card/server-content.ts.
 *
 * @param array<string, mixed> $author  From sabba_widgets_author_data().
 * @param bool                 $compact The one-line byline variant (photo and name only).
 * @return string
 */
function sabba_widgets_render_author_card( array $author, $compact = false ) {
	sabba_widgets_use_script();
	$inner = '' !== $author['avatar']
		? '<img slot="server" class="sabba-author-avatar" src="' . esc_url( $author['avatar'] ) . '" alt="" width="64" height="64" loading="lazy" decoding="async">'
		: '';
	// The byline sits inside a line of text (often a theme's <p>), where a <div> or <p> would end that paragraph.
	$tag   = $compact ? 'span' : 'p';
	$head  = '<' . $tag . ' class="sabba-author-name"><a href="' . esc_url( $author['href'] ) . '" rel="author">' . esc_html( $author['name'] ) . '</a></' . $tag . '>';
	if ( ! $compact ) {
		$badge = 'organization' === $author['type'] ? '<span class="sabba-author-badge">' . esc_html__( 'Newsroom', 'sabba-widgets' ) . '</span>' : '';
		$head  = $badge . $head . ( '' !== $author['job_title'] ? '<p class="sabba-author-role">' . esc_html( $author['job_title'] ) . '</p>' : '' );
	}
	$tag    = $compact ? 'span' : 'div';
	$inner .= '<' . $tag . ' slot="server" class="sabba-author-head">' . $head . '</' . $tag . '>';
	if ( ! $compact && '' !== $author['bio'] ) {
		// One box around the paragraphs: the card folds the bio as one block.
		$inner .= '<div class="sabba-author-bio">' . wpautop( esc_html( $author['bio'] ) ) . '</div>';
	}
	$links = '';
	foreach ( $compact ? array() : $author['links'] as $url ) {
		$host   = wp_parse_url( $url, PHP_URL_HOST );
		$links .= '<li><a href="' . esc_url( $url ) . '" rel="me noopener">' . esc_html( $host ? preg_replace( '/^www\./', '', $host ) : $url ) . '</a></li>';
	}
	if ( '' !== $links ) {
		$inner .= '<ul slot="server" class="sabba-author-links">' . $links . '</ul>';
	}
	return '<sabba-author-card' . sabba_widgets_attributes(
		array(
			'type'    => $author['type'],
			'compact' => (bool) $compact,
		)
	) . '>' . $inner . '</sabba-author-card>';
}

/**
 * Every card of this page (co-authors one after the other).
 *
 * @param bool $compact The one-line byline variant.
 * @return string
 */
function sabba_widgets_render_author_cards( $compact = false ) {
	$out = '';
	foreach ( sabba_widgets_current_authors() as $author ) {
		$out .= sabba_widgets_render_author_card( $author, $compact );
	}
	return $out;
}
