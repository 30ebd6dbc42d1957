// Swagger UI over /openapi.json, from the vendored swagger-ui-dist (no CDN, no validator badge).
/* global SwaggerUIBundle */
(function () {
  const el = document.getElementById("swagger-ui");
  SwaggerUIBundle({
    url: el.dataset.openapi,
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    docExpansion: "list",
    defaultModelsExpandDepth: 0,
  });
})();
