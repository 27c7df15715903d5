/** prepareArticle: plain text and Markdown in, a clean body and attribution out. */
import { prepareArticle } from '../../src/generate/index';

describe('prepareArticle', () => {
  it('normalises BOM, CRLF and Unicode form', () => {
    const { body } = prepareArticle('\uFEFFCafe\u0301 society met in Paris on Monday.\r\nIt rained all day in the city.\r\n');
    expect(body).toBe('Café society met in Paris on Monday.\nIt rained all day in the city.');
  });

  it('reads front matter, a # title and headings from Markdown, and strips its syntax', () => {
    const md = [
      '---',
      'title: "A Title"',
      'authors: ["Ann Lee", "Bo Chan"]',
      'publisher: Example Press',
      'date: 2024-03-15',
      '---',
      '# A Title',
      '',
      '## First part',
      '',
      'Some **bold** and *italic* text with a [link](https://example.com)',
      'wrapped over two lines.',
      '',
      '- an item in a list',
      '![image](x.png)',
    ].join('\n');
    const { body, meta } = prepareArticle(md, 'a.md');
    expect(meta).toEqual({ title: 'A Title', authors: ['Ann Lee', 'Bo Chan'], publisher: 'Example Press', date: '2024-03-15' });
    expect(body).toBe('First part\nSome bold and italic text with a link wrapped over two lines.\nan item in a list');
  });

  it('takes a first line as title, then a byline and a date line, from plain text', () => {
    const txt = 'The Big Story\nBy Ann Lee and Bo Chan\nMarch 2024\n\nThe first paragraph starts here and goes on.\nA heading\nMore text follows in a second paragraph.';
    const { body, meta } = prepareArticle(txt, 'story.txt');
    expect(meta).toEqual({ title: 'The Big Story', authors: ['Ann Lee', 'Bo Chan'], date: '2024-03' });
    expect(body.startsWith('The first paragraph')).toBe(true);
  });

  it('leaves a body that is already prepared unchanged', () => {
    const t = 'On Dec. 31, the minister called.\nA heading\nAnother paragraph here.';
    expect(prepareArticle(t, 'article.txt').body).toBe(t);
  });
});
