<?php
/**
 * Router for `php -S 127.0.0.1:8880 -t site router.php`: existing files and folders are served
 * (PHP files executed) by the built-in server; every other path is a WordPress permalink.
 *
 * @package Osallistu
 */

$osallistu_path = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$osallistu_file = $_SERVER['DOCUMENT_ROOT'] . $osallistu_path;
if ( '/' !== $osallistu_path && ( is_file( $osallistu_file ) || is_dir( $osallistu_file ) ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
