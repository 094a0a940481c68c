// <kms-key-card>: a KMS key's metadata as DescribeKey returns it, one row per KeyMetadata member. Set `metadata` (JSON,
// AWS member names); rows that changed since the last update are highlighted briefly and announced in the live
// region ("KeyState changed from Enabled to Disabled.").
import { BASE_CSS, VisualizerElement, esc, parseJson } from './visualizer-base.js';

// Display order: the fields a learner reads first, then the rest of KeyMetadata.
const FIELDS = [
  'KeyId', 'Arn', 'CreationDate', 'Enabled', 'Description', 'KeyUsage', 'KeyState', 'Origin', 'KeyManager', 'KeySpec',
  'EncryptionAlgorithms', 'SigningAlgorithms', 'MacAlgorithms', 'KeyAgreementAlgorithms', 'DeletionDate',
  'PendingDeletionWindowInDays', 'ValidTo', 'ExpirationModel', 'CurrentKeyMaterialId', 'MultiRegion',
  'MultiRegionConfiguration', 'CustomKeyStoreId', 'CloudHsmClusterId', 'XksKeyConfiguration',
  'CustomerMasterKeySpec', 'AWSAccountId', 'Rotation',
];

const TEMPLATE = `
  <style>${BASE_CSS}
    section { border: 1px solid var(--lumo-contrast-20pct, #d0d4d9); border-radius: var(--lumo-border-radius-l, .75rem);
              padding: var(--lumo-space-s, .5rem) var(--lumo-space-m, 1rem); background: var(--lumo-base-color, #fff); }
    h3 { margin: 0 0 var(--lumo-space-xs, .25rem); font-size: var(--lumo-font-size-l, 1.25rem); }
    .state { display: inline-block; border-radius: var(--lumo-border-radius-s, .25rem); padding: 0 .4em; margin-inline-start: .5em;
             font-size: var(--lumo-font-size-s, .875rem); border: 1px solid currentColor; }
    .state.Enabled { color: var(--lumo-success-text-color, #107a3b); }
    .state.Disabled, .state.PendingImport { color: var(--lumo-secondary-text-color, #5c5c5c); }
    .state.PendingDeletion { color: var(--lumo-error-text-color, #c5161d); }
    th { width: 14em; color: var(--lumo-secondary-text-color, #5c5c5c); font-weight: 500; }
    td { overflow-wrap: anywhere; font-family: var(--kmslab-mono, ui-monospace, monospace); font-size: var(--lumo-font-size-s, .875rem); }
    td.absent { color: var(--lumo-secondary-text-color, #5c5c5c); font-family: inherit; font-style: italic; }
    tr.changed { background: var(--lumo-warning-color-10pct, #fff4d6); }
    tr.changed th::after { content: " (changed)"; color: var(--lumo-body-text-color, #1a1a1a); }
    tr.flash { animation: flash var(--flash-ms, 2400ms) ease-out; }
    @keyframes flash { from { background: var(--lumo-warning-color-50pct, #ffd766); } to { background: var(--lumo-warning-color-10pct, #fff4d6); } }
    .empty { color: var(--lumo-secondary-text-color, #5c5c5c); }
  </style>
  <section aria-labelledby="title">
    <h3 id="title">No key yet</h3>
    <p class="live" aria-live="polite"></p>
    <table aria-labelledby="title"><tbody></tbody></table>
  </section>`;

function show(value) {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
    return null;
  }
  if (Array.isArray(value)) {
    return value.join(', ');
  }
  if (typeof value === 'object') {
    return Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `${k}: ${v}`).join('; ');
  }
  return String(value);
}

class KmsKeyCard extends VisualizerElement {
  static get observedAttributes() { return ['metadata']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = TEMPLATE;
    this._title = this.shadowRoot.querySelector('h3');
    this._body = this.shadowRoot.querySelector('tbody');
    this._previous = null;
    this._render(null, []);
  }

  attributeChangedCallback(name, oldValue, value) {
    if (name === 'metadata' && oldValue !== value) {
      this.metadata = value;
    }
  }

  get metadata() {
    return this._current || null;
  }

  /** KeyMetadata with AWS member names (JSON string or object); null clears the card. */
  set metadata(value) {
    const next = parseJson(value);
    const prev = this._current;
    this._current = next;
    const changes = [];
    if (prev && next && prev.KeyId === next.KeyId) {
      for (const f of FIELDS) {
        const a = show(prev[f]);
        const b = show(next[f]);
        if (a !== b) {
          changes.push({ field: f, from: a, to: b });
        }
      }
    }
    this._render(next, changes);
    if (!next) {
      this.announce('');
    } else if (!prev || prev.KeyId !== next.KeyId) {
      this.announce(`Showing key ${next.KeyId}: ${next.KeyState}.`);
    } else if (changes.length) {
      this.announce(changes.map((c) => `${c.field} changed from ${c.from ?? 'not set'} to ${c.to ?? 'not set'}.`).join(' '));
    } else {
      this.announce(`No change to key ${next.KeyId}.`);
    }
  }

  _render(md, changes) {
    if (!md) {
      this._title.textContent = 'No key yet';
      this._body.innerHTML = '<tr><td class="empty" colspan="2">Create or describe a key to see its metadata.</td></tr>';
      return;
    }
    this._title.innerHTML = `KMS key <span class="id">${esc(md.KeyId)}</span>`
      + `<span class="state ${esc(md.KeyState)}">${esc(md.KeyState)}</span>`;
    const changed = new Set(changes.map((c) => c.field));
    this._body.innerHTML = FIELDS.map((f) => {
      const v = show(md[f]);
      const cls = changed.has(f) ? ' class="changed flash"' : '';
      const cell = v === null ? '<td class="absent">not set</td>' : `<td>${esc(v)}</td>`;
      return `<tr data-field="${f}"${cls}><th scope="row">${f}</th>${cell}</tr>`;
    }).join('');
    this.style.setProperty('--flash-ms', `${Math.round(this.duration(2400))}ms`);
    clearTimeout(this._clear);
    if (changed.size) {
      // The highlight stays long enough to be seen, then the card calms down (no timer-driven motion otherwise).
      this._clear = setTimeout(() => this._body.querySelectorAll('tr.changed').forEach((tr) => tr.classList.remove('changed', 'flash')),
        Math.max(4000, this.duration(6000)));
    }
  }
}

customElements.define('kms-key-card', KmsKeyCard);
