/** A resident supported an idea; `supportCount` is the new count from the API. */
export class IdeaSupportedEvent extends Event {
  static readonly eventName = 'osallistu-idea-supported';
  readonly ideaId: string;
  readonly supportCount: number;

  constructor(ideaId: string, supportCount: number) {
    super(IdeaSupportedEvent.eventName, { bubbles: true, composed: true });
    this.ideaId = ideaId;
    this.supportCount = supportCount;
  }
}

declare global {
  interface HTMLElementEventMap {
    'osallistu-idea-supported': IdeaSupportedEvent;
  }
}
