// The thread page of tests/wordpress/: one <sabba-comments> with a <sabba-comment-form> inside,
// both from the query string (?site-url=…&post-id=…&per-page=…), recording what they report.
window.sabbaEvents = [];
window.cspViolations = [];
for (const type of [
  'sabba-comments-load',
  'sabba-comments-error',
  'sabba-comment-reply',
  'sabba-comment-success',
  'sabba-comment-error',
]) {
  document.addEventListener(type, (event) => {
    window.sabbaEvents.push({
      type,
      detail: JSON.parse(
        JSON.stringify(event.detail ?? null, (key, value) => (value instanceof Node ? undefined : value)),
      ),
    });
  });
}
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
document.addEventListener('DOMContentLoaded', () => {
  const query = new URLSearchParams(location.search);
  const thread = document.createElement('sabba-comments');
  for (const name of ['site-url', 'post-id', 'per-page', 'max-depth', 'order', 'lang', 'timeout']) {
    if (query.has(name)) thread.setAttribute(name, query.get(name));
  }
  const form = document.createElement('sabba-comment-form');
  for (const name of ['site-url', 'post-id', 'timeout']) if (query.has(name)) form.setAttribute(name, query.get(name));
  form.setAttribute('min-submit-seconds', '0');
  thread.append(form);
  document.getElementById('comments').append(thread);
});
