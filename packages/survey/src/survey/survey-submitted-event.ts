import type { SurveyResponseCreated } from '@osallistu/contract';

/** Fired (bubbles, composed) after a response was stored. */
export class SurveySubmittedEvent extends Event {
  static readonly eventName = 'osallistu-survey-submitted';
  readonly response: SurveyResponseCreated;

  constructor(response: SurveyResponseCreated) {
    super(SurveySubmittedEvent.eventName, { bubbles: true, composed: true });
    this.response = response;
  }
}
