/**
 * Word lists for fictional minutes. Names are invented combinations, places
 * and bodies are made up; none of it describes real people or bodies.
 */

export const FIRST_NAMES = [
  'Agneta', 'Alva', 'Anders', 'Annelie', 'Arvid', 'Astrid', 'Bengt', 'Birgitta', 'Björn', 'Carina', 'Cecilia', 'Dag',
  'Ebba', 'Elin', 'Elsa', 'Emil', 'Erik', 'Fredrik', 'Gunilla', 'Gustav', 'Hanna', 'Helena', 'Henrik', 'Ida', 'Ingrid',
  'Jakob', 'Johan', 'Jonas', 'Karin', 'Kerstin', 'Kristoffer', 'Lars', 'Lena', 'Linnea', 'Lotta', 'Magnus', 'Maja',
  'Malin', 'Marcus', 'Maria', 'Mats', 'Mikael', 'Nils', 'Olof', 'Oskar', 'Pernilla', 'Petra', 'Rasmus', 'Rebecka',
  'Sara', 'Sigrid', 'Sofia', 'Stina', 'Sven', 'Tove', 'Ulrika', 'Viktor', 'Yvonne', 'Åsa', 'Örjan', 'Hélène', 'Zoran',
] as const;

export const SURNAMES = [
  'Almkvist', 'Berglöf', 'Björkvall', 'Dahlgård', 'Ekblom', 'Ekström Vinge', 'Falkenlind', 'Fridhem', 'Gransäter',
  'Hagström', 'Hedlöf', 'Holmbäck', 'Hultqvist', 'Isaksdotter', 'Kvarnström', 'Lagerdal', 'Lindehav', 'Ljungmark',
  'Lövgren Sand', 'Malmsten', 'Nordvik', 'Norrlid', 'Olsbäck', 'Rosendahl', 'Sandeberg', 'Sjöhammar', 'Stenmyr',
  'Strandell', 'Sundqvist', 'Tallberg', 'Vallin', 'Videhag', 'Wahlbeck', 'Åkerlind', 'Ängdal', 'Öhrvall',
  'Bäckman', 'Grönkvist', 'Hammarlund', 'Korpås', 'Lindroth', 'Mossberg', 'Nyholm', 'Rydberg', 'Skogsfält', 'af Tornvik',
] as const;

export const PARTIES = ['S', 'M', 'C', 'V', 'L', 'MP', 'KD', 'SD'] as const;

/** Fictional municipal associations and regions. */
export const ORGANISATIONS = [
  'Kustregionen', 'Dalbygdens kommunalförbund', 'Norrskogen', 'Sjövikens kommun', 'Lerbergs kommun', 'Fjällmo kommun',
  'Region Västerhav', 'Åsbygdens förbund', 'Granhults kommun', 'Bäckeby kommun', 'Kvarnmo kommun', 'Älvslätten',
] as const;

export const OFFICIAL_TITLES = [
  'förbundsdirektör', 'verksamhetschef', 'avdelningschef', 'utvecklingsledare', 'socialchef', 'områdeschef',
  'processledare', 'beredning', 'primärvårdschef', 'medicinsk rådgivare', 'förvaltningsdirektör', 'strateg',
] as const;

export const POLITICIAN_TITLES = [
  'ordförande regionstyrelsen', 'vice ordförande hälso- och sjukvårdsnämnden', 'ledamot socialnämnden',
  'kommunstyrelsens ordförande', 'andre vice ordförande regionfullmäktige',
] as const;

export interface BodyName {
  name: string;
  shortName: string;
  formal: string;
  political: boolean;
}

export const BODIES: readonly BodyName[] = [
  { name: 'Politiskt samrådsorgan mellan Kustregionen och kommunerna i Västerhav', shortName: 'PSK', formal: 'Det politiska samrådsorganet PSK', political: true },
  { name: 'Ledningsgrupp för samverkan i Dalbygden', shortName: 'LSD', formal: 'LSD', political: false },
  { name: 'Styrgrupp för nära vård i Norrskogen', shortName: 'SNV', formal: 'Styrgruppen', political: false },
  { name: 'Samrådsorgan för hälsa och omsorg i Älvslätten', shortName: 'SHÄ', formal: 'Samrådsorganet SHÄ', political: true },
  { name: 'Arbetsgrupp för barn och unga i Sjöviken', shortName: 'ABU', formal: 'Arbetsgruppen', political: false },
  { name: 'Delregional vårdsamverkan Fjällmo–Lerberg', shortName: 'DVFL', formal: 'DVFL', political: false },
];

export const VENUES = [
  { place: 'Kvarnhuset, Lerberg (lokal Forsen)', form: 'På plats i Kvarnhuset, Lerberg (lokal Forsen)' },
  { place: 'Stadshuset i Sjöviken, sal Tallen', form: 'Hybrid, Teams och sal Tallen' },
  { place: 'Digitalt', form: 'Teamsmöte' },
  { place: 'Regionens hus, Västerhav (rum Ankaret)', form: 'På plats' },
  { place: 'Folkets hus, Fjällmo', form: 'Hybrid' },
] as const;

