#!/usr/bin/env node
// Runs the events stage over a gold file (data/gold/events-dev.jsonl by default) through the
// stages that exist (nlp, time, geo, actors when its package exports a stage) and prints the
// @sitrep/eval report, including the confidence reliability table used to calibrate
// packages/events/src/confidence.ts. Bundles eval-gold.ts with esbuild first (no build needed).
//
//   node packages/events/scripts/eval-gold.mjs [GOLD.jsonl] [--json] [--diff]
import { importFromSource, root } from './from-source.mjs';

const { main } = await importFromSource('eval-gold');
await main(process.argv.slice(2), root);
