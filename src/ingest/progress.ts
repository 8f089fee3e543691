import cliProgress from 'cli-progress';
import type { IngestProgress, IngestSummary } from './pipeline.js';

const LABELS: Record<IngestProgress['stage'], string> = { read: 'reading   ', process: 'extracting', resolve: 'resolving ' };

/**
 * A progress bar on a terminal (stage, documents/s, ETA), nothing otherwise: a run piped to a
 * file or another program stays quiet until its JSON summary line.
 * @example const bar = progressBar(process.stderr); await ingest(items, store, { onProgress: bar.update }); bar.stop();
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): { update: (p: IngestProgress) => void; stop: () => void } {
  if (!stream.isTTY) return { update: () => undefined, stop: () => undefined };
  let bar: cliProgress.SingleBar | null = null;
  let stage: IngestProgress['stage'] | null = null;
  let started = 0;
  const stop = (): void => {
    bar?.stop();
    bar = null;
  };
  return {
    update: (p) => {
      if (p.stage !== stage) {
        stop();
        stage = p.stage;
        started = performance.now();
        bar = new cliProgress.SingleBar(
          {
            stream,
            // reading: the total is not known in advance, so no ETA
            format: p.stage === 'read' ? `${LABELS[p.stage]} {value} documents | {speed} docs/s` : `${LABELS[p.stage]} [{bar}] {value}/{total} | {speed} docs/s | ETA {eta_formatted}`,
            etaBuffer: 50,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(Math.max(p.total, p.done), p.done, { speed: '0' });
      }
      const seconds = (performance.now() - started) / 1000;
      bar?.setTotal(Math.max(p.total, p.done));
      bar?.update(p.done, { speed: seconds > 0 ? Math.round(p.done / seconds).toString() : '0' });
    },
    stop,
  };
}

/** The end-of-run summary for people (a terminal): one line per count that is not zero. */
export function humanSummary(s: IngestSummary): string {
  const rate = s.seconds > 0 ? Math.round(s.read / s.seconds) : 0;
  const lines = [
    `read ${s.read} documents in ${s.seconds.toFixed(1)} s (${rate}/s): ${s.added} new, ${s.existing} already stored, ${s.skipped} not English`,
    `extracted ${s.processed}${s.failed ? `, ${s.failed} failed` : ''}; resolved ${s.resolved}`,
  ];
  for (const e of s.errors.slice(0, 10)) lines.push(`${e.code}: ${e.message}`);
  if (s.errors.length > 10) lines.push(`… and ${s.errors.length - 10} more problems`);
  return lines.join('\n');
}
