/**
 * @module acled
 * ACLED event and sub-event types (../shared/ontology/ACLED_TYPES.md) and the precedence rules that
 * choose between them from the trigger, the actors and the words around it.
 */

/** ACLED codes used in triggers.tsv, each naming an event type and sub-event type. */
export const ACLED_CODES = {
  'battle.clash': ['Battles', 'Armed clash'],
  'battle.gov-regains': ['Battles', 'Government regains territory'],
  'battle.nsa-overtakes': ['Battles', 'Non-state actor overtakes territory'],
  'erv.chemical': ['Explosions/Remote violence', 'Chemical weapon'],
  'erv.air': ['Explosions/Remote violence', 'Air/drone strike'],
  'erv.suicide': ['Explosions/Remote violence', 'Suicide bomb'],
  'erv.shelling': ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  'erv.ied': ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  'erv.grenade': ['Explosions/Remote violence', 'Grenade'],
  'vac.sexual': ['Violence against civilians', 'Sexual violence'],
  'vac.attack': ['Violence against civilians', 'Attack'],
  'vac.abduction': ['Violence against civilians', 'Abduction/forced disappearance'],
  'protest.peaceful': ['Protests', 'Peaceful protest'],
  'protest.intervention': ['Protests', 'Protest with intervention'],
  'protest.excessive': ['Protests', 'Excessive force against protesters'],
  'riot.violent': ['Riots', 'Violent demonstration'],
  'riot.mob': ['Riots', 'Mob violence'],
  'sd.agreement': ['Strategic developments', 'Agreement'],
  'sd.arrests': ['Strategic developments', 'Arrests'],
  'sd.change': ['Strategic developments', 'Change to group/activity'],
  'sd.disrupted': ['Strategic developments', 'Disrupted weapons use'],
  'sd.hq': ['Strategic developments', 'Headquarters or base established'],
  'sd.looting': ['Strategic developments', 'Looting/property destruction'],
  'sd.transfer': ['Strategic developments', 'Non-violent transfer of territory'],
  'sd.other': ['Strategic developments', 'Other'],
  // Decided by precedence: battle vs violence against civilians, and who takes territory.
  violence: ['', ''],
  territory: ['', ''],
} as const satisfies Record<string, readonly [string, string]>;

/** A code from ACLED_CODES. */
export type AcledCode = keyof typeof ACLED_CODES;

/** The contract's `acled` field. */
export interface AcledType {
  event_type: string;
  sub_event_type: string;
}

/** What the precedence rules look at. */
export interface AcledFacts {
  /** The lexicon's code for the trigger. */
  code: AcledCode | null;
  /** Sectors of the actors (PLOVER sector codes; null when unknown). */
  actorSectors: (string | null)[];
  /** Sectors of the recipients. */
  recipientSectors: (string | null)[];
  /** The recipient/object words name civilians ("six civilians", "villagers"). */
  civilianTarget: boolean;
  /** The recipient/object words name combatants ("soldiers", "positions"). */
  armedTarget: boolean;
  /** The target is protesters. */
  protesterTarget: boolean;
  /** Remote-violence words (aircraft, shells, drones) in the clause. */
  remote: AcledCode | null;
  /** Authorities intervened (dispersal, tear gas, arrests) in a protest clause. */
  intervention: boolean;
  /** Deaths are reported. */
  killed: boolean;
}

/** Sectors of organized armed actors. */
const ARMED = new Set(['MIL', 'REB', 'UAF', 'COP', 'SPY', 'PRM']);
/** Sectors of the state's forces (for "Government regains territory"). */
const STATE = new Set(['MIL', 'GOV', 'COP', 'SPY']);
/** True for the sector of an organized armed actor (military, rebels, police, militias ...). */
export function isArmedSector(sector: string | null): boolean {
  return sector !== null && ARMED.has(sector);
}

/** True for the sector of unarmed people (civilians, journalists, students, workers ...). */
export function isUnarmedSector(sector: string | null): boolean {
  return sector !== null && UNARMED.has(sector);
}

/** Sectors of unarmed people. */
const UNARMED = new Set(['CVL', 'JRN', 'MED', 'REF', 'EDU', 'REL', 'LAB', 'AGR', 'BUS', 'NGO']);

/**
 * Chooses the ACLED type for an event by ACLED's precedence: remote violence keeps its type whatever
 * the target; violence by an armed actor against civilians is Violence against civilians; fighting
 * between armed sides is Battles; lethal force against protesters is Excessive force; territory is
 * "regained" when state forces take it and "overtaken" when a non-state group does.
 *
 * @param facts
 *   The trigger's code and what the clause says about the sides.
 * @returns
 *   The ACLED type and the rule that decided it, or null when ACLED does not code the event.
 */
export function acledType(facts: AcledFacts): { acled: AcledType; rule: string } | null {
  let code = facts.code;
  let rule = 'acled:lexicon';
  if (code === null) return null;
  const recipientArmed = facts.armedTarget || facts.recipientSectors.some((s) => s !== null && ARMED.has(s));
  const recipientCivilian =
    facts.civilianTarget || facts.recipientSectors.some((s) => s !== null && UNARMED.has(s));
  if ((code === 'violence' || code === 'vac.attack') && facts.protesterTarget) {
    code = 'protest.excessive';
    rule = 'acled:force-against-protesters';
  } else if (code === 'violence' && facts.remote) {
    code = facts.remote;
    rule = 'acled:remote-weapon';
  } else if (code === 'violence') {
    if (recipientCivilian && !recipientArmed) {
      code = 'vac.attack';
      rule = 'acled:armed-actor-against-civilians';
    } else {
      code = 'battle.clash';
      rule = recipientArmed ? 'acled:armed-against-armed' : 'acled:violence-default-clash';
    }
  } else if (code === 'territory') {
    const state = facts.actorSectors.some((s) => s !== null && STATE.has(s));
    code = state ? 'battle.gov-regains' : 'battle.nsa-overtakes';
    rule = state ? 'acled:state-takes-territory' : 'acled:non-state-takes-territory';
  } else if (code === 'protest.peaceful' && facts.intervention) {
    code = facts.killed ? 'protest.excessive' : 'protest.intervention';
    rule = facts.killed ? 'acled:lethal-force-against-protest' : 'acled:intervention-in-protest';
  } else if (code === 'vac.abduction' && recipientArmed && !recipientCivilian) {
    // Combatants captured in fighting: ACLED codes the fighting, not an abduction of civilians.
    code = 'battle.clash';
    rule = 'acled:combatants-captured';
  }
  const [event_type, sub_event_type] = ACLED_CODES[code];
  return { acled: { event_type, sub_event_type }, rule };
}
