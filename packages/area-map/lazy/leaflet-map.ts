/// <reference path="./leaflet-esm.d.ts" />
/**
 * The Leaflet side of `<osallistu-area-map>`, loaded only when the element draws a map (this
 * module and Leaflet form their own chunk; the element's chunk has neither). Draws areas (plain or
 * as a choropleth), the tenant boundary, idea and project pins (grid-clustered), and the one
 * editable pin of `pin` mode, into a container inside the element's shadow root.
 * Never loads images: markers are styled HTML, the tile layer is optional.
 */
// Leaflet 1.9.4 has no "module" field: name its ES module build (types: leaflet-esm.d.ts).
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { AreaGeometry } from '@osallistu/contract';
import { leafletCss } from './leaflet-css.js';
import { gridCluster } from './grid-cluster.js';

export interface MapArea {
  id: string;
  name: string;
  geometry: AreaGeometry;
  /** Choropleth fill; none = the plain area style. */
  fill?: string;
  /** Cannot be picked: drawn hatched (class `muted`, styled by the element with the `o-hatch` pattern). */
  muted?: boolean;
}

export interface MapPin {
  id: string;
  lon: number;
  lat: number;
  title: string;
  kind: 'idea' | 'feasible' | 'project';
  /** Line under the title in the card (area; a project's status and progress). */
  meta: string;
  href: string;
}

/** Idea pins are drops; project pins are squares with a flag, so they differ by shape, not colour alone. */
const pinIcons: Record<MapPin['kind'], { size: number; anchor: [number, number]; html: string }> = {
  idea: { size: 22, anchor: [11, 22], html: '<span aria-hidden="true"></span>' },
  feasible: { size: 22, anchor: [11, 22], html: '<span aria-hidden="true"></span>' },
  project: { size: 24, anchor: [12, 12], html: '<span aria-hidden="true"><i></i></span>' },
};

export interface MapTexts {
  zoomIn: string;
  zoomOut: string;
  cluster: (ideas: number, projects: number) => string;
  openIdea: string;
  openProject: string;
  close: string;
}

export interface MapOptions {
  tiles: { url: string; attribution: string; maxZoom: number } | null;
  dataAttribution: string;
  /** Read when needed, so cards and clusters follow a language change after the map was made. */
  texts: () => MapTexts;
  /** Arrow keys pan the map (off in `pin` mode, where they move the pin). */
  keyboardPan: boolean;
}

export interface MapCallbacks {
  areaClick?: (id: string) => void;
  mapClick?: (lon: number, lat: number) => void;
  pinDragged?: (lon: number, lat: number) => void;
  linkClick?: (pin: MapPin, event: MouseEvent) => void;
}

const sheets = new WeakSet<ShadowRoot>();

