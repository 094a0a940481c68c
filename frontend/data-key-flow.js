// <kms-data-key-flow>: envelope encryption in three pictures. (a) GenerateDataKey: the KMS key gives a plaintext data
// key and an encrypted copy; (b) the data is encrypted locally, the plaintext key is discarded, ciphertext and
// encrypted key are stored together; (c) KMS Decrypt recovers the data key, which decrypts the data locally.
// KMS calls arrive through play(json) (the engine event); local steps through setStage(name). Every fact is also
// written to the live region and to the step list.
import { BASE_CSS, VisualizerElement, arrowDefs, esc, parseJson, svg } from './visualizer-base.js';

const NODES = {
  key: { x: 110, y: 95, label: 'KMS key' },
  plainKey: { x: 380, y: 95, label: 'Plaintext data key' },
  encKey: { x: 650, y: 95, label: 'Encrypted data key' },
  data: { x: 110, y: 265, label: 'Data' },
  ciphertext: { x: 380, y: 265, label: 'Encrypted data' },
  bucket: { x: 650, y: 265, label: 'Bucket' },
};

// Edges as point lists (the token follows them); 'both' draws an arrow head at each end.
const EDGES = {
  keyToPlain: { points: [[200, 95], [285, 95]] },
  keyToEnc: { points: [[110, 67], [380, 20], [650, 67]], curve: true, both: true },
  plainToCipher: { points: [[380, 123], [380, 237]] },
  dataToCipher: { points: [[200, 265], [285, 265]], both: true },
  cipherToBucket: { points: [[475, 265], [560, 265]] },
  encToBucket: { points: [[650, 123], [650, 237]] },
};

const STEPS = [
  { id: 'generate', picture: 'a', text: 'GenerateDataKey: KMS returns a plaintext data key and the same key encrypted under the KMS key.' },
  { id: 'encrypt-locally', picture: 'b', text: 'Encrypt the data locally with the plaintext data key.' },
  { id: 'discard-key', picture: 'b', text: 'Discard the plaintext data key: zero it in memory.' },
  { id: 'store-in-bucket', picture: 'b', text: 'Store the encrypted data together with the encrypted data key.' },
  { id: 'kms-decrypt', picture: 'c', text: 'KMS Decrypt turns the encrypted data key back into the plaintext data key.' },
  { id: 'decrypt-locally', picture: 'c', text: 'Decrypt the data locally with the plaintext data key.' },
];

const PICTURES = { a: '(a) Generate a data key', b: '(b) Encrypt locally and store', c: '(c) Decrypt' };

const rev = (points) => [...points].reverse();

// What each stage does to the picture: tokens along edges, nodes that now exist, nodes lit.
const STAGES = {
  generate: { tokens: [EDGES.keyToPlain.points, EDGES.keyToEnc.points], present: ['plainKey', 'encKey'], lit: ['key', 'plainKey', 'encKey'], edges: ['keyToPlain', 'keyToEnc'] },
  'generate-without-plaintext': { tokens: [EDGES.keyToEnc.points], present: ['encKey'], lit: ['key', 'encKey'], edges: ['keyToEnc'], step: 'generate' },
  'encrypt-locally': { tokens: [EDGES.dataToCipher.points, EDGES.plainToCipher.points], present: ['ciphertext'], lit: ['data', 'plainKey', 'ciphertext'], edges: ['dataToCipher', 'plainToCipher'] },
  'discard-key': { tokens: [], present: [], lit: [], edges: [], discard: true },
  'store-in-bucket': { tokens: [EDGES.cipherToBucket.points, EDGES.encToBucket.points], present: ['bucket'], lit: ['ciphertext', 'encKey', 'bucket'], edges: ['cipherToBucket', 'encToBucket'] },
  'kms-decrypt': { tokens: [[...rev(EDGES.keyToEnc.points), ...EDGES.keyToPlain.points]], present: ['plainKey'], lit: ['encKey', 'key', 'plainKey'], edges: ['keyToEnc', 'keyToPlain'], restore: true },
  'decrypt-locally': { tokens: [rev(EDGES.dataToCipher.points), [...EDGES.plainToCipher.points, [380, 265], [285, 265], [200, 265]]], present: ['data'], lit: ['plainKey', 'ciphertext', 'data'], edges: ['plainToCipher', 'dataToCipher'] },
};

const OPERATION_STAGE = {
  GenerateDataKey: 'generate',
  GenerateDataKeyWithoutPlaintext: 'generate-without-plaintext',
  Decrypt: 'kms-decrypt',
};

