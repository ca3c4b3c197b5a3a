/**
 * @module fixtures
 * FICTIONAL documents with hand-coded extraction results for the end-to-end tests: the browser
 * tests need events whose types, places and evidence are known whatever the pipeline's current
 * recall, so these are stored beside the examples the real pipeline ingests. Every span is
 * computed from the text (`at`), and every result is checked with `parseDocumentResult`.
 */
import { createHash } from 'node:crypto';
import { type ActorRef, type DocumentResult, type Event, parseDocumentResult } from '@sitrep/model';

/** `[start, end)` of the `n`-th occurrence of `needle` in `text`; throws when absent (a broken fixture). */
function at(text: string, needle: string, n = 1): [number, number] {
  let from = -1;
  for (let i = 0; i < n; i++) {
    from = text.indexOf(needle, from + 1);
    if (from < 0)
      throw new Error(`fixture: "${needle}" (occurrence ${n}) is not in the text "${text.slice(0, 40)}…"`);
  }
  return [from, from + needle.length];
}

const ACTORS: Record<string, ActorRef> = {
  syrGov: { id: 'syr.gov', name: 'Government of Syria', country: 'SYR', sector: 'GOV' },
  syrMil: { id: 'syr.mil', name: 'Syrian Armed Forces', country: 'SYR', sector: 'MIL' },
  syrCvl: { id: 'syr.cvl', name: 'Civilians (Syria)', country: 'SYR', sector: 'CVL' },
  syrReb: { id: 'syr.reb', name: 'Syrian rebels', country: 'SYR', sector: 'REB' },
  colEdu: { id: 'col.edu', name: 'Students (Colombia)', country: 'COL', sector: 'EDU' },
  colGov: { id: 'col.gov', name: 'Government of Colombia', country: 'COL', sector: 'GOV' },
  ukrGov: { id: 'ukr.gov', name: 'Government of Ukraine', country: 'UKR', sector: 'GOV' },
  rus: { id: 'rus', name: 'Russia', country: 'RUS', sector: null },
  ngo: { id: 'ngo', name: 'Aid organizations', country: null, sector: 'NGO' },
  mmrCvl: { id: 'mmr.cvl', name: 'Civilians (Myanmar)', country: 'MMR', sector: 'CVL' },
};

interface EventSpec {
  type: Event['type'];
  trigger: string;
  evidence: string;
  actor: ActorRef[];
  recipient: ActorRef[];
  date: string;
  place: {
    text: string;
    name: string;
    lat: number;
    lon: number;
    country: string;
    admin1: string;
    precision: 1 | 2 | 3;
  };
  acled: Event['acled'];
  fatalities?: number;
}

