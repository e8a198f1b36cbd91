<?php
/**
 * Every widget has a dynamic block that prints its custom element with escaped attributes and a
 * fallback, and enqueues the loader module only when used.
 *
 * @package Osallistu
 */

/**
 * Blocks.
 */
final class BlocksTest extends Osallistu_Test_Case {

	private const XSS = '"><script>alert(1)</script>';

	/**
	 * One block per widget of the elements build, none missing, none extra.
	 */
	public function test_every_widget_of_the_elements_build_has_a_block(): void {
		$list = json_decode( (string) file_get_contents( OSALLISTU_DIR . 'assets/elements/widgets.json' ), true );
		$this->assertIsArray( $list );
		$tags = array_map( static fn ( array $w ): string => $w['tag'], $list );
		sort( $tags );
		$this->assertContains( 'osallistu-ideas', $tags );
		$this->assertContains( 'osallistu-idea-form', $tags );
		$blocks = array_map( 'osallistu_widget_tag', self::widget_names() );
		sort( $blocks );
		$this->assertSame( $tags, $blocks );
	}

	/**
	 * The block.json of each widget is apiVersion 2, dynamic (render) and uses the editor script.
	 *
	 * @dataProvider widgets
	 * @param string $widget Widget name.
	 */
	public function test_block_type_comes_from_block_json( string $widget ): void {
		$json = json_decode( (string) file_get_contents( osallistu_blocks_dir() . $widget . '/block.json' ), true );
		$this->assertSame( 2, $json['apiVersion'] );
		$this->assertSame( 'osallistu/' . $widget, $json['name'] );
		$this->assertStringStartsWith( 'file:', $json['render'] );
		$type = WP_Block_Type_Registry::get_instance()->get_registered( 'osallistu/' . $widget );
		$this->assertTrue( $type->is_dynamic() );
		$this->assertContains( 'osallistu-editor', (array) $type->editor_script_handles );
		$this->assertArrayHasKey( 'lang', $type->attributes );
	}

	/**
	 * Renders the element named after the block, with each attribute escaped.
	 *
	 * @dataProvider widgets
	 * @param string $widget Widget name.
	 */
	public function test_block_renders_its_element_with_escaped_attributes( string $widget ): void {
		$type  = WP_Block_Type_Registry::get_instance()->get_registered( 'osallistu/' . $widget );
		$attrs = array();
		foreach ( osallistu_element_attribute_map( $type ) as $key => $element_attribute ) {
			$schema = $type->attributes[ $key ];
			if ( 'string' === ( $schema['type'] ?? '' ) && empty( $schema['enum'] ) ) {
				$attrs[ $key ] = self::XSS;
			}
		}
		$attrs['lang'] = 'sv';
		$html          = do_blocks( '<!-- wp:osallistu/' . $widget . ' ' . wp_json_encode( $attrs ) . ' /-->' );

		$tag = 'osallistu-' . $widget;
		$this->assertMatchesRegularExpression( '/^<' . preg_quote( $tag, '/' ) . ' class="wp-block-osallistu-' . preg_quote( $widget, '/' ) . '"/', $html );
		$this->assertStringEndsWith( '</' . $tag . '>', $html );
		$this->assertStringContainsString( ' lang="sv"', $html );
		$this->assertStringNotContainsString( '<script', $html, 'an attribute cannot open a script element' );
		foreach ( osallistu_element_attribute_map( $type ) as $key => $element_attribute ) {
			if ( isset( $attrs[ $key ] ) && self::XSS === $attrs[ $key ] ) {
				$this->assertStringContainsString( ' ' . $element_attribute . '="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"', $html );
			}
		}
		$this->assertInertInBrowserParser( $html, $tag );
	}

	/**
	 * The ideas block carries the process and a fallback with a title and a link.
	 */
	public function test_ideas_block_prints_process_and_fallback_for_visitors_without_javascript(): void {
		$html = do_blocks( '<!-- wp:osallistu/ideas {"process":"pb-2027"} /-->' );
		$this->assertStringContainsString( '<osallistu-ideas class="wp-block-osallistu-ideas" process="pb-2027"', $html );
		$this->assertStringContainsString( 'class="osallistu-fallback"', $html );
		$this->assertMatchesRegularExpression( '/<strong>[^<]+<\/strong>/', $html );
		$this->assertMatchesRegularExpression( '/<a href="http[^"]+">[^<]+<\/a>/', $html );
	}

	/**
	 * Empty attributes are left out so the element's own defaults apply; the settings' default
	 * language is used when the block has none.
	 */
	public function test_empty_attributes_are_left_out_and_default_language_applies(): void {
		$html = do_blocks( '<!-- wp:osallistu/ideas /-->' );
		$this->assertStringNotContainsString( 'process=', $html );
		$this->assertStringNotContainsString( ' lang=', $html );

		update_option( 'osallistu_settings', array_merge( osallistu_settings(), array( 'default_lang' => 'en' ) ) );
		$this->assertStringContainsString( ' lang="en"', do_blocks( '<!-- wp:osallistu/ideas /-->' ) );
	}

	/**
	 * The loader is enqueued only once a widget renders, and printed as a module with the API
	 * base and tenant; the theme colours come with it.
	 */
	public function test_loader_is_enqueued_only_when_a_widget_renders(): void {
		do_blocks( '<!-- wp:paragraph --><p>Hei</p><!-- /wp:paragraph -->' );
		$this->assertFalse( wp_script_is( 'osallistu-loader', 'enqueued' ) );

		do_blocks( '<!-- wp:osallistu/ideas {"process":"pb-2027"} /-->' );
		$this->assertTrue( wp_script_is( 'osallistu-loader', 'enqueued' ) );
		$this->assertTrue( wp_style_is( 'osallistu-theme', 'enqueued' ) );

		ob_start();
		wp_scripts()->do_item( 'osallistu-loader' );
		$tag = (string) ob_get_clean();
		$this->assertMatchesRegularExpression( '/<script type="module" data-api="http:\/\/127\.0\.0\.1:\d+" data-tenant="kuopio"[^>]* src=[\'"][^\'"]+\/wp-content\/plugins\/osallistu\/assets\/elements\/osallistu\.js/', $tag );
		$this->assertStringNotContainsString( 'text/javascript', $tag );
	}

	/**
	 * Theme colours become --osallistu-* custom properties; invalid colours never reach CSS.
	 */
	public function test_theme_colours_become_custom_properties(): void {
		update_option( 'osallistu_settings', array_merge( osallistu_settings(), array( 'color_primary' => '#123456', 'color_text' => 'red;}body{x' ) ) );
		$css = osallistu_theme_css();
		$this->assertSame( ':root{--osallistu-color-primary:#123456;}', $css );
	}

	/**
	 * Parses the HTML as a browser would (DOMDocument, HTML mode) and checks that no script element
	 * exists and the widget element is the only top-level element.
	 *
	 * @param string $html Rendered HTML.
	 * @param string $tag  Expected element.
	 */
	private function assertInertInBrowserParser( string $html, string $tag ): void {
		$doc = new DOMDocument();
		libxml_use_internal_errors( true );
		$doc->loadHTML( '<!doctype html><html><body>' . $html . '</body></html>' );
		libxml_clear_errors();
		$this->assertSame( 0, $doc->getElementsByTagName( 'script' )->length );
		$body = $doc->getElementsByTagName( 'body' )->item( 0 );
		$this->assertSame( 1, $body->childNodes->length );
		$this->assertSame( $tag, $body->firstChild->nodeName );
	}
}
