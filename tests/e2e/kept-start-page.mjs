// Reads the start page the service worker keeps (sw.js, keepStartPage) out of the page it
// serves at "/", for the end-to-end tests (helpers.mjs) and the benchmark (bench/run.mjs).

/**
 * The kept start page in `html`, the page served at "/": its `lang`, the `classes` of `<html>`
 * and its `cards` (the markup after `<body>`); null when it holds none.
 */
export function keptStartPageIn(html) {
  const cards = html?.match(/<body[^>]*><div class=lotse-prerender[^>]*>([\s\S]*?)<\/div><(?:script|template)/)?.[1];
  return cards == null ? null : { lang: html.match(/<html lang="([^"]*)"/)?.[1], classes: html.match(/<html[^>]* class="([^"]*)"/)?.[1], cards };
}