function result(
  id: string,
  title: string,
  published: string,
  text: string,
  specs: EventSpec[],
): DocumentResult {
  const times = new Map<string, { id: string; span: [number, number]; text: string }>();
  const places: DocumentResult['mentions']['places'] = [];
  const actors: DocumentResult['mentions']['actors'] = [];
  const events: Event[] = specs.map((spec, i) => {
    const placeSpan = at(text, spec.place.text);
    const placeId = `p${places.length + 1}`;
    places.push({
      id: placeId,
      span: placeSpan,
      text: spec.place.text,
      name: spec.place.name,
      gazetteer: null,
      lat: spec.place.lat,
      lon: spec.place.lon,
      country: spec.place.country,
      admin1: spec.place.admin1,
      admin2: null,
      feature: spec.place.precision === 3 ? 'admin1' : 'city',
      confidence: 0.9,
    });
    return {
      id: `e${i + 1}`,
      type: spec.type,
      mode: null,
      context: [],
      cameo: null,
      acled: spec.acled,
      modality: 'asserted',
      actor: spec.actor,
      recipient: spec.recipient,
      date: { start: spec.date, end: spec.date, precision: 'day', time: null },
      location: {
        place: placeId,
        name: spec.place.name,
        lat: spec.place.lat,
        lon: spec.place.lon,
        country: spec.place.country,
        admin1: spec.place.admin1,
        admin2: null,
        precision: spec.place.precision,
      },
      fatalities: spec.fatalities ?? null,
      trigger: { span: at(text, spec.trigger), text: spec.trigger },
      evidence: { span: at(text, spec.evidence), text: spec.evidence },
      attribution: null,
      confidence: 0.8,
      why: [`trigger:${spec.trigger}`, 'fixture:hand-coded'],
    };
  });
  // One time mention per distinct date phrase found in the text.
  for (const m of text.matchAll(/\b\d{1,2} March 2024\b/g)) {
    if (!times.has(m[0]))
      times.set(m[0], { id: `t${times.size + 1}`, span: [m.index, m.index + m[0].length], text: m[0] });
  }
  const actorNeedles: [string, ActorRef][] = [
    ['government forces', ACTORS.syrGov!],
    ['rebels', ACTORS.syrReb!],
    ['students', ACTORS.colEdu!],
    ['education ministry', ACTORS.colGov!],
    ['regional governor', ACTORS.ukrGov!],
    ['Aid groups', ACTORS.ngo!],
  ];
  for (const [needle, actor] of actorNeedles) {
    const i = text.indexOf(needle);
    if (i >= 0)
      actors.push({ id: `a${actors.length + 1}`, span: [i, i + needle.length], text: needle, actor });
  }
  const draft = {
    schema: 'sitrep.document/1',
    document: {
      id,
      source: null,
      title,
      published,
      sha256: createHash('sha256').update(text).digest('hex'),
      chars: text.length,
      text,
    },
    mentions: {
      times: [...times.values()].map((t) => {
        const [d] = t.text.split(' ');
        const date = `2024-03-${d!.padStart(2, '0')}`;
        return { ...t, kind: 'date' as const, start: date, end: date, precision: 'day' as const };
      }),
      places,
      actors: actors.sort((a, b) => a.span[0] - b.span[0]),
    },
    events,
    messages: [
      {
        level: 'info' as const,
        code: 'fixture',
        text: 'Hand-coded fictional fixture for the browser tests.',
      },
    ],
  };
  return parseDocumentResult(draft);
}

const IDLIB =
  'Fictional: On 3 March 2024 government forces shelled Kafr Nabl, killing four civilians, local medics said. ' +
  'Later that day rebels attacked an army post near Maarat al-Numan.';
const BOGOTA =
  'Fictional: Thousands of students marched in Bogotá on 5 March 2024 to protest tuition fees. ' +
  'The education ministry agreed on 6 March 2024 to meet student leaders.';
const KHARKIV =
  'Fictional: Drones struck an energy facility in Kharkiv on 1 March 2024. ' +
  'The regional governor accused Russia of targeting civilian infrastructure across Kharkiv Oblast.';
const SAGAING =
  'Fictional: Aid groups delivered food to displaced families across Sagaing Region on 2 March 2024.';

