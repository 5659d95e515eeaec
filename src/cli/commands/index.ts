// The registry of CLI subcommands; each lives in its own file under cli/commands/.
import { annotateCommand } from './annotate';
import { detectCommand } from './detect';
import { exportCommand } from './export';
import { importCommand } from './import';
import { statsCommand } from './stats';

export interface CliCommand {
  name: string;
  summary: string;
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
}

export const commands: CliCommand[] = [detectCommand, annotateCommand, exportCommand, importCommand, statsCommand];
