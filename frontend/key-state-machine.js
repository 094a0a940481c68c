// <kms-key-state-machine>: the key lifecycle. States Enabled, Disabled, PendingDeletion, PendingImport and Deleted,
// the current one lit (attribute `state`), the allowed transitions labelled with their operations, the last one
// animated (play(json)). The optional `table` property (the engine's KeyStateTable as JSON) renders "which
// operations work in which state", so the picture and the engine read the same table. Parts, for a page that lays the
// picture out (the presenter fits it to its pane): figure, diagram (the drawing's scroll box), drawing (the SVG),
// caption, moves (the list of transitions out of the current state).
import { BASE_CSS, VisualizerElement, arrowDefs, esc, parseJson, svg } from './visualizer-base.js';

const STATES = {
  PendingImport: { x: 110, y: 230, label: 'PendingImport' },
  Enabled: { x: 380, y: 110, label: 'Enabled' },
  Disabled: { x: 380, y: 350, label: 'Disabled' },
  PendingDeletion: { x: 650, y: 230, label: 'PendingDeletion' },
  Deleted: { x: 650, y: 60, label: 'Deleted' },
};
const NODE_W = 150;
const NODE_H = 46;

// Each transition: the edge drawn (points for the token, SVG path), its label lines ([x, y, anchor, text, angle?])
// and the operations it stands for. The end of the waiting period is no operation: AWS deletes the key itself.
const TRANSITIONS = [
  { id: 'create', from: null, to: 'Enabled', ops: ['CreateKey'], pts: [[380, 30], [380, 85]], label: [[392, 64, 'start', 'CreateKey']] },
  { id: 'create-external', from: null, to: 'PendingImport', ops: ['CreateKey'], pts: [[110, 150], [110, 205]], label: [[98, 174, 'end', 'CreateKey'], [98, 190, 'end', '(EXTERNAL)']] },
  { id: 'disable', from: 'Enabled', to: 'Disabled', ops: ['DisableKey'], pts: [[355, 135], [355, 325]], label: [[345, 236, 'end', 'DisableKey']] },
  { id: 'enable', from: 'Disabled', to: 'Enabled', ops: ['EnableKey'], pts: [[405, 325], [405, 135]], label: [[415, 236, 'start', 'EnableKey']] },
  { id: 'schedule-enabled', from: 'Enabled', to: 'PendingDeletion', ops: ['ScheduleKeyDeletion'], pts: [[457, 122], [600, 205]], label: [[534, 153, 'middle', 'ScheduleKeyDeletion', 30]] },
  { id: 'schedule-disabled', from: 'Disabled', to: 'PendingDeletion', ops: ['ScheduleKeyDeletion'], pts: [[457, 332], [595, 255]], label: [[520, 283, 'middle', 'ScheduleKeyDeletion', -29]] },
  { id: 'cancel', from: 'PendingDeletion', to: 'Disabled', ops: ['CancelKeyDeletion'], pts: [[620, 255], [457, 362]], label: [[547, 322, 'middle', 'CancelKeyDeletion', -33]] },
  { id: 'import', from: 'PendingImport', to: 'Enabled', ops: ['ImportKeyMaterial'], pts: [[160, 205], [303, 112]], label: [[222, 150, 'middle', 'ImportKeyMaterial', -33]] },
  { id: 'unimport-enabled', from: 'Enabled', to: 'PendingImport', ops: ['DeleteImportedKeyMaterial', 'DeleteExpiredKeyMaterial'], pts: [[303, 130], [180, 207]], label: [] },
  { id: 'unimport-disabled', from: 'Disabled', to: 'PendingImport', ops: ['DeleteImportedKeyMaterial', 'DeleteExpiredKeyMaterial'], pts: [[303, 345], [150, 255]], label: [[286, 352, 'end', 'DeleteImportedKeyMaterial'], [286, 368, 'end', 'or material expiry']] },
  { id: 'schedule-import', from: 'PendingImport', to: 'PendingDeletion', ops: ['ScheduleKeyDeletion'], pts: [[60, 255], [380, 455], [670, 255]], curve: 'M60,255 C40,540 690,540 670,255', label: [[365, 488, 'middle', 'ScheduleKeyDeletion']] },
  { id: 'delete', from: 'PendingDeletion', to: 'Deleted', ops: [], via: 'the waiting period ends', pts: [[650, 205], [650, 85]], label: [[662, 140, 'start', 'waiting'], [662, 156, 'start', 'period ends']] },
];

