// <kms-crypto-flow>: plaintext -> KMS key -> ciphertext, animated from the engine event of the call that just ran.
// Configured from Java through play(json); every animated fact is also written as text in a live region.
const SVG_NS = 'http://www.w3.org/2000/svg';

const NODES = {
  plaintext: { x: 90, label: 'Plaintext' },
  key: { x: 320, label: 'KMS key' },
  ciphertext: { x: 550, label: 'Ciphertext' },
};

// What the three boxes hold for operations that do not turn plaintext into ciphertext: a signature is not a
// ciphertext, and a verification returns a verdict, not plaintext. Others keep the plaintext/ciphertext labels.
const LABELS = {
  Sign: ['Message', 'KMS key', 'Signature'],
  Verify: ['Message', 'KMS key', 'Verdict'],
  GenerateMac: ['Message', 'HMAC key', 'MAC'],
  VerifyMac: ['Message', 'HMAC key', 'Verdict'],
  ReEncrypt: ['Ciphertext', 'KMS key', 'New ciphertext'],
  DeriveSharedSecret: ['Public key', 'KMS key', 'Shared secret'],
};

const TEMPLATE = `
  <style>
    :host { display: block; }
    figure { margin: 0; }
    svg { width: 100%; height: auto; max-height: 14rem; }
    .node rect { fill: var(--lumo-contrast-5pct, #f3f5f7); stroke: var(--lumo-contrast-50pct, #777); stroke-width: 2; }
    .node text { font: 600 15px var(--lumo-font-family, sans-serif); fill: var(--lumo-body-text-color, #1a1a1a); text-anchor: middle; }
    .node.active rect { stroke: var(--lumo-primary-color, #1676f3); fill: var(--lumo-primary-color-10pct, #e8f1fe); }
    .node.failed rect { stroke: var(--lumo-error-color, #c5161d); fill: var(--lumo-error-color-10pct, #fde8e8); }
    .arrow { stroke: var(--lumo-contrast-40pct, #888); stroke-width: 2; fill: none; marker-end: url(#head); }
    .token { fill: var(--lumo-primary-color, #1676f3); }
    .token.failed { fill: var(--lumo-error-color, #c5161d); }
    figcaption { font: var(--lumo-font-size-m, 1rem) var(--lumo-font-family, sans-serif); color: var(--lumo-body-text-color, #1a1a1a); min-height: 1.5em; margin-top: .5rem; }
  </style>
  <figure>
    <svg viewBox="0 0 640 150" aria-hidden="true" focusable="false"></svg>
    <figcaption aria-live="polite"></figcaption>
  </figure>`;

class KmsCryptoFlow extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = TEMPLATE;
    this._svg = this.shadowRoot.querySelector('svg');
    this._caption = this.shadowRoot.querySelector('figcaption');
    this._draw();
  }

  static get observedAttributes() { return ['speed']; }

  /** Animation speed multiplier: 0.5, 1 or 2. */
  get speed() {
    const s = parseFloat(this.getAttribute('speed'));
    return Number.isFinite(s) && s > 0 ? s : 1;
  }

  _draw() {
    const defs = document.createElementNS(SVG_NS, 'defs');
    defs.innerHTML = '<marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#888"/></marker>';
    this._svg.append(defs);
    for (const [from, to] of [['plaintext', 'key'], ['key', 'ciphertext']]) {
      const line = document.createElementNS(SVG_NS, 'line');
      line.setAttribute('class', 'arrow');
      line.setAttribute('x1', NODES[from].x + 70);
      line.setAttribute('x2', NODES[to].x - 72);
      line.setAttribute('y1', 75);
      line.setAttribute('y2', 75);
      this._svg.append(line);
    }
    this._nodes = {};
    for (const [id, n] of Object.entries(NODES)) {
      const g = document.createElementNS(SVG_NS, 'g');
      g.setAttribute('class', 'node');
      g.innerHTML = `<rect x="${n.x - 70}" y="45" width="140" height="60" rx="10"></rect>` +
        `<text x="${n.x}" y="81"></text>`;
      g.querySelector('text').textContent = n.label;
      this._svg.append(g);
      this._nodes[id] = g;
    }
  }

  _reducedMotion() {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches || this.hasAttribute('reduced-motion');
  }

  /** Shows one engine event: {operation, outcome: 'success'|'error', errorCode, keyId, description}. */
  play(json) {
    const ev = typeof json === 'string' ? JSON.parse(json) : json;
    this._caption.textContent = ev.description || '';
    Object.values(this._nodes).forEach((g) => g.classList.remove('active', 'failed'));
    const failed = ev.outcome === 'error';
    const labels = LABELS[ev.operation] || [NODES.plaintext.label, NODES.key.label, NODES.ciphertext.label];
    ['plaintext', 'key', 'ciphertext'].forEach((id, i) => {
      this._nodes[id].querySelector('text').textContent = labels[i];
    });
    const path = ev.operation === 'Decrypt' ? ['ciphertext', 'key', 'plaintext'] : ['plaintext', 'key', 'ciphertext'];
    if (ev.operation === 'CreateKey') {
      this._nodes.key.classList.add(failed ? 'failed' : 'active');
      return;
    }
    const stops = failed ? path.slice(0, 2) : path;
    stops.forEach((id) => this._nodes[id].classList.add('active'));
    if (failed) {
      this._nodes.key.classList.remove('active');
      this._nodes.key.classList.add('failed');
    }
    if (this._reducedMotion()) {
      return;
    }
    const token = document.createElementNS(SVG_NS, 'circle');
    token.setAttribute('r', 9);
    token.setAttribute('cy', 75);
    token.setAttribute('class', failed ? 'token failed' : 'token');
    this._svg.append(token);
    const frames = stops.map((id) => ({ transform: `translateX(${NODES[id].x}px)` }));
    const anim = token.animate(frames, { duration: 1200 / this.speed, easing: 'ease-in-out', fill: 'forwards' });
    anim.onfinish = () => token.remove();
  }
}

customElements.define('kms-crypto-flow', KmsCryptoFlow);
