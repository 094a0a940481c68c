// <kms-ciphertext-inspector>: a ciphertext blob byte by byte, its fields (from the engine's CiphertextLayout) marked
// and explained in a legend, hex or Base64. Each byte is a button in one tab stop (roving tabindex: arrow keys, Home,
// End, Page Up/Down); Enter or Space dispatches `byte-flip` {detail: {offset}} so the view can tamper with that byte
// and try to decrypt. Flipped bytes are marked; flips and decrypt outcomes are announced in the live region.
// With a second blob in `compare` ({base64, label, ownLabel}), the two are laid side by side field by field, each byte
// of one above the same byte of the other, equal bytes plain and different ones marked, with a table of which fields
// are equal and which differ.
import { BASE_CSS, VisualizerElement, esc, parseJson } from './visualizer-base.js';

const STYLES = ['solid', 'dashed', 'dotted', 'double'];
const FIELD_BG = [
  'var(--lumo-contrast-10pct, #e6e8eb)', 'var(--lumo-primary-color-10pct, #e8f1fe)', 'var(--lumo-success-color-10pct, #e4f6ea)',
  'var(--lumo-warning-color-10pct, #fff4d6)', 'var(--lumo-error-color-10pct, #fde8e8)', 'var(--lumo-contrast-5pct, #f3f5f7)',
  'var(--lumo-primary-color-10pct, #e8f1fe)', 'var(--lumo-success-color-10pct, #e4f6ea)', 'var(--lumo-warning-color-10pct, #fff4d6)',
];
const FIELD_EDGE = [
  'var(--lumo-contrast-60pct, #666)', 'var(--lumo-primary-color, #1676f3)', 'var(--lumo-success-color, #158443)',
  'var(--lumo-warning-color, #b87a00)', 'var(--lumo-error-color, #c5161d)', 'var(--lumo-contrast-60pct, #666)',
  'var(--lumo-primary-color, #1676f3)', 'var(--lumo-success-color, #158443)', 'var(--lumo-warning-color, #b87a00)',
];

