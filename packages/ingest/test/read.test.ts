import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  detectFormat,
  InputError,
  MAX_INPUT_BYTES,
  READABILITY_MAX_ELEMENTS,
  readBytes,
  readFile,
} from '../src/index';
import { makeDocx, makePdf, makeZip } from './build-fixtures';

const enc = (s: string) => new TextEncoder().encode(s);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-ingest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function problem(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('detectFormat', () => {
  it('prefers magic bytes, then the extension, then an HTML sniff', () => {
    expect(detectFormat('report.txt', enc('%PDF-1.4\n'))).toBe('pdf');
    expect(detectFormat('x', makeDocx(['a']))).toBe('docx');
    expect(detectFormat('a.HTM', enc('plain'))).toBe('html');
    expect(detectFormat('feed.ndjson', enc('{}'))).toBe('jsonl');
    expect(detectFormat('-', enc('\uFEFF  <!DOCTYPE html><p>x'))).toBe('html');
    expect(detectFormat('-', enc('Fictional: <b> is not a page'))).toBe('txt');
  });
});

describe('readBytes: text', () => {
  const fictional = 'Fictional: talks in Doha resumed.\r\nA second line.';

  it('reads UTF-8 with and without BOM, keeping line endings and removing the BOM', async () => {
    const plain = await readBytes(enc(fictional), { name: 'a.txt' });
    expect(plain.text).toBe(fictional);
    expect(plain.encoding).toBe('utf-8');
    const bom = await readBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(fictional)]), { name: 'b.txt' });
    expect(bom.text).toBe(fictional);
    // The hash is of the original bytes, BOM included.
    expect(bom.sha256).not.toBe(plain.sha256);
    expect(bom.bytes.length).toBe(plain.bytes.length + 3);
  });

  it('reads UTF-16 LE and BE with BOM', async () => {
    const text = 'Fictional: حلب and Kyiv – “quoted”';
    const le = iconv.encode(text, 'utf-16le', { addBOM: true });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    expect((await readBytes(le, { name: 'le.txt' })).text).toBe(text);
    const read = await readBytes(be, { name: 'be.txt' });
    expect(read.text).toBe(text);
    expect(read.encoding).toBe('utf-16be');
  });

  it('detects Windows-1252 and Windows-1256 when the bytes are not UTF-8', async () => {
    const western = 'Fictional: the café in Neuchâtel hosted the négociations on São Tomé.';
    const arabic = 'خبر مختلق: اجتمع الوفدان في القاهرة يوم الخميس لبحث وقف إطلاق النار.';
    const w1252 = await readBytes(iconv.encode(western, 'windows-1252'), { name: 'w.txt' });
    expect(w1252.encoding).toBe('windows-1252');
    expect(w1252.text).toBe(western);
    const german = 'Fiktiv: Grüße aus Köln, die Verhandlungen in Straßburg gehen weiter.';
    expect((await readBytes(iconv.encode(german, 'windows-1252'), { name: 'de.txt' })).text).toBe(german);
    const w1256 = await readBytes(iconv.encode(arabic, 'windows-1256'), { name: 'ar.txt' });
    expect(w1256.encoding).toBe('windows-1256');
    expect(w1256.text).toBe(arabic);
  });

  it('takes the publication date from a header line, and an explicit date over it', async () => {
    const text = 'Published: 2024-06-21\nFictional: a situation report.';
    expect((await readBytes(enc(text), { name: 'r.txt' })).published).toBe('2024-06-21');
    expect((await readBytes(enc(text), { name: 'r.txt', published: '2024-07-01' })).published).toBe(
      '2024-07-01',
    );
  });

  it('refuses empty, binary, oversized and JSONL input with a message naming it', async () => {
    expect((await problem(readBytes(new Uint8Array(), { name: 'empty.txt' }))).message).toMatch(
      /^empty\.txt: file is empty/,
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect((await problem(readBytes(png, { name: 'img.txt' }))).message).toMatch(
      /img\.txt: looks like a PNG/,
    );
    const nul = enc('Fictional\u0000\u0000data');
    expect((await problem(readBytes(nul, { name: 'blob' }))).problem).toMatch(/NUL byte at offset 9/);
    expect(
      (await problem(readBytes(enc('x'.repeat(100)), { name: 'big.txt', maxBytes: 99 }))).problem,
    ).toMatch(/larger than/);
    expect(
      (await problem(readBytes(enc('x'.repeat(100)), { name: 'long.txt', maxChars: 50 }))).problem,
    ).toMatch(/100 characters, more than the 50 limit/);
    expect((await problem(readBytes(enc('{"text":"a"}'), { name: 'f.jsonl' }))).problem).toMatch(/readJsonl/);
    expect((await problem(readBytes(enc(' \n\t'), { name: 'blank.txt' }))).problem).toMatch(/no text found/);
    expect((await problem(readBytes(enc('x'), { name: 'd.txt', published: '2024-02-30' }))).problem).toMatch(
      /YYYY-MM-DD/,
    );
  });

  it('documents a size limit that is large enough for real reports', () => {
    expect(MAX_INPUT_BYTES).toBe(64 * 1024 * 1024);
  });

  it('reads a moderately large text with no line breaks', async () => {
    const text = `Fictional: ${'word '.repeat(400_000)}`; // 2 MB on one line
    const read = await readBytes(enc(text), { name: 'one-line.txt' });
    expect(read.text.length).toBe(text.length);
  });
});

