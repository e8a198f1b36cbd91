<?php
/**
 * Calls to the Osallistu API from the server: public lists (cached briefly) and signed admin
 * calls. The browser never sees the secret; it talks to this plugin's REST routes only.
 *
 * @package Osallistu
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether the API is configured enough for public calls.
 *
 * @return bool
 */
function osallistu_api_configured(): bool {
	return '' !== osallistu_setting( 'api_url' ) && '' !== osallistu_setting( 'tenant' );
}

/**
 * The full URL of a tenant path.
 *
 * @param string $path Path below /v1/{tenant}, starting with a slash ('' for the tenant itself).
 * @return string
 */
function osallistu_api_url( string $path ): string {
	return osallistu_setting( 'api_url' ) . '/v1/' . rawurlencode( osallistu_setting( 'tenant' ) ) . $path;
}

/**
 * Sends one request to the API.
 *
 * @param string     $method HTTP method.
 * @param string     $path   Path below /v1/{tenant}, with its query string.
 * @param array|null $body   JSON body, or null.
 * @param string     $role   Role to sign as (admin, moderator, reviewer); '' for an unsigned public call.
 * @param int        $timeout Seconds to wait for the API.
 * @return array|WP_Error Decoded JSON on success; WP_Error with the API's status and problem on failure.
 */
function osallistu_api_request( string $method, string $path, ?array $body = null, string $role = '', int $timeout = 10 ): array|WP_Error {
	if ( ! osallistu_api_configured() ) {
		return new WP_Error( 'osallistu_not_configured', __( 'The Osallistu API is not configured yet.', 'osallistu' ), array( 'status' => 503 ) );
	}
	$url     = osallistu_api_url( $path );
	$raw     = null === $body ? '' : ( array() === $body ? '{}' : (string) wp_json_encode( $body ) );
	$headers = array( 'Accept' => 'application/json' );
	if ( null !== $body ) {
		$headers['Content-Type'] = 'application/json';
	}
	if ( '' !== $role ) {
		$secret = osallistu_setting( 'secret' );
		if ( '' === $secret ) {
			return new WP_Error( 'osallistu_no_secret', __( 'No shared secret is set in the Osallistu settings.', 'osallistu' ), array( 'status' => 503 ) );
		}
		$parts   = wp_parse_url( $url );
		$signed  = ( $parts['path'] ?? '/' ) . ( isset( $parts['query'] ) ? '?' . $parts['query'] : '' );
		$headers = array_merge( $headers, osallistu_sign_request( $secret, $method, $signed, $raw, $role ) );
		if ( 'POST' === $method ) {
			$headers['Idempotency-Key'] = wp_generate_uuid4();
		}
	}
	$response = wp_remote_request(
		$url,
		array(
			'method'      => $method,
			'headers'     => $headers,
			'body'        => null === $body ? null : $raw,
			'timeout'     => $timeout,
			'redirection' => 0,
		)
	);
	if ( is_wp_error( $response ) ) {
		return new WP_Error( 'osallistu_unreachable', __( 'The Osallistu API could not be reached.', 'osallistu' ), array( 'status' => 502 ) );
	}
	$status  = (int) wp_remote_retrieve_response_code( $response );
	$decoded = json_decode( (string) wp_remote_retrieve_body( $response ), true );
	if ( $status >= 200 && $status < 300 ) {
		return is_array( $decoded ) ? $decoded : array();
	}
	$problem = is_array( $decoded ) ? $decoded : array();
	return new WP_Error(
		'osallistu_api_' . sanitize_key( (string) ( $problem['code'] ?? 'error' ) ),
		(string) ( $problem['title'] ?? __( 'The Osallistu API refused the request.', 'osallistu' ) ),
		array(
			'status'  => $status >= 400 ? $status : 502,
			'problem' => array_intersect_key( $problem, array_flip( array( 'code', 'detail', 'errors' ) ) ),
		)
	);
}

/**
 * A public list from the API, cached for a few minutes so the editor and pages stay fast.
 *
 * @param string $path Path below /v1/{tenant}.
 * @return array|WP_Error
 */
function osallistu_api_cached( string $path ): array|WP_Error {
	$key    = 'osallistu_cache_' . md5( osallistu_setting( 'api_url' ) . '|' . osallistu_setting( 'tenant' ) . '|' . $path );
	$cached = get_transient( $key );
	if ( is_array( $cached ) ) {
		return $cached;
	}
	if ( get_transient( $key . '_f' ) ) {
		return new WP_Error( 'osallistu_unreachable', __( 'The Osallistu API could not be reached.', 'osallistu' ), array( 'status' => 502 ) );
	}
	// Short timeout: these lists are also fetched while a page is rendered.
	$result = osallistu_api_request( 'GET', $path, null, '', 3 );
	if ( is_wp_error( $result ) ) {
		// Remember a failure for a minute so that pages do not wait on an unreachable API.
		set_transient( $key . '_f', 1, MINUTE_IN_SECONDS );
	} else {
		set_transient( $key, $result, 5 * MINUTE_IN_SECONDS );
	}
	return $result;
}

/**
 * Picks a localised text ({fi, sv?, en?}) in a language, falling back to Finnish.
 *
 * @param mixed  $text Localised text object or plain string.
 * @param string $lang fi, sv or en.
 * @return string
 */
function osallistu_localize( mixed $text, string $lang ): string {
	if ( is_string( $text ) ) {
		return $text;
	}
	if ( ! is_array( $text ) ) {
		return '';
	}
	return (string) ( ! empty( $text[ $lang ] ) ? $text[ $lang ] : ( $text['fi'] ?? '' ) );
}

/**
 * The widget language that matches WordPress's locale (fi, sv_SE → sv, otherwise en).
 *
 * @param string $locale A WordPress locale.
 * @return string
 */
function osallistu_lang_of_locale( string $locale ): string {
	$prefix = strtolower( substr( $locale, 0, 2 ) );
	return in_array( $prefix, osallistu_languages(), true ) ? $prefix : 'en';
}
