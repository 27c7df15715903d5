/**
 * Named things in a paragraph: people, organisations, places and other names (operations,
 * exercises, movements, projects), built from compromise's part-of-speech tags plus the small
 * lexicon in lexicon.ts, which fixes what compromise gets wrong ("Pandora’s" is not a person).
 * compromise is heavy: only the generator imports it, never src/core or src/ui.
 */
import nlp from 'compromise';
import {
  NAME_SUFFIXES, NAME_TITLES, NOT_ACRONYMS, NOT_NAMES, NOT_PEOPLE, ORG_ACRONYMS, ORG_HEADS, PLACE_ACRONYMS,
  PLACE_HEADS, THING_HEADS, TITLES,
} from './lexicon';

export type EntityType = 'person' | 'org' | 'place' | 'name';

export interface Entity {
  /** Offsets into the paragraph. */
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** A title or role stood right before the name ("Foreign Minister …"). */
  titled: boolean;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  start: number;
  end: number;
  sentenceStart: boolean;
}

interface CTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const CONNECTORS = new Set('of the de du da di dos von van der den bin ibn al el la le y & upon'.split(' '));
const WIDE_CONNECTORS = new Set('in or and for on'.split(' '));
const WIDE_HEADS = new Set('prize ministry institute center centre school department council museum society bank fund award board commission office committee'.split(' '));
const FIRST_PLACE_WORDS = new Set('lake mount cape port fort gulf isle strait bay'.split(' '));
const NON_NAME_TAGS = ['Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb', 'Verb', 'QuestionWord', 'Month', 'WeekDay', 'Date'];
const ADJECTIVAL = /-(like|backed|led|based|linked|style|born|controlled|aligned|directed|speaking|made|owned)$/i;
const POSSESSIVE = /['’]s$/;
const DEMONYM = /^(?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}+(ian|ish|ese|ani|eni|ean|ic|ians|is|ern)$/u;
const ROLE_BEFORE =
  /\b(counterpart|minister|president|leader|spokesman|spokeswoman|official|advisor|adviser|envoy|ambassador|chief|director|colleague|assistant|microbiologist|biochemist|pathologist|bacteriologist|chemist|physicist|scientist|engineer|banker|diplomat|writer|journalist|professor|general|commander|emperor|economist|historian|explorer|inventor|doctor|nurse|patient|wife|husband|son|daughter|brother|sister|friend)s?\s*,?\s*$/i;
const KNOWN_PLACES = new Set('britain england scotland wales ireland europe asia africa america turkey the west'.split(' '));
const COMPASS = new Set('middle north south east west central northern southern eastern western'.split(' '));

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const lower = (w: string) => w.toLowerCase().replace(POSSESSIVE, '');

function termsOf(paragraph: string): Term[] {
  const out: Term[] = [];
  const json = nlp(paragraph).json({ offset: true }) as { terms: CTerm[] }[];
  for (const s of json) {
    s.terms.forEach((t, i) => {
      const start = t.offset.start;
      // compromise's offsets are JavaScript string indices; check rather than trust.
      let at = paragraph.startsWith(t.text, start) ? start : paragraph.indexOf(t.text, Math.max(0, start - 8));
      if (at < 0) return;
      const prev = out[out.length - 1];
      if (prev && /^[-‐]$/.test(prev.post) && t.pre === '' && at === prev.end + 1) {
        prev.text = paragraph.slice(prev.start, at + t.text.length);
        prev.end = at + t.text.length;
        prev.post = t.post;
        for (const g of t.tags) prev.tags.add(g);
        return;
      }
      out.push({
        text: t.text,
        pre: t.pre,
        post: t.post,
        tags: new Set(t.tags),
        start: at,
        end: at + t.text.length,
        sentenceStart: i === 0 || /[“"‘(]/.test(t.pre),
      });
    });
  }
  return out;
}

/** Plain space between two terms: no punctuation, no quote, no bracket. */
const joined = (a: Term, b: Term) => /^ $/.test(a.post) && b.pre === '' && b.start === a.end + 1;

function runs(terms: Term[]): Term[][] {
  const out: Term[][] = [];
  let cur: Term[] = [];
  let wide = false;
  const close = () => {
    while (cur.length && !isCap(cur[cur.length - 1]!.text)) cur.pop();
    if (cur.length) out.push(cur);
    cur = [];
    wide = false;
  };
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const prev = cur[cur.length - 1];
    const word = t.text;
    const isConn = (k: number) => {
      const x = terms[k];
      return !!x && (CONNECTORS.has(x.text) || (wide && WIDE_CONNECTORS.has(x.text)));
    };
    const nextCap = (k: number): boolean => {
      const x = terms[k];
      const y = terms[k + 1];
      if (!x || !y || !joined(x, y)) return false;
      return isCap(y.text) || (isConn(k + 1) && nextCap(k + 1));
    };
    const connectorOk = !!prev && joined(prev, t) && isConn(i) && nextCap(i);
    const capOk = isCap(word) && /\p{L}/u.test(word) && !ADJECTIVAL.test(word) && !/[\[\]]/.test(t.pre + t.post);
    if (prev && !(joined(prev, t) && !POSSESSIVE.test(prev.text)) && !(prev && /^(St|Saint)$/.test(cur[cur.length - 2]?.text ?? '') && joined(prev, t))) close();
    if (cur.length && !(capOk || connectorOk)) close();
    if (capOk || (cur.length && connectorOk)) {
      if (t.sentenceStart && cur.length) close();
      cur.push(t);
      if (WIDE_HEADS.has(lower(word))) wide = true;
    }
  }
  close();
  return out;
}

/** Title words standing right before the run (possibly behind an editorial bracket). */
function titledBefore(terms: Term[], first: Term): boolean {
  const i = terms.indexOf(first);
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const t = terms[k]!;
    if (TITLES.has(lower(t.text)) && isCap(t.text)) return true;
    if (!/[\[\]]/.test(t.pre + t.post)) break;
  }
  return false;
}

