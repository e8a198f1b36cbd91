<?php
/**
 * The signature of server-to-server calls (docs/api.md).
 *
 * @package Osallistu
 */

/**
 * Signer.
 */
final class SignerTest extends Osallistu_Test_Case {

	/**
	 * The signed text and the HMAC follow the documented format.
	 */
	public function test_signature_follows_the_documented_format(): void {
		$body    = '{"reason":"Päällekkäinen"}';
		$headers = osallistu_sign_request( 's3cret', 'post', '/v1/kuopio/admin/ideas/abc/reject?x=1', $body, 'moderator', 1764400000, 'nonce-0123456789abcdef' );
		$text    = "POST\n/v1/kuopio/admin/ideas/abc/reject?x=1\n" . hash( 'sha256', $body ) . "\n1764400000\nnonce-0123456789abcdef\nmoderator";
		$this->assertSame(
			array(
				'X-Osallistu-Timestamp' => '1764400000',
				'X-Osallistu-Nonce'     => 'nonce-0123456789abcdef',
				'X-Osallistu-Role'      => 'moderator',
				'X-Osallistu-Signature' => hash_hmac( 'sha256', $text, 's3cret' ),
			),
			$headers
		);
	}

	/**
	 * Every call gets a fresh nonce of the allowed length, and the current time.
	 */
	public function test_nonces_are_fresh(): void {
		$a = osallistu_sign_request( 'k', 'GET', '/v1/kuopio/admin/ideas', '', 'reviewer' );
		$b = osallistu_sign_request( 'k', 'GET', '/v1/kuopio/admin/ideas', '', 'reviewer' );
		$this->assertNotSame( $a['X-Osallistu-Nonce'], $b['X-Osallistu-Nonce'] );
		$this->assertMatchesRegularExpression( '/^[A-Za-z0-9_-]{16,64}$/', $a['X-Osallistu-Nonce'] );
		$this->assertLessThanOrEqual( 5, abs( time() - (int) $a['X-Osallistu-Timestamp'] ) );
	}
}
