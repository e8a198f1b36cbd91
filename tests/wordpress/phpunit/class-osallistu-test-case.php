<?php
/**
 * Base class: runs every test as a given user and restores the plugin's settings, the current
 * user and the enqueued scripts afterwards (the site is shared with the HTTP tests that follow).
 *
 * @package Osallistu
 */

use PHPUnit\Framework\TestCase;

/**
 * Shared helpers of the plugin's WordPress tests.
 */
abstract class Osallistu_Test_Case extends TestCase {

	/**
	 * Settings before the test.
	 *
	 * @var mixed
	 */
	private mixed $saved_settings;

	/**
	 * Saves state.
	 */
	protected function setUp(): void {
		parent::setUp();
		$this->saved_settings = get_option( 'osallistu_settings' );
		wp_set_current_user( 0 );
		wp_dequeue_script( 'osallistu-loader' );
		wp_dequeue_style( 'osallistu-theme' );
	}

	/**
	 * Restores state.
	 */
	protected function tearDown(): void {
		update_option( 'osallistu_settings', $this->saved_settings );
		wp_set_current_user( 0 );
		parent::tearDown();
	}

	/**
	 * Logs in as the user with this login.
	 *
	 * @param string $login User login (admin, editor, author, subscriber).
	 */
	protected function login( string $login ): void {
		$user = get_user_by( 'login', $login );
		$this->assertInstanceOf( WP_User::class, $user, "user {$login} exists" );
		wp_set_current_user( $user->ID );
	}

	/**
	 * The widget names whose blocks are registered.
	 *
	 * @return string[]
	 */
	protected static function widget_names(): array {
		return array_keys( osallistu_widget_block_types() );
	}

	/**
	 * A data provider of every widget.
	 *
	 * @return array<string, array{string}>
	 */
	public static function widgets(): array {
		$rows = array();
		foreach ( self::widget_names() as $name ) {
			$rows[ $name ] = array( $name );
		}
		return $rows;
	}

	/**
	 * Dispatches a REST request in-process as the current user.
	 *
	 * @param string $method Method.
	 * @param string $route  Route (/osallistu/v1/…).
	 * @param array  $params Body or query parameters.
	 * @return WP_REST_Response
	 */
	protected function rest( string $method, string $route, array $params = array() ): WP_REST_Response {
		$request = new WP_REST_Request( $method, $route );
		if ( 'GET' === $method ) {
			$request->set_query_params( $params );
		} else {
			$request->set_body_params( $params );
		}
		return rest_do_request( $request );
	}
}
