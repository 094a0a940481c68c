// Shared by the KMS Lab visualizers: the speed and reduced-motion contract, SVG helpers, the live region and the
// base styles (Lumo custom properties with fallbacks, visible focus). Every element extends VisualizerElement.
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes. */
export function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    el.setAttribute(k, v);
  }
  if (text !== undefined) {
    el.textContent = text;
  }
  return el;
}

/** Escapes text for use inside an HTML template string. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Parses a JSON string, or passes an object through; null and '' give null. */
export function parseJson(value) {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  return typeof value === 'string' ? JSON.parse(value) : value;
}

export const BASE_CSS = `
  :host { display: block; color: var(--lumo-body-text-color, #1a1a1a); font-family: var(--lumo-font-family, system-ui, sans-serif);
          font-size: var(--lumo-font-size-m, 1rem); line-height: var(--lumo-line-height-m, 1.5); }
  :host([hidden]) { display: none; }
  figure { margin: 0; }
  svg { display: block; width: 100%; height: auto; }
  svg text { font-family: var(--lumo-font-family, system-ui, sans-serif); fill: var(--lumo-body-text-color, #1a1a1a); }
  .live { min-height: 1.5em; margin: var(--lumo-space-s, .5rem) 0 0; font-size: var(--lumo-font-size-m, 1rem); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
  button, select, summary { font: inherit; }
  :focus-visible { outline: 3px solid var(--lumo-primary-color, #1676f3); outline-offset: 2px; }
  table { border-collapse: collapse; width: 100%; font-size: var(--lumo-font-size-s, .875rem); }
  th, td { text-align: start; vertical-align: top; padding: var(--lumo-space-xs, .25rem) var(--lumo-space-s, .5rem);
           border-bottom: 1px solid var(--lumo-contrast-10pct, #e6e8eb); }
  th { font-weight: 600; }
  .node rect { fill: var(--lumo-contrast-5pct, #f3f5f7); stroke: var(--lumo-contrast-50pct, #737373); stroke-width: 2; }
  .node text { font-size: 15px; font-weight: 600; text-anchor: middle; dominant-baseline: middle; }
  .node.active rect { stroke: var(--lumo-primary-color, #1676f3); fill: var(--lumo-primary-color-10pct, #e8f1fe); stroke-width: 3; }
  .node.failed rect { stroke: var(--lumo-error-color, #c5161d); fill: var(--lumo-error-color-10pct, #fde8e8); stroke-width: 3; }
  .edge { stroke: var(--lumo-contrast-40pct, #8a8a8a); stroke-width: 2; fill: none; }
  .edge.active { stroke: var(--lumo-primary-color, #1676f3); stroke-width: 3; }
  .edge.failed { stroke: var(--lumo-error-color, #c5161d); stroke-dasharray: 6 4; }
  .token { fill: var(--lumo-primary-color, #1676f3); }
  .token.failed { fill: var(--lumo-error-color, #c5161d); }
  @media (prefers-reduced-motion: reduce) { * { animation: none !important; transition: none !important; } }
  :host([reduced-motion]) * { animation: none !important; transition: none !important; }
`;

/** The arrow-head marker every diagram uses (id "head"). */
export function arrowDefs() {
  const defs = svg('defs');
  defs.innerHTML = '<marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
    + 'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="var(--lumo-contrast-50pct, #737373)"/></marker>';
  return defs;
}

/**
 * Base of every visualizer: attributes {@code speed} (multiplier, default 1) and {@code reduced-motion} (no movement,
 * instant state; also on when the user prefers reduced motion), and {@code announce(text)} for the live region.
 */
export class VisualizerElement extends HTMLElement {

  /** Animation speed multiplier, e.g. 0.5, 1 or 2. */
  get speed() {
    const s = parseFloat(this.getAttribute('speed'));
    return Number.isFinite(s) && s > 0 ? s : 1;
  }

  set speed(value) {
    this.setAttribute('speed', String(value));
  }

  /** True when animations must not move: the attribute, or the user's system preference. */
  get reducedMotion() {
    return this.hasAttribute('reduced-motion') || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  set reducedMotion(on) {
    this.toggleAttribute('reduced-motion', Boolean(on));
  }

  /** Milliseconds for an animation that takes {@code base} ms at speed 1. */
  duration(base) {
    return base / this.speed;
  }

  /** Writes a sentence into the element's polite live region (the one with class "live"). */
  announce(text) {
    const live = this.shadowRoot && this.shadowRoot.querySelector('.live');
    if (live) {
      live.textContent = text || '';
    }
  }

  /** Moves a token along a list of points, then removes it; does nothing under reduced motion. */
  moveToken(svgRoot, points, failed) {
    if (this.reducedMotion || points.length < 2) {
      return null;
    }
    const token = svg('circle', { r: 9, cx: 0, cy: 0, class: failed ? 'token failed' : 'token' });
    svgRoot.append(token);
    const frames = points.map(([x, y]) => ({ transform: `translate(${x}px, ${y}px)` }));
    const anim = token.animate(frames, { duration: this.duration(600 * (points.length - 1)), easing: 'ease-in-out', fill: 'forwards' });
    anim.onfinish = () => token.remove();
    return anim;
  }
}
