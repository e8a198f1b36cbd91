<?php
/**
 * The plugin's REST routes (namespace osallistu/v1). The block editor and the admin pages talk
 * only to these; they check the WordPress nonce and capability, then call the Osallistu API
 * server-side (admin calls signed with the shared secret, see signer.php).
 *
 * @package Osallistu
 */

defined( 'ABSPATH' ) || exit;

const OSALLISTU_REST_NAMESPACE = 'osallistu/v1';
const OSALLISTU_ID_PATTERN     = '[A-Za-z0-9_-]{1,64}';

add_action( 'rest_api_init', 'osallistu_register_rest_routes' );

/**
 * A permission callback that requires one of the given capabilities; refusals are 403.
 *
 * @param string ...$caps Capabilities, any of which suffices.
 * @return callable
 */
function osallistu_require_cap( string ...$caps ): callable {
	return static function () use ( $caps ): bool|WP_Error {
		foreach ( $caps as $cap ) {
			if ( current_user_can( $cap ) ) {
				return true;
			}
		}
		return new WP_Error( 'osallistu_forbidden', __( 'Sorry, you are not allowed to do that.', 'osallistu' ), array( 'status' => 403 ) );
	};
}

/**
 * Argument schema of an id in the path.
 *
 * @return array
 */
function osallistu_id_arg(): array {
	return array(
		'type'     => 'string',
		'pattern'  => '^' . OSALLISTU_ID_PATTERN . '$',
		'required' => true,
	);
}

/**
 * Registers every route.
 */
function osallistu_register_rest_routes(): void {
	$editor = osallistu_require_cap( 'edit_posts' );
	$staff  = osallistu_require_cap( 'osallistu_moderate', 'osallistu_manage' );
	$mod    = osallistu_require_cap( 'osallistu_moderate' );
	$manage = osallistu_require_cap( 'osallistu_manage' );
	$id     = '(?P<id>' . OSALLISTU_ID_PATTERN . ')';
	$text   = static fn ( int $max, bool $required = false ): array => array(
		'type'      => 'string',
		'maxLength' => $max,
		'required'  => $required,
	);

	// Lists for the block editor's pickers.
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/processes',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'osallistu_rest_processes',
			'permission_callback' => $editor,
		)
	);
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/areas',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'osallistu_rest_areas',
			'permission_callback' => $editor,
		)
	);
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/surveys',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'osallistu_rest_surveys',
			'permission_callback' => $editor,
		)
	);
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/languages',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'osallistu_rest_languages',
			'permission_callback' => $editor,
		)
	);

	// Staff: moderation and review.
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/ideas',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'osallistu_rest_ideas',
			'permission_callback' => $staff,
			'args'                => array(
				'status'  => array(
					'type'    => 'string',
					'enum'    => array( 'pending', 'published', 'rejected', 'merged' ),
					'default' => 'pending',
				),
				'process' => array(
					'type'    => 'string',
					'pattern' => '^(' . OSALLISTU_ID_PATTERN . ')?$',
				),
				'limit'   => array(
					'type'    => 'integer',
					'minimum' => 1,
					'maximum' => 50,
				),
			),
		)
	);
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/ideas/' . $id,
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'osallistu_rest_idea',
			'permission_callback' => $staff,
			'args'                => array( 'id' => osallistu_id_arg() ),
		)
	);
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/ideas/' . $id . '/publish',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => 'osallistu_rest_idea_action',
			'permission_callback' => $mod,
			'args'                => array( 'id' => osallistu_id_arg() ),
		)
	);
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/ideas/' . $id . '/reject',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => 'osallistu_rest_idea_action',
			'permission_callback' => $mod,
			'args'                => array(
				'id'     => osallistu_id_arg(),
				'reason' => $text( 2000, true ),
			),
		)
	);
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/ideas/' . $id . '/merge',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => 'osallistu_rest_idea_action',
			'permission_callback' => $mod,
			'args'                => array(
				'id'   => osallistu_id_arg(),
				'into' => array_merge( osallistu_id_arg(), array( 'required' => true ) ),
				'note' => $text( 2000 ),
			),
		)
	);
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/ideas/' . $id . '/review',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => 'osallistu_rest_idea_action',
			'permission_callback' => $manage,
			'args'                => array(
				'id'              => osallistu_id_arg(),
				'feasibility'     => array(
					'type'     => 'string',
					'enum'     => array( 'feasible', 'not-feasible' ),
					'required' => true,
				),
				'reason'          => $text( 2000 ),
				'costEur'         => array(
					'type'    => 'integer',
					'minimum' => 0,
				),
				'responsibleUnit' => $text( 200, true ),
			),
		)
	);
	// Staff: progress of projects (signed as reviewer, the role the API gives project updates).
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/projects',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'osallistu_rest_projects',
			'permission_callback' => $manage,
		)
	);
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/projects/' . $id . '/status',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => 'osallistu_rest_project_action',
			'permission_callback' => $manage,
			'args'                => array(
				'id'     => osallistu_id_arg(),
				'status' => array(
					'type'     => 'string',
					'enum'     => array( 'planned', 'designing', 'in-progress', 'completed', 'cancelled' ),
					'required' => true,
				),
				'reason' => $text( 2000 ),
			),
		)
	);
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/projects/' . $id . '/progress',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => 'osallistu_rest_project_action',
			'permission_callback' => $manage,
			'args'                => array(
				'id'              => osallistu_id_arg(),
				'progressPercent' => array(
					'type'     => 'integer',
					'minimum'  => 0,
					'maximum'  => 100,
					'required' => true,
				),
				'budgetSpentEur'  => array(
					'type'    => 'integer',
					'minimum' => 0,
				),
			),
		)
	);
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/projects/' . $id . '/updates',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => 'osallistu_rest_project_action',
			'permission_callback' => $manage,
			'args'                => array(
				'id'     => osallistu_id_arg(),
				'textFi' => $text( 4000, true ),
				'textSv' => $text( 4000 ),
				'textEn' => $text( 4000 ),
			),
		)
	);
	register_rest_route(
		OSALLISTU_REST_NAMESPACE,
		'/comments',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'osallistu_rest_comments',
			'permission_callback' => $mod,
		)
	);
	foreach ( array( 'publish', 'reject' ) as $action ) {
		register_rest_route(
			OSALLISTU_REST_NAMESPACE,
			'/comments/' . $id . '/' . $action,
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => 'osallistu_rest_comment_action',
				'permission_callback' => $mod,
				'args'                => 'reject' === $action
					? array(
						'id'     => osallistu_id_arg(),
						'reason' => $text( 2000, true ),
					)
					: array( 'id' => osallistu_id_arg() ),
			)
		);
	}
}

