<?php
/**
 * Capabilities: `osallistu_moderate` (publish, reject, merge ideas and comments) and
 * `osallistu_manage` (review feasibility and cost, manage processes).
 *
 * @package Osallistu
 */

defined( 'ABSPATH' ) || exit;

/**
 * The capabilities this plugin defines.
 *
 * @return string[]
 */
function osallistu_capabilities(): array {
	return array( 'osallistu_moderate', 'osallistu_manage' );
}

/**
 * The roles that receive the capabilities on activation.
 *
 * @return string[]
 */
function osallistu_staff_roles(): array {
	return array( 'administrator', 'editor' );
}

/**
 * Grants both capabilities to editors and administrators.
 */
function osallistu_grant_capabilities(): void {
	foreach ( osallistu_staff_roles() as $role_name ) {
		$role = get_role( $role_name );
		if ( null === $role ) {
			continue;
		}
		foreach ( osallistu_capabilities() as $cap ) {
			$role->add_cap( $cap );
		}
	}
}

/**
 * Takes the capabilities back from the roles that received them.
 */
function osallistu_revoke_capabilities(): void {
	foreach ( osallistu_staff_roles() as $role_name ) {
		$role = get_role( $role_name );
		if ( null === $role ) {
			continue;
		}
		foreach ( osallistu_capabilities() as $cap ) {
			$role->remove_cap( $cap );
		}
	}
}
