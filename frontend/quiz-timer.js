// <kms-quiz-timer deadline="epoch ms" server-now="epoch ms">: the exam countdown. Counts down against the server's
// clock (corrected for the browser's clock skew), announces 10, 5 and 1 minute left in a polite live region, and fires
// an "expired" event once when time is up. No animation, so nothing to reduce for prefers-reduced-motion.
const TEMPLATE = `
  <style>
    :host { display: inline-flex; align-items: baseline; gap: .4em; font: 600 var(--lumo-font-size-l, 1.125rem) var(--lumo-font-family, sans-serif); }
    :host([low]) .time { color: var(--lumo-error-text-color, #c5161d); }
    .time { font-variant-numeric: tabular-nums; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  </style>
  <span class="label">Time left</span><span class="time" role="timer" aria-label="Time left"></span>
  <span class="sr" aria-live="polite"></span>`;

const ANNOUNCE_AT = [600, 300, 60];

class KmsQuizTimer extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = TEMPLATE;
    this._time = this.shadowRoot.querySelector('.time');
    this._live = this.shadowRoot.querySelector('[aria-live]');
    this._announced = new Set();
    this._expired = false;
  }

  connectedCallback() {
    const serverNow = Number(this.getAttribute('server-now')) || Date.now();
    this._skew = serverNow - Date.now();
    this._tick();
    this._interval = setInterval(() => this._tick(), 1000);
  }

  disconnectedCallback() {
    clearInterval(this._interval);
  }

  _tick() {
    const deadline = Number(this.getAttribute('deadline'));
    const left = Math.max(0, Math.round((deadline - (Date.now() + this._skew)) / 1000));
    this._time.textContent = format(left);
    this.toggleAttribute('low', left <= 300);
    for (const mark of ANNOUNCE_AT) {
      if (left <= mark && left > mark - 5 && !this._announced.has(mark)) {
        this._announced.add(mark);
        this._live.textContent = `${mark / 60} ${mark === 60 ? 'minute' : 'minutes'} left`;
      }
    }
    if (left === 0 && !this._expired) {
      this._expired = true;
      clearInterval(this._interval);
      this._live.textContent = 'Time is up. Your exam is being submitted.';
      this.dispatchEvent(new CustomEvent('expired'));
    }
  }
}

function format(seconds) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return (h > 0 ? `${h}:` : '') + `${mm}:${String(s).padStart(2, '0')}`;
}

customElements.define('kms-quiz-timer', KmsQuizTimer);
