// Actor recognition: the spellings of our alias table (data/actors.json), plus actors the text itself
// defines ('the Free Tribal Council (FTC)', 'the Wagner group'), each merged under one id.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Actor, Mention } from '../../model.js';

/** How far up from this module to look for data/actors.json (src/analyze/entities and dist/src/analyze/entities). */
const MAX_LEVELS_UP = 6;
/** Acronyms this short ('IS', 'UN') are also ordinary words in shouted text, where they are not taken. */
const SHORT_ACRONYM_LENGTH = 3;
/** Confidence by how an actor was found. */
const CONFIDENCE = { name: 0.95, acronym: 0.9, shortAcronym: 0.8, defined: 0.75, groupPattern: 0.6 } as const;
/** Lowercase words allowed inside an expansion written before its acronym ('Syrian Observatory for Human Rights (SOHR)'). */
const EXPANSION_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', 'al', 'el']);
/** Capitalised words that do not name a group in 'the X group' ('the Militant group' in a headline). */
const NOT_GROUP_NAMES: ReadonlySet<string> = new Set(['militant', 'terrorist', 'rebel', 'armed', 'extremist', 'jihadist', 'islamist', 'same', 'whole', 'new', 'main', 'other', 'largest', 'insurgent']);

const ActorSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a lowercase slug such as islamic-state'),
  name: z.string().min(1),
  type: z.string().min(1),
  aliases: z.array(z.string().min(1)),
});
const TableSchema = z.object({ about: z.string().optional(), actors: z.array(ActorSchema) });

export interface ActorMatch {
  start: number;
  end: number;
  actorId: string;
  confidence: number;
}

export interface ActorTable {
  actors: Actor[];
  byId(id: string): Actor | undefined;
  /** Every non-overlapping alias occurrence in `text`, longest first where they compete. */
  match(text: string): ActorMatch[];
}

/** Straight apostrophes and single spaces, so that the text's typography does not matter. */
function normaliseAlias(alias: string): string {
  return alias.replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();
}

/** An alias written without lowercase letters is an acronym and matches only in capitals. */
function isAcronym(alias: string): boolean {
  return !/\p{Ll}/u.test(alias) && /\p{Lu}/u.test(alias);
}

function escapeForPattern(alias: string): string {
  return normaliseAlias(alias)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+')
    .replace(/'/g, "['’‘]");
}

function patternKey(matched: string): string {
  return normaliseAlias(matched).toLowerCase();
}

export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const isShouted = (word: string | undefined): boolean => word !== undefined && word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word);

/** True when a neighbouring word is in capitals too, as in a shouted headline where 'IS' is the verb. */
function inShoutedText(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^[^\p{L}]*(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1];
  return isShouted(before) && isShouted(after);
}

/** A compiled set of aliases: one regex per case mode, longest alias first so alternation prefers it. */
class AliasMatcher {
  private readonly acronyms = new Map<string, string>();
  private readonly names = new Map<string, { actorId: string; needsCapital: boolean }>();
  private readonly acronymPattern: RegExp | null;
  private readonly namePattern: RegExp | null;

  constructor(aliases: ReadonlyArray<{ alias: string; actorId: string }>) {
    const acronymAliases: string[] = [];
    const nameAliases: string[] = [];
    for (const { alias, actorId } of aliases) {
      const clean = normaliseAlias(alias);
      if (isAcronym(clean)) {
        this.acronyms.set(clean, actorId);
        acronymAliases.push(clean);
      } else {
        const key = clean.toLowerCase();
        const needsCapital = /^\p{Lu}/u.test(clean);
        const had = this.names.get(key);
        this.names.set(key, { actorId, needsCapital: had && had.actorId === actorId ? had.needsCapital && needsCapital : needsCapital });
        nameAliases.push(clean);
      }
    }
    this.acronymPattern = AliasMatcher.compile(acronymAliases, 'gu');
    this.namePattern = AliasMatcher.compile(nameAliases, 'giu');
  }

