<?php
/**
 * The [osallistu] shortcode prints any widget, with escaped attributes.
 *
 * @package Osallistu
 */

/**
 * Shortcodes.
 */
final class ShortcodesTest extends Osallistu_Test_Case {

	/**
	 * Every widget renders through the shortcode, attributes named as on the element.
	 *
	 * @dataProvider widgets
	 * @param string $widget Widget name.
	 */
	public function test_shortcode_renders_each_widget( string $widget ): void {
		$html = do_shortcode( '[osallistu widget="' . $widget . '" process="pb-2027" lang="fi"]' );
		$tag  = 'osallistu-' . $widget;
		$this->assertStringStartsWith( '<' . $tag . ' class="wp-block-osallistu-' . $widget . '"', $html );
		$this->assertStringEndsWith( '</' . $tag . '>', $html );
		$this->assertStringContainsString( ' lang="fi"', $html );
		$this->assertStringContainsString( 'class="osallistu-fallback"', $html );
		$this->assertTrue( wp_script_is( 'osallistu-loader', 'enqueued' ) );
		$type = osallistu_widget_block_types()[ $widget ];
		if ( in_array( 'process', osallistu_element_attribute_map( $type ), true ) ) {
			$this->assertStringContainsString( ' process="pb-2027"', $html );
		}
	}

	/**
	 * An attribute holding markup stays an attribute value.
	 */
	public function test_shortcode_attribute_with_markup_stays_inert(): void {
		$html = do_shortcode( '[osallistu widget="ideas" process=\'"><script>alert(1)</script>\']' );
		$this->assertStringNotContainsString( '<script', $html );
		$this->assertStringContainsString( 'process="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"', $html );
	}

	/**
	 * The tag name may be given too, and attributes the widget does not have are ignored.
	 */
	public function test_tag_name_is_accepted_and_unknown_attributes_are_dropped(): void {
		$html = do_shortcode( '[osallistu widget="osallistu-ideas" onclick="alert(1)" style="x"]' );
		$this->assertStringStartsWith( '<osallistu-ideas ', $html );
		$this->assertStringNotContainsString( 'onclick', $html );
		$this->assertStringNotContainsString( 'style=', $html );
	}

	/**
	 * An unknown widget prints nothing for visitors and a notice for editors.
	 */
	public function test_unknown_widget(): void {
		$this->assertSame( '', do_shortcode( '[osallistu widget="nope"]' ) );
		$this->login( 'editor' );
		$html = do_shortcode( '[osallistu widget="<b>nope"]' );
		$this->assertStringContainsString( 'osallistu-error', $html );
		$this->assertStringNotContainsString( '<b>', $html );
	}
}
