// <kms-region-map>: the Regions of a multi-Region key side by side, each with its copy of the key (primary or
// replica, key state, current key material), and the call that just ran drawn where it ran and, for the calls that
// cross Regions (ReplicateKey, UpdatePrimaryRegion, KMS's synchronization), as a token flowing between Regions.
// Configured from Java through show(json); every fact is also written as text in the live region and in a table.
import { BASE_CSS, VisualizerElement, arrowDefs, esc, parseJson, svg } from './visualizer-base.js';

const WIDTH = 660;
const BOX_W = 190;
const BOX_H = 150;
const TOP = 40;

const TEMPLATE = `
  <style>
    ${BASE_CSS}
    svg { max-height: 17rem; }
    .region rect.frame { fill: var(--lumo-contrast-5pct, #f3f5f7); stroke: var(--lumo-contrast-50pct, #737373); stroke-width: 2; }
    .region.here rect.frame { stroke: var(--lumo-primary-color, #1676f3); stroke-width: 3; fill: var(--lumo-primary-color-10pct, #e8f1fe); }
    .region.failed rect.frame { stroke: var(--lumo-error-color, #c5161d); fill: var(--lumo-error-color-10pct, #fde8e8); }
    .region .name { font-size: 15px; font-weight: 600; text-anchor: middle; }
    .region .role { font-size: 14px; text-anchor: middle; font-weight: 600; }
    .region .detail { font-size: 13px; text-anchor: middle; }
    .region .material rect { fill: var(--lumo-success-color-10pct, #e6f4ea); stroke: var(--lumo-success-color, #158443); stroke-width: 2; }
    .region .material.none rect { fill: var(--lumo-contrast-10pct, #e6e8eb); stroke: var(--lumo-contrast-40pct, #8a8a8a); stroke-dasharray: 4 3; }
    .flow { stroke: var(--lumo-primary-color, #1676f3); stroke-width: 3; fill: none; marker-end: url(#head); }
    .flow.failed { stroke: var(--lumo-error-color, #c5161d); stroke-dasharray: 6 4; }
    .empty { font-size: 15px; text-anchor: middle; }
    caption { text-align: start; font-weight: 600; padding-bottom: var(--lumo-space-xs, .25rem); }
  </style>
  <figure>
    <svg viewBox="0 0 ${WIDTH} 240" aria-hidden="true" focusable="false"></svg>
    <p class="live" aria-live="polite"></p>
    <table>
      <caption>The key in each Region</caption>
      <thead><tr><th scope="col">Region</th><th scope="col">Role</th><th scope="col">Key state</th><th scope="col">Current key material</th></tr></thead>
      <tbody></tbody>
    </table>
  </figure>`;

class KmsRegionMap extends VisualizerElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = TEMPLATE;
    this._svg = this.shadowRoot.querySelector('svg');
    this._body = this.shadowRoot.querySelector('tbody');
    this.show(null);
  }

  /**
   * Shows a multi-Region key set and the last call: {keyId, regions: [{region, role, state, materialId}],
   * call: {region, operation, outcome, from, to}, description}. Null shows the empty map.
   */
  show(json) {
    const view = parseJson(json);
    this._svg.replaceChildren(arrowDefs());
    if (!view || !view.regions || view.regions.length === 0) {
      this._svg.append(svg('text', { x: WIDTH / 2, y: 120, class: 'empty' },
        'Create a multi-Region key to see its Regions here.'));
      this._body.innerHTML = '';
      this.announce(view && view.description ? view.description : '');
      return;
    }
    const regions = view.regions.slice(0, 3);
    const gap = (WIDTH - regions.length * BOX_W) / (regions.length + 1);
    const centre = {};
    regions.forEach((r, i) => {
      const x = gap + i * (BOX_W + gap);
      centre[r.region] = [x + BOX_W / 2, TOP + BOX_H / 2];
      this._svg.append(this._region(r, x, view.call));
    });
    this._body.innerHTML = view.regions.map((r) => `<tr><th scope="row">${esc(r.region)}</th><td>${esc(r.role)}</td>`
      + `<td>${esc(r.state)}</td><td>${esc(r.materialId ? r.materialId.slice(0, 12) + '…' : 'none')}</td></tr>`).join('');
    const call = view.call || {};
    if (call.from && call.to && centre[call.from] && centre[call.to] && call.from !== call.to) {
      const [x1, y1] = centre[call.from];
      const [x2, y2] = centre[call.to];
      const y = TOP + BOX_H + 30;
      const path = svg('path', { d: `M${x1},${TOP + BOX_H} C${x1},${y + 10} ${x2},${y + 10} ${x2},${TOP + BOX_H + 4}`,
        class: call.outcome === 'error' ? 'flow failed' : 'flow' });
      this._svg.append(path);
      this.moveToken(this._svg, [[x1, TOP + BOX_H], [(x1 + x2) / 2, y + 8], [x2, TOP + BOX_H]], call.outcome === 'error');
    }
    this.announce(view.description || '');
  }

  _region(r, x, call) {
    const here = call && call.region === r.region;
    const failed = here && call.outcome === 'error';
    const g = svg('g', { class: `region${here ? ' here' : ''}${failed ? ' failed' : ''}` });
    g.append(svg('rect', { class: 'frame', x, y: TOP, width: BOX_W, height: BOX_H, rx: 12 }));
    g.append(svg('text', { class: 'name', x: x + BOX_W / 2, y: TOP - 12 }, r.region));
    g.append(svg('text', { class: 'role', x: x + BOX_W / 2, y: TOP + 26 }, r.role === 'PRIMARY' ? 'Primary key' : 'Replica key'));
    g.append(svg('text', { class: 'detail', x: x + BOX_W / 2, y: TOP + 50 }, r.state));
    const material = svg('g', { class: `material${r.materialId ? '' : ' none'}` });
    material.append(svg('rect', { x: x + 20, y: TOP + 68, width: BOX_W - 40, height: 44, rx: 8 }));
    material.append(svg('text', { class: 'detail', x: x + BOX_W / 2, y: TOP + 86 },
      r.materialId ? 'key material' : 'no key material'));
    material.append(svg('text', { class: 'detail', x: x + BOX_W / 2, y: TOP + 104 },
      r.materialId ? r.materialId.slice(0, 12) + '…' : 'import pending'));
    g.append(material);
    if (here) {
      g.append(svg('text', { class: 'detail', x: x + BOX_W / 2, y: TOP + BOX_H - 14 }, esc(call.operation)));
    }
    return g;
  }
}

customElements.define('kms-region-map', KmsRegionMap);
