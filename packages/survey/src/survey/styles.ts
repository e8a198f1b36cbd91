import { css } from 'lit';

/** Survey layout: the progress bar, question groups, choices, ranking rows and budget sums. */
export const surveyStyles = css`
  .heading {
    margin: 0 0 var(--_o-space-2);
    font-size: 1.25em;
    font-weight: 700;
  }
  .page-title {
    margin: var(--_o-space-3) 0 var(--_o-space-2);
    font-size: 1.1em;
    font-weight: 700;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: var(--_o-space-2);
  }
  .progress progress {
    flex: 1;
    accent-color: var(--_o-primary);
  }
  fieldset.question,
  div.question {
    margin: 0 0 var(--_o-space-3);
    padding: var(--_o-space-2) 0 0;
    border: 0;
    min-width: 0;
  }
  legend,
  .question > label {
    font-weight: 700;
    padding: 0;
    display: block;
    margin-bottom: var(--_o-space-1);
  }
  .help {
    margin: 0 0 var(--_o-space-1);
  }
  .question > label.choice,
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_o-space-2);
    min-height: 2.75rem;
    margin: 0;
    font-weight: 400;
  }
  /* the base styles size text inputs; radios and checkboxes keep a box of their own */
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
    margin: 0;
    padding: 0;
    flex: none;
    accent-color: var(--_o-primary);
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_o-space-2);
  }
  .ranking {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .ranking li {
    display: flex;
    align-items: center;
    gap: var(--_o-space-2);
    min-height: 2.75rem;
  }
  .ranking li span {
    flex: 1;
  }
  .budget-row {
    display: grid;
    grid-template-columns: 1fr 9rem;
    gap: var(--_o-space-2);
    align-items: center;
    margin-bottom: var(--_o-space-1);
  }
  input[type='number'],
  input[type='text'],
  input[type='date'],
  select,
  textarea {
    font: inherit;
    min-height: 2.75rem;
    max-width: 100%;
  }
  textarea {
    width: 100%;
    min-height: 6rem;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_o-space-2);
    align-items: center;
  }
  .inline input {
    flex: 1 1 16rem;
    width: auto;
  }
  .actions {
    display: flex;
    gap: var(--_o-space-2);
    justify-content: space-between;
    margin-top: var(--_o-space-3);
  }
`;
