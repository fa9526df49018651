/**
 * Reads back the Cypher literals the export script writes (maps, lists, strings, numbers, booleans,
 * null), following the Cypher grammar for them, so the script's data can be compared with the graph
 * it came from without a database.
 */
export function readCypherLiteral(src: string): { value: unknown; end: number } {
  let i = 0;
  const ws = () => {
    while (i < src.length && /\s/.test(src[i]!)) i++;
  };
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i}: ${src.slice(i, i + 30)}`);
  };
  const string = (): string => {
    const q = src[i++]!;
    let out = '';
    while (src[i] !== q) {
      if (i >= src.length) fail('unterminated string');
      if (src[i] !== '\\') {
        out += src[i++];
        continue;
      }
      const c = src[i + 1]!;
      i += 2;
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' };
      if (c in simple) out += simple[c];
      else if (c === 'u') {
        out += String.fromCharCode(Number.parseInt(src.slice(i, i + 4), 16));
        i += 4;
      } else fail(`unknown escape \\${c}`);
    }
    i++;
    return out;
  };
  const value = (): unknown => {
    ws();
    const c = src[i];
    if (c === '"' || c === "'") return string();
    if (c === '[') {
      i++;
      const out: unknown[] = [];
      for (ws(); src[i] !== ']'; ws()) {
        out.push(value());
        ws();
        if (src[i] === ',') i++;
      }
      i++;
      return out;
    }
    if (c === '{') {
      i++;
      const out: Record<string, unknown> = {};
      for (ws(); src[i] !== '}'; ws()) {
        const key = src[i] === '`' ? /^`((?:[^`]|``)*)`/.exec(src.slice(i))! : /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i)) ?? fail('map key');
        i += key[0].length;
        ws();
        if (src[i++] !== ':') fail('expected :');
        out[key[1]?.replaceAll('``', '`') ?? key[0]] = value();
        ws();
        if (src[i] === ',') i++;
      }
      i++;
      return out;
    }
    const m = /^(true|false|null|-?\d+(?:\.\d+)?(?:e-?\d+)?)/.exec(src.slice(i)) ?? fail('literal');
    i += m[0].length;
    return m[0] === 'true' ? true : m[0] === 'false' ? false : m[0] === 'null' ? null : Number(m[0]);
  };
  const v = value();
  return { value: v, end: i };
}