/**
 * Wraps an API result as a REST response (WP_Error keeps the API's status).
 *
 * @param array|WP_Error $result API result.
 * @return WP_REST_Response|WP_Error
 */
function osallistu_rest_result( array|WP_Error $result ): WP_REST_Response|WP_Error {
	return is_wp_error( $result ) ? $result : new WP_REST_Response( $result, 200 );
}

/**
 * The widget language for the current user's admin language.
 *
 * @return string
 */
function osallistu_user_lang(): string {
	return osallistu_lang_of_locale( get_user_locale() );
}

/**
 * The items of an API list that have an id, each shaped by `$shape` for an editor picker.
 *
 * @param array    $result API answer (a list or a page with `items`).
 * @param callable $shape  Maps one item (array with `id`) to what the picker needs.
 * @return array
 */
function osallistu_picker_list( array $result, callable $shape ): array {
	$list = array();
	foreach ( osallistu_list_items( $result ) as $item ) {
		if ( is_array( $item ) && isset( $item['id'] ) ) {
			$list[] = $shape( $item );
		}
	}
	return $list;
}

/**
 * A picker endpoint: the items of the (cached) API list at `$path` that have an id, each as its id,
 * the `$localized` fields in the current user's admin language and the `$plain` fields as the API
 * gives them (null when missing). The routes' permission callbacks guard every caller; the answer
 * is JSON, escaped by whatever renders it.
 *
 * @param string   $path           API path, e.g. '/areas'.
 * @param string[] $localized      Fields localized with osallistu_localize().
 * @param string[] $plain          Fields passed through.
 * @param bool     $empty_on_error Whether an API error answers an empty list instead of the error.
 * @return WP_REST_Response|WP_Error
 */
