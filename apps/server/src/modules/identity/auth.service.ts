import { randomBytes } from 'node:crypto';
import type { SecurityPolicy } from '@jiandu/contracts/identity';
import QRCode from 'qrcode';
import { type Actor, recordAudit } from '../../platform/audit/audit.ts';
import {
  hashPassword,
  PASSWORD_RULES,
  passwordExpired,
  passwordProblems,
  verifyPassword,
} from '../../platform/auth/password.ts';
import { hashToken, newRecoveryCodes, newToken } from '../../platform/auth/tokens.ts';
import { newTotpSecret, otpauthUri, verifyTotp } from '../../platform/auth/totp.ts';
import type { SessionStage, UserActor } from '../../platform/authz/actor.ts';
import { auditActor } from '../../platform/authz/actor.ts';
import { decryptField, encryptField } from '../../platform/crypto/field-cipher.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import * as repo from './identity.repository.ts';
import { recordLoginEvent } from './login-events.ts';
import type { PolicyService } from './policy.service.ts';

/** Where a request came from. */
export interface ClientMeta {
  ip: string;
  userAgent: string | null;
  /** A background poll, which must not count as activity against the idle timeout. */
  passive?: boolean;
}

const ISSUER = '监督Jiandu';

/**
 * Signing in: password (argon2id) with lockout, second factor (TOTP or a recovery code, with
 * enrolment), and the forced password change. Staying signed in is SessionService's.
 */
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly policy: PolicyService,
    private readonly keyring: Keyring,
  ) {}

  #stageAfterSecondFactor(user: repo.UserRow, policy: SecurityPolicy): SessionStage {
    const mustChange =
      user.must_change_password === 1 || passwordExpired(policy.passwordProfile, user.password_changed_at);
    return mustChange ? 'password' : 'active';
  }

  /** Checks username and password; on success opens a session at the first unfinished sign-in step. */
  async login(
    username: string,
    password: string,
    meta: ClientMeta,
  ): Promise<{ token: string; stage: SessionStage }> {
    const policy = await this.policy.current();
    const user = await repo.findUserByUsername(this.db, username);
    const system: Actor = { id: user?.id ?? null, name: username, ip: meta.ip, userAgent: meta.userAgent };
    if (!user) {
      // Hash anyway so the response time does not reveal which usernames exist.
      await hashPassword(password);
      await recordLoginEvent(this.db, null, username, meta, 'failure', 'unknown_user');
      throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
    }
    const now = new Date();
    if (user.locked_until && Date.parse(user.locked_until) > now.getTime()) {
      await recordLoginEvent(this.db, user.id, username, meta, 'locked', 'locked');
      const until = new Date(user.locked_until).toLocaleString('zh-CN', {
        timeZone: 'Asia/Shanghai',
        hour12: false,
      });
      throw new AppError(
        'ACCOUNT_LOCKED',
        `连续登录失败次数过多, 账号已锁定至 ${until}, 请稍后再试或联系系统管理员解锁`,
      );
    }
    if (!(await verifyPassword(user.password_hash, password))) {
      const failures = user.failed_attempts + 1;
      const lock = failures >= policy.lockoutThreshold;
      const lockedUntil = lock
        ? new Date(now.getTime() + policy.lockoutMinutes * 60_000).toISOString()
        : null;
      await this.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('app_user')
          .set({ failed_attempts: lock ? 0 : failures, locked_until: lockedUntil ?? user.locked_until })
          .where('id', '=', user.id)
          .execute();
        await recordLoginEvent(trx, user.id, username, meta, lock ? 'locked' : 'failure', 'bad_password');
        await recordAudit(trx, system, {
          action: lock ? 'auth.lockout' : 'auth.login.failure',
          targetType: 'user',
          targetId: user.id,
          result: 'failure',
          detail: lock ? { lockedUntil, failures } : { failures },
        });
      });
      if (lock)
        throw new AppError(
          'ACCOUNT_LOCKED',
          `连续${policy.lockoutThreshold}次密码错误, 账号已锁定${policy.lockoutMinutes}分钟`,
        );
      const left = policy.lockoutThreshold - failures;
      throw new AppError('INVALID_CREDENTIALS', `用户名或密码错误, 再错${left}次账号将被锁定`);
    }
    if (user.status !== 'active') {
      await recordLoginEvent(this.db, user.id, username, meta, 'failure', 'disabled');
      throw new AppError('ACCOUNT_DISABLED', '账号已停用, 请联系系统管理员');
    }
    const stage: SessionStage = user.totp_enrolled_at
      ? 'mfa'
      : policy.mfaRequired
        ? 'enrol'
        : this.#stageAfterSecondFactor(user, policy);
    const { token, hash } = newToken();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('session')
        .values({
          id: newId(),
          token_hash: hash,
          user_id: user.id,
          stage,
          csrf_token: randomBytes(24).toString('base64url'),
          created_at: now.toISOString(),
          last_seen_at: now.toISOString(),
          expires_at: new Date(now.getTime() + policy.absoluteTimeoutHours * 3_600_000).toISOString(),
          ip: meta.ip,
          user_agent: meta.userAgent,
          ended_at: null,
          end_reason: null,
        })
        .execute();
      await trx
        .updateTable('app_user')
        .set({ failed_attempts: 0, locked_until: null })
        .where('id', '=', user.id)
        .execute();
      if (stage === 'active') await this.#completed(trx, user.id, meta);
      await recordAudit(trx, system, {
        action: 'auth.password.ok',
        targetType: 'user',
        targetId: user.id,
        detail: { stage },
      });
    });
    return { token, stage };
  }

  /** Marks a finished sign-in: login history, last login time, audit. */
  async #completed(db: Db, userId: string, meta: ClientMeta, username?: string) {
    const now = new Date().toISOString();
    await db.updateTable('app_user').set({ last_login_at: now }).where('id', '=', userId).execute();
    const user = await repo.findUser(db, userId);
    const name = username ?? user?.username ?? '';
    await recordLoginEvent(db, userId, name, meta, 'success', null);
    // Named like every other entry of this user: 姓名(用户名).
    await recordAudit(
      db,
      {
        id: userId,
        name: user ? `${user.display_name}(${user.username})` : name,
        orgId: user?.org_id ?? null,
        ip: meta.ip,
        userAgent: meta.userAgent,
      },
      { action: 'auth.login', targetType: 'user', targetId: userId },
    );
  }

  async #advance(actor: UserActor, stage: SessionStage, db: Db = this.db): Promise<SessionStage> {
    await db.updateTable('session').set({ stage }).where('id', '=', actor.sessionId).execute();
    if (stage === 'active')
      await this.#completed(
        db,
        actor.userId,
        { ip: actor.ip ?? '', userAgent: actor.userAgent },
        actor.username,
      );
    return stage;
  }

  /** Second step: a TOTP code, or a one-time recovery code. */
  async verifySecondFactor(
    actor: UserActor,
    input: { code: string } | { recoveryCode: string },
  ): Promise<SessionStage> {
    if (actor.stage !== 'mfa') throw new AppError('CONFLICT', '当前无需验证动态验证码');
    const user = (await repo.findUser(this.db, actor.userId))!;
    const policy = await this.policy.current();
    const meta = { ip: actor.ip ?? '', userAgent: actor.userAgent };
    if ('code' in input) {
      const step = user.totp_secret_enc
        ? verifyTotp(
            decryptField(this.keyring, user.totp_secret_enc),
            input.code,
            Date.now(),
            user.totp_last_step,
          )
        : null;
      if (step === null) return this.#secondFactorFailed(actor, user, meta, policy);
      await this.db.updateTable('app_user').set({ totp_last_step: step }).where('id', '=', user.id).execute();
    } else {
      const codes = await this.db
        .selectFrom('recovery_code')
        .selectAll()
        .where('user_id', '=', user.id)
        .where('used_at', 'is', null)
        .execute();
      const match = codes.find((c) => c.code_hash === hashToken(input.recoveryCode.trim().toLowerCase()));
      if (!match) return this.#secondFactorFailed(actor, user, meta, policy);
      await this.db
        .updateTable('recovery_code')
        .set({ used_at: new Date().toISOString() })
        .where('id', '=', match.id)
        .execute();
      await recordAudit(this.db, auditActor(actor), {
        action: 'auth.recovery_code.used',
        targetType: 'user',
        targetId: user.id,
      });
    }
    return this.#advance(actor, this.#stageAfterSecondFactor(user, policy));
  }

  async #secondFactorFailed(
    actor: UserActor,
    user: repo.UserRow,
    meta: ClientMeta,
    policy: SecurityPolicy,
  ): Promise<never> {
    const failures = user.failed_attempts + 1;
    const lock = failures >= policy.lockoutThreshold;
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('app_user')
        .set({
          failed_attempts: lock ? 0 : failures,
          locked_until: lock
            ? new Date(Date.now() + policy.lockoutMinutes * 60_000).toISOString()
            : user.locked_until,
        })
        .where('id', '=', user.id)
        .execute();
      if (lock)
        await trx
          .updateTable('session')
          .set({ ended_at: new Date().toISOString(), end_reason: 'locked' })
          .where('id', '=', actor.sessionId)
          .execute();
      await recordLoginEvent(trx, user.id, user.username, meta, lock ? 'locked' : 'otp_failure', 'bad_otp');
      await recordAudit(trx, auditActor(actor), {
        action: lock ? 'auth.lockout' : 'auth.otp.failure',
        targetType: 'user',
        targetId: user.id,
        result: 'failure',
      });
    });
    if (lock)
      throw new AppError(
        'ACCOUNT_LOCKED',
        `连续${policy.lockoutThreshold}次验证失败, 账号已锁定${policy.lockoutMinutes}分钟`,
      );
    throw new AppError('INVALID_OTP', '动态验证码错误或已使用, 请输入验证器中当前显示的6位数字');
  }

  /** Starts enrolment: a new secret, kept encrypted until confirmed, and its QR code. */
  async startEnrolment(actor: UserActor): Promise<{ secret: string; otpauthUri: string; qrSvg: string }> {
    if (actor.stage !== 'enrol')
      throw new AppError('CONFLICT', '已绑定动态验证码; 如需更换请联系系统管理员重置');
    const secret = newTotpSecret();
    await this.db
      .updateTable('app_user')
      .set({ totp_secret_enc: encryptField(this.keyring, secret), totp_enrolled_at: null })
      .where('id', '=', actor.userId)
      .execute();
    const uri = otpauthUri(ISSUER, actor.username, secret);
    return {
      secret,
      otpauthUri: uri,
      qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1, width: 200 }),
    };
  }

  /** Confirms enrolment with a first code; returns the one-time recovery codes (shown once). */
  async confirmEnrolment(
    actor: UserActor,
    code: string,
  ): Promise<{ recoveryCodes: string[]; stage: SessionStage }> {
    if (actor.stage !== 'enrol') throw new AppError('CONFLICT', '当前无需绑定动态验证码');
    const user = (await repo.findUser(this.db, actor.userId))!;
    if (!user.totp_secret_enc) throw new AppError('CONFLICT', '请先获取绑定二维码');
    const step = verifyTotp(decryptField(this.keyring, user.totp_secret_enc), code);
    if (step === null) throw new AppError('INVALID_OTP', '动态验证码不正确, 请确认手机时间准确后重试');
    const recoveryCodes = newRecoveryCodes();
    const now = new Date().toISOString();
    const policy = await this.policy.current();
    const stage = await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('app_user')
        .set({ totp_enrolled_at: now, totp_last_step: step })
        .where('id', '=', user.id)
        .execute();
      await trx.deleteFrom('recovery_code').where('user_id', '=', user.id).execute();
      await trx
        .insertInto('recovery_code')
        .values(
          recoveryCodes.map((c) => ({
            id: newId(),
            user_id: user.id,
            code_hash: hashToken(c),
            used_at: null,
            created_at: now,
          })),
        )
        .execute();
      await recordAudit(trx, auditActor(actor), {
        action: 'auth.totp.enrol',
        targetType: 'user',
        targetId: user.id,
      });
      return this.#advance(actor, this.#stageAfterSecondFactor(user, policy), trx);
    });
    return { recoveryCodes, stage };
  }

  /** Changes the user's own password under the policy; ends the user's other sessions. */
  async changePassword(actor: UserActor, current: string, next: string): Promise<SessionStage> {
    if (actor.stage !== 'password' && actor.stage !== 'active')
      throw new AppError('SIGN_IN_INCOMPLETE', '请先完成双因素认证');
    const user = (await repo.findUser(this.db, actor.userId))!;
    if (!(await verifyPassword(user.password_hash, current)))
      throw new AppError('INVALID_CREDENTIALS', '当前密码不正确');
    const policy = await this.policy.current();
    const problems = passwordProblems(next, policy.passwordProfile, {
      username: user.username,
      displayName: user.display_name,
    });
    const history = await repo.recentPasswordHashes(
      this.db,
      user.id,
      PASSWORD_RULES[policy.passwordProfile].history,
    );
    for (const old of [user.password_hash, ...history]) {
      if (await verifyPassword(old, next)) {
        problems.push(`不能与最近${PASSWORD_RULES[policy.passwordProfile].history}次使用过的密码相同`);
        break;
      }
    }
    if (problems.length) {
      throw new AppError('VALIDATION_FAILED', `新密码不符合要求: ${problems.join('; ')}`, {
        errors: problems.map((message) => ({ path: 'newPassword', message })),
      });
    }
    const hash = await hashPassword(next);
    const now = new Date().toISOString();
    return this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('password_history')
        .values({ id: newId(), user_id: user.id, hash: user.password_hash, created_at: now })
        .execute();
      await trx
        .updateTable('app_user')
        .set({ password_hash: hash, password_changed_at: now, must_change_password: 0, updated_at: now })
        .where('id', '=', user.id)
        .execute();
      await trx
        .updateTable('session')
        .set({ ended_at: now, end_reason: 'password_changed' })
        .where('user_id', '=', user.id)
        .where('id', '!=', actor.sessionId)
        .where('ended_at', 'is', null)
        .execute();
      await recordAudit(trx, auditActor(actor), {
        action: 'auth.password.change',
        targetType: 'user',
        targetId: user.id,
      });
      return actor.stage === 'password' ? this.#advance(actor, 'active', trx) : 'active';
    });
  }
}
