import type { NameForm } from '../model/domain';

/**
 * Adjectives in standpoint phrases agree with the body's name: "Styrgruppen
 * ställer sig positiv", "Samrådsorganet ställer sig positivt", "LGS ställer
 * sig positiva". A phrase names the adjective once, in braces, and it is
 * inflected when the phrase is filled in.
 */

/** An adjective's three forms: with an en-word, an ett-word and a plural. */
export interface AdjectiveForms {
  common: string;
  neuter: string;
  plural: string;
}

const VOWEL = 'aeiouyåäöé';
const WORD = `[a-zåäöé]+(?:-[a-zåäöé]+)*`;
const SHORT_FORM = new RegExp(`^${WORD}$`);
const THREE_FORMS = new RegExp(`^(${WORD})/(${WORD})/(${WORD})$`);

function syllables(word: string): number {
  return word.match(new RegExp(`[${VOWEL}]+`, 'g'))?.length ?? 0;
}

/**
 * The regular forms of an adjective from its en-form: "positiv" → "positivt",
 * "positiva"; "nöjd" → "nöjt", "nöjda"; "informerad" → "informerat",
 * "informerade"; "öppen" → "öppet", "öppna"; "tveksam" → "tveksamma";
 * "överens" and "bra" do not inflect. Irregular words are written with their
 * three forms instead ("{liten/litet/små}").
 */
export function adjectiveForms(common: string): AdjectiveForms {
  const w = common;
  const forms = (neuter: string, plural: string): AdjectiveForms => ({ common: w, neuter, plural });
  const stem = (drop: number) => w.slice(0, w.length - drop);
  if (/[aes]$/.test(w)) return forms(w, w);
  if (/ad$/.test(w) && syllables(w) >= 2) return forms(`${stem(1)}t`, `${w}e`);
  if (/dd$/.test(w)) return forms(`${stem(2)}tt`, `${w}a`);
  if (new RegExp(`[${VOWEL}]d$`).test(w)) return forms(`${stem(1)}tt`, `${w}a`);
  if (/d$/.test(w)) return forms(`${stem(1)}t`, `${w}a`);
  if (new RegExp(`[^${VOWEL}]t$`).test(w)) return forms(w, `${w}a`);
  if (new RegExp(`[${VOWEL}]$`).test(w)) return forms(`${w}tt`, `${w}a`);
  if (/sam$/.test(w)) return forms(`${w}t`, `${w}ma`);
  if (/en$/.test(w) && syllables(w) >= 2) return forms(`${stem(1)}t`, `${stem(2)}na`);
  if (/e[lr]$/.test(w) && syllables(w) >= 2) return forms(`${w}t`, `${stem(2)}${w.slice(-1)}a`);
  return forms(`${w}t`, `${w}a`);
}

/**
 * The inside of an adjective placeholder: one word in lower case
 * ("positiv"), or its three forms ("liten/litet/små"). Null for anything else,
 * which is then left as it stands.
 */
export function parseAdjective(inner: string): AdjectiveForms | null {
  const three = THREE_FORMS.exec(inner);
  if (three) return { common: three[1]!, neuter: three[2]!, plural: three[3]! };
  return SHORT_FORM.test(inner) ? adjectiveForms(inner) : null;
}

/** The form that agrees with a name of this kind. */
export function agreeingForm(forms: AdjectiveForms, nameForm: NameForm): string {
  switch (nameForm) {
    case 'common':
      return forms.common;
    case 'neuter':
      return forms.neuter;
    case 'plural':
      return forms.plural;
    default: {
      const never: never = nameForm;
      throw new Error(`Unhandled name form ${String(never)}`);
    }
  }
}
