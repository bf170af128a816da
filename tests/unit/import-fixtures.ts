/**
 * Fictional minutes as text, in the layouts real bodies use (one column with
 * side and category headings and attendance lines; a label table with
 * attendance blocks; unnumbered headings), for the recogniser's unit tests.
 */

export const NUMBERED_MINUTES = `Mötesanteckning KSN
Kust- och skogsregionens samverkansnämnd
Datum: 14 mars 2024
Tid: 13:00 – 16:00
Mötesform: På plats i Hamnhuset, Strandvik (Lokal Fyren)
Kallade: Se lista.
För kommunerna i Kustlandet (KL)
Kommunpolitiker
Ingrid Lövgren (S), Strandviks kommun, vice ordförande
Tomas Berglöf (M), Norrby kommun
Selma Ruuth (C) Åsby kommun
Tjänstepersoner
Petra Vingård, förbundsdirektör Kustlandet
Olle Fjällström, beredning
För Region Skogslandet (RS)
Regionpolitiker
Harriet Ekdahl (S), ordförande regionstyrelsen, ordförande
Gustav Lindroos (L), andre vice ordförande HSN
Administration
Mona Sjövik, sekreterare
Kommunikation
Vakant
Dagordning
1. Mötets öppnande
a) närvaro/presentation
Med på länk: Tomas Berglöf (från 13.40).
Förhinder: Olle Fjällström.
Frånvarande: Selma Ruuth (hade ej fått kallelsen), Gustav Lindroos efter 14.30 (Ebba Ström ersätter).
b) övriga frågor
Inga övriga frågor.
2. Godkännande av dagens agenda
Dagens agenda godkändes.
3. Vårdens kompetensförsörjning i glesbygd
- Bemanning av vårdcentraler
- Hyrpersonal
Information & dialog (40 minuter, bilaga)
Föredragande: Petra Vingård, Kustlandet och Harriet Ekdahl, RS.
https://example.org/kompetens-rapport.pdf
Ställningstagande: Samverkansnämnden noterar informationen.
Bemanningen har förbättrats i norra delen men är fortsatt svår i skärgården.
En ny rekryteringskampanj startar i maj.
4. Digitala vårdmöten
Dialog (20 minuter)
Föredragande: Olle Fjällström, Kustlandet.
Gäster: Vera Holm, projektledare Skogslandet
Ställningstagande: Samverkansnämnden ställer sig positiv till fortsatt arbete.
Ett oväntat stycke som inte är någon rubrik.
5. Övriga frågor
Inga övriga frågor.
Vid anteckningarna
Mona Sjövik
Justerat 2024-03-21
Harriet Ekdahl
ordförande
Ingrid Lövgren
vice ordförande
`;

/** A label table (tab-separated, as Word's table pasted as text): names beside titles, attendance blocks. */
export const BLOCK_MINUTES = [
  '# Minnesanteckningar',
  '## Ledningsgrupp för närsjukvård Datum: 2024-11-25',
  'Närvarande\tAstrid Hagberg, ordf.\tFörvaltningsdirektör, Strandvik',
  '\tNils Öberg\tVerksamhetschef, Kustsjukhuset',
  'Förhindrade\tLinnea Krook, vice ordf.\tPrimärvårdschef, Område 2',
  'Inbjudna\tMikael Stare\tProcessledare, Samverkanskontoret',
  'Plats:\tDigitalt',
  'Tid:\t9.00-12.00',
  '### 1. Inledning',
  'Astrid Hagberg hälsar välkommen.',
  '### 2. Uppföljning av avvikelser',
  'Antalet avvikelser har minskat.',
  'Ställningstagande: LNS ställer sig bakom förslaget.',
  '### 3. Budget',
  'Budgeten följer plan.',
  'Ställningstagande: LNS noterar informationen.',
  'Vid anteckningen',
  'Mikael Stare',
  'Justerat',
  'Astrid Hagberg',
  'LNS ordförande',
].join('\n');

/** Unnumbered minutes: the headings are the items. */
export const UNNUMBERED_MINUTES = [
  '# Minnesanteckningar styrgruppen för barn och unga',
  'Datum: 231123',
  'Tid: 12.30-15.30',
  'Närvarande: Klara Wendt (S), Åsby kommun, Sixten Malm, Skogslandet (förhindrad)',
  '## Mötets öppnande',
  'Ordföranden öppnade mötet.',
  '## Elevhälsans samarbete med vårdcentralerna',
  'Information (15 minuter)',
  'Föredragande: Sixten Malm, Skogslandet.',
  'Samarbetet fungerar bättre sedan i höstas.',
  '### Fortsatt arbete',
  '- Gemensam rutin tas fram',
  '- Uppföljning i maj',
  'Ställningstagande: Styrgruppen noterar informationen.',
  '## Övriga frågor',
  'Inga.',
].join('\n');
