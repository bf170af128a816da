/**
 * Fictional minutes laid out as the reference SRO minutes are (title, header
 * fields, a called list by side and group, numbered items with type line,
 * presenters, standpoint and notes). Every person and body is invented.
 */
export const KUST_MINUTES = `Mötesanteckning SRK

Politiskt samrådsorgan mellan Kustkommunerna och Region Västerhav

Datum: 14 mars 2024

Tid: 13.00-15.30

Mötesform: På plats i Hamnhuset, Strandby (Lokal Fyren)

Kallade: Se lista.

För Kustkommunernas förbund (KKF)

Kommunpolitiker

Maja Ekström (S), Strandby, **vice ordförande**

Olof Berglund (M), Nordviken

Sanna Lindqvist (C), Söderkust

Tjänstepersoner

Tomas Vikberg, direktör KKF

För Region Västerhav (RV)

Regionpolitiker

Lena Forsberg (S), ordförande regionstyrelsen, **ordförande**

Karl Nyström (M), vice ordförande regionstyrelsen

Tjänstepersoner

Eva Sjöholm, hälso- och sjukvårdsdirektör

Administration

Ida Holm, **sekreterare**

Dagordning

1. Mötets öppnande

Med på länk: Olof Berglund.

Förhinder: Sanna Lindqvist.

2. Godkännande av dagens agenda

Dagens agenda godkändes.

3. Gemensam plan för hemsjukvård

Information och dialog (30 minuter, bilaga)

Föredragande: Tomas Vikberg, KKF och Eva Sjöholm, RV.

Ställningstagande: Samrådsorganet noterar informationen.

Planen ska vara klar före sommaren.

Inspel

- Viktigt att kommunerna får vara med tidigt.

4. Mötesdatum för år 2025

Information (5 minuter)

Föredragande: Ida Holm, mötessekreterare.

Ställningstagande: Samrådsorganet noterar informationen.

Alla möten hålls i Hamnhuset klockan 13.00-15.00.

Vid anteckningarna

Ida Holm
`;

/** Short minutes of the same body with nothing the recogniser has to guess. */
export const KUST_SHORT_MINUTES = `Mötesanteckning SRK

Datum: 2024-05-20

Tid: 13.00-15.00

Plats: Hamnhuset, Strandby

Dagordning

1. Mötets öppnande

2. Godkännande av dagens agenda

Dagens agenda godkändes.

3. Information om hemsjukvård

Information (10 minuter)

Föredragande: Tomas Vikberg, KKF.

Ställningstagande: Samrådsorganet noterar informationen.
`;

/** What the recogniser must find in KUST_MINUTES. */
export const KUST_EXPECTED = {
  date: '2024-03-14',
  items: ['Mötets öppnande', 'Godkännande av dagens agenda', 'Gemensam plan för hemsjukvård', 'Mötesdatum för år 2025'],
};

/**
 * A long document (about 1,500 lines) in the same layout: many items, each
 * with its type line, presenters, standpoint and paragraphs of notes.
 */
export function longMinutes(items = 100): string {
  const parts = [KUST_MINUTES.slice(0, KUST_MINUTES.indexOf('Dagordning'))];
  parts.push('Dagordning\n');
  for (let i = 1; i <= items; i++) {
    parts.push(`${i}. Fråga nummer ${i} om samverkan\n`);
    parts.push('Information (10 minuter)\n');
    parts.push(`Föredragande: Tomas Vikberg, KKF.\n`);
    parts.push('Ställningstagande: Samrådsorganet noterar informationen.\n');
    for (let p = 1; p <= 10; p++) parts.push(`Stycke ${p} i punkt ${i}: samverkan mellan kommunerna och regionen diskuterades.\n`);
  }
  return parts.join('\n');
}
