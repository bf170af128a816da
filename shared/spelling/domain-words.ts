/**
 * Words of Swedish minutes and of health and social care collaboration that
 * the Swedish Hunspell dictionary lacks, known in every body's meetings.
 * Lower-case; the check compares folded words, and a word's genitive (an
 * added "s") is known with it, so each inflection the check should accept is
 * listed. Add a word here only when it is right Swedish that every body
 * writes (a body's own terms go in its word list: "Lägg till i ordlistan").
 * The reference minutes (tests/unit/fixtures/reference-words.ts) showed the
 * gaps below.
 */
export const DOMAIN_WORDS: readonly string[] = [
  // Abbreviations with their full stop: "Dnr RS 2024/1234", "Maria Ljung, adj." (adjungerad, in the attendance).
  'dnr',
  'adj.',
  // The year's plan of a body's matters, in every body's planning.
  'årshjul',
  'årshjulet',
  'årshjulen',
  // The title in the Patient Safety Act; the dictionary knows only "chefsläkare".
  'chefläkare',
  'chefläkaren',
  'chefläkarna',
  // A collaboration body's council; "samordningsorgan" the dictionary knows, "-råd" it does not join.
  'samordningsråd',
  'samordningsrådet',
  'samordningsråden',
  // "Hjälpmedel och läkemedelsnära produkter": the term of the regional agreements on aids.
  'läkemedelsnära',
  // Requesting state grants ("rekvirering av statsbidrag"): the dictionary knows the verb "rekvirera" only.
  'rekvirering',
  'rekvireringen',
  'rekvireringar',
  // Months shortened without a full stop, as tables and budget lines write them ("jan–mars", "okt 2026").
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dec',
];
