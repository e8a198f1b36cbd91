<?php
/**
 * Finnish and Swedish ship with the plugin: PHP strings (.mo), block titles and the editor and
 * admin scripts' strings (JSON).
 *
 * @package Osallistu
 */

/**
 * Translations.
 */
final class TranslationsTest extends Osallistu_Test_Case {

	/**
	 * Restores the site language.
	 */
	protected function tearDown(): void {
		restore_current_locale();
		osallistu_load_textdomain();
		parent::tearDown();
	}

	/**
	 * PHP strings in Finnish and Swedish.
	 */
	public function test_php_strings_are_translated(): void {
		foreach ( array(
			'fi'    => 'Julkaise',
			'sv_SE' => 'Publicera',
		) as $locale => $publish ) {
			$this->assertTrue( switch_to_locale( $locale ), $locale );
			osallistu_load_textdomain();
			$this->assertSame( $publish, __( 'Publish', 'osallistu' ), $locale );
			$this->assertNotSame( 'Other ways to take part', __( 'Other ways to take part', 'osallistu' ), $locale );
			restore_current_locale();
		}
	}

	/**
	 * Each script has a JSON file per language, in the Jed format WordPress reads.
	 */
	public function test_script_translations_exist_for_both_languages(): void {
		foreach ( array( 'fi', 'sv_SE' ) as $locale ) {
			foreach ( array( 'osallistu-editor', 'osallistu-admin' ) as $handle ) {
				$file = OSALLISTU_DIR . "languages/osallistu-{$locale}-{$handle}.json";
				$this->assertFileExists( $file );
				$json = json_decode( (string) file_get_contents( $file ), true );
				$this->assertGreaterThan( 5, count( $json['locale_data']['messages'] ), $file );
			}
			$this->assertFileExists( OSALLISTU_DIR . "languages/osallistu-{$locale}.mo" );
		}
		$this->assertTrue( switch_to_locale( 'fi' ) );
		$loaded = load_script_textdomain( 'osallistu-admin', 'osallistu', OSALLISTU_DIR . 'languages' );
		$this->assertIsString( $loaded, 'WordPress finds the Finnish JSON of the admin script' );
		$this->assertStringContainsString( 'Tallenna arvio', $loaded );
	}
}
