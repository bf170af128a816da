import type { Body, Meeting } from '../model/domain';
import { wordTokens } from './tokens';

/**
 * The words a meeting's minutes may use without the dictionary knowing
 * them: every name, party, organisation and title in the body's roster and
 * the meeting's called list, presenters and their organisations, reviewers,
 * the secretary, task owners, the body's names and the sides and categories
 * of its roster. Each word on its own ("Åsa-Lena", "Lindqvist", "Norrviks").
 */
export function knownWordsOf(meeting: Meeting | null, body: Body): string[] {
  const texts: string[] = [body.name, body.shortName, body.definiteName];
  for (const side of body.sides) {
    texts.push(side.name);
    for (const category of side.categories) {
      texts.push(category.name);
      for (const member of category.members) texts.push(member.name, member.party, member.organisation, member.title);
    }
  }
  if (meeting) {
    texts.push(meeting.secretaryName);
    for (const person of meeting.calledPersons) {
      texts.push(person.name, person.party, person.organisation, person.title, person.sideName, person.categoryName, person.attendance.substituteName);
    }
    for (const item of meeting.agenda) for (const presenter of item.presenters) texts.push(presenter.name, presenter.organisation);
    for (const task of meeting.tasks) texts.push(task.owner);
    for (const reviewer of meeting.reviewers) texts.push(reviewer.name, reviewer.role);
  }
  const words = new Set<string>();
  for (const text of texts) {
    for (const token of wordTokens(text)) {
      words.add(token.text);
      // "Åsa-Lena": each part on its own too, as a name is often written in part.
      for (const part of token.text.split('-')) if (part) words.add(part);
    }
  }
  return [...words];
}
