<?php
/**
 * Settings are sanitised, and the shared secret is write-only.
 *
 * @package Osallistu
 */

/**
 * Settings.
 */
final class SettingsTest extends Osallistu_Test_Case {

	/**
	 * Sanitising: URL, tenant, language, colours; an empty secret keeps the stored one.
	 */
	public function test_sanitize_keeps_secret_when_left_empty_and_cleans_the_rest(): void {
		update_option( 'osallistu_settings', array_merge( osallistu_settings(), array( 'secret' => 'stored-secret' ) ) );
		$clean = osallistu_sanitize_settings(
			array(
				'api_url'       => 'javascript:alert(1)',
				'tenant'        => 'Kuopio Town',
				'secret'        => '',
				'default_lang'  => 'de',
				'color_primary' => '#abc',
				'color_text'    => 'expression(alert(1))',
			)
		);
		$this->assertSame( '', $clean['api_url'] );
		$this->assertSame( '', $clean['tenant'] );
		$this->assertSame( 'stored-secret', $clean['secret'] );
		$this->assertSame( '', $clean['default_lang'] );
		$this->assertSame( '#abc', $clean['color_primary'] );
		$this->assertSame( '', $clean['color_text'] );

		$clean = osallistu_sanitize_settings(
			array(
				'api_url' => 'https://osallistu.example.fi/',
				'tenant'  => 'kuopio',
				'secret'  => 'new-secret',
			)
		);
		$this->assertSame( 'https://osallistu.example.fi', $clean['api_url'] );
		$this->assertSame( 'kuopio', $clean['tenant'] );
		$this->assertSame( 'new-secret', $clean['secret'] );

		$this->assertSame( '', osallistu_sanitize_settings( array( 'clear_secret' => '1' ) )['secret'] );
	}

	/**
	 * The settings page says a secret is set but never prints it.
	 */
	public function test_settings_page_never_prints_the_secret(): void {
		$secret = 'very-secret-' . wp_generate_password( 20, false );
		update_option( 'osallistu_settings', array_merge( osallistu_settings(), array( 'secret' => $secret ) ) );
		$this->login( 'admin' );
		ob_start();
		osallistu_render_settings_page();
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'id="osallistu-secret"', $html );
		$this->assertStringContainsString( 'value=""', $html );
		$this->assertStringNotContainsString( $secret, $html );
		$this->assertStringContainsString( 'osallistu-secret-state', $html );
	}

	/**
	 * The secret is not exposed through the REST settings endpoint either.
	 */
	public function test_secret_is_not_in_rest_settings(): void {
		$this->login( 'admin' );
		$response = $this->rest( 'GET', '/wp/v2/settings' );
		$this->assertSame( 200, $response->get_status() );
		$this->assertStringNotContainsString( osallistu_setting( 'secret' ), (string) wp_json_encode( $response->get_data() ) );
		$this->assertArrayNotHasKey( 'osallistu_settings', $response->get_data() );
	}
}
