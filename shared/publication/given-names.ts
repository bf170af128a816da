/**
 * Common given names in Sweden (women's and men's, Swedish and the names
 * most common among people born elsewhere), as the name check's first word.
 * Our own list, from the names most frequent in the population; a name not
 * here is not found, which the check's README says.
 */
const WOMEN = `
Agnes Agneta Alexandra Alice Alicia Alma Alva Amanda Amelia Amira Andrea Anette Angelica Anita Ann Ann-Christin
Ann-Marie Ann-Sofie Anna Anne Anneli Annelie Annette Annika Astrid Aya Barbro Berit Birgit Birgitta Britt
Britt-Marie Britta Camilla Carin Carina Carolina Caroline Cecilia Charlotta Charlotte Christina Clara Cornelia
Dagmar Daniela Ebba Edith Elena Eleonora Elin Elisabet Elisabeth Ella Ellen Ellinor Elsa Elsie Elvira Emelie
Emilia Emma Erika Ester Eva Eva-Lena Evelina Ewa Fanny Fatima Felicia Freja Frida Gabriella Greta Gudrun Gun
Gunbritt Gunhild Gunilla Gunnel Hanna Hannah Harriet Hedvig Helen Helena Helene Henrietta Hilda Hillevi Ida Inga
Ingeborg Ingegerd Ingela Inger Ingrid Irene Iris Isabella Isabelle Jasmine Jeanette Jennie Jenny Jessica Johanna
Josefin Josefina Josefine Julia Kajsa Karin Karolina Katarina Kerstin Klara Kristin Kristina Leila Lena Leyla
Lilian Lillemor Lilly Lina Linda Linn Linnea Linnéa Lisa Lisbeth Liv Lorna Lotta Louise Lova Lovisa Madeleine
Madelene Maj Maja Malin Margareta Margaretha Maria Mariam Marianne Marie Marika Marina Marit Marita Maryam
Mathilda Matilda Maud Maya Mikaela Mira Moa Mona Monica Monika Märta Nadia Nathalie Nellie Nina Nora Olivia
Patricia Pernilla Petra Pia Ragnhild Rebecca Rebecka Ronja Rut Ruth Saga Sandra Sanna Sara Sara-Li Sarah Selma
Signe Siv Sofi Sofia Sofie Solveig Sonja Stella Stina Susanna Susanne Svea Sylvia Teresa Thea Therese Tilda
Tilde Tove Tyra Ulla Ulla-Britt Ulrika Valentina Vera Veronica Veronika Victoria Viktoria Vilma Viola Wilma Ylva
Yvonne Zahra Zeynab Åsa
`;
const MEN = `
Abdullah Adam Adrian Ahmad Ahmed Albin Alexander Alf Algot Ali Allan Alvin Amir Anders Andreas Anton Arne Aron
Arvid Axel Bengt Benjamin Bert Bertil Björn Bo Bror Carl Carl-Peter Casper Christer Christian Christoffer Claes
Curt Dan Daniel David Dennis Dragan Ebbe Edvin Egon Elias Elis Elliot Emil Emir Erik Erland Filip Folke Frank
Fredrik Gabriel Gert Goran Greger Gunnar Gustaf Gustav Göran Hampus Hans Hans-Erik Harald Harry Hassan Henrik
Henry Herbert Hugo Hussein Håkan Ibrahim Ingemar Ingvar Isac Isak Ivar Jack Jacob Jakob Jan Jan-Erik Jan-Olof
Jarl Jens Jesper Jimmy Joakim Joel Johan Johannes John Jonas Jonathan Josef Jörg Jörgen Kalle Karl Karl-Erik
Kennet Kenneth Kent Kim Kjell Krister Kristian Kristoffer Kurt Lars Lars-Erik Leif Lennart Leo Liam Linus Loke
Love Lucas Ludvig Magnus Malte Marcus Markus Martin Mathias Mats Mattias Max Melvin Mikael Milan Mohamad Mohamed
Mohammad Mohammed Morgan Muhammad Mustafa Nicklas Niklas Nils Noah Ola Oliver Olle Olof Omar Oscar Oskar Ove
Patrik Per Per-Olof Peter Petter Pontus Pär Rasmus Reza Rickard Rikard Robert Robin Roger Roland Rolf Ronny Rune
Sam Samuel Sebastian Sigge Simon Sixten Stefan Sten Stig Sune Sven Theo Theodor Thomas Tobias Tomas Tommy Tor
Torbjörn Ture Ulf Urban Valter Viggo Viktor Vilgot Vincent Waldemar Walter Wilhelm William Yusuf Zoran Åke Örjan
Östen
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
