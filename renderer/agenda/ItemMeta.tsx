import type { Presenter } from '../../shared/model/domain';
import { presentersText } from '../app/text';

/** An agenda item's sub-topics as bullets under its title, in the meeting view and in live mode. */
export function ItemTopics({ topics, className }: { topics: readonly string[]; className: string }) {
  if (topics.length === 0) return null;
  return (
    <ul className={className}>
      {topics.map((topic, i) => (
        <li key={i}>{topic}</li>
      ))}
    </ul>
  );
}

/** "Föredragande: …" under an agenda item's title, when someone presents it. */
export function ItemPresenters({ presenters, className }: { presenters: readonly Presenter[]; className: string }) {
  if (presenters.length === 0) return null;
  return (
    <p className={className}>
      <span className="item-meta-label">Föredragande:</span> {presentersText(presenters)}
    </p>
  );
}
