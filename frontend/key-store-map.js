// <kms-key-store-map>: where each KMS key's material lives. Three places side by side: the AWS KMS key store, the
// CloudHSM cluster(s) of CloudHSM key stores, and the external key manager behind the XKS proxy. Each custom key
// store shows its connection state on the state machine DISCONNECTED -> CONNECTING -> CONNECTED (or FAILED) ->
// DISCONNECTING -> DISCONNECTED, and the last call is drawn along the path it took. Set `model` (JSON); every fact is
// also in the text, and changes are announced in the live region.
import { BASE_CSS, VisualizerElement, esc, parseJson } from './visualizer-base.js';

const STATES = ['DISCONNECTED', 'CONNECTING', 'CONNECTED', 'FAILED', 'DISCONNECTING'];

const TEMPLATE = `
  <style>${BASE_CSS}
    .zones { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: var(--lumo-space-s, .5rem); }
    section.zone { border: 2px solid var(--lumo-contrast-20pct, #d0d4d9); border-radius: var(--lumo-border-radius-l, .75rem);
             padding: var(--lumo-space-s, .5rem); background: var(--lumo-base-color, #fff); }
    section.zone.active { border-color: var(--lumo-primary-color, #1a66d6); animation: pulse var(--pulse-ms, 1600ms) ease-out; }
    @keyframes pulse { from { box-shadow: 0 0 0 6px var(--lumo-primary-color-50pct, #8fb3ee); } to { box-shadow: none; } }
    h3 { margin: 0 0 var(--lumo-space-xs, .25rem); font-size: var(--lumo-font-size-m, 1rem); }
    .where { margin: 0; overflow-wrap: anywhere; color: var(--lumo-secondary-text-color, #5c5c5c); font-size: var(--lumo-font-size-s, .875rem); }
    ul { margin: var(--lumo-space-xs, .25rem) 0; padding-inline-start: 1.1em; }
    li { overflow-wrap: anywhere; font-size: var(--lumo-font-size-s, .875rem); }
    .id { font-family: var(--kmslab-mono, ui-monospace, monospace); }
    ol.machine { display: flex; flex-wrap: wrap; gap: .25em; list-style: none; padding: 0; margin: .25em 0; }
    ol.machine li { border: 1px solid var(--lumo-contrast-30pct, #b0b6bd); border-radius: var(--lumo-border-radius-s, .25rem);
                    padding: 0 .3em; font-size: var(--lumo-font-size-xs, .75rem); color: var(--lumo-secondary-text-color, #5c5c5c); }
    ol.machine li.now { background: var(--lumo-primary-color, #1a66d6); color: var(--lumo-primary-contrast-color, #fff); border-color: transparent; }
    ol.machine li.now.FAILED { background: var(--lumo-error-color, #c5161d); }
    .state { font-weight: 600; }
    .Unavailable, .FAILED { color: var(--lumo-error-text-color, #c5161d); }
    .path { margin-top: var(--lumo-space-s, .5rem); padding: var(--lumo-space-xs, .25rem) var(--lumo-space-s, .5rem);
            border-inline-start: 4px solid var(--lumo-primary-color, #1a66d6); background: var(--lumo-contrast-5pct, #f3f5f7); }
    .path.error { border-color: var(--lumo-error-color, #c5161d); }
    .empty { color: var(--lumo-secondary-text-color, #5c5c5c); font-style: italic; }
  </style>
  <div class="zones">
    <section class="zone" data-zone="kms" aria-labelledby="kms-title"><h3 id="kms-title">AWS KMS key store</h3>
      <p class="where">Material in the HSMs of KMS, run by AWS</p><div class="body"></div></section>
    <section class="zone" data-zone="cloudhsm" aria-labelledby="hsm-title"><h3 id="hsm-title">CloudHSM key stores</h3>
      <p class="where">Material in your CloudHSM cluster, in your AWS account</p><div class="body"></div></section>
    <section class="zone" data-zone="xks" aria-labelledby="xks-title"><h3 id="xks-title">External key stores</h3>
      <p class="where">Material in your external key manager, outside AWS, behind an XKS proxy</p><div class="body"></div></section>
  </div>
  <p class="path" role="status" aria-live="polite"></p>
  <p class="live" aria-live="polite"></p>`;

