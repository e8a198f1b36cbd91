<?php
/**
 * The render template that every widget's block.json names (`render`).
 *
 * Variables given by WordPress:
 *
 * @var array    $attributes Block attributes.
 * @var string   $content    Inner content (unused: widgets have none).
 * @var WP_Block $block      The block instance.
 *
 * @package Osallistu
 */

defined( 'ABSPATH' ) || exit;

// Everything printed is escaped inside osallistu_render_block().
echo osallistu_render_block( $attributes, $block ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
