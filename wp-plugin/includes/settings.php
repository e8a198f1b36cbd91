<?php
/**
 * Settings: where the API is, which tenant, the shared secret for signed admin calls, the
 * default language and the theme colours. The secret is write-only: it is never printed.
 *
 * Each value may also be fixed in wp-config.php with a constant (OSALLISTU_API_URL,
 * OSALLISTU_TENANT, OSALLISTU_SECRET), which wins over the stored option.
 *
 * @package Osallistu
 */

defined( 'ABSPATH' ) || exit;

const OSALLISTU_OPTION = 'osallistu_settings';

add_action( 'admin_init', 'osallistu_register_settings' );

/**
 * Theme colours offered on the settings page: option key => CSS custom property.
 *
 * @return array<string, string>
 */
function osallistu_theme_properties(): array {
	return array(
		'color_primary'    => '--osallistu-color-primary',
		'color_on_primary' => '--osallistu-color-on-primary',
		'color_text'       => '--osallistu-color-text',
		'color_surface'    => '--osallistu-color-surface',
		'color_border'     => '--osallistu-color-border',
	);
}

/**
 * The languages the widgets speak.
 *
 * @return string[]
 */
function osallistu_languages(): array {
	return array( 'fi', 'sv', 'en' );
}

/**
 * Defaults of every setting.
 *
 * @return array<string, string>
 */
function osallistu_default_settings(): array {
	$defaults = array(
		'api_url'           => '',
		'tenant'            => '',
		'secret'            => '',
		'default_lang'      => '',
		'participation_url' => '',
	);
	foreach ( array_keys( osallistu_theme_properties() ) as $key ) {
		$defaults[ $key ] = '';
	}
	return $defaults;
}

/**
 * All settings, constants from wp-config.php winning over the stored option.
 *
 * @return array<string, string>
 */
function osallistu_settings(): array {
	$stored   = get_option( OSALLISTU_OPTION, array() );
	$settings = array_merge( osallistu_default_settings(), is_array( $stored ) ? $stored : array() );
	$constants = array(
		'api_url' => 'OSALLISTU_API_URL',
		'tenant'  => 'OSALLISTU_TENANT',
		'secret'  => 'OSALLISTU_SECRET',
	);
	foreach ( $constants as $key => $constant ) {
		if ( defined( $constant ) ) {
			$settings[ $key ] = (string) constant( $constant );
		}
	}
	$settings['api_url'] = untrailingslashit( $settings['api_url'] );
	return $settings;
}

/**
 * One setting.
 *
 * @param string $key A key of osallistu_default_settings().
 * @return string
 */
function osallistu_setting( string $key ): string {
	return (string) ( osallistu_settings()[ $key ] ?? '' );
}

/**
 * Registers the option with its sanitiser.
 */
function osallistu_register_settings(): void {
	register_setting(
		'osallistu',
		OSALLISTU_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'osallistu_sanitize_settings',
			'default'           => osallistu_default_settings(),
			'show_in_rest'      => false,
		)
	);
}

/**
 * Sanitises submitted settings. An empty secret keeps the stored one, so the secret never has to
 * be printed back into the form; `clear_secret` removes it.
 *
 * @param mixed $input Submitted value.
 * @return array<string, string>
 */
function osallistu_sanitize_settings( mixed $input ): array {
	$input    = is_array( $input ) ? wp_unslash( $input ) : array();
	$previous = get_option( OSALLISTU_OPTION, array() );
	$previous = is_array( $previous ) ? $previous : array();
	$clean    = osallistu_default_settings();

	$clean['api_url']           = untrailingslashit( esc_url_raw( trim( (string) ( $input['api_url'] ?? '' ) ), array( 'http', 'https' ) ) );
	$clean['participation_url'] = esc_url_raw( trim( (string) ( $input['participation_url'] ?? '' ) ), array( 'http', 'https' ) );

	$tenant          = strtolower( trim( (string) ( $input['tenant'] ?? '' ) ) );
	$clean['tenant'] = preg_match( '/^[a-z0-9][a-z0-9-]{0,62}$/', $tenant ) ? $tenant : '';
	if ( '' !== $tenant && '' === $clean['tenant'] ) {
		add_settings_error( OSALLISTU_OPTION, 'tenant', __( 'The tenant may contain only lowercase letters, digits and hyphens.', 'osallistu' ) );
	}

	$lang                  = (string) ( $input['default_lang'] ?? '' );
	$clean['default_lang'] = in_array( $lang, osallistu_languages(), true ) ? $lang : '';

	$secret = trim( (string) ( $input['secret'] ?? '' ) );
	if ( ! empty( $input['clear_secret'] ) ) {
		$clean['secret'] = '';
	} elseif ( '' !== $secret ) {
		$clean['secret'] = sanitize_text_field( $secret );
	} else {
		$clean['secret'] = (string) ( $previous['secret'] ?? '' );
	}

	foreach ( array_keys( osallistu_theme_properties() ) as $key ) {
		$clean[ $key ] = (string) sanitize_hex_color( (string) ( $input[ $key ] ?? '' ) );
	}
	return $clean;
}

/**
 * Prints the settings page. The secret field is always empty; the page says only whether a
 * secret is set.
 */
