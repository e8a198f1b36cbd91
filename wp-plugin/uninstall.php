<?php
/**
 * Uninstall: removes only what this plugin stored (its options, its cached API lists, its capabilities).
 *
 * @package Osallistu
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'osallistu_settings' );

global $wpdb;
// Cached API lists are transients named osallistu_cache_*; remove them and their timeouts.
$osallistu_like = $wpdb->esc_like( '_transient_osallistu_cache_' ) . '%';
$osallistu_like_timeout = $wpdb->esc_like( '_transient_timeout_osallistu_cache_' ) . '%';
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $osallistu_like, $osallistu_like_timeout ) );

foreach ( wp_roles()->role_objects as $osallistu_role ) {
	$osallistu_role->remove_cap( 'osallistu_moderate' );
	$osallistu_role->remove_cap( 'osallistu_manage' );
}
