/**
 * A strict little XML reader for tests (workerd has no DOMParser): elements, attributes and text,
 * the five predefined entities and character references. It throws on anything not well-formed
 * that our feeds could produce: unclosed or crossed tags, a raw `&` or `<`, an unknown entity,
 * duplicate attributes, text or a second element outside the root. No DTDs, comments or CDATA
 * (the feeds use none: finding one is an error too).
 *
 * @example const feed = parseXml(await res.text()); feed.children.filter((e) => e.name === 'entry')
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

const entity = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`a raw or unknown & in ${where}`);
  return raw.replace(entity, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
    name ? named[name]! : String.fromCodePoint(Number.parseInt(dec ?? hex!, dec ? 10 : 16)),
  );
}

export function parseXml(source: string): XmlElement {
  const name = '[A-Za-z_][\\w.:-]*';
  const token = new RegExp(`<(/?)(${name})((?:\\s+${name}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|([^<]+)`, 'y');
  let at = 0;
  const prolog = /^<\?xml\s[^?]*\?>/.exec(source);
  if (prolog) at = prolog[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (at < source.length) {
    token.lastIndex = at;
    const m = token.exec(source);
    if (!m) throw new Error(`not well-formed at offset ${at}: ${JSON.stringify(source.slice(at, at + 30))}`);
    at = token.lastIndex;
    const [, closing, tag, attrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (stack.length === 0) {
        if (text.trim()) throw new Error('text outside the root element');
        continue;
      }
      stack.at(-1)!.text += decode(text, `<${stack.at(-1)!.name}>`);
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (open?.name !== tag) throw new Error(`</${tag}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of attrs!.matchAll(new RegExp(`(${name})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g'))) {
      if (a[1]! in attributes) throw new Error(`duplicate attribute ${a[1]} on <${tag}>`);
      attributes[a[1]!] = decode(a[2] ?? a[3] ?? '', `an attribute of <${tag}>`);
    }
    const element: XmlElement = { name: tag!, attributes, children: [], text: '' };
    if (stack.length > 0) stack.at(-1)!.children.push(element);
    else if (root) throw new Error('a second root element');
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}
