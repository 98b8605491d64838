// Small rewrites of a wasm module's export and import sections, for scripts/build-wasm.mjs.
// Only the one section changes; every other byte of the module is kept as it is.

/** Reads an unsigned LEB128 at `at`: [value, the position after it]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function encode(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const name = (text) => {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([encode(bytes.length), bytes]);
};

/** Reads a name at `at`: [text, the position after it]. */
function readName(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [bytes.subarray(start, start + length).toString("utf8"), start + length];
}

/** The module with section `id`'s entries passed through `entry(bytes, at)` → [kept bytes or null, next]. */
function rewriteVector(bytes, id, entry) {
  const parts = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const sectionId = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    const end = start + size;
    if (sectionId !== id) {
      parts.push(bytes.subarray(at, end));
    } else {
      let [count, p] = leb(bytes, start);
      const kept = [];
      for (let i = 0; i < count; i++) {
        const [bytesOut, next] = entry(bytes, p);
        if (bytesOut) kept.push(bytesOut);
        p = next;
      }
      if (p !== end) throw new Error(`section ${id} was not read to its end`);
      const body = Buffer.concat([encode(kept.length), ...kept]);
      parts.push(Buffer.from([id]), encode(body.length), body);
    }
    at = end;
  }
  return Buffer.concat(parts);
}

/** The module without the exports for which `drop(exportName)` is true. */
export function withoutExports(bytes, drop) {
  return rewriteVector(bytes, 7, (b, at) => {
    const [exportName, afterName] = readName(b, at);
    const next = leb(b, afterName + 1)[1]; // the kind byte, then the index
    return [drop(exportName) ? null : b.subarray(at, next), next];
  });
}

/** The end of an import's description (function, table, memory or global) at `at`. */
function skipImportDescription(bytes, at) {
  const kind = bytes[at++];
  if (kind === 0) return leb(bytes, at)[1]; // function: type index
  if (kind === 1) at++; // table: element type, then limits
  if (kind === 1 || kind === 2) {
    const flags = bytes[at++];
    at = leb(bytes, at)[1];
    return flags & 1 ? leb(bytes, at)[1] : at;
  }
  if (kind === 3) return at + 2; // global: value type, mutability
  throw new Error(`unknown import kind ${kind}`);
}

/** `a`, `b`, … `Z`, `ba`, …: short, valid as JS property names, never `__proto__`. */
function shortName(index) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let text = "";
  do {
    text = letters[index % letters.length] + text;
    index = Math.floor(index / letters.length);
  } while (index > 0);
  return text;
}

/**
 * The module with the imports from `module` renamed `a`, `b`, … and that module itself named
 * `shortModule`; returns { bytes, names } with names: the old name → the new one.
 */
export function withShortImportNames(bytes, module, shortModule) {
  const names = new Map();
  const renamed = rewriteVector(bytes, 2, (b, at) => {
    const [from, afterModule] = readName(b, at);
    const [field, afterField] = readName(b, afterModule);
    const next = skipImportDescription(b, afterField);
    if (from !== module) return [b.subarray(at, next), next];
    if (!names.has(field)) names.set(field, shortName(names.size));
    return [Buffer.concat([name(shortModule), name(names.get(field)), b.subarray(afterField, next)]), next];
  });
  return { bytes: renamed, names };
}
