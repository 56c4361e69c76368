/**
 * A strict reader of the YAML subset the manifests under deploy/ are written in (no YAML parser is
 * a dependency of the project, and one test does not justify adding one): block mappings, block
 * sequences ("- " items, scalars or mappings), literal block scalars ("|"), plain, single- and
 * double-quoted scalars, full-line comments. Anything else — tabs, flow collections, anchors,
 * tags, duplicate keys, bad indentation — is an error, so a manifest edited beyond the subset fails
 * the test rather than being half-read.
 */
export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

interface Line {
  indent: number;
  text: string;
  no: number;
}

export function parseYamlSubset(source: string): YamlValue {
  const raw = source.split('\n');
  const lines: Line[] = [];
  raw.forEach((text, i) => {
    if (/\t/.test(text)) throw new Error(`line ${i + 1}: tab`);
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (trimmed === '---' || trimmed === '...') throw new Error(`line ${i + 1}: one document per file`);
    lines.push({ indent: text.length - text.trimStart().length, text: text.trimEnd().trimStart(), no: i + 1 });
  });
  let at = 0;

  function scalar(text: string, no: number): YamlValue {
    if (/^[[{&*!|>%@`]/.test(text)) throw new Error(`line ${no}: unsupported value "${text}"`);
    if (text.startsWith('"')) {
      if (!/^"([^"\\]|\\.)*"$/.test(text)) throw new Error(`line ${no}: bad double-quoted string`);
      return JSON.parse(text) as string;
    }
    if (text.startsWith("'")) {
      if (!/^'([^']|'')*'$/.test(text)) throw new Error(`line ${no}: bad single-quoted string`);
      return text.slice(1, -1).replace(/''/g, "'");
    }
    if (/\s#/.test(text)) throw new Error(`line ${no}: comments after values are not in the subset`);
    if (text === 'true' || text === 'false') return text === 'true';
    if (text === 'null' || text === '~') return null;
    if (/^-?\d+$/.test(text)) return Number(text);
    if (/:\s|:$/.test(text)) throw new Error(`line ${no}: "${text}" looks like a mapping inside a scalar`);
    return text;
  }

  /** Lines of a literal block scalar: every following line indented deeper than `parent`. */
  function literal(parent: number, headerNo: number): string {
    const out: string[] = [];
    let blockIndent = -1;
    // Read raw lines (blank lines and '#' belong to the text).
    let i = headerNo; // 0-based index of the line after the header
    while (i < raw.length) {
      const text = raw[i];
      const indent = text.length - text.trimStart().length;
      if (text.trim() !== '' && indent <= parent) break;
      if (text.trim() !== '' && blockIndent < 0) blockIndent = indent;
      out.push(text.trim() === '' ? '' : text.slice(blockIndent));
      i++;
    }
    while (at < lines.length && lines[at].no <= i) at++;
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out.join('\n') + '\n';
  }

  function value(rest: string, indent: number, no: number): YamlValue {
    if (rest === '|') return literal(indent, no);
    if (rest !== '') return scalar(rest, no);
    if (at >= lines.length || lines[at].indent <= indent) return null;
    return block(lines[at].indent);
  }

  function mapping(indent: number, first?: { key: string; rest: string; no: number }): { [key: string]: YamlValue } {
    const out: { [key: string]: YamlValue } = {};
    const entry = (key: string, rest: string, no: number) => {
      if (Object.prototype.hasOwnProperty.call(out, key)) throw new Error(`line ${no}: duplicate key "${key}"`);
      out[key] = value(rest, indent, no);
    };
    if (first) entry(first.key, first.rest, first.no);
    while (at < lines.length && lines[at].indent === indent && !lines[at].text.startsWith('- ')) {
      const { text, no } = lines[at++];
      const m = /^([A-Za-z_][\w.-]*):(?:\s+(.*))?$/.exec(text);
      if (m === null) throw new Error(`line ${no}: expected "key: value", got "${text}"`);
      entry(m[1], m[2] ?? '', no);
    }
    if (at < lines.length && lines[at].indent > indent) throw new Error(`line ${lines[at].no}: unexpected indentation`);
    return out;
  }

  function sequence(indent: number): YamlValue[] {
    const out: YamlValue[] = [];
    while (at < lines.length && lines[at].indent === indent && (lines[at].text.startsWith('- ') || lines[at].text === '-')) {
      const { text, no } = lines[at++];
      const item = text.slice(2).trim();
      const m = /^([A-Za-z_][\w.-]*):(?:\s+(.*))?$/.exec(item);
      if (m !== null) out.push(mapping(indent + 2, { key: m[1], rest: m[2] ?? '', no }));
      else out.push(value(item, indent, no));
    }
    if (at < lines.length && lines[at].indent > indent) throw new Error(`line ${lines[at].no}: unexpected indentation`);
    return out;
  }

  function block(indent: number): YamlValue {
    return lines[at].text.startsWith('- ') ? sequence(indent) : mapping(indent);
  }

  if (lines.length === 0) return null;
  if (lines[0].indent !== 0) throw new Error(`line ${lines[0].no}: the document must start at column 0`);
  const doc = block(0);
  if (at < lines.length) throw new Error(`line ${lines[at].no}: unexpected content`);
  return doc;
}
