// The lessons' AWS CLI console, browser side: two elements that render their light-DOM children as they are.
//
// <kms-console-line>: the command line around a <vaadin-text-area> and the Run button ([data-console=run]). Enter (or
// Ctrl+Enter) and Run take the line from the field, empty the field at once and send the line as a 'console-run'
// event (detail: the line). So the line that runs is the line that was on screen, and whatever the learner types while
// the command runs stays: the reply never writes the field. Shift+Enter adds a line. ArrowUp on the first line and
// ArrowDown on the last walk the history here, without a round trip, as in bash: the lines that ran, a repeat kept
// once, and past the newest the line being typed comes back.
//
// <kms-console-log>: the console's output, newest entry first (the server adds each entry as the first child), in a
// scroll area of its own sized with the command line to the window (app.css). When an entry arrives the area goes back
// to its top and the page moves as little as needed to show the whole area; when the layout later moves it (a goal met
// or a hint closing above it, a picture growing, the window resized), it is shown again, until the learner takes over
// (wheel, touch, a click, or a key that is not typing in a field) or a newer entry arrives. It reacts to the entry
// being attached and to layout changes, not to timers. Smooth, except under prefers-reduced-motion. While it holds
// more than it shows it is a tab stop, so it can be scrolled with the keyboard.

const KEPT_LINES = 100;

class KmsConsoleLine extends HTMLElement {
  constructor() {
    super();
    this._lines = [];
    this._position = 0;
    this._draft = '';
    this._onKey = (event) => this._key(event);
    this._onClick = (event) => {
      if (event.composedPath().some((n) => n instanceof Element && n.getAttribute('data-console') === 'run')) {
        this._run();
      }
    };
  }

  connectedCallback() {
    this.addEventListener('keydown', this._onKey);
    this.addEventListener('click', this._onClick);
  }

  disconnectedCallback() {
    this.removeEventListener('keydown', this._onKey);
    this.removeEventListener('click', this._onClick);
  }

  get _field() {
    return this.querySelector('vaadin-text-area');
  }

  /** What the field shows now: the native textarea is the truth, the component's property may lag a microtask. */
  _text(field) {
    const input = field.inputElement;
    return input ? input.value : field.value || '';
  }

  _key(event) {
    const field = this._field;
    if (!field || event.defaultPrevented || !event.composedPath().includes(field)) {
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this._run();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing) {
      return;
    }
    const input = field.inputElement;
    const text = this._text(field);
    if (event.key === 'ArrowUp' && input && !text.substring(0, input.selectionStart).includes('\n')) {
      if (this._previous(text)) {
        event.preventDefault();
      }
    } else if (event.key === 'ArrowDown' && input && !text.substring(input.selectionEnd).includes('\n')) {
      if (this._next()) {
        event.preventDefault();
      }
    }
  }

  _run() {
    const field = this._field;
    if (!field) {
      return;
    }
    const line = this._text(field);
    if (line.trim()) {
      this._remember(line);
      field.value = '';
      this.dispatchEvent(new CustomEvent('console-run', { detail: line }));
    }
    field.focus();
  }

  _remember(line) {
    const kept = line.trim();
    if (this._lines[this._lines.length - 1] !== kept) {
      this._lines.push(kept);
      if (this._lines.length > KEPT_LINES) {
        this._lines.shift();
      }
    }
    this._position = this._lines.length;
    this._draft = '';
  }

  _previous(current) {
    if (this._position === 0) {
      return false;
    }
    if (this._position === this._lines.length) {
      this._draft = current;
    }
    this._position--;
    this._field.value = this._lines[this._position];
    return true;
  }

  _next() {
    if (this._position >= this._lines.length) {
      return false;
    }
    this._position++;
    this._field.value = this._position === this._lines.length ? this._draft : this._lines[this._position];
    return true;
  }
}

/** Keys that type into a field; any other key, or one with Alt, Ctrl or Meta, is the learner moving on. */
const typing = (event) => {
  const target = event.composedPath()[0];
  const editable = target instanceof HTMLElement
    && (target.localName === 'textarea' || target.localName === 'input' || target.isContentEditable);
  return editable && !event.altKey && !event.ctrlKey && !event.metaKey
    && !['Tab', 'PageUp', 'PageDown', 'Escape'].includes(event.key);
};

const parentOf = (n) => n.parentElement || (n.getRootNode() instanceof ShadowRoot ? n.getRootNode().host : null);

class KmsConsoleLog extends HTMLElement {
  constructor() {
    super();
    this._following = false;
    this._stop = (event) => {
      if (this._following && (event.type !== 'keydown' || !typing(event))) {
        this._following = false;
      }
    };
    this._changed = () => this._layoutChanged();
  }

  connectedCallback() {
    // What is there on arrival is not news: only an entry added later is followed.
    this._newest = this.firstElementChild;
    this._entries = new MutationObserver(() => this._entriesChanged());
    this._entries.observe(this, { childList: true });
    // Anything above the log that grows or shrinks changes the size of one of its ancestors.
    this._sizes = new ResizeObserver(this._changed);
    for (let n = this; n; n = parentOf(n)) {
      this._sizes.observe(n);
    }
    for (const type of ['wheel', 'touchmove', 'pointerdown', 'keydown']) {
      window.addEventListener(type, this._stop, { capture: true, passive: true });
    }
    window.addEventListener('resize', this._changed);
  }

  disconnectedCallback() {
    this._entries.disconnect();
    this._sizes.disconnect();
    for (const type of ['wheel', 'touchmove', 'pointerdown', 'keydown']) {
      window.removeEventListener(type, this._stop, { capture: true });
    }
    window.removeEventListener('resize', this._changed);
    this._following = false;
  }

  _entriesChanged() {
    this._updateTabStop();
    const first = this.firstElementChild;
    if (first === this._newest) {
      return; // the oldest entry dropped, or nothing new
    }
    this._newest = first;
    this._following = Boolean(first);
    if (first) {
      this.scrollTop = 0;
      this._show();
    }
  }

  _layoutChanged() {
    this._updateTabStop();
    if (this._following) {
      this._show();
    }
  }

  /** Moves the page as little as needed to show the whole log, clear of the app's navbar (its scroll margins). */
  _show() {
    const box = this.getBoundingClientRect();
    const style = getComputedStyle(this);
    const top = parseFloat(style.scrollMarginTop) || 0;
    const bottom = parseFloat(style.scrollMarginBottom) || 0;
    if (box.top >= top - 0.5 && box.bottom <= window.innerHeight - bottom + 0.5) {
      return;
    }
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reduced ? 'instant' : 'smooth' });
  }

  _updateTabStop() {
    const scrolls = this.scrollHeight > this.clientHeight + 1;
    if (scrolls && !this.hasAttribute('tabindex')) {
      this.setAttribute('tabindex', '0');
    } else if (!scrolls && this.hasAttribute('tabindex')) {
      this.removeAttribute('tabindex');
    }
  }
}

customElements.define('kms-console-line', KmsConsoleLine);
customElements.define('kms-console-log', KmsConsoleLog);
