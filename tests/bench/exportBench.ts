/**
 * Issues 6 and 10's export benchmark: a 10-item and a 60-item (≈100-page) meeting to PDF, both
 * passes, the furniture overlay and the metadata, median of 5; warm (the renderer's browser
 * already running) and cold (a fresh process: Node, the core, the browser's start, the export).
 * Next to it, in the same run, what a referent does today: the same content as DOCX converted
 * to PDF by LibreOffice (`soffice --headless --convert-to pdf`), skipped with a note when
 * LibreOffice is not installed. Also how soon the first progress event arrives.
 *
 * Run as `npm run bench -- export`; this file is also its own cold child
 * (`node --import tsx tests/bench/exportBench.ts --cold-child N`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../src-main/core/createCore';
import type { ExportProgress, ExportStage } from '../../src-main/shared/export/types';
import { generateMeeting } from '../support/generateMeeting';
import { makeTempDir } from '../support/tempDir';
import { median, report } from './stats';

const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 5);
const SIZES = [10, 60];
const round = (x: number) => Math.round(x * 10) / 10;

/** One export in a fresh process; prints {ms, pages} (ms from before createCore to the bytes). */
async function coldChild(items: number): Promise<void> {
  const dir = makeTempDir('referent-bench-cold-');
  const t0 = performance.now();
  const core = createCore({ dataDir: dir.path, backups: false });
  const { id } = core.services.meetings.importFile({ fileName: 'b.json', text: JSON.stringify(generateMeeting({ items })) });
  const r = await core.call('export.pdf', { meetingId: id, variant: 'minutes' });
  const ms = performance.now() - t0;
  process.stdout.write(`${JSON.stringify({ ms, pages: r.status === 'exported' ? r.pages : null })}\n`);
  core.close();
  dir.remove();
}

function cold(items: number): { exportMs: number; processMs: number; pages: number } {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'tests/bench/exportBench.ts', '--cold-child', String(items)], { encoding: 'utf8' });
  const processMs = performance.now() - t0;
  if (child.status !== 0) throw new Error(`cold child failed: ${child.stderr}`);
  const line = child.stdout.trim().split('\n').at(-1)!;
  const { ms, pages } = JSON.parse(line) as { ms: number; pages: number };
  return { exportMs: ms, processMs, pages };
}

/**
 * The whole `referent export ID --format pdf` process, as a referent or an archive job runs it:
 * Node's start, the bundled CLI (out/cli/referent.cjs, built by the bench), the core on a data
 * folder holding the meeting, Chromium's start, the export, the file written, Chromium ended.
 */
function cliProcess(dataDir: string, meetingId: string, out: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['out/cli/referent.cjs', 'export', meetingId, '--format', 'pdf', '--out', out, '--data-dir', dataDir], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`referent export failed: ${r.stderr}`);
  return ms;
}

