<?php
/**
 * Activation grants the staff capabilities; deactivation takes them back.
 *
 * @package Osallistu
 */

/**
 * Capabilities.
 */
final class CapabilitiesTest extends Osallistu_Test_Case {

	/**
	 * Activation (done by the installer through activate_plugin) granted both capabilities.
	 */
	public function test_activation_granted_editors_and_administrators_both_capabilities(): void {
		foreach ( array( 'administrator', 'editor' ) as $role ) {
			$this->assertTrue( get_role( $role )->has_cap( 'osallistu_moderate' ), "{$role} can moderate" );
			$this->assertTrue( get_role( $role )->has_cap( 'osallistu_manage' ), "{$role} can manage" );
		}
		foreach ( array( 'author', 'contributor', 'subscriber' ) as $role ) {
			$this->assertFalse( get_role( $role )->has_cap( 'osallistu_moderate' ), "{$role} cannot moderate" );
			$this->assertFalse( get_role( $role )->has_cap( 'osallistu_manage' ), "{$role} cannot manage" );
		}
		$this->assertTrue( user_can( get_user_by( 'login', 'editor' ), 'osallistu_moderate' ) );
		$this->assertFalse( user_can( get_user_by( 'login', 'subscriber' ), 'osallistu_moderate' ) );
	}

	/**
	 * Deactivating through WordPress removes them; activating again restores them.
	 */
	public function test_deactivation_revokes_and_reactivation_restores(): void {
		deactivate_plugins( 'osallistu/osallistu.php' );
		try {
			$this->assertFalse( is_plugin_active( 'osallistu/osallistu.php' ) );
			$this->assertFalse( get_role( 'editor' )->has_cap( 'osallistu_moderate' ) );
			$this->assertFalse( get_role( 'administrator' )->has_cap( 'osallistu_manage' ) );
			$this->assertNotFalse( get_option( 'osallistu_settings' ), 'settings survive deactivation' );
		} finally {
			$result = activate_plugin( 'osallistu/osallistu.php' );
		}
		$this->assertNull( $result );
		$this->assertTrue( get_role( 'editor' )->has_cap( 'osallistu_moderate' ) );
		$this->assertTrue( get_role( 'administrator' )->has_cap( 'osallistu_manage' ) );
	}
}
