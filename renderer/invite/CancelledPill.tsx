import './invite.css';

/** "Inställt" beside a meeting's status, wherever meetings are listed; nothing for a meeting that is on. */
export function CancelledPill({ cancelledAt }: { cancelledAt: string | null | undefined }) {
  if (!cancelledAt) return null;
  return (
    <span className="pill pill-cancelled" data-cancelled="true">
      Inställt
    </span>
  );
}