function classify(run: Term[], terms: Term[], after: Term[]): { run: Term[]; type: EntityType; titled: boolean; extend: number } | undefined {
  let r = run.slice();
  let titled = false;
  // Leading words that are not part of a name: sentence-initial function words, demonyms, titles.
  while (r.length) {
    const t = r[0]!;
    const w = lower(t.text);
    if (NOT_NAMES.has(w) || (t.sentenceStart && NON_NAME_TAGS.some((g) => t.tags.has(g)) && !t.tags.has('Person') && !t.tags.has('Place'))) {
      r.shift();
      continue;
    }
    if (r.length > 1 && (TITLES.has(w) || (t.tags.has('Demonym') && r.length > 1 && (TITLES.has(lower(r[1]!.text)) || NAME_TITLES.has(lower(r[1]!.text)))))) {
      titled = true;
      r.shift();
      continue;
    }
    break;
  }
  while (r.length && CONNECTORS.has(r[0]!.text)) r.shift();
  if (!r.length) return undefined;
  if (!titled && titledBefore(terms, r[0]!)) titled = true;
  const words = r.map((t) => lower(t.text));
  const last = words[words.length - 1]!;
  const first = words[0]!;
  const tagged = (tag: string) => r.some((t) => t.tags.has(tag));
  const single = r.length === 1;
  const only = r[0]!;

  // Acronyms.
  if (single && /^\p{Lu}{2,6}$/u.test(only.text)) {
    if (PLACE_ACRONYMS.has(only.text)) return { run: r, type: 'place', titled, extend: 0 };
    if (ORG_ACRONYMS.has(only.text) || !NOT_ACRONYMS.has(only.text)) return { run: r, type: 'org', titled, extend: 0 };
    return undefined;
  }
  const notPerson = words.some((w) => NOT_PEOPLE.has(w));
  if (single && TITLES.has(first)) return undefined;
  if (ORG_HEADS.has(last) || words.some((w, i) => ORG_HEADS.has(w) && words[i + 1] === 'of')) {
    return { run: r, type: 'org', titled: false, extend: 0 };
  }
  if (PLACE_HEADS.has(last) && r.length > 1) return { run: r, type: 'place', titled: false, extend: 0 };
  if (FIRST_PLACE_WORDS.has(first) && r.length > 1) return { run: r, type: 'place', titled: false, extend: 0 };
  if (PLACE_HEADS.has(first) && words[1] === 'of') return { run: r, type: 'place', titled: false, extend: 0 };

  // "<Name> <lower-case head>": named corridors, movements, news channels.
  let extend = 0;
  for (let k = 0; k < 3 && k < after.length; k++) {
    const t = after[k]!;
    const prevT = k === 0 ? r[r.length - 1]! : after[k - 1]!;
    if (!joined(prevT, t) || isCap(t.text) || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) break;
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !THING_HEADS.has(t.text)) break;
    if (t.tags.has('Determiner') || t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Pronoun')) break;
    if (THING_HEADS.has(t.text) || ORG_HEADS.has(t.text)) {
      extend = k + 1;
      break;
    }
  }
  const demonymOnly =
    single && (only.tags.has('Demonym') || DEMONYM.test(only.text));
  const afterPossessive = POSSESSIVE.test(r[r.length - 1]!.text);
  if (extend && !demonymOnly && !afterPossessive && !tagged('Person')) {
    const head = after[extend - 1]!.text;
    return { run: r, type: ORG_HEADS.has(head) && !THING_HEADS.has(head) ? 'org' : 'name', titled: false, extend };
  }
  if (demonymOnly) return undefined;
  if (r.length > 1 && DEMONYM.test(r[r.length - 1]!.text) && r.slice(0, -1).every((t) => COMPASS.has(lower(t.text)))) return undefined;

  const nameTitled = NAME_TITLES.has(first) && r.length > 1;
  const suffixed = NAME_SUFFIXES.has(last) && r.length > 1;
  if (KNOWN_PLACES.has(words.join(' '))) return { run: r, type: 'place', titled: false, extend: 0 };
  if (notPerson) return single ? undefined : { run: r, type: 'name', titled: false, extend: 0 };
  if (nameTitled || suffixed) return { run: r, type: 'person', titled, extend: 0 };
  const placeTag = tagged('Place') || tagged('Country') || tagged('City') || tagged('Region');
  const personTag = tagged('Person') && !(single && only.tags.has('Possessive') && !titled);
  if (personTag && !(placeTag && !titled && single)) {
    if (r.every((t) => isCap(t.text) || CONNECTORS.has(t.text))) return { run: r, type: 'person', titled, extend: 0 };
  }
  if (titled && r.length <= 4 && r.every((t) => isCap(t.text) || CONNECTORS.has(t.text))) return { run: r, type: 'person', titled, extend: 0 };
  if (tagged('Organization')) return { run: r, type: 'org', titled: false, extend: 0 };
  if (placeTag && (single || r[r.length - 1]!.tags.has('Place') || r[r.length - 1]!.tags.has('Country'))) {
    return { run: r, type: single ? 'place' : r.every((t) => t.tags.has('Place') || t.tags.has('Country') || CONNECTORS.has(t.text)) ? 'place' : 'name', titled: false, extend: 0 };
  }
  if (single && (only.sentenceStart || !only.tags.has('ProperNoun'))) return undefined;
  return { run: r, type: 'name', titled: false, extend: 0 };
}

