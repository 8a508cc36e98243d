// @ts-check
// The header's language switch sets `lang` on the widgets only: the article itself stays
// Indonesian, so <html lang> keeps telling the truth about the page. Plain JavaScript, so the
// published demo (dist/demo/) uses it as it is, next to the loader.
const select = /** @type {HTMLSelectElement | null} */ (document.querySelector('#lang-switch'));
select?.addEventListener('change', () => {
  for (const widget of document.querySelectorAll('*')) {
    if (widget.localName.startsWith('sabba-')) widget.setAttribute('lang', select.value);
  }
});
