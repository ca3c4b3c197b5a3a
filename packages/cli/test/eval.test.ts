import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvalReport } from '@sitrep/eval';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const example = join(__dirname, '../../../data/gold/example.jsonl');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-eval-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sitrep eval', () => {
  it('scores the README example gold file and prints a text report', async () => {
    const run = await runCli(['eval', example, '--diff', 'all']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // ex-1 has two reported strikes, ex-2 one meeting; ex-3 is negated and ex-4 empty.
    expect(run.stdout).toMatch(/example\.jsonl: 4 passages, 3 gold events, \d+ predicted/);
    expect(run.stdout).toMatch(/^type\s/m);
    expect(run.stdout).toContain('ex-4 (');
  }, 90_000); // the first run loads the gazetteer and dictionaries: slow on a shared 2-core machine

  it('prints JSON whose counts add up', async () => {
    const run = await runCli(['eval', example, '--format', 'json', '--scope', 'all']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as EvalReport & { gold: string };
    expect(report.gold).toBe(example);
    expect(report.scope).toBe('all');
    expect(report.goldEvents).toBe(4);
    const { tp, fp, fn } = report.levels.type.overall;
    expect(tp + fn).toBe(report.goldEvents);
    expect(tp + fp).toBe(report.predictedEvents);
    expect(report.diffs.map((d) => d.id)).toEqual(['ex-1', 'ex-2', 'ex-3', 'ex-4']);
    // ex-1 also lists two places and one time expression to score the geo and time stages on.
    expect(report.mentions.places).toMatchObject({ n: 2 });
    expect(report.mentions.times).toMatchObject({ n: 1 });
  });

  it('exits 1 naming file and line when the gold file is invalid', async () => {
    const bad = join(dir, 'bad.jsonl');
    // Fictional passage with a misspelled event type.
    await writeFile(
      bad,
      '# fictional\n{"id":"a","text":"Fictional: rebels shelled Gao.","events":[{"type":"SHELL"}]}\n',
    );
    const run = await runCli(['eval', bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${bad}:2: events[0].type: expected a PLOVER type`);
    const missing = await runCli(['eval', join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read the file');
  });

  it('reads the gold from standard input with -', async () => {
    // Fictional passage where nothing happened.
    const run = await runCli(
      ['eval', '-', '--format', 'json'],
      '{"id":"s1","text":"Fictional: the columnist called the talks pointless.","events":[]}\n',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as EvalReport;
    expect(report.passages).toBe(1);
    expect(report.diffs[0]).toMatchObject({ id: 's1', source: '<stdin>' });
  });

  it('scores only the passages with a tag when asked', async () => {
    const run = await runCli(['eval', example, '--tag', 'negation', '--tag', 'rhetoric', '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as EvalReport).diffs.map((d) => d.id)).toEqual(['ex-3', 'ex-4']);
    const none = await runCli(['eval', example, '--tag', 'no-such-tag']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('has the tag no-such-tag');
  });

  it('exits 2 on bad usage', async () => {
    expect((await runCli(['eval'])).code).toBe(2);
    expect((await runCli(['eval', example, '--format', 'xml'])).code).toBe(2);
  });
});
