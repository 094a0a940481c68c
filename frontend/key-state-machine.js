// <kms-key-state-machine>: the key lifecycle. States Enabled, Disabled, PendingDeletion, PendingImport and Deleted,
// the current one lit (attribute `state`), the allowed transitions labelled with their operations, the last one
// animated (play(json)). The optional `table` property (the engine's KeyStateTable as JSON) renders "which
// operations work in which state", so the picture and the engine read the same table.
import { BASE_CSS, VisualizerElement, arrowDefs, esc, parseJson, svg } from './visualizer-base.js';

const STATES = {
  PendingImport: { x: 190, y: 220, label: 'PendingImport' },
  Enabled: { x: 450, y: 120, label: 'Enabled' },
  Disabled: { x: 450, y: 320, label: 'Disabled' },
  PendingDeletion: { x: 770, y: 220, label: 'PendingDeletion' },
  Deleted: { x: 770, y: 390, label: 'Deleted' },
};

// Each transition: the edge drawn (points for the token, SVG path), its label lines and the operations it stands for.
const TRANSITIONS = [
  { id: 'create', from: null, to: 'Enabled', ops: ['CreateKey'], pts: [[450, 36], [450, 95]], label: [[460, 70, 'start', 'CreateKey']] },
  { id: 'create-external', from: null, to: 'PendingImport', ops: ['CreateKey'], pts: [[190, 136], [190, 195]], label: [[180, 160, 'end', 'CreateKey (EXTERNAL)']] },
  { id: 'disable', from: 'Enabled', to: 'Disabled', ops: ['DisableKey'], pts: [[425, 145], [425, 295]], label: [[415, 225, 'end', 'DisableKey']] },
  { id: 'enable', from: 'Disabled', to: 'Enabled', ops: ['EnableKey'], pts: [[475, 295], [475, 145]], label: [[485, 225, 'start', 'EnableKey']] },
  { id: 'schedule-enabled', from: 'Enabled', to: 'PendingDeletion', ops: ['ScheduleKeyDeletion'], pts: [[535, 130], [685, 205]], label: [[615, 150, 'start', 'ScheduleKeyDeletion']] },
  { id: 'schedule-disabled', from: 'Disabled', to: 'PendingDeletion', ops: ['ScheduleKeyDeletion'], pts: [[535, 300], [685, 225]], label: [[606, 254, 'middle', 'ScheduleKeyDeletion', -26.6]] },
  { id: 'cancel', from: 'PendingDeletion', to: 'Disabled', ops: ['CancelKeyDeletion'], pts: [[685, 245], [535, 330]], label: [[616, 308, 'middle', 'CancelKeyDeletion', -29.5]] },
  { id: 'import', from: 'PendingImport', to: 'Enabled', ops: ['ImportKeyMaterial'], pts: [[275, 200], [365, 125]], label: [[310, 150, 'end', 'ImportKeyMaterial']] },
  { id: 'unimport-enabled', from: 'Enabled', to: 'PendingImport', ops: ['DeleteImportedKeyMaterial', 'DeleteExpiredKeyMaterial'], pts: [[365, 145], [275, 222]], label: [] },
  { id: 'unimport-disabled', from: 'Disabled', to: 'PendingImport', ops: ['DeleteImportedKeyMaterial', 'DeleteExpiredKeyMaterial'], pts: [[365, 315], [275, 242]], label: [[300, 300, 'end', 'DeleteImportedKeyMaterial'], [300, 316, 'end', 'or material expiry']] },
  { id: 'schedule-import', from: 'PendingImport', to: 'PendingDeletion', ops: ['ScheduleKeyDeletion'], pts: [[190, 245], [450, 378], [700, 245]], curve: 'M190,245 C200,420 640,420 700,245', label: [[450, 370, 'middle', 'ScheduleKeyDeletion']] },
  { id: 'delete', from: 'PendingDeletion', to: 'Deleted', ops: ['DeleteKey'], pts: [[770, 245], [770, 365]], label: [[780, 300, 'start', 'waiting period'], [780, 316, 'start', 'ends (DeleteKey)']] },
];

