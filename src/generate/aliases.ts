/**
 * Names that stand for the same thing, so a card never offers two of them as choices and never
 * shows one while asking for the other: an acronym and its expansion ("IRGC", "Islamic
 * Revolutionary Guard Corps", also when the article defines it in parentheses or by
 * apposition), a surname and the full name ("Aliyev", "Ilham Aliyev"), a capital and its
 * country ("Tehran", "Iran"; a small built-in table), and possessive or genitive variants
 * ("Tehran’s", "State Security Service of Azerbaijan").
 */
import { NAME_SUFFIXES, NAME_TITLES, PLACE_HEADS, TITLES } from './lexicon';
import { foldText } from './rules';

/** Capitals, seats of government and common epithets, each group naming one country. */
const METONYMS: string[][] = [
  ['Iran', 'Tehran', 'Islamic Republic', 'Islamic Republic of Iran'],
  ['Azerbaijan', 'Baku'],
  ['Armenia', 'Yerevan'],
  ['Georgia', 'Tbilisi'],
  ['Russia', 'Moscow', 'Kremlin', 'Russian Federation'],
  ['Turkey', 'Ankara', 'Türkiye'],
  ['United States', 'Washington', 'White House', 'US', 'USA', 'U.S.', 'America'],
  ['United Kingdom', 'Britain', 'Great Britain', 'London', 'UK', 'Downing Street', 'Whitehall'],
  ['France', 'Paris', 'Élysée'],
  ['Germany', 'Berlin'],
  ['Italy', 'Rome'],
  ['Spain', 'Madrid'],
  ['Greece', 'Athens'],
  ['Poland', 'Warsaw'],
  ['Ukraine', 'Kyiv', 'Kiev'],
  ['Belarus', 'Minsk'],
  ['Israel', 'Jerusalem', 'Jewish state'],
  ['Egypt', 'Cairo'],
  ['Syria', 'Damascus'],
  ['Iraq', 'Baghdad'],
  ['Lebanon', 'Beirut'],
  ['Yemen', 'Sanaa', "Sana'a"],
  ['Jordan', 'Amman'],
  ['Saudi Arabia', 'Riyadh'],
  ['Qatar', 'Doha'],
  ['United Arab Emirates', 'UAE', 'Abu Dhabi'],
  ['Afghanistan', 'Kabul'],
  ['Pakistan', 'Islamabad'],
  ['India', 'New Delhi'],
  ['China', 'Beijing'],
  ['Japan', 'Tokyo'],
  ['Canada', 'Ottawa'],
  ['Mexico', 'Mexico City'],
  ['Brazil', 'Brasília', 'Brasilia'],
  ['Kenya', 'Nairobi'],
  ['Soviet Union', 'USSR'],
];

const CONNECTIVES = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'des', 'la', 'le', '&']);

