/**
 * Osallistu admin pages: the moderation queue (publish, reject with a reason, merge) and the
 * review of published ideas (feasibility, cost, responsible unit). Plain script on WordPress's
 * globals (wp.apiFetch, wp.i18n); talks only to the plugin's REST routes (osallistu/v1), which
 * add the nonce check and sign the call to the Osallistu API on the server.
 */
( function ( wp, config ) {
	'use strict';

	const { __, sprintf } = wp.i18n;
	const apiFetch = wp.apiFetch;
	const root = document.getElementById( 'osallistu-admin' );
	if ( ! root || ! config ) {
		return;
	}

	/**
	 * Creates an element; text children are text nodes, so API data is never parsed as HTML.
	 *
	 * @param {string} tag
	 * @param {Object} [props]
	 * @param {...(Node|string|null|false)} children
	 * @return {HTMLElement} the element
	 */
	function h( tag, props, ...children ) {
		const el = document.createElement( tag );
		for ( const [ key, value ] of Object.entries( props || {} ) ) {
			if ( key.startsWith( 'on' ) ) {
				el.addEventListener( key.slice( 2 ).toLowerCase(), value );
			} else if ( key === 'className' ) {
				el.className = value;
			} else if ( value === true ) {
				el.setAttribute( key, '' );
			} else if ( value !== false && value !== null && value !== undefined ) {
				el.setAttribute( key, String( value ) );
			}
		}
		for ( const child of children.flat() ) {
			if ( child !== null && child !== false && child !== undefined ) {
				el.append( child instanceof Node ? child : document.createTextNode( String( child ) ) );
			}
		}
		return el;
	}

	let idCounter = 0;
	const uid = ( prefix ) => `${ prefix }-${ ++idCounter }`;

	const itemsOf = ( result ) => ( Array.isArray( result ) ? result : ( result && result.items ) || [] );
	const dateFormat = new Intl.DateTimeFormat( config.locale || undefined, { dateStyle: 'medium', timeStyle: 'short' } );
	const euros = new Intl.NumberFormat( config.locale || undefined, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 } );

	const status = h( 'div', { className: 'osallistu-admin__status', role: 'status' } );
	const list = h( 'div', { className: 'osallistu-admin__list' } );
	root.replaceChildren( status, list );

	/** Replaces the list's content; arrays of nodes are flattened. */
	function show( ...nodes ) {
		list.replaceChildren( ...nodes.flat().filter( Boolean ) );
	}

	function say( message, isError ) {
		status.replaceChildren( h( 'div', { className: `notice ${ isError ? 'notice-error' : 'notice-success' } inline` }, h( 'p', {}, message ) ) );
	}

	function errorMessage( error ) {
		const fields = error && error.data && error.data.problem && error.data.problem.errors;
		const detail = Array.isArray( fields ) && fields.length ? ` (${ fields.map( ( f ) => `${ f.path }: ${ f.code }` ).join( ', ' ) })` : '';
		return ( ( error && error.message ) || __( 'Something went wrong.', 'osallistu' ) ) + detail;
	}

	async function call( path, data ) {
		return apiFetch( { path: `/osallistu/v1${ path }`, method: 'POST', data } );
	}

	function ideaMeta( idea ) {
		const parts = [ sprintf( /* translators: %s: date and time */ __( 'Submitted %s', 'osallistu' ), dateFormat.format( new Date( idea.createdAt ) ) ) ];
		if ( idea.authorName ) {
			parts.push( sprintf( /* translators: %s: name of the resident */ __( 'by %s', 'osallistu' ), idea.authorName ) );
		}
		if ( idea.processId ) {
			parts.push( sprintf( /* translators: %s: process id */ __( 'process %s', 'osallistu' ), idea.processId ) );
		}
		return h( 'p', { className: 'osallistu-admin__meta' }, parts.join( ' · ' ) );
	}

	function field( label, control ) {
		const id = control.id || uid( 'osallistu-field' );
		control.id = id;
		return h( 'p', {}, h( 'label', { for: id }, label ), h( 'br' ), control );
	}

	function moderationCard( idea, mergeTargets ) {
		const reason = h( 'textarea', { rows: 2, cols: 60, required: true, maxlength: 2000 } );
		const into = h(
			'select',
			{},
			h( 'option', { value: '' }, __( 'Choose the idea to merge into', 'osallistu' ) ),
			mergeTargets.filter( ( t ) => t.id !== idea.id && t.processId === idea.processId ).map( ( t ) => h( 'option', { value: t.id }, t.title ) )
		);
		const note = h( 'input', { type: 'text', className: 'regular-text', maxlength: 2000 } );

		const act = ( action, data ) => async ( event ) => {
			event.preventDefault();
			try {
				await call( `/ideas/${ encodeURIComponent( idea.id ) }/${ action }`, data ? data() : {} );
				say(
					{
						publish: sprintf( /* translators: %s: idea title */ __( 'Published “%s”.', 'osallistu' ), idea.title ),
						reject: sprintf( /* translators: %s: idea title */ __( 'Rejected “%s”.', 'osallistu' ), idea.title ),
						merge: sprintf( /* translators: %s: idea title */ __( 'Merged “%s”.', 'osallistu' ), idea.title ),
					}[ action ]
				);
				await render();
			} catch ( error ) {
				say( errorMessage( error ), true );
			}
		};

		return h(
			'article',
			{ className: 'card osallistu-admin__idea', 'data-idea': idea.id },
			h( 'h2', { className: 'title' }, idea.title ),
			ideaMeta( idea ),
			h( 'p', { className: 'osallistu-admin__description' }, idea.description ),
			h( 'form', { onSubmit: act( 'publish' ) }, h( 'button', { type: 'submit', className: 'button button-primary' }, __( 'Publish', 'osallistu' ) ) ),
			h(
				'form',
				{ onSubmit: act( 'reject', () => ( { reason: reason.value } ) ) },
				field( __( 'Reason for rejecting (shown to the public)', 'osallistu' ), reason ),
				h( 'button', { type: 'submit', className: 'button' }, __( 'Reject', 'osallistu' ) )
			),
			mergeTargets.length > 0 &&
				h(
					'form',
					{ onSubmit: act( 'merge', () => ( { into: into.value, ...( note.value ? { note: note.value } : {} ) } ) ) },
					field( __( 'Merge into', 'osallistu' ), into ),
					field( __( 'Note (optional)', 'osallistu' ), note ),
					h( 'button', { type: 'submit', className: 'button' }, __( 'Merge', 'osallistu' ) )
				)
		);
	}

	function commentCard( comment ) {
		const reason = h( 'textarea', { rows: 2, cols: 60, required: true, maxlength: 2000 } );
		const act = ( action, data ) => async ( event ) => {
			event.preventDefault();
			try {
				await call( `/comments/${ encodeURIComponent( comment.id ) }/${ action }`, data ? data() : {} );
				say( action === 'publish' ? __( 'Comment published.', 'osallistu' ) : __( 'Comment rejected.', 'osallistu' ) );
				await render();
			} catch ( error ) {
				say( errorMessage( error ), true );
			}
		};
		return h(
			'article',
			{ className: 'card osallistu-admin__comment', 'data-comment': comment.id },
			comment.ideaTitle && h( 'h3', {}, comment.ideaTitle ),
			h( 'p', {}, comment.body ),
			h( 'form', { onSubmit: act( 'publish' ) }, h( 'button', { type: 'submit', className: 'button button-primary' }, __( 'Publish comment', 'osallistu' ) ) ),
			h(
				'form',
				{ onSubmit: act( 'reject', () => ( { reason: reason.value } ) ) },
				field( __( 'Reason for rejecting (shown to the public)', 'osallistu' ), reason ),
				h( 'button', { type: 'submit', className: 'button' }, __( 'Reject comment', 'osallistu' ) )
			)
		);
	}

	function reviewCard( idea ) {
		const name = uid( 'osallistu-feasibility' );
		const feasible = h( 'input', { type: 'radio', name, value: 'feasible', id: `${ name }-yes`, checked: ! idea.review || idea.review.feasibility === 'feasible' } );
		const notFeasible = h( 'input', { type: 'radio', name, value: 'not-feasible', id: `${ name }-no`, checked: !! idea.review && idea.review.feasibility === 'not-feasible' } );
		const cost = h( 'input', { type: 'number', min: 0, step: 1, value: idea.review && idea.review.costEur !== null ? idea.review.costEur : '' } );
		const reason = h( 'textarea', { rows: 2, cols: 60, maxlength: 2000 } );
		reason.value = ( idea.review && idea.review.reason ) || '';
		const unit = h( 'input', { type: 'text', className: 'regular-text', required: true, maxlength: 200, value: ( idea.review && idea.review.responsibleUnit ) || '' } );

		const submit = async ( event ) => {
			event.preventDefault();
			const data = { feasibility: notFeasible.checked ? 'not-feasible' : 'feasible', responsibleUnit: unit.value };
			if ( cost.value !== '' ) {
				data.costEur = Number( cost.value );
			}
			if ( reason.value.trim() !== '' ) {
				data.reason = reason.value;
			}
			try {
				await call( `/ideas/${ encodeURIComponent( idea.id ) }/review`, data );
				say( sprintf( /* translators: %s: idea title */ __( 'Review saved for “%s”.', 'osallistu' ), idea.title ) );
				await render();
			} catch ( error ) {
				say( errorMessage( error ), true );
			}
		};

		const current = idea.review
			? idea.review.feasibility === 'feasible'
				? sprintf( /* translators: %s: cost in euros */ __( 'Reviewed: feasible, %s', 'osallistu' ), idea.review.costEur === null ? '–' : euros.format( idea.review.costEur ) )
				: __( 'Reviewed: not feasible', 'osallistu' )
			: __( 'Not reviewed yet', 'osallistu' );

		return h(
			'article',
			{ className: 'card osallistu-admin__idea', 'data-idea': idea.id },
			h( 'h2', { className: 'title' }, idea.title ),
			ideaMeta( idea ),
			h( 'p', {}, h( 'strong', {}, current ) ),
			h( 'p', { className: 'osallistu-admin__description' }, idea.description ),
			h(
				'form',
				{ onSubmit: submit },
				h(
					'fieldset',
					{},
					h( 'legend', {}, __( 'Feasibility', 'osallistu' ) ),
					h( 'label', { for: feasible.id }, feasible, ' ', __( 'Feasible', 'osallistu' ) ),
					' ',
					h( 'label', { for: notFeasible.id }, notFeasible, ' ', __( 'Not feasible', 'osallistu' ) )
				),
				field( __( 'Cost estimate (euros, required when feasible)', 'osallistu' ), cost ),
				field( __( 'Reason or notes (required when not feasible)', 'osallistu' ), reason ),
				field( __( 'Responsible unit', 'osallistu' ), unit ),
				h( 'button', { type: 'submit', className: 'button button-primary' }, __( 'Save review', 'osallistu' ) )
			)
		);
	}

	const statusLabels = () => ( {
		planned: __( 'Planned', 'osallistu' ),
		designing: __( 'Being designed', 'osallistu' ),
		'in-progress': __( 'In progress', 'osallistu' ),
		completed: __( 'Completed', 'osallistu' ),
		cancelled: __( 'Cancelled', 'osallistu' ),
	} );

	function projectCard( project ) {
		const labels = statusLabels();
		const act = ( action, data, done ) => async ( event ) => {
			event.preventDefault();
			try {
				await call( `/projects/${ encodeURIComponent( project.id ) }/${ action }`, data() );
				say( sprintf( done, project.title ) );
				await render();
			} catch ( error ) {
				say( errorMessage( error ), true );
			}
		};
		const status = h(
			'select',
			{},
			Object.entries( labels ).map( ( [ value, label ] ) => h( 'option', { value, selected: value === project.status }, label ) )
		);
		const reason = h( 'textarea', { rows: 2, cols: 60, maxlength: 2000 } );
		const percent = h( 'input', { type: 'number', min: 0, max: 100, step: 1, required: true, value: project.progressPercent } );
		const spent = h( 'input', { type: 'number', min: 0, step: 1, value: project.budgetSpentEur } );
		const textFi = h( 'textarea', { rows: 3, cols: 60, required: true, maxlength: 4000, lang: 'fi' } );
		const textSv = h( 'textarea', { rows: 3, cols: 60, maxlength: 4000, lang: 'sv' } );
		return h(
			'article',
			{ className: 'card osallistu-admin__project', 'data-project': project.id },
			h( 'h2', { className: 'title' }, project.title ),
			h(
				'p',
				{ className: 'osallistu-admin__meta' },
				sprintf(
					/* translators: 1: status, 2: progress percentage, 3: money spent, 4: money allocated */
					__( '%1$s · %2$d %% done · %3$s of %4$s used', 'osallistu' ),
					labels[ project.status ] || project.status,
					project.progressPercent,
					euros.format( project.budgetSpentEur || 0 ),
					euros.format( project.budgetAllocatedEur || 0 )
				)
			),
			h(
				'form',
				{ onSubmit: act( 'status', () => ( { status: status.value, ...( reason.value.trim() ? { reason: reason.value } : {} ) } ), /* translators: %s: project title */ __( 'Status changed for “%s”.', 'osallistu' ) ) },
				field( __( 'Status', 'osallistu' ), status ),
				field( __( 'Reason (required when cancelling, shown to the public)', 'osallistu' ), reason ),
				h( 'button', { type: 'submit', className: 'button' }, __( 'Change status', 'osallistu' ) )
			),
			h(
				'form',
				{ onSubmit: act( 'progress', () => ( { progressPercent: Number( percent.value ), ...( spent.value !== '' ? { budgetSpentEur: Number( spent.value ) } : {} ) } ), /* translators: %s: project title */ __( 'Progress saved for “%s”.', 'osallistu' ) ) },
				field( __( 'Progress (%)', 'osallistu' ), percent ),
				field( __( 'Money used (euros)', 'osallistu' ), spent ),
				h( 'button', { type: 'submit', className: 'button' }, __( 'Save progress', 'osallistu' ) )
			),
			h(
				'form',
				{ onSubmit: act( 'updates', () => ( { textFi: textFi.value, ...( textSv.value.trim() ? { textSv: textSv.value } : {} ) } ), /* translators: %s: project title */ __( 'Update published for “%s”.', 'osallistu' ) ) },
				field( __( 'Update in Finnish', 'osallistu' ), textFi ),
				field( __( 'Update in Swedish (optional)', 'osallistu' ), textSv ),
				h( 'button', { type: 'submit', className: 'button button-primary' }, __( 'Publish update', 'osallistu' ) )
			)
		);
	}

	async function renderProgress() {
		const projects = itemsOf( await apiFetch( { path: '/osallistu/v1/projects' } ) );
		show(
			h( 'h2', {}, sprintf( /* translators: %d: number of projects */ __( 'Projects: %d', 'osallistu' ), projects.length ) ),
			projects.length ? projects.map( projectCard ) : h( 'p', {}, __( 'No projects yet.', 'osallistu' ) )
		);
	}

	async function renderModeration() {
		const [ pending, published, comments ] = await Promise.all( [
			apiFetch( { path: '/osallistu/v1/ideas?status=pending&limit=50' } ),
			apiFetch( { path: '/osallistu/v1/ideas?status=published&limit=50' } ).catch( () => [] ),
			apiFetch( { path: '/osallistu/v1/comments' } ).catch( () => [] ),
		] );
		const ideas = itemsOf( pending );
		const targets = itemsOf( published );
		const pendingComments = itemsOf( comments );
		show(
			h( 'h2', {}, sprintf( /* translators: %d: number of ideas */ __( 'Ideas waiting for moderation: %d', 'osallistu' ), ideas.length ) ),
			ideas.length ? ideas.map( ( idea ) => moderationCard( idea, targets ) ) : h( 'p', {}, __( 'No ideas are waiting.', 'osallistu' ) ),
			h( 'h2', {}, sprintf( /* translators: %d: number of comments */ __( 'Comments waiting for moderation: %d', 'osallistu' ), pendingComments.length ) ),
			pendingComments.length ? pendingComments.map( commentCard ) : h( 'p', {}, __( 'No comments are waiting.', 'osallistu' ) )
		);
	}

	async function renderReview() {
		const ideas = itemsOf( await apiFetch( { path: '/osallistu/v1/ideas?status=published&limit=50' } ) );
		show(
			h( 'h2', {}, sprintf( /* translators: %d: number of ideas */ __( 'Published ideas: %d', 'osallistu' ), ideas.length ) ),
			ideas.length ? ideas.map( reviewCard ) : h( 'p', {}, __( 'No published ideas yet.', 'osallistu' ) )
		);
	}

	async function render() {
		root.setAttribute( 'aria-busy', 'true' );
		root.removeAttribute( 'data-ready' );
		try {
			const views = { review: renderReview, progress: renderProgress, moderation: renderModeration };
			await ( views[ config.view ] || renderModeration )();
		} catch ( error ) {
			say( errorMessage( error ), true );
		} finally {
			root.removeAttribute( 'aria-busy' );
			root.setAttribute( 'data-ready', '' );
		}
	}

	render();
} )( window.wp, window.osallistuAdmin );
