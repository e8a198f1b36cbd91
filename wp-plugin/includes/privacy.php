<?php
/**
 * A suggested text for the site's privacy policy (Settings → Privacy → Policy guide), saying what
 * the widgets send to the Osallistu API.
 *
 * @package Osallistu
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'osallistu_privacy_policy_content' );

/**
 * Adds the suggested privacy policy text.
 */
function osallistu_privacy_policy_content(): void {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$api  = osallistu_setting( 'api_url' );
	$text = '<p>' . esc_html__( 'Pages with participation tools (Osallistu) load data from, and send what you submit to, the Osallistu service of the municipality. When you propose an idea, comment, support an idea, answer a survey or vote, the service receives what you typed or chose, including your name and email address if you give them. It also sees your IP address, which it keeps only in hashed form to limit abuse. An email address is used only for updates about your idea, is deleted when the process ends and is never published.', 'osallistu' ) . '</p>';
	if ( '' !== $api ) {
		/* translators: %s: address of the Osallistu API */
		$text .= '<p>' . esc_html( sprintf( __( 'Service address: %s', 'osallistu' ), $api ) ) . '</p>';
	}
	wp_add_privacy_policy_content( __( 'Osallistu', 'osallistu' ), wp_kses_post( $text ) );
}
