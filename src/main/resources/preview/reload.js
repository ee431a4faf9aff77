// Preview only: reloads the page when the site has been rebuilt. Never part of the published site.
new EventSource("/__preview/events").onmessage = function () { location.reload(); };