const TEMPLATE = `
  <style>${BASE_CSS}
    .node.absent rect { stroke-dasharray: 6 5; fill: none; }
    .node.absent text { fill: var(--lumo-secondary-text-color, #5c5c5c); font-weight: 400; }
    .node.discarded rect { stroke: var(--lumo-error-color, #c5161d); stroke-dasharray: 4 4; fill: none; }
    .node.discarded .cross { display: inline; }
    .cross { display: none; stroke: var(--lumo-error-color, #c5161d); stroke-width: 3; }
    .node .sub, .edge-label { font-size: 14px; font-weight: 400; fill: var(--lumo-secondary-text-color, #5c5c5c);
                              paint-order: stroke; stroke: var(--lumo-base-color, #fff); stroke-width: 4px; stroke-linejoin: round; }
    .node .sub { text-anchor: middle; }
    .node .sub.cross-label { text-anchor: end; }
    .node.discarded .sub { fill: var(--lumo-error-text-color, #c5161d); }
    .diagram { overflow-x: auto; }
    .diagram svg { min-width: 24rem; }
    .picture { font-weight: 600; margin: 0 0 var(--lumo-space-xs, .25rem); }
    ol { margin: var(--lumo-space-s, .5rem) 0 0; padding-inline-start: 1.5em; font-size: var(--lumo-font-size-s, .875rem); }
    li[aria-current="step"] { font-weight: 600; color: var(--lumo-primary-text-color, #0d5bc5); }
    li.done::marker { color: var(--lumo-success-color, #158443); }
    li.failed { color: var(--lumo-error-text-color, #c5161d); }
    .progress { display: flex; flex-wrap: wrap; gap: var(--lumo-space-s, .5rem); align-items: center; margin-top: var(--lumo-space-s, .5rem); }
    .progress[hidden] { display: none; }
    progress { flex: 1 1 12rem; height: 1em; accent-color: var(--lumo-primary-color, #1676f3); }
  </style>
  <figure>
    <p class="picture" part="picture"></p>
    <div class="diagram" tabindex="0" role="region" aria-label="Envelope encryption diagram; its facts are in the text below">
      <svg viewBox="0 0 760 330" aria-hidden="true" focusable="false"></svg>
    </div>
    <div class="progress" hidden>
      <span id="progress-label">Local work</span>
      <progress max="100" value="0" aria-labelledby="progress-label"></progress>
      <span class="percent" aria-hidden="true"></span>
    </div>
    <figcaption class="live" aria-live="polite"></figcaption>
    <ol aria-label="Envelope encryption steps"></ol>
  </figure>`;

class KmsDataKeyFlow extends VisualizerElement {
  static get observedAttributes() { return ['progress', 'progress-label']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = TEMPLATE;
    this._svg = this.shadowRoot.querySelector('svg');
    this._picture = this.shadowRoot.querySelector('.picture');
    this._steps = this.shadowRoot.querySelector('ol');
    this._draw();
    this.reset();
  }

  attributeChangedCallback(name) {
    if (name === 'progress' || name === 'progress-label') {
      this._renderProgress();
    }
  }

  /** Local work progress 0-100, or null to hide the bar. */
  get progress() {
    const p = parseFloat(this.getAttribute('progress'));
    return Number.isFinite(p) ? Math.max(0, Math.min(100, p)) : null;
  }

  set progress(value) {
    if (value === null || value === undefined) {
      this.removeAttribute('progress');
    } else {
      this.setAttribute('progress', String(value));
    }
  }

  /** Back to the start: only the KMS key and the data exist. */
  reset() {
    this._done = new Set();
    this._current = null;
    this._failedStep = null;
    for (const [id, g] of Object.entries(this._nodes)) {
      g.setAttribute('class', id === 'key' || id === 'data' ? 'node' : 'node absent');
      g.getAnimations().forEach((a) => a.cancel());
    }
    this._bucketSub.textContent = '';
    this._nodes.plainKey.querySelector('.cross-label').textContent = '';
    this._litEdges([]);
    this._picture.textContent = PICTURES.a;
    this._renderSteps();
    this.announce('');
  }

  /** Shows one KMS call: {operation, outcome: 'success'|'error', errorCode, description, phase?}. */
  play(json) {
    const ev = parseJson(json);
    if (!ev) {
      return;
    }
    const stage = ev.phase || OPERATION_STAGE[ev.operation];
    if (ev.outcome === 'error') {
      this._fail(stage, ev.description || `${ev.operation} was refused (${ev.errorCode}).`);
      return;
    }
    if (!stage) {
      this.announce(ev.description || '');
      return;
    }
    this._apply(stage, ev.description);
  }

  /** Shows a local (non-KMS) step: encrypt-locally, discard-key, store-in-bucket or decrypt-locally. */
  setStage(name, description) {
    if (!STAGES[name]) {
      throw new Error(`Unknown stage ${name}`);
    }
    this._apply(name, description);
  }

