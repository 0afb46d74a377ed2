#!/usr/bin/env -S node --max-old-space-size=1024
// The heap size above is the memory budget of a long ingest (see bench/ingest-warc.ts): told it,
// V8 collects garbage before resident memory passes 1 GB instead of letting it pile up.
// newsline: noisy news pages in, a sourced and dated account of the story out.
import { Command, Option } from 'commander';
import { DEFAULT_DB, UserError } from './context.js';
import { ingestCommand } from './ingest.js';
import { watchCommand } from './watch.js';
import { storiesCommand } from './stories.js';
import { timelineCommand } from './timeline.js';
import { showCommand } from './show.js';
import { exportCommand, reportCommand } from './export.js';
import { extractCommand } from './extract.js';
import { serveCommand } from './serve.js';

// Output piped into `head` and the like may close early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const program = new Command();
program
  .name('newsline')
  .description(
    'Turns a pile of noisy news pages about an unfolding story into clean articles, stories, and a dated timeline ' +
      'in which every line points back to the pages and sentences that report it.\n\n' +
      'Start with "newsline ingest <folder>", then "newsline timeline" or "newsline report --out report.html".',
  )
  .showHelpAfterError();

const dbOption = () => new Option('--db <file>', 'SQLite database file (created on first use; env NEWSLINE_DB)').default(DEFAULT_DB);
const jsonOption = () => new Option('--json', 'print machine-readable JSON');
const int = (v: string) => {
  const n = Number.parseInt(v, 10);
  if (!Number.isFinite(n) || n < 1) throw new UserError(`expected a positive whole number, got '${v}'`);
  return n;
};

program
  .command('ingest')
  .description('read pages (.html, .htm, .txt files, folders of them, .jsonl with one page per line, .warc/.warc.gz archives, URLs, feeds, sitemaps) and update the stories')
  .argument('<paths...>', 'files, folders, WARC files or http(s) URLs (pages, RSS/Atom/JSON feeds, sitemaps)')
  .addOption(dbOption())
  .addOption(jsonOption())
  .option('--actors <file...>', 'extra alias tables of actors (same format as data/actors.json)')
  .option('--url-list <file...>', 'files with one URL per line')
  .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
  .option('--resume', 'pass over what the ingest log says an earlier run of the same command already did')
  .option('--host <host...>', 'WARC and feeds: keep only pages from these hosts')
  .option('--from <date>', 'WARC: keep only records captured on or after this date (YYYY-MM-DD)')
  .option('--to <date>', 'WARC: keep only records captured on or before this date')
  .option('--lang <code...>', 'WARC: keep only pages in these languages (en, fr, ...)')
  .option('--batch <n>', 'WARC and URLs: update the stories after every n new pages (default 200)', int)
  .option('--no-raw', 'do not keep the raw pages in the database (what was extracted from them is kept)')
  .option('--workers <n>', 'threads for the per-page work (default: the machine\'s cores; 1 keeps it on the main thread)', int)
  .action((paths, opts) => ingestCommand(paths, opts));

program
  .command('watch')
  .description('follow feeds (RSS, Atom, JSON Feed, news sitemaps, or pages that announce one): fetch new items and update the stories as they come')
  .argument('<urls...>', 'feed URLs or pages that link to their feeds')
  .addOption(dbOption())
  .option('--every <interval>', 'time between polls (30s, 10m, 1h)', '10m')
  .option('--times <n>', 'stop after n polls', int)
  .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
  .option('--host <host...>', 'keep only articles on these hosts')
  .option('--actors <file...>', 'extra alias tables of actors (same format as data/actors.json)')
  .action((urls, opts) => watchCommand(urls, opts));

program.command('stories').description('list the stories in the database').addOption(dbOption()).addOption(jsonOption()).action((opts) => storiesCommand(opts));

program
  .command('timeline')
  .description('the dated timeline of a story (default: the story with the most pages), with a short summary')
  .argument('[story]', 'story id or id prefix')
  .addOption(dbOption())
  .addOption(jsonOption())
  .option('--dates <n>', 'keep only the n most reported dates', int)
  .option('--per-date <k>', 'keep at most k entries per date', int)
  .option('--limit <n>', 'show the n most significant entries, in date order (default 20)', int)
  .option('--all', 'show every entry')
  .option('--sources', 'list every source sentence under each entry')
  .action((story, opts) => timelineCommand(story, opts));

program
  .command('show')
  .description('one page: metadata with evidence, the clean text, and every dropped line with the reason')
  .argument('<page>', 'page id, id prefix, or the path it was ingested from')
  .addOption(dbOption())
  .addOption(jsonOption())
  .action((page, opts) => showCommand(page, opts));

program
  .command('report')
  .description('write one self-contained HTML file: summary, timeline, places, actors, sources')
  .argument('[story]', 'story id (default: every story)')
  .addOption(dbOption())
  .requiredOption('--out <file>', 'where to write the HTML report')
  .action((story, opts) => reportCommand(story, opts));

program
  .command('export')
  .description('export stories as JSON (the full model), Markdown, HTML, ACLED-style CSV, PLOVER JSONL, GeoJSON or TimelineJS JSON')
  .argument('[story]', 'story id (default: every story)')
  .addOption(dbOption())
  .addOption(new Option('--format <format>', 'output format').choices(['json', 'md', 'markdown', 'html', 'csv-acled', 'csv', 'plover', 'geojson', 'timelinejs']).default('json'))
  .option('--out <file>', 'write to a file instead of standard output')
  .action((story, opts) => exportCommand(story, opts));

program
  .command('extract')
  .description('extract one page (no database): title, date and clean text')
  .argument('<file>', '.html, .htm or .txt file, or an http(s) URL')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
  .action((file, opts) => extractCommand(file, opts));

program
  .command('serve')
  .description('the HTTP API (/openapi.json) and the web UI; uploads need NEWSLINE_TOKEN')
  .addOption(dbOption())
  .option('--port <n>', 'port to listen on', int, 8080)
  .option('--host <address>', 'address to bind (default: localhost only)', '127.0.0.1')
  .option('--private-reads', 'reads need the token too')
  .action((opts) => serveCommand(opts));

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof UserError) {
    process.stderr.write(`newsline: ${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`newsline: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