/** Case-, quote- and possessive-folded form without a leading "the". */
export function aliasForm(s: string): string {
  return foldText(s)
    .replace(/['’]s?\b(?=\s|$)/g, '')
    .replace(/^the\s+/, '')
    .replace(/[\s-]+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

/** Initials of a capitalised name, skipping connectives: "Islamic Revolutionary Guard Corps" → "IRGC". */
export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w && !CONNECTIVES.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return '';
  return words.map((w) => w.charAt(0)).join('').toUpperCase();
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]{1,7}$/u;
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:of|the|and|for|de|du|la)\\s+)*\\p{Lu}[\\p{L}\\p{M}'’.-]*)+";
const DEFINITIONS: RegExp[] = [
  // "Islamic Revolutionary Guard Corps (IRGC)"
  new RegExp(`(${NAME})\\s*\\((?:the\\s+)?(\\p{Lu}[\\p{Lu}\\d&.]{1,7})\\)`, 'gu'),
  // "(linked to the Islamic Revolutionary Guard Corps, IRGC)", "the Islamic Revolutionary Guard Corps, or IRGC,"
  new RegExp(`(${NAME}),\\s+(?:or\\s+|known as\\s+|also known as\\s+)?(?:the\\s+)?(\\p{Lu}[\\p{Lu}\\d&.]{1,7})(?=[),.;:\\s]|$)`, 'gu'),
  // "IRGC (Islamic Revolutionary Guard Corps)"
  new RegExp(`\\b(\\p{Lu}[\\p{Lu}\\d&.]{1,7})\\s*\\((?:the\\s+)?(${NAME})\\)`, 'gu'),
];

/** Which names of an article stand for the same thing; built once per article. */
export class AliasIndex {
  private parent = new Map<string, string>();
  private known = new Map<string, string>();

  constructor(names: Iterable<string>, body: string) {
    for (const group of METONYMS) for (const n of group.slice(1)) this.union(group[0]!, n);
    const list = [...names];
    for (const n of list) this.note(n);
    const byInitials = new Map<string, string[]>();
    for (const n of list) {
      const i = initialsOf(n);
      if (i.length >= 2) byInitials.set(i, [...(byInitials.get(i) ?? []), n]);
    }
    for (const n of list) {
      const a = n.replace(/\./g, '');
      if (ACRONYM.test(n)) for (const full of byInitials.get(a) ?? []) this.union(n, full);
    }
    for (const re of DEFINITIONS) {
      re.lastIndex = 0;
      for (let m = re.exec(body); m; m = re.exec(body)) {
        const [x, y] = [m[1]!.replace(/^(?:The|the)\s+/, ''), m[2]!];
        const acr = ACRONYM.test(x) ? x : y;
        const full = acr === x ? y : x;
        // By apposition only when the initials agree, so "Baku, UK" is no definition.
        if (re !== DEFINITIONS[1] || initialsOf(full) === acr.replace(/\./g, '')) {
          this.note(acr);
          this.note(full);
          this.union(acr, full);
        }
      }
    }
  }

  private note(n: string): void {
    const f = aliasForm(n);
    if (f && !this.known.has(f)) this.known.set(f, n);
  }

  private find(f: string): string {
    let p = this.parent.get(f) ?? f;
    while (p !== (this.parent.get(p) ?? p)) p = this.parent.get(p)!;
    if (p !== f) this.parent.set(f, p);
    return p;
  }

  private union(a: string, b: string): void {
    const ra = this.find(aliasForm(a));
    const rb = this.find(aliasForm(b));
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }

  /** Whether a and b name the same thing. */
  same(a: string, b: string): boolean {
    const fa = aliasForm(a);
    const fb = aliasForm(b);
    if (!fa || !fb) return false;
    if (fa === fb || this.find(fa) === this.find(fb)) return true;
    return partOf(fa, fb) || partOf(fb, fa);
  }

  /** The article's names (and the table's) that are aliases of `a`, itself excluded. */
  aliasesOf(a: string): string[] {
    const fa = aliasForm(a);
    const out: string[] = [];
    for (const [f, n] of this.known) if (f !== fa && this.same(fa, f)) out.push(n);
    for (const group of METONYMS) if (group.some((g) => this.same(g, a))) for (const g of group) if (aliasForm(g) !== fa && !out.includes(g)) out.push(g);
    return out;
  }
}

/** A shorter name that begins or ends a longer one, word for word: "Aliyev" in "Ilham Aliyev". */
function partOf(short: string, long: string): boolean {
  if (short.length < 4 || short.length >= long.length) return false;
  const s = short.split(' ');
  const l = long.split(' ');
  if (s.length >= l.length) return false;
  // "Pasha" is no alias of "Said Pasha", nor "Lake" of "Lake Timsah": a title or head names nobody.
  if (s.every((w) => TITLES.has(w) || NAME_TITLES.has(w) || NAME_SUFFIXES.has(w) || PLACE_HEADS.has(w))) return false;
  // "Aliyev" of "Ilham Aliyev"; "State Security Service" of "… of Azerbaijan"; "Aras" of "Aras River".
  return l.slice(l.length - s.length).join(' ') === short || l.slice(0, s.length).join(' ') === short;
}