const TEMPLATE = `
  <style>${BASE_CSS}
    .node.current rect { stroke: var(--lumo-primary-color, #1676f3); fill: var(--lumo-primary-color, #1676f3); stroke-width: 3; }
    .node.current text { fill: var(--lumo-primary-contrast-color, #fff); }
    .node.failed rect { stroke: var(--lumo-error-color, #c5161d); stroke-width: 4; }
    .edge.last { stroke: var(--lumo-primary-color, #1676f3); stroke-width: 4; }
    .diagram { overflow-x: auto; }
    .diagram svg { min-width: 44rem; }
    .edge-label { font-size: 14px; paint-order: stroke; stroke: var(--lumo-base-color, #fff); stroke-width: 4px; stroke-linejoin: round; }
    .edge-label.last { font-weight: 700; fill: var(--lumo-primary-text-color, #0d5bc5); }
    .start { fill: var(--lumo-contrast-70pct, #4d4d4d); }
    .moves { margin: var(--lumo-space-xs, .25rem) 0; padding-inline-start: 1.5em; font-size: var(--lumo-font-size-s, .875rem); }
    details { margin-top: var(--lumo-space-s, .5rem); }
    summary { cursor: pointer; font-weight: 600; padding: var(--lumo-space-xs, .25rem) 0; }
    .table-wrap { overflow-x: auto; }
    th.current, td.current { background: var(--lumo-primary-color-10pct, #e8f1fe); }
    td.refused { color: var(--lumo-error-text-color, #c5161d); }
    td.ok { color: var(--lumo-success-text-color, #107a3b); }
  </style>
  <figure>
    <div class="diagram" tabindex="0" role="region" aria-label="Key state diagram; its facts are in the text below">
      <svg viewBox="0 0 900 430" aria-hidden="true" focusable="false"></svg>
    </div>
    <figcaption>
      <p class="live" aria-live="polite"></p>
      <p class="now"></p>
      <ul class="moves" aria-label="Transitions from the current state"></ul>
    </figcaption>
  </figure>
  <details hidden>
    <summary>Which operations work in each state</summary>
    <div class="table-wrap" tabindex="0" role="region" aria-label="Operations by key state"><table></table></div>
  </details>`;

class KmsKeyStateMachine extends VisualizerElement {
  static get observedAttributes() { return ['state', 'table']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = TEMPLATE;
    this._svg = this.shadowRoot.querySelector('svg');
    this._table = null;
    this._draw();
    this._render();
  }

  attributeChangedCallback(name, oldValue, value) {
    if (name === 'table') {
      this.table = value;
    } else {
      this._render();
    }
  }

  /** The current key state (AWS wire string, or "Deleted"); empty when there is no key. */
  get state() {
    return this.getAttribute('state') || '';
  }

  set state(value) {
    if (value) {
      this.setAttribute('state', value);
    } else {
      this.removeAttribute('state');
    }
  }

  /** The key-state table (also the `table` attribute): {states, rows: [{operation, cells: {State: {exception, message} | null}}]}. */
  set table(value) {
    this._table = parseJson(value);
    this._renderTable();
  }

  get table() {
    return this._table;
  }

  /** One call: {operation, outcome, errorCode, description, fromState, toState}; animates the transition it made. */
  play(json) {
    const ev = parseJson(json);
    if (!ev) {
      return;
    }
    Object.values(this._nodes).forEach((g) => g.classList.remove('failed'));
    this._markLast(null);
    if (ev.outcome === 'error') {
      const node = this._nodes[ev.fromState || this.state];
      if (node) {
        node.classList.add('failed');
      }
      this.announce(ev.description || `${ev.operation} was refused (${ev.errorCode}).`);
      return;
    }
    const from = ev.fromState === undefined ? this.state : ev.fromState;
    const to = ev.toState || from;
    const t = from === to ? null : TRANSITIONS.find((x) => (x.from || null) === (from || null) && x.to === to
      && x.ops.includes(ev.operation)) || TRANSITIONS.find((x) => (x.from || null) === (from || null) && x.to === to);
    if (t) {
      this._markLast(t);
      this.moveToken(this._svg, t.pts, false);
    }
    this.state = to;
    const move = from && from !== to ? ` The key went from ${from} to ${to}.` : to ? ` The key stays ${to}.` : '';
    this.announce(`${ev.description || ev.operation}${move}`);
  }

