import { contract } from '../../shared/ipc/contract';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import { AppError } from '../../shared/ipc/result';
import type { BackupService } from '../services/storage/backup';
import type { BackupInfo } from '../services/storage/backup-files';
import type { Handlers } from './dispatch';

type BackupChannels = 'backups:list' | 'backups:create' | 'backups:restore';

const UNAVAILABLE = 'Säkerhetskopior kan inte hanteras här. Använd Anteckna-programmet eller kommandot "anteckna backup".';
const RESTORING = 'En säkerhetskopia återställs just nu. Det du skrev finns kvar – försök igen om en stund.';

function entry({ fileName, takenAt, bytes }: BackupInfo) {
  return { fileName, takenAt, bytes };
}

/** The backup channels; without a backup service (CLI one-off calls, unit tests) they are refused. */
export function backupHandlers(backups: BackupService | undefined): Pick<Handlers, BackupChannels> {
  const service = () => {
    if (!backups) throw new AppError('forbidden', UNAVAILABLE);
    return backups;
  };
  return {
    'backups:list': () => {
      const s = service();
      return { folder: s.folder, keepDays: s.keepDays, backups: s.list().map(entry), space: s.space() };
    },
    'backups:create': async () => entry(await service().backupNow()),
    'backups:restore': async ({ fileName }) => {
      const outcome = await service().restore(fileName);
      return { restored: entry(outcome.restored), safety: entry(outcome.safety) };
    },
  };
}

/**
 * Every write channel, wrapped: refused while a restore copies a backup into
 * the database (a write then would be lost or mixed into the restored data),
 * and reported to the backup service after it succeeded, so the next
 * automatic backup knows there is something new. The report never delays or
 * fails the write.
 */
export function withBackups(backups: BackupService | undefined, handlers: Handlers): Handlers {
  if (!backups) return handlers;
  const wrapped = { ...handlers } as Record<string, (request: unknown, context: unknown) => unknown>;
  for (const channel of CHANNEL_NAMES) {
    if (!contract[channel].writes) continue;
    const inner = handlers[channel] as (request: unknown, context: unknown) => unknown;
    const guarded = channel === 'backups:restore';
    wrapped[channel] = async (request, context) => {
      if (!guarded && backups.isRestoring()) throw new AppError('conflict', RESTORING);
      const result = await inner(request, context);
      try {
        backups.noteWrite();
      } catch {
        // A backup problem is the backup service's to log, never the secretary's write's.
      }
      return result;
    };
  }
  return wrapped as Handlers;
}
