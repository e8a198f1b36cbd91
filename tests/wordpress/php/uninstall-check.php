<?php
/**
 * Runs the plugin's uninstall.php in the scratch site and checks that it removed the plugin's
 * options and capabilities and nothing else. Exit code 0 = passed.
 *
 * Usage: php uninstall-check.php SITE_DIR
 *
 * @package Osallistu
 */

/**
 * The check, inside a function so that WordPress's globals stay WordPress's.
 *
 * @param string $site Site folder.
 * @return string[] Problems found.
 */
function osallistu_uninstall_check( string $site ): array {
	$_SERVER['HTTP_HOST'] = '127.0.0.1:8880';
	require $site . '/wp-load.php';
	set_transient( 'osallistu_cache_test', array( 1 ), 60 );
	update_option( 'osallistu_unrelated_neighbour', 'stay' );
	$before = array(
		'blogname' => get_option( 'blogname' ),
		'editor'   => get_role( 'editor' )->has_cap( 'edit_others_posts' ),
	);

	define( 'WP_UNINSTALL_PLUGIN', 'osallistu/osallistu.php' );
	include WP_PLUGIN_DIR . '/osallistu/uninstall.php';
	wp_cache_flush();

	$problems = array();
	if ( false !== get_option( 'osallistu_settings' ) ) {
		$problems[] = 'osallistu_settings still there';
	}
	if ( false !== get_transient( 'osallistu_cache_test' ) ) {
		$problems[] = 'cached API list still there';
	}
	if ( get_role( 'editor' )->has_cap( 'osallistu_moderate' ) || get_role( 'administrator' )->has_cap( 'osallistu_manage' ) ) {
		$problems[] = 'capabilities still granted';
	}
	if ( get_option( 'blogname' ) !== $before['blogname'] || 'stay' !== get_option( 'osallistu_unrelated_neighbour' ) ) {
		$problems[] = 'removed an option that is not the plugin’s';
	}
	if ( ! get_role( 'editor' )->has_cap( 'edit_others_posts' ) ) {
		$problems[] = 'removed a core capability';
	}
	return $problems;
}

$osallistu_problems = osallistu_uninstall_check( $argv[1] );
echo implode( "\n", $osallistu_problems ) . "\n";
exit( count( $osallistu_problems ) > 0 ? 1 : 0 );
