/**
 * What compromise lacks: titles that stand before names, words that name organisations and
 * places, and words it wrongly takes for people. Small on purpose; extend with care.
 */

/** Titles stripped from a person's answer ("President Ilham Aliyev" → "Ilham Aliyev"). */
export const TITLES = new Set(
  (
    'president vice prime minister ministers secretary foreign defense defence interior finance chief deputy ' +
    'senator sen governor gov general gen admiral colonel col lieutenant lt captain capt sergeant major mayor ' +
    'ambassador judge justice chancellor chairman chairwoman chair ceo director professor prof dr mr mrs ms ' +
    'miss doctor spokesman spokeswoman spokesperson commander premier leader speaker envoy representative rep ' +
    'staff the of military supreme ayatollah sheikh'
  ).split(' '),
);

/** Royal and noble titles that are part of how a person is named ("Queen Victoria"). */
export const NAME_TITLES = new Set('queen king empress emperor lord lady sir dame pope saint prince princess duke tsar czar sultan shah'.split(' '));

/** Honorifics written after a name ("Said Pasha"). */
export const NAME_SUFFIXES = new Set('pasha bey khan effendi'.split(' '));

/** Last words that make a capitalised run an organisation. */
export const ORG_HEADS = new Set(
  (
    'company corporation corp inc ltd group university college institute school laboratory laboratories lab ' +
    'board council committee commission agency service services ministry department bank fund organization ' +
    'organisation union association society party army navy corps court parliament congress senate center ' +
    'centre foundation office bureau network channel times post journal administration guard hospital museum ' +
    'library academy assembly alliance federation league force forces police police ' +
    'authority trust observatory station'
  ).split(' '),
);

/** Last words that make a capitalised run a place. */
export const PLACE_HEADS = new Set(
  'river sea ocean lake mountains mountain gulf strait canal valley desert island islands bay peninsula coast cape province region city county street square basin'.split(' '),
);

/** Lower-case heads that make "<Name> <head>" a named thing ("Zangezur … corridor"). */
export const THING_HEADS = new Set(
  'corridor movement doctrine operation project programme program exercise exercises drills plan strategy initiative agreement accord treaty pipeline war state campaign mission reform act law'.split(' '),
);

/** Words compromise may tag as people that never are. */
export const NOT_PEOPLE = new Set(
  'phd pandora pandora’s pandora\'s mei md ba ma bsc msc mba god allah st saint mary’s tv covid'.split(' '),
);

/** Capitalised words that are not names when they start a run. */
export const NOT_NAMES = new Set(
  (
    'the a an this that these those it its he she they we i you his her their our my your in on at by for ' +
    'from to of and or but if when while as after before during since until although though because yet so ' +
    'however nevertheless moreover meanwhile indeed still also just most more some many both each every ' +
    'according under over with without into onto upon about among between through toward towards against ' +
    'today yesterday tomorrow there here what which who whom whose where why how not no nor all any ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr'
  ).split(' '),
);

/** Short all-capital words that are not organisations. */
export const NOT_ACRONYMS = new Set('I II III IV V VI TV AM PM OK DNA RNA GDP CEO PHD USD EUR UK US USA EU UN AD BC CE BCE A'.split(' '));

/** Acronyms of places and unions commonly written in capitals. */
export const PLACE_ACRONYMS = new Set('UK US USA UAE DRC'.split(' '));
export const ORG_ACRONYMS = new Set('EU UN NATO WHO IMF OPEC ASEAN'.split(' '));

/** Verbs that introduce or follow a quotation. */
export const SPEECH_VERBS =
  'said|says|say|saying|told|tells|telling|wrote|writes|writing|declared|declares|declaring|stated|states|stating|added|adds|noted|notes|proclaimed|proclaims|argued|argues|insisted|insists|asked|asks|explained|explains|announced|announces|warned|warns|warning|claimed|claims|replied|replies|stressed|stresses|emphasized|emphasised|emphasizes|cautioned|cautions|remarked|recalled|recalls|tweeted|posted|concluded|admitted|acknowledged|observed|predicted|promised|vowed|urged|suggested|complained|joked|explained';

/** Built-in distractors, used only when the article itself offers too few of a kind. */
export const FALLBACK: Record<string, string[]> = {
  person: ['Angela Merkel', 'Nelson Mandela', 'Winston Churchill', 'Marie Curie', 'Charles Darwin', 'Indira Gandhi'],
  place: ['Egypt', 'France', 'Japan', 'Brazil', 'Kenya', 'Canada', 'India', 'Mexico'],
  org: ['United Nations', 'World Bank', 'Red Cross', 'European Commission', 'African Union', 'Royal Society'],
  month: ['January', 'March', 'May', 'July', 'September', 'November', 'February', 'April', 'June', 'August', 'October', 'December'],
};
