<?php
/**
 * Scripts and styles: the bundled element loader (a module script, printed only on pages that
 * use a widget), the theme colours as `--osallistu-*` custom properties, and the editor and
 * admin scripts.
 *
 * @package Osallistu
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'osallistu_register_assets', 5 );
add_filter( 'script_loader_tag', 'osallistu_module_script_tag', 10, 2 );
add_action( 'enqueue_block_editor_assets', 'osallistu_enqueue_editor_preview' );

/**
 * The version of a bundled file, for cache busting.
 *
 * @param string $relative Path inside the plugin.
 * @return string
 */
function osallistu_asset_version( string $relative ): string {
	$file = OSALLISTU_DIR . $relative;
	return file_exists( $file ) ? OSALLISTU_VERSION . '.' . filemtime( $file ) : OSALLISTU_VERSION;
}

/**
 * Registers every handle; nothing is enqueued here.
 */
function osallistu_register_assets(): void {
	wp_register_script( 'osallistu-loader', OSALLISTU_URL . 'assets/elements/osallistu.js', array(), osallistu_asset_version( 'assets/elements/osallistu.js' ), true );

	wp_register_style( 'osallistu-theme', false, array(), OSALLISTU_VERSION );
	$css = osallistu_theme_css();
	if ( '' !== $css ) {
		wp_add_inline_style( 'osallistu-theme', $css );
	}

	wp_register_script(
		'osallistu-editor',
		OSALLISTU_URL . 'js/editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-api-fetch', 'wp-i18n', 'wp-server-side-render' ),
		osallistu_asset_version( 'js/editor.js' ),
		true
	);
	wp_set_script_translations( 'osallistu-editor', 'osallistu', OSALLISTU_DIR . 'languages' );

	wp_register_script(
		'osallistu-admin',
		OSALLISTU_URL . 'js/admin.js',
		array( 'wp-api-fetch', 'wp-i18n' ),
		osallistu_asset_version( 'js/admin.js' ),
		true
	);
	wp_set_script_translations( 'osallistu-admin', 'osallistu', OSALLISTU_DIR . 'languages' );
}

/**
 * The theme colours as one CSS rule; '' when none is set.
 *
 * @return string
 */
function osallistu_theme_css(): string {
	$declarations = '';
	foreach ( osallistu_theme_properties() as $key => $property ) {
		$color = sanitize_hex_color( osallistu_setting( $key ) );
		if ( $color ) {
			$declarations .= $property . ':' . $color . ';';
		}
	}
	return '' === $declarations ? '' : ':root{' . $declarations . '}';
}

/**
 * Enqueues the loader and the theme colours; called when a widget is rendered, so pages without
 * widgets load nothing of Osallistu.
 */
function osallistu_enqueue_frontend(): void {
	wp_enqueue_script( 'osallistu-loader' );
	wp_enqueue_style( 'osallistu-theme' );
}

/**
 * In the block editor the loader runs too, so the server-rendered preview comes alive.
 */
function osallistu_enqueue_editor_preview(): void {
	osallistu_enqueue_frontend();
}

/**
 * Prints the loader as a module script carrying the API base and tenant.
 *
 * @param string $tag    The script tag WordPress built.
 * @param string $handle Script handle.
 * @return string
 */
function osallistu_module_script_tag( string $tag, string $handle ): string {
	if ( 'osallistu-loader' !== $handle ) {
		return $tag;
	}
	$data = ' type="module"';
	if ( '' !== osallistu_setting( 'api_url' ) ) {
		$data .= ' data-api="' . esc_attr( osallistu_setting( 'api_url' ) ) . '"';
	}
	if ( '' !== osallistu_setting( 'tenant' ) ) {
		$data .= ' data-tenant="' . esc_attr( osallistu_setting( 'tenant' ) ) . '"';
	}
	$tag = (string) preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return (string) preg_replace( '/<script(?=\s)/', '<script' . $data, $tag, 1 );
}
