import type { Observation } from './observation.js';

/** An observation placed in an incident. */
export interface Member extends Observation {
  incident: string;
}

/**
 * Candidate lookup for incident matching: what the clusterer asks of the past. The in-memory
 * {@link MemoryIncidentIndex} serves a run and can be rebuilt from the store (`add` every stored
 * member in ingest order); a store may implement it over SQL instead.
 */
export interface IncidentIndex {
  /** Members sharing a term with `terms` (only terms in at most `maxPostings` members), reported within `window` days of `day`. */
  byTerms(terms: readonly string[], day: number | null, window: number, maxPostings: number): Iterable<Member>;
  /** Members of crisis incidents in `country` whose incident's latest day is within `window` days of `day`. */
  crisisIn(country: string, day: number | null, window: number): Iterable<Member>;
  /** The members of one document (to follow a near-duplicate to its original's incident). */
  ofDocument(document: string): readonly Member[];
  /** The members of one incident, in the order they joined. */
  ofIncident(incident: string): readonly Member[];
  /** In how many documents a term occurs (for IDF), and how many documents there are. */
  documentFrequency(term: string): number;
  documentCount(): number;
  /** In how many documents of one site a term occurs, and how many documents the site has. */
  siteFrequency(site: string, term: string): number;
  siteCount(site: string): number;
  add(member: Member): void;
  /** Moves members to another incident (a manual split or merge). */
  move(keys: readonly string[], incident: string): void;
}

/** The day an observation is placed at: its event's date, else its publication date. */
export function dayOf(o: Observation): number | null {
  return o.day ?? o.reportedDay;
}

/** The in-memory {@link IncidentIndex}: inverted term index, per-country crisis lists. */
export class MemoryIncidentIndex implements IncidentIndex {
  private readonly postings = new Map<string, Member[]>();
  private readonly df = new Map<string, number>();
  private readonly documents = new Map<string, Member[]>();
  private readonly incidents = new Map<string, Member[]>();
  private readonly members = new Map<string, Member>();
  private readonly sites = new Map<string, { documents: number; df: Map<string, number> }>();
  /** country → incident → latest day */
  private readonly crises = new Map<string, Map<string, number>>();

  *byTerms(terms: readonly string[], day: number | null, window: number, maxPostings: number): Iterable<Member> {
    const seen = new Set<Member>();
    for (const term of terms) {
      const list = this.postings.get(term);
      if (!list || list.length > maxPostings) continue;
      for (const m of list) {
        // the window first: most postings are out of it, and need no de-duplication
        const d = dayOf(m);
        if (day !== null && d !== null && Math.abs(d - day) > window) continue;
        if (seen.has(m)) continue;
        seen.add(m);
        yield m;
      }
    }
  }

  *crisisIn(country: string, day: number | null, window: number): Iterable<Member> {
    for (const [incident, last] of this.crises.get(country) ?? []) {
      if (day !== null && Math.abs(day - last) > window) continue;
      yield* this.ofIncident(incident);
    }
  }

  ofDocument(document: string): readonly Member[] {
    return this.documents.get(document) ?? [];
  }

  ofIncident(incident: string): readonly Member[] {
    return this.incidents.get(incident) ?? [];
  }

  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  documentCount(): number {
    return this.documents.size;
  }

  siteFrequency(site: string, term: string): number {
    return this.sites.get(site)?.df.get(term) ?? 0;
  }

  siteCount(site: string): number {
    return this.sites.get(site)?.documents ?? 0;
  }

  add(member: Member): void {
    this.members.set(member.key, member);
    const firstOfDocument = !this.documents.has(member.document);
    push(this.documents, member.document, member);
    push(this.incidents, member.incident, member);
    if (firstOfDocument) {
      let site = member.site ? this.sites.get(member.site) : undefined;
      if (member.site && !site) this.sites.set(member.site, (site = { documents: 0, df: new Map() }));
      if (site) site.documents++;
      for (const [term] of member.terms) {
        this.df.set(term, (this.df.get(term) ?? 0) + 1);
        push(this.postings, term, member);
        if (site) site.df.set(term, (site.df.get(term) ?? 0) + 1);
      }
    }
    this.noteCrisis(member);
  }

  move(keys: readonly string[], incident: string): void {
    for (const key of keys) {
      const member = this.members.get(key);
      if (!member || member.incident === incident) continue;
      const from = this.incidents.get(member.incident) ?? [];
      this.incidents.set(member.incident, from.filter((m) => m.key !== key));
      member.incident = incident;
      push(this.incidents, incident, member);
      this.noteCrisis(member);
    }
  }

  private noteCrisis(member: Member): void {
    const d = dayOf(member);
    const crisisIncident = member.crisis || (this.crises.get(member.country ?? '')?.has(member.incident) ?? false);
    if (!member.country || !crisisIncident) return;
    let byIncident = this.crises.get(member.country);
    if (!byIncident) this.crises.set(member.country, (byIncident = new Map()));
    const last = byIncident.get(member.incident);
    byIncident.set(member.incident, Math.max(last ?? d ?? 0, d ?? last ?? 0));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