const TEMPLATE = `
  <style>${BASE_CSS}
    .bar { display: flex; flex-wrap: wrap; gap: var(--lumo-space-s, .5rem); align-items: center; }
    .bar .summary { color: var(--lumo-secondary-text-color, #5c5c5c); font-size: var(--lumo-font-size-s, .875rem); }
    button.toggle { border: 1px solid var(--lumo-contrast-30pct, #b3b8bf); background: var(--lumo-contrast-5pct, #f3f5f7);
                    color: inherit; border-radius: var(--lumo-border-radius-m, .5rem); padding: .25em .75em; cursor: pointer; }
    .bytes { display: grid; grid-template-columns: repeat(auto-fill, minmax(2.4em, 1fr)); gap: 2px; margin: var(--lumo-space-s, .5rem) 0;
             font-family: var(--kmslab-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); }
    .bytes button { font: inherit; font-size: var(--lumo-font-size-s, .875rem); padding: .2em 0; min-height: 2em; cursor: pointer;
                    color: var(--lumo-body-text-color, #1a1a1a); border: 0; border-bottom: 3px solid var(--edge); background: var(--bg);
                    border-bottom-style: var(--line); border-radius: 2px; }
    .bytes button:hover { outline: 1px solid var(--lumo-contrast-50pct, #737373); }
    .bytes button.flipped { background: var(--lumo-error-color, #c5161d); color: var(--lumo-error-contrast-color, #fff); font-weight: 700; }
    .bytes button:focus-visible { outline: 3px solid var(--lumo-primary-color, #1676f3); outline-offset: 1px; position: relative; z-index: 1; }
    pre { font-family: var(--kmslab-mono, ui-monospace, monospace); font-size: var(--lumo-font-size-s, .875rem); white-space: pre-wrap;
          overflow-wrap: anywhere; background: var(--lumo-contrast-5pct, #f3f5f7); padding: var(--lumo-space-s, .5rem); border-radius: var(--lumo-border-radius-m, .5rem); }
    ul.legend { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--lumo-space-xs, .25rem); font-size: var(--lumo-font-size-s, .875rem); }
    .swatch { display: inline-block; width: 1.6em; height: 1em; vertical-align: middle; margin-inline-end: .5em; background: var(--bg);
              border-bottom: 3px solid var(--edge); border-bottom-style: var(--line); }
    .range { color: var(--lumo-secondary-text-color, #5c5c5c); }
    .unparsed { color: var(--lumo-error-text-color, #c5161d); }
    .compare h4 { margin: var(--lumo-space-m, 1rem) 0 var(--lumo-space-xs, .25rem); font-size: var(--lumo-font-size-m, 1rem); }
    .compare .field { margin: var(--lumo-space-xs, .25rem) 0; }
    .compare .name { font-size: var(--lumo-font-size-s, .875rem); font-weight: 600; }
    .compare .cells { display: flex; flex-wrap: wrap; gap: 2px; font-family: var(--kmslab-mono, ui-monospace, monospace);
                      font-size: var(--lumo-font-size-xs, .8125rem); }
    .compare .cell { display: grid; text-align: center; min-width: 2.1em; border-bottom: 3px solid var(--edge);
                     border-bottom-style: var(--line); background: var(--bg); }
    .compare .cell.diff span { background: var(--lumo-error-color, #c5161d); color: var(--lumo-error-contrast-color, #fff); font-weight: 700; }
    .compare .cell.same span { color: var(--lumo-secondary-text-color, #5c5c5c); }
    .compare .rows { font-size: var(--lumo-font-size-xs, .8125rem); color: var(--lumo-secondary-text-color, #5c5c5c); }
    .compare td.differs { color: var(--lumo-error-text-color, #c5161d); font-weight: 600; }
    .compare td.equal { color: var(--lumo-success-text-color, #107a3b); }
  </style>
  <div class="bar">
    <button class="toggle" type="button" aria-pressed="false">Show Base64</button>
    <span class="summary"></span>
  </div>
  <div class="bytes" role="group" aria-label="Ciphertext bytes: arrow keys move, Enter flips the byte"></div>
  <pre hidden aria-label="Ciphertext in Base64"></pre>
  <p class="live" aria-live="polite"></p>
  <h4 id="legend-title" class="visually-hidden">Fields of the ciphertext</h4>
  <ul class="legend" aria-labelledby="legend-title"></ul>
  <section class="compare" hidden aria-labelledby="compare-title">
    <h4 id="compare-title"></h4>
    <p class="rows"></p>
    <div class="fields" aria-hidden="true"></div>
    <table><caption class="visually-hidden">Field by field: equal or different</caption>
      <thead><tr><th scope="col">Field</th><th scope="col">Bytes</th><th scope="col">Compared</th></tr></thead><tbody></tbody></table>
  </section>`;

