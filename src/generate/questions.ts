/**
 * Short questions where the sentence allows one, each from a template that is only used when
 * it is safe; otherwise the sentence keeps its cloze card.
 * - roles: "Iranian Foreign Minister Hossein Amir-Abdollahian" → "Who was the Iranian foreign
 *   minister?"; "President Ilham Aliyev of Azerbaijan" → "Who was the president of Azerbaijan?";
 *   "his Azerbaijani counterpart, Jeyhun Bayramov" → "Who was Hossein Amir-Abdollahian’s
 *   Azerbaijani counterpart?"
 * - dates: "On Dec. 31, X had a phone conversation with Y, …" → "When did X have a phone
 *   conversation with Y?"
 * - counts: "Azerbaijan also detained 19 people, …" → "How many people did Azerbaijan detain?"
 */
import { infinitiveOf, type VerbSpan } from './entities';
import type { Fact } from './facts';
import { NOT_NAMES, TITLES } from './lexicon';
import { wordCount } from './rules';

export interface Question {
  prompt: string;
  fact: Fact;
  /** Questions asked from a role can be ambiguous across the article; the caller checks. */
  role?: boolean;
}

const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ish|ese|ani|i|an|ic)$/u;
const PREPOSITION = /^(?:with|to|in|on|at|from|for|into|near|against|across|over|under|about|by|between)\b/;
const ADVERB = /^(?:also|already|then|later|soon|again|first|reportedly|recently|quickly|finally)$/;
const SUBJECT_START = /^(?:The\s|\p{Lu})/u;
const CLAUSE_END = /,|;|\s[—–]\s|:|\(|\.$/;

const lowerFirst = (s: string) => (/^(?:The|A|An)\s/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** The subject and main verb of a clause starting at `from`: no verb and no comma before the verb. */
function subjectAndVerb(t: string, from: number, verbs: VerbSpan[], facts: Fact[]) {
  const v = verbs.find((x) => x.start >= from);
  if (!v || !v.past || v.aux) return undefined;
  let subject = t.slice(from, v.start).trim();
  let adverb = '';
  const words = subject.split(/\s+/);
  if (words.length > 1 && ADVERB.test(words[words.length - 1]!)) {
    adverb = words.pop()!;
    subject = words.join(' ');
  }
  if (!subject || !SUBJECT_START.test(subject) || /[,;:“”"()—–]/.test(subject) || wordCount(subject) > 10) return undefined;
  const first = subject.split(/\s+/)[0]!.toLowerCase();
  if (first !== 'the' && NOT_NAMES.has(first)) return undefined; // "On 25 May 1940 the team …" has no subject up front
  if (verbs.some((x) => x.start >= from && x.start < v.start)) return undefined;
  // The subject is a name, or a noun phrase around one: "Azerbaijan’s special forces".
  if (!facts.some((f) => f.start >= from && f.end <= v.start) && !/^The\s/.test(subject)) return undefined;
  const next = verbs.find((x) => x.start > v.start);
  if (next && t.slice(v.end, next.start).trim() === '') return undefined; // "had conducted": a verb phrase, not one verb
  const inf = infinitiveOf(v.text);
  if (!inf) return undefined;
  return { subject: lowerFirst(subject), adverb, inf, verb: v };
}

/** The words after the verb up to the end of the clause, when they make a complement. */
function complement(t: string, from: number, to?: number): string {
  const rest = t.slice(from, to ?? t.length);
  const m = CLAUSE_END.exec(rest);
  return (m ? rest.slice(0, m.index) : rest).trim();
}

function ask(parts: string[]): string {
  return parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim() + '?';
}

/** "When did …?" for a date that starts the sentence ("On Dec. 31, …") or ends it ("… in December."). */
function whenQuestions(t: string, facts: Fact[], verbs: VerbSpan[]): Question[] {
  const out: Question[] = [];
  for (const f of facts) {
    if (f.type !== 'date' && f.type !== 'year') continue;
    const lead = /^(?:On|In|By)\s$/.exec(t.slice(0, f.start));
    if (lead && t.charAt(f.end) === ',') {
      const sv = subjectAndVerb(t, f.end + 2, verbs, facts);
      if (!sv) continue;
      const rest = complement(t, sv.verb.end);
      if (wordCount(rest) < 2 || facts.some((g) => g !== f && (g.type === 'date' || g.type === 'year') && rest.includes(g.text))) continue;
      out.push({ prompt: ask(['When did', sv.subject, sv.adverb, sv.inf, rest]), fact: f });
      continue;
    }
    const tail = /^\s(?:in|on)\s$/.exec(t.slice(f.start - 4, f.start)) && /^\.$/.test(t.slice(f.end));
    if (tail) {
      const sv = subjectAndVerb(t, 0, verbs, facts);
      if (!sv) continue;
      const rest = t.slice(sv.verb.end, f.start - 4).trim();
      if (wordCount(rest) < 2 || CLAUSE_END.test(rest) || /[,;]/.test(rest)) continue;
      out.push({ prompt: ask(['When did', sv.subject, sv.adverb, sv.inf, rest]), fact: f });
    }
  }
  return out;
}

/** "How many people did Azerbaijan detain?" for a count right after the main verb. */
function countQuestions(t: string, facts: Fact[], verbs: VerbSpan[]): Question[] {
  const out: Question[] = [];
  for (const f of facts) {
    if (f.type !== 'number' || !f.unit || f.value === 1 || /%|percent|per cent|-/.test(f.unit)) continue;
    const sv = subjectAndVerb(t, 0, verbs, facts);
    if (!sv || t.slice(sv.verb.end, f.start).trim() !== '') continue;
    const after = complement(t, f.end);
    const rest = PREPOSITION.test(after) && wordCount(after) <= 10 ? after : '';
    out.push({ prompt: ask(['How many', f.unit, 'did', sv.subject, sv.adverb, sv.inf, rest]), fact: f });
  }
  return out;
}

/** "Who was the Iranian foreign minister?" from the titles and roles written around a person. */
function roleQuestions(t: string, facts: Fact[]): Question[] {
  const out: Question[] = [];
  for (const f of facts) {
    if (f.type !== 'person' || !f.text.includes(' ')) continue;
    const before = t.slice(0, f.start);
    // "<Demonym> <Title …> <Name>": "Iranian Foreign Minister Hossein Amir-Abdollahian".
    const titled = /(?:^|\s)((?:\p{Lu}[\p{L}-]*\s+){1,5})$/u.exec(before);
    if (titled) {
      const words = titled[1]!.trim().split(/\s+/);
      const demonym = DEMONYM.test(words[0]!) && !TITLES.has(words[0]!.toLowerCase()) ? words.shift()! : '';
      const of = /^\s+of\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=[\s,.;])/u.exec(t.slice(f.end));
      const allTitles = words.length > 0 && words.every((w) => TITLES.has(w.toLowerCase()) && w.toLowerCase() !== 'the' && w.toLowerCase() !== 'of');
      if (allTitles && (demonym || of)) {
        const role = words.map((w) => w.toLowerCase()).join(' ');
        const prompt = demonym ? `Who was the ${demonym} ${role}?` : `Who was the ${role} of ${of![1]}?`;
        out.push({ prompt, fact: f, role: true });
      }
    }
    // "his Azerbaijani counterpart, Jeyhun Bayramov": the possessor is the person named before.
    const appos = /\b(?:his|her)\s+((?:\p{Lu}\p{Ll}+\s+)?(?:counterpart|deputy|predecessor|successor|boss|adviser|advisor|wife|husband|son|daughter|brother|sister|spokesman|spokeswoman)),\s+$/u.exec(before);
    if (appos) {
      const owner = [...facts].reverse().find((g) => g.type === 'person' && g.end <= appos.index && g !== f);
      const shared = owner && owner.text.split(/\s+/).some((w) => f.text.split(/\s+/).includes(w)); // "Said Pasha’s successor" would show "Pasha"
      if (owner && !shared && !t.slice(owner.end, appos.index).match(/[.;]/)) {
        out.push({ prompt: `Who was ${owner.text}’s ${appos[1]}?`, fact: f, role: true });
      }
    }
  }
  return out;
}

/** Every safe question a sentence allows, beyond cloze and "Who said …?". */
export function questionsFor(t: string, facts: Fact[], verbs: VerbSpan[]): Question[] {
  return [...roleQuestions(t, facts), ...whenQuestions(t, facts, verbs), ...countQuestions(t, facts, verbs)].filter(
    (q) => wordCount(q.prompt) <= 30 && !q.prompt.includes('_'),
  );
}
