<?php
/**
 * Printing a widget: the custom element with escaped attributes around a fallback that tells
 * visitors without JavaScript what the widget is and where to take part.
 *
 * @package Osallistu
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders a widget block (used by templates/block.php, which each block.json names as `render`).
 *
 * @param array    $attributes Block attributes.
 * @param WP_Block $block      The block being rendered.
 * @return string
 */
function osallistu_render_block( array $attributes, WP_Block $block ): string {
	$type   = $block->block_type;
	$widget = substr( $type->name, strlen( 'osallistu/' ) );
	$values = array();
	foreach ( osallistu_element_attribute_map( $type ) as $key => $element_attribute ) {
		$values[ $element_attribute ] = $attributes[ $key ] ?? null;
	}
	return osallistu_render_widget( $widget, $values, (string) $type->title, get_block_wrapper_attributes() );
}

/**
 * Renders a widget's element.
 *
 * @param string $widget     Widget name (`ideas`).
 * @param array  $values     Element attribute => value (string, number or bool; empty values are left out).
 * @param string $title      The widget's human name, for the fallback.
 * @param string $wrapper    Pre-escaped wrapper attributes (from get_block_wrapper_attributes()), or ''.
 * @return string
 */
function osallistu_render_widget( string $widget, array $values, string $title, string $wrapper = '' ): string {
	if ( ! preg_match( '/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/', $widget ) ) {
		return '';
	}
	osallistu_enqueue_frontend();

	if ( empty( $values['lang'] ) && '' !== osallistu_setting( 'default_lang' ) && array_key_exists( 'lang', $values ) ) {
		$values['lang'] = osallistu_setting( 'default_lang' );
	}

	$tag   = osallistu_widget_tag( $widget );
	$attrs = '' === $wrapper ? 'class="' . esc_attr( 'wp-block-osallistu-' . $widget ) . '"' : $wrapper;
	foreach ( $values as $name => $value ) {
		if ( ! is_string( $name ) || ! preg_match( '/^[a-z][a-z0-9-]*$/', $name ) || 'class' === $name ) {
			continue;
		}
		if ( true === $value ) {
			$attrs .= ' ' . $name;
		} elseif ( is_string( $value ) && '' !== $value || is_int( $value ) || is_float( $value ) ) {
			$attrs .= ' ' . $name . '="' . esc_attr( (string) $value ) . '"';
		}
	}

	return '<' . $tag . ' ' . $attrs . '>' . osallistu_fallback_html( $title, $values ) . '</' . $tag . '>';
}

/**
 * The fallback shown inside the element until (or unless) the element's script runs.
 *
 * @param string $title  The widget's human name.
 * @param array  $values Element attributes (the process names the participation round).
 * @return string
 */
function osallistu_fallback_html( string $title, array $values ): string {
	$lang    = is_string( $values['lang'] ?? null ) && '' !== $values['lang'] ? $values['lang'] : osallistu_lang_of_locale( determine_locale() );
	$process = is_string( $values['process'] ?? null ) ? osallistu_process_title( $values['process'], $lang ) : '';
	$heading = '' !== $process ? sprintf( /* translators: 1: widget name, 2: participation process */ __( '%1$s: %2$s', 'osallistu' ), $title, $process ) : $title;
	$url     = osallistu_setting( 'participation_url' );
	$url     = '' !== $url ? $url : home_url( '/' );

	return '<div class="osallistu-fallback">'
		. '<p><strong>' . esc_html( $heading ) . '</strong></p>'
		. '<p>' . esc_html__( 'This participation tool needs JavaScript in your browser.', 'osallistu' )
		. ' <a href="' . esc_url( $url ) . '">' . esc_html__( 'Other ways to take part', 'osallistu' ) . '</a></p>'
		. '</div>';
}

/**
 * A process's title from the API (cached); '' when unknown or unreachable.
 *
 * @param string $process Process id.
 * @param string $lang    fi, sv or en.
 * @return string
 */
function osallistu_process_title( string $process, string $lang ): string {
	if ( '' === $process || ! osallistu_api_configured() || ! preg_match( '/^[A-Za-z0-9_-]{1,64}$/', $process ) ) {
		return '';
	}
	$processes = osallistu_api_cached( '/processes' );
	if ( is_wp_error( $processes ) ) {
		return '';
	}
	foreach ( osallistu_list_items( $processes ) as $item ) {
		if ( is_array( $item ) && ( $item['id'] ?? null ) === $process ) {
			return osallistu_localize( $item['title'] ?? '', $lang );
		}
	}
	return '';
}

/**
 * The items of an API list, whether it is a bare array or a page ({items, nextCursor}).
 *
 * @param array $list Decoded JSON.
 * @return array
 */
function osallistu_list_items( array $list ): array {
	return isset( $list['items'] ) && is_array( $list['items'] ) ? $list['items'] : ( array_is_list( $list ) ? $list : array() );
}