function osallistu_rest_picker( string $path, array $localized, array $plain = array(), bool $empty_on_error = false ): WP_REST_Response|WP_Error {
	$result = osallistu_api_cached( $path );
	if ( is_wp_error( $result ) ) {
		return $empty_on_error ? new WP_REST_Response( array(), 200 ) : $result;
	}
	$lang = osallistu_user_lang();
	return new WP_REST_Response(
		osallistu_picker_list(
			$result,
			static function ( array $item ) use ( $localized, $plain, $lang ): array {
				$entry = array( 'id' => (string) $item['id'] );
				foreach ( $localized as $field ) {
					$entry[ $field ] = osallistu_localize( $item[ $field ] ?? '', $lang );
				}
				foreach ( $plain as $field ) {
					$entry[ $field ] = $item[ $field ] ?? null;
				}
				return $entry;
			}
		),
		200
	);
}

/**
 * GET /processes: [{id, title, currentPhase}] for the process picker.
 *
 * @return WP_REST_Response|WP_Error
 */
function osallistu_rest_processes(): WP_REST_Response|WP_Error {
	return osallistu_rest_picker( '/processes', array( 'title' ), array( 'currentPhase' ) );
}

/**
 * GET /areas: [{id, name}] for the area picker.
 *
 * @return WP_REST_Response|WP_Error
 */
function osallistu_rest_areas(): WP_REST_Response|WP_Error {
	return osallistu_rest_picker( '/areas', array( 'name' ) );
}

/**
 * GET /surveys: [{id, title}]; an empty list while the API has no surveys.
 *
 * @return WP_REST_Response|WP_Error Never an error: an API error answers an empty list.
 */
function osallistu_rest_surveys(): WP_REST_Response|WP_Error {
	return osallistu_rest_picker( '/surveys', array( 'title' ), array(), true );
}

/**
 * GET /languages: [{code, name}], the tenant's languages (all three when the API does not say).
 *
 * @return WP_REST_Response
 */
function osallistu_rest_languages(): WP_REST_Response {
	$tenant = osallistu_api_cached( '' );
	$codes  = ! is_wp_error( $tenant ) && isset( $tenant['languages'] ) && is_array( $tenant['languages'] )
		? array_values( array_intersect( osallistu_languages(), $tenant['languages'] ) )
		: osallistu_languages();
	$list   = array();
	foreach ( $codes as $code ) {
		$list[] = array(
			'code' => $code,
			'name' => osallistu_language_name( $code ),
		);
	}
	return new WP_REST_Response( $list, 200 );
}

/**
 * The API role for the current user's read-only staff calls.
 *
 * @return string
 */
function osallistu_staff_read_role(): string {
	return current_user_can( 'osallistu_moderate' ) ? 'moderator' : 'reviewer';
}

/**
 * GET /ideas?status=&process=: the admin list of ideas.
 *
 * @param WP_REST_Request $request Request.
 * @return WP_REST_Response|WP_Error
 */
function osallistu_rest_ideas( WP_REST_Request $request ): WP_REST_Response|WP_Error {
	$query = array( 'status' => (string) $request['status'] );
	if ( ! empty( $request['process'] ) ) {
		$query['process'] = (string) $request['process'];
	}
	if ( ! empty( $request['limit'] ) ) {
		$query['limit'] = (string) (int) $request['limit'];
	}
	return osallistu_rest_result( osallistu_api_request( 'GET', '/admin/ideas?' . http_build_query( $query, '', '&', PHP_QUERY_RFC3986 ), null, osallistu_staff_read_role() ) );
}

/**
 * GET /ideas/{id}: one idea as staff see it.
 *
 * @param WP_REST_Request $request Request.
 * @return WP_REST_Response|WP_Error
 */
function osallistu_rest_idea( WP_REST_Request $request ): WP_REST_Response|WP_Error {
	return osallistu_rest_result( osallistu_api_request( 'GET', '/admin/ideas/' . rawurlencode( (string) $request['id'] ), null, osallistu_staff_read_role() ) );
}

/**
 * POST /ideas/{id}/{publish|reject|merge|review}: forwards the action, signed with the role
 * that the action needs (review as reviewer, the rest as moderator).
 *
 * @param WP_REST_Request $request Request.
 * @return WP_REST_Response|WP_Error
 */
