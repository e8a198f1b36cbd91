/** A resident evaluated a completed project. */
export class ProjectEvaluatedEvent extends Event {
  static readonly eventName = 'osallistu-project-evaluated';
  readonly projectId: string;
  readonly rating: number;

  constructor(projectId: string, rating: number) {
    super(ProjectEvaluatedEvent.eventName, { bubbles: true, composed: true });
    this.projectId = projectId;
    this.rating = rating;
  }
}

declare global {
  interface HTMLElementEventMap {
    'osallistu-project-evaluated': ProjectEvaluatedEvent;
  }
}
