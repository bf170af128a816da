import { AppError } from '../../shared/ipc/result';
import { demo, list } from './commands/data';
import { importCommand } from './commands/import';
import { exportMeeting } from './commands/export';
import { tasks } from './commands/tasks';
import { web } from './commands/web';
import { backup, restore } from './commands/backup';
import { reindex, search } from './commands/search';
import { teams } from './commands/teams';
import { kallelse } from './commands/kallelse';
import { calendar } from './commands/calendar';
import { invite } from './commands/invite';
import { archiveCommand, verifyCommand } from './commands/archive';
import { sendReview } from './commands/send-review';
import { USAGE } from './usage';
import { handlingarCommand } from './commands/handlingar';
import { check } from './commands/check';
import { stavning } from './commands/stavning';
import { kallelsePdf } from '../services/export/kallelse';
import { COMMAND_OPTIONS, UsageError, parseOptions, type Command } from './support';

/**
 * The command-line host: the same services and handler table as the desktop
 * app, without Electron. Results go to stdout as JSON, messages to stderr in
 * Swedish. Exit codes: 0 done, 1 failed, 2 wrong use. Each command group
 * lives in commands/; what they share in support.ts.
 */

async function run(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError('Ange ett kommando.');
    if (command === 'help' || command === '--help' || command === '-h') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (!(command in COMMAND_OPTIONS)) throw new UsageError(`Okänt kommando: ${command}`);
    const options = parseOptions(command as Command, rest);
    switch (command as Command) {
      case 'demo':
        return demo(options);
      case 'list':
        return await list(options);
      case 'tasks':
        return await tasks(options);
      case 'web':
        return await web(options);
      case 'export':
        return await exportMeeting(options);
      case 'import':
        return await importCommand(options);
      case 'backup':
        return await backup(options);
      case 'restore':
        return restore(options);
      case 'search':
        return await search(options, options.words);
      case 'reindex':
        return reindex(options);
      case 'teams':
        return await teams(options);
      case 'kallelse':
        return await kallelse(options);
      case 'handlingar':
        return await handlingarCommand(options, kallelsePdf);
      case 'calendar':
        return calendar(options);
      case 'invite':
        return await invite(options);
      case 'archive':
        return await archiveCommand(options);
      case 'verify':
        return await verifyCommand(options);
      case 'check':
        return await check(options);
      case 'stavning':
        return await stavning(options);
      case 'send-review':
        return await sendReview(options);
      case 'help':
        process.stdout.write(USAGE);
        return 0;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`anteckna: ${error.message}\nSkriv "anteckna help" för att se kommandona.\n`);
      return 2;
    }
    if (error instanceof AppError) {
      process.stderr.write(`anteckna: ${error.message}\n`);
      return 1;
    }
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`anteckna: Ett oväntat fel uppstod: ${detail}\n`);
    return 1;
  }
}


// The entry point of dist/electron/cli.cjs (also loaded by build/bin/anteckna.cjs).
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`anteckna: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
