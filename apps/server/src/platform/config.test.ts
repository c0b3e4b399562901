import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_SQLITE_FILE, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to port 3000 and the embedded database under ./data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.databaseUrl).toBe(`sqlite:${DEFAULT_SQLITE_FILE}`);
    expect(DEFAULT_SQLITE_FILE).toMatch(/data[/\\]jiandu\.sqlite$/);
  });

  it('accepts a PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/jiandu' }).databaseUrl).toBe(
      'postgres://u@db:5432/jiandu',
    );
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/);
    expect((error as ConfigError).message).toContain('sqlite:路径');
  });

  it('reminds three working days ahead unless told otherwise, within 1 to 30', () => {
    expect(loadConfig({}).deadlineReminderWorkingDays).toBe(3);
    expect(loadConfig({ DEADLINE_REMINDER_WORKING_DAYS: '5' }).deadlineReminderWorkingDays).toBe(5);
    expect(() => loadConfig({ DEADLINE_REMINDER_WORKING_DAYS: '0' })).toThrow(
      /DEADLINE_REMINDER_WORKING_DAYS/,
    );
  });
});
