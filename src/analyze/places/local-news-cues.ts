// US and Canadian local news seldom names its own country: its marks (phone numbers, sheriffs, RCMP,
// Commonwealth spelling) tell it instead.

/** US local news rarely names its country or state; this many distinct cues of it ('Sheriff', a '555-123-4567'
 *  phone number, a '420 Augusta St.' address) make the United States the article's country. */
export const MIN_US_LOCAL_CUES = 2;

/** Marks of US local news, as ordered named rules; each counts once however often it occurs. */
export const US_LOCAL_CUES: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'phone-number', pattern: /(?<!\d)\(?\d{3}\)?[ .-]\d{3}-\d{4}(?!\d)/ },
  { name: 'street-address', pattern: /\b\d{1,5} (?:[NSEW]\.? )?\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)? (?:St|Ave|Blvd|Rd|Dr|Ln|Street|Avenue|Boulevard|Road|Drive|Lane|Pike)\b/u },
  { name: 'sheriff', pattern: /\bSheriff(?:'s|’s)? (?:Office|Department|Deputy|deputies)|\bsheriff\b/ },
  { name: 'county-body', pattern: /\b\p{Lu}\p{L}+ County (?:Sheriff|Commission|Commissioners|Board|Jail|Court|Schools|School|Circuit|District|Fair|Clerk|Attorney|Coroner)/u },
  { name: 'us-court-or-office', pattern: /\b(?:Circuit Court|District Attorney|Commonwealth(?:'s|’s) Attorney|state attorney general|Board of Supervisors|city council|City Council|school board|School Board)\b/ },
  { name: 'police-department', pattern: /\bPolice Department\b/ },
  { name: 'dollars', pattern: /\$\d/ },
];

/** Marks of Canadian local news: North American phone numbers with Commonwealth spelling, or Canadian forces
 *  and titles. Each counts once; MIN_CANADIAN_LOCAL_CUES distinct ones make Canada the article's country. */
export const CANADIAN_LOCAL_CUES: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'north-american-phone-number', pattern: /(?<!\d)\(?\d{3}\)?[ .-]\d{3}-\d{4}(?!\d)/ },
  { name: 'commonwealth-spelling', pattern: /\b(?:centre|neighbourhood|per cent|colour|favour|labour|honour|theatre|licence|offence)s?\b/i },
  { name: 'police-constable-title', pattern: /\b(?:Const\.|Cst\.|Staff Sgt\.) \p{Lu}/u },
  { name: 'canadian-force-or-office', pattern: /\b(?:RCMP|OPP|MPP|Crown attorney|Mountie)s?\b/ },
];
/** Two marks: a phone number alone is also American, a spelling alone also British. 'MLA' and 'Crown prosecutor' are left out: British, Irish and Indian news use them too. */
export const MIN_CANADIAN_LOCAL_CUES = 2;

/** Whether the article reads as Canadian local news: its marks, and no country other than Canada (or its neighbour) named. */
export function looksLikeCanadianLocalNews(text: string, countries: ReadonlySet<string>): boolean {
  if ([...countries].some((c) => c !== 'CA' && c !== 'US')) return false;
  let cues = 0;
  for (const cue of CANADIAN_LOCAL_CUES) if (cue.pattern.test(text) && ++cues >= MIN_CANADIAN_LOCAL_CUES) return true;
  return false;
}

/** Whether the article reads as US local news; a country other than the US named in it says otherwise. */
export function looksLikeUsLocalNews(text: string, countries: ReadonlySet<string>): boolean {
  if ([...countries].some((c) => c !== 'US')) return false;
  let cues = 0;
  for (const cue of US_LOCAL_CUES) if (cue.pattern.test(text) && ++cues >= MIN_US_LOCAL_CUES) return true;
  return false;
}
