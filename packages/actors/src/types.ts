/**
 * @module types
 * Records of the actor dictionary (as read from data/actors/*.tsv) and of the `actors` layer.
 */
import type { ActorMention, ActorRef } from '@sitrep/model';
import type { CaseRule } from './fold';

/** Where a dictionary record was read from. */
export interface Origin {
  file: string;
  line: number;
}

/** A state (countries.tsv). */
export interface CountryRecord {
  iso3: string;
  iso2: string;
  name: string;
  aliases: string[];
  adjectives: string[];
  people: string[];
  capitals: string[];
  region: string;
  origin: Origin;
}

/** A named actor: armed group, party, movement, IGO, NGO, or a named state institution. */
export interface EntryRecord {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  sector: string | null;
  region: string;
  from: string | null;
  to: string | null;
  /** Which table it came from: groups, orgs, or a user file. */
  table: string;
  origin: Origin;
}

/** One office a person held: `Title@actor:FROM..TO`; `to` is the first day out of office. */
export interface Term {
  title: string;
  actor: string;
  from: string;
  to: string | null;
}

/** A person (persons.tsv). */
export interface PersonRecord {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  terms: Term[];
  origin: Origin;
}

/** What a role noun denotes (roles.tsv). */
export type RoleKind = 'institution' | 'person' | 'group' | 'armed' | 'equipment';

/** A role noun or title. */
export interface RoleRecord {
  phrases: string[];
  sector: string;
  suffix: string;
  name: string;
  kind: RoleKind;
  /** Alone, the role takes the document's focus country ("civilians" -> mli.civilians). */
  local: boolean;
  origin: Origin;
}

/** A loaded or indirect reference (epithets.tsv). */
export interface EpithetRecord {
  phrases: string[];
  /** Raw target, e.g. `isr.gov`, `focus:gov`, `armed`, `if:isr,pse=>isr.mil;ukr=>rus.mil`. */
  target: string;
  fallback: string;
  note: string;
  origin: Origin;
}

/** An anaphor and what it may refer back to (anaphors.tsv). */
export interface AnaphorRecord {
  phrases: string[];
  wants: 'person' | 'group' | 'org' | 'plural' | 'state' | 'pair';
  window: number;
  /** Words one of which must precede the anaphor (directly, or before "that"); empty = any. */
  after: string[];
  origin: Origin;
}

/** A dictionary hit for one folded key. */
export type Candidate =
  | { type: 'entry'; entry: EntryRecord; rule: CaseRule; user: boolean }
  | {
      type: 'country';
      country: CountryRecord;
      form: 'name' | 'adjective' | 'people' | 'capital';
      rule: CaseRule;
    }
  | { type: 'person'; person: PersonRecord; rule: CaseRule; user: boolean }
  | { type: 'role'; role: RoleRecord; rule: CaseRule }
  | { type: 'epithet'; epithet: EpithetRecord; rule: CaseRule; words: number }
  | { type: 'anaphor'; anaphor: AnaphorRecord; rule: CaseRule };

/** How a mention was found. */
export type MentionKind =
  | 'entry'
  | 'state'
  | 'people'
  | 'metonym'
  | 'institution'
  | 'person'
  | 'new-person'
  | 'generic'
  | 'epithet'
  | 'coref';

/**
 * An actor mention with the fields the `actors` stage keeps for later stages (the events stage
 * reads them; the pipeline strips them from the contract output).
 */
export interface ActorMentionInternal extends ActorMention {
  kind: MentionKind;
  /** Token index of the head word (the last token of the mention). */
  head: number;
  /** Sentence index. */
  sentence: number;
  /** Rules and dictionary entries that produced it, including coreference links. */
  why: string[];
  /** Set when the surface is a loaded epithet; `actor.name` is still the neutral name. */
  epithet?: true;
  /** Set when the mention refers back to an earlier one (`antecedent` is its id). */
  coref?: true;
  antecedent?: string;
  /** Person id from persons.tsv, or the name of a person not in the dictionary. */
  person?: string;
  /** The office or role the mention names ("Foreign Minister"). */
  role?: string;
  /** True for collective referents ("troops", "protesters", a state's people). */
  plural?: boolean;
}

/** ActorRef plus nothing: re-exported for convenience. */
export type { ActorRef };
