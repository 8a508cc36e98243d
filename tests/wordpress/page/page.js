// The embedding page of tests/wordpress/: builds one <sabba-comment-form> from the query string
// (?site-url=…&post-id=…&transport=…) and records what the element reports, for the test to read.
// Served from another origin (lib/page-server.mjs) and from WordPress's own (router.php /sabba-test/).
window.sabbaEvents = [];
window.cspViolations = [];
for (const type of ['sabba-comment-submit', 'sabba-comment-success', 'sabba-comment-error']) {
  document.addEventListener(type, (event) => {
    window.sabbaEvents.push({ type, detail: JSON.parse(JSON.stringify(event.detail ?? null)) });
  });
}
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
document.addEventListener('DOMContentLoaded', () => {
  const query = new URLSearchParams(location.search);
  if (query.has('page-lang')) document.documentElement.lang = query.get('page-lang');
  const form = document.createElement('sabba-comment-form');
  for (const name of ['site-url', 'post-id', 'parent-id', 'reply-to-name', 'transport', 'lang', 'timeout']) {
    if (query.has(name)) form.setAttribute(name, query.get(name));
  }
  document.getElementById('comments').append(form);
});
