/**
 * The timed quiz as a pure state machine: createQuiz → (answer | giveUp | tick → feedback)
 * → next → … → finished. Every function takes `now` and returns a new state; the UI renders
 * the state and persists it as plain JSON. Nothing here touches the FSRS schedule: a test
 * must not disturb the spacing an Anki user relies on.
 *
 * Times are epoch milliseconds compared with `now`, never counted ticks, so a hidden tab
 * whose timers were throttled still shows the right time left when it comes back.
 */
import type { CardKind, DeckCard } from './deck';
import { matchesAnswer, normaliseAnswer } from './answer-match';
import { createRandom, shuffle, type Random } from './random';

/** Bumped when a saved QuizState can no longer be read; resumeQuiz abandons other versions. */
export const QUIZ_STATE_VERSION = 1;

/** The `deck` of a quiz over every deck. */
export const ALL_DECKS = 'all';

/** The line shown above a quote, so the learner knows the answer is a person. */
export const WHO_SAID_LEAD = 'Who said it?';

/** Options on a multiple-choice question: the answer and three distractors. */
export const OPTION_COUNT = 4;

/**
 * A saved quiz untouched for longer than this is abandoned rather than resumed: after two
 * hours the learner has moved on, and a half-forgotten quiz would give a meaningless score.
 */
export const ABANDON_AFTER_MS = 2 * 60 * 60_000;

/** How many questions: a whole number, or 'all'. Any count works, so a test can ask five. */
export type QuestionCount = number | 'all';

/** Seconds per question, or null for no limit. */
export type SecondsPerQuestion = number | null;

/** The question counts the start screen offers. */
export const QUESTION_COUNTS: readonly QuestionCount[] = [10, 20, 'all'];

/** The "Time per question" choices the start screen offers, in seconds; null is none. */
export const SECONDS_PER_QUESTION: readonly SecondsPerQuestion[] = [10, 20, 30, null];

/** What the learner chose on the start screen, plus the seed. */
export interface QuizSettings {
  /** How many questions; with fewer usable cards the quiz asks them all. */
  questionCount: QuestionCount;
  /** Time limit per question in seconds, or null for none. */
  secondsPerQuestion: SecondsPerQuestion;
  /** Drives every random choice: the same seed and cards give the same quiz. A 32-bit integer. */
  seed: number;
  /** The deck slug the quiz was started from, or ALL_DECKS; history is kept per this value. */
  deck: string;
}

/** A card offered to the quiz with the deck it belongs to (a StudyCard fits). */
export interface QuizCard {
  deck: string;
  card: DeckCard;
}

/** 'choice' shows OPTION_COUNT buttons; 'type-in' a text field checked by matchesAnswer. */
export type QuestionMode = 'choice' | 'type-in';

/** One question, frozen at creation so a resumed quiz shows exactly what it showed before. */
export interface QuizQuestion {
  /** Deck slug of the card. */
  deck: string;
  cardId: string;
  kind: CardKind;
  mode: QuestionMode;
  /** A line above the prompt: WHO_SAID_LEAD for quotes, otherwise "". */
  lead: string;
  /** The card's prompt: a cloze sentence, a question, or for who-said cards the quote. */
  prompt: string;
  answer: string;
  /** For 'choice': OPTION_COUNT distinct strings in display order, the answer among them. Empty for 'type-in'. */
  options: string[];
  /** The article sentence the card came from, shown in the feedback and the results. */
  sentence: string;
}

/** How one question went. */
export interface QuizResponse {
  /** The option chosen or the text typed; null when time ran out or the learner gave up. */
  given: string | null;
  correct: boolean;
  /** True when the deadline passed before an answer. */
  timedOut: boolean;
  /** When the question was shown (epoch ms). */
  askedAt: number;
  /** When it was answered; for a time-out, its deadline. */
  answeredAt: number;
}

/** 'question' awaits an answer; 'feedback' shows the last response; 'finished' shows results. */
export type QuizPhase = 'question' | 'feedback' | 'finished';

/** The whole quiz; plain JSON (numbers for times) so the UI can save it and resume after a reload. */
export interface QuizState {
  version: typeof QUIZ_STATE_VERSION;
  settings: QuizSettings;
  /** True for a "Practise mistakes" session, whose results are not quiz history. */
  practice: boolean;
  questions: QuizQuestion[];
  /** One per question answered, given up or timed out, in question order. */
  responses: QuizResponse[];
  /** The question being asked, or whose feedback is shown. */
  index: number;
  phase: QuizPhase;
  startedAt: number;
  /** When the current question was shown. */
  askedAt: number;
  /** When the current question times out, or null without a time limit. */
  deadline: number | null;
  /** When the last feedback was left; null until then. */
  finishedAt: number | null;
  /** The latest transition: what resumeQuiz measures an absence from. */
  updatedAt: number;
}

