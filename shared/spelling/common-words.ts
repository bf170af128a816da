/**
 * The most common words of Swedish prose and of minutes: when a slip is one
 * letter away from one of these, it is almost always that word ("Viket" is
 * "Vilket", not "Riket"). Hunspell has no word frequencies, so suggestions
 * take these first among the words one edit away.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...['och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om', 'ett'],
  ...['men', 'var', 'jag', 'så', 'sig', 'från', 'vi', 'kan', 'man', 'när', 'år', 'hon', 'han', 'också', 'efter', 'eller'],
  ...['nu', 'sin', 'där', 'vid', 'mot', 'ska', 'skulle', 'kommer', 'ut', 'får', 'finns', 'vara', 'hade', 'alla', 'andra'],
  ...['mycket', 'än', 'här', 'då', 'sedan', 'över', 'bara', 'in', 'blir', 'upp', 'även', 'vad', 'få', 'två', 'vill', 'ha'],
  ...['många', 'hur', 'mer', 'går', 'detta', 'nya', 'utan', 'sina', 'något', 'under', 'måste', 'dem', 'denna', 'mellan'],
  ...['vilket', 'vilka', 'vilken', 'genom', 'några', 'samt', 'dessa', 'samma', 'bör', 'redan', 'enligt', 'inom', 'vidare'],
  ...['därför', 'dock', 'både', 'varje', 'hela', 'gör', 'gjorde', 'göra', 'gäller', 'ingen', 'inga', 'inget', 'fram'],
  ...['igen', 'tillsammans', 'arbete', 'arbetet', 'möte', 'mötet', 'mötets', 'fråga', 'frågan', 'frågor', 'beslut', 'beslutet'],
  ...['region', 'regionen', 'kommun', 'kommunen', 'kommunerna', 'informerar', 'information', 'anteckningar', 'ordförande'],
  ...['sekreterare', 'justerare', 'punkt', 'punkten', 'nästa', 'ärende', 'ärendet', 'förslag', 'förslaget', 'gruppen'],
]);
