// <kms-policy-trace>: how a key policy decided one request. Each statement (Sid, Effect, Principal, Action, Resource,
// Condition) shows whether it matched and why; the decision (explicit Deny wins / Allow / implicit deny) is
// highlighted and announced. Set `trace` (JSON, see docs/visualizers.md); statements are checked one after another
// (instantly under reduced motion).
import { BASE_CSS, VisualizerElement, esc, parseJson } from './visualizer-base.js';

const ELEMENTS = ['Principal', 'Action', 'Resource', 'Condition'];

const DECISIONS = {
  ExplicitDeny: { cls: 'deny', title: 'Denied: an explicit Deny wins' },
  Allow: { cls: 'allow', title: 'Allowed' },
  ImplicitDeny: { cls: 'deny', title: 'Denied: implicit deny (no statement allows it)' },
};

const TEMPLATE = `
  <style>${BASE_CSS}
    .request { margin: 0 0 var(--lumo-space-s, .5rem); overflow-wrap: anywhere; }
    .request code, td code { font-family: var(--kmslab-mono, ui-monospace, monospace); font-size: var(--lumo-font-size-s, .875rem); }
    ol { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--lumo-space-s, .5rem); }
    li.statement { border: 2px solid var(--lumo-contrast-20pct, #d0d4d9); border-radius: var(--lumo-border-radius-m, .5rem);
                   padding: var(--lumo-space-xs, .25rem) var(--lumo-space-s, .5rem); transition: opacity .3s, border-color .3s; }
    li.statement.pending { opacity: .45; }
    li.statement.checking { border-color: var(--lumo-primary-color, #1676f3); }
    li.statement.matched { border-color: var(--lumo-contrast-60pct, #666); }
    li.statement.decisive { border-width: 4px; }
    li.statement.decisive.Deny { border-color: var(--lumo-error-color, #c5161d); }
    li.statement.decisive.Allow, li.statement.decisive.Grant { border-color: var(--lumo-success-color, #158443); }
    li.statement.skipped { border-style: dashed; }
    .effect.Grant { color: var(--lumo-primary-text-color, #0d5bc5); }
    h4 { margin: 0; font-size: var(--lumo-font-size-m, 1rem); }
    .effect { border-radius: var(--lumo-border-radius-s, .25rem); padding: 0 .4em; border: 1px solid currentColor; font-size: var(--lumo-font-size-s, .875rem); }
    .effect.Allow { color: var(--lumo-success-text-color, #107a3b); }
    .effect.Deny { color: var(--lumo-error-text-color, #c5161d); }
    .verdict { font-weight: 600; }
    td { overflow-wrap: anywhere; }
    td.yes { color: var(--lumo-success-text-color, #107a3b); white-space: nowrap; }
    td.no { color: var(--lumo-error-text-color, #c5161d); white-space: nowrap; }
    .table-wrap { overflow-x: auto; }
    .decision { margin-top: var(--lumo-space-s, .5rem); padding: var(--lumo-space-s, .5rem) var(--lumo-space-m, 1rem);
                border-radius: var(--lumo-border-radius-m, .5rem); font-weight: 600; border: 2px solid; }
    .decision[hidden] { display: none; }
    .decision.allow { color: var(--lumo-success-text-color, #107a3b); background: var(--lumo-success-color-10pct, #e4f6ea); }
    .decision.deny { color: var(--lumo-error-text-color, #c5161d); background: var(--lumo-error-color-10pct, #fde8e8); }
    .decision p { margin: 0; font-weight: 400; color: var(--lumo-body-text-color, #1a1a1a); }
    .empty { color: var(--lumo-secondary-text-color, #5c5c5c); }
  </style>
  <p class="request"></p>
  <ol aria-label="Policy statements, in order"></ol>
  <div class="decision" hidden></div>
  <p class="live" aria-live="polite"></p>`;

class KmsPolicyTrace extends VisualizerElement {
  static get observedAttributes() { return ['trace']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = TEMPLATE;
    this._list = this.shadowRoot.querySelector('ol');
    this._decision = this.shadowRoot.querySelector('.decision');
    this._timers = [];
    this._render(null);
  }

  attributeChangedCallback(name, oldValue, value) {
    if (oldValue !== value) {
      this.trace = value;
    }
  }

  /**
   * {request: {action, principal, resource}, decision: 'Allow'|'ExplicitDeny'|'ImplicitDeny', reason,
   *  statements: [{sid, effect, principal, action, resource, condition, matched, checks: [{element, matched, detail}]}]}.
   */
  set trace(value) {
    this._trace = parseJson(value);
    this._render(this._trace);
  }