/** A question the learner got wrong, for the results screen and "Practise mistakes". */
export interface QuizMistake {
  question: QuizQuestion;
  /** What they chose or typed; null for a time-out or giving up. */
  given: string | null;
  timedOut: boolean;
}

/** The end screen's numbers. */
export interface QuizResults {
  /** Questions answered right: the N of "N of M". */
  score: number;
  /** Questions in the quiz: the M. */
  total: number;
  /** score / total, 0–1. */
  accuracy: number;
  timedOut: number;
  /** Wall-clock time from start to finish, feedback screens included. */
  durationMs: number;
  /** Time spent on the questions alone, from showing each to its answer or time-out. */
  answeringMs: number;
  mistakes: QuizMistake[];
}

/** Start a quiz at `now` on the first question. Throws when no card can be asked. */
export function createQuiz(cards: readonly QuizCard[], settings: QuizSettings, now: number): QuizState {
  const random = createRandom(settings.seed);
  const usable = distinctCards(cards);
  const count = sizeOf(usable.length, settings.questionCount);
  const picked = shuffle(usable, random).slice(0, count);
  return start(picked.map((c) => makeQuestion(c, random)), { ...settings }, false, now);
}

/** How many questions a quiz over `cards` would ask; lets the UI disable "Start quiz" at 0. */
export function quizSize(cards: readonly QuizCard[], questionCount: QuestionCount): number {
  return sizeOf(distinctCards(cards).length, questionCount);
}


/**
 * A "Practise mistakes" session: the questions `quiz` got wrong, reshuffled with `seed`, with the
 * quiz's time limit unless `secondsPerQuestion` is given. Throws when there were no mistakes.
 */
export function practiceQuiz(
  quiz: QuizState,
  options: { seed: number; secondsPerQuestion?: SecondsPerQuestion },
  now: number,
): QuizState {
  const mistakes = results(quiz).mistakes.map((m) => m.question);
  if (mistakes.length === 0) throw new Error('There are no mistakes to practise.');
  const random = createRandom(options.seed);
  const questions = shuffle(mistakes, random).map((q) =>
    q.mode === 'choice' ? { ...q, options: shuffle(q.options, random) } : { ...q },
  );
  const settings: QuizSettings = {
    ...quiz.settings,
    questionCount: 'all',
    seed: options.seed,
    secondsPerQuestion:
      options.secondsPerQuestion === undefined ? quiz.settings.secondsPerQuestion : options.secondsPerQuestion,
  };
  return start(questions, settings, true, now);
}

/** The question being asked or reviewed; undefined once finished. */
export function currentQuestion(state: QuizState): QuizQuestion | undefined {
  return state.phase === 'finished' ? undefined : state.questions[state.index];
}

/** The response the feedback screen shows; undefined outside 'feedback'. */
export function currentResponse(state: QuizState): QuizResponse | undefined {
  return state.phase === 'feedback' ? state.responses[state.index] : undefined;
}

/**
 * Milliseconds left on the current question, from 0 up to the limit; null without a limit or
 * outside 'question'. Clamped above too, so a clock set back cannot show more than the limit.
 */
export function timeLeftMs(state: QuizState, now: number): number | null {
  if (state.phase !== 'question' || state.deadline === null) return null;
  const limit = state.deadline - state.askedAt;
  return Math.min(limit, Math.max(0, state.deadline - now));
}

/**
 * Answer the current question with an option's text or typed text. An answer at or after the
 * deadline is a time-out. Ignored (the same state comes back) outside 'question', for a
 * choice that is not an option, and for blank typed text, so a double tap or a stray Enter
 * cannot cost a question.
 */
export function answer(state: QuizState, given: string, now: number): QuizState {
  if (state.phase !== 'question') return state;
  if (isPastDeadline(state, now)) return timeOut(state, now);
  const q = state.questions[state.index]!;
  let correct: boolean;
  if (q.mode === 'choice') {
    if (!q.options.includes(given)) return state;
    correct = given === q.answer;
  } else {
    if (normaliseAnswer(given) === '') return state;
    correct = matchesAnswer(given, q.answer);
  }
  return respond(state, { given, correct, timedOut: false, askedAt: state.askedAt, answeredAt: Math.max(now, state.askedAt) }, now);
}

