/**
 * The one catalogue of errors the API can answer with. Each has a stable `code` clients can rely
 * on, an HTTP status and a Chinese title; the handler turns them into RFC 9457 problem details.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, title: '请求参数不合法' },
  UNAUTHENTICATED: { status: 401, title: '未登录或登录已失效' },
  INVALID_CREDENTIALS: { status: 401, title: '用户名或密码错误' },
  INVALID_OTP: { status: 401, title: '动态验证码错误' },
  FORBIDDEN: { status: 403, title: '无权执行此操作' },
  SIGN_IN_INCOMPLETE: { status: 403, title: '登录尚未完成' },
  CSRF_FAILED: { status: 403, title: '请求校验失败' },
  ACCOUNT_DISABLED: { status: 403, title: '账号已停用' },
  NOT_FOUND: { status: 404, title: '资源不存在' },
  METHOD_NOT_ALLOWED: { status: 405, title: '不支持的请求方法' },
  CONFLICT: { status: 409, title: '数据冲突' },
  ACCOUNT_LOCKED: { status: 423, title: '账号已锁定' },
  PAYLOAD_TOO_LARGE: { status: 413, title: '请求体过大' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: '不支持的内容类型' },
  CALENDAR_YEAR_MISSING: { status: 422, title: '缺少该年度的节假日安排' },
  RATE_LIMITED: { status: 429, title: '请求过于频繁' },
  INTERNAL: { status: 500, title: '服务器内部错误' },
  UNAVAILABLE: { status: 503, title: '服务暂不可用' },
  AGE_LIMIT_NOT_MET: { status: 422, title: '年龄不符合聘任条件' },
  CASE_REFUSED: { status: 422, title: '不符合法定程序, 不能办理' },
} as const satisfies Record<string, { status: number; title: string }>;

/** A stable error code from the catalogue. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** A field-level problem inside a validation error. */
export interface FieldError {
  path: string;
  message: string;
}

/** An expected failure: carries a catalogue code and a Chinese detail that is safe to show the user. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extras: { errors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(detail);
    this.name = 'AppError';
    this.status = ERROR_CATALOGUE[code].status;
  }
}
