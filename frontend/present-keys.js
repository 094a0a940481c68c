// <kms-present-keys keys="ArrowRight, ,r,...">: forwards presenter keys pressed anywhere on the page as a
// 'present-key' event (detail: the KeyboardEvent.key), unless the focus is in a text field, a button that the key
// would press, or the key comes with a modifier. It renders nothing.
const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

class KmsPresentKeys extends HTMLElement {
  connectedCallback() {
    this._onKey = (event) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
        return;
      }
      const keys = (this.getAttribute('keys') || '').split(',');
      if (!keys.includes(event.key) || this._typing(event)) {
        return;
      }
      event.preventDefault();
      this.dispatchEvent(new CustomEvent('present-key', { detail: event.key }));
    };
    document.addEventListener('keydown', this._onKey);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this._onKey);
  }

  _typing(event) {
    return event.composedPath().some((node) => node instanceof HTMLElement && (TYPING.has(node.tagName)
      || node.isContentEditable || node.getAttribute('role') === 'combobox'
      || ((event.key === ' ' || event.key === 'Enter') && (node.tagName === 'BUTTON' || node.getAttribute('role') === 'button'
        || node.tagName === 'VAADIN-BUTTON'))));
  }
}

customElements.define('kms-present-keys', KmsPresentKeys);
