<?php
/**
 * Settings → Sabba widgets (Settings API, `manage_options`; options.php checks the nonce that
 * settings_fields() prints). Every value is sanitised on save and escaped on output.
 *
 * @package SabbaWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page's fields by section: key => [type, label, choices or help].
 *
 * @return array<string, array<string, mixed>>
 */
function sabba_widgets_settings_fields() {
	return array(
		'comments' => array(
			'title'  => __( 'Comments', 'sabba-widgets' ),
			'fields' => array(
				'comments'        => array( 'checkbox', __( 'Replace the theme’s comment area on single posts', 'sabba-widgets' ) ),
				'transport'       => array(
					'select',
					__( 'Comment transport', 'sabba-widgets' ),
					array(
						'auto'    => __( 'Automatic: REST for logged-in readers and when anonymous REST comments are allowed, else wp-comments-post.php', 'sabba-widgets' ),
						'rest'    => __( 'REST API', 'sabba-widgets' ),
						'classic' => __( 'wp-comments-post.php', 'sabba-widgets' ),
					),
				),
				'anonymous_rest'  => array( 'checkbox', __( 'Allow comments from other sites: accept REST comments from logged-out readers', 'sabba-widgets' ) ),
				'allowed_origins' => array( 'origins', __( 'Allowed portal origins (one per line, e.g. https://portal.example.id)', 'sabba-widgets' ) ),
				'cache_max_age'   => array( 'number', __( 'Cache comment reads for logged-out readers (max-age, seconds; 0 = off)', 'sabba-widgets' ), 86400 ),
				'cache_swr'       => array( 'number', __( 'stale-while-revalidate (seconds)', 'sabba-widgets' ), 604800 ),
			),
		),
		'author'   => array(
			'title'  => __( 'Author card', 'sabba-widgets' ),
			'fields' => array(
				'author_card'     => array( 'checkbox', __( 'Show the author card after the content of single posts and on author archives', 'sabba-widgets' ) ),
				'structured_data' => array( 'checkbox', __( 'Print the author’s structured data (JSON-LD)', 'sabba-widgets' ) ),
			),
		),
		'page'     => array(
			'title'  => __( 'Back to top and adblock notice', 'sabba-widgets' ),
			'fields' => array(
				'back_to_top'      => array( 'checkbox', __( 'Show the back-to-top button on every page', 'sabba-widgets' ) ),
				'adblock_notice'   => array( 'checkbox', __( 'Show the adblock notice', 'sabba-widgets' ) ),
				'adblock_mode'     => array(
					'select',
					__( 'Notice display', 'sabba-widgets' ),
					array(
						'banner' => __( 'Banner', 'sabba-widgets' ),
						'inline' => __( 'Inline', 'sabba-widgets' ),
					),
				),
				'adblock_remember' => array( 'number', __( 'Days the notice stays dismissed', 'sabba-widgets' ), 365 ),
				'adblock_heading'  => array( 'text', __( 'Notice heading (empty: the default)', 'sabba-widgets' ) ),
				'adblock_message'  => array( 'text', __( 'Notice message (empty: the default)', 'sabba-widgets' ) ),
			),
		),
		'ads'      => array(
			'title'  => __( 'Ads', 'sabba-widgets' ),
			'fields' => array(
				'ads'                => array( 'checkbox', __( 'Show ad slots', 'sabba-widgets' ) ),
				'ad_provider'        => array(
					'select',
					__( 'Provider', 'sabba-widgets' ),
					array(
						'gpt'     => __( 'Google Ad Manager (GPT)', 'sabba-widgets' ),
						'adsense' => __( 'AdSense', 'sabba-widgets' ),
					),
				),
				'ad_network'         => array( 'ad:network', __( 'Ad Manager network code (digits)', 'sabba-widgets' ) ),
				'ad_client'          => array( 'ad:client', __( 'AdSense client (ca-pub-…)', 'sabba-widgets' ) ),
				'ad_slot'            => array( 'ad:slot', __( 'Slot: ad unit path under the network, or AdSense slot id', 'sabba-widgets' ) ),
				'ad_sizes'           => array( 'ad:sizes', __( 'Sizes, e.g. 300x250, 336x280', 'sabba-widgets' ) ),
				'ad_size_map'        => array( 'ad:size_map', __( 'Size map, e.g. 0:300x250 | 768:728x90', 'sabba-widgets' ) ),
				'ad_after_paragraph' => array( 'number', __( 'Insert the slot after paragraph (0 = not in the content)', 'sabba-widgets' ), 50 ),
			),
		),
	);
}

