/** A resident signed up for taking part in a project. */
export class SignedUpEvent extends Event {
  static readonly eventName = 'osallistu-signed-up';
  readonly projectId: string;
  readonly participants: number;

  constructor(projectId: string, participants: number) {
    super(SignedUpEvent.eventName, { bubbles: true, composed: true });
    this.projectId = projectId;
    this.participants = participants;
  }
}

declare global {
  interface HTMLElementEventMap {
    'osallistu-signed-up': SignedUpEvent;
  }
}
