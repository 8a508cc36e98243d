// Runs after both copies (module scripts execute in document order).
const log = window.__sabbaCsp;
await customElements.whenDefined('sabba-author-card');
const card = document.querySelector('sabba-author-card');
await card.updateComplete;
log.result = { rendered: (card.shadowRoot?.textContent ?? '').includes('Sari Dewi') };
log.done = true;
