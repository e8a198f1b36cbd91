/**
 * A resident follows the link of an idea from the map's card or list. Cancelable: a host that
 * shows the idea itself (the idea board) calls `preventDefault()` and the link is not followed.
 */
export class AreaMapIdeaLinkEvent extends Event {
  static readonly eventName = 'osallistu-area-map-idea-link';
  readonly ideaId: string;
  readonly href: string;

  constructor(ideaId: string, href: string) {
    super(AreaMapIdeaLinkEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.ideaId = ideaId;
    this.href = href;
  }
}

declare global {
  interface HTMLElementEventMap {
    'osallistu-area-map-idea-link': AreaMapIdeaLinkEvent;
  }
}
