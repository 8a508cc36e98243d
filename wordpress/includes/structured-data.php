<?php
/**
 * JSON-LD printed by PHP (crawlers run no script): the author's Person/Organization node with the
 * dominant SEO plugin's `@id` scheme, so its `Article.author` points at our node. Without an SEO
 * plugin the graph also has a minimal Article (single posts) or ProfilePage (author archives).
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether an SEO plugin prints the page's Article/ProfilePage graph itself.
 *
 * @return bool
 */
function sabba_widgets_seo_plugin_active() {
	return (bool) apply_filters( 'sabba_widgets_seo_plugin_active', defined( 'WPSEO_VERSION' ) );
}

/**
 * The schema.org node of one author, describing what the card shows.
 *
 * @param array<string, mixed> $author From sabba_widgets_author_data().
 * @return array<string, mixed>
 */
function sabba_widgets_author_node( array $author ) {
	$node = array(
		'@type' => 'organization' === $author['type'] ? 'Organization' : 'Person',
		'@id'   => $author['schema_id'],
		'name'  => $author['name'],
		'url'   => $author['href'],
	);
	if ( '' !== $author['bio'] ) {
		$node['description'] = $author['bio'];
	}
	if ( '' !== $author['job_title'] && 'Person' === $node['@type'] ) {
		$node['jobTitle'] = $author['job_title'];
	}
	if ( '' !== $author['avatar'] ) {
		$node[ 'Person' === $node['@type'] ? 'image' : 'logo' ] = $author['avatar'];
	}
	if ( $author['links'] ) {
		$node['sameAs'] = $author['links'];
	}
	return $node;
}

/**
 * The graph for this page, or an empty array when there is nothing to say.
 *
 * @return array<int, array<string, mixed>>
 */
function sabba_widgets_graph() {
	if ( ! sabba_widgets_option( 'structured_data' ) || ! sabba_widgets_option( 'author_card' ) ) {
		return array();
	}
	if ( ! is_author() && ! is_singular( 'post' ) ) {
		return array();
	}
	$authors = sabba_widgets_current_authors();
	if ( ! $authors ) {
		return array();
	}
	$graph = array_map( 'sabba_widgets_author_node', $authors );
	if ( sabba_widgets_seo_plugin_active() ) {
		return $graph;
	}
	$refs = array();
	foreach ( $authors as $author ) {
		$refs[] = array( '@id' => $author['schema_id'] );
	}
	if ( is_author() ) {
		$url     = get_author_posts_url( $authors[0]['id'] );
		$graph[] = array(
			'@type'      => 'ProfilePage',
			'@id'        => $url,
			'url'        => $url,
			'mainEntity' => $refs[0],
		);
		return $graph;
	}
	$post    = get_post();
	$url     = get_permalink( $post );
	$graph[] = array(
		'@type'            => 'Article',
		'@id'              => $url . '#article',
		'headline'         => wp_strip_all_tags( get_the_title( $post ) ),
		'datePublished'    => get_the_date( 'c', $post ),
		'dateModified'     => get_the_modified_date( 'c', $post ),
		'mainEntityOfPage' => $url,
		'author'           => $refs,
	);
	return $graph;
}

/**
 * Prints the graph in `<head>`; JSON_HEX_TAG keeps `</script>` in a name or bio inert.
 */
function sabba_widgets_print_structured_data() {
	$graph = sabba_widgets_graph();
	if ( ! $graph ) {
		return;
	}
	$json = wp_json_encode(
		array(
			'@context' => 'https://schema.org',
			'@graph'   => $graph,
		),
		JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
	);
	if ( $json ) {
		echo '<script type="application/ld+json" class="sabba-widgets-schema">' . $json . "</script>\n"; // phpcs:ignore WordPress.Security.EscapeOutput -- JSON with HEX_TAG.
	}
}
add_action( 'wp_head', 'sabba_widgets_print_structured_data' );
