import type { MeetingStatus } from '../../shared/model/domain';
import { meetingStatusLabel } from '../../shared/format/labels';

/** Utkast / För justering / Justerad. */
export function StatusPill({ status }: { status: MeetingStatus }) {
  return (
    <span className={`pill pill-${status}`} data-status={status}>
      {meetingStatusLabel(status)}
    </span>
  );
}
