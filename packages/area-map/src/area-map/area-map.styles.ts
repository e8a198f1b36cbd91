import { css } from 'lit';

// No comments inside the css literal: they would ship in the chunk. Notes on the rules:
// - a project is a square with a white flag, on the map and in the legend (shape, not colour alone);
// - `.map .area…`, `.map .pin…` and `.map .cluster…` are drawn by Leaflet inside `.map`;
// - an area that cannot be picked (`.area.muted`) is hatched and dashed, in the legend too; its
//   fill is the pattern lazy/leaflet-map.ts adds to Leaflet's SVG.
export const areaMapStyles = css`
  :host {
    --_map-height: var(--osallistu-map-height, 24rem);
    --_map-pin: var(--osallistu-map-pin, #0b5394);
  }
  .layout {
    display: grid;
    gap: var(--_o-space-3);
    grid-template-columns: 1fr;
  }
  @container (min-width: 44rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(14rem, 2fr);
      align-items: start;
    }
  }
  .map {
    height: var(--_map-height);
    min-height: 12rem;
    border: 1px solid var(--_o-border);
    border-radius: var(--_o-radius);
    background: var(--osallistu-map-background, #eef1f4);
    z-index: 0;
  }
  .map:focus-visible {
    outline: var(--_o-focus-ring);
    outline-offset: 2px;
  }
  .side {
    min-width: 0;
  }
  .fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend,
  .subheading {
    font-weight: 600;
    padding: 0;
    margin: 0 0 var(--_o-space-1);
    font-size: 1rem;
  }
  .optional,
  .meta {
    color: var(--_o-muted);
    font-weight: normal;
  }
  label {
    display: block;
    font-weight: 600;
  }
  .search-label {
    margin-top: var(--_o-space-1);
  }
  input[type='search'],
  select {
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_o-space-1) var(--_o-space-2);
    border: 1px solid var(--_o-border);
    border-radius: var(--_o-radius);
    background: var(--_o-surface);
    margin-bottom: var(--_o-space-1);
  }
  .options,
  .idea-list,
  .table-wrap {
    max-height: var(--_map-height);
    overflow: auto;
    border: 1px solid var(--_o-border);
    border-radius: var(--_o-radius);
    padding: var(--_o-space-1);
    margin: 0 0 var(--_o-space-2);
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_o-space-1);
    min-height: 2.25rem;
  }
  .option label {
    font-weight: normal;
    flex: 1;
    cursor: pointer;
  }
  .option input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  .idea-list {
    list-style: none;
  }
  .idea-list li {
    display: flex;
    flex-direction: column;
    padding: var(--_o-space-1) 0;
    border-bottom: 1px solid var(--_o-surface-alt);
  }
  .selected {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_o-space-1);
    margin-bottom: var(--_o-space-2);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: var(--_o-space-1);
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem var(--_o-space-1);
    border-bottom: 1px solid var(--_o-surface-alt);
  }
  th[scope='row'] {
    font-weight: normal;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tr.focused {
    background: var(--_o-surface-alt);
    outline: 2px solid var(--_o-primary);
  }
  .legend {
    margin-top: var(--_o-space-1);
    font-size: 0.875rem;
  }
  .legend ul {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_o-space-1) var(--_o-space-3);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_o-space-1);
  }
  .legend-title {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .swatch,
  .dot,
  .line {
    display: inline-block;
    width: 1rem;
    height: 1rem;
    border: 1px solid #333;
    flex: none;
  }
  .swatch.none {
    background: #fff;
  }
  .dot {
    border-radius: 50%;
    border: 2px solid #fff;
    box-shadow: 0 0 0 1px #333;
  }
  .dot.idea {
    background: var(--_map-pin);
  }
  .dot.feasible {
    background: #1b6e35;
  }
  .dot.project {
    background: #8a4b00;
    border-radius: 2px;
    position: relative;
  }
  .dot.project::after,
  .map .pin-project i {
    content: '';
    position: absolute;
    left: 30%;
    top: 22%;
    width: 40%;
    height: 40%;
    background: #fff;
    clip-path: polygon(0 0, 100% 25%, 15% 50%, 15% 100%, 0 100%);
  }
  .line {
    height: 0;
    border-width: 2px 0 0;
    border-color: #1d4f91;
  }
  .line.boundary {
    border-style: dashed;
    border-color: #222;
  }

  .map .area {
    stroke: var(--osallistu-map-area-border, #1d4f91);
  }
  .map .area:not(.filled) {
    fill: var(--osallistu-map-area-border, #1d4f91);
  }
  .map .area.selected {
    stroke: var(--osallistu-map-selected, #b3261e);
  }
  .map .area.selected:not(.filled) {
    fill: var(--osallistu-map-selected, #b3261e);
  }
  .swatch.muted,
  .map .area.muted {
    background: repeating-linear-gradient(45deg, #595959 0 2px, #fff 0 6px);
    fill: url(#o-hatch);
    stroke: #595959;
    stroke-dasharray: 4 3;
  }
  .map .pin span,
  .map .cluster span {
    display: block;
    width: 100%;
    height: 100%;
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg);
    background: var(--_map-pin);
    border: 2px solid #fff;
    box-shadow: 0 0 0 1px #333;
  }
  .map .pin-feasible span {
    background: #1b6e35;
  }
  .map .pin-project span {
    background: #8a4b00;
    border-radius: 3px;
    transform: none;
    position: relative;
  }
  .map .pin-project i {
    left: 28%;
    top: 20%;
    width: 50%;
    height: 60%;
  }
  .map .pin-editable span {
    background: #b3261e;
  }
  .map .cluster span {
    border-radius: 50%;
    transform: none;
    color: #fff;
    font-weight: 700;
    display: flex;
    align-items: center;
    justify-content: center;
  }
  .map .pin:focus-visible,
  .map .cluster:focus-visible {
    outline: var(--_o-focus-ring);
    outline-offset: 2px;
  }
  .map .card {
    font: inherit;
    min-width: 10rem;
  }
  .map .card-title {
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .map .card-meta {
    margin: 0 0 0.25rem;
    color: var(--_o-muted);
  }
  .map .leaflet-container a.leaflet-popup-close-button {
    color: #333;
  }
  @media (forced-colors: active) {
    .map .pin span,
    .map .cluster span,
    .dot {
      forced-color-adjust: none;
    }
  }
`;
