// Escaping and date formatting shared by the Markdown and HTML exports.
// Everything that comes from a page is untrusted: these helpers are the only way page text
// reaches an output, so a page can never produce a tag, an attribute, a link or a URL.

import type { Granularity } from '../model.js';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe for HTML text and for quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

// The backslash comes first so the escapes added below are not escaped again.
const MARKDOWN_SIGNIFICANT = /[\\|*_`[\]<>]/g;

/**
 * Escapes text for inline Markdown (a bullet, a table cell, a heading): no emphasis, code,
 * link, raw HTML or table cell can come out of it. Line breaks collapse to spaces because a
 * newline would end a table row or a list item. Bare 'scheme://' and 'www.' are broken with an
 * escape too, because GitHub-flavoured renderers turn them into links on their own.
 */
export function escapeMarkdown(s: string): string {
  return String(s)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(MARKDOWN_SIGNIFICANT, (c) => '\\' + c)
    .replace(/:\/\//g, '\\:\\/\\/')
    .replace(/\b(www)\./gi, '$1\\.');
}

function monthName(month: string): string | null {
  const n = Number(month);
  return Number.isInteger(n) && n >= 1 && n <= 12 ? MONTH_NAMES[n - 1] : null;
}

/** ISO 8601 week number of a 'YYYY-Www' value, as 'week 42, 2017'. */
function formatWeek(value: string): string | null {
  const m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) return `week ${Number(m[2])}, ${m[1]}`;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return day ? `week of ${day[1]}` : null;
}

// TimeML's season codes (2017-SU), as a reader names them.
const SEASON_NAMES: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

/**
 * A TIMEX3-style value rendered as precisely as its granularity says:
 * '2017-10-16' day → '2017-10-16'; '2017-09' month → 'September 2017'; '2017' year → '2017'.
 * A value finer than its granularity is cut down to it ('2017-10-16' as month → 'October 2017');
 * a value that cannot be read is returned as it is rather than guessed at.
 */
export function formatDate(value: string, granularity: Granularity): string {
  const v = String(value);
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?/.exec(v);
  switch (granularity) {
    case 'time':
      if (parts?.[4]) return `${parts[1]}-${parts[2]}-${parts[3]} ${parts[4]}`;
      if (parts?.[3]) return `${parts[1]}-${parts[2]}-${parts[3]}`;
      return v;
    case 'day':
      return parts?.[3] ? `${parts[1]}-${parts[2]}-${parts[3]}` : v;
    case 'week':
      return formatWeek(v) ?? v;
    case 'month': {
      const name = parts?.[2] ? monthName(parts[2]) : null;
      return name ? `${name} ${parts![1]}` : parts?.[1] ?? v;
    }
    case 'quarter': {
      const q = /^(\d{4})-Q([1-4])$/.exec(v);
      return q ? `Q${q[2]} ${q[1]}` : v;
    }
    case 'season': {
      const s = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
      return s ? `${SEASON_NAMES[s[2]!]} ${s[1]}` : v;
    }
    case 'year':
      return parts?.[1] ?? v;
    case 'decade': {
      const d = /^(\d{3})/.exec(v);
      return d ? `${d[1]}0s` : v;
    }
    default:
      return v;
  }
}