function libreOfficeAvailable(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

export async function exportBench(): Promise<void> {
  execFileSync(process.execPath, ['scripts/buildMain.mjs'], { stdio: 'pipe' });
  const dir = makeTempDir('referent-bench-export-');
  const dataDir = join(dir.path, 'data');
  const core = createCore({ dataDir, backups: false });
  const stageTimes: Array<{ stage: ExportStage; at: number; exportId: string }> = [];
  core.on('export.progress', (e: ExportProgress) => stageTimes.push({ stage: e.stage, at: performance.now(), exportId: e.exportId }));
  const hasLo = libreOfficeAvailable();
  if (!hasLo) console.log('export bench: soffice is not installed (Debian: libreoffice-writer-nogui); the LibreOffice baseline is skipped.');
  const results: Record<string, unknown> = {};
  try {
    for (const items of SIZES) {
      const { id } = core.services.meetings.importFile({ fileName: `m${items}.json`, text: JSON.stringify(generateMeeting({ items, seed: items })) });
      // Warm: the first export starts the browser and is not counted.
      await core.call('export.pdf', { meetingId: id, variant: 'minutes' });
      const warm: number[] = [];
      const firstEvent: number[] = [];
      let pages = 0;
      for (let i = 0; i < RUNS; i++) {
        const exportId = `w${items}-${i}`;
        const t0 = performance.now();
        const r = await core.call('export.pdf', { meetingId: id, variant: 'minutes', exportId });
        warm.push(performance.now() - t0);
        firstEvent.push(stageTimes.find((s) => s.exportId === exportId)!.at - t0);
        if (r.status === 'exported') pages = r.pages!;
      }
      const stageMedians = stageBreakdown(stageTimes.filter((s) => s.exportId.startsWith(`w${items}-`)));
      const colds = Array.from({ length: RUNS }, () => cold(items));
      // The CLI reads the same data folder (WAL: the open core's import is visible to it).
      const cliRuns = Array.from({ length: RUNS }, (_, i) => cliProcess(dataDir, id, join(dir.path, `cli-${items}-${i}.pdf`)));

      let libreOffice: Record<string, number | string> = { skipped: 'soffice not installed' };
      if (hasLo) {
        const lo: number[] = [];
        // One LibreOffice profile, made by a first conversion that is not counted (a referent's
        // LibreOffice has its profile already); then a fresh soffice process for each file.
        for (let i = -1; i < RUNS; i++) {
          const t0 = performance.now();
          const d = await core.call('export.docx', { meetingId: id, variant: 'minutes' });
          const file = join(dir.path, `m${items}-${i}.docx`);
          if (d.status === 'exported') writeFileSync(file, Buffer.from(d.dataBase64, 'base64'));
          // A fresh soffice each time, as when a referent opens the file and saves it as PDF.
          execFileSync('soffice', [`-env:UserInstallation=file://${join(dir.path, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir.path, file], { stdio: 'pipe' });
          if (i >= 0) lo.push(performance.now() - t0);
        }
        libreOffice = { medianMs: Math.round(median(lo)), runs: lo.length };
      }
      const warmMs = median(warm);
      const coldMs = median(colds.map((c) => c.exportMs));
      results[`${items} items`] = {
        pages,
        warm: { medianMs: Math.round(warmMs), msPerPage: round(warmMs / pages), runs: warm.map(Math.round) },
        cold: { medianMs: Math.round(coldMs), msPerPage: round(coldMs / pages), processMedianMs: Math.round(median(colds.map((c) => c.processMs))) },
        cliProcess: { medianMs: Math.round(median(cliRuns)), runs: cliRuns.map(Math.round) },
        firstProgressEventMs: round(median(firstEvent)),
        warmStagesMs: stageMedians,
        libreOffice,
        ...(typeof libreOffice.medianMs === 'number'
          ? { speedupOverLibreOffice: { warm: round(libreOffice.medianMs / warmMs), cold: round(libreOffice.medianMs / coldMs), cliProcess: round(libreOffice.medianMs / median(cliRuns)) } }
          : {}),
      };
    }
    report('export-pdf', {
      unit: 'ms',
      runs: RUNS,
      results,
      targets: { '60 items warm': '≤ 2000 ms', '60 items cold': '≤ 4000 ms', '10 items warm': '≤ 500 ms', firstProgressEvent: '≤ 100 ms', libreOffice: 'slower than ours' },
      note:
        'cold = a fresh Node process: createCore, import, browser start and the export (processMedianMs adds Node and tsx start-up); ' +
        'cliProcess = the whole `referent export ID --format pdf --out FILE` process (bundled CLI) on a data folder holding the meeting, ' +
        'the one to hold against LibreOffice, which is our DOCX export plus a whole soffice process',
    });
  } finally {
    core.close();
    dir.remove();
  }
}

/** Median time spent in each stage (from one progress event to the next). */
function stageBreakdown(events: Array<{ stage: ExportStage; at: number; exportId: string }>): Record<string, number> {
  const spans = new Map<string, number[]>();
  const byExport = new Map<string, typeof events>();
  for (const e of events) byExport.set(e.exportId, [...(byExport.get(e.exportId) ?? []), e]);
  for (const list of byExport.values()) {
    list.forEach((e, i) => {
      const next = list[i + 1];
      if (next) spans.set(e.stage, [...(spans.get(e.stage) ?? []), next.at - e.at]);
    });
  }
  return Object.fromEntries([...spans].map(([stage, xs]) => [stage, Math.round(median(xs))]));
}

if (process.argv.includes('--cold-child')) {
  await coldChild(Number(process.argv[process.argv.indexOf('--cold-child') + 1]));
}
