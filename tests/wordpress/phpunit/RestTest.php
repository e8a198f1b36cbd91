<?php
/**
 * The plugin's REST routes: explicit permission callbacks, 403 for visitors and subscribers,
 * and editors reach the real Osallistu API through them (signed calls included).
 *
 * @package Osallistu
 */

/**
 * REST proxy.
 */
final class RestTest extends Osallistu_Test_Case {

	/**
	 * Every route of the namespace with what a GET/POST needs.
	 *
	 * @return array<string, array{string, string, array}>
	 */
	public static function routes(): array {
		return array(
			'processes'      => array( 'GET', '/osallistu/v1/processes', array() ),
			'areas'          => array( 'GET', '/osallistu/v1/areas', array() ),
			'surveys'        => array( 'GET', '/osallistu/v1/surveys', array() ),
			'languages'      => array( 'GET', '/osallistu/v1/languages', array() ),
			'ideas'          => array( 'GET', '/osallistu/v1/ideas', array( 'status' => 'pending' ) ),
			'idea'           => array( 'GET', '/osallistu/v1/ideas/abc', array() ),
			'publish'        => array( 'POST', '/osallistu/v1/ideas/abc/publish', array() ),
			'reject'         => array( 'POST', '/osallistu/v1/ideas/abc/reject', array( 'reason' => 'Ei sovi' ) ),
			'merge'          => array( 'POST', '/osallistu/v1/ideas/abc/merge', array( 'into' => 'def' ) ),
			'review'         => array(
				'POST',
				'/osallistu/v1/ideas/abc/review',
				array(
					'feasibility'     => 'feasible',
					'costEur'         => 1000,
					'responsibleUnit' => 'Kaupunkiympäristö',
				),
			),
			'comments'       => array( 'GET', '/osallistu/v1/comments', array() ),
			'projects'       => array( 'GET', '/osallistu/v1/projects', array() ),
			'project-status' => array( 'POST', '/osallistu/v1/projects/abc/status', array( 'status' => 'designing' ) ),
			'project-pct'    => array( 'POST', '/osallistu/v1/projects/abc/progress', array( 'progressPercent' => 10 ) ),
			'project-update' => array( 'POST', '/osallistu/v1/projects/abc/updates', array( 'textFi' => 'Työt alkoivat.' ) ),
			'comment-accept' => array( 'POST', '/osallistu/v1/comments/abc/publish', array() ),
			'comment-reject' => array( 'POST', '/osallistu/v1/comments/abc/reject', array( 'reason' => 'Asiaton' ) ),
		);
	}

	/**
	 * No route of the namespace is left without an explicit permission callback.
	 */
	public function test_every_route_has_an_explicit_permission_callback(): void {
		$found = 0;
		foreach ( rest_get_server()->get_routes( 'osallistu/v1' ) as $route => $handlers ) {
			if ( '/osallistu/v1' === $route ) {
				continue;
			}
			foreach ( $handlers as $handler ) {
				++$found;
				$this->assertIsCallable( $handler['permission_callback'] ?? null, $route );
				$this->assertNotSame( '__return_true', $handler['permission_callback'], $route );
			}
		}
		$this->assertSame( count( self::routes() ), $found );
	}

	/**
	 * Logged-out visitors (which is what a request without a nonce becomes) and subscribers get 403.
	 *
	 * @dataProvider routes
	 * @param string $method Method.
	 * @param string $route  Route.
	 * @param array  $params Params.
	 */
	public function test_visitors_and_subscribers_get_403( string $method, string $route, array $params ): void {
		$this->assertSame( 403, $this->rest( $method, $route, $params )->get_status(), 'logged out' );
		$this->login( 'subscriber' );
		$this->assertSame( 403, $this->rest( $method, $route, $params )->get_status(), 'subscriber' );
	}

