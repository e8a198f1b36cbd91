<?php
/**
 * Plugin Name:       Osallistu
 * Plugin URI:        https://github.com/osallistu/osallistu
 * Description:       Participation widgets (ideas, participatory budgeting, surveys) as blocks and shortcodes, and moderation of the Osallistu API from WordPress admin.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            Osallistu contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       osallistu
 * Domain Path:       /languages
 *
 * @package Osallistu
 */

defined( 'ABSPATH' ) || exit;

define( 'OSALLISTU_VERSION', '0.1.0' );
define( 'OSALLISTU_FILE', __FILE__ );
define( 'OSALLISTU_DIR', plugin_dir_path( __FILE__ ) );
define( 'OSALLISTU_URL', plugin_dir_url( __FILE__ ) );

require_once OSALLISTU_DIR . 'includes/settings.php';
require_once OSALLISTU_DIR . 'includes/capabilities.php';
require_once OSALLISTU_DIR . 'includes/signer.php';
require_once OSALLISTU_DIR . 'includes/api-client.php';
require_once OSALLISTU_DIR . 'includes/widgets.php';
require_once OSALLISTU_DIR . 'includes/render.php';
require_once OSALLISTU_DIR . 'includes/assets.php';
require_once OSALLISTU_DIR . 'includes/blocks.php';
require_once OSALLISTU_DIR . 'includes/shortcodes.php';
require_once OSALLISTU_DIR . 'includes/rest-proxy.php';
require_once OSALLISTU_DIR . 'includes/admin-pages.php';
require_once OSALLISTU_DIR . 'includes/privacy.php';

register_activation_hook( __FILE__, 'osallistu_activate' );
register_deactivation_hook( __FILE__, 'osallistu_deactivate' );

add_action( 'init', 'osallistu_load_textdomain', 1 );

/**
 * Loads the plugin's translations (Finnish and Swedish ship in languages/).
 */
function osallistu_load_textdomain(): void {
	load_plugin_textdomain( 'osallistu', false, dirname( plugin_basename( OSALLISTU_FILE ) ) . '/languages' );
}

/**
 * Activation: staff capabilities for editors and administrators.
 */
function osallistu_activate(): void {
	osallistu_grant_capabilities();
}

/**
 * Deactivation: the capabilities this plugin granted are taken back; settings stay.
 */
function osallistu_deactivate(): void {
	osallistu_revoke_capabilities();
}