/** The fixture documents, each with its text. */
export const FIXTURES: DocumentResult[] = [
  result('fixture-idlib', 'Fictional: shelling in Idlib', '2024-03-04', IDLIB, [
    {
      type: 'ASSAULT',
      trigger: 'shelled',
      evidence:
        'On 3 March 2024 government forces shelled Kafr Nabl, killing four civilians, local medics said.',
      actor: [ACTORS.syrGov!],
      recipient: [ACTORS.syrCvl!],
      date: '2024-03-03',
      place: {
        text: 'Kafr Nabl',
        name: 'Kafr Nabl',
        lat: 35.6142,
        lon: 36.5614,
        country: 'SY',
        admin1: 'Idlib',
        precision: 1,
      },
      acled: {
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Shelling/artillery/missile attack',
      },
      fatalities: 4,
    },
    {
      type: 'ASSAULT',
      trigger: 'attacked',
      evidence: 'Later that day rebels attacked an army post near Maarat al-Numan.',
      actor: [ACTORS.syrReb!],
      recipient: [ACTORS.syrMil!],
      date: '2024-03-03',
      place: {
        text: 'Maarat al-Numan',
        name: "Ma'arrat an Nu'man",
        lat: 35.6483,
        lon: 36.6769,
        country: 'SY',
        admin1: 'Idlib',
        precision: 2,
      },
      acled: { event_type: 'Battles', sub_event_type: 'Armed clash' },
    },
  ]),
  result('fixture-bogota', 'Fictional: student march in Bogotá', '2024-03-06', BOGOTA, [
    {
      type: 'PROTEST',
      trigger: 'marched',
      evidence: 'Thousands of students marched in Bogotá on 5 March 2024 to protest tuition fees.',
      actor: [ACTORS.colEdu!],
      recipient: [ACTORS.colGov!],
      date: '2024-03-05',
      place: {
        text: 'Bogotá',
        name: 'Bogotá',
        lat: 4.711,
        lon: -74.0721,
        country: 'CO',
        admin1: 'Bogota D.C.',
        precision: 1,
      },
      acled: { event_type: 'Protests', sub_event_type: 'Peaceful protest' },
    },
    {
      type: 'AGREE',
      trigger: 'agreed',
      evidence: 'The education ministry agreed on 6 March 2024 to meet student leaders.',
      actor: [ACTORS.colGov!],
      recipient: [ACTORS.colEdu!],
      date: '2024-03-06',
      place: {
        text: 'Bogotá',
        name: 'Bogotá',
        lat: 4.711,
        lon: -74.0721,
        country: 'CO',
        admin1: 'Bogota D.C.',
        precision: 1,
      },
      acled: { event_type: 'Strategic developments', sub_event_type: 'Agreement' },
    },
  ]),
  result('fixture-kharkiv', 'Fictional: drone strike in Kharkiv', '2024-03-02', KHARKIV, [
    {
      type: 'ASSAULT',
      trigger: 'struck',
      evidence: 'Drones struck an energy facility in Kharkiv on 1 March 2024.',
      actor: [ACTORS.rus!],
      recipient: [ACTORS.ukrGov!],
      date: '2024-03-01',
      place: {
        text: 'Kharkiv',
        name: 'Kharkiv',
        lat: 49.9935,
        lon: 36.2304,
        country: 'UA',
        admin1: 'Kharkiv Oblast',
        precision: 1,
      },
      acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' },
    },
    {
      type: 'ACCUSE',
      trigger: 'accused',
      evidence:
        'The regional governor accused Russia of targeting civilian infrastructure across Kharkiv Oblast.',
      actor: [ACTORS.ukrGov!],
      recipient: [ACTORS.rus!],
      date: '2024-03-01',
      place: {
        text: 'Kharkiv Oblast',
        name: 'Kharkiv Oblast',
        lat: 49.6,
        lon: 36.6,
        country: 'UA',
        admin1: 'Kharkiv Oblast',
        precision: 3,
      },
      acled: null,
    },
  ]),
  result('fixture-sagaing', 'Fictional: food aid in Sagaing', '2024-03-02', SAGAING, [
    {
      type: 'AID',
      trigger: 'delivered',
      evidence: 'Aid groups delivered food to displaced families across Sagaing Region on 2 March 2024.',
      actor: [ACTORS.ngo!],
      recipient: [ACTORS.mmrCvl!],
      date: '2024-03-02',
      place: {
        text: 'Sagaing Region',
        name: 'Sagaing Region',
        lat: 22.5,
        lon: 95.5,
        country: 'MM',
        admin1: 'Sagaing',
        precision: 3,
      },
      acled: null,
    },
  ]),
];

/**
 * A FICTIONAL hostile document: markup, event handlers, script URLs and bidi/zero-width tricks
 * that must show as text in the reader and never run.
 */
export const HOSTILE_TEXT = [
  'Fictional hostile report.',
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<a href="javascript:window.__pwned = \'link\'">click here</a>',
  '<svg onload="window.__pwned = \'svg\'"></svg> <iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  'Invoice: pay to the account in \u202Etxt.exe\u202C and ad\u200Bmin\u2066 overrides \u2067לא\u2069 end\uFEFF.',
  '{{constructor.constructor("window.__pwned = 1")()}} &lt;b&gt; &amp; done',
].join('\n');
