/**
 * npm run decks: regenerate decks/<slug>/deck.json for every bundled article.
 * With --check it only compares and exits 1 on any difference, never rewriting a file,
 * so the test run catches a deck.json that is stale or edited by hand.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { deckFolders, renderDeck } from './deck-files';

const check = process.argv.includes('--check');
let stale = 0;
for (const folder of deckFolders()) {
  const file = join(folder.dir, 'deck.json');
  const fresh = renderDeck(folder);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === fresh) {
    console.log(`${folder.slug}: up to date`);
  } else if (check) {
    stale++;
    console.error(`${folder.slug}: deck.json ${current === undefined ? 'is missing' : 'differs from what the generator makes now'}. Run "npm run decks" and commit the result.`);
  } else {
    writeFileSync(file, fresh);
    console.log(`${folder.slug}: wrote ${JSON.parse(fresh).cards.length} cards`);
  }
}
if (stale) process.exit(1);
