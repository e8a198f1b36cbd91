<?php
/**
 * The shortcode `[osallistu widget="ideas" process="pb-2027"]` prints any widget for the classic
 * editor and page builders. Its attributes are the element's attributes (`page-size="10"`).
 *
 * @package Osallistu
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'osallistu_register_shortcode', 21 );

/**
 * Registers the shortcode.
 */
function osallistu_register_shortcode(): void {
	add_shortcode( 'osallistu', 'osallistu_shortcode' );
}

/**
 * Renders the shortcode.
 *
 * @param array|string $atts Shortcode attributes ('' when none).
 * @return string
 */
function osallistu_shortcode( array|string $atts ): string {
	$atts   = is_array( $atts ) ? $atts : array();
	$widget = preg_replace( '/^osallistu-/', '', sanitize_key( (string) ( $atts['widget'] ?? '' ) ) );
	$types  = osallistu_widget_block_types();
	if ( ! isset( $types[ $widget ] ) ) {
		return current_user_can( 'edit_posts' )
			? '<p class="osallistu-error">' . esc_html( sprintf( /* translators: %s: the widget name given in the shortcode */ __( 'Osallistu: unknown widget “%s”.', 'osallistu' ), $widget ) ) . '</p>'
			: '';
	}
	$type   = $types[ $widget ];
	$values = array();
	foreach ( osallistu_element_attribute_map( $type ) as $key => $element_attribute ) {
		$schema = $type->attributes[ $key ];
		$given  = $atts[ $element_attribute ] ?? $atts[ strtolower( $key ) ] ?? null;
		if ( null === $given ) {
			$values[ $element_attribute ] = $schema['default'] ?? null;
			continue;
		}
		$values[ $element_attribute ] = match ( $schema['type'] ?? 'string' ) {
			'boolean' => in_array( strtolower( (string) $given ), array( '1', 'true', 'yes', 'on', '' ), true ),
			'number', 'integer' => is_numeric( $given ) ? $given + 0 : null,
			default => (string) $given,
		};
	}
	return osallistu_render_widget( $widget, $values, (string) $type->title );
}
