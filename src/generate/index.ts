/**
 * The deck generator's entry point: article text in, deck out. Pure: no DOM, no I/O, no clock,
 * so it runs the same in Node (npm run decks) and in the browser's worker. It overgenerates
 * candidate cards (cloze, short questions, "Who said …?"), drops any that break a quality
 * rule, scores the rest and keeps the best, covering every paragraph with substance.
 */
import { BLANK, DECK_FORMAT_VERSION, type DeckCard, type DeckFile, type DeckSource } from '../core/deck';
import { AliasIndex } from './aliases';
import { cardId } from './card-id';
import { DistractorPool } from './distractors';
import { analyseParagraph, type Entity, type VerbSpan } from './entities';
import { checkInput, noCards, noSentences } from './errors';
import { factsOf, type Fact } from './facts';
import { clozePrompt, cutBeforeMention, fragmentStands, quoteExcerpt, windowAround, dropAsides, type VerbWords } from './prompt';
import { questionsFor } from './questions';
import { isTerm, speakerIn, type QuoteSpan } from './quotes';
import { foldText, ruleViolations, UNRESOLVED_START, wordCount } from './rules';
import { splitSentences, type Sentence } from './sentences';
import { blocks } from './structure';

export { GenerateError, MAX_INPUT_CHARS, type GenerateErrorCode } from './errors';
export { prepareArticle, type PreparedArticle } from './prepare';

export interface GenerateInput {
  /** The article body; card offsets index this exact string. */
  text: string;
  slug: string;
  source: DeckSource;
}

export interface GenerateOptions {
  /** Called with a fraction from 0 to 1 as the work proceeds (for a progress bar). */
  onProgress?: (fraction: number) => void;
}

interface SentenceInfo extends Sentence {
  /** What the sentence is about, when that is one named thing or "the <noun>", for a following "It". */
  subject?: string;
  /** Verbs with sentence offsets. */
  verbs: VerbSpan[];
  facts: Fact[];
  quotes: QuoteSpan[];
  people: Fact[];
}

interface Candidate {
  card: DeckCard;
  score: number;
  para: number;
  fact: Fact;
  /** Set for a cloze on one item of a list of three or more in its sentence. */
  list?: string;
  /** A question asked from a role ("Who was the Iranian foreign minister?"), unique or dropped. */
  role?: boolean;
}

/** Words per kept card: a dense 1,800-word article keeps at most about 160 of its best candidates. */
const WORDS_PER_CARD = 11;
const MAX_CLOZE_PER_SENTENCE = 3;
const MAX_CARDS_PER_ANSWER = 3;
/** Cloze cards on the items of one list ("Iraq, Syria, Lebanon, and Yemen"): near-identical, so few. */
const MAX_CLOZE_PER_LIST = 2;
/** Below this many target cards a deck is small, and every list item may have its card. */
const SMALL_DECK = 20;

/** The facts of a sentence that stand in a list of three or more, keyed by the list's first offset. */
function listsOf(s: string, facts: Fact[]): Map<Fact, string> {
  const out = new Map<Fact, string>();
  const sorted = [...facts].sort((a, b) => a.start - b.start);
  let run: Fact[] = [];
  const close = () => {
    if (run.length >= 3) for (const f of run) out.set(f, `${run[0]!.start}`);
    run = [];
  };
  for (const f of sorted) {
    const last = run[run.length - 1];
    const gap = last ? s.slice(last.end, f.start) : '';
    if (last && NAMED.has(last.type) === NAMED.has(f.type) && /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(gap)) run.push(f);
    else {
      close();
      run = [f];
    }
  }
  close();
  return out;
}

