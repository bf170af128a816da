/**
 * Words about a person's health or social circumstances (känsliga
 * personuppgifter and sekretess in social care), each a pattern for the word
 * and its inflections, matched as whole words without regard to case. Alone
 * they are the work of the bodies ("demensvård", "missbruksvården i
 * regionen"); next to a person's name they say something about that person.
 */
export const HEALTH_WORDS: readonly string[] = [
  'sjukskriv(?:en|et|na|ning|ningen|ningar)',
  'sjukskrevs',
  'sjuk',
  'sjukdom(?:en|ar)?',
  'sjukledig(?:t|a)?',
  'sjukhusvårdad(?:e)?',
  'inlagd(?:a)?',
  'diagnos(?:en|er|erna|tiserad|tiserades)?',
  'cancer(?:n)?',
  'tumör(?:en)?',
  'demens(?:en)?',
  'dement(?:a)?',
  'alzheimer(?:s)?',
  'depression(?:en|er)?',
  'deprimerad(?:e)?',
  'utbränd(?:a)?',
  'utmattningssyndrom(?:et)?',
  'psykos(?:en)?',
  'schizofreni(?:n)?',
  'bipolär(?:a)?',
  'adhd',
  'autism(?:en)?',
  'diabetes',
  'hiv',
  'graviditet(?:en)?',
  'gravid(?:a)?',
  '(?:alkohol|drog|narkotika|spel)?missbruk(?:et|ar|are|aren)?',
  '(?:alkohol|drog|narkotika|spel|läkemedels)beroende(?:t)?',
  // "Beroende på" and "beroende av" are also plain Swedish for "depending on".
  'beroende(?:t)?(?! (?:på|av)(?![\\p{L}]))',
  'alkoholist(?:en)?',
  'narkoman(?:en)?',
  'LVU',
  'LVM',
  'LPT',
  'omhändertag(?:en|et|na|ande|andet)',
  'placerad(?:e)?',
  'familjehem(?:met)?',
  'HVB',
  'försörjningsstöd(?:et)?',
  'ekonomiskt bistånd',
  'skyddat boende',
  'skyddad identitet',
  'orosanmäl(?:an|ningen|ningar|d|t)',
  'våld i nära relation(?:er)?',
  'hemlös(?:a)?',
  'avliden',
  'självmordsförsök(?:et)?',
  'suicidförsök(?:et)?',
  'funktionsnedsättning(?:en)?',
  'god man',
];

/** One pattern for all the words, whole words only. */
export const HEALTH_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${HEALTH_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
