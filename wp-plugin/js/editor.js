/**
 * Osallistu blocks in the block editor. Plain script on WordPress's globals (no build step).
 *
 * Every widget block is registered on the server from its generated block.json; this script gives
 * each one the same edit component: inspector controls derived from the block's attributes
 * (those marked with `osallistuAttr`), where process, survey, area and language are chosen from
 * lists fetched through the plugin's REST routes, and a live preview rendered by the server
 * (the loader script, enqueued in the editor too, brings the element to life).
 */
( function ( wp, blockNames ) {
	'use strict';

	const { registerBlockType, getBlockType } = wp.blocks;
	const { createElement: el, useEffect, useState, Fragment } = wp.element;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl, ToggleControl, Notice } = wp.components;
	const { __ } = wp.i18n;
	const ServerSideRender = wp.serverSideRender;
	const apiFetch = wp.apiFetch;

	/** Pickers: element attribute → REST route and how to turn an item into an option. */
	const pickers = {
		process: { path: '/osallistu/v1/processes', option: ( p ) => ( { value: p.id, label: p.title || p.id } ) },
		survey: { path: '/osallistu/v1/surveys', option: ( s ) => ( { value: s.id, label: s.title || s.id } ) },
		area: { path: '/osallistu/v1/areas', option: ( a ) => ( { value: a.id, label: a.name || a.id } ) },
		lang: { path: '/osallistu/v1/languages', option: ( l ) => ( { value: l.code, label: l.name || l.code } ) },
	};

	/** Labels of the common attributes; others show their attribute name. */
	function labelOf( attribute ) {
		switch ( attribute ) {
			case 'process':
				return __( 'Participation process', 'osallistu' );
			case 'survey':
				return __( 'Survey', 'osallistu' );
			case 'area':
				return __( 'Area', 'osallistu' );
			case 'lang':
				return __( 'Language', 'osallistu' );
			default:
				return attribute.replace( /-/g, ' ' ).replace( /^./, ( c ) => c.toUpperCase() );
		}
	}

	/** One fetch per list per editor session, shared by every block. */
	const lists = new Map();
	function fetchList( path ) {
		if ( ! lists.has( path ) ) {
			lists.set(
				path,
				apiFetch( { path } ).catch( ( error ) => {
					lists.delete( path );
					throw error;
				} )
			);
		}
		return lists.get( path );
	}

	function usePickerOptions( attribute ) {
		const picker = pickers[ attribute ];
		const [ state, setState ] = useState( { options: null, error: null } );
		useEffect( () => {
			if ( ! picker ) {
				return undefined;
			}
			let live = true;
			fetchList( picker.path ).then(
				( items ) => live && setState( { options: ( Array.isArray( items ) ? items : [] ).map( picker.option ), error: null } ),
				( error ) => live && setState( { options: null, error } )
			);
			return () => {
				live = false;
			};
		}, [ attribute ] );
		return state;
	}

	function AttributeControl( { attribute, schema, value, onChange } ) {
		const label = labelOf( attribute );
		const picker = usePickerOptions( attribute );
		const help = schema.osallistuHelp || undefined;

		if ( pickers[ attribute ] ) {
			if ( picker.options ) {
				const empty = {
					value: '',
					label: attribute === 'lang' ? __( 'Default (page language)', 'osallistu' ) : __( '— Choose —', 'osallistu' ),
				};
				return el( SelectControl, { label, help, value: value || '', options: [ empty, ...picker.options ], onChange } );
			}
			if ( ! picker.error ) {
				return el( 'p', { 'aria-busy': 'true' }, label, ': ', __( 'Loading…', 'osallistu' ) );
			}
			return el(
				Fragment,
				{},
				el( Notice, { status: 'warning', isDismissible: false }, __( 'The list could not be loaded from the Osallistu API; type the identifier instead.', 'osallistu' ) ),
				el( TextControl, { label, help, value: value || '', onChange } )
			);
		}
		if ( Array.isArray( schema.enum ) ) {
			return el( SelectControl, { label, help, value, options: schema.enum.map( ( v ) => ( { value: v, label: String( v ) } ) ), onChange } );
		}
		if ( schema.type === 'boolean' ) {
			return el( ToggleControl, { label, help, checked: !! value, onChange } );
		}
		if ( schema.type === 'number' || schema.type === 'integer' ) {
			return el( TextControl, {
				label,
				help,
				type: 'number',
				value: value === undefined || value === null ? '' : value,
				onChange: ( v ) => onChange( v === '' ? undefined : Number( v ) ),
			} );
		}
		return el( TextControl, { label, help, value: value || '', onChange } );
	}

	function edit( props ) {
		const { name, attributes, setAttributes } = props;
		const type = getBlockType( name );
		const controls = Object.entries( type.attributes || {} )
			.filter( ( [ , schema ] ) => schema && schema.osallistuAttr )
			.map( ( [ key, schema ] ) =>
				el( AttributeControl, {
					key,
					attribute: schema.osallistuAttr,
					schema,
					value: attributes[ key ],
					onChange: ( value ) => setAttributes( { [ key ]: value } ),
				} )
			);
		return el(
			'div',
			useBlockProps(),
			el( InspectorControls, {}, el( PanelBody, { title: __( 'Widget settings', 'osallistu' ), initialOpen: true }, controls ) ),
			el( ServerSideRender, { block: name, attributes } )
		);
	}

	for ( const name of blockNames || [] ) {
		if ( ! getBlockType( name ) ) {
			registerBlockType( name, { edit, save: () => null } );
		}
	}
} )( window.wp, window.osallistuBlocks );
