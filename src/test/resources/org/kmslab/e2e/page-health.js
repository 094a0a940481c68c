// Layout health of the page as it is now, read by PageHealth.java. Returns a list of problems, each a sentence a
// person can act on. Walks the whole tree, shadow roots included (text slotted into one is checked where it is cut);
// ignores Vaadin's development tools.
() => {
  const problems = [];
  const elements = [];
  const walk = root => {
    for (const el of root.querySelectorAll('*')) {
      elements.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const parentOf = el => el.parentElement || (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
  const inDevTools = el => {
    for (let n = el; n; n = parentOf(n)) {
      const tag = n.localName;
      if (tag === 'copilot-main' || tag === 'vaadin-dev-tools' || tag.startsWith('copilot-')) return true;
    }
    return false;
  };
  const shown = (el, thin) => {
    const r = el.getBoundingClientRect();
    // Lines may be thin; other boxes of 1px are visually hidden text.
    if (thin ? r.width + r.height < 1 : r.width <= 1 || r.height <= 1) return false;
    for (let n = el; n; n = parentOf(n)) {
      const cs = getComputedStyle(n);
      if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return false;
    }
    return true;
  };
  const describe = el => {
    const hosts = [];
    for (let n = parentOf(el); n; n = parentOf(n)) {
      if (n.localName.includes('-') && !n.localName.startsWith('vaadin-')) { hosts.push(n.localName); break; }
    }
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return (hosts.length ? hosts[0] + ' > ' : '') + el.localName + cls + (text ? ' "' + text + '"' : '');
  };
  const tol = 1.5;

  // 1. The page itself never scrolls sideways.
  const doc = document.scrollingElement || document.documentElement;
  if (doc.scrollWidth > window.innerWidth + tol) {
    problems.push(`page scrolls sideways: ${doc.scrollWidth}px wide in a ${window.innerWidth}px window`);
  }

  // 2. SVG diagrams: the drawing fits its viewBox, no container cuts the picture, no line runs through a label.
  for (const svg of elements) {
    if (svg.localName !== 'svg' || svg.ownerSVGElement || inDevTools(svg) || !shown(svg)) continue;
    if (svg.closest && svg.closest('vaadin-icon, [slot=prefix], [slot=suffix]')) continue;
    const rect = svg.getBoundingClientRect();
    if (rect.width < 40 && rect.height < 40) continue; // icons
    const vb = svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width
      ? svg.viewBox.baseVal : { x: 0, y: 0, width: rect.width, height: rect.height };
    let box;
    try { box = svg.getBBox(); } catch (e) { continue; }
    if (box.width > 0 && (box.x < vb.x - tol || box.y < vb.y - tol || box.x + box.width > vb.x + vb.width + tol
        || box.y + box.height > vb.y + vb.height + tol)) {
      problems.push(`SVG drawing exceeds its viewBox (${Math.round(box.x)},${Math.round(box.y)} `
        + `${Math.round(box.width)}x${Math.round(box.height)} in ${vb.x},${vb.y} ${vb.width}x${vb.height}): ${describe(svg)}`);
    }
    for (let n = parentOf(svg); n && n !== document.documentElement; n = parentOf(n)) {
      const cs = getComputedStyle(n);
      const r = n.getBoundingClientRect();
      const left = r.left + n.clientLeft, right = left + n.clientWidth;
      const top = r.top + n.clientTop, bottom = top + n.clientHeight;
      const cutsX = cs.overflowX !== 'visible' && (rect.right > right + tol || rect.left < left - tol);
      const cutsY = (cs.overflowY === 'hidden' || cs.overflowY === 'clip') && (rect.bottom > bottom + tol || rect.top < top - tol);
      if (n.clientWidth > 0 && (cutsX || cutsY)) {
        problems.push(`SVG cut by ${n.localName}${n.className && typeof n.className === 'string' ? '.' + n.className.trim().split(/\s+/).join('.') : ''} `
          + `(overflow ${cs.overflowX}/${cs.overflowY}; picture ${Math.round(rect.left)}..${Math.round(rect.right)} x `
          + `${Math.round(rect.top)}..${Math.round(rect.bottom)}, box ${Math.round(left)}..${Math.round(right)} x `
          + `${Math.round(top)}..${Math.round(bottom)}): ${describe(svg)}`);
        break;
      }
    }
    if (rect.right > window.innerWidth + tol) {
      problems.push(`SVG runs past the window's right edge (${Math.round(rect.right)} > ${window.innerWidth}): ${describe(svg)}`);
    }
    // Lines, arcs and box borders through labels: sample each stroked shape; a sample inside a label's box collides.
    // Each label's box in its own coordinates, so a label turned along its edge is tested as drawn.
    const labels = [...svg.querySelectorAll('text')].filter(t => shown(t) && t.textContent.trim())
      .map(t => ({ t, box: t.getBBox(), inverse: t.getScreenCTM() && t.getScreenCTM().inverse() }))
      .filter(l => l.inverse);
    for (const geom of svg.querySelectorAll('path, line, polyline, rect')) {
      if (!shown(geom, true) || geom.closest('marker, defs, [data-health=decoration]') || !geom.getTotalLength) continue;
      const cs = getComputedStyle(geom);
      if (cs.stroke === 'none' || parseFloat(cs.strokeWidth) === 0) continue;
      const len = geom.getTotalLength();
      const ctm = geom.getScreenCTM();
      if (!ctm || len < 1) continue;
      const hit = new Set();
      for (let i = 0; i <= 80; i++) {
        const p = geom.getPointAtLength((len * i) / 80);
        const sx = ctm.a * p.x + ctm.c * p.y + ctm.e, sy = ctm.b * p.x + ctm.d * p.y + ctm.f;
        for (const { t, box, inverse: m } of labels) {
          const lx = m.a * sx + m.c * sy + m.e, ly = m.b * sx + m.d * sy + m.f;
          if (lx > box.x + 1 && lx < box.x + box.width - 1 && ly > box.y + 2 && ly < box.y + box.height - 2) hit.add(t);
        }
      }
      for (const t of hit) {
        const b = geom.getBBox();
        const shape = `${geom.localName} at ${Math.round(b.x)},${Math.round(b.y)}`;
        problems.push(`a ${shape} runs through the label "${t.textContent.trim().slice(0, 40)}": ${describe(svg)}`);
      }
    }
  }

  // 3. Text: no box cuts or spills its text, no word is broken across lines.
  const ownText = el => [...el.childNodes].filter(c => c.nodeType === 3 && c.textContent.trim());
  for (const el of elements) {
    if (el instanceof SVGElement || el.localName === 'style' || el.localName === 'script') continue;
    const texts = ownText(el);
    if (!texts.length || inDevTools(el) || !shown(el)) continue;
    const cs = getComputedStyle(el);
    const scrolls = cs.overflowX === 'auto' || cs.overflowX === 'scroll';
    if (!scrolls && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + tol && cs.display !== 'inline') {
      problems.push(`text ${cs.overflowX === 'visible' ? 'spills out of' : 'is cut by'} its box `
        + `(${el.scrollWidth}px of text in ${el.clientWidth}px): ${describe(el)}`);
    }
    if (cs.whiteSpace.startsWith('pre') && cs.whiteSpace !== 'pre-wrap' && cs.whiteSpace !== 'pre-line') continue;
    for (const node of texts) {
      // A blob (Base64, hex, an ARN) has no spaces and may break anywhere; a word of prose or a CamelCase name
      // ("Succeeded", "PendingDeletion") may not.
      if (!/\s/.test(node.textContent.trim()) && node.textContent.trim().length > 40) continue;
      const re = /[A-Za-z]{3,}/g;
      let m;
      while ((m = re.exec(node.textContent))) {
        if (!/^[A-Za-z][a-z]+(?:[A-Z][a-z]+)*$/.test(m[0])) continue;
        // The whitespace-delimited run around it: a long one or one with digits is a token (Base64, an ARN).
        const text = node.textContent;
        let a = m.index, b = m.index + m[0].length;
        while (a > 0 && !/\s/.test(text[a - 1])) a--;
        while (b < text.length && !/\s/.test(text[b])) b++;
        if (b - a > 24 || /\d/.test(text.slice(a, b))) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top / 3)));
        if (tops.size > 1) {
          problems.push(`the word "${m[0]}" is broken across lines: ${describe(el)}`);
          break;
        }
      }
    }
  }
  // 4. Text slotted into a shadow root and cut there: the text nodes are the host's (a side-nav item's label, a
  //    button's caption), the box that clips them is a slot or a part in the shadow DOM, so check 3, which looks at
  //    an element's own text, never sees it. A slot or part that clips (overflow other than visible, or an ellipsis)
  //    and is wider inside than its box is cut text.
  const slottedText = el => {
    const slots = el.localName === 'slot' ? [el] : [...el.children].filter(c => c.localName === 'slot');
    return slots.flatMap(s => s.assignedNodes({ flatten: true }))
      .map(n => (n.textContent || '').replace(/\s+/g, ' ').trim()).filter(t => t).join(' ');
  };
  for (const el of elements) {
    if (!(el.getRootNode() instanceof ShadowRoot) || el instanceof SVGElement || inDevTools(el)) continue;
    const text = slottedText(el);
    if (!text || !shown(el)) continue;
    const cs = getComputedStyle(el);
    const clips = cs.overflowX !== 'visible' || cs.textOverflow === 'ellipsis';
    if (clips && cs.overflowX !== 'auto' && cs.overflowX !== 'scroll' && el.clientWidth > 0
        && el.scrollWidth > el.clientWidth + tol) {
      problems.push(`text is cut${cs.textOverflow === 'ellipsis' ? ' by an ellipsis' : ''} inside `
        + `${el.getRootNode().host.localName} (${el.scrollWidth}px of text in ${el.clientWidth}px): "${text.slice(0, 60)}"`);
    }
  }
  return [...new Set(problems)];
}
