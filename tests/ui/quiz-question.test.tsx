// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'solid-js/web';
import { createSignal } from 'solid-js';
import { answer, createQuiz, giveUp, type QuizCard, type QuizState } from '../../src/core/quiz';
import type { DeckCard } from '../../src/core/deck';
import { QuizQuestionView } from '../../src/ui/components/quiz-question';

const T0 = Date.UTC(2025, 4, 10, 12);

function deckCard(over: Partial<DeckCard>): DeckCard {
  return { id: 'c1', kind: 'cloze', section: '', prompt: 'P _____.', answer: 'A', source: { sentence: 'The sentence.', start: 0, end: 13 }, ...over };
}

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

/** Renders the question view over a live quiz; actions run the engine at T0 + 1 s. */
function mount(card: DeckCard) {
  const cards: QuizCard[] = [{ deck: 'd', card }];
  const [state, setState] = createSignal<QuizState>(createQuiz(cards, { questionCount: 'all', secondsPerQuestion: 20, seed: 1, deck: 'd' }, T0));
  const pointer: boolean[] = [];
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(
    () => (
      <QuizQuestionView
        state={state()}
        now={T0 + 4_500}
        onAnswer={(given, byPointer) => {
          pointer.push(byPointer);
          setState(answer(state(), given, T0 + 1000));
        }}
        onGiveUp={() => setState(giveUp(state(), T0 + 1000))}
        onNext={() => {}}
      />
    ),
    root,
  );
  return { root, state, pointer };
}

const buttons = (root: HTMLElement) => [...root.querySelectorAll('button')];
const byText = (root: HTMLElement, text: string) => buttons(root).find((b) => b.textContent === text);

describe('the quiz question view', () => {
  it('names each option button by its text alone and marks the answer after a tap', () => {
    const { root, pointer } = mount(deckCard({ answer: 'Tehran', choices: ['Tehran', 'Baku', 'Yerevan', 'Ankara'] }));
    const options = [...root.querySelectorAll<HTMLButtonElement>('button.option')];
    expect(options.map((b) => b.textContent).sort()).toEqual(['Ankara', 'Baku', 'Tehran', 'Yerevan']);
    // The key hints 1–4 sit beside the buttons, hidden from screen readers.
    expect([...root.querySelectorAll('.key')].every((k) => k.getAttribute('aria-hidden') === 'true')).toBe(true);
    const timer = root.querySelector('[role="timer"]')!;
    expect(timer.getAttribute('aria-label')).toBe('Time left');
    expect(timer.textContent).toBe('16 s');

    byText(root, 'Baku')!.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
    expect(pointer).toEqual([true]);
    expect(root.querySelector('.verdict')!.textContent).toBe('Wrong');
    expect(root.querySelector('.feedback .right-answer')!.textContent).toBe('Tehran');
    expect(root.textContent).toContain('You answered: Baku');
    expect(root.querySelector('.feedback .source-sentence')!.textContent).toBe('The sentence.');
    expect(options.every((b) => b.disabled)).toBe(true);
    expect(root.querySelector('li.right .option')!.textContent).toBe('Tehran');
    expect(byText(root, 'Next question')).toBeDefined();
    // The countdown stops with the answer.
    expect(root.querySelector('[role="timer"]')).toBeNull();
  });

  it('asks a quote as "Who said it?" in a labelled field that accepts the name without accents', () => {
    const { root, state } = mount(deckCard({ kind: 'who-said', prompt: '“We will respond.”', answer: 'Yaşar Güler' }));
    expect(root.querySelector('.quiz-lead')!.textContent).toBe('Who said it?');
    const input = root.querySelector<HTMLInputElement>('#quiz-answer')!;
    expect(root.querySelector('label[for="quiz-answer"]')!.textContent).toBe('Your answer');
    expect(root.querySelectorAll('button.option')).toHaveLength(0);

    input.value = 'Yasar Guler';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(state().responses[0]).toMatchObject({ given: 'Yasar Guler', correct: true });
    expect(root.querySelector('.verdict')!.textContent).toBe('Right');
    expect(root.querySelector('.feedback .right-answer')!.textContent).toBe('Yaşar Güler');
  });

  it('lets "I don\'t know" count as a mistake and show the answer', () => {
    const { root, state } = mount(deckCard({ kind: 'question', prompt: 'Where?', answer: 'Baku' }));
    byText(root, "I don't know")!.click();
    expect(state().responses[0]).toMatchObject({ given: null, correct: false, timedOut: false });
    expect(root.querySelector('.verdict')!.textContent).toBe('Wrong');
    expect(root.querySelector('.feedback .right-answer')!.textContent).toBe('Baku');
  });
});