export const SUBJECT_TITLES = [
  'Färdplan för nära vård – uppföljning av utvecklingsplanen',
  'Hälso- och sjukvårdsavtalet: läget i dialogen',
  'Årshjul för samrådets arbete',
  'Samordnad individuell plan för barn och unga',
  'Avvikelser i samverkan under året',
  'Budgetuppföljning och budget för nästa år',
  'Psykisk hälsa: fördelning av stimulansmedel',
  'Hjälpmedel i hemmet – ansvar och kostnader',
  'Utskrivning från slutenvården',
  'Beredskap och försörjning vid kris',
  'Digitala vårdmöten i hemsjukvården',
  'Temagruppernas handlingsplaner',
  'Information från länets samverkansgrupp',
  'Ungdomsmottagningar – nytt samverkansavtal',
  'Statistik för in- och utskrivningsprocessen',
  'Rekrytering och kompetensförsörjning',
  'Läkemedel i särskilt boende',
  'Mötesdatum för nästa år',
] as const;

export const TOPICS = [
  'Prioriterade utvecklingsbehov', 'Indikatorer av politiskt intresse', 'Historik och färdriktning', 'Tidsplan',
  'Ekonomiska konsekvenser', 'Förslag till fortsatt arbete', 'Resultat från enkäten', 'Nästa steg',
] as const;

export const SENTENCES = [
  'Kommunerna och regionen har gemensamt tagit fram en plan för arbetet de kommande åren.',
  'Planen beaktar barnkonventionens mål och ska bidra till utvecklingen inom hälsa, vård och omsorg.',
  'Uppföljningen ska ge stöd för att följa förflyttningen mot en god och nära vård.',
  'Verksamheternas tillgång till gemensamma data är en viktig utvecklingsfråga.',
  'Flera arbetsgrupper är överens om att styrdokumenten är bra men inte följs i tillräcklig utsträckning.',
  'Det finns brister i vad som går att mäta och ingen gemensam databas.',
  'Siffrorna bryts ner på delregional nivå och återkopplas för prioritering.',
  'Dialogen med kommunerna fortsätter under våren.',
  'Förslaget har beretts av tjänstepersonerna i beredningsgruppen.',
  'Frågan om kostnadsfördelning är ännu inte avgjord.',
  'Ledamöterna betonar vikten av ett gemensamt ledningsperspektiv.',
  'Statistiken visar en fortsatt hög andel avvikelser om bristande informationsöverföring.',
  'En fördjupad analys tas fram med stöd av temagrupperna.',
  'Invånarna är överlag positiva till de nya arbetssätten.',
  'Beslutade medel räknas upp med vårdprisindex varje år.',
  'Arbetet redovisas i årsrapporten vid årets slut.',
  'Flera kommuner har redan påbörjat införandet.',
  'Samverkan, tillit och en gemensam målbild är vägen framåt.',
  'Processen underlättas av att parterna är eniga.',
  'Materialet är omfattande och skiljer sig i indelning från samverkansområdena.',
] as const;

export const NOTE_HEADINGS = ['Inspel', 'Frågor och svar', 'Bakgrund', 'Tidsplan', 'Fortsatt arbete', 'Synpunkter från kommunerna'] as const;

export const INPUTS = [
  'Vi vill kunna följa kvalitet och kostnader över tid.',
  'Kan vi utveckla de indikatorer som redan finns?',
  'Skicka in tydliga inspel tidigt så att det inte blir missförstånd.',
  'Vi behöver rätt frågor på rätt nivå.',
  'Presidiet tittar närmare på årshjulet.',
  'Fler strategiska ärenden och färre informationsärenden.',
  'Kontinuitet i diskussionen är viktig.',
] as const;

/** Standpoints as bodies phrase them; {namn} is the body's formal name, {datum} the next meeting. */
export const STANDPOINTS = [
  '{namn} noterar informationen.',
  '{namn} noterar informationen och fortsätter dialogen på nästa möte.',
  '{namn} noterar informationen och vill att beredningen sammanställer skriftlig information till nästa möte.',
  '{namn} ställer sig bakom förslaget och ger beredningsgruppen i uppdrag att ta fram en rutin.',
  '{namn} ställer sig positiva till förslaget att handlingsplanerna gäller i två år.',
  '{namn} noterar informationen och ger tjänstepersonerna i uppdrag att bereda ärendet till nästa möte den {datum}.',
  '{namn} ställer sig bakom förslaget och rekommenderar huvudmännen att besluta i enlighet med det.',
] as const;

export const GUEST_TITLES = ['utredare', 'projektledare', 'analytiker', 'controller', 'jurist'] as const;

export const LINK_TITLES = [
  'Presentation från mötet', 'Rapport om gemensam uppföljning', 'Underlag till ställningstagande', 'Handlingsplan (pdf)',
  'Samverkansplan för perioden', 'Uppdragsbeskrivning',
] as const;

export const MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december',
] as const;