	/**
	 * Authors may read the pickers for their blocks but not moderate.
	 */
	public function test_authors_can_pick_but_not_moderate(): void {
		$this->login( 'author' );
		$this->assertSame( 200, $this->rest( 'GET', '/osallistu/v1/languages' )->get_status() );
		$this->assertSame( 403, $this->rest( 'GET', '/osallistu/v1/ideas' )->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', '/osallistu/v1/ideas/abc/publish' )->get_status() );
	}

	/**
	 * Editors get the process list from the API, localised.
	 */
	public function test_editor_gets_processes_from_the_api(): void {
		$this->login( 'editor' );
		$response = $this->rest( 'GET', '/osallistu/v1/processes' );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$ids = wp_list_pluck( $response->get_data(), 'id' );
		$this->assertContains( 'pb-2027', $ids );
		$this->assertNotEmpty( $response->get_data()[0]['title'] );

		$areas = $this->rest( 'GET', '/osallistu/v1/areas' );
		$this->assertSame( 200, $areas->get_status() );
		$this->assertNotEmpty( $areas->get_data() );
		$this->assertArrayHasKey( 'name', $areas->get_data()[0] );
	}

	/**
	 * Editors list pending ideas through a signed call the worker accepts.
	 */
	public function test_editor_lists_pending_ideas_through_a_signed_call(): void {
		$this->login( 'editor' );
		$response = $this->rest( 'GET', '/osallistu/v1/ideas', array( 'status' => 'pending' ) );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$items = osallistu_list_items( $response->get_data() );
		$this->assertNotEmpty( $items, 'the seed has pending ideas' );
		$this->assertSame( 'pending', $items[0]['status'] );
	}

	/**
	 * A wrong secret is refused by the worker, and the refusal is passed on (not a 200).
	 */
	public function test_wrong_secret_is_refused_by_the_worker(): void {
		update_option( 'osallistu_settings', array_merge( osallistu_settings(), array( 'secret' => 'wrong-secret' ) ) );
		$this->login( 'editor' );
		$response = $this->rest( 'GET', '/osallistu/v1/ideas', array( 'status' => 'pending' ) );
		$this->assertSame( 401, $response->get_status() );
	}

	/**
	 * Invalid input is refused by WordPress before anything is sent.
	 */
	public function test_invalid_input_is_refused_before_calling_the_api(): void {
		$this->login( 'editor' );
		$this->assertSame( 400, $this->rest( 'POST', '/osallistu/v1/ideas/abc/review', array( 'feasibility' => 'maybe' ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'POST', '/osallistu/v1/ideas/abc/reject', array() )->get_status() );
		$this->assertSame( 404, $this->rest( 'POST', '/osallistu/v1/ideas/a%20b/publish', array() )->get_status() );
	}

	/**
	 * Creates a pending idea through the public API, as a resident would.
	 *
	 * @param string $title Title.
	 * @return string The idea's id.
	 */
	private function resident_proposes( string $title ): string {
		$themes = osallistu_api_request( 'GET', '/processes/pb-2027/themes' );
		$this->assertIsArray( $themes );
		$idea = osallistu_api_request(
			'POST',
			'/processes/pb-2027/ideas',
			array(
				'title'       => $title,
				'description' => 'Asukkaan ehdotus, jota testi käsittelee WordPressin ylläpidon kautta.',
				'themeId'     => osallistu_list_items( $themes )[0]['id'],
				'consent'     => true,
			)
		);
		$this->assertIsArray( $idea, is_wp_error( $idea ) ? $idea->get_error_message() : '' );
		$this->assertSame( 'pending', $idea['status'] );
		return $idea['id'];
	}

	/**
	 * An editor rejects with a reason and merges, through the plugin's signed calls.
	 */
	public function test_editor_rejects_with_reason_and_merges(): void {
		$this->login( 'editor' );
		$rejected = $this->resident_proposes( 'Hylättävä ehdotus ' . wp_generate_password( 6, false ) );
		$response = $this->rest( 'POST', "/osallistu/v1/ideas/{$rejected}/reject", array( 'reason' => 'Ehdotus ei kuulu tämän kierroksen teemoihin.' ) );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'rejected', $response->get_data()['status'] );
		$this->assertSame( 'Ehdotus ei kuulu tämän kierroksen teemoihin.', $response->get_data()['rejectionReason'] );

		$survivor = $this->resident_proposes( 'Säilyvä ehdotus ' . wp_generate_password( 6, false ) );
		$this->assertSame( 200, $this->rest( 'POST', "/osallistu/v1/ideas/{$survivor}/publish" )->get_status() );
		$merged   = $this->resident_proposes( 'Yhdistettävä ehdotus ' . wp_generate_password( 6, false ) );
		$response = $this->rest(
			'POST',
			"/osallistu/v1/ideas/{$merged}/merge",
			array(
				'into' => $survivor,
				'note' => 'Sama asia kuin toisessa ideassa.',
			)
		);
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'merged', $response->get_data()['status'] );
		$this->assertSame( $survivor, $response->get_data()['mergedInto']['id'] );

		// A final state stays final: the API's 409 reaches the editor as 409.
		$again = $this->rest( 'POST', "/osallistu/v1/ideas/{$rejected}/publish" );
		$this->assertSame( 409, $again->get_status() );
		$this->assertSame( 'invalid-transition', $again->get_data()['data']['problem']['code'] ?? null );
	}

	/**
	 * Staff change a project's status and progress and publish an update, through signed calls.
	 */
	public function test_editor_updates_a_project(): void {
		$this->login( 'editor' );
		$projects = $this->rest( 'GET', '/osallistu/v1/projects' );
		$this->assertSame( 200, $projects->get_status(), (string) wp_json_encode( $projects->get_data() ) );
		$designing = array_values( wp_list_filter( $projects->get_data(), array( 'status' => 'designing' ) ) );
		$this->assertNotEmpty( $designing, 'the seed has a project being designed' );
		$this->assertIsString( $designing[0]['title'] );
		$id = $designing[0]['id'];

		$moved = $this->rest( 'POST', "/osallistu/v1/projects/{$id}/status", array( 'status' => 'in-progress' ) );
		$this->assertSame( 200, $moved->get_status(), (string) wp_json_encode( $moved->get_data() ) );
		$this->assertSame( 'in-progress', $moved->get_data()['status'] );

		$back = $this->rest( 'POST', "/osallistu/v1/projects/{$id}/status", array( 'status' => 'planned' ) );
		$this->assertSame( 409, $back->get_status(), 'the API refuses a transition backwards' );

		$progress = $this->rest( 'POST', "/osallistu/v1/projects/{$id}/progress", array( 'progressPercent' => 35 ) );
		$this->assertSame( 200, $progress->get_status(), (string) wp_json_encode( $progress->get_data() ) );
		$this->assertSame( 35, $progress->get_data()['progressPercent'] );

		$update = $this->rest(
			'POST',
			"/osallistu/v1/projects/{$id}/updates",
			array(
				'textFi' => 'Maanrakennustyöt alkoivat maanantaina.',
				'textSv' => 'Markarbetena började på måndag.',
			)
		);
		$this->assertContains( $update->get_status(), array( 200, 201 ), (string) wp_json_encode( $update->get_data() ) );
		$this->assertSame( 'Maanrakennustyöt alkoivat maanantaina.', $update->get_data()['updates'][0]['text']['fi'] );
	}
}
