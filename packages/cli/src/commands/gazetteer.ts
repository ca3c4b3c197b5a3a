/**
 * @module commands/gazetteer
 * `sitrep gazetteer import FILE` fills the user gazetteer index (SQLite) from GeoNames dumps and
 * user CSV/TSV; `sitrep gazetteer lookup NAME` shows the candidates a name gets, with scores.
 * The pipeline uses the user index when `--gazetteer PATH` is given, `SITREP_GAZETTEER` is set, or
 * `./sitrep-gazetteer.db` exists.
 */
import {
  DEFAULT_USER_GAZETTEER,
  GazetteerImportError,
  importGazetteerFile,
  loadGazetteer,
  openGazetteer,
  rankCandidates,
} from '@sitrep/geo';
import type { Command } from 'commander';
import { write } from '../io';
import type { CliState } from '../program';

/**
 * Registers `gazetteer import` and `gazetteer lookup`.
 *
 * @param program
 *   The root command.
 * @param state
 *   Exit code and streams.
 */
export function registerGazetteer(program: Command, state: CliState): void {
  const io = state.io!;
  const gazetteer = program
    .command('gazetteer')
    .description('import places into the user gazetteer and look names up');

  gazetteer
    .command('import')
    .description('import GeoNames dumps (allCountries.txt, XX.txt, cities500.txt) or a CSV/TSV of places')
    .argument('<files...>', 'files to import, in order (a GeoNames dump before its alternateNamesV2.txt)')
    .option('--db <path>', 'the user index to write', DEFAULT_USER_GAZETTEER)
    .option('--replace', 'update places whose id is already in the index')
    .addHelpText(
      'after',
      `
CSV/TSV format: a header with at least id,name,lat,lon; optional country (ISO alpha-2), admin1,
admin2, feature (city|village|admin1|admin2|country|region|crossing|road|base|other),
alternate_names (|-separated), population. Each file imports in one transaction: a bad line
(missing column, lat 123, duplicate id, not UTF-8) refuses the whole file with its line number.

Example:
  sitrep gazetteer import SY.txt alternateNamesV2.txt
  sitrep gazetteer import checkpoints.csv --db team.db`,
    )
    .action(async (files: string[], options: { db: string; replace?: boolean }) => {
      const admin1Codes = loadGazetteer().admin1Codes;
      for (const file of files) {
        try {
          const report = await importGazetteerFile(options.db, file, {
            admin1Codes,
            replace: options.replace ?? false,
          });
          await write(
            io.stdout,
            `${file}: imported ${report.rows} ${report.kind === 'alternate-names' ? 'names' : 'places'} (${report.kind}) into ${options.db} in ${report.ms} ms\n`,
          );
        } catch (error) {
          const message = error instanceof GazetteerImportError ? error.message : `${file}: ${String(error)}`;
          await write(io.stderr, `sitrep: ${message}\n`);
          state.exitCode = 1;
        }
      }
    });

  gazetteer
    .command('lookup')
    .description('show the candidates for a place name, with scores')
    .argument('<name>', 'the name as written, e.g. "Marat an Noman"')
    .option('--gazetteer <path>', 'a user index to search besides the built-in gazetteer')
    .option('--limit <n>', 'how many candidates to show', '10')
    .option('--json', 'print JSON')
    .action(async (name: string, options: { gazetteer?: string; limit: string; json?: boolean }) => {
      const ranked = rankCandidates(name, openGazetteer(options.gazetteer));
      const limit = Number(options.limit) || 10;
      if (options.json) {
        await write(io.stdout, `${JSON.stringify(ranked.slice(0, limit), null, 2)}\n`);
        return;
      }
      if (ranked.length === 0) {
        await write(io.stdout, `no candidates for "${name}"\n`);
        return;
      }
      await write(
        io.stdout,
        `${ranked.length} candidate(s) for "${name}" (score = 2 x name similarity + prior)\n`,
      );
      for (const r of ranked.slice(0, limit)) {
        const p = r.place;
        await write(
          io.stdout,
          `${r.score.toFixed(2)}  ${(r.share * 100).toFixed(0).padStart(3)}%  ${p.name} [${p.feature}] ${p.country ?? '--'}${p.admin1 ? `, ${p.admin1}` : ''}  ${p.lat}, ${p.lon}  ${p.id}  matched "${r.matched}" (${r.how}, similarity ${r.similarity.toFixed(2)}, population ${p.population})\n`,
        );
      }
    });
}