function keyList(keys) {
  if (!keys || keys.length === 0) {
    return '<p class="empty">No KMS keys here.</p>';
  }
  return `<ul aria-label="KMS keys">${keys.map((k) => `<li>KMS key <span class="id">${esc(k.keyId)}</span>: `
    + `<span class="state ${esc(k.keyState)}">${esc(k.keyState)}</span>${k.xksKeyId ? ` (external key <span class="id">${esc(k.xksKeyId)}</span>)` : ''}</li>`).join('')}</ul>`;
}

function machine(state) {
  return `<ol class="machine" aria-label="Connection state: ${esc(state)}">${STATES.map((s) =>
    `<li class="${s === state ? `now ${s}` : ''}"${s === state ? ' aria-current="step"' : ''}>${s}</li>`).join('')}</ol>`;
}

function stores(list, type) {
  const mine = (list || []).filter((s) => s.type === type);
  if (mine.length === 0) {
    return '<p class="empty">No key store of this type.</p>';
  }
  return mine.map((s) => `<div class="store"><strong>${esc(s.name)}</strong> <span class="id">${esc(s.id)}</span>`
    + machine(s.state) + (s.error ? `<p class="FAILED">ConnectionErrorCode ${esc(s.error)}</p>` : '')
    + (s.backing ? `<p class="where">${esc(s.backing)}</p>` : '') + '</div>').join('');
}

class KmsKeyStoreMap extends VisualizerElement {
  static get observedAttributes() { return ['model']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = TEMPLATE;
    this._bodies = {};
    this.shadowRoot.querySelectorAll('section.zone').forEach((z) => { this._bodies[z.dataset.zone] = z; });
    this._path = this.shadowRoot.querySelector('.path');
    this._model = null;
    this._render();
  }

  attributeChangedCallback(name, oldValue, value) {
    if (name === 'model' && oldValue !== value) {
      this.model = value;
    }
  }

  get model() {
    return this._model;
  }

  /** {kmsKeys, stores:[{id,name,type,state,error,backing}], hsmKeys, xksKeys, clusters, externalKeys, call}. */
  set model(value) {
    const prev = this._model;
    this._model = parseJson(value);
    this._render();
    const m = this._model;
    if (!m) {
      return;
    }
    const changes = (m.stores || []).filter((s) => {
      const before = prev && (prev.stores || []).find((p) => p.id === s.id);
      return !before || before.state !== s.state;
    }).map((s) => `Key store ${s.name} is ${s.state}${s.error ? `, error ${s.error}` : ''}.`);
    this.announce([...changes, m.call ? m.call.text : ''].filter(Boolean).join(' '));
  }

  _render() {
    const m = this._model || {};
    const clusters = (m.clusters || []).map((c) => `<li>Cluster <span class="id">${esc(c.id)}</span>: ${esc(c.hsms)}; `
      + `keys inside: ${c.labels.length ? c.labels.map((l) => `<span class="id">${esc(l)}</span>`).join(', ') : 'none'}</li>`).join('');
    const external = (m.externalKeys || []).map((k) => `<li>External key <span class="id">${esc(k.id)}</span>: ${esc(k.status)}</li>`).join('');
    this._bodies.kms.querySelector('.body').innerHTML = keyList(m.kmsKeys);
    this._bodies.cloudhsm.querySelector('.body').innerHTML = stores(m.stores, 'AWS_CLOUDHSM')
      + (clusters ? `<ul aria-label="CloudHSM clusters">${clusters}</ul>` : '') + keyList(m.hsmKeys);
    this._bodies.xks.querySelector('.body').innerHTML = stores(m.stores, 'EXTERNAL_KEY_STORE')
      + (external ? `<ul aria-label="External key manager">${external}</ul>` : '') + keyList(m.xksKeys);
    const call = m.call;
    // The pulse length goes on the zones, not the host: _render runs in the constructor, where the host may
    // not gain attributes (style) or document.createElement throws NotSupportedError.
    const pulse = `${Math.round(this.duration(1600))}ms`;
    Object.entries(this._bodies).forEach(([zone, el]) => {
      el.style.setProperty('--pulse-ms', pulse);
      el.classList.toggle('active', !!call && call.zone === zone);
    });
    this._path.classList.toggle('error', !!call && call.failed);
    this._path.textContent = call ? call.text : 'Make a call: its path through KMS, the HSM or the proxy appears here.';
  }
}

customElements.define('kms-key-store-map', KmsKeyStoreMap);
