import type { ReviewSending } from '../../shared/model/review-round';
import { formatLongDate } from '../../shared/format/date';
import { localDate } from '../../shared/format/clock';
import { whereText } from '../invite/invitation-text';
import type { ReviewSent } from './SendForReviewDialog';

/** "Skickad för justering 7 december 2026, justera senast 14 december 2026". */
export function sentForReviewText(sending: ReviewSending): string {
  const at = new Date(sending.sentAt);
  const day = Number.isNaN(at.getTime()) ? '' : ` ${formatLongDate(localDate(at))}`;
  return `Skickad för justering${day}${sending.dueOn ? `, justera senast ${formatLongDate(sending.dueOn)}` : ''}`;
}

/** Who got the draft, who has no address, and where the file is (the browser host cannot open it). */
export function sentResultLines(sent: ReviewSent): string[] {
  const who =
    sent.missingEmail.length === 0
      ? `Utkastet är gjort till ${sent.recipients === 1 ? 'justeraren' : `alla ${sent.recipients} justerare`}.`
      : `Saknar e-postadress och får inget utkast: ${sent.missingEmail.join(', ')}. Utkastet är gjort till de övriga ${sent.recipients}.`;
  return [who, whereText(sent.path, sent.opened)];
}

/** Under the review bar while the minutes are out for justering: when they went, by when, and what the last sending did. */
export function SentForReview({ sending, lines }: { sending: ReviewSending; lines: readonly string[] }) {
  return (
    <div className="review-sent" data-review-sent={sending.id}>
      <p className="review-sent-when">{sentForReviewText(sending)}</p>
      {lines.map((line) => (
        <p key={line} className="review-sent-result muted">
          {line}
        </p>
      ))}
    </div>
  );
}
