/**
 * @module html
 * HTML to plain text, never executing it: linkedom parses markup without running scripts or
 * loading anything; @mozilla/readability picks the main text (the body is the fallback); title and
 * publication date come from meta tags, JSON-LD and `<time>`. Paragraphs become blank-line breaks.
 */
import { isIsoDate } from '@sitrep/model';

type Linkedom = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');
let libraries: Promise<[Linkedom, ReadabilityModule]> | undefined;

/** linkedom takes ~150 ms to load; it is loaded the first time HTML is read, so other inputs start fast. */
function loadLibraries(): Promise<[Linkedom, ReadabilityModule]> {
  libraries ??= Promise.all([import('linkedom'), import('@mozilla/readability')]);
  return libraries;
}

/** What the HTML reader extracts. */
export interface HtmlContent {
  text: string;
  title: string | null;
  published: string | null;
}

// linkedom's DOM types are its own; we only need this small surface.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}
interface DomDocument {
  title: string;
  body: DomNode | null;
  documentElement: DomNode;
  querySelectorAll(selector: string): ArrayLike<DomNode & { getAttribute(name: string): string | null }>;
  querySelector(selector: string): (DomNode & { getAttribute(name: string): string | null }) | null;
}

function parser(linkedom: Linkedom): (html: string) => DomDocument {
  return (html) => linkedom.parseHTML(html).document as unknown as DomDocument;
}

/**
 * Extracts the main text, title and publication date of an HTML page.
 *
 * @param html
 *   The decoded markup.
 * @example
 *   (await htmlContent('<title>T</title><p>Fictional: one.</p><p>Two.</p>')).text // => 'Fictional: one.\n\nTwo.'
 */
export async function htmlContent(html: string): Promise<HtmlContent> {
  const [linkedom, { Readability }] = await loadLibraries();
  const parse = parser(linkedom);
  const document = parse(normalizeHtml(html));
  // Metadata first: Readability rewrites the document it is given.
  const title = metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const pageTitle = clean(document.title);
  const published = publishedDate(document);
  const h1 = clean(document.querySelector('h1')?.textContent ?? '');
  const body = document.body ?? document.documentElement;
  const bodyText = blockText(body, true);

  let text = '';
  let articleTitle: string | null = null;
  const elements = document.querySelectorAll('*').length;
  if (elements > READABILITY_MAX_ELEMENTS) {
    // Readability over linkedom costs about a millisecond per 10 elements; past the cap the page's
    // own <article>/<main> (when it holds most of the text) or the body without its chrome serves.
    text = landmarkText(document, bodyText.length) ?? bodyText;
  } else {
    try {
      const article = new Readability(
        document as unknown as ConstructorParameters<ReadabilityModule['Readability']>[0],
        { charThreshold: 200 },
      ).parse();
      if (article?.content) {
        text = blockText(parse(`<body>${article.content}</body>`).body!);
        articleTitle = clean(article.title ?? '');
      }
    } catch (error) {
      // Readability gives up on some odd markup (framesets, empty documents); the body text serves.
      if (!(error instanceof Error)) throw error;
    }
    // Readability can keep too little of short pages; fall back to the whole body then.
    if (text.length < Math.min(200, bodyText.length / 3)) text = bodyText;
  }
  return { text, title: title || articleTitle || pageTitle || h1 || null, published };
}

/**
 * Pages with more elements than this skip Readability (measured on 2 busy shared cores: 0.2–0.4 s
 * for 900 elements, about 1 s for 3,000); a typical article page is under it.
 */
export const READABILITY_MAX_ELEMENTS = 3000;

/** The text of the page's `<article>`, `<main>` or `[role=main]`, when it holds most of the body text. */
function landmarkText(document: DomDocument, bodyLength: number): string | null {
  for (const selector of ['article', 'main', '[role="main"]']) {
    const candidates = Array.from(document.querySelectorAll(selector));
    let best = '';
    for (const candidate of candidates) {
      const text = blockText(candidate, true);
      if (text.length > best.length) best = text;
    }
    if (best.length >= bodyLength * 0.3) return best;
  }
  return null;
}

const HEAD_TAGS = /<title[^>]*>[\s\S]*?<\/title\s*>|<meta\b[^>]*>|<link\b[^>]*>|<base\b[^>]*>/gi;

/**
 * Gives markup the html/head/body skeleton linkedom needs: it is not a full HTML5 tree builder,
 * so a page without `<body>` (a fragment, a minimal page) would otherwise parse with an empty body.
 * Head-only tags found outside a `<head>` are moved into one. Comments, scripts (except JSON-LD),
 * styles, SVG, templates and noscript blocks are removed first.
 *
 * @param html
 *   Markup, possibly a fragment.
 */
