import { css } from 'lit';

export const ideaCommentsStyles = css`
  :host {
    margin-top: var(--_o-space-3);
    container-type: normal;
  }
  ol {
    list-style: none;
    margin: 0 0 var(--_o-space-3);
    padding: 0;
    display: grid;
    gap: var(--_o-space-2);
  }
  li {
    padding: var(--_o-space-2) var(--_o-space-3);
    border-radius: var(--_o-radius);
    background: var(--osallistu-comment-background, var(--_o-surface-alt));
  }
  .meta {
    color: var(--_o-muted);
    font-size: 0.9em;
    margin: 0;
  }
  .body {
    white-space: pre-line;
    margin: 0;
  }
  textarea {
    min-height: 5rem;
    resize: vertical;
  }
  h4 {
    font-size: 1em;
  }
`;
