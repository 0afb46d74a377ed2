// The pages of `bench flow`: every HTML page of the extraction and date sets (zyte, trafilatura,
// htmldate), and the Timeline17 articles as text pages, written out as the files a user would hand
// to `newsline ingest` (.html files, one .jsonl per Timeline17 collection with its publication dates).
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The sets whose HTML pages the flow reads, each a folder `<set>/html` of `.html.gz` (or `.html`) files. */
export const HTML_SETS = ['zyte', 'trafilatura', 'htmldate'];

export interface FlowInput {
  htmlPages: number;
  textPages: number;
  bytes: number;
}

interface T17Article {
  uid: string;
  dct?: string;
  text: string;
}

function htmlFiles(root: string, set: string): string[] {
  const dir = join(root, set, 'html');
  if (!existsSync(dir)) throw new Error(`no HTML pages at ${dir}`);
  return readdirSync(dir)
    .filter((n) => /\.html?(\.gz)?$/i.test(n))
    .sort()
    .map((n) => join(dir, n));
}

function t17Collections(root: string): string[] {
  const dir = join(root, 't17');
  if (!existsSync(dir)) throw new Error(`no Timeline17 collections at ${dir}`);
  return readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'articles.json.gz')))
    .sort()
    .map((n) => join(dir, n));
}

/**
 * A copy that is another page to the program: its own address, numbers moved and a line of its
 * own, as a republished or updated page would be. Round 0 is the page as it is.
 */
export function alterText(text: string, round: number): string {
  if (round === 0) return text;
  return text.replace(/\d+/g, (d) => (d.length >= 4 ? d : String((Number(d) + round) % 10 ** d.length).padStart(d.length, '0'))) + `\n\nUpdate ${round}: this report was revised.\n`;
}

function alterHtml(html: string, round: number): string {
  if (round === 0) return html;
  // Canonical links dropped: kept, every altered copy would name the original's address and be taken as known.
  const body = html.replace(/<link\b[^>]*rel=["']?canonical[^>]*>|<meta\b[^>]*og:url[^>]*>/gi, '');
  const altered = body.replace(/>([^<]+)</g, (_, t: string) => `>${t.replace(/\b\d{1,3}\b/g, (d) => String((Number(d) + round) % 1000))}<`);
  return /<\/body>/i.test(altered) ? altered.replace(/<\/body>/i, `<p>Update ${round}: this report was revised.</p></body>`) : `${altered}<p>Update ${round}: this report was revised.</p>`;
}

/**
 * Writes `rounds` rounds of every page under `out` (round r in `out/r<r>`), each round's pages
 * altered as `alterText` says, and returns what the first round holds. `limit` keeps that many
 * pages of each kind (for quick runs).
 */
export function writeFlowPages(root: string, out: string, rounds: number, limit?: number): FlowInput {
  const html = HTML_SETS.flatMap((set) => htmlFiles(root, set).map((file) => ({ set, file })));
  const htmlKept = limit ? html.slice(0, limit) : html;
  const collections = t17Collections(root).map((dir) => ({ name: dir.split('/').pop()!, articles: JSON.parse(gunzipSync(readFileSync(join(dir, 'articles.json.gz'))).toString('utf8')) as T17Article[] }));
  let textLeft = limit ?? Infinity;
  const input: FlowInput = { htmlPages: 0, textPages: 0, bytes: 0 };
  for (let r = 0; r < rounds; r++) {
    const dir = join(out, `r${r}`);
    mkdirSync(dir, { recursive: true });
    for (const { set, file } of htmlKept) {
      const raw = readFileSync(file);
      const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw;
      // Bytes, not text: the page's own charset is for the ingest to find. Altered rounds go through latin1,
      // which keeps every byte and changes only ASCII digits and markup.
      const page = r === 0 ? bytes : Buffer.from(alterHtml(bytes.toString('latin1'), r), 'latin1');
      const name = file.split('/').pop()!.replace(/\.gz$/, '');
      writeFileSync(join(dir, `${set}-${name}`), page);
      if (r === 0) {
        input.htmlPages++;
        input.bytes += page.length;
      }
    }
    let left = textLeft;
    for (const c of collections) {
      const lines: string[] = [];
      for (const a of c.articles) {
        if (left-- <= 0) break;
        const text = alterText(a.text, r);
        lines.push(JSON.stringify({ url: `https://t17.example/${c.name}/${a.uid}${r ? `?r=${r}` : ''}`, published: a.dct, text }));
        if (r === 0) {
          input.textPages++;
          input.bytes += Buffer.byteLength(text);
        }
      }
      if (lines.length) writeFileSync(join(dir, `t17-${c.name}.jsonl`), lines.join('\n') + '\n');
    }
    if (r === 0) textLeft = input.textPages;
  }
  return input;
}
