// <kms-poll-countdown deadline="epoch ms" server-now="epoch ms">: a live poll's countdown in whole seconds, large
// enough for a projector. Counts against the server's clock (corrected for the browser's skew), announces 10 seconds
// left and time up in a polite live region. The server reveals the answer at the deadline; this only shows the time.
// No animation, so nothing to reduce for prefers-reduced-motion.
const TEMPLATE = `
  <style>
    :host { display: inline-flex; align-items: baseline; gap: .4em; font: 700 var(--lumo-font-size-xxl, 2rem) var(--lumo-font-family, sans-serif); }
    :host([low]) .time { color: var(--lumo-error-text-color, #c5161d); }
    .time { font-variant-numeric: tabular-nums; min-width: 2ch; text-align: end; }
    .unit { font-size: .5em; font-weight: 600; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  </style>
  <span class="time" role="timer" aria-label="Seconds left to answer"></span><span class="unit">s left</span>
  <span class="sr" aria-live="polite"></span>`;

class KmsPollCountdown extends HTMLElement {
  static get observedAttributes() { return ['deadline', 'server-now']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = TEMPLATE;
    this._time = this.shadowRoot.querySelector('.time');
    this._live = this.shadowRoot.querySelector('[aria-live]');
  }

  connectedCallback() {
    this._restart();
  }

  attributeChangedCallback() {
    if (this.isConnected) {
      this._restart();
    }
  }

  disconnectedCallback() {
    clearInterval(this._interval);
  }

  _restart() {
    clearInterval(this._interval);
    const serverNow = Number(this.getAttribute('server-now')) || Date.now();
    this._skew = serverNow - Date.now();
    this._said = new Set();
    this._tick();
    this._interval = setInterval(() => this._tick(), 250);
  }

  _tick() {
    const deadline = Number(this.getAttribute('deadline'));
    const left = Math.max(0, Math.ceil((deadline - (Date.now() + this._skew)) / 1000));
    this._time.textContent = String(left);
    this.toggleAttribute('low', left <= 5);
    if (left === 10 && !this._said.has(10)) {
      this._said.add(10);
      this._live.textContent = '10 seconds left';
    }
    if (left === 0) {
      clearInterval(this._interval);
      this._live.textContent = 'Time is up';
    }
  }
}

customElements.define('kms-poll-countdown', KmsPollCountdown);
