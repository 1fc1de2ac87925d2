// The development IDE in the browser: GraphiQL (window.GraphiQL, from its UMD build) with the page's
// bearer token field. Served as it is, without a build step, so it is plain browser JavaScript.
(function startIde() {
  'use strict';

  const config = JSON.parse(document.getElementById('ide-config').textContent);
  // the scroll lock of GraphiQL's dialogs adds a <style> element carrying the nonce a bundler would
  // give it; the page's Content-Security-Policy admits that nonce, and no other inline style
  window.__webpack_nonce__ = config.styleNonce;

  const tokenField = document.getElementById('ide-token');

  /** The token as typed, without a `Bearer ` someone pasted along with it. */
  function token() {
    return tokenField.value.trim().replace(/^bearer\s+/i, '');
  }

  /** Every request, the schema's introspection included, as POST JSON with the token of the field. */
  async function send(params, options) {
    // headers from GraphiQL's headers editor go along; the token field decides Authorization when filled
    const headers = new Headers((options && options.headers) || {});
    headers.set('content-type', 'application/json');
    headers.set('accept', 'application/json');
    if (token()) headers.set('authorization', `Bearer ${token()}`);
    const response = await fetch(config.endpoint, { method: 'POST', headers, body: JSON.stringify(params) });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
    }
  }

  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  function render() {
    // a new fetcher makes GraphiQL introspect again: the schema as the new token sees it
    const fetcher = (params, options) => send(params, options);
    root.render(React.createElement(GraphiQL, { fetcher, defaultTabs: config.tabs, defaultEditorToolsVisibility: true }));
  }
  tokenField.addEventListener('change', render);
  render();
})();
