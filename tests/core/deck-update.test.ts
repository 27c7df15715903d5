import { describe, expect, it } from 'vitest';
import { applyEdits, diffDecks, flagsAfterUpdate, makeEdit, mergeRegenerated, type CardEdit } from '../../src/core/deck-update';
import { isHidden } from '../../src/core/card-flags';
import { card } from './helpers';

const v1 = [card('a', 0, 10), card('b', 11, 20), card('c', 21, 30)];
// The revised article dropped fact b, kept a and c (at new offsets), and added d.
const v2 = [card('a', 0, 10), card('c', 40, 50), card('d', 51, 60)];

describe('diffDecks', () => {
  it('lists added, retired and kept cards by id, kept ones in their regenerated form', () => {
    const d = diffDecks(v1, v2);
    expect(d.added.map((c) => c.id)).toEqual(['d']);
    expect(d.retired.map((c) => c.id)).toEqual(['b']);
    expect(d.kept.map((c) => c.id)).toEqual(['a', 'c']);
    expect(d.kept[1]!.source.start).toBe(40);
  });

  it('retired cards are kept in the stored list, never deleted', () => {
    const stored = mergeRegenerated(v1, v2);
    expect(stored.map((c) => c.id)).toEqual(['a', 'c', 'd', 'b']);
    // A second regeneration still keeps b, which was retired the first time.
    const v3 = [card('a', 0, 10)];
    expect(mergeRegenerated(stored, v3).map((c) => c.id)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('flags retired cards so they leave the queue, and un-retires one that comes back', () => {
    const d = diffDecks(v1, v2);
    const updates = flagsAfterUpdate(d, { b: { leech: true } });
    expect(updates).toEqual({ b: { leech: true, retired: true } });
    expect(isHidden(updates.b, 0)).toBe(true);

    const stored = mergeRegenerated(v1, v2);
    const back = [...v2, card('b', 11, 20)];
    const d2 = diffDecks(stored, back, new Set(['b']));
    expect(d2.added.map((c) => c.id)).toEqual(['b']);
    expect(d2.retired).toEqual([]);
    expect(flagsAfterUpdate(d2, { b: { leech: true, retired: true } })).toEqual({ b: { leech: true } });
    // Also when the caller did not say which ids were retired.
    expect(flagsAfterUpdate(diffDecks(stored, back), { b: { retired: true } })).toEqual({ b: {} });
  });

  it('writes nothing when nothing changed', () => {
    const d = diffDecks(v1, v1);
    expect(d).toEqual({ added: [], retired: [], kept: v1 });
    expect(flagsAfterUpdate(d, {})).toEqual({});
  });
});

describe('edits', () => {
  const gen = card('a', 0, 10, { prompt: 'The _____ rose.', answer: 'sun' });

  it('keeps only the fields the user changed, trimmed', () => {
    expect(makeEdit(gen, { prompt: 'The _____ rose.', answer: ' Sun ' }, 7)).toEqual({ ok: true, edit: { answer: 'Sun', editedAt: 7 } });
    expect(makeEdit(gen, { prompt: 'Which star rose?', answer: 'sun' }, 7)).toEqual({ ok: true, edit: { prompt: 'Which star rose?', editedAt: 7 } });
  });

  it('an edit back to the generated text means no edit record', () => {
    expect(makeEdit(gen, { prompt: gen.prompt, answer: gen.answer }, 7)).toEqual({ ok: true, edit: null });
  });

  it('refuses empty fields with messages', () => {
    expect(makeEdit(gen, { prompt: ' ', answer: '' }, 7)).toEqual({
      ok: false,
      errors: { prompt: 'The prompt cannot be empty.', answer: 'The answer cannot be empty.' },
    });
  });

  it('shows the edit over the generated card without changing it', () => {
    const edit: CardEdit = { prompt: 'Which star rose?', editedAt: 1 };
    const shown = applyEdits(gen, edit);
    expect(shown).toMatchObject({ prompt: 'Which star rose?', answer: 'sun', id: 'a' });
    expect(gen.prompt).toBe('The _____ rose.');
    expect(applyEdits(gen, undefined)).toBe(gen);
  });

  it('puts an edited answer in the old answer’s place among the choices', () => {
    const mc = { ...gen, choices: ['moon', 'sun', 'star', 'comet'] };
    expect(applyEdits(mc, { answer: 'Sun', editedAt: 1 }).choices).toEqual(['moon', 'Sun', 'star', 'comet']);
    // An edited answer that is already another choice would leave two right options: type it in.
    expect(applyEdits(mc, { answer: 'moon', editedAt: 1 }).choices).toBeUndefined();
    expect(applyEdits(mc, { prompt: 'Which star rose?', editedAt: 1 }).choices).toEqual(mc.choices);
  });

  it('survive regeneration: kept apart, keyed by card id, applied to the regenerated card', () => {
    const edits: Record<string, CardEdit> = {};
    const r = makeEdit(gen, { prompt: 'Which star rose?', answer: 'The sun' }, 5);
    if (r.ok && r.edit) edits[gen.id] = r.edit;

    // Regeneration builds fresh card objects (new offsets, maybe improved wording).
    const regenerated = [card('a', 30, 40, { prompt: 'At dawn the _____ rose.', answer: 'sun' }), card('z', 41, 50)];
    const diff = diffDecks([gen], regenerated);
    expect(diff.kept.map((c) => c.id)).toEqual(['a']);
    const shown = regenerated.map((c) => applyEdits(c, edits[c.id]));
    expect(shown[0]).toMatchObject({ id: 'a', prompt: 'Which star rose?', answer: 'The sun', source: { start: 30 } });
    expect(shown[1]).toBe(regenerated[1]);
  });

  it('a field the user never touched follows the regenerated text', () => {
    const r = makeEdit(gen, { prompt: gen.prompt, answer: 'Sun' }, 5);
    const edit = r.ok ? r.edit! : undefined;
    const regenerated = card('a', 0, 10, { prompt: 'At dawn the _____ rose.', answer: 'sun' });
    expect(applyEdits(regenerated, edit)).toMatchObject({ prompt: 'At dawn the _____ rose.', answer: 'Sun' });
  });
});
