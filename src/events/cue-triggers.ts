// What a cue's pattern cannot match without: the first three letters of a word it must begin with.
// Most cues are alternations of words (`\b(?:clash(?:es|ed)?|firefights?|...)`), so a sentence none
// of whose words starts like any of them cannot sound the cue, and the pattern need not run. The
// triggers are read off the pattern's source; a branch we cannot read (a lookbehind, a character
// class, fewer than three literal letters) makes the cue one that always runs. Skipping is only ever
// done where the pattern could not have matched: every result is the same as running every cue.

/**
 * How the words of a text start, as \b and \w see words (ASCII letters, digits, '_'): the first three
 * letters of each longer word, and each word of one or two letters whole.
 */
export function wordStarts(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\w+/g)) out.add(m[0].slice(0, 3));
  return out;
}

/**
 * The structural characters of a regex source from `from` on ('(', ')', '|'), each with the group depth
 * before it: escapes and character classes passed over, so that both readers below see the same structure.
 */
function* structure(source: string, from = 0): Generator<{ at: number; c: string; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(' || c === ')' || c === '|') {
      yield { at: i, c, depth };
      depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    }
  }
}

/** Splits a regex source at its top-level '|' (outside groups and character classes). */
function topLevelBranches(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const { at, c, depth } of structure(source)) {
    if (c === '|' && depth === 0) {
      out.push(source.slice(start, at));
      start = at + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** The end of the group that opens at `open` (the index of its '('). */
function groupEnd(source: string, open: number): number {
  for (const { at, c, depth } of structure(source, open)) if (c === ')' && depth === 1) return at;
  return -1;
}

/** `text` without the zero-width look-arounds it opens with: they consume nothing, so what follows starts where they stand. */
function skipLookarounds(text: string): string | null {
  while (/^\(\?<?[!=]/.test(text)) {
    const end = groupEnd(text, 0);
    if (end < 0) return null;
    text = text.slice(end + 1);
  }
  return text;
}

/**
 * The starts one branch must begin with, or null when it cannot be read: it opens at a word boundary
 * (after any look-arounds), then what altStarts reads.
 */
function branchStarts(branch: string): string[] | null {
  const rest = skipLookarounds(branch);
  if (rest === null || !rest.startsWith('\\b')) return null;
  return altStarts(rest.slice(2));
}

/**
 * The starts of what follows a word boundary: a group of alternatives not made optional, each read
 * with what follows the group; or literal word characters.
 */
function altStarts(text: string): string[] | null {
  const rest = skipLookarounds(text);
  if (rest === null) return null;
  if (rest.startsWith('\\b')) return altStarts(rest.slice(2));
  if (!rest.startsWith('(?:')) {
    const s = literalStart(rest);
    return s === null ? null : [s];
  }
  const end = groupEnd(rest, 0);
  if (end < 0 || /^[?*{]/.test(rest.slice(end + 1))) return null;
  const after = rest.slice(end + 1);
  const starts: string[] = [];
  for (const alt of topLevelBranches(rest.slice(3, end))) {
    const s = altStarts(alt + after);
    if (s === null) return null;
    starts.push(...s);
  }
  return starts;
}

/**
 * The first three letters of a literal run of word characters, each not made optional by what follows;
 * or a whole word of one or two letters, when a literal space or hyphen ends it ('in combat').
 */
function literalStart(text: string): string | null {
  let out = '';
  for (let i = 0; i < text.length && out.length < 3; i++) {
    const c = text[i];
    if (!/\w/.test(c)) return out.length > 0 && /[ -]/.test(c) && !/[?*{]/.test(text[i + 1] ?? '') ? out : null;
    if (/[?*{]/.test(text[i + 1] ?? '')) return null;
    out += c.toLowerCase();
  }
  return out.length === 3 ? out : null;
}

/** A pattern's triggers, or null when it must always run. */
export function patternTriggers(pattern: RegExp): Set<string> | null {
  // With the u or v flag, \b and \w are no longer ASCII's: not read.
  if (/[uv]/.test(pattern.flags)) return null;
  const out = new Set<string>();
  for (const branch of topLevelBranches(pattern.source)) {
    const starts = branchStarts(branch);
    if (starts === null) return null;
    for (const s of starts) out.add(s);
  }
  return out;
}

/** Whether a pattern with these triggers could match a text whose word starts are `starts`. */
export function mayMatch(triggers: Set<string> | null, starts: Set<string>): boolean {
  if (triggers === null) return true;
  for (const t of triggers) if (starts.has(t)) return true;
  return false;
}
