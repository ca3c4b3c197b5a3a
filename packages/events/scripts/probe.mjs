#!/usr/bin/env node
// Prints the events found in each line of stdin (see probe.ts): the probe-sentence tool.
// Usage: node packages/events/scripts/probe.mjs < sentences.txt
//
import { importFromSource, root } from './from-source.mjs';

const { main } = await importFromSource('probe');
await main(root);
