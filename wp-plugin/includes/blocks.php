<?php
/**
 * Blocks: one dynamic block per widget, registered from the block.json files that build.mjs
 * generates. Each names the shared editor script and the shared render template.
 *
 * @package Osallistu
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'osallistu_register_blocks', 20 );
add_action( 'admin_notices', 'osallistu_missing_build_notice' );

/**
 * Registers every generated widget block and tells the editor script their names.
 */
function osallistu_register_blocks(): void {
	$names = array();
	foreach ( osallistu_block_folders() as $folder ) {
		$type = register_block_type( $folder );
		if ( $type instanceof WP_Block_Type ) {
			$names[] = $type->name;
		}
	}
	wp_add_inline_script( 'osallistu-editor', 'window.osallistuBlocks = ' . wp_json_encode( $names ) . ';', 'before' );
}

/**
 * Tells administrators when the plugin was installed without its built widgets.
 */
function osallistu_missing_build_notice(): void {
	if ( ! current_user_can( 'activate_plugins' ) || array() !== osallistu_block_folders() ) {
		return;
	}
	echo '<div class="notice notice-warning"><p>' . esc_html__( 'Osallistu: the widgets have not been built into the plugin (run npm run build), so no blocks are available.', 'osallistu' ) . '</p></div>';
}