/** Turns an article into a deck, or throws a GenerateError a person can read. */
export function generateDeck(input: GenerateInput, options: GenerateOptions = {}): DeckFile {
  const progress = options.onProgress ?? (() => {});
  checkInput(input?.text);
  const text = input.text;
  const source: DeckSource = {
    title: String(input.source?.title ?? ''),
    authors: Array.isArray(input.source?.authors) ? input.source.authors.map(String) : [],
    publisher: String(input.source?.publisher ?? ''),
    date: String(input.source?.date ?? ''),
    ...(input.source?.url ? { url: String(input.source.url) } : {}),
  };
  progress(0);

  const paragraphs = blocks(text, source.authors).filter((b) => b.kind === 'paragraph');
  const sentences: SentenceInfo[] = [];
  const personTokens = new Set<string>();
  const allEntities: { para: number; e: Entity }[] = [];
  paragraphs.forEach((p, para) => {
    const { entities: ents, verbs } = /\p{L}{2}/u.test(p.text) ? analyseParagraph(p.text) : { entities: [], verbs: [] };
    for (const e of ents) {
      allEntities.push({ para, e });
      if (e.type === 'person' && e.text.includes(' ')) for (const w of e.text.split(/\s+/)) personTokens.add(w);
    }
    for (const s of splitSentences(p.text, p.start, p.section, para)) {
      const rel = s.start - p.start;
      const inside = ents
        .filter((e) => e.start >= rel && e.end <= rel + s.text.length)
        .map((e) => ({ ...e, start: e.start - rel, end: e.end - rel }));
      const sverbs = verbs.filter((v) => v.start >= rel && v.end <= rel + s.text.length).map((v) => ({ ...v, start: v.start - rel, end: v.end - rel }));
      sentences.push({ ...s, verbs: sverbs, facts: [], quotes: [], people: [], ...{ ents: inside } } as SentenceInfo & { ents: Entity[] });
    }
    progress((0.8 * (para + 1)) / paragraphs.length);
  });
  if (!sentences.some((s) => (s.text.match(/\p{L}{2,}/gu) ?? []).length >= 4)) throw noSentences();

  // Majority type per name across the article, and surnames of people known by full name.
  const votes = new Map<string, Map<string, number>>();
  for (const { e } of allEntities) {
    const k = foldText(e.text);
    const m = votes.get(k) ?? new Map<string, number>();
    m.set(e.type, (m.get(e.type) ?? 0) + 1);
    votes.set(k, m);
  }
  const typeOf = (e: Entity): Entity['type'] => {
    if (!e.text.includes(' ') && personTokens.has(e.text)) return 'person';
    const m = votes.get(foldText(e.text));
    if (!m) return e.type;
    return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0] as Entity['type'];
  };

  // A name found once is found everywhere: sentence-initial "Florey", possessive "Tehran’s".
  const byFirstWord = new Map<string, { text: string; type: Entity['type'] }[]>();
  const addKnown = (text: string, type: Entity['type']) => {
    if (text.length < 3 || !/^\p{Lu}/u.test(text)) return;
    const first = text.split(/\s+/)[0]!;
    const list = byFirstWord.get(first) ?? [];
    if (!list.some((k) => k.text === text)) list.push({ text, type });
    byFirstWord.set(first, list);
  };
  for (const { e } of allEntities) addKnown(e.text, typeOf(e));
  for (const w of personTokens) if (w.length >= 4 && /^\p{Lu}\p{Ll}/u.test(w)) addKnown(w, 'person');
  for (const list of byFirstWord.values()) list.sort((a, b) => b.text.length - a.text.length);
  for (const s of sentences as (SentenceInfo & { ents: Entity[] })[]) {
    const WORD = /\p{Lu}[\p{L}\p{M}'’-]*/gu;
    for (let m = WORD.exec(s.text); m; m = WORD.exec(s.text)) {
      const word = m[0].replace(/['’]s$/, '');
      const at = m.index;
      if (at > 0 && /[\p{L}\p{N}]/u.test(s.text.charAt(at - 1))) continue;
      for (const k of byFirstWord.get(word) ?? []) {
        const end = at + k.text.length;
        if (!s.text.startsWith(k.text, at) || /[\p{L}\p{N}]/u.test(s.text.charAt(end))) continue;
        if (s.ents.some((e) => at < e.end && end > e.start)) break;
        s.ents.push({ start: at, end, text: k.text, type: k.type, titled: false });
        break;
      }
    }
  }

  const pool = new DistractorPool();
  const counts = new Map<string, number>();
  for (const s of sentences as (SentenceInfo & { ents: Entity[] })[]) {
    const ents = s.ents.map((e) => ({ ...e, type: typeOf(e) }));
    const { facts, quotes } = factsOf(s.text, ents, source.date);
    s.facts = facts;
    s.quotes = quotes;
    s.people = facts.filter((f) => f.type === 'person' || f.type === 'org');
    for (const f of facts) {
      pool.add(f);
      const k = foldText(f.text);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }

  sentences.forEach((s, i) => {
    const prev = sentences[i - 1]?.para === s.para ? sentences[i - 1] : undefined;
    s.subject = subjectOf(s, prev);
  });

  const names = new Set<string>();
  for (const s of sentences) for (const f of s.facts) if (NAMED.has(f.type)) names.add(f.text);
  const aliases = new AliasIndex(names, text);
  const aliasCache = new Map<string, string[]>();
  const ctx: ArticleContext = {
    counts,
    aliasesOf: (a) => {
      let hit = aliasCache.get(a);
      if (!hit) aliasCache.set(a, (hit = aliases.aliasesOf(a)));
      return hit;
    },
  };

  const candidates: Candidate[] = [];
  sentences.forEach((s, si) => {
    const prev = sentences[si - 1]?.para === s.para ? sentences[si - 1] : undefined;
    const sentenceNames = [...s.facts.filter((f) => NAMED.has(f.type)).map((f) => f.text), ...(s.text.match(CAPITALISED_RUN) ?? [])];
    for (const c of candidatesFor(s, prev, ctx)) {
      const seed = parseInt(c.card.id.slice(0, 6), 36);
      const choices = pool.pick(c.fact, c.card.kind === 'who-said' ? s.text : c.card.source.sentence, seed, { aliases, sentenceNames });
      if (choices.length >= 3) c.card.choices = [c.card.answer, ...choices].sort((a, b) => (foldText(a) < foldText(b) ? -1 : foldText(a) > foldText(b) ? 1 : a < b ? -1 : 1));
      candidates.push(c);
    }
  });
  progress(0.9);

  // A role question two people answer ("Who was the Iranian president?") asks nothing: drop it.
  const roleAnswers = new Map<string, Set<string>>();
  for (const c of candidates) if (c.role) roleAnswers.set(c.card.prompt, (roleAnswers.get(c.card.prompt) ?? new Set()).add(foldText(c.card.answer)));
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.role && roleAnswers.get(c.card.prompt)!.size > 1) candidates.splice(i, 1);
  }

  const cards = select(candidates, paragraphs.length, wordCount(text));
  if (!cards.length) throw noCards();
  progress(1);
  return { formatVersion: DECK_FORMAT_VERSION, slug: input.slug, title: source.title, source, cards };
}

/** Fact types that are names, whose aliases matter. */
const NAMED = new Set(['person', 'org', 'place', 'name', 'term']);
/** Capitalised words and runs of them ("Iraq", "Islamic Revolutionary Guard Corps"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|the\s+)*\p{Lu}[\p{L}’'-]*)*/gu;

const OCCURRENCE = (s: string, answer: string, at: number) => {
  let n = 0;
  for (let i = s.indexOf(answer); i >= 0 && i < at; i = s.indexOf(answer, i + 1)) n++;
  return n;
};

function makeCard(kind: string, s: Sentence, prompt: string, answer: string, at: number, fact: Fact): DeckCard {
  const card: DeckCard = {
    id: cardId(kind, s.text, answer, OCCURRENCE(s.text, answer, at)),
    kind,
    section: s.section,
    prompt,
    answer,
    source: { sentence: s.text, start: s.start, end: s.end },
  };
  if ((fact.type === 'date' || fact.type === 'year') && fact.iso) card.answerDate = fact.iso;
  return card;
}

function frequencyPenalty(counts: Map<string, number>, f: Fact): number {
  const n = counts.get(foldText(f.text)) ?? 1;
  return n > 1 ? Math.min(3.5, 0.7 * Math.log2(n)) : 0;
}

function quoteOf(s: SentenceInfo, f: Fact): QuoteSpan | undefined {
  return s.quotes.find((q) => !isTerm(q) && f.start >= q.start && f.end <= q.end);
}

/** Who said quote q: a name in the sentence, or the person "he"/"she" points back to. */
function speakerOf(s: SentenceInfo, q: QuoteSpan, prev: SentenceInfo | undefined): { text: string; fact: Fact; nearby: boolean } | undefined {
  const names = s.people.filter((p) => p.end <= q.start - 1 || p.start >= q.end + 1);
  const found = speakerIn(s.text, q, names);
  if (found && found !== 'pronoun') {
    const fact = names.find((n) => n.start === found.start)!;
    return { text: fact.text, fact, nearby: false };
  }
  const quoteAtStart = q.start <= 2;
  if (found === 'pronoun' || (quoteAtStart && !found && /(?:said|wrote|told|declared)\b/.test(s.text.slice(q.end)))) {
    const before = s.people.filter((p) => p.type === 'person' && p.end <= q.start);
    const last = before[before.length - 1];
    if (last) return { text: last.text, fact: last, nearby: false };
    const prevPeople = prev?.people.filter((p) => p.type === 'person') ?? [];
    const pl = prevPeople[prevPeople.length - 1];
    if (pl) return { text: pl.text, fact: pl, nearby: true };
  }
  return undefined;
}

/** What candidate generation needs to know about the whole article. */
interface ArticleContext {
  counts: Map<string, number>;
  aliasesOf: (answer: string) => string[];
}

function check(ctx: ArticleContext, kind: string, prompt: string, answer: string, sentence: string, inQuote = false, nearby = false, type?: string): boolean {
  const aliases = ctx.aliasesOf(answer);
  return ruleViolations({ kind, prompt, answer, sentence, inQuote, answerNearby: nearby, answerType: type, aliases }).length === 0;
}

const CODENAME = /\b(codenamed|code-named|dubbed|called|named|known as)\s+(?:the\s+)?$/i;
const LEAD_PREP = /^(?:during|in|at|for|after|before|throughout|with|as|under)\s+/i;

const NOT_SUBJECTS = /^the (?:country|countries|latter|former|two|situation|same|other|first|last|region|state|government|regime|move|decision|issue|case|result)$/i;

/**
 * The subject of a sentence when it is one named thing ("Pfizer") or a definite noun ("the
 * canal"); an "it" right before the main verb takes the subject of the sentence before.
 * Anything else (a phrase, a list, a pronoun with no antecedent) gives undefined.
 */
function subjectOf(s: SentenceInfo, prev: SentenceInfo | undefined): string | undefined {
  const v = s.verbs.find((x) => x.finite);
  if (!v) return undefined;
  const head = s.text.slice(0, v.start).split(/[,;:—–]\s*/).pop()!.trim();
  if (/(?:^|\s)it$/i.test(head)) return prev?.subject;
  const named = s.facts.find((f) => NAMED.has(f.type) && f.type !== 'term' && f.start + f.text.length === v.start - 1);
  if (named && (head === named.text || head === `the ${named.text}` || head === `The ${named.text}`)) return head.replace(/^The /, 'the ');
  if (/^the \p{Ll}{3,}$/iu.test(head) && !NOT_SUBJECTS.test(head)) return head.replace(/^The /, 'the ');
  return undefined;
}

/** "He was treated …" after a sentence about Albert Alexander reads "Albert Alexander was treated …"; "It reopened …" after "The canal …" reads "The canal reopened …". */
function resolveStart(s: SentenceInfo, prev: SentenceInfo | undefined): { text: string; delta: number; name?: string } {
  const t = s.text;
  const pron = /^(He|She) /.exec(t);
  if (pron && prev) {
    const person = prev.people.find((p) => p.type === 'person');
    if (person) return { text: person.text + t.slice(pron[1]!.length), delta: person.text.length - pron[1]!.length, name: person.text };
  }
  // "Its mould, a strain of …" reads "The mould, a strain of …": the apposition says what it is.
  const it = /^It (?!(?:is|was|remains|seems|appears|has been|had been) )/.exec(t);
  if (it && prev?.subject) {
    const subject = prev.subject.charAt(0).toUpperCase() + prev.subject.slice(1);
    return { text: subject + t.slice(2), delta: subject.length - 2, name: subject };
  }
  const poss = /^(Their|His|Her|Its|Our) (?=\p{Ll}+ \p{Lu}|\p{Ll}+, (?:a|an|the) )/u.exec(t);
  if (poss) return { text: 'The' + t.slice(poss[1]!.length), delta: 3 - poss[1]!.length };
  return { text: t, delta: 0 };
}

function* candidatesFor(s: SentenceInfo, prev: SentenceInfo | undefined, ctx: ArticleContext): Generator<Candidate> {
  const t = s.text;
  const counts = ctx.counts;
  const resolved = resolveStart(s, prev);
  const maxCloze = Math.min(6, Math.max(MAX_CLOZE_PER_SENTENCE, 2 + Math.ceil(wordCount(t) / 10)));
  if (wordCount(t) < 4 || !/[.!?]["”’)]?$|[.!?]$/.test(t.trim())) {
    if (wordCount(t) < 6) return;
  }
  let clozes = 0;
  const lists = listsOf(t, s.facts);
  const lowerWords = (vs: VerbSpan[]) => new Set(vs.map((v) => v.text.toLowerCase()));
  const verbWords: VerbWords = { finite: lowerWords(s.verbs.filter((v) => v.finite)), any: lowerWords(s.verbs) };
  const byScore = [...s.facts].sort((a, b) => b.score - a.score || a.start - b.start);
  for (const f of byScore) {
    const base = f.score - frequencyPenalty(counts, f);
    const q = quoteOf(s, f);
    if (q) {
      const sp = speakerOf(s, q, undefined);
      if (!sp) continue;
      const relA = f.start - q.start;
      const inner = q.text.slice(0, relA) + BLANK + q.text.slice(relA + f.text.length);
      const prompt = `${sp.text}: “${windowAround(dropAsides(inner), BLANK, 28)}”`;
      if (!check(ctx, 'cloze', prompt, f.text, t, true, false, f.type)) continue;
      yield { card: makeCard('cloze', s, prompt, f.text, f.start, f), score: base + 0.5, para: s.para, fact: f };
      continue;
    }
    if (clozes >= maxCloze) continue;
    const shift = resolved.delta && f.start > 0 ? resolved.delta : 0;
    const useResolved = resolved.text !== t && f.start > 0 && f.text !== resolved.name;
    let prompt = useResolved ? clozePrompt(resolved.text, f.start + shift, f.end + shift, verbWords) : clozePrompt(t, f.start, f.end, verbWords);
    for (const a of ctx.aliasesOf(f.text)) prompt = cutBeforeMention(prompt, a);
    if (!fragmentStands(prompt, verbWords)) continue;
    if (!check(ctx, 'cloze', prompt, f.text, t, f.type === 'term', false, f.type)) continue;
    clozes++;
    const list = lists.get(f);
    yield { card: makeCard('cloze', s, prompt, f.text, f.start, f), score: base, para: s.para, fact: f, ...(list ? { list: `${s.start}:${list}` } : {}) };

    // A short question where the sentence allows it.
    const before = t.slice(0, f.start);
    const named = CODENAME.exec(before);
    if (named && (f.type === 'name' || f.type === 'term' || f.type === 'org')) {
      const clause = before.slice(0, named.index).replace(/[,\s]+$/, '');
      const np = clause.split(/[,;:—–]\s*/).pop()!.replace(LEAD_PREP, '').trim();
      const verb = named[1]!.toLowerCase();
      const n = wordCount(np);
      if (n >= 2 && n <= 12 && !UNRESOLVED_START.test(np) && /^(the|its|their|a|an)\b/i.test(np)) {
        const npl = np.charAt(0).toLowerCase() + np.slice(1);
        const plural = /s\b/.test(np.split(/\s+(?:in|of|on|at|near)\s+/)[0]!.split(/\s+/).pop() ?? '');
        const qtext =
          verb.startsWith('code')
            ? `What was the codename of ${npl}?`
            : n >= 3
              ? `What ${plural ? 'were' : 'was'} ${npl} ${verb === 'known as' ? 'known as' : 'called'}?`
              : '';
        if (qtext && check(ctx, 'question', qtext, f.text, t, false, false, f.type)) {
          yield { card: makeCard('question', s, qtext, f.text, f.start, f), score: base + 1, para: s.para, fact: f };
        }
      }
    }
    if (f.type === 'person') {
      const role = /^,\s+((?:the|a|an)\s+[^,.;:“”"()—–]{3,140}?)(?:,|\.|;|$)/.exec(t.slice(f.end));
      if (role && wordCount(role[1]!) <= 22) {
        const qtext = `Who is described as ${role[1]!.trim()}?`;
        if (check(ctx, 'question', qtext, f.text, t, false, false, f.type)) {
          yield { card: makeCard('question', s, qtext, f.text, f.start, f), score: base + 1.5, para: s.para, fact: f };
        }
      }
    }
  }

  // Short questions from safe templates: roles, "When did …?", "How many …?".
  for (const q of questionsFor(t, s.facts.filter((f) => !quoteOf(s, f)), s.verbs)) {
    if (!check(ctx, 'question', q.prompt, q.fact.text, t, false, false, q.fact.type)) continue;
    const score = q.fact.score - frequencyPenalty(counts, q.fact) + 1;
    yield { card: makeCard('question', s, q.prompt, q.fact.text, q.fact.start, q.fact), score, para: s.para, fact: q.fact, ...(q.role ? { role: true } : {}) };
  }

  // "Who said …?" for each quotation with a speaker.
  for (const q of s.quotes) {
    if (isTerm(q) || q.words < 5) continue;
    const sp = speakerOf(s, q, prev);
    if (!sp) continue;
    const prompt = `Who said: “${quoteExcerpt(q.text)}”`;
    const answerAt = sp.nearby ? -1 : sp.fact.start;
    if (!check(ctx, 'who-said', prompt, sp.text, t, false, sp.nearby, sp.fact.type)) continue;
    const card = makeCard('who-said', s, prompt, sp.text, answerAt < 0 ? 0 : answerAt, sp.fact);
    yield { card, score: 7, para: s.para, fact: sp.fact };
  }
}

/** Keeps the best candidates: every paragraph's best first, then by score, without repeats. */
function select(candidates: Candidate[], paragraphCount: number, words: number): DeckCard[] {
  const target = Math.max(5, Math.min(3000, Math.round(words / WORDS_PER_CARD)));
  const ranked = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.score - a.c.score || a.c.card.source.start - b.c.card.source.start || a.i - b.i)
    .map((x) => x.c);
  const ids = new Set<string>();
  const prompts = new Set<string>();
  const perAnswer = new Map<string, number>();
  const kept: Candidate[] = [];
  const perList = new Map<string, number>();
  const listCap = target <= SMALL_DECK ? Infinity : MAX_CLOZE_PER_LIST;
  const tryKeep = (c: Candidate) => {
    const a = foldText(c.card.answer);
    if (ids.has(c.card.id) || prompts.has(c.card.prompt) || (perAnswer.get(a) ?? 0) >= MAX_CARDS_PER_ANSWER) return false;
    if (c.list && (perList.get(c.list) ?? 0) >= listCap) return false;
    if (c.list) perList.set(c.list, (perList.get(c.list) ?? 0) + 1);
    ids.add(c.card.id);
    prompts.add(c.card.prompt);
    perAnswer.set(a, (perAnswer.get(a) ?? 0) + 1);
    kept.push(c);
    return true;
  };
  const covered = new Set<number>();
  for (const c of ranked) if (!covered.has(c.para) && c.score > 0 && tryKeep(c)) covered.add(c.para);
  // Then one card for each sentence not yet asked about, then the best of the rest.
  const sentencesAsked = new Set(kept.map((c) => c.card.source.start));
  for (const c of ranked) {
    if (kept.length >= Math.max(target, covered.size)) break;
    if (c.score > 1.5 && !sentencesAsked.has(c.card.source.start) && tryKeep(c)) sentencesAsked.add(c.card.source.start);
  }
  for (const c of ranked) {
    if (kept.length >= Math.max(target, covered.size)) break;
    if (c.score > 0.5) tryKeep(c);
  }
  void paragraphCount;
  const KIND_ORDER: Record<string, number> = { cloze: 0, question: 1, 'who-said': 2 };
  return kept
    .sort((a, b) => a.card.source.start - b.card.source.start || (KIND_ORDER[a.card.kind] ?? 3) - (KIND_ORDER[b.card.kind] ?? 3) || (a.card.id < b.card.id ? -1 : 1))
    .map((c) => c.card);
}
