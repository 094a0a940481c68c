// What scrolls sideways at the current viewport, read by PageHealth.java (the phone check). Returns a list of
// problems, each naming the box that scrolls and the elements that stick out of it (tag, classes, width, text).
// Two kinds of box count: the page itself (document scrollWidth > clientWidth) and every scroll container of the main
// content area (the app layout's content part and all it holds, shadow roots included) whose scrollWidth exceeds its
// clientWidth by more than a pixel. A box meant to scroll sideways on its own is fine: a code block, a text field,
// a table (a grid's body included), a labelled scroll region the keyboard reaches, or a wrapper inside the content
// whose only wide content is a block of code or a table. Vaadin's development tools
// and the navbar and drawer of the app layout are not part of the content.
() => {
  const tol = 1;
  const problems = [];
  const parentOf = el => el.parentElement || (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
  const inDevTools = el => {
    for (let n = el; n; n = parentOf(n)) {
      const tag = n.localName;
      if (tag === 'copilot-main' || tag === 'vaadin-dev-tools' || tag.startsWith('copilot-')) return true;
    }
    return false;
  };
  // The rendered tree: a host's shadow root, a slot's assigned elements (or its fallback content), else the children.
  const childrenOf = el => {
    if (el.shadowRoot) return [...el.shadowRoot.children];
    if (el.localName === 'slot' && el.assignedElements({ flatten: true }).length) {
      return el.assignedElements({ flatten: true });
    }
    return [...el.children];
  };
  const describe = el => {
    const cls = typeof el.className === 'string' && el.className.trim()
      ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    const host = el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host.localName + ' > ' : '';
    const part = el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : '';
    const r = el.getBoundingClientRect();
    const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return `${host}${el.localName}${cls}${part} (${Math.round(r.width)}px wide, ${Math.round(r.left)}..`
      + `${Math.round(r.right)})${text ? ' "' + text + '"' : ''}`;
  };
  const clips = el => getComputedStyle(el).overflowX !== 'visible';
  const scrolls = el => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
  // Boxes that scroll sideways on their own by design: blocks of code or data, text fields, and a scroll region a
  // keyboard can reach and a screen reader can name (a diagram that keeps a readable size on a phone).
  const ownScroller = el => el.matches('pre, code, table, textarea, input')
    || (el.matches('[tabindex]:not([tabindex^="-"])') && el.matches('[aria-label], [aria-labelledby]'));

  // The outermost elements that run past the right edge of the box's visible area: what makes it scroll. The walk does
  // not enter other boxes that clip (their own box is what counts), nor fixed overlays.
  const culprits = box => {
    const r = box.getBoundingClientRect();
    const edge = box === document.documentElement ? box.clientWidth : r.left + box.clientLeft + box.clientWidth;
    const found = [];
    const visit = el => {
      for (const child of childrenOf(el)) {
        if (inDevTools(child) || ['style', 'script', 'template'].includes(child.localName)) continue;
        const cs = getComputedStyle(child);
        if (cs.display === 'none' || cs.position === 'fixed') continue;
        const cr = child.getBoundingClientRect();
        if (cr.width > 0 && cr.right > edge + tol) {
          found.push(child);
        } else if (!clips(child)) {
          visit(child);
        }
      }
    };
    visit(box === document.documentElement ? document.body : box);
    return found;
  };
  const report = (box, what) => {
    const found = culprits(box);
    const shown = found.slice(0, 4).map(describe).join('; ');
    return `${what} scrolls sideways (${box.scrollWidth}px of content in ${box.clientWidth}px)`
      + (found.length ? `, sticking out: ${shown}${found.length > 4 ? ` and ${found.length - 4} more` : ''}` : '');
  };

  // 1. The page itself.
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) {
    problems.push(report(doc, 'the page'));
  }

  // 2. Every scroll container of the main content area.
  const layout = document.querySelector('vaadin-app-layout');
  const content = layout && layout.shadowRoot ? layout.shadowRoot.querySelector('[content]') : null;
  const roots = content ? [content] : [document.body];
  const boxes = [];
  const walk = el => {
    if (inDevTools(el)) return;
    boxes.push(el);
    childrenOf(el).forEach(walk);
  };
  roots.forEach(walk);
  for (const box of boxes) {
    if (!scrolls(box) || box.clientWidth === 0 || box.scrollWidth <= box.clientWidth + tol || ownScroller(box)) continue;
    const found = culprits(box);
    // A wrapper may hold a wide block; the content area itself may not (a phone would scroll the whole view).
    if (box !== content && found.length && found.every(c => c.matches('pre, code, table'))) continue;
    problems.push(report(box, describe(box).replace(/ ".*$/, '')));
  }
  return [...new Set(problems)];
}
