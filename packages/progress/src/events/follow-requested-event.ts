/** A resident asked to follow a project or an idea by email (a confirmation link was sent). */
export class FollowRequestedEvent extends Event {
  static readonly eventName = 'osallistu-follow-requested';
  readonly followTarget: 'project' | 'idea';
  readonly targetId: string;

  constructor(target: 'project' | 'idea', targetId: string) {
    super(FollowRequestedEvent.eventName, { bubbles: true, composed: true });
    this.followTarget = target;
    this.targetId = targetId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'osallistu-follow-requested': FollowRequestedEvent;
  }
}