/**
 * Registers the option, its sections and fields.
 */
function sabba_widgets_register_settings() {
	register_setting(
		'sabba_widgets',
		SABBA_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'sabba_widgets_sanitize_settings',
			'default'           => sabba_widgets_defaults(),
		)
	);
	foreach ( sabba_widgets_settings_fields() as $section => $spec ) {
		add_settings_section( 'sabba_widgets_' . $section, $spec['title'], '__return_false', 'sabba-widgets' );
		foreach ( $spec['fields'] as $key => $field ) {
			add_settings_field(
				'sabba_widgets_' . $key,
				esc_html( $field[1] ),
				'sabba_widgets_render_field',
				'sabba-widgets',
				'sabba_widgets_' . $section,
				array(
					'key'       => $key,
					'field'     => $field,
					'label_for' => 'checkbox' === $field[0] ? null : 'sabba-widgets-' . $key,
				)
			);
		}
	}
}
add_action( 'admin_init', 'sabba_widgets_register_settings' );

/**
 * Prints one field, its value escaped.
 *
 * @param array<string, mixed> $args key and field.
 */
function sabba_widgets_render_field( $args ) {
	$key   = $args['key'];
	$field = $args['field'];
	$name  = SABBA_WIDGETS_OPTION . '[' . $key . ']';
	$id    = 'sabba-widgets-' . $key;
	$value = sabba_widgets_option( $key );
	switch ( $field[0] ) {
		case 'checkbox':
			printf( '<label><input type="checkbox" id="%1$s" name="%2$s" value="1" %3$s> %4$s</label>', esc_attr( $id ), esc_attr( $name ), checked( (bool) $value, true, false ), esc_html__( 'On', 'sabba-widgets' ) );
			break;
		case 'select':
			printf( '<select id="%1$s" name="%2$s">', esc_attr( $id ), esc_attr( $name ) );
			foreach ( $field[2] as $choice => $label ) {
				printf( '<option value="%1$s" %2$s>%3$s</option>', esc_attr( $choice ), selected( $value, $choice, false ), esc_html( $label ) );
			}
			echo '</select>';
			break;
		case 'origins':
			printf( '<textarea id="%1$s" name="%2$s" rows="4" cols="50" class="code">%3$s</textarea>', esc_attr( $id ), esc_attr( $name ), esc_textarea( implode( "\n", (array) $value ) ) );
			break;
		case 'number':
			printf( '<input type="number" id="%1$s" name="%2$s" value="%3$s" min="0" max="%4$s" class="small-text">', esc_attr( $id ), esc_attr( $name ), esc_attr( (string) absint( $value ) ), esc_attr( (string) $field[2] ) );
			break;
		default:
			printf( '<input type="text" id="%1$s" name="%2$s" value="%3$s" class="regular-text">', esc_attr( $id ), esc_attr( $name ), esc_attr( (string) $value ) );
	}
}

/**
 * Origins from a text list: scheme://host[:port] of each http(s) entry; anything else is dropped
 * and named in a settings error.
 *
 * @param mixed $text The submitted list.
 * @return array<int, string>
 */
