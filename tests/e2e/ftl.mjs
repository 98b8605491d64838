// Reads a translation file, so tests can expect the exact text of a locale (e.g. what the
// read-aloud button must speak in Leichte Sprache). Handles what Lotse's files use: plain
// text, multi-line values, { $placeholders } and {"literal"} placeables.
import { readFileSync } from "node:fs";

export function loadFtl(locale) {
  const text = readFileSync(new URL(`../../locales/${locale}.ftl`, import.meta.url), "utf8");
  const messages = {};
  let key = null;
  let lines = [];
  const finish = () => {
    if (key) messages[key] = lines.join("\n").replace(/\{\s*"([^"]*)"\s*\}/g, "$1").trim();
  };
  for (const line of text.split("\n")) {
    const start = line.match(/^([a-z0-9-]+)\s*=\s?(.*)$/);
    if (start) {
      finish();
      [key, lines] = [start[1], start[2] ? [start[2]] : []];
    } else if (key && /^\s+\S/.test(line)) {
      lines.push(line.trim());
    } else if (!line.trim() || line.startsWith("#")) {
      finish();
      key = null;
    }
  }
  finish();
  return messages;
}
