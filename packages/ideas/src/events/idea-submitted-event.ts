import type { Idea } from '@osallistu/contract';

/**
 * A resident's idea was received by the API (status `pending`, waiting for moderation).
 * Bubbles and is composed, so the host page can listen on `document` (analytics, redirects).
 *
 * @example
 * document.addEventListener('osallistu-idea-submitted', (e) => console.log(e.idea.id));
 */
export class IdeaSubmittedEvent extends Event {
  static readonly eventName = 'osallistu-idea-submitted';
  readonly idea: Idea;

  constructor(idea: Idea) {
    super(IdeaSubmittedEvent.eventName, { bubbles: true, composed: true });
    this.idea = idea;
  }
}

declare global {
  interface HTMLElementEventMap {
    'osallistu-idea-submitted': IdeaSubmittedEvent;
  }
}
