import type { Comment } from '@osallistu/contract';

/** A resident's comment was received (status `pending`, waiting for moderation). */
export class CommentSubmittedEvent extends Event {
  static readonly eventName = 'osallistu-comment-submitted';
  readonly comment: Comment;

  constructor(comment: Comment) {
    super(CommentSubmittedEvent.eventName, { bubbles: true, composed: true });
    this.comment = comment;
  }
}

declare global {
  interface HTMLElementEventMap {
    'osallistu-comment-submitted': CommentSubmittedEvent;
  }
}
