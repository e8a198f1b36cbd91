<?php
/**
 * The "Osallistu" admin menu: moderation queue, review and settings. The pages are shells that
 * js/admin.js fills by talking to the plugin's REST routes.
 *
 * @package Osallistu
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_menu', 'osallistu_admin_menu' );

/**
 * Adds the menu and its pages.
 */
function osallistu_admin_menu(): void {
	add_menu_page(
		__( 'Osallistu moderation', 'osallistu' ),
		__( 'Osallistu', 'osallistu' ),
		'osallistu_moderate',
		'osallistu',
		'osallistu_render_moderation_page',
		'dashicons-groups',
		26
	);
	add_submenu_page( 'osallistu', __( 'Osallistu moderation', 'osallistu' ), __( 'Moderation', 'osallistu' ), 'osallistu_moderate', 'osallistu', 'osallistu_render_moderation_page' );
	add_submenu_page( 'osallistu', __( 'Osallistu review', 'osallistu' ), __( 'Review', 'osallistu' ), 'osallistu_manage', 'osallistu-review', 'osallistu_render_review_page' );
	add_submenu_page( 'osallistu', __( 'Osallistu progress', 'osallistu' ), __( 'Progress', 'osallistu' ), 'osallistu_manage', 'osallistu-progress', 'osallistu_render_progress_page' );
	add_submenu_page( 'osallistu', __( 'Osallistu settings', 'osallistu' ), __( 'Settings', 'osallistu' ), 'manage_options', 'osallistu-settings', 'osallistu_render_settings_page' );
}

/**
 * Prints an admin page shell and enqueues its script.
 *
 * @param string $view  moderation or review.
 * @param string $title Page heading.
 */
function osallistu_render_app_page( string $view, string $title ): void {
	wp_enqueue_script( 'osallistu-admin' );
	wp_register_style( 'osallistu-admin', false, array(), OSALLISTU_VERSION );
	wp_add_inline_style( 'osallistu-admin', '.osallistu-admin .card{max-width:48rem}.osallistu-admin textarea,.osallistu-admin input,.osallistu-admin select{max-width:100%}.osallistu-admin form{margin:0 0 1em}' );
	wp_enqueue_style( 'osallistu-admin' );
	wp_add_inline_script(
		'osallistu-admin',
		'window.osallistuAdmin = ' . wp_json_encode(
			array(
				'view'       => $view,
				'configured' => osallistu_api_configured() && '' !== osallistu_setting( 'secret' ),
				'canManage'  => current_user_can( 'osallistu_manage' ),
				'locale'     => str_replace( '_', '-', get_user_locale() ),
			)
		) . ';',
		'before'
	);
	?>
	<div class="wrap">
		<h1><?php echo esc_html( $title ); ?></h1>
		<?php if ( ! osallistu_api_configured() || '' === osallistu_setting( 'secret' ) ) : ?>
			<div class="notice notice-warning inline"><p>
				<?php esc_html_e( 'The API URL, tenant and shared secret must be set before moderation works.', 'osallistu' ); ?>
				<?php if ( current_user_can( 'manage_options' ) ) : ?>
					<a href="<?php echo esc_url( admin_url( 'admin.php?page=osallistu-settings' ) ); ?>"><?php esc_html_e( 'Open the settings', 'osallistu' ); ?></a>
				<?php endif; ?>
			</p></div>
		<?php endif; ?>
		<div id="osallistu-admin" class="osallistu-admin" data-view="<?php echo esc_attr( $view ); ?>" aria-live="polite">
			<noscript><p><?php esc_html_e( 'This page needs JavaScript.', 'osallistu' ); ?></p></noscript>
		</div>
	</div>
	<?php
}

/**
 * The moderation queue: pending ideas and comments.
 */
function osallistu_render_moderation_page(): void {
	if ( ! current_user_can( 'osallistu_moderate' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to do that.', 'osallistu' ), 403 );
	}
	osallistu_render_app_page( 'moderation', __( 'Osallistu moderation', 'osallistu' ) );
}

/**
 * The review page: feasibility, cost and responsible unit of published ideas.
 */
function osallistu_render_review_page(): void {
	if ( ! current_user_can( 'osallistu_manage' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to do that.', 'osallistu' ), 403 );
	}
	osallistu_render_app_page( 'review', __( 'Osallistu review', 'osallistu' ) );
}

/**
 * The progress page: status, progress figures and dated updates of projects.
 */
function osallistu_render_progress_page(): void {
	if ( ! current_user_can( 'osallistu_manage' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to do that.', 'osallistu' ), 403 );
	}
	osallistu_render_app_page( 'progress', __( 'Osallistu progress', 'osallistu' ) );
}