describe('readBytes: html', () => {
  it('extracts the main text with paragraph breaks, title and published date, without running scripts', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Site | Fictional talks</title>
<meta property="og:title" content="Fictional talks in Doha">
<script>globalThis.__sitrepRan = true; document.title = 'ran';</script>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05T10:00:00+03:00"}</script>
</head><body><nav>Home | World</nav><article><h1>Fictional talks in Doha</h1>
<p>Fictional: delegations met in Doha on Monday, officials said.</p>
<p>The   talks were   described as   constructive<br>by both sides.</p></article>
<footer>Contact us</footer></body></html>`;
    const read = await readBytes(enc(html), { name: 'page.html' });
    expect(read.format).toBe('html');
    expect(read.title).toBe('Fictional talks in Doha');
    expect(read.published).toBe('2024-03-05');
    expect(read.text).toContain(
      'Fictional: delegations met in Doha on Monday, officials said.\n\nThe talks were described as constructive\nby both sides.',
    );
    expect(read.text).not.toContain('__sitrepRan');
    expect((globalThis as Record<string, unknown>).__sitrepRan).toBeUndefined();
  });

  it('reads the <article> of a very large page (past the Readability cap), without its navigation', async () => {
    const links = '<li><a href="#">Fictional link</a></li>'.repeat(READABILITY_MAX_ELEMENTS / 2);
    const page = `<html><body><nav><ul>${links}</ul></nav><article><p>Fictional: a long day in Juba.</p><p>Talks went on.</p></article><footer>Contact</footer></body></html>`;
    const read = await readBytes(enc(page), { name: 'huge.html' });
    expect(read.text).toBe('Fictional: a long day in Juba.\n\nTalks went on.');
  });

  it('drops comments, scripts, styles and SVG before reading, keeping JSON-LD for the date', async () => {
    const page = `<html><head><style>p { color: red }</style><script type="application/ld+json">{"datePublished": "2020-10-10"}</script></head>
<body><!-- <p>hidden comment</p> --><script>var s = "<p>not text</p>";</script><svg><text>svg label</text></svg>
<p>Fictional: the ferry docked in Mombasa.</p><noscript><p>enable scripts</p></noscript></body></html>`;
    const read = await readBytes(enc(page), { name: 'noisy.html' });
    expect(read.text).toBe('Fictional: the ferry docked in Mombasa.');
    expect(read.published).toBe('2020-10-10');
  });

  it('puts list items and table rows on their own lines, one block apart from paragraphs', async () => {
    const page =
      '<body><p>Fictional: needs by sector.</p><ul><li>Water: 2,000 people</li><li>Health: <b>two</b> clinics<ul><li>one mobile</li></ul></li></ul>' +
      '<table><tr><th>Town</th><th>Displaced</th></tr><tr><td>Kadugli</td><td>350</td></tr></table><p>End.</p></body>';
    const read = await readBytes(enc(page), { name: 'list.html' });
    expect(read.text).toBe(
      'Fictional: needs by sector.\n\nWater: 2,000 people\nHealth: two clinics\none mobile\nTown Displaced\nKadugli 350\n\nEnd.',
    );
  });

  it('reads a fragment without html/head/body tags', async () => {
    const read = await readBytes(
      enc(
        '<title>Fictional note</title><meta name="date" content="2021-05-06"><p>Fictional: one.</p><p>Two.</p>',
      ),
      { name: 'frag.html' },
    );
    expect(read).toMatchObject({
      text: 'Fictional: one.\n\nTwo.',
      title: 'Fictional note',
      published: '2021-05-06',
    });
  });

  it('decodes any charset the page declares, such as KOI8-R', async () => {
    const page =
      '<html><head><meta charset="koi8-r"></head><body><p>Вымышленный текст: переговоры в Минске.</p></body></html>';
    const read = await readBytes(iconv.encode(page, 'koi8-r'), { name: 'ru.html' });
    expect(read.encoding).toBe('koi8-r');
    expect(read.text).toBe('Вымышленный текст: переговоры в Минске.');
  });

  it('finds the date in dc.date or <time>, and decodes a declared legacy charset', async () => {
    const dc = await readBytes(
      enc(
        '<html><head><meta name="DC.date" content="2023-11-02"></head><body><p>Fictional: a rally.</p></body></html>',
      ),
      { name: 'dc.html' },
    );
    expect(dc.published).toBe('2023-11-02');
    const time = await readBytes(
      iconv.encode(
        '<html><head><meta charset="windows-1252"></head><body><p>Fictional: a café closed.</p><time datetime="2022-01-09">9 Jan</time></body></html>',
        'windows-1252',
      ),
      { name: 'time.html' },
    );
    expect(time.published).toBe('2022-01-09');
    expect(time.text).toContain('a café closed.');
    expect(time.encoding).toBe('windows-1252');
  });
});

describe('readBytes: pdf', () => {
  it('joins pages with a blank line and repairs line-end hyphenation, keeping name hyphens', async () => {
    const pdf = makePdf([
      [
        'Fictional: the govern-',
        'ment said fighters near Jisr al-',
        'Shughur and anti-',
        'Assad groups met.',
      ],
      ['Page two: (more) text.'],
    ]);
    const read = await readBytes(pdf, { name: 'r.pdf' });
    expect(read.format).toBe('pdf');
    expect(read.text).toBe(
      'Fictional: the government said fighters near Jisr al-Shughur and anti-Assad groups met.\n\nPage two: (more) text.',
    );
  });

  it('drops running headers and page numbers, and joins a sentence that runs across pages', async () => {
    const header = 'FICTIONAL SITUATION REPORT No. 4';
    const pdf = makePdf([
      [header, 'Fictional: aid convoys reached the town', 'of Kassala after a long', 'Page 1 of 4'],
      [header, 'delay, officials said.', 'Page 2 of 4'],
      [header, 'Clinics reopened.', 'Page 3 of 4'],
      [header, 'Markets stayed shut in the govern-', 'Page 4 of 4'],
    ]);
    const read = await readBytes(pdf, { name: 'sitrep.pdf' });
    expect(read.text).toBe(
      'Fictional: aid convoys reached the town\nof Kassala after a long\ndelay, officials said.\n\nClinics reopened.\n\nMarkets stayed shut in the govern-',
    );
  });

  it('takes the title from the document information', async () => {
    const read = await readBytes(
      makePdf([['Fictional: a line.']], { title: 'Fictional Flash Update (No. 2)' }),
      {
        name: 't.pdf',
      },
    );
    expect(read.title).toBe('Fictional Flash Update (No. 2)');
    expect((await readBytes(makePdf([['Fictional: a line.']]), { name: 'u.pdf' })).title).toBeNull();
  });

  it('keeps a line break where no word is hyphenated, and a paragraph gap as a blank line', async () => {
    const read = await readBytes(
      makePdf([['Fictional: first line', 'second line', '', 'new paragraph 2020-', '2024.']]),
      {
        name: 'p.pdf',
      },
    );
    expect(read.text).toBe('Fictional: first line\nsecond line\n\nnew paragraph 2020-\n2024.');
  });

  it('reports a truncated or malformed PDF as an InputError naming the file', async () => {
    const pdf = makePdf([['Fictional: a line.']]);
    const truncated = await problem(readBytes(pdf.subarray(0, 120), { name: 'cut.pdf' }));
    expect(truncated.message).toMatch(/^cut\.pdf: cannot open PDF/);
    const fake = await problem(readBytes(enc('not a pdf at all'), { name: 'fake.pdf' }));
    expect(fake.input).toBe('fake.pdf');
  });

  it('stops extracting a PDF once its text passes the limit', async () => {
    const pdf = makePdf([['Fictional: page one.'], ['Fictional: page two.'], ['Fictional: page three.']]);
    const error = await problem(readBytes(pdf, { name: 'long.pdf', maxChars: 30 }));
    expect(error.problem).toMatch(/passes the 30 character limit by page 2 of 3/);
  });

  it('says when a PDF has no text layer', async () => {
    expect((await problem(readBytes(makePdf([[]]), { name: 'scan.pdf' }))).problem).toMatch(/no text layer/);
  });
});

describe('readBytes: docx', () => {
  it('reads paragraphs separated by blank lines', async () => {
    const read = await readBytes(makeDocx(['Fictional: talks in Aden.', 'Both sides & mediators agreed.']), {
      name: 'r.docx',
    });
    expect(read.format).toBe('docx');
    expect(read.text).toBe('Fictional: talks in Aden.\n\nBoth sides & mediators agreed.');
  });

  it('reports a zip that is not a Word document', async () => {
    const error = await problem(readBytes(makeZip({ 'a.txt': 'hello' }), { name: 'other.docx' }));
    expect(error.message).toMatch(/^other\.docx: cannot read as a Word \.docx/);
  });
});

describe('readFile', () => {
  it('reads a file and names it as the source', async () => {
    const path = join(dir, 'note.txt');
    await writeFile(path, 'Fictional: the convoy reached Goma.');
    const read = await readFile(path, { published: '2024-01-02' });
    expect(read).toMatchObject({ source: path, format: 'txt', published: '2024-01-02' });
    expect(read.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a missing path, a directory, an oversized file and an unreadable file', async () => {
    expect((await problem(readFile(join(dir, 'nope.txt')))).problem).toMatch(/no such file/);
    expect((await problem(readFile(dir))).problem).toMatch(/is a directory/);
    const big = join(dir, 'big.txt');
    await writeFile(big, 'x'.repeat(2000));
    expect((await problem(readFile(big, { maxBytes: 1000 }))).problem).toMatch(
      /file is 2000 bytes, larger than the 1000 bytes limit/,
    );
    expect((await problem(readFile(join(big, 'child.txt')))).problem).toMatch(/not a directory/);
    const locked = join(dir, 'locked.txt');
    await writeFile(locked, 'Fictional: secret.');
    await chmod(locked, 0o000);
    // root can read anything; the check is meaningful only for other users.
    if (process.getuid?.() !== 0) {
      expect((await problem(readFile(locked))).problem).toMatch(/permission denied/);
    }
  });
});
