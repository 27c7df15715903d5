import { describe, expect, it } from 'vitest';
import { matchesAnswer, normaliseAnswer } from '../../src/core/answer-match';

describe('matchesAnswer accepts the same answer written differently', () => {
  it.each([
    ['Yasar Guler', 'Yaşar Güler'], // the example: accents
    ['yaşar güler', 'Yaşar Güler'], // case
    ['YASAR GULER', 'Yaşar Güler'],
    ['  Yaşar   Güler ', 'Yaşar Güler'], // spacing
    ['Yaşar Güler.', 'Yaşar Güler'], // punctuation
    ['Tehran', 'the Tehran'], // a leading article on either side
    ['the tehran', 'Tehran'],
    ['An Arab Spring', 'Arab Spring'],
    ['Amir Abdollahian', 'Amir-Abdollahian'], // a hyphen is punctuation
    ['Irans foreign policy', 'Iran’s foreign policy'], // curly apostrophe
    ["Iran's foreign policy", 'Iran’s foreign policy'],
    ['US', 'U.S.'],
    ['1000', '1,000'],
    ['Istanbul', 'İstanbul'], // Turkish capital dotted I
    ['ilham aliyev', 'Ilham Aliyev'],
    ['Isik', 'Işık'], // dotless ı does not decompose; it is folded by hand
    ['Lodz', 'Łódź'],
    ['Strasse', 'Straße'],
    ['Søren', 'Soren'],
    ['Ｎａｇｏｒｎｏ', 'Nagorno'], // full-width letters
    ['Zoë', 'Zoe'],
  ])('%s ≈ %s', (typed, answer) => {
    expect(matchesAnswer(typed, answer)).toBe(true);
  });
});

describe('matchesAnswer rejects', () => {
  it('empty or punctuation-only input', () => {
    expect(matchesAnswer('', 'Tehran')).toBe(false);
    expect(matchesAnswer('   ', 'Tehran')).toBe(false);
    expect(matchesAnswer('?!', 'Tehran')).toBe(false);
  });

  it('a lone article typed for a longer answer', () => {
    expect(matchesAnswer('the', 'The Hague')).toBe(false);
  });

  it.each([
    ['Baku', 'Tehran'],
    ['Guler', 'Yaşar Güler'], // only part of the answer
    ['Yaşar Güler Bey', 'Yaşar Güler'], // extra words
    ['Tehrn', 'Tehran'], // a typo is not forgiven
    ['35', '3.5'], // a decimal point is not mere punctuation
    ['2021', '2020'],
    ['Hague', 'The Hague Convention'],
  ])('%s for %s', (typed, answer) => {
    expect(matchesAnswer(typed, answer)).toBe(false);
  });
});

describe('normaliseAnswer', () => {
  it('drops case, accents, punctuation, spaces and one leading article', () => {
    expect(normaliseAnswer('The Yaşar Güler!')).toBe('yasarguler');
    expect(normaliseAnswer('the the')).toBe('the');
  });

  it('keeps an answer that is only an article', () => {
    expect(normaliseAnswer('A')).toBe('a');
    expect(matchesAnswer('a', 'A')).toBe(true);
  });

  it('keeps decimal numbers whole', () => {
    expect(normaliseAnswer('3.5 million')).toBe('3.5million');
  });
});
