/**
 * Common given names in Sweden (women's and men's, Swedish and the names
 * most common among people born elsewhere), as the name check's first word.
 * Our own list, from the names most frequent in the population; a name not
 * here is not found, which the check's README says.
 */
const WOMEN = `
Agneta Agnes Alexandra Alice Alicia Alva Amanda Amelia Amira Andrea Angelica Anita Ann Anna Anne Anneli Annelie
Annika Astrid Aya Barbro Berit Birgitta Britt Britta Camilla Carin Carina Caroline Cecilia Charlotta Charlotte Christina
Clara Cornelia Dagmar Daniela Ebba Edith Elena Elin Elisabet Elisabeth Ella Ellen Ellinor Elsa Elsie Emelie Emilia
Emma Erika Ester Eva Evelina Fanny Fatima Felicia Frida Gabriella Greta Gudrun Gun Gunilla Gunnel Hanna Hannah Harriet
Hedvig Helen Helena Helene Hilda Ida Inga Ingeborg Inger Ingrid Irene Iris Isabella Isabelle Jasmine Jenny Jessica
Johanna Josefin Josefine Julia Kajsa Karin Karolina Katarina Kerstin Klara Kristin Kristina Lena Leila Lilian Lina
Linda Linn Linnea Lisa Liv Louise Lova Lovisa Madeleine Maja Malin Margareta Maria Marianne Marie Marika Marina Marit
Matilda Maya Mikaela Mira Moa Monica Monika Märta Nadia Nathalie Nina Nora Olivia Patricia Petra Pia Ragnhild
Rebecka Ronja Rut Ruth Sandra Sara Sarah Saga Selma Signe Siv Sofia Sofie Solveig Sonja Stina Susanne Svea Sylvia
Therese Tove Ulla Ulrika Valentina Vera Viktoria Vilma Wilma Ylva Yvonne Zahra Åsa
`;
const MEN = `
Adam Ahmad Ahmed Albin Alexander Alf Ali Allan Anders Andreas Anton Arne Arvid Axel Bengt Benjamin Bertil Björn Bo
Bror Carl Christer Christian Christoffer Claes Dan Daniel David Dennis Ebbe Edvin Egon Elias Emil Erik Erland Folke
Fredrik Gabriel Gunnar Gustaf Gustav Göran Hampus Hans Harald Hassan Henrik Herbert Hugo Håkan Ingemar Ingvar Isak
Ivar Jakob Jan Jesper Joakim Joel Johan Johannes John Jonas Jonathan Josef Jörgen Kalle Karl Kenneth Kent Kim
Kjell Krister Kristian Kristoffer Lars Leif Lennart Leo Liam Linus Love Lucas Ludvig Magnus Marcus Markus Martin
Mats Mattias Max Melvin Mikael Mohamed Mohammad Mohammed Morgan Nils Niklas Noah Olle Oliver Olof Omar Oscar Oskar
Ove Patrik Per Peter Petter Rasmus Robert Robin Roger Roland Rolf Rune Samuel Sebastian Simon Sixten Stefan Sten
Stig Sune Sven Theo Thomas Tobias Tomas Tommy Tor Torbjörn Ture Ulf Valter Viktor Vincent Waldemar Walter Wilhelm
William Yusuf Åke Örjan Östen
`;

/** The given names, as written (capitalised). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(`${WOMEN} ${MEN}`.split(/\s+/).filter(Boolean));

/** Whether a word is a given name, also each part of a double name ("Anna-Karin", "Per-Olof"). */
export function isGivenName(word: string): boolean {
  if (GIVEN_NAMES.has(word)) return true;
  const parts = word.split('-');
  return parts.length === 2 && parts.every((p) => GIVEN_NAMES.has(p));
}

/**
 * Capitalised words that follow a given name without being a surname: the
 * name of an organisation or place ("Region", "Kommun"), or a title.
 */
export const NOT_SURNAMES: ReadonlySet<string> = new Set(
  `Region Regionen Kommun Kommunen Stad Staden Landsting Sjukhus Sjukhuset Universitet Universitetet Vårdcentral
  Vårdcentralen Skola Skolan Kyrka Kyrkan Park Parken Center Centrum Hälsocentral Socialtjänst Socialtjänsten
  Förvaltning Förvaltningen Nämnd Nämnden AB Gymnasium Gymnasiet Hus Huset Gård Gården`
    .split(/\s+/)
    .filter(Boolean),
);
