// Reads one TimeML file (TBAQ-cleaned): the document creation time, the <TEXT> with tags stripped
// (offsets computed while stripping, the five XML entities decoded) and the gold TIMEX3 spans in it.
// Shared by tbaq.mjs and chrono-compare.mjs.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Strips TimeML tags from the <TEXT> element, keeping gold TIMEX3 spans in the stripped text.
 *
 * @param xml
 *   The file's content.
 * @param file
 *   Its path, for errors.
 * @returns
 *   `{ text, published, gold: [{ start, end, text, type, value, tid }] }`.
 */
export function readTimeML(xml, file) {
  const dctMatch = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  const dctValue = dctMatch && /value="([^"]+)"/.exec(dctMatch[0]);
  if (!dctValue)
    throw new Error(`${file}: expected a TIMEX3 with functionInDocument="CREATION_TIME", found none`);
  const published = dctValue[1].slice(0, 10);
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  if (open < 0 || close < 0) throw new Error(`${file}: expected a <TEXT> element, found none`);
  const body = xml.slice(open + 6, close);
  let text = '';
  const gold = [];
  const stack = [];
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(amp|lt|gt|quot|apos);/g;
  let last = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[4]) {
      text += ENTITIES[m[4]];
      continue;
    }
    const [, slash, name, attrs] = m;
    if (name !== 'TIMEX3') continue;
    if (!slash) {
      const attr = (key) => new RegExp(`${key}="([^"]*)"`).exec(attrs)?.[1] ?? null;
      stack.push({ start: text.length, type: attr('type'), value: attr('value'), tid: attr('tid') });
    } else {
      const g = stack.pop();
      g.end = text.length;
      g.text = text.slice(g.start, g.end);
      gold.push(g);
    }
  }
  text += body.slice(last);
  return { text, published, gold };
}