/** "I don't know": the question counts as wrong and the feedback shows the answer. */
export function giveUp(state: QuizState, now: number): QuizState {
  if (state.phase !== 'question') return state;
  if (isPastDeadline(state, now)) return timeOut(state, now);
  return respond(state, { given: null, correct: false, timedOut: false, askedAt: state.askedAt, answeredAt: Math.max(now, state.askedAt) }, now);
}

/**
 * Let time pass: at or after the deadline the question times out and counts as wrong.
 * Returns the very same state when nothing changed, so the UI can skip saving.
 */
export function tick(state: QuizState, now: number): QuizState {
  if (state.phase === 'question' && isPastDeadline(state, now)) return timeOut(state, now);
  return state;
}

/** Leave the feedback: on to the next question, or finished after the last. */
export function next(state: QuizState, now: number): QuizState {
  if (state.phase !== 'feedback') return state;
  if (state.index + 1 >= state.questions.length) {
    return { ...state, phase: 'finished', deadline: null, finishedAt: Math.max(now, state.updatedAt), updatedAt: now };
  }
  return { ...state, ...ask(state.settings, now), index: state.index + 1, phase: 'question', updatedAt: now };
}

/** Score, accuracy, times and mistakes; meant for 'finished', but counts what is answered at any point. */
export function results(state: QuizState): QuizResults {
  let score = 0;
  let timedOut = 0;
  let answeringMs = 0;
  const mistakes: QuizMistake[] = [];
  state.responses.forEach((r, i) => {
    answeringMs += Math.max(0, r.answeredAt - r.askedAt);
    if (r.timedOut) timedOut++;
    if (r.correct) score++;
    else mistakes.push({ question: state.questions[i]!, given: r.given, timedOut: r.timedOut });
  });
  const total = state.questions.length;
  const end = state.finishedAt ?? state.updatedAt;
  return {
    score,
    total,
    accuracy: total === 0 ? 0 : score / total,
    timedOut,
    durationMs: Math.max(0, end - state.startedAt),
    answeringMs,
    mistakes,
  };
}

/** What resumeQuiz decided about a saved quiz. */
export type ResumeOutcome =
  | {
      status: 'resumed';
      state: QuizState;
      /** The question on screen ran out of time while the page was away. */
      timedOutWhileAway: boolean;
    }
  | {
      status: 'abandoned';
      /** 'stale': untouched for over ABANDON_AFTER_MS; 'unreadable': not a quiz this version can read. */
      reason: 'stale' | 'unreadable';
    };

/**
 * Pick a saved quiz up after a reload. The rule: a quiz whose last transition (answer, time-out,
 * next) is more than ABANDON_AFTER_MS before `now` is abandoned, as is anything that does not
 * read as a QuizState of this version; otherwise it resumes, and if the question on screen
 * passed its deadline meanwhile, it times out at that deadline, exactly as if the tab had
 * stayed open. A finished quiz resumes on its results.
 */
export function resumeQuiz(saved: unknown, now: number): ResumeOutcome {
  if (!isQuizState(saved)) return { status: 'abandoned', reason: 'unreadable' };
  if (saved.phase !== 'finished' && now - saved.updatedAt > ABANDON_AFTER_MS) return { status: 'abandoned', reason: 'stale' };
  const state = tick(saved, now);
  return { status: 'resumed', state, timedOutWhileAway: state !== saved };
}

function sizeOf(available: number, questionCount: QuestionCount): number {
  if (questionCount === 'all') return available;
  return Math.max(0, Math.min(Math.floor(questionCount), available));
}

function start(questions: QuizQuestion[], settings: QuizSettings, practice: boolean, now: number): QuizState {
  if (questions.length === 0) throw new Error('There are no cards to quiz on.');
  return {
    version: QUIZ_STATE_VERSION,
    settings,
    practice,
    questions,
    responses: [],
    index: 0,
    phase: 'question',
    startedAt: now,
    ...ask(settings, now),
    finishedAt: null,
    updatedAt: now,
  };
}

function ask(settings: QuizSettings, now: number): Pick<QuizState, 'askedAt' | 'deadline'> {
  const s = settings.secondsPerQuestion;
  return { askedAt: now, deadline: s === null ? null : now + s * 1000 };
}

function isPastDeadline(state: QuizState, now: number): boolean {
  return state.deadline !== null && now >= state.deadline;
}

