<?php
/**
 * HMAC signatures for server-to-server calls to the Osallistu admin API (docs/api.md,
 * "Signed server-to-server calls"). The signed text is
 * METHOD \n PATH_WITH_QUERY \n SHA256HEX(body) \n TIMESTAMP \n NONCE \n ROLE.
 *
 * @package Osallistu
 */

defined( 'ABSPATH' ) || exit;

/**
 * The text that is signed.
 *
 * @param string $method          HTTP method.
 * @param string $path_with_query Path of the request URL, with its query string if any.
 * @param string $body            Raw request body ('' for none).
 * @param int    $timestamp       Unix seconds.
 * @param string $nonce           Random, 16–64 characters, never reused.
 * @param string $role            admin, moderator or reviewer.
 * @return string
 */
function osallistu_signing_text( string $method, string $path_with_query, string $body, int $timestamp, string $nonce, string $role ): string {
	return implode( "\n", array( strtoupper( $method ), $path_with_query, hash( 'sha256', $body ), (string) $timestamp, $nonce, $role ) );
}

/**
 * The headers that sign one request.
 *
 * @param string   $secret          The tenant's shared secret.
 * @param string   $method          HTTP method.
 * @param string   $path_with_query Path with query string.
 * @param string   $body            Raw body.
 * @param string   $role            admin, moderator or reviewer.
 * @param int|null $timestamp       Unix seconds; now when null.
 * @param string   $nonce           Nonce; a fresh random one when empty.
 * @return array<string, string>
 */
function osallistu_sign_request( string $secret, string $method, string $path_with_query, string $body, string $role, ?int $timestamp = null, string $nonce = '' ): array {
	$timestamp = $timestamp ?? time();
	$nonce     = '' !== $nonce ? $nonce : bin2hex( random_bytes( 16 ) );
	$text      = osallistu_signing_text( $method, $path_with_query, $body, $timestamp, $nonce, $role );
	return array(
		'X-Osallistu-Timestamp' => (string) $timestamp,
		'X-Osallistu-Nonce'     => $nonce,
		'X-Osallistu-Role'      => $role,
		'X-Osallistu-Signature' => hash_hmac( 'sha256', $text, $secret ),
	);
}
