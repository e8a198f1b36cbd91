<?php
/**
 * Loads the scratch WordPress (OSALLISTU_WP_SITE, set by tests/wordpress/run.mjs) for PHPUnit 9.
 * wp-load.php is required inside a closure: PHPUnit copies a bootstrap file's locals into
 * globals, which would clash with WordPress's own.
 *
 * @package Osallistu
 */

( static function (): void {
	$site = getenv( 'OSALLISTU_WP_SITE' );
	if ( ! $site || ! is_file( $site . '/wp-load.php' ) ) {
		fwrite( STDERR, "OSALLISTU_WP_SITE must name the scratch WordPress (run tests/wordpress/run.mjs)\n" );
		exit( 1 );
	}
	$home                   = (string) getenv( 'OSALLISTU_WP_HOME' );
	$_SERVER['HTTP_HOST']   = (string) parse_url( $home, PHP_URL_HOST ) . ':' . (string) parse_url( $home, PHP_URL_PORT );
	$_SERVER['REQUEST_URI'] = '/';
	$_SERVER['SERVER_NAME'] = '127.0.0.1';
	require_once $site . '/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	require_once ABSPATH . 'wp-admin/includes/template.php';
} )();

require_once __DIR__ . '/class-osallistu-test-case.php';