// Where a refused call is drawn for each state: a short dashed red arrow that stops at a bar before the node
// ([x1, y1] -> [x2, y2]); its operation and AWS error are written in the top-left corner of the picture.
const REFUSALS = {
  Enabled: [[255, 60], [300, 92]],
  Disabled: [[430, 420], [430, 378]],
  PendingDeletion: [[756, 186], [728, 212]],
  PendingImport: [[20, 300], [42, 258]],
  Deleted: [[530, 28], [570, 48]],
};

const TEMPLATE = `
  <style>${BASE_CSS}
    .node.current rect { stroke: var(--lumo-primary-color, #1676f3); fill: var(--lumo-primary-color, #1676f3); stroke-width: 3; }
    .node.current text { fill: var(--lumo-primary-contrast-color, #fff); }
    .node.failed rect { stroke: var(--lumo-error-color, #c5161d); stroke-width: 4; }
    .edge.last { stroke: var(--lumo-primary-color, #1676f3); stroke-width: 4; }
    /* The picture scales to its column; only on a phone-narrow column does it keep a readable size and scroll. */
    .diagram { overflow-x: auto; }
    .diagram svg { min-width: 24rem; }
    .refusal line { stroke: var(--lumo-error-color, #c5161d); stroke-width: 3; stroke-dasharray: 6 4; }
    .refusal .bar { stroke-dasharray: none; stroke-width: 4; }
    .refusal text { fill: var(--lumo-error-text-color, #c5161d); font-size: 14px; font-weight: 700; }
    .refusal .mark { font-size: 18px; }
    .edge-label { font-size: 13px; paint-order: stroke; stroke: var(--lumo-base-color, #fff); stroke-width: 4px; stroke-linejoin: round; }
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
  <figure part="figure">
    <div class="diagram" part="diagram" tabindex="0" role="region" aria-label="Key state diagram; its facts are in the text below">
      <svg part="drawing" viewBox="0 0 760 496" aria-hidden="true" focusable="false"></svg>
    </div>
    <figcaption part="caption">
      <p class="live" aria-live="polite"></p>
      <p class="now"></p>
      <ul class="moves" part="moves" aria-label="Transitions from the current state"></ul>
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
      if (!this._playing && this._refusal && oldValue !== value) {
        // Set from outside (a reset, an undo): what an earlier call lit no longer describes the key.
        this._markLast(null);
        this._refusal.replaceChildren();
        Object.values(this._nodes).forEach((g) => g.classList.remove('failed'));
      }
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

  /**
   * One call: {operation, outcome, errorCode, description, fromState, toState}. A transition animates its edge; a
   * call that left the state as it was only writes its sentence; a refused call is drawn as a rejected arrow at the
   * state that refused it, with the AWS error. Whatever the previous call lit is cleared first.
   */
  play(json) {
    const ev = parseJson(json);
    if (!ev) {
      return;
    }
    Object.values(this._nodes).forEach((g) => g.classList.remove('failed'));
    this._markLast(null);
    this._refusal.replaceChildren();
    if (ev.outcome === 'error') {
      const at = ev.fromState || this.state;
      const node = this._nodes[at];
      if (node) {
        node.classList.add('failed');
        this._drawRefusal(at, ev.operation, ev.errorCode);
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
    this._playing = true;
    this.state = to;
    this._playing = false;
    const move = from && from !== to ? ` The key went from ${from} to ${to}.` : to ? ` The key stays ${to}.` : '';
    this.announce(`${ev.description || ev.operation}${move}`);
  }

  _drawRefusal(state, operation, errorCode) {
    const [[x1, y1], [x2, y2]] = REFUSALS[state];
    const len = Math.hypot(x2 - x1, y2 - y1);
    const [nx, ny] = [(y1 - y2) / len * 9, (x2 - x1) / len * 9];
    this._refusal.append(
      svg('line', { x1, y1, x2, y2 }),
      svg('line', { class: 'bar', x1: x2 + nx, y1: y2 + ny, x2: x2 - nx, y2: y2 - ny }),
      svg('text', { x: 12, y: 24, class: 'mark' }, `✗ ${operation || 'Call'} refused`),
      svg('text', { x: 12, y: 44 }, errorCode || ''));
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
        ? out.map((t) => `<li>${esc(t.via || t.ops.join(' or '))} → ${esc(t.to)}</li>`).join('')
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
      g.append(svg('rect', { x: n.x - NODE_W / 2, y: n.y - NODE_H / 2, width: NODE_W, height: NODE_H, rx: id === 'Deleted' ? 4 : NODE_H / 2 }));
      g.append(svg('text', { x: n.x, y: n.y }, n.label));
      this._svg.append(g);
      this._nodes[id] = g;
    }
    this._refusal = svg('g', { class: 'refusal' });
    this._svg.append(this._refusal);
  }
}

customElements.define('kms-key-state-machine', KmsKeyStateMachine);
