// One entry point for every benchmark: npm run bench -- <name> [--data <dir>] [--set <set>]
import { parseArgs } from './args.js';

const BENCHMARKS: Record<string, () => Promise<{ run: (argv: ReturnType<typeof parseArgs>) => Promise<void> }>> = {
  seeds: () => import('./seeds.js'),
  'ingest-warc': () => import('./ingest-warc.js'),
  flow: () => import('./flow.js'),
  'extract-html': () => import('./extract-html.js'),
  'extract-text': () => import('./extract-text.js'),
  pubdate: () => import('./pubdate.js'),
  timex: () => import('./timex.js'),
  geo: () => import('./geo.js'),
  tls: () => import('./tls.js'),
  cluster: () => import('./cluster.js'),
  serve: () => import('./serve.js'),
  'event-time': () => import('./event-time.js'),
  factuality: () => import('./factuality.js'),
  'event-type': () => import('./event-type.js'),
  'timeline-xdoc': () => import('./timeline-xdoc.js'),
  'event-coref': () => import('./event-coref.js'),
};

const [name, ...rest] = process.argv.slice(2);
if (!name || !BENCHMARKS[name]) {
  process.stderr.write(`usage: npm run bench -- <name> [--data <dir>] [--set <set>]\nbenchmarks: ${Object.keys(BENCHMARKS).join(', ')}\n`);
  process.exit(2);
}
try {
  const bench = await BENCHMARKS[name]();
  await bench.run(parseArgs(rest));
} catch (err) {
  process.stderr.write(`bench ${name}: ${(err as Error).message}\n`);
  process.exit(1);
}
