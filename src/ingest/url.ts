// URL normalisation for deduplication: one article is one page however it was reached
// (http or https, www or not, a trailing slash, tracking parameters, AMP and mobile variants).

/** Query parameters that only say how a reader arrived, never which article they read. */
const TRACKING_PARAMS: RegExp[] = [
  /^utm_/i, /^fbclid$/i, /^gclid$/i, /^dclid$/i, /^msclkid$/i, /^mc_(cid|eid)$/i, /^yclid$/i, /^igshid$/i,
  /^_ga$/i, /^_gl$/i, /^ref$/i, /^ref_src$/i, /^ref_url$/i, /^referrer$/i, /^source$/i, /^src$/i,
  /^cmpid$/i, /^ocid$/i, /^ito$/i, /^smid$/i, /^share$/i, /^s_cid$/i, /^ns_(campaign|mchannel|source|linkname|fee)$/i,
  /^amp$/i, /^outputtype$/i, /^__twitter_impression$/i, /^at_(medium|campaign|custom\d)$/i,
];

/** Host prefixes of the mobile and AMP copies of a site. */
const VARIANT_HOST_PREFIXES = ['www.', 'm.', 'mobile.', 'amp.'];

/** Path pieces that mark an AMP copy of an article: /amp/story, /story/amp, /story.amp.html, /amp */
const AMP_PATH_RULES: [RegExp, string][] = [
  [/^\/amp(\/|$)/i, '/'],
  [/\/amp\/?$/i, '/'],
  [/\.amp(\.html?)?$/i, '$1'],
  [/\/amp\//i, '/'],
];

export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

function stripHost(host: string): string {
  let h = host.toLowerCase().replace(/\.$/, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of VARIANT_HOST_PREFIXES) {
      if (h.startsWith(p) && h.split('.').length > 2) {
        h = h.slice(p.length);
        changed = true;
      }
    }
  }
  return h;
}

/**
 * The key under which a URL is deduplicated. Not a URL to fetch (the scheme is dropped and the
 * host stripped of www/m/amp), only a name: two URLs of one article get the same key.
 */
export function normalizeUrl(raw: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return raw.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;
  const host = stripHost(url.hostname);
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  let path = decodeSafe(url.pathname).replace(/\/{2,}/g, '/');
  for (const [pattern, replacement] of AMP_PATH_RULES) path = path.replace(pattern, replacement);
  path = path.replace(/\/(index|default)\.(html?|php|aspx?)$/i, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  if (!path) path = '/';
  const kept = [...url.searchParams].filter(([k]) => !TRACKING_PARAMS.some((re) => re.test(k)));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = kept.length ? '?' + new URLSearchParams(kept).toString() : '';
  return `${host}${port}${path}${query}`;
}

function decodeSafe(path: string): string {
  try {
    // Re-encode so %7E and ~ are one spelling, while spaces and non-ASCII stay escaped.
    return encodeURI(decodeURI(path));
  } catch {
    return path;
  }
}

/** The host a URL names, lower-cased and without www, for host filters. */
export function urlHost(raw: string): string {
  try {
    return stripHost(new URL(raw).hostname);
  } catch {
    return '';
  }
}

/** Whether a host filter entry ('example.com') covers a host ('news.example.com'). */
export function hostMatches(host: string, filter: string): boolean {
  const f = stripHost(filter.replace(/^https?:\/\//i, '').replace(/\/.*$/, ''));
  const h = stripHost(host);
  return h === f || h.endsWith('.' + f);
}

/** The page's own statement of its address: <link rel="canonical">, else og:url. Only the head is read. */
export function canonicalUrl(html: string, base?: string): string | undefined {
  const head = html.slice(0, 64 * 1024);
  const rules: RegExp[] = [
    /<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>/i,
    /<meta\b[^>]*\bproperty\s*=\s*["']og:url["'][^>]*>/i,
  ];
  for (const rule of rules) {
    const tag = rule.exec(head)?.[0];
    const value = tag && /\b(?:href|content)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (!value) continue;
    try {
      const url = new URL(value.replace(/&amp;/g, '&'), base);
      // A canonical pointing at the site's front page is a template mistake, not this article's address.
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.pathname.replace(/\/+$/, '') !== '') return url.href;
    } catch {
      // an unusable canonical says nothing
    }
  }
  return undefined;
}

/** Every normalised URL a page is known by: where it was read and where it says it lives. */
export function pageUrlKeys(page: { url?: string; kind: string; content: string }): string[] {
  const keys = new Set<string>();
  if (page.url && isHttpUrl(page.url)) keys.add(normalizeUrl(page.url));
  if (page.kind === 'html') {
    const canonical = canonicalUrl(page.content, page.url && isHttpUrl(page.url) ? page.url : undefined);
    if (canonical) keys.add(normalizeUrl(canonical));
  }
  return [...keys];
}
