import type { BallotReceipt } from '@osallistu/contract';

/** A ballot was cast (or replaced). Bubbles and is composed, so host pages can react. */
export class BallotCastEvent extends Event {
  static readonly eventName = 'osallistu-ballot-cast' as const;
  readonly receipt: BallotReceipt;
  constructor(receipt: BallotReceipt) {
    super(BallotCastEvent.eventName, { bubbles: true, composed: true });
    this.receipt = receipt;
  }
}

declare global {
  interface HTMLElementEventMap {
    'osallistu-ballot-cast': BallotCastEvent;
  }
}