function toBytes(base64) {
  const bin = atob(base64 || '');
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

const hex = (b) => b.toString(16).padStart(2, '0');

class KmsCiphertextInspector extends VisualizerElement {
  static get observedAttributes() { return ['ciphertext', 'compare']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = TEMPLATE;
    this._grid = this.shadowRoot.querySelector('.bytes');
    this._pre = this.shadowRoot.querySelector('pre');
    this._toggle = this.shadowRoot.querySelector('button.toggle');
    this._bytes = new Uint8Array();
    this._fields = [];
    this._flipped = new Set();
    this._focus = 0;
    this._toggle.addEventListener('click', () => this._setBase64(this._toggle.getAttribute('aria-pressed') !== 'true'));
    this._grid.addEventListener('keydown', (e) => this._onKey(e));
    this._grid.addEventListener('click', (e) => {
      const b = e.target.closest('button');
      if (b) {
        this._flip(Number(b.dataset.offset));
      }
    });
    this._render();
  }

  attributeChangedCallback(name, oldValue, value) {
    if (oldValue === value) {
      return;
    }
    if (name === 'compare') {
      this.compare = value;
    } else {
      this.ciphertext = value;
    }
  }

  /** A second blob to lay beside this one: {base64, label, ownLabel}; null hides the comparison. */
  set compare(value) {
    this._compare = parseJson(value);
    this._renderCompare();
  }

  get compare() {
    return this._compare || null;
  }

  /** {base64, parsed, failureReason, fields: [{name, offset, length, description}], flipped: [offsets]}. */
  set ciphertext(value) {
    const data = parseJson(value) || { base64: '', fields: [] };
    const before = this._bytes;
    this._data = data;
    this._bytes = toBytes(data.base64);
    this._fields = data.fields || [];
    this._flipped = new Set(data.flipped || []);
    this._focus = Math.min(this._focus, Math.max(0, this._bytes.length - 1));
    this._render();
    this._renderCompare();
    const changed = before.length === this._bytes.length ? [...this._bytes.keys()].filter((i) => before[i] !== this._bytes[i]) : [];
    if (changed.length && changed.length <= 4) {
      this.announce(changed.map((i) => `Byte ${i}${this._fieldName(i)} changed from ${hex(before[i])} to ${hex(this._bytes[i])}.`).join(' '));
    } else if (before.length !== this._bytes.length) {
      this.announce(this._bytes.length ? `Showing a ${this._bytes.length}-byte ciphertext blob.` : '');
    }
  }

  get ciphertext() {
    return this._data || null;
  }

  /** A call that used this blob: {operation, outcome, errorCode, description}; written to the live region. */
  play(json) {
    const ev = parseJson(json);
    if (ev) {
      this.announce(ev.description || `${ev.operation}: ${ev.outcome}`);
    }
  }

  _fieldOf(i) {
    return this._fields.findIndex((f) => i >= f.offset && i < f.offset + f.length);
  }

  _fieldName(i) {
    const k = this._fieldOf(i);
    return k < 0 ? '' : ` (${this._fields[k].name})`;
  }

  _setBase64(on) {
    this._toggle.setAttribute('aria-pressed', String(on));
    this._toggle.textContent = on ? 'Show hex bytes' : 'Show Base64';
    this._grid.hidden = on;
    this._pre.hidden = !on;
  }

  _flip(offset) {
    if (!Number.isInteger(offset) || offset < 0 || offset >= this._bytes.length) {
      return;
    }
    this._focus = offset;
    this._updateTabStops();
    this.dispatchEvent(new CustomEvent('byte-flip', { detail: { offset }, bubbles: true, composed: true }));
  }

  _columns() {
    const cols = getComputedStyle(this._grid).gridTemplateColumns.split(' ').filter(Boolean).length;
    return Math.max(1, cols);
  }

  _onKey(e) {
    const n = this._bytes.length;
    if (!n || !e.target.closest('button')) {
      return;
    }
    const cols = this._columns();
    const moves = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: cols, ArrowUp: -cols, PageDown: cols * 4, PageUp: -cols * 4 };
    let next = this._focus;
    if (e.key in moves) {
      next = Math.max(0, Math.min(n - 1, this._focus + moves[e.key]));
    } else if (e.key === 'Home') {
      next = e.ctrlKey ? 0 : this._focus - (this._focus % cols);
    } else if (e.key === 'End') {
      next = e.ctrlKey ? n - 1 : Math.min(n - 1, this._focus - (this._focus % cols) + cols - 1);
    } else {
      return;
    }
    e.preventDefault();
    this._focus = next;
    this._updateTabStops();
    this._grid.children[next].focus();
  }

  _updateTabStops() {
    [...this._grid.children].forEach((b, i) => b.setAttribute('tabindex', i === this._focus ? '0' : '-1'));
  }

  _renderCompare() {
    const section = this.shadowRoot.querySelector('.compare');
    const c = this._compare;
    const a = this._bytes;
    if (!c || !c.base64 || !a.length) {
      section.hidden = true;
      return;
    }
    section.hidden = false;
    const b = toBytes(c.base64);
    const own = c.ownLabel || 'This ciphertext';
    const other = c.label || 'the other ciphertext';
    this.shadowRoot.querySelector('#compare-title').textContent = `Side by side: ${own} and ${other}`;
    this.shadowRoot.querySelector('.rows').textContent = `In each pair the upper byte is ${own.toLowerCase()}, the lower one ${other}; `
      + 'different bytes are marked.';
    const fields = this._fields.length ? this._fields : [{ name: 'bytes', offset: 0, length: Math.max(a.length, b.length) }];
    const tail = Math.max(a.length, b.length) - (fields.at(-1).offset + fields.at(-1).length);
    const all = tail > 0 ? [...fields, { name: 'beyond the fields', offset: fields.at(-1).offset + fields.at(-1).length, length: tail }] : fields;
    const rows = [];
    const blocks = all.map((f, k) => {
      const style = `--bg:${FIELD_BG[k % FIELD_BG.length]};--edge:${FIELD_EDGE[k % FIELD_EDGE.length]};--line:${STYLES[k % STYLES.length]}`;
      let differ = 0;
      const cells = [];
      for (let i = f.offset; i < f.offset + f.length; i++) {
        const x = i < a.length ? hex(a[i]) : '··';
        const y = i < b.length ? hex(b[i]) : '··';
        const same = x === y;
        differ += same ? 0 : 1;
        cells.push(`<span class="cell ${same ? 'same' : 'diff'}" style="${style}"><span>${x}</span><span>${y}</span></span>`);
      }
      rows.push(`<tr><th scope="row">${esc(f.name)}</th><td>${f.offset}–${f.offset + f.length - 1}</td>`
        + (differ ? `<td class="differs">≠ ${differ} of ${f.length} differ</td>` : `<td class="equal">= equal</td>`) + '</tr>');
      return `<div class="field"><div class="name">${esc(f.name)} ${differ ? `(≠ ${differ} of ${f.length})` : '(= equal)'}</div>`
        + `<div class="cells">${cells.join('')}</div></div>`;
    });
    this.shadowRoot.querySelector('.compare .fields').innerHTML = blocks.join('');
    this.shadowRoot.querySelector('.compare tbody').innerHTML = rows.join('');
  }

  _render() {
    const n = this._bytes.length;
    const d = this._data || {};
    const summary = this.shadowRoot.querySelector('.summary');
    summary.textContent = n ? `${n} bytes${this._flipped.size ? `, ${this._flipped.size} flipped` : ''}` : 'No ciphertext yet';
    this._toggle.disabled = !n;
    const hadFocus = this._grid.contains(this.shadowRoot.activeElement);
    this._grid.innerHTML = [...this._bytes].map((b, i) => {
      const k = this._fieldOf(i);
      const f = k < 0 ? null : this._fields[k];
      const flipped = this._flipped.has(i);
      const style = k < 0 ? '' : `--bg:${FIELD_BG[k % FIELD_BG.length]};--edge:${FIELD_EDGE[k % FIELD_EDGE.length]};--line:${STYLES[k % STYLES.length]}`;
      const label = `${hex(b)}, byte ${i}${f ? `, ${f.name}` : ''}${flipped ? ', flipped' : ''}`;
      return `<button type="button" data-offset="${i}" tabindex="${i === this._focus ? 0 : -1}" class="${flipped ? 'flipped' : ''}" `
        + `style="${style}" aria-label="${esc(label)}" title="${esc(f ? `${f.name}: ${f.description}` : `byte ${i}`)}">${hex(b)}</button>`;
    }).join('');
    if (hadFocus && this._grid.children[this._focus]) {
      this._grid.children[this._focus].focus();
    }
    this._pre.textContent = d.base64 || '';
    const legend = this.shadowRoot.querySelector('.legend');
    if (n && d.parsed === false && !this._fields.length) {
      legend.innerHTML = `<li class="unparsed">Not a KMS Lab ciphertext: ${esc(d.failureReason || 'it does not parse')}.</li>`;
      return;
    }
    legend.innerHTML = this._fields.map((f, k) => {
      const style = `--bg:${FIELD_BG[k % FIELD_BG.length]};--edge:${FIELD_EDGE[k % FIELD_EDGE.length]};--line:${STYLES[k % STYLES.length]}`;
      const range = f.length === 1 ? `byte ${f.offset}` : `bytes ${f.offset}–${f.offset + f.length - 1}`;
      return `<li><span class="swatch" style="${style}" aria-hidden="true"></span><strong>${esc(f.name)}</strong> `
        + `<span class="range">(${range}, ${f.length} ${f.length === 1 ? 'byte' : 'bytes'})</span>: ${esc(f.description)}</li>`;
    }).join('');
  }
}

customElements.define('kms-ciphertext-inspector', KmsCiphertextInspector);