function timeOut(state: QuizState, now: number): QuizState {
  const deadline = state.deadline!;
  return respond(state, { given: null, correct: false, timedOut: true, askedAt: state.askedAt, answeredAt: deadline }, now);
}

function respond(state: QuizState, response: QuizResponse, now: number): QuizState {
  return { ...state, responses: [...state.responses, response], phase: 'feedback', deadline: null, updatedAt: now };
}

// The same card listed twice (two deck lists merged) or two cards reading the same would
// look like a repeat to the learner, so each is asked once. Cards whose answer has no
// letters or digits cannot be judged when typed, and are left out.
function distinctCards(cards: readonly QuizCard[]): QuizCard[] {
  const seen = new Set<string>();
  const out: QuizCard[] = [];
  for (const c of cards) {
    if (normaliseAnswer(c.card.answer) === '') continue;
    const ids = `id\u0000${c.deck}\u0000${c.card.id}`;
    const text = `text\u0000${c.card.prompt}\u0000${c.card.answer}`;
    if (seen.has(ids) || seen.has(text)) continue;
    seen.add(ids);
    seen.add(text);
    out.push(c);
  }
  return out;
}

function makeQuestion({ deck, card }: QuizCard, random: Random): QuizQuestion {
  const base = {
    deck,
    cardId: card.id,
    kind: card.kind,
    lead: card.kind === 'who-said' ? WHO_SAID_LEAD : '',
    prompt: card.prompt,
    answer: card.answer,
    sentence: card.source.sentence,
  };
  // A distractor that reads as the answer ("The Hague" beside "Hague") or as another
  // distractor would make two buttons say the same thing, so only one of each is kept.
  const seen = new Set([normaliseAnswer(card.answer)]);
  const distractors: string[] = [];
  for (const choice of card.choices ?? []) {
    const key = normaliseAnswer(choice);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    distractors.push(choice);
  }
  if (distractors.length < OPTION_COUNT - 1) return { ...base, mode: 'type-in', options: [] };
  const picked = shuffle(distractors, random).slice(0, OPTION_COUNT - 1);
  return { ...base, mode: 'choice', options: shuffle([card.answer, ...picked], random) };
}

const PHASES: readonly string[] = ['question', 'feedback', 'finished'];

// Saved state comes from storage a newer or older app may have written, so it is checked
// field by field before the machine trusts it.
function isQuizState(v: unknown): v is QuizState {
  if (!isObject(v) || v.version !== QUIZ_STATE_VERSION) return false;
  const s = v as Partial<Record<keyof QuizState, unknown>>;
  if (!isObject(s.settings) || typeof s.practice !== 'boolean') return false;
  if (!Array.isArray(s.questions) || !Array.isArray(s.responses) || s.questions.length === 0) return false;
  if (!s.questions.every(isQuestion) || !s.responses.every(isResponse)) return false;
  if (typeof s.phase !== 'string' || !PHASES.includes(s.phase)) return false;
  if (!isNum(s.startedAt) || !isNum(s.askedAt) || !isNum(s.updatedAt)) return false;
  if (!(s.deadline === null || isNum(s.deadline)) || !(s.finishedAt === null || isNum(s.finishedAt))) return false;
  const set = s.settings;
  if (!isNum(set.seed) || typeof set.deck !== 'string' || !(set.secondsPerQuestion === null || isNum(set.secondsPerQuestion))) return false;
  const n = s.questions.length;
  const index = s.index;
  if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= n) return false;
  const answered = s.responses.length;
  if (s.phase === 'question') return answered === index;
  if (s.phase === 'feedback') return answered === (index as number) + 1;
  return answered === n && index === n - 1;
}

function isQuestion(q: unknown): boolean {
  if (!isObject(q)) return false;
  const strings = ['deck', 'cardId', 'kind', 'lead', 'prompt', 'answer', 'sentence'] as const;
  if (!strings.every((k) => typeof q[k] === 'string')) return false;
  if (!Array.isArray(q.options) || !q.options.every((o) => typeof o === 'string')) return false;
  if (q.mode === 'choice') return q.options.length === OPTION_COUNT && q.options.includes(q.answer as string);
  return q.mode === 'type-in';
}

function isResponse(r: unknown): boolean {
  return (
    isObject(r) &&
    (r.given === null || typeof r.given === 'string') &&
    typeof r.correct === 'boolean' &&
    typeof r.timedOut === 'boolean' &&
    isNum(r.askedAt) &&
    isNum(r.answeredAt)
  );
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
