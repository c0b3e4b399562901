import { loadConfig } from '../../platform/config.ts';
import { reencryptAll } from '../../platform/crypto/encrypted-columns.ts';
import { keyFilePath, loadOrCreateKeyring, rotateKeyring } from '../../platform/crypto/keyring.ts';
import { type Command, complain, EXIT, say } from '../command.ts';
import { withContext } from '../environment.ts';

/** `jiandu keys rotate`: a new active field key, then every encrypted value moved onto it. */
export const keysRotateCommand: Command = {
  path: ['keys', 'rotate'],
  summary: '轮换个人信息加密密钥并重新加密 / rotate the field encryption key',
  usage: [
    'jiandu keys rotate',
    '  在密钥文件 (JIANDU_KEYS_FILE, 默认 ./data/keys.json) 中新增一个密钥版本并设为当前版本,',
    '  然后把数据库中所有登记的加密列逐批改用新密钥加密。旧版本保留在文件中, 不会删除。',
    '  盲索引密钥不轮换 (轮换需重建全部索引)。',
    '  运行中的服务节点仍持有旧密钥环, 读不到新版本加密的值: 请在停机时运行, 或运行后立即重启所有节点。',
    '  中途失败可再次运行: 已改用新密钥的值会被跳过 (会再新增一个版本)。',
    '  密钥由环境变量 JIANDU_KEYS 提供时无法改写, 请在密钥管理处新增版本后重新部署。',
  ].join('\n'),
  run: async () => {
    const file = keyFilePath();
    if (!file) {
      complain('密钥来自环境变量 JIANDU_KEYS, 命令无法改写它。');
      complain('请在 JIANDU_KEYS 中新增一个密钥版本并设为 active, 重新部署后再重新加密。');
      return EXIT.usage;
    }
    // A bad DATABASE_URL should stop us before the key file changes, not after.
    loadConfig();
    const id = rotateKeyring(file);
    say(`已新增密钥版本 ${id} 并设为当前版本 (${file})`);
    const keyring = loadOrCreateKeyring();
    return withContext(async (context) => {
      const counts = await reencryptAll(context.database.db, keyring, (p) => {
        if (p.done) say(`  ${p.table}: 检查 ${p.rows} 行, 重新加密 ${p.reencrypted} 个值`);
      });
      const rows = counts.reduce((sum, c) => sum + c.rows, 0);
      const values = counts.reduce((sum, c) => sum + c.reencrypted, 0);
      say(`完成: ${counts.length} 张表, 检查 ${rows} 行, 重新加密 ${values} 个值`);
      return EXIT.ok;
    });
  },
};