/** Leaflet's CSS, once per shadow root. */
function adoptCss(root: ShadowRoot): void {
  if (sheets.has(root)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(leafletCss);
  root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
  sheets.add(root);
}

const polygonsOf = (g: AreaGeometry) =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((polygon) => polygon.map((ring) => ring.map(([lon, lat]) => L.latLng(lat!, lon!))));

export class LeafletMap {
  readonly map: L.Map;
  readonly #callbacks: MapCallbacks;
  readonly #texts: () => MapTexts;
  readonly #areaLayer = L.featureGroup();
  readonly #pinLayer = L.layerGroup();
  readonly #boundaryLayer = L.layerGroup();
  #pins: MapPin[] = [];
  #editable: L.Marker | null = null;
  #fitted = false;

  constructor(container: HTMLElement, root: ShadowRoot, options: MapOptions, callbacks: MapCallbacks) {
    adoptCss(root);
    this.#callbacks = callbacks;
    this.#texts = options.texts;
    this.map = L.map(container, {
      zoomControl: false,
      keyboard: options.keyboardPan,
      attributionControl: true,
      zoomSnap: 0.25,
      // no zoom animation: calm for everyone (reduced motion), and a map removed mid-zoom (the
      // element left the page) never fires Leaflet's late transition handler
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
      center: [62.89, 27.68],
      zoom: 10,
    });
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    L.control.zoom({ zoomInTitle: options.texts().zoomIn, zoomOutTitle: options.texts().zoomOut }).addTo(this.map);
    if (options.tiles) {
      L.tileLayer(options.tiles.url, {
        attribution: options.tiles.attribution,
        maxZoom: options.tiles.maxZoom,
        // a failed tile shows the plain background, never a broken image
        errorTileUrl: 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==',
      }).addTo(this.map);
    }
    if (options.dataAttribution) this.map.attributionControl.addAttribution(escapeHtml(options.dataAttribution));
    this.#boundaryLayer.addTo(this.map);
    this.#areaLayer.addTo(this.map);
    this.#pinLayer.addTo(this.map);
    this.map.on('click', (e: L.LeafletMouseEvent) => this.#callbacks.mapClick?.(e.latlng.lng, e.latlng.lat));
    this.map.on('zoomend', () => this.#drawPins());
  }

  setBoundary(boundary: AreaGeometry | null): void {
    this.#boundaryLayer.clearLayers();
    if (!boundary) return;
    L.polygon(polygonsOf(boundary), { className: 'boundary', color: '#222222', interactive: false, fill: false, weight: 2, dashArray: '6 4' }).addTo(this.#boundaryLayer);
  }

  setAreas(areas: MapArea[], selected: string | null): void {
    this.#areaLayer.clearLayers();
    for (const area of areas) {
      const chosen = area.id === selected;
      const layer = L.polygon(polygonsOf(area.geometry), {
        className: `area${chosen ? ' selected' : ''}${area.fill ? ' filled' : ''}${area.muted ? ' muted' : ''}`,
        // colours come from the element's styles (classes area / selected), except a choropleth fill
        color: '#1d4f91',
        weight: chosen ? 3 : 1,
        fillColor: area.fill ?? '#1d4f91',
        // a muted area's hatch pattern carries its own transparency
        fillOpacity: area.fill ? 0.75 : chosen ? 0.3 : area.muted ? 1 : 0.06,
        interactive: Boolean(this.#callbacks.areaClick) || Boolean(this.#callbacks.mapClick),
        bubblingMouseEvents: !this.#callbacks.areaClick,
      });
      layer.bindTooltip(escapeHtml(area.name), { sticky: true });
      if (this.#callbacks.areaClick) layer.on('click', () => this.#callbacks.areaClick!(area.id));
      layer.addTo(this.#areaLayer);
      const path = layer.getElement();
      path?.setAttribute('data-area-id', area.id);
      // the hatch pattern muted areas are filled with, once in Leaflet's SVG (a fill can only
      // point at a pattern in its own tree, and this SVG is the one inside the shadow root)
      const svg = (path as SVGElement | undefined)?.ownerSVGElement;
      if (area.muted && svg && !svg.querySelector('#o-hatch')) {
        svg.insertAdjacentHTML(
          'afterbegin',
          '<defs><pattern id="o-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff" fill-opacity=".55"/><path d="M1 0V6" stroke="#595959" stroke-width="2"/></pattern></defs>',
        );
      }
      if (chosen) layer.bringToFront();
    }
    if (!this.#fitted && areas.length > 0) {
      this.#fitted = true;
      this.map.fitBounds(this.#areaLayer.getBounds(), { padding: [8, 8] });
    }
  }

  setPins(pins: MapPin[]): void {
    this.#pins = pins;
    this.#drawPins();
  }

  /** Draws idea/project pins, clustered on a 56 px grid at the current zoom. */
  #drawPins(): void {
    this.#pinLayer.clearLayers();
    if (this.#pins.length === 0) return;
    const zoom = this.map.getZoom();
    const points = this.#pins.map((pin) => {
      const p = this.map.project([pin.lat, pin.lon], zoom);
      return { x: p.x, y: p.y, item: pin };
    });
    const maxZoom = this.map.getMaxZoom();
    for (const cluster of gridCluster(points, 56)) {
      const position = this.map.unproject([cluster.x, cluster.y], zoom);
      if (cluster.items.length === 1 || zoom >= maxZoom) {
        for (const pin of cluster.items) this.#pinMarker(pin).addTo(this.#pinLayer);
        continue;
      }
      const n = cluster.items.length;
      const projects = cluster.items.filter((p) => p.kind === 'project').length;
      const marker = L.marker(position, {
        title: this.#texts().cluster(n - projects, projects),
        icon: L.divIcon({ className: 'cluster', html: `<span aria-hidden="true">${n}</span>`, iconSize: [36, 36] }),
        keyboard: true,
      });
      const zoomIn = () => {
        const bounds = L.latLngBounds(cluster.items.map((p) => L.latLng(p.lat, p.lon)));
        this.map.fitBounds(bounds.pad(0.2), { maxZoom: Math.min(maxZoom, zoom + 3) });
      };
      marker.on('click', zoomIn);
      marker.on('keypress', (e: L.LeafletKeyboardEvent) => {
        if (e.originalEvent.key === 'Enter') zoomIn();
      });
      marker.addTo(this.#pinLayer);
    }
  }

  #pinMarker(pin: MapPin): L.Marker {
    const icon = pinIcons[pin.kind];
    const marker = L.marker([pin.lat, pin.lon], {
      title: pin.title,
      icon: L.divIcon({ className: `pin pin-${pin.kind}`, html: icon.html, iconSize: [icon.size, icon.size], iconAnchor: icon.anchor, popupAnchor: [0, -icon.anchor[1] + 2] }),
      keyboard: true,
    });
    marker.bindPopup(() => this.#card(pin), { closeButton: true, autoPanPadding: [16, 16] });
    marker.on('popupopen', (e: L.PopupEvent) => {
      const close = e.popup.getElement()?.querySelector<HTMLElement>('.leaflet-popup-close-button');
      close?.setAttribute('aria-label', this.#texts().close);
      close?.setAttribute('title', this.#texts().close);
      e.popup.getElement()?.querySelector<HTMLElement>('a.card-link')?.focus();
    });
    return marker;
  }

  #card(pin: MapPin): HTMLElement {
    const card = document.createElement('div');
    card.className = 'card';
    const title = document.createElement('p');
    title.className = 'card-title';
    title.textContent = pin.title;
    const meta = document.createElement('p');
    meta.className = 'card-meta';
    meta.textContent = pin.meta;
    const link = document.createElement('a');
    const project = pin.kind === 'project';
    link.className = `card-link ${project ? 'project-link' : 'idea-link'}`;
    link.href = pin.href;
    link.textContent = project ? this.#texts().openProject : this.#texts().openIdea;
    link.addEventListener('click', (event) => this.#callbacks.linkClick?.(pin, event));
    card.append(title, meta, link);
    return card;
  }

  /** The editable pin of `pin` mode (null removes it). */
  setEditablePin(point: [number, number] | null, label: string): void {
    if (!point) {
      this.#editable?.remove();
      this.#editable = null;
      return;
    }
    const latLng = L.latLng(point[1], point[0]);
    if (!this.#editable) {
      this.#editable = L.marker(latLng, {
        draggable: true,
        keyboard: false,
        title: label,
        icon: L.divIcon({ className: 'pin pin-editable', html: '<span aria-hidden="true"></span>', iconSize: [26, 26], iconAnchor: [13, 26] }),
      });
      this.#editable.on('dragend', () => {
        const at = this.#editable!.getLatLng();
        this.#callbacks.pinDragged?.(at.lng, at.lat);
      });
      this.#editable.addTo(this.map);
    } else this.#editable.setLatLng(latLng);
    this.#editable.getElement()?.setAttribute('title', label);
    if (!this.map.getBounds().pad(-0.1).contains(latLng)) this.map.panTo(latLng);
  }

  /** The map's centre as [lon, lat]. */
  center(): [number, number] {
    const c = this.map.getCenter();
    return [c.lng, c.lat];
  }

  /** `point` moved by (dx, dy) screen pixels at the current zoom. */
  offset(point: [number, number], dx: number, dy: number): [number, number] {
    const p = this.map.project([point[1], point[0]]);
    const moved = this.map.unproject([p.x + dx, p.y + dy]);
    return [round(moved.lng), round(moved.lat)];
  }

  focusArea(geometry: AreaGeometry): void {
    this.map.fitBounds(L.polygon(polygonsOf(geometry)).getBounds(), { padding: [16, 16], maxZoom: 14 });
  }

  invalidate(): void {
    this.map.invalidateSize();
  }

  destroy(): void {
    this.map.remove();
  }
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
