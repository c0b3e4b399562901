import type { FastifyInstance } from 'fastify';

/** A PNG's first bytes (enough for the content check) followed by filler. */
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);
/** A PDF header and a little body. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
/** A Windows executable's header: not an allowed attachment, whatever it is called. */
export const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0)]);

/** Fetches a challenge and answers it the way a person would read it. */
export async function solvedChallenge(
  app: FastifyInstance,
): Promise<{ token: string; answer: number; svg: string }> {
  const res = await app.inject({ method: 'GET', url: '/api/public/complaints/challenge' });
  const { question, token, svg } = res.json() as { question: string; token: string; svg: string };
  const [, a, op, b] = /^(\d+) ([+-]) (\d+) = \?$/.exec(question)!;
  return { token, svg, answer: op === '+' ? Number(a) + Number(b) : Number(a) - Number(b) };
}

/** A valid public complaint body (real name unless overridden). */
export function publicBody(overrides: Record<string, unknown> = {}) {
  return {
    anonymous: false,
    complainant: { name: '张三', phone: '13800001111' },
    regionCode: '210102',
    target: { agencyName: '和平区某执法单位', officerName: '李四' },
    category: 'conduct',
    title: '执法人员态度粗暴',
    content: '2026年11月在和平区某路段检查时, 执法人员态度粗暴, 未出示执法证件, 并且当场扣押了我的货物。',
    attachments: [],
    ...overrides,
  };
}

/** Submits a public complaint with a solved challenge. */
export async function submitPublic(app: FastifyInstance, body: Record<string, unknown>, ip = '10.0.0.1') {
  const { token, answer } = await solvedChallenge(app);
  return app.inject({
    method: 'POST',
    url: '/api/public/complaints',
    remoteAddress: ip,
    payload: { ...body, challengeToken: token, challengeAnswer: answer },
  });
}
