import { css } from 'lit';

export const ideaFormStyles = css`
  :host {
    max-width: var(--osallistu-form-max-width, 48rem);
  }
  form {
    display: block;
  }
  .intro {
    color: var(--_o-muted);
  }
  .optional {
    font-weight: 400;
    color: var(--_o-muted);
  }
  .counter {
    justify-self: end;
    color: var(--_o-muted);
    font-size: 0.9em;
  }
  .counter.over {
    color: var(--_o-danger);
    font-weight: 600;
  }
  textarea {
    min-height: 10rem;
    resize: vertical;
  }
  .consent {
    display: flex;
    gap: var(--_o-space-2);
    align-items: flex-start;
  }
  .consent label {
    font-weight: 400;
  }
  fieldset {
    margin: 0 0 var(--_o-space-3);
    padding: var(--_o-space-2) var(--_o-space-3);
    border: 1px solid var(--_o-border);
    border-radius: var(--_o-radius);
  }
  legend {
    font-weight: 600;
    padding: 0 var(--_o-space-1);
  }
  .row {
    display: grid;
    gap: 0 var(--_o-space-3);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_o-space-2);
    align-items: center;
  }
  [part~='success'] {
    padding: var(--_o-space-3);
  }
  @container (min-width: 36rem) {
    .row {
      grid-template-columns: 1fr 1fr;
    }
  }
`;
