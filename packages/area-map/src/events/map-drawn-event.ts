/** The map has drawn its areas and pins (after Leaflet loaded, and after every data change). */
export class AreaMapDrawnEvent extends Event {
  static readonly eventName = 'osallistu-area-map-drawn';
  /** Milliseconds the draw took (areas, pins, clusters). */
  readonly ms: number;
  readonly pins: number;

  constructor(ms: number, pins: number) {
    super(AreaMapDrawnEvent.eventName, { bubbles: true, composed: true });
    this.ms = ms;
    this.pins = pins;
  }
}

declare global {
  interface HTMLElementEventMap {
    'osallistu-area-map-drawn': AreaMapDrawnEvent;
  }
}
