<?php
/**
 * Installs the scratch WordPress for the tests: wp_install(), the plugin activated, the theme,
 * users of each role, the plugin's settings and pages that embed every widget. Prints a JSON
 * description of the site (users, pages) on its last line.
 *
 * Usage: php install.php SITE_DIR API_URL TENANT SECRET
 *
 * @package Osallistu
 */

// No mail server: the new-site notification is a no-op (pluggable, defined before WordPress).
function wp_new_blog_notification() {}

/**
 * Installs and configures the site. Everything runs inside a function so that WordPress's own
 * globals (wp-settings.php loops over `$plugin`) never clash with ours.
 *
 * @param array $argv Command line.
 * @return array
 */
function osallistu_test_install( array $argv ): array {
	[ , $site, $api_url, $tenant, $secret ] = $argv;
	define( 'WP_INSTALLING', true );
	$_SERVER['HTTP_HOST'] = '127.0.0.1:8880';
	require $site . '/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	require_once ABSPATH . 'wp-admin/includes/plugin.php';

	wp_install( 'Osallistu WordPress test', 'admin', 'admin@example.com', false, '', 'admin-pass-123' );
	$GLOBALS['wp_rewrite']->set_permalink_structure( '/%postname%/' );
	update_option( 'blog_public', '0' );

	if ( wp_get_theme( 'twentytwentythree' )->exists() ) {
		switch_theme( 'twentytwentythree' );
	}

	$result = activate_plugin( 'osallistu/osallistu.php' );
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, 'activation failed: ' . $result->get_error_message() . "\n" );
		exit( 1 );
	}

	$users = array();
	foreach ( array( 'editor', 'author', 'subscriber' ) as $role ) {
		$users[ $role ] = wp_insert_user(
			array(
				'user_login' => $role,
				'user_pass'  => $role . '-pass-123',
				'user_email' => $role . '@example.com',
				'role'       => $role,
			)
		);
	}
	// A Finnish-speaking editor, to see the plugin's translations in admin.
	$users['editor_fi'] = wp_insert_user(
		array(
			'user_login' => 'toimittaja',
			'user_pass'  => 'toimittaja-pass-123',
			'user_email' => 'toimittaja@example.com',
			'role'       => 'editor',
			'locale'     => 'fi',
		)
	);

	update_option(
		'osallistu_settings',
		array(
			'api_url'       => $api_url,
			'tenant'        => $tenant,
			'secret'        => $secret,
			'default_lang'  => '',
			'color_primary' => '#7a1f5c',
		)
	);

	$pages   = array();
	$content = array(
		'ideas'     => '<!-- wp:paragraph --><p>Kerro ideasi.</p><!-- /wp:paragraph --><!-- wp:osallistu/ideas {"process":"pb-2027"} /-->',
		'shortcode' => '<!-- wp:shortcode -->[osallistu widget="ideas" process="pb-2027"]<!-- /wp:shortcode -->',
		'plain'     => '<!-- wp:paragraph --><p>Tällä sivulla ei ole osallistumista.</p><!-- /wp:paragraph -->',
	);
	foreach ( $content as $slug => $html ) {
		$id             = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Osallistu ' . $slug,
				'post_name'    => 'osallistu-' . $slug,
				'post_content' => $html,
				'post_author'  => 1,
			),
			true
		);
		$pages[ $slug ] = array(
			'id'  => $id,
			'url' => get_permalink( $id ),
		);
	}
	flush_rewrite_rules();

	return array(
		'users' => $users,
		'pages' => $pages,
	);
}

echo json_encode( osallistu_test_install( $argv ) ) . "\n";
