<?php
/**
 * wp-config.php of the scratch test site (written by tests/wordpress/run.mjs).
 *
 * @package Osallistu
 */

define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:__SOCKET__' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_HOME', '__HOME__' );
define( 'WP_SITEURL', '__HOME__' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '__DEBUG_LOG__' );
define( 'WP_DEBUG_DISPLAY', false );

define( 'AUTH_KEY', '__SALT1__' );
define( 'SECURE_AUTH_KEY', '__SALT2__' );
define( 'LOGGED_IN_KEY', '__SALT3__' );
define( 'NONCE_KEY', '__SALT4__' );
define( 'AUTH_SALT', '__SALT5__' );
define( 'SECURE_AUTH_SALT', '__SALT6__' );
define( 'LOGGED_IN_SALT', '__SALT7__' );
define( 'NONCE_SALT', '__SALT8__' );

$table_prefix = 'wp_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
