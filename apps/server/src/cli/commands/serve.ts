import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { closeOnSignals, startServer } from '../../server.ts';
import { type Command, EXIT } from '../command.ts';

/** `jiandu serve`: the HTTP server and job scheduler. */
export const serveCommand: Command = {
  path: ['serve'],
  summary: '启动服务 (迁移数据库, 载入缺少的基础数据) / start the server',
  usage: 'jiandu serve\n  环境变量 PORT, HOST, DATABASE_URL 等见 README。',
  run: async () => {
    const config = loadConfig();
    const logger = createLogger(config.logLevel);
    const server = await startServer(config, logger);
    closeOnSignals(server, logger, config.shutdownGraceMs);
    process.stdout.write(
      `监督 Jiandu 已启动: ${server.url.replace('0.0.0.0', 'localhost')}  (API 文档: /api/docs)\n`,
    );
    await new Promise(() => {});
    return EXIT.ok;
  },
};