  private static compile(aliases: string[], flags: string): RegExp | null {
    if (aliases.length === 0) return null;
    const sorted = [...new Set(aliases)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeForPattern).join('|')})(?![\\p{L}\\p{N}])`, flags);
  }

  /** All occurrences, possibly overlapping between the two modes. */
  find(text: string): ActorMatch[] {
    const found: ActorMatch[] = [];
    if (this.acronymPattern) {
      for (const m of text.matchAll(this.acronymPattern)) {
        const actorId = this.acronyms.get(normaliseAlias(m[0]).replace(/['’‘]/g, "'"));
        const end = m.index + m[0].length;
        if (actorId === undefined) continue;
        const short = m[0].replace(/[^\p{Lu}]/gu, '').length <= SHORT_ACRONYM_LENGTH;
        if (short && inShoutedText(text, m.index, end)) continue;
        found.push({ start: m.index, end, actorId, confidence: short ? CONFIDENCE.shortAcronym : CONFIDENCE.acronym });
      }
    }
    if (this.namePattern) {
      for (const m of text.matchAll(this.namePattern)) {
        const entry = this.names.get(patternKey(m[0]));
        if (entry === undefined) continue;
        if (entry.needsCapital && !/^\p{Lu}/u.test(m[0])) continue;
        found.push({ start: m.index, end: m.index + m[0].length, actorId: entry.actorId, confidence: CONFIDENCE.name });
      }
    }
    return found;
  }
}

/** Keep the longest of overlapping matches (earlier first on ties), in text order. */
function nonOverlapping(matches: ActorMatch[]): ActorMatch[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || b.confidence - a.confidence);
  const kept: ActorMatch[] = [];
  for (const m of sorted) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

function findTableFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i <= MAX_LEVELS_UP; i++) {
    const candidate = join(dir, 'data', 'actors.json');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`data/actors.json not found above ${dirname(fileURLToPath(import.meta.url))}`);
}

function readTable(path: string): Actor[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read actor table ${path}: ${(err as Error).message}`);
  }
  const parsed = TableSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid actor table ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.actors.map((a) => ({ ...a, aliases: [...a.aliases] }));
}

/** Merge tables in order: a later entry with a known id adds aliases and takes over name and type. */
function mergeTables(tables: Actor[][]): Actor[] {
  const byId = new Map<string, Actor>();
  for (const table of tables) {
    for (const actor of table) {
      const had = byId.get(actor.id);
      if (had === undefined) byId.set(actor.id, { ...actor, aliases: [...new Set([actor.name, ...actor.aliases])] });
      else byId.set(actor.id, { ...actor, aliases: [...new Set([...had.aliases, actor.name, ...actor.aliases])] });
    }
  }
  return [...byId.values()];
}

/** Build a table from actors directly (tests, or callers with their own source). */
export function makeActorTable(actors: Actor[]): ActorTable {
  const byId = new Map(actors.map((a) => [a.id, a]));
  // Later actors win an alias claimed twice: extra tables are merged after ours and may reassign.
  const owner = new Map<string, string>();
  for (const actor of actors) for (const alias of actor.aliases) owner.set(normaliseAlias(alias), actor.id);
  const matcher = new AliasMatcher([...owner].map(([alias, actorId]) => ({ alias, actorId })));
  return { actors, byId: (id) => byId.get(id), match: (text) => nonOverlapping(matcher.find(text)) };
}

/** Our table (data/actors.json, found by walking up from this module) merged with any extra tables. */
export function loadActorTable(extraPaths: string[] = []): ActorTable {
  const tables = [readTable(findTableFile()), ...extraPaths.map((p) => readTable(resolve(p)))];
  return makeActorTable(mergeTables(tables));
}

/** An actor the article defines for itself, with the spellings it uses for it. */
interface Definition {
  actor: Actor;
  confidence: number;
}

/** A rule that finds actors the table does not know, given the text and the table's matches. */
interface DefinitionRule {
  name: string;
  find(text: string, known: ActorMatch[], table: ActorTable): Definition[];
}

const overlapsAny = (start: number, end: number, matches: ActorMatch[]) => matches.some((m) => start < m.end && m.start < end);

