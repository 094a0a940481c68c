// <kms-event-player>: replay controls for a lesson's recorded engine events. The position, play state and speed live
// on the server (EventPlayerPresenter); this element shows them (attribute `state`), runs the timer while playing,
// and reports every control as a `player-command` event {detail: {command, value}} with command one of play, pause,
// back, forward, first, tick, speed, reduced-motion.
import { BASE_CSS, VisualizerElement, esc, parseJson } from './visualizer-base.js';

const TEMPLATE = `
  <style>${BASE_CSS}
    .controls { display: flex; flex-wrap: wrap; gap: var(--lumo-space-s, .5rem); align-items: center; }
    button, select { border: 1px solid var(--lumo-contrast-30pct, #b3b8bf); background: var(--lumo-contrast-5pct, #f3f5f7); color: inherit;
                     border-radius: var(--lumo-border-radius-m, .5rem); padding: .3em .8em; min-height: 2.25em; }
    button { cursor: pointer; }
    button.primary { background: var(--lumo-primary-color, #1676f3); color: var(--lumo-primary-contrast-color, #fff); border-color: transparent; }
    button[aria-disabled="true"] { opacity: .5; cursor: not-allowed; }
    label { display: inline-flex; gap: .4em; align-items: center; }
    .position { margin: var(--lumo-space-xs, .25rem) 0 0; font-weight: 600; }
  </style>
  <div class="controls" role="toolbar" aria-label="Replay the recorded events">
    <button type="button" data-command="first">Restart</button>
    <button type="button" data-command="back">Step back</button>
    <button type="button" data-command="play" class="primary">Play</button>
    <button type="button" data-command="forward">Step forward</button>
    <label>Replay speed
      <select>
        <option value="0.5">0.5×</option><option value="1" selected>1×</option><option value="2">2×</option><option value="4">4×</option>
      </select>
    </label>
    <label><input type="checkbox" class="reduce"> Reduced motion</label>
  </div>
  <p class="position live" aria-live="polite"></p>`;

class KmsEventPlayer extends VisualizerElement {
  static get observedAttributes() { return ['state']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = TEMPLATE;
    this._state = { index: -1, total: 0, playing: false, speed: 1, label: '', reducedMotion: false };
    this._timer = null;
    this.shadowRoot.querySelector('.controls').addEventListener('click', (e) => {
      const b = e.target.closest('button');
      if (!b || b.getAttribute('aria-disabled') === 'true') {
        return;
      }
      const cmd = b.dataset.command === 'play' && this._state.playing ? 'pause' : b.dataset.command;
      this._send(cmd);
    });
    this.shadowRoot.querySelector('select').addEventListener('change', (e) => this._send('speed', e.target.value));
    this.shadowRoot.querySelector('.reduce').addEventListener('change', (e) => this._send('reduced-motion', String(e.target.checked)));
    this._render();
  }

  attributeChangedCallback(name, oldValue, value) {
    if (oldValue !== value) {
      this.state = value;
    }
  }

  disconnectedCallback() {
    this._stopTimer();
  }

  connectedCallback() {
    this._syncTimer();
    // Start from the system setting: a learner who asked the system for reduced motion finds the box ticked (once;
    // unticking it afterwards is their choice).
    if (!this._systemApplied && window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this._systemApplied = true;
      if (!this._state.reducedMotion) {
        this._send('reduced-motion', true);
      }
    }
  }

  /** {index (0-based, -1 before the first), total, playing, speed, label, reducedMotion}. */
  set state(value) {
    this._state = { ...this._state, ...(parseJson(value) || {}) };
    this._render();
  }

  get state() {
    return { ...this._state };
  }

  _send(command, value) {
    this.dispatchEvent(new CustomEvent('player-command', { detail: { command, value: value ?? null }, bubbles: true, composed: true }));
  }

  _render() {
    const s = this._state;
    const root = this.shadowRoot;
    const play = root.querySelector('[data-command=play]');
    play.textContent = s.playing ? 'Pause' : 'Play';
    const atEnd = s.index >= s.total - 1;
    play.setAttribute('aria-disabled', String(!s.playing && (s.total === 0 || atEnd)));
    root.querySelector('[data-command=back]').setAttribute('aria-disabled', String(s.index <= 0));
    root.querySelector('[data-command=first]').setAttribute('aria-disabled', String(s.index < 0));
    root.querySelector('[data-command=forward]').setAttribute('aria-disabled', String(atEnd));
    const select = root.querySelector('select');
    if (![...select.options].some((o) => Number(o.value) === Number(s.speed))) {
      select.insertAdjacentHTML('beforeend', `<option value="${esc(s.speed)}">${esc(s.speed)}×</option>`);
    }
    select.value = [...select.options].find((o) => Number(o.value) === Number(s.speed)).value;
    root.querySelector('.reduce').checked = Boolean(s.reducedMotion);
    const where = s.total === 0 ? 'No events recorded yet.'
      : s.index < 0 ? `${s.total} ${s.total === 1 ? 'event' : 'events'} recorded. Press Play or Step forward.`
        : `Event ${s.index + 1} of ${s.total}: ${s.label}${s.playing ? ' (playing)' : ''}`;
    this.announce(where);
    this._syncTimer();
  }

  _syncTimer() {
    this._stopTimer();
    if (this._state.playing && this.isConnected) {
      this._timer = setInterval(() => this._send('tick'), 1600 / (Number(this._state.speed) || 1));
    }
  }

  _stopTimer() {
    if (this._timer) {
      clearInterval(this._timer);
      this._timer = null;
    }
  }
}

customElements.define('kms-event-player', KmsEventPlayer);
