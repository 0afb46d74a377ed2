// robots.txt as RFC 9309 reads it: the group for our agent (else '*'), the longest matching rule
// wins, Allow wins a tie, '*' and '$' in paths; Crawl-delay kept as the common extension.

export interface RobotsRules {
  /** Whether a path (with its query) may be fetched. */
  allows(pathAndQuery: string): boolean;
  /** Seconds the site asks between requests, when it says. */
  crawlDelay?: number;
}

interface Rule {
  allow: boolean;
  pattern: string;
  matcher: RegExp;
}

interface Group {
  agents: string[];
  rules: Rule[];
  crawlDelay?: number;
}

function compile(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp('^' + body + (anchored ? '$' : ''));
}

function parseGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (field === 'allow' || field === 'disallow') {
      // An empty Disallow allows everything: it adds no rule.
      if (value) current.rules.push({ allow: field === 'allow', pattern: value, matcher: compile(value) });
    } else if (field === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelay = seconds;
    }
  }
  return groups;
}

function percentNormal(path: string): string {
  try {
    return encodeURI(decodeURI(path));
  } catch {
    return path;
  }
}

/** The rules robots.txt sets for an agent whose product token is `agent` (e.g. 'newsline'). */
export function parseRobots(text: string, agent: string): RobotsRules {
  const groups = parseGroups(text);
  const token = agent.toLowerCase();
  const mine = groups.filter((g) => g.agents.includes(token));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const delays = chosen.map((g) => g.crawlDelay).filter((d): d is number => d !== undefined);
  return {
    allows(pathAndQuery: string): boolean {
      const path = percentNormal(pathAndQuery || '/');
      if (path === '/robots.txt') return true;
      let best: Rule | undefined;
      for (const rule of rules) {
        if (!rule.matcher.test(path)) continue;
        const longer = !best || rule.pattern.length > best.pattern.length;
        const tieAllow = best && rule.pattern.length === best.pattern.length && rule.allow && !best.allow;
        if (longer || tieAllow) best = rule;
      }
      return best ? best.allow : true;
    },
    crawlDelay: delays.length ? Math.max(...delays) : undefined,
  };
}

/** No robots.txt (a 4xx): everything may be fetched. */
export const ALLOW_ALL: RobotsRules = { allows: () => true };
/** robots.txt unreachable (5xx, network failure): RFC 9309 says assume a full disallow. */
export const DISALLOW_ALL: RobotsRules = { allows: (p) => p === '/robots.txt' };
