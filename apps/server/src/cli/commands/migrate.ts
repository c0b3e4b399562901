import { migrations } from '../../migrations/index.ts';
import { openDatabase } from '../../platform/db/database.ts';
import { migrateDown, migrateToLatest, migrationStatus } from '../../platform/db/migrate.ts';
import { type Command, EXIT, say } from '../command.ts';
import { cliEnvironment } from '../environment.ts';

/** `jiandu migrate`: bring the schema up to date, show its state, or undo the last step. */
export const migrateCommand: Command = {
  path: ['migrate'],
  summary: '数据库迁移 / run database migrations',
  usage:
    'jiandu migrate [--status] [--down]\n  --status  只显示已执行与待执行的迁移\n  --down    回退最近一次迁移',
  options: { status: { type: 'boolean' }, down: { type: 'boolean' } },
  run: async ({ values }) => {
    const { config } = cliEnvironment();
    const database = openDatabase(config.databaseUrl);
    try {
      if (values.status) {
        const { applied, pending } = await migrationStatus(database.db, migrations);
        say(`数据库: ${database.dialect}`);
        for (const name of applied) say(`  已执行  ${name}`);
        for (const name of pending) say(`  待执行  ${name}`);
        return EXIT.ok;
      }
      if (values.down) {
        const undone = await migrateDown(database.db, migrations);
        say(undone.length ? `已回退: ${undone.join(', ')}` : '没有可回退的迁移');
        return EXIT.ok;
      }
      const applied = await migrateToLatest(database.db, migrations);
      say(applied.length ? `已执行 ${applied.length} 个迁移: ${applied.join(', ')}` : '数据库结构已是最新');
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
