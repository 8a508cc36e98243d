// The demo article loads the widgets from source, exactly as a page would load the drop-in script.
import '../src/sabba.js';

// The header's language switch sets `lang` on the widgets only: the article itself stays
// Indonesian, so <html lang> keeps telling the truth about the page.
const select = document.querySelector<HTMLSelectElement>('#lang-switch');
select?.addEventListener('change', () => {
  for (const widget of document.querySelectorAll('*')) {
    if (widget.localName.startsWith('sabba-')) widget.setAttribute('lang', select.value);
  }
});