function osallistu_render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'osallistu' ), 403 );
	}
	$settings   = osallistu_settings();
	$name       = OSALLISTU_OPTION;
	$secret_set = '' !== $settings['secret'];
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Osallistu settings', 'osallistu' ); ?></h1>
		<?php settings_errors( OSALLISTU_OPTION ); ?>
		<form method="post" action="options.php">
			<?php settings_fields( 'osallistu' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="osallistu-api-url"><?php esc_html_e( 'API base URL', 'osallistu' ); ?></label></th>
					<td>
						<input type="url" class="regular-text" id="osallistu-api-url" name="<?php echo esc_attr( $name ); ?>[api_url]" value="<?php echo esc_attr( $settings['api_url'] ); ?>" placeholder="https://osallistu.example.fi">
						<p class="description"><?php esc_html_e( 'Where the Osallistu API runs, without /v1.', 'osallistu' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="osallistu-tenant"><?php esc_html_e( 'Tenant', 'osallistu' ); ?></label></th>
					<td>
						<input type="text" class="regular-text" id="osallistu-tenant" name="<?php echo esc_attr( $name ); ?>[tenant]" value="<?php echo esc_attr( $settings['tenant'] ); ?>" pattern="[a-z0-9][a-z0-9\-]*">
						<p class="description"><?php esc_html_e( 'The municipality’s identifier in the API, for example kuopio.', 'osallistu' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="osallistu-secret"><?php esc_html_e( 'Shared secret', 'osallistu' ); ?></label></th>
					<td>
						<p id="osallistu-secret-state">
							<?php
							if ( $secret_set ) {
								esc_html_e( 'A secret is set. It is never shown; type a new one to replace it.', 'osallistu' );
							} else {
								esc_html_e( 'No secret is set: moderation from WordPress is not possible yet.', 'osallistu' );
							}
							?>
						</p>
						<input type="password" class="regular-text" id="osallistu-secret" name="<?php echo esc_attr( $name ); ?>[secret]" value="" autocomplete="new-password" aria-describedby="osallistu-secret-state">
						<?php if ( $secret_set ) : ?>
							<p><label><input type="checkbox" name="<?php echo esc_attr( $name ); ?>[clear_secret]" value="1"> <?php esc_html_e( 'Remove the secret', 'osallistu' ); ?></label></p>
						<?php endif; ?>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="osallistu-default-lang"><?php esc_html_e( 'Default language', 'osallistu' ); ?></label></th>
					<td>
						<select id="osallistu-default-lang" name="<?php echo esc_attr( $name ); ?>[default_lang]">
							<option value="" <?php selected( $settings['default_lang'], '' ); ?>><?php esc_html_e( 'Language of the page', 'osallistu' ); ?></option>
							<?php foreach ( osallistu_languages() as $lang ) : ?>
								<option value="<?php echo esc_attr( $lang ); ?>" <?php selected( $settings['default_lang'], $lang ); ?>><?php echo esc_html( osallistu_language_name( $lang ) ); ?></option>
							<?php endforeach; ?>
						</select>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="osallistu-participation-url"><?php esc_html_e( 'Participation page', 'osallistu' ); ?></label></th>
					<td>
						<input type="url" class="regular-text" id="osallistu-participation-url" name="<?php echo esc_attr( $name ); ?>[participation_url]" value="<?php echo esc_attr( $settings['participation_url'] ); ?>">
						<p class="description"><?php esc_html_e( 'Linked from every widget for visitors whose browser does not run JavaScript. Defaults to the front page.', 'osallistu' ); ?></p>
					</td>
				</tr>
				<?php foreach ( osallistu_theme_properties() as $key => $property ) : ?>
					<tr>
						<th scope="row"><label for="<?php echo esc_attr( 'osallistu-' . $key ); ?>"><?php echo esc_html( osallistu_theme_label( $key ) ); ?></label></th>
						<td>
							<input type="text" class="osallistu-color" id="<?php echo esc_attr( 'osallistu-' . $key ); ?>" name="<?php echo esc_attr( $name . '[' . $key . ']' ); ?>" value="<?php echo esc_attr( $settings[ $key ] ); ?>" placeholder="#0a5c8f" pattern="#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?">
							<p class="description"><code><?php echo esc_html( $property ); ?></code></p>
						</td>
					</tr>
				<?php endforeach; ?>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}

/**
 * A language's name in the admin's language.
 *
 * @param string $lang fi, sv or en.
 * @return string
 */
function osallistu_language_name( string $lang ): string {
	return match ( $lang ) {
		'fi' => __( 'Finnish', 'osallistu' ),
		'sv' => __( 'Swedish', 'osallistu' ),
		'en' => __( 'English', 'osallistu' ),
		default => $lang,
	};
}

/**
 * A theme colour's label.
 *
 * @param string $key A key of osallistu_theme_properties().
 * @return string
 */
function osallistu_theme_label( string $key ): string {
	return match ( $key ) {
		'color_primary' => __( 'Primary colour', 'osallistu' ),
		'color_on_primary' => __( 'Text on primary colour', 'osallistu' ),
		'color_text' => __( 'Text colour', 'osallistu' ),
		'color_surface' => __( 'Background colour', 'osallistu' ),
		'color_border' => __( 'Border colour', 'osallistu' ),
		default => $key,
	};
}