function sabba_widgets_sanitize_origins( $text ) {
	$origins = array();
	$refused = array();
	// WordPress may sanitise an already clean value again (the first save): a list then.
	$text = is_array( $text ) ? implode( "\n", array_filter( $text, 'is_string' ) ) : $text;
	foreach ( preg_split( '/[\s,]+/', is_string( $text ) ? $text : '', -1, PREG_SPLIT_NO_EMPTY ) as $entry ) {
		$parts = wp_parse_url( $entry );
		$valid = is_array( $parts ) && isset( $parts['scheme'], $parts['host'] ) && in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true )
			&& preg_match( '/^[a-z0-9.\-]+$/i', $parts['host'] ) && ! isset( $parts['user'], $parts['query'], $parts['fragment'] )
			&& ( ! isset( $parts['path'] ) || '/' === $parts['path'] );
		if ( ! $valid ) {
			$refused[] = $entry;
			continue;
		}
		$origin = strtolower( $parts['scheme'] . '://' . $parts['host'] ) . ( isset( $parts['port'] ) ? ':' . (int) $parts['port'] : '' );
		if ( ! in_array( $origin, $origins, true ) && count( $origins ) < 50 ) {
			$origins[] = $origin;
		}
	}
	if ( $refused ) {
		/* translators: %s: the refused entries. */
		add_settings_error( SABBA_WIDGETS_OPTION, 'sabba_widgets_origins', sprintf( __( 'These are not origins like https://portal.example.id and were not saved: %s', 'sabba-widgets' ), implode( ', ', array_map( 'sanitize_text_field', $refused ) ) ) );
	}
	return $origins;
}

/**
 * Sanitises the submitted settings: only known keys, each by its type.
 *
 * @param mixed $input The submitted array.
 * @return array<string, mixed>
 */
function sabba_widgets_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = sabba_widgets_defaults();
	foreach ( sabba_widgets_settings_fields() as $spec ) {
		foreach ( $spec['fields'] as $key => $field ) {
			$value = isset( $input[ $key ] ) ? $input[ $key ] : '';
			$kind  = $field[0];
			if ( 'checkbox' === $kind ) {
				$clean[ $key ] = empty( $value ) ? 0 : 1;
			} elseif ( 'select' === $kind ) {
				$clean[ $key ] = ( is_string( $value ) && isset( $field[2][ $value ] ) ) ? $value : $clean[ $key ];
			} elseif ( 'origins' === $kind ) {
				$clean[ $key ] = sabba_widgets_sanitize_origins( $value );
			} elseif ( 'number' === $kind ) {
				$clean[ $key ] = min( absint( is_scalar( $value ) ? $value : 0 ), (int) $field[2] );
			} elseif ( 0 === strpos( $kind, 'ad:' ) ) {
				$type = substr( $kind, 3 );
				if ( 'slot' === $type ) {
					$type = ( isset( $input['ad_provider'] ) && 'adsense' === $input['ad_provider'] ) ? 'adsense_slot' : 'gpt_slot';
				}
				$clean[ $key ] = sabba_widgets_valid_ad_value( $type, $value );
				if ( '' === $clean[ $key ] && is_scalar( $value ) && '' !== trim( (string) $value ) ) {
					/* translators: %s: the field's label. */
					add_settings_error( SABBA_WIDGETS_OPTION, 'sabba_widgets_' . $key, sprintf( __( '%s: the value was not valid and was not saved.', 'sabba-widgets' ), $field[1] ) );
				}
			} else {
				$clean[ $key ] = sanitize_text_field( is_scalar( $value ) ? (string) $value : '' );
			}
		}
	}
	return $clean;
}

/**
 * Adds Settings → Sabba widgets.
 */
function sabba_widgets_add_settings_page() {
	add_options_page( __( 'Sabba widgets', 'sabba-widgets' ), __( 'Sabba widgets', 'sabba-widgets' ), 'manage_options', 'sabba-widgets', 'sabba_widgets_render_settings_page' );
}
add_action( 'admin_menu', 'sabba_widgets_add_settings_page' );

/**
 * Prints the settings page.
 */
function sabba_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'sabba_widgets' );
	do_settings_sections( 'sabba-widgets' );
	submit_button();
	echo '</form></div>';
}

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param array<int, string> $links The plugin's action links.
 * @return array<int, string>
 */
function sabba_widgets_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=sabba-widgets' ) ) . '">' . esc_html__( 'Settings', 'sabba-widgets' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( SABBA_WIDGETS_FILE ), 'sabba_widgets_action_links' );