/** The words right before `at` that an acronym abbreviates: capitalised words and connectors, initials matching. */
function expansionBefore(text: string, at: number, acronym: string): { start: number; end: number } | null {
  const words = [...text.slice(Math.max(0, at - 200), at).matchAll(/[\p{L}'’-]+/gu)];
  const offset = Math.max(0, at - 200);
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const picked: RegExpMatchArray[] = [];
  let capitals = 0;
  for (let i = words.length - 1; i >= 0 && capitals < letters.length; i--) {
    const w = words[i][0];
    const gap = text.slice(offset + words[i].index! + w.length, i === words.length - 1 ? at : offset + words[i + 1].index!);
    if (!/^\s*$/.test(gap)) break;
    if (/^\p{Lu}/u.test(w)) capitals++;
    else if (!EXPANSION_CONNECTORS.has(w.toLowerCase())) break;
    picked.unshift(words[i]);
  }
  while (picked.length > 0 && !/^\p{Lu}/u.test(picked[0][0])) picked.shift();
  const initials = picked.filter((w) => /^\p{Lu}/u.test(w[0])).map((w) => w[0][0]).join('');
  if (picked.length === 0 || initials.toUpperCase() !== letters.toUpperCase()) return null;
  const last = picked[picked.length - 1];
  return { start: offset + picked[0].index!, end: offset + last.index! + last[0].length };
}

const DEFINITION_RULES: DefinitionRule[] = [
  {
    // 'the Free Tribal Council (FTC)': the acronym joins the expansion; a known expansion teaches its acronym.
    name: 'expansion-then-acronym',
    find(text, known, table) {
      const out: Definition[] = [];
      for (const m of text.matchAll(/\((\p{Lu}[\p{Lu}&-]{1,7})\)/gu)) {
        const acronym = m[1];
        const open = m.index;
        if (overlapsAny(open + 1, open + 1 + acronym.length, known)) continue;
        const expansion = expansionBefore(text, open, acronym);
        if (expansion === null) continue;
        const name = text.slice(expansion.start, expansion.end).replace(/\s+/g, ' ');
        const knownHere = known.find((k) => k.end === expansion.end && k.start <= expansion.start + 4);
        const base = knownHere ? table.byId(knownHere.actorId) : undefined;
        const actor: Actor = base
          ? { ...base, aliases: [...base.aliases, acronym] }
          : { id: slugify(name), name, type: 'other', aliases: [name, acronym] };
        out.push({ actor, confidence: CONFIDENCE.defined });
      }
      return out;
    },
  },
  {
    // 'the Jaish al-Tawhid group': a capitalised name the writer calls a group.
    name: 'the-named-group',
    find(text, known) {
      const out: Definition[] = [];
      for (const m of text.matchAll(/\bthe ((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:al|el|ad|as|ash|at|az|ez)[-\s])?){1,3})group\b/gu)) {
        const nameText = m[1].trim();
        const start = m.index + 4;
        const end = start + m[1].length + 'group'.length;
        if (overlapsAny(start, end, known)) continue;
        const firstWord = nameText.split(/[\s-]/)[0].toLowerCase();
        if (NOT_GROUP_NAMES.has(firstWord)) continue;
        const name = `${nameText} group`;
        out.push({ actor: { id: slugify(nameText), name: nameText, type: 'armed-group', aliases: [name] }, confidence: CONFIDENCE.groupPattern });
      }
      return out;
    },
  },
];

/**
 * The id an actor has everywhere outside its table (mentions, events, stories, the API, exports):
 * 'actor:<slug>', as places are 'geonames:<id>'. Ids already in that form are returned as they are.
 */
export function actorEntityId(id: string): string {
  return id.startsWith('actor:') ? id : `actor:${id}`;
}

/** Find the actors an article's text mentions. Offsets point into `text`; entityId is 'actor:<id>'; actors keep their table's bare ids. */
export function findActors(text: string, table: ActorTable): { mentions: Mention[]; actors: Actor[] } {
  const known = table.match(text);
  const defined = new Map<string, Definition>();
  for (const rule of DEFINITION_RULES) {
    for (const d of rule.find(text, known, table)) {
      const had = defined.get(d.actor.id);
      if (had) had.actor.aliases = [...new Set([...had.actor.aliases, ...d.actor.aliases])];
      else defined.set(d.actor.id, { actor: { ...d.actor, aliases: [...d.actor.aliases] }, confidence: d.confidence });
    }
  }
  let matches = known;
  if (defined.size > 0) {
    // Aliases the text taught us: only the new spellings (acronyms, ad-hoc names) are matched again.
    const newAliases: { alias: string; actorId: string }[] = [];
    for (const { actor } of defined.values()) {
      const base = table.byId(actor.id);
      for (const alias of actor.aliases) if (!base?.aliases.includes(alias)) newAliases.push({ alias, actorId: actor.id });
    }
    const confidenceOf = (id: string) => defined.get(id)?.confidence ?? CONFIDENCE.defined;
    const learned = new AliasMatcher(newAliases).find(text).map((m) => ({ ...m, confidence: confidenceOf(m.actorId) }));
    matches = nonOverlapping([...known, ...learned]);
  }

  const mentions: Mention[] = matches.map((m) => ({
    kind: 'actor',
    text: text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    entityId: actorEntityId(m.actorId),
    confidence: m.confidence,
  }));
  const actors: Actor[] = [];
  for (const m of matches) {
    if (actors.some((a) => a.id === m.actorId)) continue;
    const actor = table.byId(m.actorId) ?? defined.get(m.actorId)?.actor;
    if (actor) actors.push(actor);
  }
  return { mentions, actors };
}