  get trace() {
    return this._trace || null;
  }

  _render(t) {
    this._timers.forEach(clearTimeout);
    this._timers = [];
    const request = this.shadowRoot.querySelector('.request');
    if (!t) {
      request.innerHTML = '<span class="empty">No request evaluated yet.</span>';
      this._list.innerHTML = '';
      this._decision.hidden = true;
      this.announce('');
      return;
    }
    const r = t.request || {};
    request.innerHTML = `Request: <code>${esc(r.action)}</code> by <code>${esc(r.principal)}</code> on <code>${esc(r.resource)}</code>`;
    const statements = t.statements || [];
    const decisive = this._decisiveIndex(t);
    this._list.innerHTML = statements.map((s, i) => this._statement(s, i, i === decisive)).join('');
    this._decision.hidden = true;
    const items = [...this._list.children];
    const finish = () => this._showDecision(t);
    if (this.reducedMotion) {
      items.forEach((li) => li.classList.remove('pending'));
      finish();
      return;
    }
    const step = this.duration(700);
    items.forEach((li, i) => {
      this._timers.push(setTimeout(() => {
        items.forEach((x) => x.classList.remove('checking'));
        li.classList.remove('pending');
        li.classList.add('checking');
      }, step * i));
    });
    this._timers.push(setTimeout(() => {
      items.forEach((x) => x.classList.remove('checking'));
      finish();
    }, step * items.length));
  }

  _decisiveIndex(t) {
    const statements = t.statements || [];
    if (statements.some((s) => 'decisive' in s)) {
      return statements.findIndex((s) => s.decisive);
    }
    if (t.decision === 'ExplicitDeny') {
      return statements.findIndex((s) => s.matched && s.effect === 'Deny');
    }
    if (t.decision === 'Allow') {
      return statements.findIndex((s) => s.matched && s.effect === 'Allow');
    }
    return -1;
  }

  _statement(s, i, decisive) {
    const checks = new Map((s.checks || []).map((c) => [c.element, c]));
    const rows = ELEMENTS.map((el) => {
      const value = s[el.toLowerCase()];
      const c = checks.get(el);
      if ((value === null || value === undefined || value === '') && !c) {
        return '';
      }
      const verdict = c ? (c.matched ? '<td class="yes">✓ matches</td>' : '<td class="no">✗ no match</td>') : '<td>not checked</td>';
      return `<tr><th scope="row">${el}</th><td><code>${esc(value ?? '(none)')}</code></td>${verdict}<td>${esc(c ? c.detail : '')}</td></tr>`;
    }).join('');
    const sid = s.sid ? `“${esc(s.sid)}”` : '(no Sid)';
    const examined = s.examined !== false;
    const verdict = !examined ? 'was not examined: the decision was already made'
      : s.matched ? `applies: its ${esc(s.effect)} counts` : 'does not apply';
    const mark = !examined ? '–' : s.matched ? '✓' : '✗';
    const cls = `statement pending ${s.matched ? 'matched' : ''} ${examined ? '' : 'skipped'} ${decisive ? 'decisive' : ''} ${esc(s.effect)}`;
    const kind = s.effect === 'Grant' ? 'Grant' : `Statement ${i + 1}`;
    return `<li class="${cls}"><h4>${kind} ${sid} <span class="effect ${esc(s.effect)}">${esc(s.effect)}</span></h4>
      <p class="verdict">${mark} This ${s.effect === 'Grant' ? 'grant' : 'statement'} ${verdict}${decisive ? ' and decides the request' : ''}.</p>
      <div class="table-wrap"><table><thead><tr><th scope="col">Element</th><th scope="col">Value</th><th scope="col">Result</th><th scope="col">Why</th></tr></thead>
      <tbody>${rows}</tbody></table></div></li>`;
  }

  _showDecision(t) {
    const d = DECISIONS[t.decision] || { cls: 'deny', title: t.decision };
    this._decision.className = `decision ${d.cls}`;
    this._decision.innerHTML = `${esc(d.title)}<p>${esc(t.reason || '')}</p>`;
    this._decision.hidden = false;
    const r = t.request || {};
    this.announce(`${d.title}: ${r.action} by ${r.principal}. ${t.reason || ''}`.trim());
  }
}

customElements.define('kms-policy-trace', KmsPolicyTrace);
