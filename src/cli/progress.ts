// A progress bar on a terminal; silence when the output is a file or a pipe.
import cliProgress from 'cli-progress';
import type { Progress } from '../pipeline.js';

/** Below this many files a run is over before a bar would help. */
const MIN_FILES_FOR_BAR = 3;

export function progressBar(): { onProgress: Progress; stop: () => void } {
  let bar: cliProgress.SingleBar | undefined;
  const onProgress: Progress = ({ done, total, source }) => {
    if (!process.stderr.isTTY || total < MIN_FILES_FOR_BAR) return;
    if (!bar) {
      bar = new cliProgress.SingleBar(
        { format: 'ingest [{bar}] {value}/{total} files | {file}', stream: process.stderr, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0, { file: '' });
    }
    bar.update(done, { file: source.length > 40 ? '…' + source.slice(-39) : source });
  };
  return { onProgress, stop: () => bar?.stop() };
}