/** A finite verb ("held", "is", "come"), with paragraph offsets: what a clause needs to stand alone. */
export interface VerbSpan {
  start: number;
  end: number;
  text: string;
  past: boolean;
  /** False for "to de-escalate", "following": verbs that make no clause on their own. */
  finite: boolean;
  /** "was", "has", "could": a copula, auxiliary or modal. */
  aux: boolean;
}

const infinitives = new Map<string, string>();

/** The base form of a past-tense verb ("held" → "hold"), or "" when compromise cannot tell. */
export function infinitiveOf(past: string): string {
  const hit = infinitives.get(past);
  if (hit !== undefined) return hit;
  let inf = '';
  try {
    inf = (nlp(past).verbs().toInfinitive().text() as string).trim();
  } catch {
    inf = '';
  }
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(inf) || inf === past) inf = '';
  infinitives.set(past, inf);
  return inf;
}

const FINITE_TAGS = ['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary'];

/** Entities and finite verbs of one paragraph, from one pass of compromise. */
export function analyseParagraph(paragraph: string): { entities: Entity[]; verbs: VerbSpan[] } {
  const terms = termsOf(paragraph);
  const verbs: VerbSpan[] = [];
  terms.forEach((t, i) => {
    if (!t.tags.has('Verb') || (isCap(t.text) && !t.sentenceStart)) return;
    // "to de-escalate" and "following" are verbs, but no finite ones.
    const finite = !t.tags.has('Gerund') && FINITE_TAGS.some((g) => t.tags.has(g)) && terms[i - 1]?.text.toLowerCase() !== 'to';
    const aux = ['Copula', 'Auxiliary', 'Modal'].some((g) => t.tags.has(g));
    verbs.push({ start: t.start, end: t.end, text: t.text, past: finite && t.tags.has('PastTense'), finite, aux });
  });
  return { entities: entitiesOf(paragraph, terms), verbs };
}

/** The entities of one paragraph, with paragraph offsets, in reading order. */
export function findEntities(paragraph: string): Entity[] {
  return entitiesOf(paragraph, termsOf(paragraph));
}

function entitiesOf(paragraph: string, terms: Term[]): Entity[] {
  const out: Entity[] = [];
  for (const run of runs(terms)) {
    const lastIdx = terms.indexOf(run[run.length - 1]!);
    const c = classify(run, terms, terms.slice(lastIdx + 1, lastIdx + 4));
    if (!c) continue;
    if (c.type === 'person') {
      const of = c.run.findIndex((t, k) => k > 0 && t.text === 'of');
      if (of > 0) c.run = c.run.slice(0, of);
    }
    if (c.type === 'name' && c.run.length === 1 && !c.extend) {
      const k = terms.indexOf(c.run[0]!);
      const before = terms[k - 1];
      if (before && POSSESSIVE.test(before.text) && isCap(before.text) && joined(before, c.run[0]!)) continue;
    }
    if (c.type === 'name' && c.run.length >= 2 && c.run.length <= 4 && !c.extend) {
      const lead = paragraph.slice(Math.max(0, c.run[0]!.start - 40), c.run[0]!.start);
      if (ROLE_BEFORE.test(lead)) c.type = 'person';
    }
    const firstT = c.run[0]!;
    const lastT = c.extend ? terms[lastIdx + c.extend]! : c.run[c.run.length - 1]!;
    let end = lastT.end;
    const text0 = paragraph.slice(firstT.start, end);
    const poss = POSSESSIVE.exec(text0);
    if (poss && !c.extend) end -= poss[0].length;
    const text = paragraph.slice(firstT.start, end);
    if (!text || /[\[\]]/.test(text)) continue;
    out.push({ start: firstT.start, end, text, type: c.type, titled: c.titled });
  }
  return out;
}