function osallistu_rest_idea_action( WP_REST_Request $request ): WP_REST_Response|WP_Error {
	$action = basename( $request->get_route() );
	$fields = match ( $action ) {
		'reject' => array( 'reason' ),
		'merge' => array( 'into', 'note' ),
		'review' => array( 'feasibility', 'reason', 'costEur', 'responsibleUnit' ),
		default => array(),
	};
	$body = array();
	foreach ( $fields as $field ) {
		if ( null !== $request[ $field ] && '' !== $request[ $field ] ) {
			$body[ $field ] = $request[ $field ];
		}
	}
	$role = 'review' === $action ? 'reviewer' : 'moderator';
	$path = '/admin/ideas/' . rawurlencode( (string) $request['id'] ) . '/' . $action;
	return osallistu_rest_result( osallistu_api_request( 'POST', $path, $body, $role ) );
}

/**
 * GET /comments: comments waiting for moderation.
 *
 * @return WP_REST_Response|WP_Error
 */
function osallistu_rest_comments(): WP_REST_Response|WP_Error {
	return osallistu_rest_result( osallistu_api_request( 'GET', '/admin/comments?status=pending', null, 'moderator' ) );
}

/**
 * POST /comments/{id}/{publish|reject}.
 *
 * @param WP_REST_Request $request Request.
 * @return WP_REST_Response|WP_Error
 */
function osallistu_rest_comment_action( WP_REST_Request $request ): WP_REST_Response|WP_Error {
	$action = basename( $request->get_route() );
	$body   = 'reject' === $action ? array( 'reason' => (string) $request['reason'] ) : array();
	$path   = '/admin/comments/' . rawurlencode( (string) $request['id'] ) . '/' . $action;
	return osallistu_rest_result( osallistu_api_request( 'POST', $path, $body, 'moderator' ) );
}

/**
 * GET /projects: every project of the tenant, titles in the user's language.
 *
 * @return WP_REST_Response|WP_Error
 */
function osallistu_rest_projects(): WP_REST_Response|WP_Error {
	$result = osallistu_api_request( 'GET', '/projects' );
	if ( is_wp_error( $result ) ) {
		return $result;
	}
	$lang = osallistu_user_lang();
	$list = array();
	foreach ( osallistu_list_items( $result ) as $item ) {
		if ( is_array( $item ) && isset( $item['id'] ) ) {
			$list[] = array_merge(
				$item,
				array(
					'title'       => osallistu_localize( $item['title'] ?? '', $lang ),
					'description' => osallistu_localize( $item['description'] ?? '', $lang ),
				)
			);
		}
	}
	return new WP_REST_Response( $list, 200 );
}

/**
 * POST /projects/{id}/{status|progress|updates}: status change, progress figures (a PATCH of
 * the project) or a dated update, signed as reviewer.
 *
 * @param WP_REST_Request $request Request.
 * @return WP_REST_Response|WP_Error
 */
function osallistu_rest_project_action( WP_REST_Request $request ): WP_REST_Response|WP_Error {
	$action = basename( $request->get_route() );
	$path   = '/admin/projects/' . rawurlencode( (string) $request['id'] );
	switch ( $action ) {
		case 'status':
			$body = array( 'status' => (string) $request['status'] );
			if ( '' !== (string) $request['reason'] ) {
				$body['reason'] = (string) $request['reason'];
			}
			return osallistu_rest_result( osallistu_api_request( 'POST', $path . '/status', $body, 'reviewer' ) );
		case 'progress':
			$body = array( 'progressPercent' => (int) $request['progressPercent'] );
			if ( null !== $request['budgetSpentEur'] ) {
				$body['budgetSpentEur'] = (int) $request['budgetSpentEur'];
			}
			return osallistu_rest_result( osallistu_api_request( 'PATCH', $path, $body, 'reviewer' ) );
		default:
			$text = array( 'fi' => (string) $request['textFi'] );
			foreach ( array( 'sv' => 'textSv', 'en' => 'textEn' ) as $lang => $field ) {
				if ( '' !== trim( (string) $request[ $field ] ) ) {
					$text[ $lang ] = (string) $request[ $field ];
				}
			}
			return osallistu_rest_result( osallistu_api_request( 'POST', $path . '/updates', array( 'text' => $text ), 'reviewer' ) );
	}
}
