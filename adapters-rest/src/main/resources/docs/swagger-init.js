// "Try it out" must call the Corpora that serves this page, wherever it runs, not the spec's fixed
// http://localhost:8080: offer this origin as the first server without changing the served document.
const here = new URL('.', window.location.href).href.replace(/\/$/, '');
const SameOriginServer = () => ({
  statePlugins: {
    spec: {
      wrapActions: {
        updateJsonSpec: (original) => (json) => {
          const others = (json.servers || []).filter((server) => server.url !== here);
          return original({ ...json, servers: [{ url: here, description: 'This Corpora' }, ...others] });
        },
      },
    },
  },
});
window.ui = SwaggerUIBundle({
  url: 'openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  plugins: [SameOriginServer],
  layout: 'BaseLayout',
  // the default sends the spec to validator.swagger.io; the docs must work offline
  validatorUrl: null,
});
