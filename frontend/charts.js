// <kms-chart>: a small SVG bar or line chart for the metrics page, with no dependencies.
// Configured from Java by attributes: type="bar|line", label="<accessible name>", summary="<one-sentence gist>" and
// chart-data='{"labels":[..],"unit":"calls","series":[{"name":"..","values":[..]}]}'. Bars of several series stack.
// The numbers themselves are also given as a text table next to the element (built by the Java view), so the SVG is
// one image with a summary for screen readers. Growth animations run only without prefers-reduced-motion.
const SVG_NS = 'http://www.w3.org/2000/svg';
const W = 640;
const H = 240;
const PAD = { left: 48, right: 12, top: 12, bottom: 40 };
const PALETTE = ['#1676f3', '#e8590c', '#2b8a3e', '#9c36b5', '#c92a2a', '#0b7285', '#5c940d', '#862e9c'];

const TEMPLATE = `
  <style>
    :host { display: block; }
    figure { margin: 0; }
    svg { display: block; width: 100%; max-width: 56rem; height: auto; overflow: visible; }
    .axis { stroke: var(--lumo-contrast-50pct, #777); stroke-width: 1; }
    .grid { stroke: var(--lumo-contrast-10pct, #e6e8eb); stroke-width: 1; }
    text { font: 11px var(--lumo-font-family, sans-serif); fill: var(--lumo-secondary-text-color, #555); }
    .bar { transform-box: fill-box; transform-origin: bottom; }
    .line { fill: none; stroke-width: 2.5; }
    .legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: .25rem 0 0; padding: 0; list-style: none;
      font: .8125rem var(--lumo-font-family, sans-serif); color: var(--lumo-body-text-color, #1a1a1a); }
    .swatch { display: inline-block; width: .75rem; height: .75rem; margin-right: .35rem; border-radius: 2px;
      vertical-align: -1px; }
    .empty { font: .875rem var(--lumo-font-family, sans-serif); color: var(--lumo-secondary-text-color, #555); }
    @media (prefers-reduced-motion: no-preference) {
      svg.animate .bar { animation: grow .4s ease-out; }
      svg.animate .line { stroke-dasharray: 2000; animation: draw .6s ease-out; }
    }
    @keyframes grow { from { transform: scaleY(0); } }
    @keyframes draw { from { stroke-dashoffset: 2000; } to { stroke-dashoffset: 0; } }
  </style>
  <figure>
    <svg viewBox="0 0 ${W} ${H}" role="img"></svg>
    <ul class="legend" aria-hidden="true"></ul>
  </figure>`;

class KmsChart extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = TEMPLATE;
    this._svg = this.shadowRoot.querySelector('svg');
    this._legend = this.shadowRoot.querySelector('.legend');
  }

  static get observedAttributes() { return ['chart-data', 'type', 'label', 'summary']; }

  connectedCallback() { this._render(); }

  attributeChangedCallback() { this._render(); }

  _data() {
    try {
      const d = JSON.parse(this.getAttribute('chart-data') || '{}');
      return { labels: d.labels || [], series: d.series || [], unit: d.unit || '' };
    } catch (e) {
      return { labels: [], series: [], unit: '' };
    }
  }

  _render() {
    const { labels, series, unit } = this._data();
    const type = this.getAttribute('type') === 'line' ? 'line' : 'bar';
    const label = this.getAttribute('label') || 'Chart';
    const summary = this.getAttribute('summary') || '';
    this._svg.setAttribute('aria-label', summary ? `${label}. ${summary}` : label);
    this._svg.replaceChildren();
    this._legend.replaceChildren();
    const n = labels.length;
    if (n === 0) {
      return;
    }
    // Animate the first drawing only: live updates redraw often, and a chart that regrows each time distracts.
    this._svg.classList.toggle('animate', this.hasAttribute('animate') && !this._drawn);
    this._drawn = true;
    const max = this._max(type, series, n, unit);
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const y = (v) => PAD.top + plotH - (v / max) * plotH;
    this._axes(labels, max, unit, y, plotW);
    const slot = plotW / n;
    if (type === 'bar') {
      const stack = new Array(n).fill(0);
      series.forEach((s, si) => {
        s.values.forEach((v, i) => {
          if (!v) {
            return;
          }
          const rect = this._el('rect', {
            class: 'bar', x: PAD.left + i * slot + slot * 0.15, width: Math.max(1, slot * 0.7),
            y: y(stack[i] + v), height: y(stack[i]) - y(stack[i] + v), fill: PALETTE[si % PALETTE.length],
          });
          stack[i] += v;
          this._svg.append(rect);
        });
      });
    } else {
      series.forEach((s, si) => {
        const points = s.values.map((v, i) => `${PAD.left + i * slot + slot / 2},${y(v || 0)}`).join(' ');
        this._svg.append(this._el('polyline', { class: 'line', points, stroke: PALETTE[si % PALETTE.length] }));
      });
    }
    series.forEach((s, si) => {
      const li = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = PALETTE[si % PALETTE.length];
      li.append(swatch, document.createTextNode(s.name));
      this._legend.append(li);
    });
  }

  /** The top of the y axis: a multiple of 4 for whole counts (so the 4 grid steps are integers), else 10% headroom. */
  _max(type, series, n, unit) {
    let max = 0;
    if (type === 'bar') {
      for (let i = 0; i < n; i++) {
        max = Math.max(max, series.reduce((sum, s) => sum + (s.values[i] || 0), 0));
      }
    } else {
      series.forEach((s) => s.values.forEach((v) => { max = Math.max(max, v || 0); }));
    }
    if (unit === 'ms') {
      return max > 0 ? max * 1.1 : 1;
    }
    return Math.max(4, Math.ceil(max / 4) * 4);
  }

  _axes(labels, max, unit, y, plotW) {
    const base = y(0);
    for (let t = 0; t <= 4; t++) {
      const v = (max / 4) * t;
      this._svg.append(this._el('line', { class: 'grid', x1: PAD.left, x2: PAD.left + plotW, y1: y(v), y2: y(v) }));
      this._svg.append(this._text(PAD.left - 6, y(v) + 4, this._format(v), 'end'));
    }
    this._svg.append(this._el('line', { class: 'axis', x1: PAD.left, x2: PAD.left + plotW, y1: base, y2: base }));
    const every = Math.max(1, Math.ceil(labels.length / 8));
    const slot = plotW / labels.length;
    labels.forEach((l, i) => {
      if (i % every === 0) {
        this._svg.append(this._text(PAD.left + i * slot + slot / 2, base + 16, l, 'middle'));
      }
    });
    if (unit) {
      this._svg.append(this._text(PAD.left, H - 6, unit, 'start'));
    }
  }

  _format(v) {
    return Number.isInteger(v) || v >= 10 ? String(Math.round(v)) : v.toFixed(2);
  }

  _text(x, y, content, anchor) {
    const t = this._el('text', { x, y, 'text-anchor': anchor });
    t.textContent = content;
    return t;
  }

  _el(name, attrs) {
    const el = document.createElementNS(SVG_NS, name);
    Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
    return el;
  }
}

if (!customElements.get('kms-chart')) {
  customElements.define('kms-chart', KmsChart);
}
