<?php
/**
 * The widgets this plugin offers come from one list: the block.json files that build.mjs
 * generates from the elements build (build/assets/elements/widgets.json and the packages'
 * custom-elements manifests). A widget added to that list needs no PHP change.
 *
 * Naming is mechanical: the block `osallistu/idea-form` prints `<osallistu-idea-form>`, and a
 * block attribute marks the element attribute it feeds with `osallistuAttr` in block.json.
 *
 * @package Osallistu
 */

defined( 'ABSPATH' ) || exit;

/**
 * Folder holding one generated folder per widget block.
 *
 * @return string
 */
function osallistu_blocks_dir(): string {
	return OSALLISTU_DIR . 'build/blocks/';
}

/**
 * The block.json folders, one per widget.
 *
 * @return string[]
 */
function osallistu_block_folders(): array {
	$files = glob( osallistu_blocks_dir() . '*/block.json' );
	return array_map( 'dirname', is_array( $files ) ? $files : array() );
}

/**
 * The registered widget block types, keyed by widget name (`ideas`, `idea-form` …).
 *
 * @return array<string, WP_Block_Type>
 */
function osallistu_widget_block_types(): array {
	$types = array();
	foreach ( WP_Block_Type_Registry::get_instance()->get_all_registered() as $name => $type ) {
		if ( str_starts_with( $name, 'osallistu/' ) ) {
			$types[ substr( $name, strlen( 'osallistu/' ) ) ] = $type;
		}
	}
	ksort( $types );
	return $types;
}

/**
 * The custom element tag of a widget name.
 *
 * @param string $widget Widget name, for example `ideas`.
 * @return string
 */
function osallistu_widget_tag( string $widget ): string {
	return 'osallistu-' . $widget;
}

/**
 * Element attribute name for each block attribute that feeds the element.
 *
 * @param WP_Block_Type $type A widget block type.
 * @return array<string, string> block attribute => element attribute
 */
function osallistu_element_attribute_map( WP_Block_Type $type ): array {
	$map = array();
	foreach ( (array) $type->attributes as $key => $schema ) {
		if ( is_array( $schema ) && isset( $schema['osallistuAttr'] ) && is_string( $schema['osallistuAttr'] ) ) {
			$map[ $key ] = $schema['osallistuAttr'];
		}
	}
	return $map;
}
