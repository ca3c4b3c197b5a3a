/**
 * @module no-actors
 * Stands in for @sitrep/actors in eval-gold.ts while that package has no index: no actor stage,
 * so the evaluation runs without actors (and says so) instead of failing to build.
 */
import type { Stage } from '@sitrep/model';

/** No actor stage is available. */
export const actorStageFactory: (() => Stage<'actors'>) | null = null;