  _apply(stage, description) {
    const s = STAGES[stage];
    const stepId = s.step || stage;
    const step = STEPS.find((x) => x.id === stepId);
    this._failedStep = null;
    Object.values(this._nodes).forEach((g) => g.classList.remove('active', 'failed'));
    if (s.restore || stage === 'generate') {
      this._nodes.plainKey.classList.remove('discarded');
      this._nodes.plainKey.getAnimations().forEach((a) => a.cancel());
      this._nodes.plainKey.querySelector('.cross-label').textContent = '';
    }
    s.present.forEach((id) => this._nodes[id].classList.remove('absent'));
    s.lit.forEach((id) => this._nodes[id].classList.add('active'));
    this._litEdges(s.edges);
    if (stage === 'store-in-bucket') {
      this._bucketSub.textContent = 'encrypted data + encrypted key';
    }
    if (s.discard) {
      this._discard();
    }
    s.tokens.forEach((points) => this.moveToken(this._svg, points, false));
    this._done.add(stepId);
    this._current = stepId;
    this._picture.textContent = PICTURES[step.picture];
    this._renderSteps();
    this.announce(description || step.text);
  }

  _fail(stage, description) {
    Object.values(this._nodes).forEach((g) => g.classList.remove('active'));
    this._nodes.key.classList.add('failed');
    const s = stage && STAGES[stage];
    const stepId = s ? (s.step || stage) : null;
    if (s && s.tokens.length) {
      const path = stage === 'kms-decrypt' ? rev(EDGES.keyToEnc.points) : [[110, 95], [110, 95]];
      this.moveToken(this._svg, path, true);
    }
    this._failedStep = stepId;
    this._current = stepId;
    this._renderSteps();
    this.announce(description);
  }

  _discard() {
    const g = this._nodes.plainKey;
    g.classList.remove('absent');
    g.classList.add('discarded');
    g.querySelector('.cross-label').textContent = 'discarded: zeroed in memory';
    if (!this.reducedMotion) {
      g.animate([{ transform: 'translateY(0)', opacity: 1 }, { transform: 'translateY(12px)', opacity: 0.7 }],
        { duration: this.duration(700), easing: 'ease-in', fill: 'forwards' });
    }
  }

  _litEdges(ids) {
    for (const [id, path] of Object.entries(this._edges)) {
      path.classList.toggle('active', ids.includes(id));
    }
  }

  _renderSteps() {
    this._steps.innerHTML = STEPS.map((s) => {
      const failed = this._failedStep === s.id;
      const state = failed ? 'refused' : this._done.has(s.id) ? 'done' : 'not yet';
      const cls = failed ? 'failed' : this._done.has(s.id) ? 'done' : '';
      const current = this._current === s.id ? ' aria-current="step"' : '';
      return `<li class="${cls}"${current}>${esc(s.text)} <span class="state">(${state})</span></li>`;
    }).join('');
  }

  _renderProgress() {
    const box = this.shadowRoot.querySelector('.progress');
    const p = this.progress;
    box.hidden = p === null;
    if (p === null) {
      return;
    }
    this.shadowRoot.querySelector('#progress-label').textContent = this.getAttribute('progress-label') || 'Local work';
    this.shadowRoot.querySelector('progress').value = p;
    this.shadowRoot.querySelector('.percent').textContent = `${Math.round(p)} %`;
  }

  _draw() {
    this._svg.append(arrowDefs());
    this._edges = {};
    for (const [id, e] of Object.entries(EDGES)) {
      const [a, b, c] = e.points;
      const d = e.curve ? `M${a[0]},${a[1]} Q${b[0]},${b[1] - 30} ${c[0]},${c[1]}` : `M${a[0]},${a[1]} L${b[0]},${b[1]}`;
      const attrs = { d, class: 'edge', 'marker-end': 'url(#head)' };
      if (e.both) {
        attrs['marker-start'] = 'url(#head)';
      }
      this._edges[id] = svg('path', attrs);
      this._svg.append(this._edges[id]);
    }
    this._svg.append(svg('text', { x: 390, y: 185, class: 'edge-label' }, 'key encrypts data'));
    this._svg.append(svg('text', { x: 660, y: 185, class: 'edge-label' }, 'stored with it'));
    this._svg.append(svg('text', { x: 380, y: 16, class: 'edge-label', 'text-anchor': 'middle' }, 'KMS wraps / unwraps'));
    this._nodes = {};
    for (const [id, n] of Object.entries(NODES)) {
      const g = svg('g', { class: 'node', 'data-node': id });
      g.append(svg('rect', { x: n.x - 90, y: n.y - 28, width: 180, height: 56, rx: 10 }));
      g.append(svg('text', { x: n.x, y: n.y }, n.label));
      if (id === 'plainKey') {
        // The strike-through of a discarded key crosses its label on purpose.
        g.append(svg('path', { class: 'cross', 'data-health': 'decoration', d: `M${n.x - 80},${n.y - 22} L${n.x + 80},${n.y + 22}` }));
        // Left of the arrow that leaves the node downwards, so the arrow never runs through it.
        g.append(svg('text', { x: n.x - 10, y: n.y + 48, class: 'sub cross-label', 'text-anchor': 'end' }, ''));
      }
      if (id === 'bucket') {
        this._bucketSub = svg('text', { x: n.x, y: n.y + 44, class: 'sub' }, '');
        g.append(this._bucketSub);
      }
      this._svg.append(g);
      this._nodes[id] = g;
    }
  }
}

customElements.define('kms-data-key-flow', KmsDataKeyFlow);