  _markLast(t) {
    for (const [id, parts] of Object.entries(this._edges)) {
      const on = Boolean(t) && t.id === id;
      parts.path.classList.toggle('last', on);
      parts.labels.forEach((l) => l.classList.toggle('last', on));
    }
  }

  _render() {
    const state = this.state;
    for (const [id, g] of Object.entries(this._nodes)) {
      g.classList.toggle('current', id === state);
    }
    const now = this.shadowRoot.querySelector('.now');
    const moves = this.shadowRoot.querySelector('.moves');
    if (!state) {
      now.textContent = 'No key yet. CreateKey makes an Enabled key, or a PendingImport key for Origin EXTERNAL.';
      moves.innerHTML = '';
    } else {
      now.textContent = `Current state: ${state}.`;
      const out = TRANSITIONS.filter((t) => t.from === state);
      moves.innerHTML = out.length
        ? out.map((t) => `<li>${esc(t.ops.join(' or '))} → ${esc(t.to)}</li>`).join('')
        : '<li>No way out: the key and its material are gone.</li>';
    }
    this._renderTable();
  }

  _renderTable() {
    const details = this.shadowRoot.querySelector('details');
    const t = this._table;
    if (!t || !t.rows) {
      details.hidden = true;
      return;
    }
    details.hidden = false;
    const states = t.states;
    const head = `<thead><tr><th scope="col">Operation</th>${states.map((s) => `<th scope="col" class="${s === this.state ? 'current' : ''}">${esc(s)}${s === this.state ? ' (current)' : ''}</th>`).join('')}</tr></thead>`;
    const body = t.rows.map((r) => `<tr><th scope="row">${esc(r.operation)}</th>${states.map((s) => {
      const rule = r.cells[s];
      const cls = `${s === this.state ? 'current ' : ''}${rule ? 'refused' : 'ok'}`;
      return `<td class="${cls}">${rule ? `✗ ${esc(rule.exception)}` : '✓ works'}</td>`;
    }).join('')}</tr>`).join('');
    this.shadowRoot.querySelector('table').innerHTML = `<caption class="visually-hidden">Operations refused by key state; all others work in every state</caption>${head}<tbody>${body}</tbody>`;
  }

  _draw() {
    this._svg.append(arrowDefs());
    this._edges = {};
    for (const t of TRANSITIONS) {
      if (!t.from) {
        this._svg.append(svg('circle', { cx: t.pts[0][0], cy: t.pts[0][1] - 6, r: 6, class: 'start' }));
      }
      const d = t.curve || `M${t.pts[0][0]},${t.pts[0][1]} L${t.pts[1][0]},${t.pts[1][1]}`;
      const path = svg('path', { d, class: 'edge', 'marker-end': 'url(#head)' });
      this._svg.append(path);
      this._edges[t.id] = { path, labels: [] };
    }
    for (const t of TRANSITIONS) {
      for (const [x, y, anchor, text, angle] of t.label) {
        const attrs = { x, y, 'text-anchor': anchor, class: 'edge-label' };
        if (angle) {
          attrs.transform = `rotate(${angle} ${x} ${y})`;
        }
        const l = svg('text', attrs, text);
        this._svg.append(l);
        this._edges[t.id].labels.push(l);
      }
    }
    this._nodes = {};
    for (const [id, n] of Object.entries(STATES)) {
      const g = svg('g', { class: 'node' });
      g.append(svg('rect', { x: n.x - 85, y: n.y - 25, width: 170, height: 50, rx: id === 'Deleted' ? 4 : 25 }));
      g.append(svg('text', { x: n.x, y: n.y }, n.label));
      this._svg.append(g);
      this._nodes[id] = g;
    }
  }
}

customElements.define('kms-key-state-machine', KmsKeyStateMachine);