export function normalizeHtml(html: string): string {
  const stripped = html
    // Never text, often most of a page's bytes: dropped before parsing (JSON-LD stays, for dates).
    // A script or style ends at its first closing tag, as the HTML tokenizer has it.
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<(style|svg|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!doctype[^>]*>/i, '')
    .replace(/<\/?html\b[^>]*>/gi, '');
  let head: string;
  let body: string;
  const bodyOpen = /<body\b[^>]*>/i.exec(stripped);
  const headBlock = /<head\b[^>]*>[\s\S]*?<\/head\s*>/i.exec(stripped);
  if (bodyOpen) {
    head = stripped.slice(0, bodyOpen.index);
    body = stripped.slice(bodyOpen.index + bodyOpen[0].length).replace(/<\/body\s*>/i, '');
  } else if (headBlock) {
    head = headBlock[0];
    body = stripped.slice(0, headBlock.index) + stripped.slice(headBlock.index + headBlock[0].length);
  } else {
    head = (stripped.match(HEAD_TAGS) ?? []).join('');
    body = stripped.replace(HEAD_TAGS, '');
  }
  head = head.replace(/<\/?head\b[^>]*>/gi, '');
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}

function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function metaContent(document: DomDocument, selectors: string[]): string {
  for (const selector of selectors) {
    const value = clean(document.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return '';
}

/**
 * The publication date stated in the page: `article:published_time`, Open Graph and Dublin Core
 * meta tags, `datePublished` (meta itemprop or JSON-LD), then the first `<time datetime>`. Only the
 * calendar date is kept, as written (a local timestamp's date is the publisher's date).
 */
function publishedDate(document: DomDocument): string | null {
  const candidates: string[] = [];
  for (const selector of [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[property="og:published_time"]',
    'meta[property="og:article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="datePublished"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date"]',
    'meta[name="dc.date.issued"]',
    'meta[name="DC.date.issued"]',
    'meta[name="dcterms.date"]',
    'meta[name="DCTERMS.issued"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
  ]) {
    const value = document.querySelector(selector)?.getAttribute('content');
    if (value) candidates.push(value);
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const found = jsonLdDate(script.textContent ?? '');
    if (found) candidates.push(found);
  }
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  if (time) candidates.push(time);
  for (const candidate of candidates) {
    const date = candidate.trim().slice(0, 10);
    if (isIsoDate(date)) return date;
  }
  return null;
}

function jsonLdDate(json: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    // Broken JSON-LD is common on real pages; it just gives no date.
    if (error instanceof SyntaxError) return null;
    throw error;
  }
  const stack = [data];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === 'object') {
      const value = (item as Record<string, unknown>).datePublished;
      if (typeof value === 'string') return value;
      stack.push(...Object.values(item as Record<string, unknown>).filter((v) => typeof v === 'object'));
    }
  }
  return null;
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'CANVAS',
]);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

/** Page chrome left out of body text when Readability is not used. */
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT']);

/**
 * Plain text of an element: whitespace inside a block collapses to single spaces, blocks are
 * separated by a blank line, `<br>` is a line break, table cells by spaces.
 *
 * @param root
 *   The element (or document) to read.
 * @param skipChrome
 *   Leave out navigation, headers, footers, asides and forms (for a whole page's body).
 */
export function blockText(root: DomNode, skipChrome = false): string {
  // List items and table rows are `item` blocks: consecutive ones are separated by a line break,
  // as a bulleted list reads, not by a blank line.
  const blocks: { text: string; item: boolean }[] = [];
  let current = '';
  let itemDepth = 0;
  const flush = () => {
    const text = current
      .split('\n')
      .map((line) => line.replace(/[ \t\f\r]+/g, ' ').trim())
      .join('\n')
      .trim();
    if (text) blocks.push({ text, item: itemDepth > 0 });
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || (skipChrome && CHROME.has(name))) return;
    if (name === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(name);
    const item = name === 'LI' || name === 'TR';
    if (block) flush();
    if (item) itemDepth++;
    if (name === 'TD' || name === 'TH') current += ' ';
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
    if (item) itemDepth--;
  };
  walk(root);
  flush();
  let text = '';
  blocks.forEach((block, i) => {
    text += i === 0 ? block.text : `${block.item && blocks[i - 1]!.item ? '\n' : '\n\n'}${block.text}`;
  });
  return text;
}
